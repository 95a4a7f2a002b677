/* unparse.c — expressions back to source text, for `from __future__ import annotations`
 * (PEP 563): each annotation is compiled to the string CPython 3.11's C unparser makes of it,
 * which is what __annotations__ then shows.
 *
 * The text is normalised, not the original: one space around binary operators, ", " between
 * items, constants through repr(), and parentheses only where precedence needs them.  Every
 * node is written at a required binding level (the Prec enum, loosest first): a node whose
 * own level is looser than the level asked of it is parenthesised.  A binary operator asks
 * one level tighter of its right operand (left for the right-associative `**`), so that
 * `a - (b - c)` keeps its parentheses and `(a - b) - c` loses them.  Some renderings are
 * CPython's quirks, kept because __annotations__ must match: yield is always parenthesised,
 * a walrus value is written at atom level, `lambda` is glued to a leading `*`, an infinite
 * float is written 1e309, and an f-string is rebuilt from its parts and then repr()'d.
 *
 * Annotations are unparsed before constant folding (astopt.c leaves them alone under the
 * future import), so the tree is the one the parser built. */
#include "compiler.h"
#include "../objects/strings.h"
#include "../objects/numbers.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include <math.h>
#include <string.h>

/* Binding levels, loosest first.  PR_BOR shares its level with PR_EXPR: `|` is the loosest
 * of the arithmetic-like operators, and a starred item or `**` value is written at it. */
typedef enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
    PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
} Prec;

/* Binary operators by OperatorKind (ast.h numbers them as CPython's NB_* codes). */
static const struct { const char *text; Prec prec; } binops[] = {
    [Add] = { " + ", PR_ARITH },     [BitAnd] = { " & ", PR_BAND },
    [FloorDiv] = { " // ", PR_TERM }, [LShift] = { " << ", PR_SHIFT },
    [MatMult] = { " @ ", PR_TERM },  [Mult] = { " * ", PR_TERM },
    [Mod] = { " % ", PR_TERM },      [BitOr] = { " | ", PR_BOR },
    [Pow] = { " ** ", PR_POWER },    [RShift] = { " >> ", PR_SHIFT },
    [Sub] = { " - ", PR_ARITH },     [Div] = { " / ", PR_TERM },
    [BitXor] = { " ^ ", PR_BXOR },
};

static const struct { const char *text; Prec prec; } unops[] = {
    [Invert] = { "~", PR_FACTOR }, [Not] = { "not ", PR_NOT },
    [UAdd] = { "+", PR_FACTOR },   [USub] = { "-", PR_FACTOR },
};

static const char *const cmpops[] = {
    [Eq] = " == ", [NotEq] = " != ", [Lt] = " < ", [LtE] = " <= ", [Gt] = " > ",
    [GtE] = " >= ", [Is] = " is ", [IsNot] = " is not ", [In] = " in ", [NotIn] = " not in ",
};

/* Every writer returns 0, or -1 with an exception set (MemoryError, or a repr() failure). */
typedef StrBuilder W;

static int put_expr(W *w, Expr *e, Prec level);

static int put(W *w, const char *s) { return sb_append_cstr(w, s); }
static int put_if(W *w, bool cond, const char *s) { return cond ? put(w, s) : 0; }

/* Items of a sequence of expressions separated by ", ", each at `level`. */
static int put_items(W *w, Seq *items, Prec level)
{
    for (int i = 0; i < SEQ_LEN(items); i++)
        if (put_if(w, i > 0, ", ") < 0 || put_expr(w, SEQ_GET(items, i), level) < 0) return -1;
    return 0;
}

/* repr(), except that infinities (only a literal like 1e999 makes one) read back as 1e309,
 * a literal that overflows to infinity again: CPython rewrites "inf" in float and complex
 * reprs so. */
static int put_constant(W *w, Object *v)
{
    if (v == ELLIPSIS) return put(w, "...");
    Object *r = obj_repr(v);
    if (!r) return -1;
    bool is_inf = IS_FLOAT_EXACT(v) && isinf(FLOAT_VAL(v));
    if (!is_inf && TYPE(v) != &ComplexType) {
        int rc = sb_append_str(w, r);
        DECREF(r);
        return rc;
    }
    ssize_t n;
    const char *s = str_as_utf8_len(r, &n);
    int rc = s ? 0 : -1;
    for (ssize_t i = 0; rc == 0 && i < n; i++) {
        if (i + 3 <= n && memcmp(s + i, "inf", 3) == 0) {
            rc = put(w, "1e309");
            i += 2;
        } else {
            rc = sb_append_char(w, (unsigned char)s[i]);
        }
    }
    DECREF(r);
    return rc;
}

static int put_boolop(W *w, Expr *e, Prec level)
{
    bool and = e->v.BoolOp.op == And;
    Prec pr = and ? PR_AND : PR_OR;
    Seq *vals = e->v.BoolOp.values;
    if (put_if(w, level > pr, "(") < 0) return -1;
    for (int i = 0; i < SEQ_LEN(vals); i++) {
        if (i > 0 && put(w, and ? " and " : " or ") < 0) return -1;
        if (put_expr(w, SEQ_GET(vals, i), pr + 1) < 0) return -1;
    }
    return put_if(w, level > pr, ")");
}

static int put_binop(W *w, Expr *e, Prec level)
{
    Prec pr = binops[e->v.BinOp.op].prec;
    int rassoc = e->v.BinOp.op == Pow;
    if (put_if(w, level > pr, "(") < 0 || put_expr(w, e->v.BinOp.left, pr + rassoc) < 0 ||
        put(w, binops[e->v.BinOp.op].text) < 0 ||
        put_expr(w, e->v.BinOp.right, pr + !rassoc) < 0)
        return -1;
    return put_if(w, level > pr, ")");
}

static int put_unaryop(W *w, Expr *e, Prec level)
{
    Prec pr = unops[e->v.UnaryOp.op].prec;
    if (put_if(w, level > pr, "(") < 0 || put(w, unops[e->v.UnaryOp.op].text) < 0 ||
        put_expr(w, e->v.UnaryOp.operand, pr) < 0)
        return -1;
    return put_if(w, level > pr, ")");
}

/* A parameter list (lambdas only here: their parameters have no annotations). */
static int put_arguments(W *w, Arguments *a)
{
    bool first = true;
    int npos = SEQ_LEN(a->posonlyargs), nargs = SEQ_LEN(a->args);
    int ndef = SEQ_LEN(a->defaults);
    for (int i = 0; i < npos + nargs; i++) {
        Arg *arg = SEQ_GET(i < npos ? a->posonlyargs : a->args, i < npos ? i : i - npos);
        if (put_if(w, !first, ", ") < 0 || sb_append_str(w, arg->arg) < 0) return -1;
        first = false;
        int d = i - (npos + nargs) + ndef;     /* defaults belong to the last parameters */
        if (d >= 0 && (put(w, "=") < 0 || put_expr(w, SEQ_GET(a->defaults, d), PR_TEST) < 0))
            return -1;
        if (npos && i + 1 == npos && put(w, ", /") < 0) return -1;
    }
    int nkw = SEQ_LEN(a->kwonlyargs);
    if (a->vararg || nkw) {
        if (put_if(w, !first, ", ") < 0 || put(w, "*") < 0) return -1;
        first = false;
        if (a->vararg && sb_append_str(w, a->vararg->arg) < 0) return -1;
    }
    for (int i = 0; i < nkw; i++) {
        Arg *arg = SEQ_GET(a->kwonlyargs, i);
        if (put_if(w, !first, ", ") < 0 || sb_append_str(w, arg->arg) < 0) return -1;
        first = false;
        Expr *d = i < SEQ_LEN(a->kw_defaults) ? SEQ_GET(a->kw_defaults, i) : NULL;
        if (d && (put(w, "=") < 0 || put_expr(w, d, PR_TEST) < 0)) return -1;
    }
    if (a->kwarg) {
        if (put_if(w, !first, ", ") < 0 || put(w, "**") < 0 ||
            sb_append_str(w, a->kwarg->arg) < 0)
            return -1;
    }
    return 0;
}

static int put_lambda(W *w, Expr *e, Prec level)
{
    Arguments *a = e->v.Lambda.args;
    /* CPython writes "lambda" without its space unless there is a positional parameter. */
    bool positional = SEQ_LEN(a->args) + SEQ_LEN(a->posonlyargs) > 0;
    if (put_if(w, level > PR_TEST, "(") < 0 || put(w, positional ? "lambda " : "lambda") < 0 ||
        put_arguments(w, a) < 0 || put(w, ": ") < 0 ||
        put_expr(w, e->v.Lambda.body, PR_TEST) < 0)
        return -1;
    return put_if(w, level > PR_TEST, ")");
}

static int put_ifexp(W *w, Expr *e, Prec level)
{
    if (put_if(w, level > PR_TEST, "(") < 0 || put_expr(w, e->v.IfExp.body, PR_TEST + 1) < 0 ||
        put(w, " if ") < 0 || put_expr(w, e->v.IfExp.test, PR_TEST + 1) < 0 ||
        put(w, " else ") < 0 || put_expr(w, e->v.IfExp.orelse, PR_TEST) < 0)
        return -1;
    return put_if(w, level > PR_TEST, ")");
}

static int put_dict(W *w, Expr *e)
{
    Seq *keys = e->v.Dict.keys, *vals = e->v.Dict.values;
    if (put(w, "{") < 0) return -1;
    for (int i = 0; i < SEQ_LEN(vals); i++) {
        Expr *k = SEQ_GET(keys, i);
        if (put_if(w, i > 0, ", ") < 0) return -1;
        if (k ? put_expr(w, k, PR_TEST) < 0 || put(w, ": ") < 0 : put(w, "**") < 0) return -1;
        if (put_expr(w, SEQ_GET(vals, i), k ? PR_TEST : PR_EXPR) < 0) return -1;
    }
    return put(w, "}");
}

static int put_generators(W *w, Seq *gens)
{
    for (int i = 0; i < SEQ_LEN(gens); i++) {
        Comprehension *g = SEQ_GET(gens, i);
        if (put(w, g->is_async ? " async for " : " for ") < 0 ||
            put_expr(w, g->target, PR_TUPLE) < 0 || put(w, " in ") < 0 ||
            put_expr(w, g->iter, PR_TEST + 1) < 0)
            return -1;
        for (int j = 0; j < SEQ_LEN(g->ifs); j++)
            if (put(w, " if ") < 0 || put_expr(w, SEQ_GET(g->ifs, j), PR_TEST + 1) < 0)
                return -1;
    }
    return 0;
}

/* [x for ...], {x for ...}, (x for ...): elt between the brackets, then the generators. */
static int put_comp(W *w, const char *open, Expr *elt, Seq *gens, const char *close)
{
    if (put(w, open) < 0 || put_expr(w, elt, PR_TEST) < 0 || put_generators(w, gens) < 0)
        return -1;
    return put(w, close);
}

static int put_dictcomp(W *w, Expr *e)
{
    if (put(w, "{") < 0 || put_expr(w, e->v.DictComp.key, PR_TEST) < 0 || put(w, ": ") < 0 ||
        put_expr(w, e->v.DictComp.value, PR_TEST) < 0 ||
        put_generators(w, e->v.DictComp.generators) < 0)
        return -1;
    return put(w, "}");
}

static int put_compare(W *w, Expr *e, Prec level)
{
    if (put_if(w, level > PR_CMP, "(") < 0 || put_expr(w, e->v.Compare.left, PR_CMP + 1) < 0)
        return -1;
    for (int i = 0; i < e->v.Compare.nops; i++)
        if (put(w, cmpops[e->v.Compare.ops[i]]) < 0 ||
            put_expr(w, SEQ_GET(e->v.Compare.comparators, i), PR_CMP + 1) < 0)
            return -1;
    return put_if(w, level > PR_CMP, ")");
}

static int put_call(W *w, Expr *e)
{
    Seq *args = e->v.Call.args, *kws = e->v.Call.keywords;
    if (put_expr(w, e->v.Call.func, PR_ATOM) < 0) return -1;
    if (SEQ_LEN(args) == 1 && !SEQ_LEN(kws)) {
        Expr *g = SEQ_GET(args, 0);      /* f(x for x in y): the genexp's own parentheses */
        if (g->kind == GeneratorExp_kind)
            return put_comp(w, "(", g->v.GeneratorExp.elt, g->v.GeneratorExp.generators, ")");
    }
    if (put(w, "(") < 0 || put_items(w, args, PR_TEST) < 0) return -1;
    for (int i = 0; i < SEQ_LEN(kws); i++) {
        Keyword *k = SEQ_GET(kws, i);
        if (put_if(w, i > 0 || SEQ_LEN(args) > 0, ", ") < 0) return -1;
        if (k->arg ? sb_append_str(w, k->arg) < 0 || put(w, "=") < 0 : put(w, "**") < 0)
            return -1;
        if (put_expr(w, k->value, PR_TEST) < 0) return -1;
    }
    return put(w, ")");
}

/* ---- f-strings ---------------------------------------------------------------------------- */

static int put_fstring_part(W *w, Expr *e, bool is_spec);

/* Literal text of an f-string, braces doubled (runs between them copied whole). */
static int put_fstring_text(W *w, Object *s)
{
    ssize_t n, start = 0;
    const char *p = str_as_utf8_len(s, &n);
    if (!p) return -1;
    for (ssize_t i = 0; i < n; i++) {
        if (p[i] != '{' && p[i] != '}') continue;
        if (sb_append_utf8(w, p + start, i - start + 1) < 0) return -1;
        if (sb_append_char(w, (unsigned char)p[i]) < 0) return -1;
        start = i + 1;
    }
    return sb_append_utf8(w, p + start, n - start);
}

/* The body of an f-string (its parts rendered in a builder of their own), then either f +
 * repr(body) or, for a nested format spec, the body as it is. */
static int put_joinedstr(W *w, Expr *e, bool is_spec)
{
    W body;
    sb_init(&body);
    Seq *vals = e->v.JoinedStr.values;
    for (int i = 0; i < SEQ_LEN(vals); i++)
        if (put_fstring_part(&body, SEQ_GET(vals, i), is_spec) < 0) {
            sb_discard(&body);
            return -1;
        }
    Object *s = sb_finish(&body);
    if (!s) return -1;
    int rc = is_spec ? sb_append_str(w, s) : put(w, "f") < 0 ? -1 : sb_append_repr(w, s);
    DECREF(s);
    return rc;
}

static int put_formatted(W *w, Expr *e)
{
    /* The value is written tighter than a test, so a lambda's ':' is parenthesised; and one
     * that starts with '{' is set off from the replacement field's own brace by a space. */
    W v;
    sb_init(&v);
    if (put_expr(&v, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
        sb_discard(&v);
        return -1;
    }
    Object *text = sb_finish(&v);
    if (!text) return -1;
    int rc = put(w, STR_LEN(text) && STR_AT(text, 0) == '{' ? "{ " : "{");
    if (rc == 0) rc = sb_append_str(w, text);
    DECREF(text);
    if (rc < 0) return -1;
    int conv = e->v.FormattedValue.conversion;
    if (conv == 'a' || conv == 'r' || conv == 's') {
        char bang[3] = { '!', (char)conv, 0 };
        if (put(w, bang) < 0) return -1;
    } else if (conv > 0) {
        err_set_string(&Exc_SystemError, "unknown f-value conversion kind");
        return -1;
    }
    if (e->v.FormattedValue.format_spec &&
        (put(w, ":") < 0 || put_fstring_part(w, e->v.FormattedValue.format_spec, true) < 0))
        return -1;
    return put(w, "}");
}

static int put_fstring_part(W *w, Expr *e, bool is_spec)
{
    switch (e->kind) {
    case Constant_kind:
        if (!IS_STR(e->v.Constant.value)) break;
        return put_fstring_text(w, e->v.Constant.value);
    case JoinedStr_kind:
        return put_joinedstr(w, e, is_spec);
    case FormattedValue_kind:
        return put_formatted(w, e);
    default:
        break;
    }
    err_set_string(&Exc_SystemError, "unknown expression kind inside f-string");
    return -1;
}

/* ---- the rest ------------------------------------------------------------------------------ */

static int put_tuple(W *w, Seq *elts, Prec level)
{
    int n = SEQ_LEN(elts);
    if (n == 0) return put(w, "()");
    if (put_if(w, level > PR_TUPLE, "(") < 0 || put_items(w, elts, PR_TEST) < 0 ||
        put_if(w, n == 1, ",") < 0)
        return -1;
    return put_if(w, level > PR_TUPLE, ")");
}

static int put_attribute(W *w, Expr *e)
{
    Expr *v = e->v.Attribute.value;
    if (put_expr(w, v, PR_ATOM) < 0) return -1;
    /* `1 .real`: an int literal followed directly by "." would read as a float. */
    bool int_lit = v->kind == Constant_kind && IS_INT_EXACT(v->v.Constant.value);
    if (put(w, int_lit ? " ." : ".") < 0) return -1;
    return sb_append_str(w, e->v.Attribute.attr);
}

static int put_slice(W *w, Expr *e)
{
    if (e->v.Slice.lower && put_expr(w, e->v.Slice.lower, PR_TEST) < 0) return -1;
    if (put(w, ":") < 0) return -1;
    if (e->v.Slice.upper && put_expr(w, e->v.Slice.upper, PR_TEST) < 0) return -1;
    if (e->v.Slice.step && (put(w, ":") < 0 || put_expr(w, e->v.Slice.step, PR_TEST) < 0))
        return -1;
    return 0;
}

static int put_wrapped(W *w, const char *open, Expr *e, Prec level, const char *close)
{
    if (put(w, open) < 0 || put_expr(w, e, level) < 0) return -1;
    return put(w, close);
}

static int put_expr(W *w, Expr *e, Prec level)
{
    switch (e->kind) {
    case BoolOp_kind: return put_boolop(w, e, level);
    case BinOp_kind: return put_binop(w, e, level);
    case UnaryOp_kind: return put_unaryop(w, e, level);
    case Lambda_kind: return put_lambda(w, e, level);
    case IfExp_kind: return put_ifexp(w, e, level);
    case Dict_kind: return put_dict(w, e);
    case Set_kind:
        if (put(w, "{") < 0 || put_items(w, e->v.Set.elts, PR_TEST) < 0) return -1;
        return put(w, "}");
    case GeneratorExp_kind:
        return put_comp(w, "(", e->v.GeneratorExp.elt, e->v.GeneratorExp.generators, ")");
    case ListComp_kind:
        return put_comp(w, "[", e->v.ListComp.elt, e->v.ListComp.generators, "]");
    case SetComp_kind:
        return put_comp(w, "{", e->v.SetComp.elt, e->v.SetComp.generators, "}");
    case DictComp_kind: return put_dictcomp(w, e);
    case Yield_kind:
        if (!e->v.Yield.value) return put(w, "(yield)");
        return put_wrapped(w, "(yield ", e->v.Yield.value, PR_TEST, ")");
    case YieldFrom_kind:
        return put_wrapped(w, "(yield from ", e->v.YieldFrom.value, PR_TEST, ")");
    case Await_kind:
        if (put_if(w, level > PR_AWAIT, "(") < 0 ||
            put_wrapped(w, "await ", e->v.Await.value, PR_ATOM, "") < 0)
            return -1;
        return put_if(w, level > PR_AWAIT, ")");
    case Compare_kind: return put_compare(w, e, level);
    case Call_kind: return put_call(w, e);
    case Constant_kind:
        if (e->v.Constant.value != ELLIPSIS && e->v.Constant.kind && put(w, "u") < 0) return -1;
        return put_constant(w, e->v.Constant.value);
    case JoinedStr_kind: return put_joinedstr(w, e, false);
    case FormattedValue_kind: return put_formatted(w, e);
    case Attribute_kind: return put_attribute(w, e);
    case Subscript_kind:
        if (put_expr(w, e->v.Subscript.value, PR_ATOM) < 0) return -1;
        return put_wrapped(w, "[", e->v.Subscript.slice, PR_TUPLE, "]");
    case Starred_kind: return put_wrapped(w, "*", e->v.Starred.value, PR_EXPR, "");
    case Name_kind: return sb_append_str(w, e->v.Name.id);
    case List_kind:
        if (put(w, "[") < 0 || put_items(w, e->v.List.elts, PR_TEST) < 0) return -1;
        return put(w, "]");
    case Tuple_kind: return put_tuple(w, e->v.Tuple.elts, level);
    case Slice_kind: return put_slice(w, e);
    case NamedExpr_kind:
        if (put_if(w, level > PR_TUPLE, "(") < 0 ||
            put_expr(w, e->v.NamedExpr.target, PR_ATOM) < 0 || put(w, " := ") < 0 ||
            put_expr(w, e->v.NamedExpr.value, PR_ATOM) < 0)
            return -1;
        return put_if(w, level > PR_TUPLE, ")");
    }
    err_format(&Exc_SystemError, "unknown expr kind %d", (int)e->kind);
    return -1;
}

Object *unparse_expr(Expr *e)
{
    W w;
    sb_init(&w);
    if (put_expr(&w, e, PR_TEST) < 0) {
        sb_discard(&w);
        return NULL;
    }
    return sb_finish(&w);
}

bool future_annotations(ModNode *mod)
{
    if (mod->mode == MODE_EVAL) return false;
    Seq *body = mod->body;
    for (int i = 0; i < SEQ_LEN(body); i++) {
        Stmt *s = SEQ_GET(body, i);
        if (i == 0 && s->kind == Expr_kind && s->v.Expr.value->kind == Constant_kind &&
            IS_STR(s->v.Expr.value->v.Constant.value))
            continue;                                   /* the docstring */
        if (s->kind != ImportFrom_kind || !s->v.ImportFrom.module ||
            !str_eq_cstr(s->v.ImportFrom.module, "__future__"))
            return false;
        for (int j = 0; j < SEQ_LEN(s->v.ImportFrom.names); j++)
            if (str_eq_cstr(((Alias *)SEQ_GET(s->v.ImportFrom.names, j))->name, "annotations"))
                return true;
    }
    return false;
}
