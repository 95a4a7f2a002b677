/* astdump.c — ast.dump() of CPython 3.11 for the AST of ast.h.
 *
 * The format is that of Lib/ast.py's dump() with its defaults: "Name(field=value, ...)" with
 * every field named; an optional field ("expr?", "identifier?"...) holding None is left out, a
 * required one is written as None; lists are "[a, b]"; constants and identifiers are written
 * with repr().  With include_attributes the positions follow the fields of the node kinds that
 * carry them (statements, expressions, patterns, arguments, keywords, aliases, handlers). */
#include "astdump.h"
#include "../objects/strings.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include <stdio.h>

typedef struct {
    StrBuilder sb;
    int attrs;
    int failed;
} Dump;

static void put(Dump *d, const char *s) { if (sb_append_cstr(&d->sb, s) < 0) d->failed = 1; }

static void sep(Dump *d, int *n)
{
    if ((*n)++) put(d, ", ");
}

static void key(Dump *d, int *n, const char *name)
{
    sep(d, n);
    put(d, name);
    put(d, "=");
}

static void repr_obj(Dump *d, Object *o)
{
    if (!o) { put(d, "None"); return; }
    if (sb_append_repr(&d->sb, o) < 0) d->failed = 1;
}

static void dump_expr(Dump *d, Expr *e);
static void dump_stmt(Dump *d, Stmt *s);
static void dump_pattern(Dump *d, Pattern *p);

static void attrs(Dump *d, int *n, Pos pos)
{
    if (!d->attrs) return;
    char buf[128];
    snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
             pos.lineno, pos.col_offset, pos.end_lineno, pos.end_col_offset);
    sep(d, n);
    put(d, buf);
}

/* ---- fields --------------------------------------------------------------------------------- */

static void f_expr(Dump *d, int *n, const char *name, Expr *e, int optional)
{
    if (!e && optional) return;
    key(d, n, name);
    if (e) dump_expr(d, e);
    else put(d, "None");
}

static void f_ident(Dump *d, int *n, const char *name, Object *id, int optional)
{
    if (!id && optional) return;
    key(d, n, name);
    repr_obj(d, id);
}

static void f_int(Dump *d, int *n, const char *name, int v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d", v);
    key(d, n, name);
    put(d, buf);
}

static void f_raw(Dump *d, int *n, const char *name, const char *text)
{
    key(d, n, name);
    put(d, text);
}

typedef void (*ItemDump)(Dump *, void *);

static void f_seq(Dump *d, int *n, const char *name, Seq *s, ItemDump item)
{
    key(d, n, name);
    put(d, "[");
    for (int i = 0; i < SEQ_LEN(s); i++) {
        if (i) put(d, ", ");
        void *x = SEQ_GET(s, i);
        if (x) item(d, x);
        else put(d, "None");
    }
    put(d, "]");
}

static void item_expr(Dump *d, void *x) { dump_expr(d, x); }
static void item_stmt(Dump *d, void *x) { dump_stmt(d, x); }
static void item_pattern(Dump *d, void *x) { dump_pattern(d, x); }
static void item_ident(Dump *d, void *x) { repr_obj(d, x); }

static const char *ctx_name(ExprContext c)
{
    return c == Store ? "Store()" : c == Del ? "Del()" : "Load()";
}

static const char *const operator_names[] = {
    [Add] = "Add()", [BitAnd] = "BitAnd()", [FloorDiv] = "FloorDiv()", [LShift] = "LShift()",
    [MatMult] = "MatMult()", [Mult] = "Mult()", [Mod] = "Mod()", [BitOr] = "BitOr()",
    [Pow] = "Pow()", [RShift] = "RShift()", [Sub] = "Sub()", [Div] = "Div()",
    [BitXor] = "BitXor()",
};

static const char *const unary_names[] = {
    [Invert] = "Invert()", [Not] = "Not()", [UAdd] = "UAdd()", [USub] = "USub()",
};

static const char *const cmpop_names[] = {
    [Eq] = "Eq()", [NotEq] = "NotEq()", [Lt] = "Lt()", [LtE] = "LtE()", [Gt] = "Gt()",
    [GtE] = "GtE()", [Is] = "Is()", [IsNot] = "IsNot()", [In] = "In()", [NotIn] = "NotIn()",
};

/* ---- helper nodes --------------------------------------------------------------------------- */

static void dump_arg(Dump *d, void *x)
{
    Arg *a = x;
    int n = 0;
    put(d, "arg(");
    f_ident(d, &n, "arg", a->arg, 0);
    f_expr(d, &n, "annotation", a->annotation, 1);
    attrs(d, &n, a->pos);
    put(d, ")");
}

static void dump_arguments(Dump *d, Arguments *a)
{
    int n = 0;
    put(d, "arguments(");
    f_seq(d, &n, "posonlyargs", a->posonlyargs, dump_arg);
    f_seq(d, &n, "args", a->args, dump_arg);
    if (a->vararg) { key(d, &n, "vararg"); dump_arg(d, a->vararg); }
    f_seq(d, &n, "kwonlyargs", a->kwonlyargs, dump_arg);
    f_seq(d, &n, "kw_defaults", a->kw_defaults, item_expr);
    if (a->kwarg) { key(d, &n, "kwarg"); dump_arg(d, a->kwarg); }
    f_seq(d, &n, "defaults", a->defaults, item_expr);
    put(d, ")");
}

static void dump_keyword(Dump *d, void *x)
{
    Keyword *k = x;
    int n = 0;
    put(d, "keyword(");
    f_ident(d, &n, "arg", k->arg, 1);
    f_expr(d, &n, "value", k->value, 0);
    attrs(d, &n, k->pos);
    put(d, ")");
}

static void dump_alias(Dump *d, void *x)
{
    Alias *a = x;
    int n = 0;
    put(d, "alias(");
    f_ident(d, &n, "name", a->name, 0);
    f_ident(d, &n, "asname", a->asname, 1);
    attrs(d, &n, a->pos);
    put(d, ")");
}

static void dump_withitem(Dump *d, void *x)
{
    WithItem *w = x;
    int n = 0;
    put(d, "withitem(");
    f_expr(d, &n, "context_expr", w->context_expr, 0);
    f_expr(d, &n, "optional_vars", w->optional_vars, 1);
    put(d, ")");
}

static void dump_comprehension(Dump *d, void *x)
{
    Comprehension *c = x;
    int n = 0;
    put(d, "comprehension(");
    f_expr(d, &n, "target", c->target, 0);
    f_expr(d, &n, "iter", c->iter, 0);
    f_seq(d, &n, "ifs", c->ifs, item_expr);
    f_int(d, &n, "is_async", c->is_async);
    put(d, ")");
}

static void dump_handler(Dump *d, void *x)
{
    ExceptHandler *h = x;
    int n = 0;
    put(d, "ExceptHandler(");
    f_expr(d, &n, "type", h->type, 1);
    f_ident(d, &n, "name", h->name, 1);
    f_seq(d, &n, "body", h->body, item_stmt);
    attrs(d, &n, h->pos);
    put(d, ")");
}

static void dump_match_case(Dump *d, void *x)
{
    MatchCase *c = x;
    int n = 0;
    put(d, "match_case(");
    key(d, &n, "pattern");
    dump_pattern(d, c->pattern);
    f_expr(d, &n, "guard", c->guard, 1);
    f_seq(d, &n, "body", c->body, item_stmt);
    put(d, ")");
}

/* ---- expressions ---------------------------------------------------------------------------- */

static void dump_generators(Dump *d, int *n, Expr *elt, Seq *gens)
{
    f_expr(d, n, "elt", elt, 0);
    f_seq(d, n, "generators", gens, dump_comprehension);
}

static void dump_expr(Dump *d, Expr *e)
{
    int n = 0;
    switch (e->kind) {
    case BoolOp_kind:
        put(d, "BoolOp(");
        f_raw(d, &n, "op", e->v.BoolOp.op == And ? "And()" : "Or()");
        f_seq(d, &n, "values", e->v.BoolOp.values, item_expr);
        break;
    case NamedExpr_kind:
        put(d, "NamedExpr(");
        f_expr(d, &n, "target", e->v.NamedExpr.target, 0);
        f_expr(d, &n, "value", e->v.NamedExpr.value, 0);
        break;
    case BinOp_kind:
        put(d, "BinOp(");
        f_expr(d, &n, "left", e->v.BinOp.left, 0);
        f_raw(d, &n, "op", operator_names[e->v.BinOp.op]);
        f_expr(d, &n, "right", e->v.BinOp.right, 0);
        break;
    case UnaryOp_kind:
        put(d, "UnaryOp(");
        f_raw(d, &n, "op", unary_names[e->v.UnaryOp.op]);
        f_expr(d, &n, "operand", e->v.UnaryOp.operand, 0);
        break;
    case Lambda_kind:
        put(d, "Lambda(");
        key(d, &n, "args");
        dump_arguments(d, e->v.Lambda.args);
        f_expr(d, &n, "body", e->v.Lambda.body, 0);
        break;
    case IfExp_kind:
        put(d, "IfExp(");
        f_expr(d, &n, "test", e->v.IfExp.test, 0);
        f_expr(d, &n, "body", e->v.IfExp.body, 0);
        f_expr(d, &n, "orelse", e->v.IfExp.orelse, 0);
        break;
    case Dict_kind:
        put(d, "Dict(");
        f_seq(d, &n, "keys", e->v.Dict.keys, item_expr);
        f_seq(d, &n, "values", e->v.Dict.values, item_expr);
        break;
    case Set_kind:
        put(d, "Set(");
        f_seq(d, &n, "elts", e->v.Set.elts, item_expr);
        break;
    case ListComp_kind:
        put(d, "ListComp(");
        dump_generators(d, &n, e->v.ListComp.elt, e->v.ListComp.generators);
        break;
    case SetComp_kind:
        put(d, "SetComp(");
        dump_generators(d, &n, e->v.SetComp.elt, e->v.SetComp.generators);
        break;
    case GeneratorExp_kind:
        put(d, "GeneratorExp(");
        dump_generators(d, &n, e->v.GeneratorExp.elt, e->v.GeneratorExp.generators);
        break;
    case DictComp_kind:
        put(d, "DictComp(");
        f_expr(d, &n, "key", e->v.DictComp.key, 0);
        f_expr(d, &n, "value", e->v.DictComp.value, 0);
        f_seq(d, &n, "generators", e->v.DictComp.generators, dump_comprehension);
        break;
    case Await_kind:
        put(d, "Await(");
        f_expr(d, &n, "value", e->v.Await.value, 0);
        break;
    case Yield_kind:
        put(d, "Yield(");
        f_expr(d, &n, "value", e->v.Yield.value, 1);
        break;
    case YieldFrom_kind:
        put(d, "YieldFrom(");
        f_expr(d, &n, "value", e->v.YieldFrom.value, 0);
        break;
    case Compare_kind:
        put(d, "Compare(");
        f_expr(d, &n, "left", e->v.Compare.left, 0);
        key(d, &n, "ops");
        put(d, "[");
        for (int i = 0; i < e->v.Compare.nops; i++) {
            if (i) put(d, ", ");
            put(d, cmpop_names[e->v.Compare.ops[i]]);
        }
        put(d, "]");
        f_seq(d, &n, "comparators", e->v.Compare.comparators, item_expr);
        break;
    case Call_kind:
        put(d, "Call(");
        f_expr(d, &n, "func", e->v.Call.func, 0);
        f_seq(d, &n, "args", e->v.Call.args, item_expr);
        f_seq(d, &n, "keywords", e->v.Call.keywords, dump_keyword);
        break;
    case FormattedValue_kind:
        put(d, "FormattedValue(");
        f_expr(d, &n, "value", e->v.FormattedValue.value, 0);
        f_int(d, &n, "conversion", e->v.FormattedValue.conversion);
        f_expr(d, &n, "format_spec", e->v.FormattedValue.format_spec, 1);
        break;
    case JoinedStr_kind:
        put(d, "JoinedStr(");
        f_seq(d, &n, "values", e->v.JoinedStr.values, item_expr);
        break;
    case Constant_kind:
        put(d, "Constant(");
        key(d, &n, "value");
        repr_obj(d, e->v.Constant.value);
        f_ident(d, &n, "kind", e->v.Constant.kind, 1);
        break;
    case Attribute_kind:
        put(d, "Attribute(");
        f_expr(d, &n, "value", e->v.Attribute.value, 0);
        f_ident(d, &n, "attr", e->v.Attribute.attr, 0);
        f_raw(d, &n, "ctx", ctx_name(e->v.Attribute.ctx));
        break;
    case Subscript_kind:
        put(d, "Subscript(");
        f_expr(d, &n, "value", e->v.Subscript.value, 0);
        f_expr(d, &n, "slice", e->v.Subscript.slice, 0);
        f_raw(d, &n, "ctx", ctx_name(e->v.Subscript.ctx));
        break;
    case Starred_kind:
        put(d, "Starred(");
        f_expr(d, &n, "value", e->v.Starred.value, 0);
        f_raw(d, &n, "ctx", ctx_name(e->v.Starred.ctx));
        break;
    case Name_kind:
        put(d, "Name(");
        f_ident(d, &n, "id", e->v.Name.id, 0);
        f_raw(d, &n, "ctx", ctx_name(e->v.Name.ctx));
        break;
    case List_kind:
    case Tuple_kind:
        put(d, e->kind == List_kind ? "List(" : "Tuple(");
        f_seq(d, &n, "elts", e->v.Tuple.elts, item_expr);
        f_raw(d, &n, "ctx", ctx_name(e->v.Tuple.ctx));
        break;
    case Slice_kind:
        put(d, "Slice(");
        f_expr(d, &n, "lower", e->v.Slice.lower, 1);
        f_expr(d, &n, "upper", e->v.Slice.upper, 1);
        f_expr(d, &n, "step", e->v.Slice.step, 1);
        break;
    }
    attrs(d, &n, e->pos);
    put(d, ")");
}

/* ---- statements ----------------------------------------------------------------------------- */

static void dump_stmt(Dump *d, Stmt *s)
{
    int n = 0;
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
        put(d, s->kind == FunctionDef_kind ? "FunctionDef(" : "AsyncFunctionDef(");
        f_ident(d, &n, "name", s->v.FunctionDef.name, 0);
        key(d, &n, "args");
        dump_arguments(d, s->v.FunctionDef.args);
        f_seq(d, &n, "body", s->v.FunctionDef.body, item_stmt);
        f_seq(d, &n, "decorator_list", s->v.FunctionDef.decorator_list, item_expr);
        f_expr(d, &n, "returns", s->v.FunctionDef.returns, 1);
        break;
    case ClassDef_kind:
        put(d, "ClassDef(");
        f_ident(d, &n, "name", s->v.ClassDef.name, 0);
        f_seq(d, &n, "bases", s->v.ClassDef.bases, item_expr);
        f_seq(d, &n, "keywords", s->v.ClassDef.keywords, dump_keyword);
        f_seq(d, &n, "body", s->v.ClassDef.body, item_stmt);
        f_seq(d, &n, "decorator_list", s->v.ClassDef.decorator_list, item_expr);
        break;
    case Return_kind:
        put(d, "Return(");
        f_expr(d, &n, "value", s->v.Return.value, 1);
        break;
    case Delete_kind:
        put(d, "Delete(");
        f_seq(d, &n, "targets", s->v.Delete.targets, item_expr);
        break;
    case Assign_kind:
        put(d, "Assign(");
        f_seq(d, &n, "targets", s->v.Assign.targets, item_expr);
        f_expr(d, &n, "value", s->v.Assign.value, 0);
        break;
    case AugAssign_kind:
        put(d, "AugAssign(");
        f_expr(d, &n, "target", s->v.AugAssign.target, 0);
        f_raw(d, &n, "op", operator_names[s->v.AugAssign.op]);
        f_expr(d, &n, "value", s->v.AugAssign.value, 0);
        break;
    case AnnAssign_kind:
        put(d, "AnnAssign(");
        f_expr(d, &n, "target", s->v.AnnAssign.target, 0);
        f_expr(d, &n, "annotation", s->v.AnnAssign.annotation, 0);
        f_expr(d, &n, "value", s->v.AnnAssign.value, 1);
        f_int(d, &n, "simple", s->v.AnnAssign.simple);
        break;
    case For_kind:
    case AsyncFor_kind:
        put(d, s->kind == For_kind ? "For(" : "AsyncFor(");
        f_expr(d, &n, "target", s->v.For.target, 0);
        f_expr(d, &n, "iter", s->v.For.iter, 0);
        f_seq(d, &n, "body", s->v.For.body, item_stmt);
        f_seq(d, &n, "orelse", s->v.For.orelse, item_stmt);
        break;
    case While_kind:
    case If_kind:
        put(d, s->kind == While_kind ? "While(" : "If(");
        f_expr(d, &n, "test", s->v.If.test, 0);
        f_seq(d, &n, "body", s->v.If.body, item_stmt);
        f_seq(d, &n, "orelse", s->v.If.orelse, item_stmt);
        break;
    case With_kind:
    case AsyncWith_kind:
        put(d, s->kind == With_kind ? "With(" : "AsyncWith(");
        f_seq(d, &n, "items", s->v.With.items, dump_withitem);
        f_seq(d, &n, "body", s->v.With.body, item_stmt);
        break;
    case Match_kind:
        put(d, "Match(");
        f_expr(d, &n, "subject", s->v.Match.subject, 0);
        f_seq(d, &n, "cases", s->v.Match.cases, dump_match_case);
        break;
    case Raise_kind:
        put(d, "Raise(");
        f_expr(d, &n, "exc", s->v.Raise.exc, 1);
        f_expr(d, &n, "cause", s->v.Raise.cause, 1);
        break;
    case Try_kind:
    case TryStar_kind:
        put(d, s->kind == Try_kind ? "Try(" : "TryStar(");
        f_seq(d, &n, "body", s->v.Try.body, item_stmt);
        f_seq(d, &n, "handlers", s->v.Try.handlers, dump_handler);
        f_seq(d, &n, "orelse", s->v.Try.orelse, item_stmt);
        f_seq(d, &n, "finalbody", s->v.Try.finalbody, item_stmt);
        break;
    case Assert_kind:
        put(d, "Assert(");
        f_expr(d, &n, "test", s->v.Assert.test, 0);
        f_expr(d, &n, "msg", s->v.Assert.msg, 1);
        break;
    case Import_kind:
        put(d, "Import(");
        f_seq(d, &n, "names", s->v.Import.names, dump_alias);
        break;
    case ImportFrom_kind:
        put(d, "ImportFrom(");
        f_ident(d, &n, "module", s->v.ImportFrom.module, 1);
        f_seq(d, &n, "names", s->v.ImportFrom.names, dump_alias);
        f_int(d, &n, "level", s->v.ImportFrom.level);
        break;
    case Global_kind:
    case Nonlocal_kind:
        put(d, s->kind == Global_kind ? "Global(" : "Nonlocal(");
        f_seq(d, &n, "names", s->v.Global.names, item_ident);
        break;
    case Expr_kind:
        put(d, "Expr(");
        f_expr(d, &n, "value", s->v.Expr.value, 0);
        break;
    case Pass_kind: put(d, "Pass("); break;
    case Break_kind: put(d, "Break("); break;
    case Continue_kind: put(d, "Continue("); break;
    }
    attrs(d, &n, s->pos);
    put(d, ")");
}

/* ---- patterns ----------------------------------------------------------------------------- */

static void dump_pattern(Dump *d, Pattern *p)
{
    int n = 0;
    switch (p->kind) {
    case MatchValue_kind:
        put(d, "MatchValue(");
        f_expr(d, &n, "value", p->v.MatchValue.value, 0);
        break;
    case MatchSingleton_kind:
        put(d, "MatchSingleton(");
        key(d, &n, "value");
        repr_obj(d, p->v.MatchSingleton.value);
        break;
    case MatchSequence_kind:
        put(d, "MatchSequence(");
        f_seq(d, &n, "patterns", p->v.MatchSequence.patterns, item_pattern);
        break;
    case MatchMapping_kind:
        put(d, "MatchMapping(");
        f_seq(d, &n, "keys", p->v.MatchMapping.keys, item_expr);
        f_seq(d, &n, "patterns", p->v.MatchMapping.patterns, item_pattern);
        f_ident(d, &n, "rest", p->v.MatchMapping.rest, 1);
        break;
    case MatchClass_kind:
        put(d, "MatchClass(");
        f_expr(d, &n, "cls", p->v.MatchClass.cls, 0);
        f_seq(d, &n, "patterns", p->v.MatchClass.patterns, item_pattern);
        f_seq(d, &n, "kwd_attrs", p->v.MatchClass.kwd_attrs, item_ident);
        f_seq(d, &n, "kwd_patterns", p->v.MatchClass.kwd_patterns, item_pattern);
        break;
    case MatchStar_kind:
        put(d, "MatchStar(");
        f_ident(d, &n, "name", p->v.MatchStar.name, 1);
        break;
    case MatchAs_kind:
        put(d, "MatchAs(");
        if (p->v.MatchAs.pattern) {
            key(d, &n, "pattern");
            dump_pattern(d, p->v.MatchAs.pattern);
        }
        f_ident(d, &n, "name", p->v.MatchAs.name, 1);
        break;
    case MatchOr_kind:
        put(d, "MatchOr(");
        f_seq(d, &n, "patterns", p->v.MatchOr.patterns, item_pattern);
        break;
    }
    attrs(d, &n, p->pos);
    put(d, ")");
}

/* ---- modules -------------------------------------------------------------------------------- */

Object *ast_dump_ex(ModNode *m, int include_attributes)
{
    Dump d;
    sb_init(&d.sb);
    d.attrs = include_attributes;
    d.failed = 0;
    int n = 0;
    switch (m->mode) {
    case MODE_EVAL:
        put(&d, "Expression(");
        f_expr(&d, &n, "body", m->expr, 0);
        break;
    case MODE_SINGLE:
        put(&d, "Interactive(");
        f_seq(&d, &n, "body", m->body, item_stmt);
        break;
    default:
        put(&d, "Module(");
        f_seq(&d, &n, "body", m->body, item_stmt);
        f_raw(&d, &n, "type_ignores", "[]");
        break;
    }
    put(&d, ")");
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
