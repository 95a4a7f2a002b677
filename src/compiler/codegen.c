/* codegen.c — AST to code objects: the code generator and the assembler.
 *
 * The generator follows CPython 3.11's compile.c closely, because the constants, names and
 * variables of the code objects must come out in CPython's order: each function, lambda,
 * class body and comprehension is a compilation unit with its own constant table (deduplicated
 * by type and value), name tables and a list of basic blocks of instructions; statements and
 * expressions are visited in CPython's order and emit 3.11 instructions (opcodes.h).
 *
 * Exceptions use ouro's block stack (opcodes.h): SETUP_FINALLY/POP_BLOCK around protected
 * code, handlers entered with [previous exception, exception] on the stack under an
 * EXCEPT_HANDLER block that POP_EXCEPT removes.  `finally` bodies are inlined on every exit
 * path; break/continue/return unwind the "frame blocks" (loops, try, with, handlers) they leave,
 * as compile.c's compiler_unwind_fblock does.
 *
 * Generators: a function, lambda or generator expression whose symbol table entry says it is a
 * generator starts with RETURN_GENERATOR; POP_TOP (3.11's prefix); `yield` is YIELD_VALUE and
 * `yield from` is GET_YIELD_FROM_ITER; LOAD_CONST None; YIELD_FROM (3.10's delegation loop in
 * one instruction).  A generator expression is compiled as 3.11 does: a <genexpr> code object
 * taking the outermost iterator as `.0`, called at once with that iterator.
 *
 * Coroutines (3.11's compile.c): `async def` code gets the same prefix (its frame goes into a
 * coroutine, or an async generator when it also yields, and an async generator's `yield` boxes
 * its value with ASYNC_GEN_WRAP); `await x` is GET_AWAITABLE; LOAD_CONST None; YIELD_FROM.
 * `async for` guards each awaited __anext__() with a SETUP_FINALLY whose handler is
 * END_ASYNC_FOR; `async with` is `with` with __aenter__'s and __aexit__'s results awaited.  An
 * async comprehension is a coroutine, called and then awaited where it appears.
 *
 * The assembler then does what 3.11's does before emitting code: folds constant conditions of
 * jumps and tuples of constants (LOAD_CONST... BUILD_TUPLE), threads jumps to jumps, drops
 * unreachable blocks, trims unused trailing constants (keeping index 0), computes the deepest
 * value and block stacks, and lays the blocks out, widening arguments with EXTENDED_ARG until
 * every jump offset fits.  Each code unit gets the source position of the node that produced
 * it. */
#include "compiler.h"
#include "symtable.h"
#include "opcodes.h"
#include "../objects/code.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/numbers.h"
#include "../objects/strings.h"
#include "../objects/containers.h"
#include <string.h>
#include <stdlib.h>
#include <math.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>

#define MAX_FBLOCKS          20   /* CPython's CO_MAXBLOCKS: "too many statically nested blocks" */
#define STACK_USE_GUARDRAIL  30   /* displays/calls with more items are built incrementally */
#define MAX_THREADING       100   /* jump-threading steps per jump (guards against cycles) */

/* co_flags bits of `from __future__` features (CPython's values). */
#define CO_FUTURE_BARRY_AS_BDFL  0x400000
#define CO_FUTURE_ANNOTATIONS    0x1000000

/* ---- data structures ----------------------------------------------------------------------- */

typedef struct BBlock BBlock;

typedef struct Instr {
    int op, arg;
    BBlock *target;            /* jumps and SETUP_FINALLY */
    Pos loc;                   /* lineno -1: no position of its own */
} Instr;

struct BBlock {
    Instr *ins;
    int n, cap;
    BBlock *next;              /* layout order */
    BBlock *all;               /* chain of every block of the unit (for freeing) */
    int offset;                /* in code units, set by the assembler */
    int depth, blocks;         /* value/block stack depth at entry; -1 until reached */
    bool reachable;
};

typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_GROUP_HANDLER
} FBType;

typedef struct FBlock { FBType type; BBlock *block, *exit; void *datum; } FBlock;

typedef enum { U_MODULE, U_CLASS, U_FUNCTION, U_LAMBDA, U_COMPREHENSION } UnitKind;

/* The constants of a unit in order, with a hash index over (type, value) keys. */
typedef struct Consts { Object **items; int n, cap; int *index; int mask; } Consts;

typedef struct Unit {
    struct Unit *parent;
    SymEntry *ste;
    UnitKind kind;
    bool is_async;                     /* an `async def` (CPython's COMPILER_SCOPE_ASYNC_FUNCTION) */
    Object *name, *qualname;           /* owned */
    Object *priv;                      /* borrowed: the class name used for mangling */
    Consts consts;
    NameMap names, varnames, cellvars, freevars;   /* name -> index */
    int argcount, posonly, kwonly;
    int firstlineno;
    BBlock *blocks, *entry, *cur;
    FBlock fb[MAX_FBLOCKS];
    int nfb;
    Pos loc;                           /* position given to new instructions */
} Unit;

typedef struct Compiler {
    Object *filename;
    Arena *arena;
    SymTable *st;
    Unit *u;
    int nestlevel;
    int depth, depth_limit;
    bool interactive;
    int future_flags, future_lineno;
    Object *s_return, *s_module_name, *s_lambda, *s_listcomp, *s_setcomp, *s_dictcomp;
    Object *s_genexpr;
    Consts merged_consts;       /* one object per constant value in the whole compilation */
    Consts *merged;
} Compiler;

static const Pos NOLOC = { -1, -1, -1, -1 };

#define LOC(c)       ((c)->u->loc)
#define SET_LOC(c, p) ((c)->u->loc = (p))
#define UNSET_LOC(c)  ((c)->u->loc = NOLOC)

/* Raise a compiler SyntaxError at the current position; evaluates to 0. */
#define ERR(c, ...) \
    (compile_error((c)->filename, true, LOC(c), __VA_ARGS__), 0)

/* ---- SyntaxWarnings -------------------------------------------------------------------------- */
/* CPython 3.11's compiler warns about code that is legal but almost surely a mistake: `x is 1`,
 * `assert (x, "msg")`, `(1, 2)(3)`, `[1 2]`-style missing commas.  The warning goes through
 * the warnings module at the current line; a filter turning it into an error makes it a
 * SyntaxError there, as in CPython. */

/* Warn; 1, or 0 with an exception set. */
static int warn(Compiler *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (err_warn_explicit(&Exc_SyntaxWarning, msg, c->filename, LOC(c).lineno) == 0) return 1;
    if (!err_matches(&Exc_SyntaxWarning)) return 0;
    err_clear();
    return ERR(c, "%s", msg);
}

/* The type a literal expression is known to make (CPython's infer_type), or NULL. */
static const char *literal_type(Expr *e)
{
    switch (e->kind) {
    case Tuple_kind: return "tuple";
    case List_kind: case ListComp_kind: return "list";
    case Dict_kind: case DictComp_kind: return "dict";
    case Set_kind: case SetComp_kind: return "set";
    case GeneratorExp_kind: return "generator";
    case Lambda_kind: return "function";
    case JoinedStr_kind: case FormattedValue_kind: return "str";
    case Constant_kind: return TYPE(e->v.Constant.value)->tp_name;
    default: return NULL;
    }
}

/* An operand `is` may sensibly take: anything but a literal other than None, True, False, .... */
static bool is_operand_ok(Expr *e)
{
    if (e->kind != Constant_kind) return true;
    Object *v = e->v.Constant.value;
    return v == NONE || v == TRUE_OBJ || v == FALSE_OBJ || v == ELLIPSIS;
}

static int check_compare(Compiler *c, Expr *e)
{
    bool left = is_operand_ok(e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.nops; i++) {
        CmpOpKind op = e->v.Compare.ops[i];
        bool right = is_operand_ok(SEQ_GET(e->v.Compare.comparators, i));
        if ((op == Is || op == IsNot) && (!left || !right))
            return warn(c, op == Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 1;
}

static int check_caller(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case Constant_kind: case Tuple_kind: case List_kind: case ListComp_kind: case Dict_kind:
    case DictComp_kind: case Set_kind: case SetComp_kind: case GeneratorExp_kind:
    case JoinedStr_kind: case FormattedValue_kind:
        return warn(c, "'%.200s' object is not callable; perhaps you missed a comma?",
                    literal_type(e));
    default:
        return 1;
    }
}

static int check_subscripter(Compiler *c, Expr *e)
{
    if (e->kind == Constant_kind) {
        Object *v = e->v.Constant.value;
        if (!(v == NONE || v == ELLIPSIS || IS_INT(v) || IS_FLOAT(v) || IS_COMPLEX(v) ||
              IS_ANYSET(v)))
            return 1;
    } else if (e->kind != Set_kind && e->kind != SetComp_kind && e->kind != GeneratorExp_kind &&
               e->kind != Lambda_kind) {
        return 1;
    }
    return warn(c, "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                literal_type(e));
}

static int check_index(Compiler *c, Expr *e, Expr *index)
{
    const char *index_type = literal_type(index);
    if (!index_type || index->kind == Slice_kind ||
        (index->kind == Constant_kind && IS_INT(index->v.Constant.value)))
        return 1;
    if (e->kind == Constant_kind) {
        Object *v = e->v.Constant.value;
        if (!(IS_STR(v) || IS_BYTES(v) || IS_TUPLE(v))) return 1;
    } else if (e->kind != Tuple_kind && e->kind != List_kind && e->kind != ListComp_kind &&
               e->kind != JoinedStr_kind && e->kind != FormattedValue_kind) {
        return 1;
    }
    return warn(c, "%.200s indices must be integers or slices, not %.200s; "
                "perhaps you missed a comma?", literal_type(e), index_type);
}

/* ---- constants: CPython's (type, value) keys ------------------------------------------------- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    return h ^ (v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
}

static uint64_t double_bits(double d) { uint64_t b; memcpy(&b, &d, sizeof b); return b; }

static uint64_t const_hash(Object *o)
{
    uint64_t h = (uint64_t)(uintptr_t)TYPE(o);
    if (IS_FLOAT_EXACT(o)) return mix(h, double_bits(FLOAT_VAL(o)));
    if (TYPE(o) == &ComplexType) {
        ComplexObject *z = (ComplexObject *)o;
        return mix(mix(h, double_bits(z->real)), double_bits(z->imag));
    }
    if (IS_TUPLE_EXACT(o)) {
        h = mix(h, (uint64_t)TUPLE_LEN(o));
        for (ssize_t i = 0; i < TUPLE_LEN(o); i++) h = mix(h, const_hash(TUPLE_GET(o, i)));
        return h;
    }
    if (TYPE(o) == &FrozenSetType) {
        uint64_t x = 0;
        ssize_t pos = 0;
        Object *item;
        while (set_next(o, &pos, &item)) x ^= const_hash(item);   /* order-free */
        return mix(h, x);
    }
    if (IS_INT_EXACT(o) || IS_STR_EXACT(o) || TYPE(o) == &BytesType) {
        int64_t v = obj_hash(o);
        if (v == -1 && err_occurred()) err_clear();
        return mix(h, (uint64_t)v);
    }
    return mix(h, (uint64_t)(uintptr_t)o);      /* None, bools, code objects: identity */
}

static bool same_double(double a, double b)
{
    /* -0.0 and 0.0 are different constants; a NaN equals only itself (as a dict key). */
    return a == b && signbit(a) == signbit(b);
}

static bool const_eq(Object *a, Object *b)
{
    if (a == b) return true;
    if (TYPE(a) != TYPE(b)) return false;
    if (IS_FLOAT_EXACT(a)) return same_double(FLOAT_VAL(a), FLOAT_VAL(b));
    if (TYPE(a) == &ComplexType) {
        ComplexObject *x = (ComplexObject *)a, *y = (ComplexObject *)b;
        return same_double(x->real, y->real) && same_double(x->imag, y->imag);
    }
    if (IS_INT_EXACT(a)) return int_compare(a, b) == 0;
    if (IS_STR_EXACT(a)) return str_eq(a, b);
    if (TYPE(a) == &BytesType)
        return BYTES_LEN(a) == BYTES_LEN(b) &&
               memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_LEN(a)) == 0;
    if (IS_TUPLE_EXACT(a)) {
        if (TUPLE_LEN(a) != TUPLE_LEN(b)) return false;
        for (ssize_t i = 0; i < TUPLE_LEN(a); i++)
            if (!const_eq(TUPLE_GET(a, i), TUPLE_GET(b, i))) return false;
        return true;
    }
    if (TYPE(a) == &FrozenSetType) {
        if (set_size(a) != set_size(b)) return false;
        ssize_t pa = 0;
        Object *x;
        while (set_next(a, &pa, &x)) {
            ssize_t pb = 0;
            Object *y;
            bool found = false;
            while (!found && set_next(b, &pb, &y)) found = const_eq(x, y);
            if (!found) return false;
        }
        return true;
    }
    return false;
}

static int consts_reindex(Consts *k)
{
    int size = 16;
    while (size < k->n * 4) size *= 2;
    int *index = mem_calloc((size_t)size, sizeof(int));
    if (!index) { err_no_memory(); return -1; }
    mem_free(k->index);
    k->index = index;
    k->mask = size - 1;
    for (int i = 0; i < k->n; i++) {
        unsigned h = (unsigned)const_hash(k->items[i]) & (unsigned)k->mask;
        while (index[h]) h = (h + 1) & (unsigned)k->mask;
        index[h] = i + 1;
    }
    return 0;
}

/* The index of the constant equal to o, adding it (a new reference is taken) when absent. */
static int consts_add(Consts *k, Object *o)
{
    unsigned h = (unsigned)const_hash(o);
    if (k->index) {
        for (unsigned j = h & (unsigned)k->mask; k->index[j]; j = (j + 1) & (unsigned)k->mask)
            if (const_eq(k->items[k->index[j] - 1], o)) return k->index[j] - 1;
    }
    if (k->n == k->cap) {
        int cap = k->cap ? k->cap * 2 : 8;
        Object **items = mem_realloc(k->items, (size_t)cap * sizeof(Object *));
        if (!items) { err_no_memory(); return -1; }
        k->items = items;
        k->cap = cap;
    }
    k->items[k->n++] = NEWREF(o);
    if (!k->index || k->n * 2 > k->mask + 1) {
        if (consts_reindex(k) < 0) return -1;
    } else {
        unsigned j = h & (unsigned)k->mask;
        while (k->index[j]) j = (j + 1) & (unsigned)k->mask;
        k->index[j] = k->n;
    }
    return k->n - 1;
}

static void consts_clear(Consts *k)
{
    for (int i = k->n - 1; i >= 0; i--) DECREF(k->items[i]);
    mem_free(k->items);
    mem_free(k->index);
    memset(k, 0, sizeof(*k));
}

/* ---- blocks and instructions ---------------------------------------------------------------- */

static BBlock *new_block(Compiler *c)
{
    BBlock *b = mem_calloc(1, sizeof(BBlock));
    if (!b) { err_no_memory(); return NULL; }
    b->all = c->u->blocks;
    c->u->blocks = b;
    b->depth = b->blocks = -1;
    return b;
}

/* Make b the current block, laid out right after the previous one. */
static void use_block(Compiler *c, BBlock *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

static int next_block(Compiler *c)
{
    BBlock *b = new_block(c);
    if (!b) return 0;
    use_block(c, b);
    return 1;
}

static bool is_terminator(int op)
{
    return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

static int add_instr(Compiler *c, int op, int arg, BBlock *target)
{
    BBlock *b = c->u->cur;
    /* Code after a jump or an exit starts a new block (it is reachable only through a label). */
    if (b->n && (op_has_jump(b->ins[b->n - 1].op) || is_terminator(b->ins[b->n - 1].op))) {
        if (!next_block(c)) return 0;
        b = c->u->cur;
    }
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 8;
        Instr *ins = mem_realloc(b->ins, (size_t)cap * sizeof(Instr));
        if (!ins) { err_no_memory(); return 0; }
        b->ins = ins;
        b->cap = cap;
    }
    b->ins[b->n++] = (Instr){ op, arg, target, c->u->loc };
    return 1;
}

#define ADDOP(c, op)        do { if (!add_instr((c), (op), 0, NULL)) return 0; } while (0)
#define ADDOP_I(c, op, a)   do { if (!add_instr((c), (op), (a), NULL)) return 0; } while (0)
#define ADDOP_J(c, op, b)   do { if (!add_instr((c), (op), 0, (b))) return 0; } while (0)
#define NEW_BLOCK(c, b)     do { if (!((b) = new_block(c))) return 0; } while (0)
#define NEXT_BLOCK(c)       do { if (!next_block(c)) return 0; } while (0)

/* Equal constants are one object across all the code objects of a compilation, as CPython's
 * per-compiler constant cache (merge_consts_recursive) makes them: the first one seen wins. */
static int add_const(Compiler *c, Object *o)     /* o borrowed */
{
    /* CPython's merge rebuilds a frozenset constant from its own iteration order, which can
     * reorder members whose hashes collide: {"apple", "banana", "cherry"} then prints as CPython
     * prints it.  (Nested frozensets inside tuple constants are left as built.) */
    Object *rebuilt = NULL;
    if (TYPE(o) == &FrozenSetType) {
        Object *items = seq_tuple(o);
        rebuilt = items ? frozenset_new(items) : NULL;
        XDECREF(items);
        if (!rebuilt) return 0;
        o = rebuilt;
    }
    int m = consts_add(c->merged, o);
    XDECREF(rebuilt);
    if (m < 0) return 0;
    int i = consts_add(&c->u->consts, c->merged->items[m]);
    return i < 0 ? 0 : add_instr(c, LOAD_CONST, i, NULL);
}

static int add_const_new(Compiler *c, Object *o) /* o stolen (may be NULL: error) */
{
    if (!o) return 0;
    int r = add_const(c, o);
    DECREF(o);
    return r;
}

#define ADDOP_LOAD_CONST(c, o)      do { if (!add_const((c), (o))) return 0; } while (0)
#define ADDOP_LOAD_CONST_NEW(c, o)  do { if (!add_const_new((c), (o))) return 0; } while (0)

/* The index of name in a name table, adding it when absent. */
static int map_index(NameMap *m, Object *name)
{
    int v;
    if (namemap_get(m, name, &v)) return v;
    v = m->n;
    return namemap_set(m, name, v) < 0 ? -1 : v;
}

static Object *mangle(Compiler *c, Object *name)
{
    return name_mangle(c->u->priv, name, c->arena);
}

/* An instruction whose argument indexes co_names (mangled, as CPython's ADDOP_NAME). */
static int addop_name(Compiler *c, int op, Object *name, bool mangled)
{
    Object *n = mangled ? mangle(c, name) : name_intern(name, c->arena);
    if (!n) return 0;
    int i = map_index(&c->u->names, n);
    return i < 0 ? 0 : add_instr(c, op, i, NULL);
}

#define ADDOP_NAME(c, op, n)  do { if (!addop_name((c), (op), (n), true)) return 0; } while (0)
#define ADDOP_N(c, op, n)     do { if (!addop_name((c), (op), (n), false)) return 0; } while (0)

/* ---- units ----------------------------------------------------------------------------------- */

static int cmp_names(const void *a, const void *b)
{
    return str_compare(*(Object *const *)a, *(Object *const *)b);
}

/* Add the names of ste whose scope is `scope` (or whose flags have `flag`), sorted, to m. */
static int add_sorted(NameMap *m, SymEntry *ste, int scope, int flag, NameMap *skip)
{
    NameMap *sym = &ste->symbols;
    Object **v = mem_alloc((size_t)(sym->n + 1) * sizeof(Object *));
    if (!v) { err_no_memory(); return -1; }
    int n = 0;
    NAMEMAP_EACH(sym, i) {
        int f = sym->e[i].value;
        if (((f >> SCOPE_OFFSET) & SCOPE_MASK) != scope && !(f & flag)) continue;
        if (skip && namemap_contains(skip, sym->e[i].name)) continue;
        v[n++] = sym->e[i].name;
    }
    qsort(v, (size_t)n, sizeof(Object *), cmp_names);
    int r = 0;
    for (int i = 0; i < n && r == 0; i++) r = map_index(m, v[i]) < 0 ? -1 : 0;
    mem_free(v);
    return r;
}

static int set_qualname(Compiler *c)
{
    Unit *u = c->u, *parent = u->parent;
    Object *base = NULL;
    if (parent && parent->kind != U_MODULE) {
        bool force_global = false;
        if (u->kind == U_FUNCTION || u->kind == U_CLASS) {
            Object *m = name_mangle(parent->priv, u->name, c->arena);
            if (!m) return 0;
            force_global = symentry_scope(parent->ste, m) == SCOPE_GLOBAL_EXPLICIT;
        }
        if (!force_global) {
            if (parent->kind == U_FUNCTION || parent->kind == U_LAMBDA)
                base = str_from_format("%U.<locals>", parent->qualname);
            else
                base = NEWREF(parent->qualname);
            if (!base) return 0;
        }
    }
    if (base) {
        u->qualname = str_from_format("%U.%U", base, u->name);
        DECREF(base);
        return u->qualname != NULL;
    }
    u->qualname = NEWREF(u->name);
    return 1;
}

static void unit_free(Unit *u)
{
    BBlock *b = u->blocks;
    while (b) {
        BBlock *next = b->all;
        mem_free(b->ins);
        mem_free(b);
        b = next;
    }
    consts_clear(&u->consts);
    namemap_clear(&u->names);
    namemap_clear(&u->varnames);
    namemap_clear(&u->cellvars);
    namemap_clear(&u->freevars);
    XDECREF(u->name);
    XDECREF(u->qualname);
    mem_free(u);
}

static int enter_scope(Compiler *c, Object *name, UnitKind kind, void *key, int firstlineno)
{
    Unit *u = mem_calloc(1, sizeof(Unit));
    if (!u) { err_no_memory(); return 0; }
    u->parent = c->u;
    u->kind = kind;
    u->name = NEWREF(name);
    u->firstlineno = firstlineno;
    u->priv = c->u ? c->u->priv : NULL;
    u->loc = (Pos){ firstlineno, 0, firstlineno, 0 };
    c->u = u;
    c->nestlevel++;
    u->ste = symtable_lookup(c->st, key);
    if (!u->ste) {
        err_set_string(&Exc_SystemError, "compiler: no symbol table for a block");
        return 0;
    }
    SymEntry *ste = u->ste;
    for (int i = 0; i < ste->nparams; i++)
        if (map_index(&u->varnames, ste->params[i]) < 0) return 0;
    /* Cells: those that are parameters first, in parameter order, then the others sorted
     * (what CPython 3.11 reports as co_cellvars); free variables sorted after them. */
    for (int i = 0; i < ste->nparams; i++)
        if (symentry_scope(ste, ste->params[i]) == SCOPE_CELL &&
            map_index(&u->cellvars, ste->params[i]) < 0)
            return 0;
    if (add_sorted(&u->cellvars, ste, SCOPE_CELL, 0, &u->varnames) < 0) return 0;
    if (ste->needs_class_closure && map_index(&u->cellvars, ID(__class__)) < 0) return 0;
    if (add_sorted(&u->freevars, ste, SCOPE_FREE, DEF_FREE_CLASS, NULL) < 0) return 0;
    int ncells = u->cellvars.n;
    for (int i = 0; i < u->freevars.n; i++) u->freevars.e[i].value += ncells;
    if (!(u->entry = new_block(c))) return 0;
    u->cur = u->entry;
    if (kind == U_MODULE) {
        UNSET_LOC(c);
        return 1;
    }
    /* Generator and coroutine code starts by making its generator, coroutine or async generator
     * (CPython 3.11's prefix instructions); the first resume then pushes a None that POP_TOP
     * drops. */
    if ((ste->generator || ste->coroutine) &&
        (!add_instr(c, RETURN_GENERATOR, 0, NULL) || !add_instr(c, POP_TOP, 0, NULL)))
        return 0;
    return set_qualname(c);
}

static void exit_scope(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

static Object *assemble(Compiler *c, bool add_none);

/* ---- frame blocks ---------------------------------------------------------------------------- */

static int push_fblock(Compiler *c, FBType t, BBlock *b, BBlock *exit, void *datum)
{
    if (c->u->nfb >= MAX_FBLOCKS) return ERR(c, "too many statically nested blocks");
    c->u->fb[c->u->nfb++] = (FBlock){ t, b, exit, datum };
    return 1;
}

static void pop_fblock(Compiler *c) { c->u->nfb--; }

static int visit_stmt(Compiler *c, Stmt *s);
static int visit_expr(Compiler *c, Expr *e);
static int nameop(Compiler *c, Object *name, ExprContext ctx);

static int visit_stmts(Compiler *c, Seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (!visit_stmt(c, SEQ_GET(seq, i))) return 0;
    return 1;
}

static int visit_exprs(Compiler *c, Seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (!visit_expr(c, SEQ_GET(seq, i))) return 0;
    return 1;
}

/* Await what is on top of the stack: GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM. */
static int add_await(Compiler *c, int where)
{
    ADDOP_I(c, GET_AWAITABLE, where);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP(c, YIELD_FROM);
    return 1;
}

/* A `yield` of the value on top; an async generator's goes out boxed (ASYNC_GEN_WRAP). */
static int add_yield(Compiler *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine) ADDOP(c, ASYNC_GEN_WRAP);
    ADDOP(c, YIELD_VALUE);
    return 1;
}

static int call_exit_with_nones(Compiler *c)
{
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP_I(c, CALL, 2);
    return 1;
}

/* Leave one frame block on the way out of a break/continue/return; with preserve_tos the
 * return value on top of the stack is kept above whatever the block cleans up. */
static int unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos)
{
    switch (info->type) {
    case FB_WHILE:
        return 1;
    case FB_FOR:
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);              /* the iterator */
        return 1;
    case FB_TRY_EXCEPT:
        ADDOP(c, POP_BLOCK);
        return 1;
    case FB_FINALLY_TRY:
        ADDOP(c, POP_BLOCK);
        if (preserve_tos && !push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL)) return 0;
        if (!visit_stmts(c, info->datum)) return 0;
        if (preserve_tos) pop_fblock(c);
        UNSET_LOC(c);
        return 1;
    case FB_FINALLY_END:                /* stack: prev_exc exc */
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_EXCEPT);
        return 1;
    case FB_WITH:                       /* stack: exit */
        SET_LOC(c, ((Stmt *)info->datum)->pos);
        ADDOP(c, POP_BLOCK);
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        if (!call_exit_with_nones(c)) return 0;
        if (((Stmt *)info->datum)->kind == AsyncWith_kind && !add_await(c, 2)) return 0;
        ADDOP(c, POP_TOP);
        UNSET_LOC(c);
        return 1;
    case FB_HANDLER_CLEANUP:            /* stack: prev_exc */
        if (info->datum) ADDOP(c, POP_BLOCK);
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_EXCEPT);
        if (info->datum) {
            ADDOP_LOAD_CONST(c, NONE);
            if (!nameop(c, info->datum, Store) || !nameop(c, info->datum, Del)) return 0;
        }
        return 1;
    case FB_POP_VALUE:
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        return 1;
    case FB_EXCEPTION_GROUP_HANDLER:    /* never left this way: see unwind_fblock_stack */
        return 1;
    }
    return 1;
}

/* Unwind every frame block (or up to the innermost loop, returned in *loop). */
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfb == 0) return 1;
    FBlock *top = &u->fb[u->nfb - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return ERR(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE || top->type == FB_FOR)) {
        *loop = top;
        return 1;
    }
    FBlock copy = *top;
    u->nfb--;
    if (!unwind_fblock(c, &copy, preserve_tos) || !unwind_fblock_stack(c, preserve_tos, loop))
        return 0;
    u->fb[u->nfb++] = copy;
    return 1;
}

/* ---- names ----------------------------------------------------------------------------------- */

static int forbidden_name(Compiler *c, Object *name, ExprContext ctx)
{
    if (ctx == Store && str_eq_cstr(name, "__debug__"))
        return !ERR(c, "cannot assign to __debug__");
    if (ctx == Del && str_eq_cstr(name, "__debug__"))
        return !ERR(c, "cannot delete __debug__");
    return 0;
}

static int nameop(Compiler *c, Object *name, ExprContext ctx)
{
    Unit *u = c->u;
    if (forbidden_name(c, name, ctx)) return 0;
    Object *m = mangle(c, name);
    if (!m) return 0;
    enum { OP_NAME, OP_FAST, OP_GLOBAL, OP_DEREF } optype = OP_NAME;
    NameMap *dict = &u->names;
    bool func = u->ste->type == BLOCK_FUNCTION;
    switch (symentry_scope(u->ste, m)) {
    case SCOPE_FREE: dict = &u->freevars; optype = OP_DEREF; break;
    case SCOPE_CELL: dict = &u->cellvars; optype = OP_DEREF; break;
    case SCOPE_LOCAL: if (func) optype = OP_FAST; break;
    case SCOPE_GLOBAL_IMPLICIT: if (func) optype = OP_GLOBAL; break;
    case SCOPE_GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
    default: break;
    }
    static const int ops[4][3] = {
        [OP_NAME]   = { LOAD_NAME, STORE_NAME, DELETE_NAME },
        [OP_FAST]   = { LOAD_FAST, STORE_FAST, DELETE_FAST },
        [OP_GLOBAL] = { LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL },
        [OP_DEREF]  = { LOAD_DEREF, STORE_DEREF, DELETE_DEREF },
    };
    int op = ops[optype][ctx - 1];
    if (optype == OP_DEREF && ctx == Load && u->ste->type == BLOCK_CLASS) op = LOAD_CLASSDEREF;
    if (optype == OP_FAST) dict = &u->varnames;
    int i;
    if (dict == &u->freevars && !namemap_get(dict, m, &i)) {
        i = u->cellvars.n + u->freevars.n;     /* never expected: the symbol table knows it */
        if (namemap_set(dict, m, i) < 0) return 0;
    } else {
        i = map_index(dict, m);
    }
    return i < 0 ? 0 : add_instr(c, op, i, NULL);
}

/* ---- functions, lambdas, classes ------------------------------------------------------------- */

/* Push the closure tuple (if any) and the function made from code object co. */
static int make_closure(Compiler *c, Object *co, int flags)
{
    CodeObject *code = (CodeObject *)co;
    ssize_t nfree = TUPLE_LEN(code->co_freevars);
    if (nfree) {
        for (ssize_t i = 0; i < nfree; i++) {
            Object *name = TUPLE_GET(code->co_freevars, i);
            int scope = c->u->kind == U_CLASS && name == ID(__class__) ? SCOPE_CELL
                        : symentry_scope(c->u->ste, name);
            int idx;
            NameMap *m = scope == SCOPE_CELL ? &c->u->cellvars : &c->u->freevars;
            if (!namemap_get(m, name, &idx)) {
                err_format(&Exc_SystemError, "compiler: no cell for free variable %R of %R",
                           name, code->co_name);
                return 0;
            }
            ADDOP_I(c, LOAD_CLOSURE, idx);
        }
        flags |= 8;
        ADDOP_I(c, BUILD_TUPLE, (int)nfree);
    }
    ADDOP_LOAD_CONST(c, co);
    ADDOP_I(c, MAKE_FUNCTION, flags);
    return 1;
}

/* Keyword-only defaults as a dict; returns 1 when pushed, 0 when there are none, -1 on error. */
static int visit_kwonly_defaults(Compiler *c, Arguments *a)
{
    Object *keys = NULL;
    int n = 0;
    for (int i = 0; i < SEQ_LEN(a->kwonlyargs); i++) {
        Arg *arg = SEQ_GET(a->kwonlyargs, i);
        Expr *d = i < SEQ_LEN(a->kw_defaults) ? SEQ_GET(a->kw_defaults, i) : NULL;
        if (!d) continue;
        Object *m = mangle(c, arg->arg);
        if (!m) goto error;
        if (!keys && !(keys = list_new(0))) goto error;
        if (list_append(keys, m) < 0 || !visit_expr(c, d)) goto error;
        n++;
    }
    if (!keys) return 0;
    Object *t = list_as_tuple(keys);
    DECREF(keys);
    if (!add_const_new(c, t) || !add_instr(c, BUILD_CONST_KEY_MAP, n, NULL)) return -1;
    return 1;
error:
    XDECREF(keys);
    return -1;
}

/* Defaults and keyword-only defaults; returns MAKE_FUNCTION flags, or -1. */
static int default_arguments(Compiler *c, Arguments *a)
{
    int flags = 0;
    if (SEQ_LEN(a->defaults)) {
        if (!visit_exprs(c, a->defaults)) return -1;
        if (!add_instr(c, BUILD_TUPLE, SEQ_LEN(a->defaults), NULL)) return -1;
        flags |= 1;
    }
    if (SEQ_LEN(a->kwonlyargs)) {
        int r = visit_kwonly_defaults(c, a);
        if (r < 0) return -1;
        if (r) flags |= 2;
    }
    return flags;
}

/* An annotation's value: under PEP 563 the string of its source text, else its value. */
static int visit_annexpr(Compiler *c, Expr *ann)
{
    if (c->future_flags & CO_FUTURE_ANNOTATIONS) return add_const_new(c, unparse_expr(ann));
    return visit_expr(c, ann);
}

static int visit_argannotation(Compiler *c, Object *id, Expr *ann, int *len)
{
    if (!ann) return 1;
    Object *m = mangle(c, id);
    if (!m) return 0;
    ADDOP_LOAD_CONST(c, m);
    if (c->future_flags & CO_FUTURE_ANNOTATIONS) {
        if (!visit_annexpr(c, ann)) return 0;
    } else if (ann->kind == Starred_kind) {         /* *args: *Ts */
        if (!visit_expr(c, ann->v.Starred.value)) return 0;
        ADDOP_I(c, UNPACK_SEQUENCE, 1);
    } else if (!visit_expr(c, ann)) {
        return 0;
    }
    *len += 2;
    return 1;
}

static int visit_argannotations(Compiler *c, Seq *args, int *len)
{
    for (int i = 0; i < SEQ_LEN(args); i++) {
        Arg *a = SEQ_GET(args, i);
        if (!visit_argannotation(c, a->arg, a->annotation, len)) return 0;
    }
    return 1;
}

/* Annotations as a (name, value, ...) tuple; returns 1 when pushed, 0 when none, -1. */
static int visit_annotations(Compiler *c, Arguments *a, Expr *returns)
{
    int len = 0;
    if (!visit_argannotations(c, a->args, &len) || !visit_argannotations(c, a->posonlyargs, &len))
        return -1;
    if (a->vararg && !visit_argannotation(c, a->vararg->arg, a->vararg->annotation, &len))
        return -1;
    if (!visit_argannotations(c, a->kwonlyargs, &len)) return -1;
    if (a->kwarg && !visit_argannotation(c, a->kwarg->arg, a->kwarg->annotation, &len))
        return -1;
    if (!visit_argannotation(c, c->s_return, returns, &len)) return -1;
    if (!len) return 0;
    return add_instr(c, BUILD_TUPLE, len, NULL) ? 1 : -1;
}

static Object *get_docstring(Seq *body)
{
    if (!SEQ_LEN(body)) return NULL;
    Stmt *st = SEQ_GET(body, 0);
    if (st->kind != Expr_kind) return NULL;
    Expr *e = st->v.Expr.value;
    if (e->kind == Constant_kind && IS_STR_EXACT(e->v.Constant.value)) return e->v.Constant.value;
    return NULL;
}

static int check_debug_args(Compiler *c, Arguments *a)
{
    Seq *seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < SEQ_LEN(seqs[k]); i++) {
            Arg *arg = SEQ_GET(seqs[k], i);
            if (str_eq_cstr(arg->arg, "__debug__")) {
                SET_LOC(c, arg->pos);
                return ERR(c, "cannot assign to __debug__");
            }
        }
    Arg *extra[2] = { a->vararg, a->kwarg };
    for (int k = 0; k < 2; k++)
        if (extra[k] && str_eq_cstr(extra[k]->arg, "__debug__")) {
            SET_LOC(c, extra[k]->pos);
            return ERR(c, "cannot assign to __debug__");
        }
    return 1;
}

static void set_argcounts(Unit *u, Arguments *a)
{
    u->argcount = SEQ_LEN(a->args) + SEQ_LEN(a->posonlyargs);
    u->posonly = SEQ_LEN(a->posonlyargs);
    u->kwonly = SEQ_LEN(a->kwonlyargs);
}

static int apply_decorators(Compiler *c, Seq *decos)
{
    for (int i = SEQ_LEN(decos) - 1; i >= 0; i--) {
        SET_LOC(c, ((Expr *)SEQ_GET(decos, i))->pos);
        ADDOP_I(c, CALL, 0);
    }
    return 1;
}

/* Assemble the current scope's code, leave the scope and emit the function object made of it. */
static int finish_function_scope(Compiler *c, bool addnone, int flags)
{
    Object *co = assemble(c, addnone);
    if (!co) return 0;
    exit_scope(c);
    int ok = make_closure(c, co, flags);
    DECREF(co);
    return ok;
}

static int compile_function(Compiler *c, Stmt *s)
{
    Arguments *a = s->v.FunctionDef.args;
    Seq *decos = s->v.FunctionDef.decorator_list, *body = s->v.FunctionDef.body;
    if (!check_debug_args(c, a)) return 0;
    SET_LOC(c, s->pos);
    if (!visit_exprs(c, decos)) return 0;
    int firstlineno = s->pos.lineno;
    if (SEQ_LEN(decos)) firstlineno = ((Expr *)SEQ_GET(decos, 0))->pos.lineno;
    int flags = default_arguments(c, a);
    if (flags < 0) return 0;
    int ann = visit_annotations(c, a, s->v.FunctionDef.returns);
    if (ann < 0) return 0;
    if (ann) flags |= 4;
    if (!enter_scope(c, s->v.FunctionDef.name, U_FUNCTION, s, firstlineno)) return 0;
    c->u->is_async = s->kind == AsyncFunctionDef_kind;
    Object *doc = get_docstring(body);
    if (consts_add(&c->u->consts, doc ? doc : NONE) < 0) return 0;
    set_argcounts(c->u, a);
    for (int i = doc ? 1 : 0; i < SEQ_LEN(body); i++)
        if (!visit_stmt(c, SEQ_GET(body, i))) return 0;
    if (!finish_function_scope(c, true, flags) || !apply_decorators(c, decos)) return 0;
    SET_LOC(c, s->pos);
    return nameop(c, s->v.FunctionDef.name, Store);
}

static int compile_lambda(Compiler *c, Expr *e)
{
    Arguments *a = e->v.Lambda.args;
    if (!check_debug_args(c, a)) return 0;
    SET_LOC(c, e->pos);
    int flags = default_arguments(c, a);
    if (flags < 0) return 0;
    if (!enter_scope(c, c->s_lambda, U_LAMBDA, e, e->pos.lineno)) return 0;
    /* None first, so that a lambda never has a docstring. */
    if (consts_add(&c->u->consts, NONE) < 0) return 0;
    set_argcounts(c->u, a);
    SET_LOC(c, e->pos);
    if (!visit_expr(c, e->v.Lambda.body)) return 0;
    /* A generator lambda returns the value of its body (the last yield's result), which the
     * return that assemble() adds finds on the stack (CPython does the same). */
    if (!c->u->ste->generator) ADDOP(c, RETURN_VALUE);
    return finish_function_scope(c, false, flags);
}

static int call_helper(Compiler *c, int n, Seq *args, Seq *keywords);
static bool needs_ex_call(Seq *args, Seq *keywords);
static bool find_ann(Seq *stmts);

/* Module and class bodies: annotations dict, docstring into __doc__, then the statements. */
static int compile_body(Compiler *c, Seq *stmts)
{
    int i = 0;
    if (c->u->kind == U_MODULE && SEQ_LEN(stmts)) SET_LOC(c, ((Stmt *)SEQ_GET(stmts, 0))->pos);
    if (find_ann(stmts)) ADDOP(c, SETUP_ANNOTATIONS);
    if (!SEQ_LEN(stmts)) return 1;
    if (get_docstring(stmts)) {
        Stmt *st = SEQ_GET(stmts, 0);
        i = 1;
        if (!visit_expr(c, st->v.Expr.value)) return 0;
        UNSET_LOC(c);
        if (!nameop(c, ID(__doc__), Store)) return 0;
    }
    for (; i < SEQ_LEN(stmts); i++)
        if (!visit_stmt(c, SEQ_GET(stmts, i))) return 0;
    return 1;
}

static int compile_class(Compiler *c, Stmt *s)
{
    Seq *decos = s->v.ClassDef.decorator_list;
    if (!visit_exprs(c, decos)) return 0;
    int firstlineno = s->pos.lineno;
    if (SEQ_LEN(decos)) firstlineno = ((Expr *)SEQ_GET(decos, 0))->pos.lineno;
    /* 1. the class body as a function */
    if (!enter_scope(c, s->v.ClassDef.name, U_CLASS, s, firstlineno)) return 0;
    c->u->priv = s->v.ClassDef.name;
    SET_LOC(c, s->pos);
    if (!nameop(c, ID(__name__), Load) || !nameop(c, ID(__module__), Store)) return 0;
    ADDOP_LOAD_CONST(c, c->u->qualname);
    if (!nameop(c, ID(__qualname__), Store)) return 0;
    if (!compile_body(c, s->v.ClassDef.body)) return 0;
    UNSET_LOC(c);
    if (c->u->ste->needs_class_closure) {
        int i;
        if (!namemap_get(&c->u->cellvars, ID(__class__), &i)) {
            err_set_string(&Exc_SystemError, "compiler: no __class__ cell");
            return 0;
        }
        ADDOP_I(c, LOAD_CLOSURE, i);
        ADDOP_I(c, COPY, 1);
        if (!nameop(c, ID(__classcell__), Store)) return 0;
    } else {
        ADDOP_LOAD_CONST(c, NONE);
    }
    ADDOP(c, RETURN_VALUE);
    Object *co = assemble(c, true);
    if (!co) return 0;
    exit_scope(c);
    /* 2. __build_class__(func, name, *bases, **keywords) */
    SET_LOC(c, s->pos);
    bool ex = needs_ex_call(s->v.ClassDef.bases, s->v.ClassDef.keywords);
    int ok = (ex || add_instr(c, PUSH_NULL, 0, NULL)) && add_instr(c, LOAD_BUILD_CLASS, 0, NULL) &&
             make_closure(c, co, 0);
    DECREF(co);
    if (!ok) return 0;
    ADDOP_LOAD_CONST(c, s->v.ClassDef.name);
    if (!call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords)) return 0;
    if (!apply_decorators(c, decos)) return 0;
    SET_LOC(c, s->pos);
    return nameop(c, s->v.ClassDef.name, Store);
}

/* ---- control flow ---------------------------------------------------------------------------- */

static int compare_op(Compiler *c, CmpOpKind op)
{
    static const int cmp[] = {
        [Eq] = CMP_EQ, [NotEq] = CMP_NE, [Lt] = CMP_LT, [LtE] = CMP_LE, [Gt] = CMP_GT,
        [GtE] = CMP_GE,
    };
    switch (op) {
    case Is: ADDOP_I(c, IS_OP, 0); break;
    case IsNot: ADDOP_I(c, IS_OP, 1); break;
    case In: ADDOP_I(c, CONTAINS_OP, 0); break;
    case NotIn: ADDOP_I(c, CONTAINS_OP, 1); break;
    default: ADDOP_I(c, COMPARE_OP, cmp[op]); break;
    }
    return 1;
}

/* Jump to `next` when the truth of e equals cond; fall through otherwise. */
/* The comparisons of a chain a < b < c after a: each but the last keeps its right operand for
 * the next one and leaves with `jump` to cleanup when false. */
static int compare_chain(Compiler *c, Expr *e, int jump, BBlock *cleanup)
{
    int n = e->v.Compare.nops - 1;
    for (int i = 0; i < n; i++) {
        if (!visit_expr(c, SEQ_GET(e->v.Compare.comparators, i))) return 0;
        ADDOP_I(c, SWAP, 2);
        ADDOP_I(c, COPY, 2);
        if (!compare_op(c, e->v.Compare.ops[i])) return 0;
        ADDOP_J(c, jump, cleanup);
    }
    if (!visit_expr(c, SEQ_GET(e->v.Compare.comparators, n))) return 0;
    return compare_op(c, e->v.Compare.ops[n]);
}

static int jump_if(Compiler *c, Expr *e, BBlock *next, bool cond)
{
    switch (e->kind) {
    case UnaryOp_kind:
        if (e->v.UnaryOp.op == Not) return jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case BoolOp_kind: {
        Seq *s = e->v.BoolOp.values;
        int n = SEQ_LEN(s) - 1;
        bool cond2 = e->v.BoolOp.op == Or;
        BBlock *next2 = next;
        if (!cond2 != !cond) NEW_BLOCK(c, next2);
        for (int i = 0; i < n; i++)
            if (!jump_if(c, SEQ_GET(s, i), next2, cond2)) return 0;
        if (!jump_if(c, SEQ_GET(s, n), next, cond)) return 0;
        if (next2 != next) use_block(c, next2);
        return 1;
    }
    case IfExp_kind: {
        BBlock *end, *next2;
        NEW_BLOCK(c, end);
        NEW_BLOCK(c, next2);
        if (!jump_if(c, e->v.IfExp.test, next2, false)) return 0;
        if (!jump_if(c, e->v.IfExp.body, next, cond)) return 0;
        ADDOP_J(c, JUMP, end);
        use_block(c, next2);
        if (!jump_if(c, e->v.IfExp.orelse, next, cond)) return 0;
        use_block(c, end);
        return 1;
    }
    case Compare_kind: {
        int n = e->v.Compare.nops - 1;
        if (n > 0) {
            BBlock *cleanup, *end;
            NEW_BLOCK(c, cleanup);
            if (!check_compare(c, e) || !visit_expr(c, e->v.Compare.left) ||
                !compare_chain(c, e, POP_JUMP_IF_FALSE, cleanup))
                return 0;
            ADDOP_J(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
            NEW_BLOCK(c, end);
            ADDOP_J(c, JUMP, end);
            use_block(c, cleanup);
            ADDOP(c, POP_TOP);
            if (!cond) ADDOP_J(c, JUMP, next);
            use_block(c, end);
            return 1;
        }
        break;
    }
    default:
        break;
    }
    if (!visit_expr(c, e)) return 0;
    ADDOP_J(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    return 1;
}

static int compile_if(Compiler *c, Stmt *s)
{
    BBlock *end, *next;
    NEW_BLOCK(c, end);
    next = end;
    if (SEQ_LEN(s->v.If.orelse)) NEW_BLOCK(c, next);
    if (!jump_if(c, s->v.If.test, next, false) || !visit_stmts(c, s->v.If.body)) return 0;
    if (SEQ_LEN(s->v.If.orelse)) {
        Pos saved = LOC(c);
        UNSET_LOC(c);
        ADDOP_J(c, JUMP, end);
        SET_LOC(c, saved);
        use_block(c, next);
        if (!visit_stmts(c, s->v.If.orelse)) return 0;
    }
    use_block(c, end);
    return 1;
}

/* async for: each step awaits __anext__() under a handler that ends the loop on
 * StopAsyncIteration (END_ASYNC_FOR); the iterator stays on the stack, as in a for loop. */
static int compile_async_for(Compiler *c, Stmt *s)
{
    if (!c->u->is_async) return ERR(c, "'async for' outside async function");
    BBlock *start, *except, *end;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    if (!visit_expr(c, s->v.For.iter)) return 0;
    ADDOP(c, GET_AITER);
    use_block(c, start);
    if (!push_fblock(c, FB_FOR, start, end, NULL)) return 0;
    ADDOP_J(c, SETUP_FINALLY, except);
    ADDOP(c, GET_ANEXT);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP(c, YIELD_FROM);
    ADDOP(c, POP_BLOCK);
    if (!visit_expr(c, s->v.For.target) || !visit_stmts(c, s->v.For.body)) return 0;
    UNSET_LOC(c);
    ADDOP_J(c, JUMP, start);
    pop_fblock(c);
    use_block(c, except);
    SET_LOC(c, s->v.For.iter->pos);
    ADDOP(c, END_ASYNC_FOR);
    if (!visit_stmts(c, s->v.For.orelse)) return 0;
    use_block(c, end);
    return 1;
}

static int compile_for(Compiler *c, Stmt *s)
{
    if (s->kind == AsyncFor_kind) return compile_async_for(c, s);
    BBlock *start, *body, *cleanup, *end;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, end);
    if (!push_fblock(c, FB_FOR, start, end, NULL)) return 0;
    if (!visit_expr(c, s->v.For.iter)) return 0;
    ADDOP(c, GET_ITER);
    use_block(c, start);
    ADDOP_J(c, FOR_ITER, cleanup);
    use_block(c, body);
    if (!visit_expr(c, s->v.For.target) || !visit_stmts(c, s->v.For.body)) return 0;
    UNSET_LOC(c);
    ADDOP_J(c, JUMP, start);
    use_block(c, cleanup);
    pop_fblock(c);
    if (!visit_stmts(c, s->v.For.orelse)) return 0;
    use_block(c, end);
    return 1;
}

static int compile_while(Compiler *c, Stmt *s)
{
    BBlock *loop, *body, *anchor, *end;
    NEW_BLOCK(c, loop);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, anchor);
    NEW_BLOCK(c, end);
    use_block(c, loop);
    if (!push_fblock(c, FB_WHILE, loop, end, NULL)) return 0;
    if (!jump_if(c, s->v.While.test, anchor, false)) return 0;
    use_block(c, body);
    if (!visit_stmts(c, s->v.While.body)) return 0;
    SET_LOC(c, s->pos);
    if (!jump_if(c, s->v.While.test, body, true)) return 0;
    pop_fblock(c);
    use_block(c, anchor);
    if (!visit_stmts(c, s->v.While.orelse)) return 0;
    use_block(c, end);
    return 1;
}

static int compile_return(Compiler *c, Stmt *s)
{
    Expr *v = s->v.Return.value;
    bool preserve_tos = v && v->kind != Constant_kind;
    if (c->u->ste->type != BLOCK_FUNCTION) return ERR(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return ERR(c, "'return' with value in async generator");
    if (preserve_tos) {
        if (!visit_expr(c, v)) return 0;
    } else if (v) {
        SET_LOC(c, v->pos);
        ADDOP(c, NOP);
    }
    if (!v || v->pos.lineno != s->pos.lineno) {
        SET_LOC(c, s->pos);
        ADDOP(c, NOP);
    }
    if (!unwind_fblock_stack(c, preserve_tos, NULL)) return 0;
    if (!v) ADDOP_LOAD_CONST(c, NONE);
    else if (!preserve_tos) ADDOP_LOAD_CONST(c, v->v.Constant.value);
    ADDOP(c, RETURN_VALUE);
    return 1;
}

/* break / continue: unwind to the innermost loop and jump to its exit / its start. */
static int compile_loop_jump(Compiler *c, bool is_break)
{
    FBlock *loop = NULL;
    Pos here = LOC(c);
    ADDOP(c, NOP);
    if (!unwind_fblock_stack(c, false, &loop)) return 0;
    if (!loop) {
        SET_LOC(c, here);
        return ERR(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (is_break && !unwind_fblock(c, loop, false)) return 0;
    ADDOP_J(c, JUMP, is_break ? loop->exit : loop->block);
    return 1;
}

static int compile_break(Compiler *c) { return compile_loop_jump(c, true); }

static int compile_continue(Compiler *c) { return compile_loop_jump(c, false); }

/* try: body / finally: final.  The finally body is compiled twice: inline after the body (and
 * wherever break/continue/return leave it), and as the handler that runs it with the exception
 * pending and re-raises it. */
static int compile_try_except(Compiler *c, Stmt *s);
static int compile_try_star_except(Compiler *c, Stmt *s);

static int compile_try_finally(Compiler *c, Stmt *s)
{
    BBlock *body, *end, *exit;
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, exit);
    ADDOP_J(c, SETUP_FINALLY, end);
    use_block(c, body);
    if (!push_fblock(c, FB_FINALLY_TRY, body, end, s->v.Try.finalbody)) return 0;
    if (SEQ_LEN(s->v.Try.handlers)) {
        if (!(s->kind == TryStar_kind ? compile_try_star_except(c, s)
                                      : compile_try_except(c, s)))
            return 0;
    } else if (!visit_stmts(c, s->v.Try.body)) {
        return 0;
    }
    UNSET_LOC(c);
    ADDOP(c, POP_BLOCK);
    pop_fblock(c);
    if (!visit_stmts(c, s->v.Try.finalbody)) return 0;
    UNSET_LOC(c);
    ADDOP_J(c, JUMP, exit);
    /* The exceptional path: stack prev_exc exc. */
    use_block(c, end);
    if (!push_fblock(c, FB_FINALLY_END, end, NULL, NULL)) return 0;
    if (!visit_stmts(c, s->v.Try.finalbody)) return 0;
    pop_fblock(c);
    UNSET_LOC(c);
    ADDOP_I(c, RERAISE, 0);
    use_block(c, exit);
    return 1;
}

static int store_none_and_delete(Compiler *c, Object *name)
{
    ADDOP_LOAD_CONST(c, NONE);
    return nameop(c, name, Store) && nameop(c, name, Del);
}

static int compile_try_except(Compiler *c, Stmt *s)
{
    BBlock *body, *except, *end;
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    ADDOP_J(c, SETUP_FINALLY, except);
    use_block(c, body);
    if (!push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL)) return 0;
    if (!visit_stmts(c, s->v.Try.body)) return 0;
    pop_fblock(c);
    UNSET_LOC(c);
    ADDOP(c, POP_BLOCK);
    if (!visit_stmts(c, s->v.Try.orelse)) return 0;
    UNSET_LOC(c);
    ADDOP_J(c, JUMP, end);
    int n = SEQ_LEN(s->v.Try.handlers);
    use_block(c, except);
    /* In each handler the stack holds prev_exc exc, under an EXCEPT_HANDLER block. */
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = SEQ_GET(s->v.Try.handlers, i);
        SET_LOC(c, h->pos);
        if (!h->type && i < n - 1) return ERR(c, "default 'except:' must be last");
        NEW_BLOCK(c, except);
        if (h->type) {
            if (!visit_expr(c, h->type)) return 0;
            ADDOP(c, CHECK_EXC_MATCH);
            ADDOP_J(c, POP_JUMP_IF_FALSE, except);
        }
        if (h->name) {
            BBlock *cleanup_end, *cleanup_body;
            NEW_BLOCK(c, cleanup_end);
            NEW_BLOCK(c, cleanup_body);
            if (!nameop(c, h->name, Store)) return 0;
            /* try: body finally: name = None; del name */
            ADDOP_J(c, SETUP_FINALLY, cleanup_end);
            use_block(c, cleanup_body);
            if (!push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name)) return 0;
            if (!visit_stmts(c, h->body)) return 0;
            pop_fblock(c);
            UNSET_LOC(c);
            ADDOP(c, POP_BLOCK);
            ADDOP(c, POP_EXCEPT);
            if (!store_none_and_delete(c, h->name)) return 0;
            ADDOP_J(c, JUMP, end);
            use_block(c, cleanup_end);
            UNSET_LOC(c);
            if (!store_none_and_delete(c, h->name)) return 0;
            ADDOP_I(c, RERAISE, 0);
        } else {
            BBlock *cleanup_body;
            NEW_BLOCK(c, cleanup_body);
            ADDOP(c, POP_TOP);
            use_block(c, cleanup_body);
            if (!push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL)) return 0;
            if (!visit_stmts(c, h->body)) return 0;
            pop_fblock(c);
            UNSET_LOC(c);
            ADDOP(c, POP_EXCEPT);
            ADDOP_J(c, JUMP, end);
        }
        use_block(c, except);
    }
    UNSET_LOC(c);
    ADDOP_I(c, RERAISE, 0);             /* no handler matched */
    use_block(c, end);
    return 1;
}

/* try: body / except* T as name: handler ... (PEP 654), CPython 3.11's compile_try_star_except
 * on the block stack.  The handlers run with prev_exc orig res exc on the stack, under the
 * EXCEPT_HANDLER block: orig is the caught exception, res a list of what the handlers raise, exc
 * the part not matched yet (None once all of it is).  CHECK_EG_MATCH splits off each handler's
 * part; an exception escaping a handler goes to res through the handler's own SETUP_FINALLY;
 * after the last handler the rest joins res, and PREP_RERAISE_STAR makes what is raised. */
static int compile_try_star_except(Compiler *c, Stmt *s)
{
    BBlock *body, *except, *reraise, *end;
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, reraise);
    NEW_BLOCK(c, end);
    ADDOP_J(c, SETUP_FINALLY, except);
    use_block(c, body);
    if (!push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL)) return 0;
    if (!visit_stmts(c, s->v.Try.body)) return 0;
    pop_fblock(c);
    UNSET_LOC(c);
    ADDOP(c, POP_BLOCK);
    if (!visit_stmts(c, s->v.Try.orelse)) return 0;
    UNSET_LOC(c);
    ADDOP_J(c, JUMP, end);
    use_block(c, except);
    if (!push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL)) return 0;
    for (int i = 0; i < SEQ_LEN(s->v.Try.handlers); i++) {
        ExceptHandler *h = SEQ_GET(s->v.Try.handlers, i);
        BBlock *match, *cleanup_body, *cleanup_end, *next;
        NEW_BLOCK(c, match);
        NEW_BLOCK(c, cleanup_body);
        NEW_BLOCK(c, cleanup_end);
        NEW_BLOCK(c, next);
        SET_LOC(c, h->pos);
        if (i == 0) {                   /* prev_exc exc -> prev_exc orig [] exc */
            ADDOP_I(c, COPY, 1);
            ADDOP_I(c, BUILD_LIST, 0);
            ADDOP_I(c, SWAP, 2);
        }
        if (!visit_expr(c, h->type)) return 0;
        ADDOP(c, CHECK_EG_MATCH);
        ADDOP_I(c, COPY, 1);
        ADDOP_J(c, POP_JUMP_IF_NOT_NONE, match);
        ADDOP(c, POP_TOP);
        ADDOP_J(c, JUMP, next);
        use_block(c, match);            /* ... res rest match */
        if (h->name) {
            if (!nameop(c, h->name, Store)) return 0;
        } else {
            ADDOP(c, POP_TOP);
        }
        ADDOP_J(c, SETUP_FINALLY, cleanup_end);
        use_block(c, cleanup_body);
        if (!push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name)) return 0;
        if (!visit_stmts(c, h->body)) return 0;
        pop_fblock(c);
        UNSET_LOC(c);
        ADDOP(c, POP_BLOCK);
        if (h->name && !store_none_and_delete(c, h->name)) return 0;
        ADDOP_J(c, JUMP, next);
        use_block(c, cleanup_end);      /* ... res rest prev_exc raised */
        if (h->name && !store_none_and_delete(c, h->name)) return 0;
        ADDOP_I(c, LIST_APPEND, 3);
        ADDOP(c, POP_EXCEPT);
        ADDOP_J(c, JUMP, next);
        use_block(c, next);
    }
    pop_fblock(c);
    UNSET_LOC(c);
    ADDOP_I(c, LIST_APPEND, 1);         /* the unmatched rest (or None) */
    ADDOP(c, PREP_RERAISE_STAR);
    ADDOP_I(c, COPY, 1);
    ADDOP_J(c, POP_JUMP_IF_NOT_NONE, reraise);
    ADDOP(c, POP_TOP);
    ADDOP(c, POP_EXCEPT);
    ADDOP_J(c, JUMP, end);
    use_block(c, reraise);
    ADDOP_I(c, RERAISE, 0);
    use_block(c, end);
    return 1;
}

static int compile_try(Compiler *c, Stmt *s)
{
    if (SEQ_LEN(s->v.Try.finalbody)) return compile_try_finally(c, s);
    if (s->kind == TryStar_kind) return compile_try_star_except(c, s);
    return compile_try_except(c, s);
}

/* with: BEFORE_WITH leaves exit and the __enter__ result; the result is stored (or dropped)
 * before SETUP_FINALLY, because a block records the stack level and the handler must find
 * only `exit` below the exception.  (3.11's exception table also covers that store, so there an
 * error storing the target calls __exit__; here it does not.) */
/* async with is the same, with the results of __aenter__ and __aexit__ awaited. */
static int compile_with(Compiler *c, Stmt *s, int pos)
{
    WithItem *item = SEQ_GET(s->v.With.items, pos);
    bool is_async = s->kind == AsyncWith_kind;
    BBlock *block, *final, *exit, *suppress;
    if (is_async && !c->u->is_async) return ERR(c, "'async with' outside async function");
    NEW_BLOCK(c, block);
    NEW_BLOCK(c, final);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, suppress);
    if (!visit_expr(c, item->context_expr)) return 0;
    if (is_async) {
        ADDOP(c, BEFORE_ASYNC_WITH);
        if (!add_await(c, 1)) return 0;
    } else {
        ADDOP(c, BEFORE_WITH);                     /* exit enter_result */
    }
    if (item->optional_vars) {
        if (!visit_expr(c, item->optional_vars)) return 0;
    } else {
        ADDOP(c, POP_TOP);
    }
    SET_LOC(c, s->pos);
    ADDOP_J(c, SETUP_FINALLY, final);             /* protects the body; stack: exit */
    use_block(c, block);
    if (!push_fblock(c, FB_WITH, block, final, s)) return 0;
    if (pos + 1 == SEQ_LEN(s->v.With.items)) {
        if (!visit_stmts(c, s->v.With.body)) return 0;
    } else if (!compile_with(c, s, pos + 1)) {
        return 0;
    }
    UNSET_LOC(c);
    ADDOP(c, POP_BLOCK);
    pop_fblock(c);
    SET_LOC(c, s->pos);
    if (!call_exit_with_nones(c)) return 0;
    if (is_async && !add_await(c, 2)) return 0;
    ADDOP(c, POP_TOP);
    ADDOP_J(c, JUMP, exit);
    /* Exceptional exit: exit prev_exc exc. */
    use_block(c, final);
    ADDOP(c, WITH_EXCEPT_START);
    if (is_async && !add_await(c, 2)) return 0;
    UNSET_LOC(c);
    ADDOP_J(c, POP_JUMP_IF_TRUE, suppress);
    ADDOP_I(c, RERAISE, 0);
    use_block(c, suppress);
    ADDOP(c, POP_TOP);                             /* exc */
    ADDOP(c, POP_EXCEPT);
    ADDOP(c, POP_TOP);                             /* exit */
    use_block(c, exit);
    return 1;
}

static int compile_assert(Compiler *c, Stmt *s)
{
    Expr *test = s->v.Assert.test;
    if ((test->kind == Tuple_kind && SEQ_LEN(test->v.Tuple.elts) > 0) ||
        (test->kind == Constant_kind && IS_TUPLE(test->v.Constant.value) &&
         TUPLE_LEN(test->v.Constant.value) > 0)) {
        if (!warn(c, "assertion is always true, perhaps remove parentheses?")) return 0;
    }
    BBlock *end;
    NEW_BLOCK(c, end);
    if (!jump_if(c, s->v.Assert.test, end, true)) return 0;
    ADDOP(c, LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        if (!visit_expr(c, s->v.Assert.msg)) return 0;
        ADDOP_I(c, CALL, 0);
    }
    ADDOP_I(c, RAISE_VARARGS, 1);
    use_block(c, end);
    return 1;
}

/* ---- imports --------------------------------------------------------------------------------- */

static Object *substring_interned(Compiler *c, Object *s, ssize_t start, ssize_t end)
{
    Object *t = str_substring(s, start, end);
    if (!t) return NULL;
    str_intern_in_place(&t);
    return arena_keep(c->arena, t) < 0 ? NULL : t;
}

static int import_as(Compiler *c, Object *name, Object *asname)
{
    ssize_t len = STR_LEN(name);
    ssize_t dot = str_find_char(name, '.', 0, len);
    if (dot >= 0) {
        /* import a.b.c as d: walk the attributes of the top-level package. */
        for (;;) {
            ssize_t pos = dot + 1;
            dot = str_find_char(name, '.', pos, len);
            Object *attr = substring_interned(c, name, pos, dot >= 0 ? dot : len);
            if (!attr) return 0;
            ADDOP_N(c, IMPORT_FROM, attr);
            if (dot < 0) break;
            ADDOP_I(c, SWAP, 2);
            ADDOP(c, POP_TOP);
        }
        if (!nameop(c, asname, Store)) return 0;
        ADDOP(c, POP_TOP);
        return 1;
    }
    return nameop(c, asname, Store);
}

static int compile_import(Compiler *c, Stmt *s)
{
    for (int i = 0; i < SEQ_LEN(s->v.Import.names); i++) {
        Alias *a = SEQ_GET(s->v.Import.names, i);
        ADDOP_LOAD_CONST(c, SMALL_INT(0));
        ADDOP_LOAD_CONST(c, NONE);
        ADDOP_NAME(c, IMPORT_NAME, a->name);
        if (a->asname) {
            if (!import_as(c, a->name, a->asname)) return 0;
        } else {
            Object *store = a->name;
            ssize_t dot = str_find_char(a->name, '.', 0, STR_LEN(a->name));
            if (dot >= 0 && !(store = substring_interned(c, a->name, 0, dot))) return 0;
            if (!nameop(c, store, Store)) return 0;
        }
    }
    return 1;
}

static int compile_from_import(Compiler *c, Stmt *s)
{
    Seq *names = s->v.ImportFrom.names;
    int n = SEQ_LEN(names);
    ADDOP_LOAD_CONST_NEW(c, int_from_long(s->v.ImportFrom.level));
    Object *t = tuple_new(n);
    if (!t) return 0;
    for (int i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(((Alias *)SEQ_GET(names, i))->name));
    Object *module = s->v.ImportFrom.module;
    if (s->pos.lineno > c->future_lineno && module && str_eq_cstr(module, "__future__")) {
        DECREF(t);
        return ERR(c, "from __future__ imports must occur at the beginning of the file");
    }
    ADDOP_LOAD_CONST_NEW(c, t);
    ADDOP_NAME(c, IMPORT_NAME, module ? module : empty_str);
    for (int i = 0; i < n; i++) {
        Alias *a = SEQ_GET(names, i);
        if (i == 0 && STR_LEN(a->name) && STR_AT(a->name, 0) == '*') {
            ADDOP(c, IMPORT_STAR);
            return 1;
        }
        ADDOP_NAME(c, IMPORT_FROM, a->name);
        if (!nameop(c, a->asname ? a->asname : a->name, Store)) return 0;
    }
    ADDOP(c, POP_TOP);                  /* the module */
    return 1;
}

/* ---- assignments ----------------------------------------------------------------------------- */

static int unpack_helper(Compiler *c, Seq *elts)
{
    int n = SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Expr *elt = SEQ_GET(elts, i);
        if (elt->kind == Starred_kind && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return ERR(c, "too many expressions in star-unpacking assignment");
            ADDOP_I(c, UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == Starred_kind) {
            return ERR(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) ADDOP_I(c, UNPACK_SEQUENCE, n);
    return 1;
}

static int assignment_helper(Compiler *c, Seq *elts)
{
    if (!unpack_helper(c, elts)) return 0;
    for (int i = 0; i < SEQ_LEN(elts); i++) {
        Expr *elt = SEQ_GET(elts, i);
        if (!visit_expr(c, elt->kind == Starred_kind ? elt->v.Starred.value : elt)) return 0;
    }
    return 1;
}

static int compile_augassign(Compiler *c, Stmt *s)
{
    Expr *e = s->v.AugAssign.target;
    Pos old = LOC(c);
    SET_LOC(c, e->pos);
    switch (e->kind) {
    case Attribute_kind:
        if (!visit_expr(c, e->v.Attribute.value)) return 0;
        ADDOP_I(c, COPY, 1);
        ADDOP_NAME(c, LOAD_ATTR, e->v.Attribute.attr);
        break;
    case Subscript_kind:
        if (!visit_expr(c, e->v.Subscript.value) || !visit_expr(c, e->v.Subscript.slice))
            return 0;
        ADDOP_I(c, COPY, 2);
        ADDOP_I(c, COPY, 2);
        ADDOP(c, BINARY_SUBSCR);
        break;
    case Name_kind:
        if (!nameop(c, e->v.Name.id, Load)) return 0;
        break;
    default:
        err_format(&Exc_SystemError, "invalid node type (%d) for augmented assignment", e->kind);
        return 0;
    }
    SET_LOC(c, old);
    if (!visit_expr(c, s->v.AugAssign.value)) return 0;
    ADDOP_I(c, BINARY_OP, s->v.AugAssign.op + NB_INPLACE);
    SET_LOC(c, e->pos);
    switch (e->kind) {
    case Attribute_kind:
        ADDOP_I(c, SWAP, 2);
        ADDOP_NAME(c, STORE_ATTR, e->v.Attribute.attr);
        return 1;
    case Subscript_kind:
        ADDOP_I(c, SWAP, 3);
        ADDOP_I(c, SWAP, 2);
        ADDOP(c, STORE_SUBSCR);
        return 1;
    default:
        return nameop(c, e->v.Name.id, Store);
    }
}

static int check_ann_expr(Compiler *c, Expr *e)
{
    if (!visit_expr(c, e)) return 0;
    ADDOP(c, POP_TOP);
    return 1;
}

static int check_ann_subscr(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case Slice_kind:
        if (e->v.Slice.lower && !check_ann_expr(c, e->v.Slice.lower)) return 0;
        if (e->v.Slice.upper && !check_ann_expr(c, e->v.Slice.upper)) return 0;
        if (e->v.Slice.step && !check_ann_expr(c, e->v.Slice.step)) return 0;
        return 1;
    case Tuple_kind:
        for (int i = 0; i < SEQ_LEN(e->v.Tuple.elts); i++)
            if (!check_ann_subscr(c, SEQ_GET(e->v.Tuple.elts, i))) return 0;
        return 1;
    default:
        return check_ann_expr(c, e);
    }
}

static int compile_annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.AnnAssign.target;
    bool module_or_class = c->u->kind == U_MODULE || c->u->kind == U_CLASS;
    if (s->v.AnnAssign.value) {
        if (!visit_expr(c, s->v.AnnAssign.value) || !visit_expr(c, t)) return 0;
    }
    switch (t->kind) {
    case Name_kind:
        if (forbidden_name(c, t->v.Name.id, Store)) return 0;
        if (s->v.AnnAssign.simple && module_or_class) {
            if (!visit_annexpr(c, s->v.AnnAssign.annotation)) return 0;
            ADDOP_NAME(c, LOAD_NAME, ID(__annotations__));
            Object *m = mangle(c, t->v.Name.id);
            if (!m) return 0;
            ADDOP_LOAD_CONST(c, m);
            ADDOP(c, STORE_SUBSCR);
        }
        break;
    case Attribute_kind:
        if (forbidden_name(c, t->v.Attribute.attr, Store)) return 0;
        if (!s->v.AnnAssign.value && !check_ann_expr(c, t->v.Attribute.value)) return 0;
        break;
    case Subscript_kind:
        if (!s->v.AnnAssign.value && (!check_ann_expr(c, t->v.Subscript.value) ||
                                      !check_ann_subscr(c, t->v.Subscript.slice)))
            return 0;
        break;
    default:
        err_format(&Exc_SystemError, "invalid node type (%d) for annotated assignment", t->kind);
        return 0;
    }
    /* A complex target's annotation is evaluated (and dropped) at module and class level,
     * unless annotations are strings (PEP 563): then it leaves no code at all. */
    if (!s->v.AnnAssign.simple && module_or_class &&
        !(c->future_flags & CO_FUTURE_ANNOTATIONS) &&
        !check_ann_expr(c, s->v.AnnAssign.annotation))
        return 0;
    return 1;
}

/* Does a body contain an annotated assignment (then __annotations__ must exist)? */
static bool find_ann(Seq *stmts)
{
    for (int i = 0; i < SEQ_LEN(stmts); i++) {
        Stmt *st = SEQ_GET(stmts, i);
        switch (st->kind) {
        case AnnAssign_kind:
            return true;
        case For_kind:
        case AsyncFor_kind:
            if (find_ann(st->v.For.body) || find_ann(st->v.For.orelse)) return true;
            break;
        case While_kind:
        case If_kind:
            if (find_ann(st->v.If.body) || find_ann(st->v.If.orelse)) return true;
            break;
        case With_kind:
        case AsyncWith_kind:
            if (find_ann(st->v.With.body)) return true;
            break;
        case Try_kind:
        case TryStar_kind:
            for (int j = 0; j < SEQ_LEN(st->v.Try.handlers); j++)
                if (find_ann(((ExceptHandler *)SEQ_GET(st->v.Try.handlers, j))->body))
                    return true;
            if (find_ann(st->v.Try.body) || find_ann(st->v.Try.finalbody) ||
                find_ann(st->v.Try.orelse))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* ---- statements ---------------------------------------------------------------------------- */

static int compile_expr_stmt(Compiler *c, Expr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        if (!visit_expr(c, value)) return 0;
        ADDOP(c, PRINT_EXPR);
        return 1;
    }
    if (value->kind == Constant_kind) {      /* a lone constant (docstring-like): no code */
        ADDOP(c, NOP);
        return 1;
    }
    if (!visit_expr(c, value)) return 0;
    UNSET_LOC(c);
    ADDOP(c, POP_TOP);
    return 1;
}

static int too_deep(Compiler *c)
{
    if (++c->depth <= c->depth_limit) return 0;
    err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return 1;
}

/* ---- match statements (CPython 3.11's compile.c pattern code) -------------------------------- */

/* The state of one case's pattern: the names captured so far (their values wait on the stack,
 * the last one deepest, under `on_top` other items), and the "fail_pop" blocks: fail_pop[n]
 * pops n items then falls through to fail_pop[n-1] ... fail_pop[0], the failure exit. */
typedef struct {
    Object **stores; int nstores, capstores;   /* borrowed names */
    bool allow_irrefutable;
    BBlock **fail_pop; int fail_pop_size;
    int on_top;
} PatternCtx;

#define WILDCARD_CHECK(p) ((p)->kind == MatchAs_kind && !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == MatchStar_kind && !(p)->v.MatchStar.name)

static int compile_pattern(Compiler *c, Pattern *p, PatternCtx *pc);

static int stores_index(PatternCtx *pc, Object *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (str_eq(pc->stores[i], name)) return i;
    return -1;
}

static int stores_insert(PatternCtx *pc, int at, Object *name)
{
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        Object **s = mem_realloc(pc->stores, (size_t)cap * sizeof(Object *));
        if (!s) { err_no_memory(); return 0; }
        pc->stores = s;
        pc->capstores = cap;
    }
    memmove(pc->stores + at + 1, pc->stores + at, (size_t)(pc->nstores - at) * sizeof(Object *));
    pc->stores[at] = name;
    pc->nstores++;
    return 1;
}

static int pattern_rotate(Compiler *c, int count)
{
    while (1 < count) ADDOP_I(c, SWAP, count--);
    return 1;
}

static int pattern_store_name(Compiler *c, Object *n, PatternCtx *pc)
{
    if (!n) {
        ADDOP(c, POP_TOP);
        return 1;
    }
    if (forbidden_name(c, n, Store)) return 0;
    if (stores_index(pc, n) >= 0)
        return ERR(c, "multiple assignments to name %R in pattern", n);
    if (!pattern_rotate(c, pc->on_top + pc->nstores + 1)) return 0;
    return stores_insert(pc, pc->nstores, n);
}

static int ensure_fail_pop(Compiler *c, PatternCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size) return 1;
    BBlock **r = mem_realloc(pc->fail_pop, (size_t)size * sizeof(BBlock *));
    if (!r) { err_no_memory(); return 0; }
    pc->fail_pop = r;
    while (pc->fail_pop_size < size) {
        BBlock *b = new_block(c);
        if (!b) return 0;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 1;
}

static int jump_to_fail_pop(Compiler *c, PatternCtx *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    if (!ensure_fail_pop(c, pc, pops)) return 0;
    ADDOP_J(c, op, pc->fail_pop[pops]);
    return 1;
}

static int emit_and_reset_fail_pop(Compiler *c, PatternCtx *pc)
{
    if (!pc->fail_pop_size) return 1;
    int ok = 1;
    while (--pc->fail_pop_size) {
        use_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (!add_instr(c, POP_TOP, 0, NULL)) { ok = 0; break; }
    }
    if (ok) use_block(c, pc->fail_pop[0]);
    pc->fail_pop_size = 0;
    mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return ok;
}

static int pattern_subpattern(Compiler *c, Pattern *p, PatternCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    if (!compile_pattern(c, p, pc)) return 0;
    pc->allow_irrefutable = allow;
    return 1;
}

static int pattern_unpack_helper(Compiler *c, Seq *elts)
{
    int n = SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Pattern *elt = SEQ_GET(elts, i);
        if (elt->kind == MatchStar_kind && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                return ERR(c, "too many expressions in star-unpacking sequence pattern");
            ADDOP_I(c, UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == MatchStar_kind) {
            return ERR(c, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) ADDOP_I(c, UNPACK_SEQUENCE, n);
    return 1;
}

static int pattern_sequence_unpack(Compiler *c, Seq *patterns, PatternCtx *pc)
{
    if (!pattern_unpack_helper(c, patterns)) return 0;
    int size = SEQ_LEN(patterns);
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (!pattern_subpattern(c, SEQ_GET(patterns, i), pc)) return 0;
    }
    return 1;
}

static int pattern_sequence_subscr(Compiler *c, Seq *patterns, int star, PatternCtx *pc)
{
    pc->on_top++;
    int size = SEQ_LEN(patterns);
    for (int i = 0; i < size; i++) {
        Pattern *p = SEQ_GET(patterns, i);
        if (WILDCARD_CHECK(p) || i == star) continue;
        ADDOP_I(c, COPY, 1);
        if (i < star) {
            ADDOP_LOAD_CONST_NEW(c, int_from_ssize(i));
        } else {
            /* The subject may not support negative indexing: compute a nonnegative index. */
            ADDOP(c, GET_LEN);
            ADDOP_LOAD_CONST_NEW(c, int_from_ssize(size - i));
            ADDOP_I(c, BINARY_OP, Sub);
        }
        ADDOP(c, BINARY_SUBSCR);
        if (!pattern_subpattern(c, p, pc)) return 0;
    }
    pc->on_top--;
    ADDOP(c, POP_TOP);
    return 1;
}

static int pattern_as(Compiler *c, Pattern *p, PatternCtx *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return ERR(c, "name capture %R makes remaining patterns unreachable",
                           p->v.MatchAs.name);
            return ERR(c, "wildcard makes remaining patterns unreachable");
        }
        return pattern_store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    ADDOP_I(c, COPY, 1);
    if (!compile_pattern(c, p->v.MatchAs.pattern, pc)) return 0;
    pc->on_top--;
    return pattern_store_name(c, p->v.MatchAs.name, pc);
}

static int pattern_class(Compiler *c, Pattern *p, PatternCtx *pc)
{
    Seq *patterns = p->v.MatchClass.patterns, *kwd_attrs = p->v.MatchClass.kwd_attrs;
    Seq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    int nargs = SEQ_LEN(patterns), nattrs = SEQ_LEN(kwd_attrs);
    if (nattrs != SEQ_LEN(kwd_patterns))
        return ERR(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern",
                   nattrs, SEQ_LEN(kwd_patterns));
    for (int i = 0; i < nattrs; i++) {
        Object *attr = SEQ_GET(kwd_attrs, i);
        SET_LOC(c, ((Pattern *)SEQ_GET(kwd_patterns, i))->pos);
        if (forbidden_name(c, attr, Store)) return 0;
        for (int j = i + 1; j < nattrs; j++) {
            if (str_eq(attr, SEQ_GET(kwd_attrs, j))) {
                SET_LOC(c, ((Pattern *)SEQ_GET(kwd_patterns, j))->pos);
                return ERR(c, "attribute name repeated in class pattern: %U", attr);
            }
        }
    }
    SET_LOC(c, p->pos);
    if (!visit_expr(c, p->v.MatchClass.cls)) return 0;
    Object *names = tuple_new(nattrs);
    if (!names) return 0;
    for (int i = 0; i < nattrs; i++) {
        Object *n = SEQ_GET(kwd_attrs, i);
        INCREF(n);
        TUPLE_SET(names, i, n);
    }
    ADDOP_LOAD_CONST_NEW(c, names);
    ADDOP_I(c, MATCH_CLASS, nargs);
    ADDOP_I(c, COPY, 1);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP_I(c, IS_OP, 1);
    pc->on_top++;
    if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    ADDOP_I(c, UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *sub = i < nargs ? SEQ_GET(patterns, i) : SEQ_GET(kwd_patterns, i - nargs);
        if (WILDCARD_CHECK(sub)) {
            ADDOP(c, POP_TOP);
            continue;
        }
        if (!pattern_subpattern(c, sub, pc)) return 0;
    }
    return 1;
}

static int pattern_mapping(Compiler *c, Pattern *p, PatternCtx *pc)
{
    Seq *keys = p->v.MatchMapping.keys, *patterns = p->v.MatchMapping.patterns;
    int size = SEQ_LEN(keys);
    if (size != SEQ_LEN(patterns))
        return ERR(c, "keys (%d) / patterns (%d) length mismatch in mapping pattern",
                   size, SEQ_LEN(patterns));
    Object *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    ADDOP(c, MATCH_MAPPING);
    if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    if (!size && !star_target) {
        pc->on_top--;
        ADDOP(c, POP_TOP);
        return 1;
    }
    if (size) {
        ADDOP(c, GET_LEN);
        ADDOP_LOAD_CONST_NEW(c, int_from_ssize(size));
        if (!compare_op(c, GtE)) return 0;
        if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    }
    /* Constant keys must be distinct (a SyntaxError); CPython compares them as a set does. */
    for (int i = 0; i < size; i++) {
        Expr *key = SEQ_GET(keys, i);
        if (!key) {
            SET_LOC(c, ((Pattern *)SEQ_GET(patterns, i))->pos);
            return ERR(c, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
        }
        if (key->kind == Constant_kind) {
            for (int j = 0; j < i; j++) {
                Expr *k2 = SEQ_GET(keys, j);
                if (k2->kind != Constant_kind) continue;
                int r = obj_richcompare_bool(k2->v.Constant.value, key->v.Constant.value, CMP_EQ);
                if (r < 0) return 0;
                if (r) {
                    /* hash-equal too (a set's test): equal numbers and strs always are */
                    return ERR(c, "mapping pattern checks duplicate key (%R)",
                               key->v.Constant.value);
                }
            }
        } else if (key->kind != Attribute_kind && key->kind != UnaryOp_kind &&
                   key->kind != BinOp_kind) {
            return ERR(c, "mapping pattern keys may only match literals and attribute lookups");
        }
        if (!visit_expr(c, key)) return 0;
    }
    ADDOP_I(c, BUILD_TUPLE, size);
    ADDOP(c, MATCH_KEYS);
    pc->on_top += 2;
    ADDOP_I(c, COPY, 1);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP_I(c, IS_OP, 1);
    if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    ADDOP_I(c, UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (!pattern_subpattern(c, SEQ_GET(patterns, i), pc)) return 0;
    }
    /* Now: subject keys; on_top counts both. */
    pc->on_top--;                        /* the keys are consumed next */
    if (star_target) {
        ADDOP(c, COPY_DICT_WITHOUT_KEYS);    /* subject keys -> subject rest */
        if (!pattern_store_name(c, star_target, pc)) return 0;
    } else {
        ADDOP(c, POP_TOP);
    }
    pc->on_top--;
    ADDOP(c, POP_TOP);
    return 1;
}

static int pattern_or(Compiler *c, Pattern *p, PatternCtx *pc)
{
    BBlock *end;
    NEW_BLOCK(c, end);
    int size = SEQ_LEN(p->v.MatchOr.patterns);
    PatternCtx old = *pc;
    Object **control = NULL;
    int ncontrol = 0;
    int ok = 0;
    pc->stores = NULL;
    pc->nstores = pc->capstores = 0;
    for (int i = 0; i < size; i++) {
        Pattern *alt = SEQ_GET(p->v.MatchOr.patterns, i);
        SET_LOC(c, alt->pos);
        mem_free(pc->stores);
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
        pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (!add_instr(c, COPY, 1, NULL) || !compile_pattern(c, alt, pc)) goto error;
        int nstores = pc->nstores;
        if (!i) {
            control = mem_calloc((size_t)nstores + 1, sizeof(Object *));
            if (!control) { err_no_memory(); goto error; }
            if (nstores) memcpy(control, pc->stores, (size_t)nstores * sizeof(Object *));
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            goto diff;
        } else if (nstores) {
            int icontrol = nstores;
            while (icontrol--) {
                Object *name = control[icontrol];
                int istores = stores_index(pc, name);
                if (istores < 0) goto diff;
                if (icontrol != istores) {
                    /* rotated = stores[:rotations]; del stores[:rotations];
                     * stores[icontrol-istores:icontrol-istores] = rotated -- one item at a
                     * time: move stores[0] to index icontrol, as each stack rotation does. */
                    int rotations = istores + 1;
                    for (int k = 0; k < rotations; k++) {
                        Object *first = pc->stores[0];
                        memmove(pc->stores, pc->stores + 1, (size_t)icontrol * sizeof(Object *));
                        pc->stores[icontrol] = first;
                    }
                    while (rotations--)
                        if (!pattern_rotate(c, icontrol + 1)) goto error;
                }
            }
        }
        if (!add_instr(c, JUMP, 0, end) || !emit_and_reset_fail_pop(c, pc)) goto error;
    }
    mem_free(pc->stores);
    *pc = old;
    old.fail_pop = NULL;
    /* No alternative matched: pop the remaining copy of the subject and fail. */
    if (!add_instr(c, POP_TOP, 0, NULL) || !jump_to_fail_pop(c, pc, JUMP)) goto error_restored;
    use_block(c, end);
    {
        int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
        for (int i = 0; i < ncontrol; i++) {
            if (!pattern_rotate(c, nrots)) goto error_restored;
            Object *name = control[i];
            if (stores_index(pc, name) >= 0) {
                (void)ERR(c, "multiple assignments to name %R in pattern", name);
                goto error_restored;
            }
            if (!stores_insert(pc, pc->nstores, name)) goto error_restored;
        }
    }
    mem_free(control);
    ADDOP(c, POP_TOP);
    return 1;
diff:
    (void)ERR(c, "alternative patterns bind different names");
error:
    mem_free(pc->stores);
    mem_free(pc->fail_pop);
    *pc = old;
error_restored:
    mem_free(control);
    return ok;
}

static int pattern_sequence(Compiler *c, Pattern *p, PatternCtx *pc)
{
    Seq *patterns = p->v.MatchSequence.patterns;
    int size = SEQ_LEN(patterns);
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        Pattern *q = SEQ_GET(patterns, i);
        if (q->kind == MatchStar_kind) {
            if (star >= 0) return ERR(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(q);
    }
    pc->on_top++;
    ADDOP(c, MATCH_SEQUENCE);
    if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    if (star < 0) {
        ADDOP(c, GET_LEN);
        ADDOP_LOAD_CONST_NEW(c, int_from_ssize(size));
        if (!compare_op(c, Eq)) return 0;
        if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    } else if (size - 1 > 0) {
        ADDOP(c, GET_LEN);
        ADDOP_LOAD_CONST_NEW(c, int_from_ssize(size - 1));
        if (!compare_op(c, GtE)) return 0;
        if (!jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE)) return 0;
    }
    pc->on_top--;
    if (only_wildcard) {
        ADDOP(c, POP_TOP);
        return 1;
    }
    if (star_wildcard) return pattern_sequence_subscr(c, patterns, star, pc);
    return pattern_sequence_unpack(c, patterns, pc);
}

static int compile_pattern(Compiler *c, Pattern *p, PatternCtx *pc)
{
    SET_LOC(c, p->pos);
    switch (p->kind) {
    case MatchValue_kind: {
        Expr *v = p->v.MatchValue.value;
        if (v->kind != Constant_kind && v->kind != Attribute_kind && v->kind != UnaryOp_kind &&
            v->kind != BinOp_kind)
            return ERR(c, "patterns may only match literals and attribute lookups");
        if (!visit_expr(c, v)) return 0;
        if (!compare_op(c, Eq)) return 0;
        return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    }
    case MatchSingleton_kind:
        ADDOP_LOAD_CONST(c, p->v.MatchSingleton.value);
        if (!compare_op(c, Is)) return 0;
        return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    case MatchSequence_kind:
        return pattern_sequence(c, p, pc);
    case MatchMapping_kind:
        return pattern_mapping(c, p, pc);
    case MatchClass_kind:
        return pattern_class(c, p, pc);
    case MatchStar_kind:
        return pattern_store_name(c, p->v.MatchStar.name, pc);
    case MatchAs_kind:
        return pattern_as(c, p, pc);
    case MatchOr_kind:
        return pattern_or(c, p, pc);
    }
    return ERR(c, "invalid match pattern node type");
}

static int compile_match_inner(Compiler *c, Stmt *s, PatternCtx *pc)
{
    if (!visit_expr(c, s->v.Match.subject)) return 0;
    BBlock *end;
    NEW_BLOCK(c, end);
    int cases = SEQ_LEN(s->v.Match.cases);
    MatchCase *m = SEQ_GET(s->v.Match.cases, cases - 1);
    int has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (int i = 0; i < cases - has_default; i++) {
        m = SEQ_GET(s->v.Match.cases, i);
        SET_LOC(c, m->pattern->pos);
        if (i != cases - has_default - 1) ADDOP_I(c, COPY, 1);
        pc->nstores = 0;
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (!compile_pattern(c, m->pattern, pc)) return 0;
        for (int n = 0; n < pc->nstores; n++)
            if (!nameop(c, pc->stores[n], Store)) return 0;
        if (m->guard) {
            if (!ensure_fail_pop(c, pc, 0)) return 0;
            if (!jump_if(c, m->guard, pc->fail_pop[0], false)) return 0;
        }
        if (i != cases - has_default - 1) ADDOP(c, POP_TOP);
        if (!visit_stmts(c, m->body)) return 0;
        ADDOP_J(c, JUMP, end);
        SET_LOC(c, m->pattern->pos);
        if (!emit_and_reset_fail_pop(c, pc)) return 0;
    }
    if (has_default) {
        m = SEQ_GET(s->v.Match.cases, cases - 1);
        SET_LOC(c, m->pattern->pos);
        if (cases == 1) ADDOP(c, POP_TOP);
        else ADDOP(c, NOP);
        if (m->guard && !jump_if(c, m->guard, end, false)) return 0;
        if (!visit_stmts(c, m->body)) return 0;
    }
    use_block(c, end);
    return 1;
}

static int compile_match(Compiler *c, Stmt *s)
{
    PatternCtx pc = { 0 };
    int r = compile_match_inner(c, s, &pc);
    mem_free(pc.stores);
    mem_free(pc.fail_pop);
    return r;
}

static int visit_stmt_inner(Compiler *c, Stmt *s)
{
    SET_LOC(c, s->pos);
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
        return compile_function(c, s);
    case ClassDef_kind:
        return compile_class(c, s);
    case Return_kind:
        return compile_return(c, s);
    case Delete_kind:
        return visit_exprs(c, s->v.Delete.targets);
    case Assign_kind: {
        int n = SEQ_LEN(s->v.Assign.targets);
        if (!visit_expr(c, s->v.Assign.value)) return 0;
        for (int i = 0; i < n; i++) {
            if (i < n - 1) ADDOP_I(c, COPY, 1);
            if (!visit_expr(c, SEQ_GET(s->v.Assign.targets, i))) return 0;
        }
        return 1;
    }
    case AugAssign_kind:
        return compile_augassign(c, s);
    case AnnAssign_kind:
        return compile_annassign(c, s);
    case For_kind:
    case AsyncFor_kind:
        return compile_for(c, s);
    case While_kind:
        return compile_while(c, s);
    case If_kind:
        return compile_if(c, s);
    case Match_kind:
        return compile_match(c, s);
    case Raise_kind: {
        int n = 0;
        if (s->v.Raise.exc) {
            if (!visit_expr(c, s->v.Raise.exc)) return 0;
            n++;
            if (s->v.Raise.cause) {
                if (!visit_expr(c, s->v.Raise.cause)) return 0;
                n++;
            }
        }
        ADDOP_I(c, RAISE_VARARGS, n);
        return 1;
    }
    case Try_kind:
    case TryStar_kind:
        return compile_try(c, s);
    case Assert_kind:
        return compile_assert(c, s);
    case Import_kind:
        return compile_import(c, s);
    case ImportFrom_kind:
        return compile_from_import(c, s);
    case Global_kind:
    case Nonlocal_kind:
        return 1;
    case Expr_kind:
        return compile_expr_stmt(c, s->v.Expr.value);
    case Pass_kind:
        ADDOP(c, NOP);
        return 1;
    case Break_kind:
        return compile_break(c);
    case Continue_kind:
        return compile_continue(c);
    case With_kind:
        return compile_with(c, s, 0);
    case AsyncWith_kind:
        return compile_with(c, s, 0);
    }
    return 1;
}

static int visit_stmt(Compiler *c, Stmt *s)
{
    if (too_deep(c)) return 0;
    int r = visit_stmt_inner(c, s);
    c->depth--;
    return r;
}

/* ---- expressions ----------------------------------------------------------------------------- */

static bool all_const(Seq *elts, int begin, int end)
{
    for (int i = begin; i < end; i++) {
        Expr *e = SEQ_GET(elts, i);
        if (!e || e->kind != Constant_kind) return false;
    }
    return true;
}

/* Displays and call arguments: [a, *b, c] built with BUILD_x / x_APPEND / x_EXTEND; `pushed`
 * items are already on the stack and become the first ones. */
static int starunpack_helper(Compiler *c, Seq *elts, int pushed, int build, int add, int extend,
                             bool tuple)
{
    int n = SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        Object *folded = tuple_new(n);
        if (!folded) return 0;
        for (int i = 0; i < n; i++)
            TUPLE_SET(folded, i, NEWREF(((Expr *)SEQ_GET(elts, i))->v.Constant.value));
        if (tuple && !pushed) return add_const_new(c, folded);
        if (add == SET_ADD) {
            Object *fs = frozenset_new(folded);
            DECREF(folded);
            if (!(folded = fs)) return 0;
        }
        if (!add_instr(c, build, pushed, NULL) || !add_const_new(c, folded) ||
            !add_instr(c, extend, 1, NULL))
            return 0;
        if (tuple) ADDOP(c, LIST_TO_TUPLE);
        return 1;
    }
    bool big = n + pushed > STACK_USE_GUARDRAIL, seen_star = false;
    for (int i = 0; i < n; i++)
        if (((Expr *)SEQ_GET(elts, i))->kind == Starred_kind) seen_star = true;
    if (!seen_star && !big) {
        if (!visit_exprs(c, elts)) return 0;
        ADDOP_I(c, tuple ? BUILD_TUPLE : build, n + pushed);
        return 1;
    }
    bool built = false;
    if (big) {
        ADDOP_I(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *elt = SEQ_GET(elts, i);
        if (elt->kind == Starred_kind) {
            if (!built) {
                ADDOP_I(c, build, i + pushed);
                built = true;
            }
            if (!visit_expr(c, elt->v.Starred.value)) return 0;
            ADDOP_I(c, extend, 1);
        } else {
            if (!visit_expr(c, elt)) return 0;
            if (built) ADDOP_I(c, add, 1);
        }
    }
    if (tuple) ADDOP(c, LIST_TO_TUPLE);
    return 1;
}

static int compile_list_or_tuple(Compiler *c, Expr *e, bool tuple)
{
    Seq *elts = tuple ? e->v.Tuple.elts : e->v.List.elts;
    ExprContext ctx = tuple ? e->v.Tuple.ctx : e->v.List.ctx;
    if (ctx == Store) return assignment_helper(c, elts);
    if (ctx == Load)
        return starunpack_helper(c, elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
    return visit_exprs(c, elts);
}

/* A dict of pairs [begin:end]: those of a dict display (keys, values), or, when keywords is
 * given, those of a call's keywords (name=value, the names being constants). */
static int build_map(Compiler *c, Seq *keys, Seq *values, Seq *keywords, int begin, int end)
{
    int n = end - begin;
#define MAP_KEYWORD(i) ((Keyword *)SEQ_GET(keywords, (i)))
#define MAP_VALUE(i) (keywords ? MAP_KEYWORD(i)->value : (Expr *)SEQ_GET(values, (i)))
    bool big = n * 2 > STACK_USE_GUARDRAIL;
    if (n > 1 && !big && (keywords || all_const(keys, begin, end))) {
        for (int i = begin; i < end; i++)
            if (!visit_expr(c, MAP_VALUE(i))) return 0;
        Object *t = tuple_new(n);
        if (!t) return 0;
        for (int i = begin; i < end; i++)
            TUPLE_SET(t, i - begin, NEWREF(keywords ? MAP_KEYWORD(i)->arg
                                                    : ((Expr *)SEQ_GET(keys, i))->v.Constant.value));
        ADDOP_LOAD_CONST_NEW(c, t);
        ADDOP_I(c, BUILD_CONST_KEY_MAP, n);
        return 1;
    }
    if (big) ADDOP_I(c, BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        if (keywords) ADDOP_LOAD_CONST(c, MAP_KEYWORD(i)->arg);
        else if (!visit_expr(c, SEQ_GET(keys, i))) return 0;
        if (!visit_expr(c, MAP_VALUE(i))) return 0;
        if (big) ADDOP_I(c, MAP_ADD, 1);
    }
    if (!big) ADDOP_I(c, BUILD_MAP, n);
    return 1;
#undef MAP_VALUE
#undef MAP_KEYWORD
}

static int compile_subdict(Compiler *c, Expr *e, int begin, int end)
{
    return build_map(c, e->v.Dict.keys, e->v.Dict.values, NULL, begin, end);
}

/* The mapping just built on the stack joins the one below it (op: DICT_UPDATE or DICT_MERGE),
 * or, when it is the first, becomes the one the others go into. */
static int merge_mapping(Compiler *c, bool *have_dict, int op)
{
    if (*have_dict) ADDOP_I(c, op, 1);
    *have_dict = true;
    return 1;
}

/* **value: merged into the mapping being built, an empty one made first if there is none. */
static int unpack_mapping(Compiler *c, bool *have_dict, int op, Expr *value)
{
    if (!*have_dict) {
        ADDOP_I(c, BUILD_MAP, 0);
        *have_dict = true;
    }
    if (!visit_expr(c, value)) return 0;
    ADDOP_I(c, op, 1);
    return 1;
}

static int compile_dict(Compiler *c, Expr *e)
{
    int n = SEQ_LEN(e->v.Dict.values), elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (SEQ_GET(e->v.Dict.keys, i) == NULL) {         /* {**value} */
            if (elements) {
                if (!compile_subdict(c, e, i - elements, i) ||
                    !merge_mapping(c, &have_dict, DICT_UPDATE))
                    return 0;
                elements = 0;
            }
            if (!unpack_mapping(c, &have_dict, DICT_UPDATE, SEQ_GET(e->v.Dict.values, i)))
                return 0;
        } else if (elements * 2 > STACK_USE_GUARDRAIL) {
            if (!compile_subdict(c, e, i - elements, i + 1) ||
                !merge_mapping(c, &have_dict, DICT_UPDATE))
                return 0;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements &&
        (!compile_subdict(c, e, n - elements, n) || !merge_mapping(c, &have_dict, DICT_UPDATE)))
        return 0;
    if (!have_dict) ADDOP_I(c, BUILD_MAP, 0);
    return 1;
}

static int compile_compare(Compiler *c, Expr *e)
{
    int n = e->v.Compare.nops - 1;
    if (!check_compare(c, e) || !visit_expr(c, e->v.Compare.left)) return 0;
    if (n == 0) {
        if (!visit_expr(c, SEQ_GET(e->v.Compare.comparators, 0))) return 0;
        return compare_op(c, e->v.Compare.ops[0]);
    }
    BBlock *cleanup, *end;
    NEW_BLOCK(c, cleanup);
    if (!compare_chain(c, e, JUMP_IF_FALSE_OR_POP, cleanup)) return 0;
    NEW_BLOCK(c, end);
    ADDOP_J(c, JUMP, end);
    use_block(c, cleanup);
    ADDOP_I(c, SWAP, 2);
    ADDOP(c, POP_TOP);
    use_block(c, end);
    return 1;
}

static int compile_boolop(Compiler *c, Expr *e)
{
    int op = e->v.BoolOp.op == And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
    Seq *s = e->v.BoolOp.values;
    int n = SEQ_LEN(s) - 1;
    BBlock *end;
    NEW_BLOCK(c, end);
    for (int i = 0; i < n; i++) {
        if (!visit_expr(c, SEQ_GET(s, i))) return 0;
        ADDOP_J(c, op, end);
    }
    if (!visit_expr(c, SEQ_GET(s, n))) return 0;
    use_block(c, end);
    return 1;
}

static int compile_ifexp(Compiler *c, Expr *e)
{
    BBlock *end, *next;
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, next);
    if (!jump_if(c, e->v.IfExp.test, next, false) || !visit_expr(c, e->v.IfExp.body)) return 0;
    ADDOP_J(c, JUMP, end);
    use_block(c, next);
    if (!visit_expr(c, e->v.IfExp.orelse)) return 0;
    use_block(c, end);
    return 1;
}

/* ---- calls ----------------------------------------------------------------------------------- */

static int validate_keywords(Compiler *c, Seq *keywords)
{
    int n = SEQ_LEN(keywords);
    for (int i = 0; i < n; i++) {
        Keyword *k = SEQ_GET(keywords, i);
        if (!k->arg) continue;
        if (forbidden_name(c, k->arg, Store)) return 0;
        for (int j = i + 1; j < n; j++) {
            Keyword *o = SEQ_GET(keywords, j);
            if (o->arg && str_eq(k->arg, o->arg)) {
                SET_LOC(c, o->pos);
                return ERR(c, "keyword argument repeated: %U", k->arg);
            }
        }
    }
    return 1;
}

static bool needs_ex_call(Seq *args, Seq *keywords)
{
    int nargs = SEQ_LEN(args), nkw = SEQ_LEN(keywords);
    if (nargs + nkw * 2 > STACK_USE_GUARDRAIL) return true;
    for (int i = 0; i < nargs; i++)
        if (((Expr *)SEQ_GET(args, i))->kind == Starred_kind) return true;
    for (int i = 0; i < nkw; i++)
        if (!((Keyword *)SEQ_GET(keywords, i))->arg) return true;
    return false;
}

/* Keyword values then KW_NAMES with the tuple of their names. */
static int simple_kw_helper(Compiler *c, Seq *keywords)
{
    int n = SEQ_LEN(keywords);
    for (int i = 0; i < n; i++)
        if (!visit_expr(c, ((Keyword *)SEQ_GET(keywords, i))->value)) return 0;
    Object *names = tuple_new(n);
    if (!names) return 0;
    for (int i = 0; i < n; i++)
        TUPLE_SET(names, i, NEWREF(((Keyword *)SEQ_GET(keywords, i))->arg));
    int idx = consts_add(&c->u->consts, names);
    DECREF(names);
    if (idx < 0) return 0;
    ADDOP_I(c, KW_NAMES, idx);
    return 1;
}

/* A dict of keywords[begin:end]. */
static int subkwargs(Compiler *c, Seq *keywords, int begin, int end)
{
    return build_map(c, NULL, NULL, keywords, begin, end);
}

/* The arguments of a call whose callable (and `n` more arguments) are pushed.  Simple calls
 * end in CALL (with KW_NAMES); others build a tuple and a dict for CALL_FUNCTION_EX, whose
 * callable has no NULL under it. */
static int call_helper(Compiler *c, int n, Seq *args, Seq *keywords)
{
    if (!validate_keywords(c, keywords)) return 0;
    int nargs = SEQ_LEN(args), nkw = SEQ_LEN(keywords);
    if (!needs_ex_call(args, keywords)) {
        if (!visit_exprs(c, args)) return 0;
        if (nkw && !simple_kw_helper(c, keywords)) return 0;
        ADDOP_I(c, CALL, n + nargs + nkw);
        return 1;
    }
    if (n == 0 && nargs == 1 && ((Expr *)SEQ_GET(args, 0))->kind == Starred_kind) {
        if (!visit_expr(c, ((Expr *)SEQ_GET(args, 0))->v.Starred.value)) return 0;
    } else if (!starunpack_helper(c, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)) {
        return 0;
    }
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *k = SEQ_GET(keywords, i);
            if (k->arg) {
                nseen++;
                continue;
            }
            if (nseen) {
                if (!subkwargs(c, keywords, i - nseen, i) ||
                    !merge_mapping(c, &have_dict, DICT_MERGE))
                    return 0;
                nseen = 0;
            }
            if (!unpack_mapping(c, &have_dict, DICT_MERGE, k->value)) return 0;
        }
        if (nseen && (!subkwargs(c, keywords, nkw - nseen, nkw) ||
                      !merge_mapping(c, &have_dict, DICT_MERGE)))
            return 0;
    }
    ADDOP_I(c, CALL_FUNCTION_EX, nkw > 0);
    return 1;
}

static bool is_import_originated(Compiler *c, Expr *e)
{
    if (e->kind != Name_kind) return false;
    return symentry_flags(symtable_top(c->st), e->v.Name.id) & DEF_IMPORT;
}

/* o.m(args): LOAD_METHOD + CALL, without a bound method object.  -1: not applicable. */
static int maybe_method_call(Compiler *c, Expr *e)
{
    Expr *meth = e->v.Call.func;
    Seq *args = e->v.Call.args, *kws = e->v.Call.keywords;
    int nargs = SEQ_LEN(args), nkw = SEQ_LEN(kws);
    if (meth->kind != Attribute_kind || meth->v.Attribute.ctx != Load ||
        is_import_originated(c, meth->v.Attribute.value))
        return -1;
    if (nargs + nkw + (nkw != 0) >= STACK_USE_GUARDRAIL) return -1;
    for (int i = 0; i < nargs; i++)
        if (((Expr *)SEQ_GET(args, i))->kind == Starred_kind) return -1;
    for (int i = 0; i < nkw; i++)
        if (!((Keyword *)SEQ_GET(kws, i))->arg) return -1;
    if (!validate_keywords(c, kws)) return 0;
    if (!visit_expr(c, meth->v.Attribute.value)) return 0;
    Pos old = LOC(c);
    SET_LOC(c, meth->pos);
    ADDOP_NAME(c, LOAD_METHOD, meth->v.Attribute.attr);
    SET_LOC(c, old);
    if (!visit_exprs(c, args)) return 0;
    if (nkw && !simple_kw_helper(c, kws)) return 0;
    ADDOP_I(c, CALL, nargs + nkw);
    return 1;
}

static int compile_call(Compiler *c, Expr *e)
{
    if (!check_caller(c, e->v.Call.func)) return 0;
    int r = maybe_method_call(c, e);
    if (r >= 0) return r;
    if (!needs_ex_call(e->v.Call.args, e->v.Call.keywords)) ADDOP(c, PUSH_NULL);
    if (!visit_expr(c, e->v.Call.func)) return 0;
    return call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ---- comprehensions ------------------------------------------------------------------------ */

static int async_comprehension_generator(Compiler *c, Seq *gens, int gen_index, int depth,
                                         Expr *elt, Expr *val, CompKind type);
static int comprehension_element(Compiler *c, Expr *elt, Expr *val, CompKind type, int depth);

static int comprehension_generator(Compiler *c, Seq *gens, int gen_index, int depth, Expr *elt,
                                   Expr *val, CompKind type)
{
    BBlock *start, *if_cleanup, *anchor;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, if_cleanup);
    NEW_BLOCK(c, anchor);
    Comprehension *gen = SEQ_GET(gens, gen_index);
    if (gen->is_async)
        return async_comprehension_generator(c, gens, gen_index, depth, elt, val, type);
    if (gen_index == 0) {
        /* The outermost iterator is the implicit argument .0. */
        c->u->argcount = 1;
        ADDOP_I(c, LOAD_FAST, 0);
    } else {
        /* for y in [f(x)]: a single-item iterable is just a temporary assignment. */
        Seq *elts = gen->iter->kind == List_kind ? gen->iter->v.List.elts :
                    gen->iter->kind == Tuple_kind ? gen->iter->v.Tuple.elts : NULL;
        if (SEQ_LEN(elts) == 1 && ((Expr *)SEQ_GET(elts, 0))->kind != Starred_kind) {
            if (!visit_expr(c, SEQ_GET(elts, 0))) return 0;
            start = NULL;
        }
        if (start) {
            if (!visit_expr(c, gen->iter)) return 0;
            ADDOP(c, GET_ITER);
        }
    }
    if (start) {
        depth++;
        use_block(c, start);
        ADDOP_J(c, FOR_ITER, anchor);
    }
    if (!visit_expr(c, gen->target)) return 0;
    for (int i = 0; i < SEQ_LEN(gen->ifs); i++)
        if (!jump_if(c, SEQ_GET(gen->ifs, i), if_cleanup, false)) return 0;
    if (++gen_index < SEQ_LEN(gens)) {
        if (!comprehension_generator(c, gens, gen_index, depth, elt, val, type)) return 0;
    } else if (!comprehension_element(c, elt, val, type, depth)) {
        return 0;
    }
    use_block(c, if_cleanup);
    if (start) {
        ADDOP_J(c, JUMP, start);
        use_block(c, anchor);
    }
    return 1;
}

/* An `async for` clause: as compile_async_for, with the rest of the comprehension as body. */
static int async_comprehension_generator(Compiler *c, Seq *gens, int gen_index, int depth,
                                         Expr *elt, Expr *val, CompKind type)
{
    BBlock *start, *except, *if_cleanup;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, if_cleanup);
    Comprehension *gen = SEQ_GET(gens, gen_index);
    if (gen_index == 0) {
        c->u->argcount = 1;
        ADDOP_I(c, LOAD_FAST, 0);
    } else {
        if (!visit_expr(c, gen->iter)) return 0;
        ADDOP(c, GET_AITER);
    }
    depth++;
    use_block(c, start);
    ADDOP_J(c, SETUP_FINALLY, except);
    ADDOP(c, GET_ANEXT);
    ADDOP_LOAD_CONST(c, NONE);
    ADDOP(c, YIELD_FROM);
    ADDOP(c, POP_BLOCK);
    if (!visit_expr(c, gen->target)) return 0;
    for (int i = 0; i < SEQ_LEN(gen->ifs); i++)
        if (!jump_if(c, SEQ_GET(gen->ifs, i), if_cleanup, false)) return 0;
    if (++gen_index < SEQ_LEN(gens)) {
        if (!comprehension_generator(c, gens, gen_index, depth, elt, val, type)) return 0;
    } else if (!comprehension_element(c, elt, val, type, depth)) {
        return 0;
    }
    use_block(c, if_cleanup);
    ADDOP_J(c, JUMP, start);
    use_block(c, except);
    ADDOP(c, END_ASYNC_FOR);
    return 1;
}

/* The innermost step of a comprehension: add the element (or yield it), `depth` iterators
 * above the collection. */
static int comprehension_element(Compiler *c, Expr *elt, Expr *val, CompKind type, int depth)
{
    switch (type) {
    case COMP_LIST:
        if (!visit_expr(c, elt)) return 0;
        ADDOP_I(c, LIST_APPEND, depth + 1);
        return 1;
    case COMP_SET:
        if (!visit_expr(c, elt)) return 0;
        ADDOP_I(c, SET_ADD, depth + 1);
        return 1;
    case COMP_GENEXP:
        if (!visit_expr(c, elt) || !add_yield(c)) return 0;
        ADDOP(c, POP_TOP);
        return 1;
    default:
        if (!visit_expr(c, elt) || !visit_expr(c, val)) return 0;
        ADDOP_I(c, MAP_ADD, depth + 1);
        return 1;
    }
}

static int compile_comprehension(Compiler *c, Expr *e, CompKind type, Object *name, Seq *gens,
                                 Expr *elt, Expr *val)
{
    Comprehension *outer = SEQ_GET(gens, 0);
    Unit *outer_unit = c->u;
    if (!enter_scope(c, name, U_COMPREHENSION, e, e->pos.lineno)) return 0;
    SET_LOC(c, e->pos);
    /* A comprehension with `async for` or `await` is a coroutine, awaited where it is called;
     * only an async generator expression may be made outside a coroutine. */
    bool is_async = c->u->ste->coroutine;
    if (is_async && type != COMP_GENEXP && !outer_unit->is_async &&
        outer_unit->kind != U_COMPREHENSION)
        return ERR(c, "asynchronous comprehension outside of an asynchronous function");
    if (type != COMP_GENEXP)
        ADDOP_I(c, type == COMP_LIST ? BUILD_LIST : type == COMP_SET ? BUILD_SET : BUILD_MAP, 0);
    if (!comprehension_generator(c, gens, 0, 0, elt, val, type)) return 0;
    if (type != COMP_GENEXP) ADDOP(c, RETURN_VALUE);
    if (!finish_function_scope(c, true, 0) || !visit_expr(c, outer->iter)) return 0;
    ADDOP(c, outer->is_async ? GET_AITER : GET_ITER);
    ADDOP_I(c, CALL, 0);
    if (is_async && type != COMP_GENEXP && !add_await(c, 0)) return 0;
    return 1;
}

/* ---- expressions ----------------------------------------------------------------------------- */

static int compile_formatted_value(Compiler *c, Expr *e)
{
    int conv = e->v.FormattedValue.conversion, oparg;
    if (!visit_expr(c, e->v.FormattedValue.value)) return 0;
    switch (conv) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    case -1: oparg = 0; break;
    default:
        err_format(&Exc_SystemError, "Unrecognized conversion character %d", conv);
        return 0;
    }
    if (e->v.FormattedValue.format_spec) {
        if (!visit_expr(c, e->v.FormattedValue.format_spec)) return 0;
        oparg |= 4;
    }
    ADDOP_I(c, FORMAT_VALUE, oparg);
    return 1;
}

static int compile_joined_str(Compiler *c, Expr *e)
{
    Seq *values = e->v.JoinedStr.values;
    int n = SEQ_LEN(values);
    if (n > STACK_USE_GUARDRAIL) {
        /* ''.join([...]) */
        ADDOP_LOAD_CONST(c, empty_str);
        Object *join = str_intern_cstr("join");
        if (!join) return 0;
        int ok = arena_keep(c->arena, join) == 0 && addop_name(c, LOAD_METHOD, join, false);
        if (!ok) return 0;
        ADDOP_I(c, BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            if (!visit_expr(c, SEQ_GET(values, i))) return 0;
            ADDOP_I(c, LIST_APPEND, 1);
        }
        ADDOP_I(c, CALL, 1);
        return 1;
    }
    if (!visit_exprs(c, values)) return 0;
    if (n != 1) ADDOP_I(c, BUILD_STRING, n);
    return 1;
}

static int visit_expr_inner(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        if (!visit_expr(c, e->v.NamedExpr.value)) return 0;
        ADDOP_I(c, COPY, 1);
        return visit_expr(c, e->v.NamedExpr.target);
    case BoolOp_kind:
        return compile_boolop(c, e);
    case BinOp_kind:
        if (!visit_expr(c, e->v.BinOp.left) || !visit_expr(c, e->v.BinOp.right)) return 0;
        ADDOP_I(c, BINARY_OP, e->v.BinOp.op);
        return 1;
    case UnaryOp_kind: {
        static const int ops[] = {
            [Invert] = UNARY_INVERT, [Not] = UNARY_NOT, [UAdd] = UNARY_POSITIVE,
            [USub] = UNARY_NEGATIVE,
        };
        if (!visit_expr(c, e->v.UnaryOp.operand)) return 0;
        ADDOP(c, ops[e->v.UnaryOp.op]);
        return 1;
    }
    case Lambda_kind:
        return compile_lambda(c, e);
    case IfExp_kind:
        return compile_ifexp(c, e);
    case Dict_kind:
        return compile_dict(c, e);
    case Set_kind:
        return starunpack_helper(c, e->v.Set.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
    case GeneratorExp_kind:
        return compile_comprehension(c, e, COMP_GENEXP, c->s_genexpr,
                                     e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
    case ListComp_kind:
        return compile_comprehension(c, e, COMP_LIST, c->s_listcomp, e->v.ListComp.generators,
                                     e->v.ListComp.elt, NULL);
    case SetComp_kind:
        return compile_comprehension(c, e, COMP_SET, c->s_setcomp, e->v.SetComp.generators,
                                     e->v.SetComp.elt, NULL);
    case DictComp_kind:
        return compile_comprehension(c, e, COMP_DICT, c->s_dictcomp, e->v.DictComp.generators,
                                     e->v.DictComp.key, e->v.DictComp.value);
    case Yield_kind:
        if (c->u->ste->type != BLOCK_FUNCTION) return ERR(c, "'yield' outside function");
        if (e->v.Yield.value) {
            if (!visit_expr(c, e->v.Yield.value)) return 0;
        } else {
            ADDOP_LOAD_CONST(c, NONE);
        }
        return add_yield(c);
    case YieldFrom_kind:
        if (c->u->ste->type != BLOCK_FUNCTION) return ERR(c, "'yield' outside function");
        if (c->u->is_async) return ERR(c, "'yield from' inside async function");
        if (!visit_expr(c, e->v.YieldFrom.value)) return 0;
        ADDOP(c, GET_YIELD_FROM_ITER);
        ADDOP_LOAD_CONST(c, NONE);
        ADDOP(c, YIELD_FROM);
        return 1;
    case Await_kind:
        if (c->u->ste->type != BLOCK_FUNCTION) return ERR(c, "'await' outside function");
        if (!c->u->is_async && c->u->kind != U_COMPREHENSION)
            return ERR(c, "'await' outside async function");
        if (!visit_expr(c, e->v.Await.value)) return 0;
        return add_await(c, 0);
    case Compare_kind:
        return compile_compare(c, e);
    case Call_kind:
        return compile_call(c, e);
    case FormattedValue_kind:
        return compile_formatted_value(c, e);
    case JoinedStr_kind:
        return compile_joined_str(c, e);
    case Constant_kind:
        ADDOP_LOAD_CONST(c, e->v.Constant.value);
        return 1;
    case Attribute_kind:
        if (!visit_expr(c, e->v.Attribute.value)) return 0;
        switch (e->v.Attribute.ctx) {
        case Load: ADDOP_NAME(c, LOAD_ATTR, e->v.Attribute.attr); return 1;
        case Store:
            if (forbidden_name(c, e->v.Attribute.attr, Store)) return 0;
            ADDOP_NAME(c, STORE_ATTR, e->v.Attribute.attr);
            return 1;
        default: ADDOP_NAME(c, DELETE_ATTR, e->v.Attribute.attr); return 1;
        }
    case Subscript_kind: {
        static const int ops[] = { [Load] = BINARY_SUBSCR, [Store] = STORE_SUBSCR,
                                   [Del] = DELETE_SUBSCR };
        if (e->v.Subscript.ctx == Load &&
            (!check_subscripter(c, e->v.Subscript.value) ||
             !check_index(c, e->v.Subscript.value, e->v.Subscript.slice)))
            return 0;
        if (!visit_expr(c, e->v.Subscript.value) || !visit_expr(c, e->v.Subscript.slice))
            return 0;
        ADDOP(c, ops[e->v.Subscript.ctx]);
        return 1;
    }
    case Starred_kind:
        if (e->v.Starred.ctx == Store)
            return ERR(c, "starred assignment target must be in a list or tuple");
        return ERR(c, "can't use starred expression here");
    case Slice_kind: {
        int n = 2;
        if (e->v.Slice.lower) {
            if (!visit_expr(c, e->v.Slice.lower)) return 0;
        } else {
            ADDOP_LOAD_CONST(c, NONE);
        }
        if (e->v.Slice.upper) {
            if (!visit_expr(c, e->v.Slice.upper)) return 0;
        } else {
            ADDOP_LOAD_CONST(c, NONE);
        }
        if (e->v.Slice.step) {
            n++;
            if (!visit_expr(c, e->v.Slice.step)) return 0;
        }
        ADDOP_I(c, BUILD_SLICE, n);
        return 1;
    }
    case Name_kind:
        return nameop(c, e->v.Name.id, e->v.Name.ctx);
    case List_kind:
        return compile_list_or_tuple(c, e, false);
    case Tuple_kind:
        return compile_list_or_tuple(c, e, true);
    }
    return 1;
}

static int visit_expr(Compiler *c, Expr *e)
{
    if (too_deep(c)) return 0;
    Pos old = LOC(c);
    SET_LOC(c, e->pos);
    int r = visit_expr_inner(c, e);
    if (r) SET_LOC(c, old);
    c->depth--;
    return r;
}

/* ==== the assembler =========================================================================== */

/* Stack effect of an instruction; `jump` selects the effect when the jump is taken. */
static int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case NOP: case EXTENDED_ARG: case CACHE: case SWAP: case UNARY_POSITIVE: case UNARY_NEGATIVE:
    case UNARY_NOT: case UNARY_INVERT: case GET_ITER: case LOAD_ATTR: case POP_BLOCK:
    case CHECK_EXC_MATCH: case KW_NAMES: case SETUP_ANNOTATIONS: case LIST_TO_TUPLE:
    case CHECK_EG_MATCH:
    case YIELD_VALUE: case GET_YIELD_FROM_ITER: case COPY_DICT_WITHOUT_KEYS:
    case GET_AWAITABLE: case GET_AITER: case ASYNC_GEN_WRAP:
    case JUMP: case DELETE_FAST: case DELETE_NAME: case DELETE_GLOBAL: case DELETE_DEREF:
        return 0;
    case POP_TOP: case BINARY_OP: case BINARY_SUBSCR: case COMPARE_OP: case IS_OP:
    case CONTAINS_OP: case STORE_FAST: case STORE_NAME:
#ifdef OURO_HAVE_POP_JUMP_IF_NONE
    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
#endif
    case STORE_GLOBAL: case STORE_DEREF:
    case DELETE_ATTR: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
    case DICT_UPDATE: case DICT_MERGE: case RETURN_VALUE: case IMPORT_NAME: case IMPORT_STAR:
    case POP_EXCEPT: case RERAISE: case PRINT_EXPR: case POP_JUMP_IF_FALSE:
    case PREP_RERAISE_STAR:
    case POP_JUMP_IF_TRUE: case YIELD_FROM:
        return -1;
    case PUSH_NULL: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_NAME:
    case LOAD_GLOBAL: case LOAD_DEREF: case LOAD_CLASSDEREF: case LOAD_CLOSURE: case LOAD_METHOD:
    case IMPORT_FROM: case LOAD_ASSERTION_ERROR: case LOAD_BUILD_CLASS: case BEFORE_WITH:
    case WITH_EXCEPT_START: case LOAD_LOCALS: case GET_ANEXT: case BEFORE_ASYNC_WITH:
    case RETURN_GENERATOR:      /* the value the first resume sends */
    case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
        return 1;
    case STORE_SUBSCR: case END_ASYNC_FOR: return -3;
    case MATCH_CLASS: return -2;
    case DELETE_SUBSCR: case STORE_ATTR: case MAP_ADD: return -2;
    case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
        return 1 - arg;
    case BUILD_MAP: return 1 - 2 * arg;
    case BUILD_CONST_KEY_MAP: return -arg;
    case FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case FOR_ITER: return jump ? -1 : 1;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case UNPACK_SEQUENCE: return arg - 1;
    case UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case CALL: return -arg - 1;
    case CALL_FUNCTION_EX: return -1 - (arg & 1);
    case MAKE_FUNCTION:
        return -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    case SETUP_FINALLY: return jump ? 2 : 0;     /* the handler gets prev_exc and exc */
    case RAISE_VARARGS: return -arg;
    }
    return 0;
}

static int block_effect(int op)
{
    switch (op) {
    case SETUP_FINALLY: return 1;               /* either path: a block or EXCEPT_HANDLER */
    case POP_BLOCK: case POP_EXCEPT: case END_ASYNC_FOR: return -1;
    default: return 0;
    }
}

/* The first block at or after b (in layout order) that has an instruction. */
static BBlock *first_nonempty(BBlock *b)
{
    while (b && b->n == 0) b = b->next;
    return b;
}

/* The first non-NOP instruction reached from block b, or NULL. */
static Instr *first_instr(BBlock *b)
{
    for (; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (b->ins[i].op != NOP) return &b->ins[i];
    return NULL;
}

static BBlock *block_of(BBlock *b, Instr *in)
{
    for (; b; b = b->next)
        if (b->n && in >= b->ins && in < b->ins + b->n) return b;
    return NULL;
}

static int fold_tuple_on_constants(Compiler *c, Instr *ins, int n)
{
    Consts *k = &c->u->consts;
    for (int i = 0; i < n; i++)
        if (ins[i].op != LOAD_CONST) return 0;
    Object *t = tuple_new(n);
    if (!t) return -1;
    for (int i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(k->items[ins[i].arg]));
    int idx = consts_add(k, t);
    DECREF(t);
    if (idx < 0) return -1;
    for (int i = 0; i < n; i++) ins[i].op = NOP;
    ins[n].op = LOAD_CONST;
    ins[n].arg = idx;
    return 0;
}

/* Retarget a jump whose target starts with a jump of a kind it can pass through. */
static void thread_jump(Instr *in)
{
    for (int step = 0; step < MAX_THREADING; step++) {
        Instr *t = first_instr(in->target);
        if (!t || !op_has_jump(t->op) || t->op == SETUP_FINALLY || t->op == FOR_ITER) return;
        BBlock *tb = t->target;
        switch (in->op) {
        case JUMP:
            if (t->op != JUMP) return;
            break;
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
            if (t->op != JUMP) return;
            break;
        case JUMP_IF_FALSE_OR_POP:
        case JUMP_IF_TRUE_OR_POP: {
            bool f = in->op == JUMP_IF_FALSE_OR_POP;
            int same = f ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            int same_pop = f ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
            int other = f ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP;
            int other_pop = f ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
            if (t->op == JUMP || t->op == same) {
                break;
            } else if (t->op == same_pop) {
                in->op = same_pop;
                break;
            } else if (t->op == other || t->op == other_pop) {
                /* The value is known to fail the second test: pop it, go past that test. */
                BBlock *holder = block_of(in->target, t);
                if (!holder || !holder->next || &holder->ins[holder->n - 1] != t) return;
                in->op = f ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                in->target = holder->next;
                continue;
            }
            return;
        }
        default:
            return;
        }
        if (tb == in->target) return;
        in->target = tb;
    }
}

static int optimize_block(Compiler *c, BBlock *b)
{
    Consts *k = &c->u->consts;
    for (int i = 0; i < b->n; i++) {
        Instr *in = &b->ins[i];
        int nextop = i + 1 < b->n ? b->ins[i + 1].op : -1;
        switch (in->op) {
        case LOAD_CONST: {
#ifdef OURO_HAVE_POP_JUMP_IF_NONE
            /* x is None + conditional jump: one test that needs no None constant (which the
             * trimming of constants can then drop, as in CPython). */
            if (nextop == IS_OP && i + 2 < b->n && k->items[in->arg] == NONE &&
                (b->ins[i + 2].op == POP_JUMP_IF_FALSE || b->ins[i + 2].op == POP_JUMP_IF_TRUE)) {
                bool invert = b->ins[i + 1].arg != 0;
                bool on_false = b->ins[i + 2].op == POP_JUMP_IF_FALSE;
                in->op = NOP;
                b->ins[i + 1].op = NOP;
                b->ins[i + 2].op = invert != on_false ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                break;
            }
#endif
            if (nextop != POP_JUMP_IF_FALSE && nextop != POP_JUMP_IF_TRUE &&
                nextop != JUMP_IF_FALSE_OR_POP && nextop != JUMP_IF_TRUE_OR_POP)
                break;
            int t = obj_is_true(k->items[in->arg]);
            if (t < 0) return -1;
            bool jump_if_true = nextop == POP_JUMP_IF_TRUE || nextop == JUMP_IF_TRUE_OR_POP;
            Instr *next = &b->ins[i + 1];
            if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) {
                in->op = NOP;
                next->op = t == jump_if_true ? JUMP : NOP;
            } else if (t == jump_if_true) {
                next->op = JUMP;             /* the value stays: it is the result */
            } else {
                in->op = NOP;
                next->op = NOP;
            }
            if (next->op == NOP) next->target = NULL;
            break;
        }
        case BUILD_TUPLE:
            if (nextop == UNPACK_SEQUENCE && in->arg == b->ins[i + 1].arg) {
                if (in->arg == 1) {
                    in->op = NOP;
                    b->ins[i + 1].op = NOP;
                    break;
                }
                if (in->arg == 2 || in->arg == 3) {
                    in->op = NOP;
                    b->ins[i + 1].op = SWAP;
                    break;
                }
            }
            if (i >= in->arg && fold_tuple_on_constants(c, in - in->arg, in->arg) < 0) return -1;
            break;
        case SWAP:
            if (in->arg == 1) in->op = NOP;
            break;
        case JUMP:
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case JUMP_IF_FALSE_OR_POP:
        case JUMP_IF_TRUE_OR_POP:
            thread_jump(in);
            break;
        default:
            break;
        }
    }
    return 0;
}

static void mark_reachable(Unit *u)
{
    int cap = 0;
    for (BBlock *b = u->blocks; b; b = b->all) {
        b->reachable = false;
        cap++;
    }
    BBlock **stack = mem_alloc((size_t)(cap + 1) * sizeof(BBlock *));
    if (!stack) {
        /* Out of memory: keep everything (only dead code survives). */
        for (BBlock *b = u->blocks; b; b = b->all) b->reachable = true;
        return;
    }
    int sp = 0;
    u->entry->reachable = true;
    stack[sp++] = u->entry;
    while (sp) {
        BBlock *b = stack[--sp];
        for (int i = 0; i < b->n; i++) {
            BBlock *t = op_has_jump(b->ins[i].op) ? b->ins[i].target : NULL;
            if (t && !t->reachable) {
                t->reachable = true;
                stack[sp++] = t;
            }
        }
        bool falls = b->n == 0 || !is_terminator(b->ins[b->n - 1].op);
        if (falls && b->next && !b->next->reachable) {
            b->next->reachable = true;
            stack[sp++] = b->next;
        }
    }
    mem_free(stack);
}

static void remove_nops(BBlock *b)
{
    int j = 0;
    for (int i = 0; i < b->n; i++)
        if (b->ins[i].op != NOP) b->ins[j++] = b->ins[i];
    b->n = j;
}

/* Value and block stack depths by a walk of the control flow graph. */
static int stack_depth(Unit *u, int *maxblocks)
{
    int cap = 0;
    for (BBlock *b = u->blocks; b; b = b->all) {
        b->depth = b->blocks = -1;
        cap++;
    }
    BBlock **stack = mem_alloc((size_t)(cap + 1) * sizeof(BBlock *));
    if (!stack) { err_no_memory(); return -1; }
    int sp = 0, maxdepth = 0, maxb = 0;
    u->entry->depth = u->entry->blocks = 0;
    stack[sp++] = u->entry;
#define PUSH_BLOCK(t, d, bd) do { \
        BBlock *t_ = (t); \
        if (t_->depth < 0) { t_->depth = (d); t_->blocks = (bd); stack[sp++] = t_; } \
    } while (0)
    while (sp) {
        BBlock *b = stack[--sp];
        int depth = b->depth, blocks = b->blocks;
        bool falls = true;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (op_has_jump(in->op)) {
                int d = depth + stack_effect(in->op, in->arg, true);
                int bd = blocks + block_effect(in->op);
                if (d > maxdepth) maxdepth = d;
                if (bd > maxb) maxb = bd;
                PUSH_BLOCK(in->target, d, bd);
            }
            depth += stack_effect(in->op, in->arg, false);
            blocks += block_effect(in->op);
            if (depth > maxdepth) maxdepth = depth;
            if (blocks > maxb) maxb = blocks;
            if (is_terminator(in->op)) {
                falls = false;
                break;
            }
        }
        if (falls && b->next) PUSH_BLOCK(b->next, depth, blocks);
    }
#undef PUSH_BLOCK
    mem_free(stack);
    *maxblocks = maxb;
    return maxdepth;
}

static int arg_units(int arg)
{
    return arg > 0xffffff ? 4 : arg > 0xffff ? 3 : arg > 0xff ? 2 : 1;
}

static int compute_flags(Compiler *c)
{
    SymEntry *ste = c->u->ste;
    int flags = 0;
    if (ste->type == BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags | c->future_flags;
}

static Object *names_tuple(NameMap *m)
{
    Object *t = tuple_new(m->n);
    if (!t) return NULL;
    for (int i = 0; i < m->n; i++) TUPLE_SET(t, i, NEWREF(m->e[i].name));
    return t;
}

static CodeLoc code_loc(Pos p)
{
    CodeLoc l = { p.lineno, p.end_lineno, -1, -1 };
    if (p.lineno < 0) l.end_line = -1;
    if (p.col_offset >= 0 && p.col_offset <= INT16_MAX) l.col = (int16_t)p.col_offset;
    if (p.end_col_offset >= 0 && p.end_col_offset <= INT16_MAX)
        l.end_col = (int16_t)p.end_col_offset;
    return l;
}

static Object *assemble(Compiler *c, bool add_none)
{
    Unit *u = c->u;
    BBlock *cur = u->cur;
    if (!(cur->n && cur->ins[cur->n - 1].op == RETURN_VALUE)) {
        UNSET_LOC(c);
        if (add_none && !add_const(c, NONE)) return NULL;
        if (!add_instr(c, RETURN_VALUE, 0, NULL)) return NULL;
    }
    /* Peephole optimisations, then the removal of what became unreachable. */
    for (BBlock *b = u->entry; b; b = b->next)
        if (optimize_block(c, b) < 0) return NULL;
    mark_reachable(u);
    for (BBlock *b = u->entry; b; b = b->next) {
        if (!b->reachable) b->n = 0;
        remove_nops(b);
    }
    /* A jump to the next instruction is a no-op. */
    for (BBlock *b = u->entry; b; b = b->next) {
        if (!b->n) continue;
        Instr *last = &b->ins[b->n - 1];
        if (last->op == JUMP && first_nonempty(last->target) == first_nonempty(b->next)) b->n--;
    }
    /* Trailing constants that no instruction uses go (index 0 stays: the docstring slot). */
    int maxconst = 0;
    for (BBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if ((b->ins[i].op == LOAD_CONST || b->ins[i].op == KW_NAMES) &&
                b->ins[i].arg > maxconst)
                maxconst = b->ins[i].arg;
    while (u->consts.n > maxconst + 1) DECREF(u->consts.items[--u->consts.n]);

    int maxblocks = 0;
    int maxdepth = stack_depth(u, &maxblocks);
    if (maxdepth < 0) return NULL;

    /* Instructions without a position take the previous one's. */
    Pos last = { u->firstlineno, 0, u->firstlineno, 0 };
    if (u->kind == U_MODULE) last = (Pos){ 1, 0, 1, 0 };
    for (BBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++) {
            if (b->ins[i].loc.lineno < 0) b->ins[i].loc = last;
            else last = b->ins[i].loc;
        }

    /* Jumps go to the first block that has code. */
    for (BBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (op_has_jump(b->ins[i].op)) b->ins[i].target = first_nonempty(b->ins[i].target);
    /* Layout: widen jump arguments until every offset fits. */
    int total;
    for (;;) {
        total = 0;
        for (BBlock *b = u->entry; b; b = b->next) {
            b->offset = total;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->ins[i];
                total += arg_units(in->arg) + op_caches[in->op];
            }
        }
        bool changed = false;
        for (BBlock *b = u->entry; b; b = b->next)
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->ins[i];
                if (!op_has_jump(in->op)) continue;
                int off = in->target ? in->target->offset : total;
                if (arg_units(off) != arg_units(in->arg)) changed = true;
                in->arg = off;
            }
        if (!changed) break;
    }

    CodeUnit *code = mem_alloc((size_t)(total + 1) * sizeof(CodeUnit));
    CodeLoc *locs = mem_alloc((size_t)(total + 1) * sizeof(CodeLoc));
    Object *consts = NULL, *names = NULL, *varnames = NULL, *freevars = NULL, *cellvars = NULL;
    Object *co = NULL;
    if (!code || !locs) {
        err_no_memory();
        goto done;
    }
    ssize_t pc = 0;
    for (BBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            CodeLoc loc = code_loc(in->loc);
            int units = arg_units(in->arg);
            for (int k = units - 1; k > 0; k--) {
                locs[pc] = loc;
                code[pc++] = CU_MAKE(EXTENDED_ARG, (in->arg >> (8 * k)) & 0xff);
            }
            locs[pc] = loc;
            code[pc++] = CU_MAKE(in->op, in->arg & 0xff);
            for (int k = 0; k < op_caches[in->op]; k++) {
                locs[pc] = loc;
                code[pc++] = CU_MAKE(CACHE, 0);
            }
        }
    consts = tuple_from_array(u->consts.items, u->consts.n);
    names = names_tuple(&u->names);
    varnames = names_tuple(&u->varnames);
    freevars = names_tuple(&u->freevars);
    cellvars = names_tuple(&u->cellvars);
    if (!consts || !names || !varnames || !freevars || !cellvars) goto done;
    co = code_new(u->argcount, u->posonly, u->kwonly, u->varnames.n, maxdepth, maxblocks,
                  compute_flags(c), code, pc, locs, consts, names, varnames, freevars, cellvars,
                  c->filename, u->name, u->qualname, u->firstlineno);
done:
    mem_free(code);
    mem_free(locs);
    XDECREF(consts);
    XDECREF(names);
    XDECREF(varnames);
    XDECREF(freevars);
    XDECREF(cellvars);
    return co;
}

/* ==== the module ============================================================================== */

/* `from __future__ import ...` at the top of a module: feature flags and errors (future.c). */
static int future_parse(Compiler *c, ModNode *mod)
{
    if (mod->mode == MODE_EVAL) return 1;
    Seq *body = mod->body;
    bool done = false;
    int prev_line = 0;
    for (int i = get_docstring(body) ? 1 : 0; i < SEQ_LEN(body); i++) {
        Stmt *s = SEQ_GET(body, i);
        if (done && s->pos.lineno > prev_line) return 1;
        prev_line = s->pos.lineno;
        if (s->kind != ImportFrom_kind || !s->v.ImportFrom.module ||
            !str_eq_cstr(s->v.ImportFrom.module, "__future__")) {
            done = true;
            continue;
        }
        Pos at = { s->pos.lineno, s->pos.col_offset, s->pos.lineno, -2 };
        if (done) {
            at.col_offset--;       /* CPython reports this one without the +1 */
            compile_error(c->filename, false, at,
                          "from __future__ imports must occur at the beginning of the file");
            return 0;
        }
        for (int j = 0; j < SEQ_LEN(s->v.ImportFrom.names); j++) {
            Object *name = ((Alias *)SEQ_GET(s->v.ImportFrom.names, j))->name;
            static const char *const ignored[] = {
                "nested_scopes", "generators", "division", "absolute_import",
                "with_statement", "print_function", "unicode_literals", "generator_stop", NULL
            };
            bool known = false;
            for (int k = 0; ignored[k]; k++) known |= str_eq_cstr(name, ignored[k]);
            if (known) continue;
            if (str_eq_cstr(name, "barry_as_FLUFL")) {
                c->future_flags |= CO_FUTURE_BARRY_AS_BDFL;
            } else if (str_eq_cstr(name, "annotations")) {
                /* PEP 563: annotations compile to strings (visit_annexpr, unparse.c). */
                c->future_flags |= CO_FUTURE_ANNOTATIONS;
            } else if (str_eq_cstr(name, "braces")) {
                compile_error(c->filename, false, at, "not a chance");
                return 0;
            } else {
                compile_error(c->filename, false, at,
                              "future feature %.100s is not defined", str_as_utf8(name));
                return 0;
            }
        }
        c->future_lineno = s->pos.lineno;
    }
    return 1;
}

static void compiler_fini(Compiler *c)
{
    while (c->u) exit_scope(c);
    symtable_free(c->st);
    XDECREF(c->s_return);
    XDECREF(c->s_module_name);
    XDECREF(c->s_lambda);
    XDECREF(c->s_listcomp);
    XDECREF(c->s_setcomp);
    XDECREF(c->s_dictcomp);
    XDECREF(c->s_genexpr);
    consts_clear(&c->merged_consts);
}

Object *compile_mod(ModNode *mod, Object *filename, Arena *arena)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.merged = &c.merged_consts;
    c.filename = filename;
    c.arena = arena;
    c.depth = compile_depth_start();
    c.depth_limit = compile_depth_limit();
    Object *co = NULL;
    c.s_return = str_intern_cstr("return");
    c.s_module_name = str_intern_cstr("<module>");
    c.s_lambda = str_intern_cstr("<lambda>");
    c.s_listcomp = str_intern_cstr("<listcomp>");
    c.s_setcomp = str_intern_cstr("<setcomp>");
    c.s_dictcomp = str_intern_cstr("<dictcomp>");
    c.s_genexpr = str_intern_cstr("<genexpr>");
    if (!c.s_return || !c.s_module_name || !c.s_lambda || !c.s_listcomp || !c.s_setcomp ||
        !c.s_dictcomp || !c.s_genexpr)
        goto done;
    if (!future_parse(&c, mod)) goto done;
    if (!(c.st = symtable_build(mod, filename, arena))) goto done;
    if (!enter_scope(&c, c.s_module_name, U_MODULE, mod, 1)) goto done;
    bool add_none = true;
    switch (mod->mode) {
    case MODE_EXEC:
        if (!compile_body(&c, mod->body)) goto done;
        break;
    case MODE_SINGLE:
        if (find_ann(mod->body) && !add_instr(&c, SETUP_ANNOTATIONS, 0, NULL)) goto done;
        c.interactive = true;
        if (!visit_stmts(&c, mod->body)) goto done;
        break;
    case MODE_EVAL:
        if (!visit_expr(&c, mod->expr)) goto done;
        add_none = false;
        break;
    }
    co = assemble(&c, add_none);
done:
    compiler_fini(&c);
    return co;
}
