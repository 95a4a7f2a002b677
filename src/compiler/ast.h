/* ast.h — the abstract syntax tree of Python 3.11, as the parser builds it and the optimiser,
 * symbol table and code generator read it.
 *
 * Node kinds and field names follow Python's own `ast` module (Parser/Python.asdl), so
 * `ast.dump()` of CPython is the documentation of every field.  All nodes of one compilation
 * live in an Arena and are freed with it; identifiers and constants are Objects owned by the
 * arena (it holds one reference to each and drops them in arena_free). */
#ifndef OURO_AST_H
#define OURO_AST_H

#include "../runtime/object.h"

typedef struct Arena Arena;
Arena *arena_new(void);
void   arena_free(Arena *a);
void  *arena_alloc(Arena *a, size_t n);              /* zeroed; NULL + MemoryError on failure */
int    arena_keep(Arena *a, Object *o);              /* steals o: released by arena_free */

/* A growable array of node pointers (or of Objects for identifier lists). */
typedef struct Seq { int n, cap; void **a; } Seq;
int seq_push(Arena *ar, Seq *s, void *item);         /* -1 on MemoryError */
#define SEQ_LEN(s)     ((s) ? (s)->n : 0)
#define SEQ_GET(s, i)  ((s)->a[i])

typedef struct Pos { int lineno, col_offset, end_lineno, end_col_offset; } Pos;  /* cols in UTF-8 bytes */

typedef enum { Load = 1, Store, Del } ExprContext;
typedef enum { And = 1, Or } BoolOpKind;
/* Binary operators, numbered as CPython 3.11's NB_* (the argument of BINARY_OP). */
typedef enum { Add = 0, BitAnd = 1, FloorDiv = 2, LShift = 3, MatMult = 4, Mult = 5, Mod = 6,
               BitOr = 7, Pow = 8, RShift = 9, Sub = 10, Div = 11, BitXor = 12 } OperatorKind;
typedef enum { Invert = 1, Not, UAdd, USub } UnaryOpKind;
typedef enum { Eq = 1, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn } CmpOpKind;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Pattern Pattern;

typedef struct Arg { Pos pos; Object *arg; Expr *annotation; } Arg;
typedef struct Arguments {
    Seq *posonlyargs, *args;     /* of Arg* */
    Arg *vararg;                 /* or NULL */
    Seq *kwonlyargs;             /* of Arg* */
    Seq *kw_defaults;            /* of Expr*, NULL entries where a kw-only arg has no default */
    Arg *kwarg;                  /* or NULL */
    Seq *defaults;               /* of Expr*, for the last positional args */
} Arguments;
typedef struct Keyword { Pos pos; Object *arg; Expr *value; } Keyword;   /* arg NULL for **value */
typedef struct Alias { Pos pos; Object *name, *asname; } Alias;           /* asname may be NULL */
typedef struct WithItem { Expr *context_expr, *optional_vars; } WithItem;
typedef struct Comprehension { Expr *target, *iter; Seq *ifs; int is_async; } Comprehension;
typedef struct ExceptHandler { Pos pos; Expr *type; Object *name; Seq *body; } ExceptHandler;
typedef struct MatchCase { Pattern *pattern; Expr *guard; Seq *body; } MatchCase;

typedef enum {
    BoolOp_kind = 1, NamedExpr_kind, BinOp_kind, UnaryOp_kind, Lambda_kind, IfExp_kind,
    Dict_kind, Set_kind, ListComp_kind, SetComp_kind, DictComp_kind, GeneratorExp_kind,
    Await_kind, Yield_kind, YieldFrom_kind, Compare_kind, Call_kind, FormattedValue_kind,
    JoinedStr_kind, Constant_kind, Attribute_kind, Subscript_kind, Starred_kind, Name_kind,
    List_kind, Tuple_kind, Slice_kind
} ExprKind;

struct Expr {
    ExprKind kind;
    Pos pos;
    union {
        struct { BoolOpKind op; Seq *values; } BoolOp;
        struct { Expr *target, *value; } NamedExpr;
        struct { Expr *left; OperatorKind op; Expr *right; } BinOp;
        struct { UnaryOpKind op; Expr *operand; } UnaryOp;
        struct { Arguments *args; Expr *body; } Lambda;
        struct { Expr *test, *body, *orelse; } IfExp;
        struct { Seq *keys, *values; } Dict;             /* a NULL key means {**value} */
        struct { Seq *elts; } Set;
        struct { Expr *elt; Seq *generators; } ListComp, SetComp, GeneratorExp;  /* of Comprehension* */
        struct { Expr *key, *value; Seq *generators; } DictComp;
        struct { Expr *value; } Await, Yield, YieldFrom;   /* Yield.value may be NULL */
        struct { Expr *left; int nops; CmpOpKind *ops; Seq *comparators; } Compare;
        struct { Expr *func; Seq *args; Seq *keywords; } Call;  /* args of Expr*, keywords of Keyword* */
        struct { Expr *value; int conversion; Expr *format_spec; } FormattedValue; /* conversion -1,'s','r','a' */
        struct { Seq *values; } JoinedStr;
        struct { Object *value; Object *kind; } Constant;    /* kind is "u" for u"" strings, else NULL */
        struct { Expr *value; Object *attr; ExprContext ctx; } Attribute;
        struct { Expr *value, *slice; ExprContext ctx; } Subscript;
        struct { Expr *value; ExprContext ctx; } Starred;
        struct { Object *id; ExprContext ctx; } Name;
        struct { Seq *elts; ExprContext ctx; } List, Tuple;
        struct { Expr *lower, *upper, *step; } Slice;
    } v;
};

typedef enum {
    FunctionDef_kind = 1, AsyncFunctionDef_kind, ClassDef_kind, Return_kind, Delete_kind,
    Assign_kind, AugAssign_kind, AnnAssign_kind, For_kind, AsyncFor_kind, While_kind, If_kind,
    With_kind, AsyncWith_kind, Match_kind, Raise_kind, Try_kind, TryStar_kind, Assert_kind,
    Import_kind, ImportFrom_kind, Global_kind, Nonlocal_kind, Expr_kind, Pass_kind, Break_kind,
    Continue_kind
} StmtKind;

struct Stmt {
    StmtKind kind;
    Pos pos;
    union {
        struct { Object *name; Arguments *args; Seq *body, *decorator_list; Expr *returns; } FunctionDef;
        struct { Object *name; Seq *bases, *keywords, *body, *decorator_list; } ClassDef;
        struct { Expr *value; } Return;                    /* value may be NULL */
        struct { Seq *targets; } Delete;
        struct { Seq *targets; Expr *value; } Assign;
        struct { Expr *target; OperatorKind op; Expr *value; } AugAssign;
        struct { Expr *target, *annotation, *value; int simple; } AnnAssign;
        struct { Expr *target, *iter; Seq *body, *orelse; } For;
        struct { Expr *test; Seq *body, *orelse; } While, If;
        struct { Seq *items, *body; } With;                /* items of WithItem* */
        struct { Expr *subject; Seq *cases; } Match;       /* cases of MatchCase* */
        struct { Expr *exc, *cause; } Raise;
        struct { Seq *body, *handlers, *orelse, *finalbody; } Try;  /* handlers of ExceptHandler* */
        struct { Expr *test, *msg; } Assert;
        struct { Seq *names; } Import;                     /* of Alias* */
        struct { Object *module; Seq *names; int level; } ImportFrom;
        struct { Seq *names; } Global, Nonlocal;           /* of Object* (str) */
        struct { Expr *value; } Expr;
    } v;
};

typedef enum {
    MatchValue_kind = 1, MatchSingleton_kind, MatchSequence_kind, MatchMapping_kind,
    MatchClass_kind, MatchStar_kind, MatchAs_kind, MatchOr_kind
} PatternKind;

struct Pattern {
    PatternKind kind;
    Pos pos;
    union {
        struct { Expr *value; } MatchValue;
        struct { Object *value; } MatchSingleton;
        struct { Seq *patterns; } MatchSequence, MatchOr;
        struct { Seq *keys, *patterns; Object *rest; } MatchMapping;
        struct { Expr *cls; Seq *patterns; Seq *kwd_attrs, *kwd_patterns; } MatchClass;
        struct { Object *name; } MatchStar;
        struct { Pattern *pattern; Object *name; } MatchAs;
    } v;
};

/* A parsed module, or the body of an "eval" or "single" compilation. */
typedef enum { MODE_EXEC = 0, MODE_EVAL, MODE_SINGLE } CompileMode;
typedef struct ModNode {
    CompileMode mode;
    Seq *body;          /* exec/single: statements */
    Expr *expr;         /* eval: the expression */
} ModNode;

#endif
