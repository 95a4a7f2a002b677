/* astdump.c — ast.dump() of CPython 3.11 for the AST of ast.h.
 *
 * The format is that of Lib/ast.py's dump() with its defaults: "Name(field=value, ...)" with
 * every field named; an optional field ("expr?", "identifier?"...) holding None is left out, a
 * required one is written as None; lists are "[a, b]"; constants and identifiers are written
 * with repr().  With include_attributes the positions follow the fields of the node kinds that
 * carry them (statements, expressions, patterns, arguments, keywords, aliases, handlers).
 *
 * The dumper is driven by data: every node kind has a descriptor listing its fields in
 * Python.asdl order, each with where it lives in the C struct (offsetof) and what it holds.
 * One walker (dump_node) writes any node from its descriptor, so adding a node kind means
 * adding a table row, not a function. */
#include "astdump.h"
#include "../objects/strings.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include <stddef.h>
#include <stdio.h>

typedef struct {
    StrBuilder sb;
    int attrs;
    int failed;
} Dump;

/* What a field holds, and so how it is written. */
typedef enum {
    F_NODE,     /* a value of type `of`, written None when NULL */
    F_OPT,      /* a value of type `of`, left out when NULL (the "?" fields of the ASDL) */
    F_SEQ,      /* a Seq of values of type `of`, "[...]"; NULL items are written None */
    F_INT,      /* an int */
    F_ENUM,     /* an int written by its name from enum_names[of] (operators, contexts) */
    F_CMPOPS,   /* Compare.ops: an array of Compare.nops operators */
    F_NOTHING,  /* Module.type_ignores: always the empty list */
} FieldHow;

/* The types of values a field may hold. */
typedef enum {
    T_EXPR, T_STMT, T_PATTERN, T_OBJ, T_ARG, T_ARGUMENTS, T_KEYWORD, T_ALIAS, T_WITHITEM,
    T_COMPREHENSION, T_HANDLER, T_MATCH_CASE
} ValueType;

typedef struct {
    const char *name;
    unsigned char how, of;      /* FieldHow; ValueType (or the enum table for F_ENUM) */
    unsigned short off;         /* offsetof the field in its node */
} Field;

/* The widest node (arguments) has 7 fields; a row ends at the first unnamed field. */
#define MAX_FIELDS 7
typedef struct {
    const char *name;
    short pos_off;              /* offsetof the node's Pos, or -1 when it has no attributes */
    Field fields[MAX_FIELDS];
} NodeDesc;

/* ---- enum names ---------------------------------------------------------------------------- */

enum { EN_OPERATOR, EN_UNARY, EN_BOOLOP, EN_CTX, EN_CMPOP };

static const char *const operator_names[] = {
    [Add] = "Add()", [BitAnd] = "BitAnd()", [FloorDiv] = "FloorDiv()", [LShift] = "LShift()",
    [MatMult] = "MatMult()", [Mult] = "Mult()", [Mod] = "Mod()", [BitOr] = "BitOr()",
    [Pow] = "Pow()", [RShift] = "RShift()", [Sub] = "Sub()", [Div] = "Div()",
    [BitXor] = "BitXor()",
};
static const char *const unary_names[] = {
    [Invert] = "Invert()", [Not] = "Not()", [UAdd] = "UAdd()", [USub] = "USub()",
};
static const char *const boolop_names[] = { [And] = "And()", [Or] = "Or()" };
/* A context the parser never set (0) is written Load(), as the default of the ASDL. */
static const char *const ctx_names[] = {
    [0] = "Load()", [Load] = "Load()", [Store] = "Store()", [Del] = "Del()",
};
static const char *const cmpop_names[] = {
    [Eq] = "Eq()", [NotEq] = "NotEq()", [Lt] = "Lt()", [LtE] = "LtE()", [Gt] = "Gt()",
    [GtE] = "GtE()", [Is] = "Is()", [IsNot] = "IsNot()", [In] = "In()", [NotIn] = "NotIn()",
};

static const char *const *const enum_names[] = {
    [EN_OPERATOR] = operator_names, [EN_UNARY] = unary_names, [EN_BOOLOP] = boolop_names,
    [EN_CTX] = ctx_names, [EN_CMPOP] = cmpop_names,
};

/* ---- descriptors ----------------------------------------------------------------------------- */

#define NODE(n, t, off)  {n, F_NODE, t, off}
#define OPT(n, t, off)   {n, F_OPT, t, off}
#define SEQ(n, t, off)   {n, F_SEQ, t, off}
#define INT(n, off)      {n, F_INT, 0, off}
#define ENUM(n, t, off)  {n, F_ENUM, t, off}

#define EV(f) offsetof(Expr, v.f)
#define SV(f) offsetof(Stmt, v.f)
#define PV(f) offsetof(Pattern, v.f)
#define EXPR_NODE(n, ...)    {n, offsetof(Expr, pos), {__VA_ARGS__}}
#define STMT_NODE(n, ...)    {n, offsetof(Stmt, pos), {__VA_ARGS__}}
#define PATTERN_NODE(n, ...) {n, offsetof(Pattern, pos), {__VA_ARGS__}}

/* Kinds that share a C struct share their field list. */
#define COMP_FIELDS(k) NODE("elt", T_EXPR, EV(k.elt)), \
                       SEQ("generators", T_COMPREHENSION, EV(k.generators))
#define ELTS_FIELDS    SEQ("elts", T_EXPR, EV(Tuple.elts)), ENUM("ctx", EN_CTX, EV(Tuple.ctx))

static const NodeDesc expr_desc[] = {
    [BoolOp_kind] = EXPR_NODE("BoolOp", ENUM("op", EN_BOOLOP, EV(BoolOp.op)),
                              SEQ("values", T_EXPR, EV(BoolOp.values))),
    [NamedExpr_kind] = EXPR_NODE("NamedExpr", NODE("target", T_EXPR, EV(NamedExpr.target)),
                                 NODE("value", T_EXPR, EV(NamedExpr.value))),
    [BinOp_kind] = EXPR_NODE("BinOp", NODE("left", T_EXPR, EV(BinOp.left)),
                             ENUM("op", EN_OPERATOR, EV(BinOp.op)),
                             NODE("right", T_EXPR, EV(BinOp.right))),
    [UnaryOp_kind] = EXPR_NODE("UnaryOp", ENUM("op", EN_UNARY, EV(UnaryOp.op)),
                               NODE("operand", T_EXPR, EV(UnaryOp.operand))),
    [Lambda_kind] = EXPR_NODE("Lambda", NODE("args", T_ARGUMENTS, EV(Lambda.args)),
                              NODE("body", T_EXPR, EV(Lambda.body))),
    [IfExp_kind] = EXPR_NODE("IfExp", NODE("test", T_EXPR, EV(IfExp.test)),
                             NODE("body", T_EXPR, EV(IfExp.body)),
                             NODE("orelse", T_EXPR, EV(IfExp.orelse))),
    [Dict_kind] = EXPR_NODE("Dict", SEQ("keys", T_EXPR, EV(Dict.keys)),
                            SEQ("values", T_EXPR, EV(Dict.values))),
    [Set_kind] = EXPR_NODE("Set", SEQ("elts", T_EXPR, EV(Set.elts))),
    [ListComp_kind] = EXPR_NODE("ListComp", COMP_FIELDS(ListComp)),
    [SetComp_kind] = EXPR_NODE("SetComp", COMP_FIELDS(SetComp)),
    [GeneratorExp_kind] = EXPR_NODE("GeneratorExp", COMP_FIELDS(GeneratorExp)),
    [DictComp_kind] = EXPR_NODE("DictComp", NODE("key", T_EXPR, EV(DictComp.key)),
                                NODE("value", T_EXPR, EV(DictComp.value)),
                                SEQ("generators", T_COMPREHENSION, EV(DictComp.generators))),
    [Await_kind] = EXPR_NODE("Await", NODE("value", T_EXPR, EV(Await.value))),
    [Yield_kind] = EXPR_NODE("Yield", OPT("value", T_EXPR, EV(Yield.value))),
    [YieldFrom_kind] = EXPR_NODE("YieldFrom", NODE("value", T_EXPR, EV(YieldFrom.value))),
    [Compare_kind] = EXPR_NODE("Compare", NODE("left", T_EXPR, EV(Compare.left)),
                               {"ops", F_CMPOPS, 0, EV(Compare.ops)},
                               SEQ("comparators", T_EXPR, EV(Compare.comparators))),
    [Call_kind] = EXPR_NODE("Call", NODE("func", T_EXPR, EV(Call.func)),
                            SEQ("args", T_EXPR, EV(Call.args)),
                            SEQ("keywords", T_KEYWORD, EV(Call.keywords))),
    [FormattedValue_kind] = EXPR_NODE("FormattedValue",
                                      NODE("value", T_EXPR, EV(FormattedValue.value)),
                                      INT("conversion", EV(FormattedValue.conversion)),
                                      OPT("format_spec", T_EXPR, EV(FormattedValue.format_spec))),
    [JoinedStr_kind] = EXPR_NODE("JoinedStr", SEQ("values", T_EXPR, EV(JoinedStr.values))),
    [Constant_kind] = EXPR_NODE("Constant", NODE("value", T_OBJ, EV(Constant.value)),
                                OPT("kind", T_OBJ, EV(Constant.kind))),
    [Attribute_kind] = EXPR_NODE("Attribute", NODE("value", T_EXPR, EV(Attribute.value)),
                                 NODE("attr", T_OBJ, EV(Attribute.attr)),
                                 ENUM("ctx", EN_CTX, EV(Attribute.ctx))),
    [Subscript_kind] = EXPR_NODE("Subscript", NODE("value", T_EXPR, EV(Subscript.value)),
                                 NODE("slice", T_EXPR, EV(Subscript.slice)),
                                 ENUM("ctx", EN_CTX, EV(Subscript.ctx))),
    [Starred_kind] = EXPR_NODE("Starred", NODE("value", T_EXPR, EV(Starred.value)),
                               ENUM("ctx", EN_CTX, EV(Starred.ctx))),
    [Name_kind] = EXPR_NODE("Name", NODE("id", T_OBJ, EV(Name.id)),
                            ENUM("ctx", EN_CTX, EV(Name.ctx))),
    [List_kind] = EXPR_NODE("List", ELTS_FIELDS),
    [Tuple_kind] = EXPR_NODE("Tuple", ELTS_FIELDS),
    [Slice_kind] = EXPR_NODE("Slice", OPT("lower", T_EXPR, EV(Slice.lower)),
                             OPT("upper", T_EXPR, EV(Slice.upper)),
                             OPT("step", T_EXPR, EV(Slice.step))),
};

#define FUNC_FIELDS  NODE("name", T_OBJ, SV(FunctionDef.name)), \
                     NODE("args", T_ARGUMENTS, SV(FunctionDef.args)), \
                     SEQ("body", T_STMT, SV(FunctionDef.body)), \
                     SEQ("decorator_list", T_EXPR, SV(FunctionDef.decorator_list)), \
                     OPT("returns", T_EXPR, SV(FunctionDef.returns))
#define FOR_FIELDS   NODE("target", T_EXPR, SV(For.target)), NODE("iter", T_EXPR, SV(For.iter)), \
                     SEQ("body", T_STMT, SV(For.body)), SEQ("orelse", T_STMT, SV(For.orelse))
#define IF_FIELDS    NODE("test", T_EXPR, SV(If.test)), SEQ("body", T_STMT, SV(If.body)), \
                     SEQ("orelse", T_STMT, SV(If.orelse))
#define WITH_FIELDS  SEQ("items", T_WITHITEM, SV(With.items)), SEQ("body", T_STMT, SV(With.body))
#define TRY_FIELDS   SEQ("body", T_STMT, SV(Try.body)), \
                     SEQ("handlers", T_HANDLER, SV(Try.handlers)), \
                     SEQ("orelse", T_STMT, SV(Try.orelse)), \
                     SEQ("finalbody", T_STMT, SV(Try.finalbody))
#define NAMES_FIELDS SEQ("names", T_OBJ, SV(Global.names))

static const NodeDesc stmt_desc[] = {
    [FunctionDef_kind] = STMT_NODE("FunctionDef", FUNC_FIELDS),
    [AsyncFunctionDef_kind] = STMT_NODE("AsyncFunctionDef", FUNC_FIELDS),
    [ClassDef_kind] = STMT_NODE("ClassDef", NODE("name", T_OBJ, SV(ClassDef.name)),
                                SEQ("bases", T_EXPR, SV(ClassDef.bases)),
                                SEQ("keywords", T_KEYWORD, SV(ClassDef.keywords)),
                                SEQ("body", T_STMT, SV(ClassDef.body)),
                                SEQ("decorator_list", T_EXPR, SV(ClassDef.decorator_list))),
    [Return_kind] = STMT_NODE("Return", OPT("value", T_EXPR, SV(Return.value))),
    [Delete_kind] = STMT_NODE("Delete", SEQ("targets", T_EXPR, SV(Delete.targets))),
    [Assign_kind] = STMT_NODE("Assign", SEQ("targets", T_EXPR, SV(Assign.targets)),
                              NODE("value", T_EXPR, SV(Assign.value))),
    [AugAssign_kind] = STMT_NODE("AugAssign", NODE("target", T_EXPR, SV(AugAssign.target)),
                                 ENUM("op", EN_OPERATOR, SV(AugAssign.op)),
                                 NODE("value", T_EXPR, SV(AugAssign.value))),
    [AnnAssign_kind] = STMT_NODE("AnnAssign", NODE("target", T_EXPR, SV(AnnAssign.target)),
                                 NODE("annotation", T_EXPR, SV(AnnAssign.annotation)),
                                 OPT("value", T_EXPR, SV(AnnAssign.value)),
                                 INT("simple", SV(AnnAssign.simple))),
    [For_kind] = STMT_NODE("For", FOR_FIELDS),
    [AsyncFor_kind] = STMT_NODE("AsyncFor", FOR_FIELDS),
    [While_kind] = STMT_NODE("While", IF_FIELDS),
    [If_kind] = STMT_NODE("If", IF_FIELDS),
    [With_kind] = STMT_NODE("With", WITH_FIELDS),
    [AsyncWith_kind] = STMT_NODE("AsyncWith", WITH_FIELDS),
    [Match_kind] = STMT_NODE("Match", NODE("subject", T_EXPR, SV(Match.subject)),
                             SEQ("cases", T_MATCH_CASE, SV(Match.cases))),
    [Raise_kind] = STMT_NODE("Raise", OPT("exc", T_EXPR, SV(Raise.exc)),
                             OPT("cause", T_EXPR, SV(Raise.cause))),
    [Try_kind] = STMT_NODE("Try", TRY_FIELDS),
    [TryStar_kind] = STMT_NODE("TryStar", TRY_FIELDS),
    [Assert_kind] = STMT_NODE("Assert", NODE("test", T_EXPR, SV(Assert.test)),
                              OPT("msg", T_EXPR, SV(Assert.msg))),
    [Import_kind] = STMT_NODE("Import", SEQ("names", T_ALIAS, SV(Import.names))),
    [ImportFrom_kind] = STMT_NODE("ImportFrom", OPT("module", T_OBJ, SV(ImportFrom.module)),
                                  SEQ("names", T_ALIAS, SV(ImportFrom.names)),
                                  INT("level", SV(ImportFrom.level))),
    [Global_kind] = STMT_NODE("Global", NAMES_FIELDS),
    [Nonlocal_kind] = STMT_NODE("Nonlocal", NAMES_FIELDS),
    [Expr_kind] = STMT_NODE("Expr", NODE("value", T_EXPR, SV(Expr.value))),
    [Pass_kind] = STMT_NODE("Pass", {0}),
    [Break_kind] = STMT_NODE("Break", {0}),
    [Continue_kind] = STMT_NODE("Continue", {0}),
};

static const NodeDesc pattern_desc[] = {
    [MatchValue_kind] = PATTERN_NODE("MatchValue", NODE("value", T_EXPR, PV(MatchValue.value))),
    [MatchSingleton_kind] = PATTERN_NODE("MatchSingleton",
                                         NODE("value", T_OBJ, PV(MatchSingleton.value))),
    [MatchSequence_kind] = PATTERN_NODE("MatchSequence",
                                        SEQ("patterns", T_PATTERN, PV(MatchSequence.patterns))),
    [MatchMapping_kind] = PATTERN_NODE("MatchMapping",
                                       SEQ("keys", T_EXPR, PV(MatchMapping.keys)),
                                       SEQ("patterns", T_PATTERN, PV(MatchMapping.patterns)),
                                       OPT("rest", T_OBJ, PV(MatchMapping.rest))),
    [MatchClass_kind] = PATTERN_NODE("MatchClass", NODE("cls", T_EXPR, PV(MatchClass.cls)),
                                     SEQ("patterns", T_PATTERN, PV(MatchClass.patterns)),
                                     SEQ("kwd_attrs", T_OBJ, PV(MatchClass.kwd_attrs)),
                                     SEQ("kwd_patterns", T_PATTERN, PV(MatchClass.kwd_patterns))),
    [MatchStar_kind] = PATTERN_NODE("MatchStar", OPT("name", T_OBJ, PV(MatchStar.name))),
    [MatchAs_kind] = PATTERN_NODE("MatchAs", OPT("pattern", T_PATTERN, PV(MatchAs.pattern)),
                                  OPT("name", T_OBJ, PV(MatchAs.name))),
    [MatchOr_kind] = PATTERN_NODE("MatchOr", SEQ("patterns", T_PATTERN, PV(MatchOr.patterns))),
};

/* The helper types of the ASDL, indexed by ValueType (the node types above have no entry). */
static const NodeDesc helper_desc[] = {
    [T_ARG] = {"arg", offsetof(Arg, pos), {
        NODE("arg", T_OBJ, offsetof(Arg, arg)),
        OPT("annotation", T_EXPR, offsetof(Arg, annotation))}},
    [T_ARGUMENTS] = {"arguments", -1, {
        SEQ("posonlyargs", T_ARG, offsetof(Arguments, posonlyargs)),
        SEQ("args", T_ARG, offsetof(Arguments, args)),
        OPT("vararg", T_ARG, offsetof(Arguments, vararg)),
        SEQ("kwonlyargs", T_ARG, offsetof(Arguments, kwonlyargs)),
        SEQ("kw_defaults", T_EXPR, offsetof(Arguments, kw_defaults)),
        OPT("kwarg", T_ARG, offsetof(Arguments, kwarg)),
        SEQ("defaults", T_EXPR, offsetof(Arguments, defaults))}},
    [T_KEYWORD] = {"keyword", offsetof(Keyword, pos), {
        OPT("arg", T_OBJ, offsetof(Keyword, arg)),
        NODE("value", T_EXPR, offsetof(Keyword, value))}},
    [T_ALIAS] = {"alias", offsetof(Alias, pos), {
        NODE("name", T_OBJ, offsetof(Alias, name)),
        OPT("asname", T_OBJ, offsetof(Alias, asname))}},
    [T_WITHITEM] = {"withitem", -1, {
        NODE("context_expr", T_EXPR, offsetof(WithItem, context_expr)),
        OPT("optional_vars", T_EXPR, offsetof(WithItem, optional_vars))}},
    [T_COMPREHENSION] = {"comprehension", -1, {
        NODE("target", T_EXPR, offsetof(Comprehension, target)),
        NODE("iter", T_EXPR, offsetof(Comprehension, iter)),
        SEQ("ifs", T_EXPR, offsetof(Comprehension, ifs)),
        INT("is_async", offsetof(Comprehension, is_async))}},
    [T_HANDLER] = {"ExceptHandler", offsetof(ExceptHandler, pos), {
        OPT("type", T_EXPR, offsetof(ExceptHandler, type)),
        OPT("name", T_OBJ, offsetof(ExceptHandler, name)),
        SEQ("body", T_STMT, offsetof(ExceptHandler, body))}},
    [T_MATCH_CASE] = {"match_case", -1, {
        NODE("pattern", T_PATTERN, offsetof(MatchCase, pattern)),
        OPT("guard", T_EXPR, offsetof(MatchCase, guard)),
        SEQ("body", T_STMT, offsetof(MatchCase, body))}},
};

/* The three roots, indexed by CompileMode. */
static const NodeDesc mod_desc[] = {
    [MODE_EXEC] = {"Module", -1, {SEQ("body", T_STMT, offsetof(ModNode, body)),
                                  {"type_ignores", F_NOTHING, 0, 0}}},
    [MODE_EVAL] = {"Expression", -1, {NODE("body", T_EXPR, offsetof(ModNode, expr))}},
    [MODE_SINGLE] = {"Interactive", -1, {SEQ("body", T_STMT, offsetof(ModNode, body))}},
};

/* ---- the walker ------------------------------------------------------------------------------ */

static void put(Dump *d, const char *s) { if (sb_append_cstr(&d->sb, s) < 0) d->failed = 1; }

static void put_int(Dump *d, int v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d", v);
    put(d, buf);
}

static void dump_node(Dump *d, const NodeDesc *desc, const void *node);

/* One value of type t (not NULL). */
static void dump_value(Dump *d, ValueType t, const void *x)
{
    switch (t) {
    case T_OBJ:
        if (sb_append_repr(&d->sb, (Object *)x) < 0) d->failed = 1;
        return;
    case T_EXPR: dump_node(d, &expr_desc[((const Expr *)x)->kind], x); return;
    case T_STMT: dump_node(d, &stmt_desc[((const Stmt *)x)->kind], x); return;
    case T_PATTERN: dump_node(d, &pattern_desc[((const Pattern *)x)->kind], x); return;
    default: dump_node(d, &helper_desc[t], x); return;
    }
}

static void dump_seq(Dump *d, ValueType t, const Seq *s)
{
    put(d, "[");
    for (int i = 0; i < SEQ_LEN(s); i++) {
        if (i) put(d, ", ");
        void *x = SEQ_GET(s, i);
        if (x) dump_value(d, t, x);
        else put(d, "None");
    }
    put(d, "]");
}

static void dump_cmpops(Dump *d, const Expr *e)
{
    put(d, "[");
    for (int i = 0; i < e->v.Compare.nops; i++) {
        if (i) put(d, ", ");
        put(d, cmpop_names[e->v.Compare.ops[i]]);
    }
    put(d, "]");
}

/* Writes "name=value" (with its leading ", " when n fields were written before); returns
 * whether it wrote anything (an optional field holding NULL is left out). */
static int dump_field(Dump *d, const Field *f, const void *node, int n)
{
    const char *at = (const char *)node + f->off;
    const void *ptr = f->how == F_NODE || f->how == F_OPT ? *(void *const *)at : NULL;
    if (f->how == F_OPT && !ptr) return 0;
    if (n) put(d, ", ");
    put(d, f->name);
    put(d, "=");
    switch ((FieldHow)f->how) {
    case F_NODE:
    case F_OPT:
        if (ptr) dump_value(d, f->of, ptr);
        else put(d, "None");
        break;
    case F_SEQ: dump_seq(d, f->of, *(Seq *const *)at); break;
    case F_INT: put_int(d, *(const int *)at); break;
    case F_ENUM: put(d, enum_names[f->of][*(const int *)at]); break;
    case F_CMPOPS: dump_cmpops(d, node); break;
    case F_NOTHING: put(d, "[]"); break;
    }
    return 1;
}

static void dump_node(Dump *d, const NodeDesc *desc, const void *node)
{
    int n = 0;
    put(d, desc->name);
    put(d, "(");
    for (int i = 0; i < MAX_FIELDS && desc->fields[i].name; i++)
        n += dump_field(d, &desc->fields[i], node, n);
    if (d->attrs && desc->pos_off >= 0) {
        const Pos *pos = (const Pos *)((const char *)node + desc->pos_off);
        char buf[128];
        snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 pos->lineno, pos->col_offset, pos->end_lineno, pos->end_col_offset);
        if (n) put(d, ", ");
        put(d, buf);
    }
    put(d, ")");
}

/* ---- modules -------------------------------------------------------------------------------- */

Object *ast_dump_ex(ModNode *m, int include_attributes)
{
    Dump d;
    sb_init(&d.sb);
    d.attrs = include_attributes;
    d.failed = 0;
    dump_node(&d, &mod_desc[m->mode == MODE_EVAL || m->mode == MODE_SINGLE ? m->mode
                                                                           : MODE_EXEC], m);
    if (d.failed) {
        sb_discard(&d.sb);
        if (!err_occurred()) err_no_memory();
        return NULL;
    }
    return sb_finish(&d.sb);
}

Object *ast_dump(ModNode *m)
{
    return ast_dump_ex(m, 0);
}
