/* symtable.h — the symbol table: which scope every name of every block belongs to.
 *
 * The algorithm is CPython 3.11's (Python/symtable.c): a first pass over the AST records, per
 * block (module, class, function, lambda, comprehension), the names it binds, uses and declares
 * with DEF_* flags; a second pass (analysis) walks the block tree top-down with the sets of
 * names bound and declared global in the enclosing blocks, and gives each name its scope:
 * LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.  Free names propagate upward: a name
 * free in a child and local here becomes a CELL here.  Class bodies do not pass their names
 * down to methods, and a method that uses `super` or `__class__` makes the class body create
 * an implicit `__class__` cell.
 *
 * Names are interned str objects, compared by identity.  All maps are small open-addressing
 * tables in insertion order (CPython uses dicts and sets of str). */
#ifndef OURO_SYMTABLE_H
#define OURO_SYMTABLE_H

#include "ast.h"
#include "../objects/abstract.h"

/* The AST passes raise RecursionError "maximum recursion depth exceeded during compilation"
 * when they nest deeper than CPython allows: 3 levels per Python frame of the recursion limit,
 * counted from the current depth of Python calls (so about 3000 at top level). */
#define COMPILER_STACK_FRAME_SCALE 3
static inline int compile_depth_start(void) { return recursion_depth * COMPILER_STACK_FRAME_SCALE; }
static inline int compile_depth_limit(void) { return recursion_limit * COMPILER_STACK_FRAME_SCALE; }

/* Flags of a symbol within one block (CPython's values). */
enum {
    DEF_GLOBAL = 1,        /* declared global */
    DEF_LOCAL = 2,         /* assigned in the block */
    DEF_PARAM = 4,         /* a parameter */
    DEF_NONLOCAL = 8,      /* declared nonlocal */
    DEF_USE = 16,          /* read */
    DEF_FREE = 32,         /* free in a nested block (unused, as in CPython) */
    DEF_FREE_CLASS = 64,   /* free in a method and bound in the class body */
    DEF_IMPORT = 128,      /* bound by an import */
    DEF_ANNOT = 256,       /* annotated */
    DEF_COMP_ITER = 512,   /* a comprehension iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* The scope, stored in the bits above SCOPE_OFFSET of a symbol's flags. */
enum { SCOPE_LOCAL = 1, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_FREE, SCOPE_CELL };
#define SCOPE_OFFSET 11
#define SCOPE_MASK   7

/* BLOCK_ANNOTATION: an annotation under PEP 563, visited apart (see visit_annotation). */
typedef enum { BLOCK_FUNCTION, BLOCK_CLASS, BLOCK_MODULE, BLOCK_ANNOTATION } BlockType;
typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP } CompKind;

/* An insertion-ordered map from interned names to int (a set when the values are unused).
 * Deleted entries stay in the order array with `present` cleared. */
typedef struct NameEntry { Object *name; int value; bool present; } NameEntry;
typedef struct NameMap {
    NameEntry *e;          /* entries in insertion order */
    int n, cap;            /* used / allocated entries */
    int *index;            /* open-addressing table of entry indexes + 1 (0 = empty) */
    int mask;              /* index size - 1 (a power of two), or -1 when there is no index */
} NameMap;

int  namemap_get(const NameMap *m, Object *name, int *value);  /* 1 found, 0 not */
int  namemap_set(NameMap *m, Object *name, int value);         /* -1 on MemoryError */
bool namemap_contains(const NameMap *m, Object *name);
void namemap_discard(NameMap *m, Object *name);
void namemap_clear(NameMap *m);
#define NAMEMAP_EACH(m, i) for (int i = 0; i < (m)->n; i++) if ((m)->e[i].present)

/* Where a global/nonlocal declaration of a name appears (for error positions). */
typedef struct Directive { Object *name; Pos pos; } Directive;

typedef struct SymEntry {
    Object *name;                 /* the block's name (borrowed) */
    BlockType type;
    void *key;                    /* the AST node that opened the block */
    Pos pos;
    NameMap symbols;              /* name -> flags | scope << SCOPE_OFFSET */
    Object **params;              /* parameter names in order (borrowed) */
    int nparams, capparams;
    struct SymEntry **children;
    int nchildren, capchildren;
    Directive *directives;
    int ndirectives, capdirectives;
    CompKind comprehension;
    int comp_iter_expr;           /* > 0 while visiting a comprehension's iterable */
    unsigned nested : 1;          /* inside a function */
    unsigned free : 1;            /* has free variables */
    unsigned child_free : 1;      /* a child block has free variables */
    unsigned generator : 1;
    unsigned coroutine : 1;
    unsigned varargs : 1, varkeywords : 1;
    unsigned returns_value : 1;
    unsigned needs_class_closure : 1;   /* class body: create the __class__ cell */
    unsigned comp_iter_target : 1;
} SymEntry;

typedef struct SymTable SymTable;

/* Build the table for a module (exec, eval or single).  NULL with SyntaxError set on error.
 * New names (mangled) are kept alive by `arena`. */
SymTable *symtable_build(ModNode *mod, Object *filename, Arena *arena);
void      symtable_free(SymTable *st);
SymEntry *symtable_top(SymTable *st);
SymEntry *symtable_lookup(SymTable *st, void *key);    /* the block opened by an AST node */

int symentry_flags(SymEntry *ste, Object *name);       /* 0 when the name is unknown */
static inline int symentry_scope(SymEntry *ste, Object *name) {
    return (symentry_flags(ste, name) >> SCOPE_OFFSET) & SCOPE_MASK;
}

/* Private name mangling: `__x` inside class `A` -> `_A__x` (borrowed result: the name itself
 * or an interned string kept alive by the arena; NULL on MemoryError). */
Object *name_mangle(Object *private_, Object *name, Arena *arena);
/* The interned form of name (borrowed; kept alive by the arena when new). */
Object *name_intern(Object *name, Arena *arena);

/* Raise SyntaxError at a position.  `args_loc` selects CPython's two styles: compiler errors
 * carry (msg, (filename, lineno, offset, text, end_lineno, end_offset)) as args, symbol-table
 * errors only (msg,) with the location in the attributes.  Offsets are col + 1 in UTF-8 bytes,
 * as CPython's; the text is the line read back from the file, as CPython does (None for
 * "<string>"). */
void compile_error(Object *filename, bool args_loc, Pos pos, const char *fmt, ...);

#endif
