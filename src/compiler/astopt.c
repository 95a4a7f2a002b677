/* astopt.c — constant folding on the AST, exactly what CPython 3.11's ast_opt.c does.
 *
 * The tree is walked children first; then a node whose operands are constants is replaced in
 * place by a Constant node:
 *   - unary operators (including `not`), and `not (a is b)` / `not (a in b)` turned into
 *     `a is not b` / `a not in b`;
 *   - binary operators, except `@` and `%` with a str/bytes left side (printf formatting is
 *     left to run time), with size guards so that folding cannot build huge objects: ints of
 *     more than 128 bits from `*`, `**` and `<<`, sequences of more than 256 items and strings
 *     of more than 4096 characters from `*`;
 *   - tuples of constants, subscripts of constants;
 *   - the iterable of `for` and comprehensions, and the right side of a final `in`/`not in`:
 *     a list display becomes a tuple, a set display of constants a frozenset;
 *   - `__debug__` (True: ouro has no -O);
 *   - `"..." % (a, b)` with only %s/%r/%a units (flags '-', width and precision of at most two
 *     digits) becomes the f-string f"...{a!s}...{b!r:>5}", as 3.11 does.
 * An operation that raises is simply not folded: the error happens at run time as it would
 * without folding.  A folded string that lands in the first statement of a body would become a
 * docstring; as CPython does, it is wrapped in a JoinedStr so that it does not. */
#include "compiler.h"
#include "symtable.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/numbers.h"
#include "../objects/strings.h"
#include "../objects/containers.h"
#include <stdio.h>

#define MAX_INT_SIZE         128    /* bits of a folded int from *, ** or << */
#define MAX_COLLECTION_SIZE  256    /* items of a folded tuple/frozenset from * */
#define MAX_STR_SIZE        4096    /* characters/bytes of a folded str/bytes from * */
#define MAX_TOTAL_ITEMS     1024    /* items including nested collections (hash cost bound) */
#define MAXDIGITS              3    /* a %-format width/precision must be shorter than this */

/* strings: annotations are left as parsed, to be unparsed to strings (PEP 563). */
typedef struct Opt { Arena *arena; int depth, limit; bool strings; } Opt;

/* Turn node into a Constant holding val (stolen).  val NULL means the operation raised or was
 * refused: the error (if any) is dropped and the node stays as it is. */
static int make_const(Opt *o, Expr *node, Object *val)
{
    if (!val) {
        if (err_occurred()) {
            if (err_matches(&Exc_KeyboardInterrupt) || err_matches(&Exc_MemoryError)) return 0;
            err_clear();
        }
        return 1;
    }
    if (arena_keep(o->arena, val) < 0) return 0;
    node->kind = Constant_kind;
    node->v.Constant.value = val;
    node->v.Constant.kind = NULL;
    return 1;
}

static bool has_starred(Seq *elts)
{
    for (int i = 0; i < SEQ_LEN(elts); i++)
        if (((Expr *)SEQ_GET(elts, i))->kind == Starred_kind) return true;
    return false;
}

/* A tuple of the values of elts when all are constants, else NULL (no error). */
static Object *make_const_tuple(Seq *elts)
{
    int n = SEQ_LEN(elts);
    for (int i = 0; i < n; i++)
        if (((Expr *)SEQ_GET(elts, i))->kind != Constant_kind) return NULL;
    Object *t = tuple_new(n);
    if (!t) return NULL;
    for (int i = 0; i < n; i++)
        TUPLE_SET(t, i, NEWREF(((Expr *)SEQ_GET(elts, i))->v.Constant.value));
    return t;
}

static int fold_unaryop(Opt *o, Expr *node)
{
    Expr *arg = node->v.UnaryOp.operand;
    if (arg->kind != Constant_kind) {
        /* not (a is b) -> a is not b, and the same for in; the other comparisons cannot be
         * inverted safely (sets, NaN, __eq__ without __ne__). */
        if (node->v.UnaryOp.op == Not && arg->kind == Compare_kind &&
            arg->v.Compare.nops == 1) {
            CmpOpKind op = arg->v.Compare.ops[0], inv = 0;
            switch (op) {
            case Is: inv = IsNot; break;
            case IsNot: inv = Is; break;
            case In: inv = NotIn; break;
            case NotIn: inv = In; break;
            default: break;
            }
            if (inv) {
                arg->v.Compare.ops[0] = inv;
                *node = *arg;
            }
        }
        return 1;
    }
    Object *v = arg->v.Constant.value, *r = NULL;
    switch (node->v.UnaryOp.op) {
    case Invert: r = num_invert(v); break;
    case UAdd: r = num_positive(v); break;
    case USub: r = num_negative(v); break;
    case Not: {
        int t = obj_is_true(v);
        r = t < 0 ? NULL : bool_from(!t);
        break;
    }
    }
    return make_const(o, node, r);
}

/* The number of items left from `limit` after counting obj's (nested) items; negative when
 * the collection is too complex to hash cheaply. */
static ssize_t check_complexity(Object *obj, ssize_t limit)
{
    if (IS_TUPLE(obj)) {
        limit -= TUPLE_LEN(obj);
        for (ssize_t i = 0; limit >= 0 && i < TUPLE_LEN(obj); i++)
            limit = check_complexity(TUPLE_GET(obj, i), limit);
    } else if (IS_FROZENSET(obj)) {
        ssize_t pos = 0;
        Object *item;
        limit -= set_size(obj);
        while (limit >= 0 && set_next(obj, &pos, &item))
            limit = check_complexity(item, limit);
    }
    return limit;
}

static Object *safe_multiply(Object *v, Object *w)
{
    if (IS_INT(v) && IS_INT(w) && SIZE(v) && SIZE(w)) {
        if (int_bit_length(v) + int_bit_length(w) > MAX_INT_SIZE) return NULL;
    } else if (IS_INT(v) && (IS_TUPLE(w) || IS_FROZENSET(w))) {
        ssize_t size = IS_TUPLE(w) ? TUPLE_LEN(w) : set_size(w);
        if (size) {
            long n = int_as_long(v);
            if (n < 0 || n > MAX_COLLECTION_SIZE / size) return NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0) return NULL;
        }
    } else if (IS_INT(v) && (IS_STR(w) || IS_BYTES(w))) {
        ssize_t size = IS_STR(w) ? STR_LEN(w) : BYTES_LEN(w);
        if (size) {
            long n = int_as_long(v);
            if (n < 0 || n > MAX_STR_SIZE / size) return NULL;
        }
    } else if (IS_INT(w) && (IS_TUPLE(v) || IS_FROZENSET(v) || IS_STR(v) || IS_BYTES(v))) {
        return safe_multiply(w, v);
    }
    return num_binary_op(v, w, Mult);
}

static Object *safe_power(Object *v, Object *w)
{
    if (IS_INT(v) && IS_INT(w) && SIZE(v) && SIZE(w) > 0) {
        size_t vbits = int_bit_length(v);
        int overflow;
        long wbits = int_as_long_overflow(w, &overflow);
        if (overflow || wbits <= 0 || vbits > (size_t)(MAX_INT_SIZE / wbits)) return NULL;
    }
    return num_binary_op(v, w, Pow);
}

static Object *safe_lshift(Object *v, Object *w)
{
    if (IS_INT(v) && IS_INT(w) && SIZE(v) && SIZE(w)) {
        size_t vbits = int_bit_length(v);
        int overflow;
        long wbits = int_as_long_overflow(w, &overflow);
        /* A negative count is refused too (CPython's size_t conversion fails on it). */
        if (overflow || wbits < 0 || wbits > MAX_INT_SIZE || vbits > (size_t)(MAX_INT_SIZE - wbits))
            return NULL;
    }
    return num_binary_op(v, w, LShift);
}

/* ---- "..." % (a, b) as an f-string ----------------------------------------------------------- */

static Expr *new_expr(Opt *o, ExprKind kind, Pos pos)
{
    Expr *e = arena_alloc(o->arena, sizeof(Expr));
    if (e) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

static Expr *new_const(Opt *o, Object *v)      /* v stolen */
{
    static const Pos nopos = { -1, -1, -1, -1 };
    if (!v || arena_keep(o->arena, v) < 0) return NULL;
    Expr *e = new_expr(o, Constant_kind, nopos);
    if (e) e->v.Constant.value = v;
    return e;
}

/* The literal text from *ppos up to the next lone '%' ('%%' read as '%'); NULL when empty
 * (check err_occurred). */
static Expr *parse_literal(Opt *o, Object *fmt, ssize_t *ppos)
{
    ssize_t size = STR_LEN(fmt), start = *ppos, pos = start;
    bool percents = false;
    while (pos < size) {
        if (STR_AT(fmt, pos) != '%') {
            pos++;
        } else if (pos + 1 < size && STR_AT(fmt, pos + 1) == '%') {
            percents = true;
            pos += 2;
        } else {
            break;
        }
    }
    *ppos = pos;
    if (pos == start) return NULL;
    if (!percents) return new_const(o, str_substring(fmt, start, pos));
    StrBuilder sb;
    sb_init(&sb);
    for (ssize_t i = start; i < pos; i++) {
        uint32_t ch = STR_AT(fmt, i);
        if (ch == '%') i++;
        sb_append_char(&sb, ch);
    }
    return new_const(o, sb_finish(&sb));
}

/* One conversion after '%': flags, width, precision and the conversion character.  Returns
 * false for anything the rewrite does not handle. */
static bool parse_format_unit(Object *fmt, ssize_t *ppos, int *spec, bool *ljust, int *width,
                              int *prec)
{
    ssize_t pos = *ppos, len = STR_LEN(fmt);
    uint32_t ch;
#define NEXTC do { if (pos >= len) return false; ch = STR_AT(fmt, pos); pos++; } while (0)
    *ljust = false;
    for (;;) {
        NEXTC;
        if (ch == '-') *ljust = true;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') break;
    }
    if (ch >= '0' && ch <= '9') {
        int digits = 0;
        *width = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (int)(ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS) return false;
        }
    }
    if (ch == '.') {
        int digits = 0;
        NEXTC;
        *prec = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (int)(ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS) return false;
        }
    }
#undef NEXTC
    *spec = (int)ch;
    *ppos = pos;
    return true;
}

static Expr *parse_format(Opt *o, Object *fmt, ssize_t *ppos, Expr *arg)
{
    int spec, width = -1, prec = -1;
    bool ljust;
    if (!parse_format_unit(fmt, ppos, &spec, &ljust, &width, &prec)) return NULL;
    if (spec != 's' && spec != 'r' && spec != 'a') return NULL;
    char buf[2 * MAXDIGITS + 4], *p = buf;
    if (!ljust && width > 0) *p++ = '>';
    if (width >= 0) p += snprintf(p, MAXDIGITS + 1, "%d", width);
    if (prec >= 0) p += snprintf(p, MAXDIGITS + 2, ".%d", prec);
    Expr *format_spec = NULL;
    if (p != buf && !(format_spec = new_const(o, str_from_utf8(buf, p - buf)))) return NULL;
    Expr *fv = new_expr(o, FormattedValue_kind, arg->pos);
    if (!fv) return NULL;
    fv->v.FormattedValue.value = arg;
    fv->v.FormattedValue.conversion = spec;
    fv->v.FormattedValue.format_spec = format_spec;
    return fv;
}

static int optimize_format(Opt *o, Expr *node, Object *fmt, Seq *elts)
{
    ssize_t pos = 0;
    int cnt = 0;
    Seq *values = arena_alloc(o->arena, sizeof(Seq));
    if (!values) return 0;
    for (;;) {
        Expr *lit = parse_literal(o, fmt, &pos);
        if (lit) {
            if (seq_push(o->arena, values, lit) < 0) return 0;
        } else if (err_occurred()) {
            return 0;
        }
        if (pos >= STR_LEN(fmt)) break;
        if (cnt >= SEQ_LEN(elts)) return 1;          /* more units than items */
        pos++;                                       /* the '%' */
        Expr *fv = parse_format(o, fmt, &pos, SEQ_GET(elts, cnt));
        cnt++;
        if (!fv) return !err_occurred();
        if (seq_push(o->arena, values, fv) < 0) return 0;
    }
    if (cnt < SEQ_LEN(elts)) return 1;               /* more items than units */
    node->kind = JoinedStr_kind;
    node->v.JoinedStr.values = values;
    return 1;
}

static int fold_binop(Opt *o, Expr *node)
{
    Expr *lhs = node->v.BinOp.left, *rhs = node->v.BinOp.right;
    if (lhs->kind != Constant_kind) return 1;
    if (node->v.BinOp.op == Mod && rhs->kind == Tuple_kind && IS_STR(lhs->v.Constant.value) &&
        !has_starred(rhs->v.Tuple.elts))
        return optimize_format(o, node, lhs->v.Constant.value, rhs->v.Tuple.elts);
    if (rhs->kind != Constant_kind) return 1;
    Object *l = lhs->v.Constant.value, *r = rhs->v.Constant.value, *v;
    switch (node->v.BinOp.op) {
    case Mult: v = safe_multiply(l, r); break;
    case Pow: v = safe_power(l, r); break;
    case LShift: v = safe_lshift(l, r); break;
    case Mod:
        if (IS_STR(l) || IS_BYTES(l)) return 1;
        v = num_binary_op(l, r, Mod);
        break;
    case MatMult: return 1;         /* no constant implements it */
    default: v = num_binary_op(l, r, node->v.BinOp.op); break;
    }
    return make_const(o, node, v);
}

static int fold_tuple(Opt *o, Expr *node)
{
    if (node->v.Tuple.ctx != Load) return 1;
    return make_const(o, node, make_const_tuple(node->v.Tuple.elts));
}

static int fold_subscr(Opt *o, Expr *node)
{
    Expr *arg = node->v.Subscript.value, *idx = node->v.Subscript.slice;
    if (node->v.Subscript.ctx != Load || arg->kind != Constant_kind || idx->kind != Constant_kind)
        return 1;
    return make_const(o, node, obj_getitem(arg->v.Constant.value, idx->v.Constant.value));
}

/* The iterable of a for loop or comprehension, or the right side of `in`: a list display
 * becomes a tuple (a constant one when all items are), a constant set a frozenset. */
static int fold_iter(Opt *o, Expr *arg)
{
    Object *v;
    if (arg->kind == List_kind) {
        if (has_starred(arg->v.List.elts)) return 1;
        Seq *elts = arg->v.List.elts;
        ExprContext ctx = arg->v.List.ctx;
        arg->kind = Tuple_kind;
        arg->v.Tuple.elts = elts;
        arg->v.Tuple.ctx = ctx;
        v = make_const_tuple(elts);
    } else if (arg->kind == Set_kind) {
        v = make_const_tuple(arg->v.Set.elts);
        if (v) {
            Object *fs = frozenset_new(v);
            DECREF(v);
            v = fs;
        }
    } else {
        return 1;
    }
    return make_const(o, arg, v);
}

static int fold_compare(Opt *o, Expr *node)
{
    int i = node->v.Compare.nops - 1;
    CmpOpKind op = node->v.Compare.ops[i];
    if (op == In || op == NotIn)
        return fold_iter(o, SEQ_GET(node->v.Compare.comparators, i));
    return 1;
}

/* ---- the walk ---------------------------------------------------------------------------- */

static int opt_expr(Opt *o, Expr *e);
static int opt_stmt(Opt *o, Stmt *s);

static int opt_exprs(Opt *o, Seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        Expr *e = SEQ_GET(seq, i);
        if (e && !opt_expr(o, e)) return 0;
    }
    return 1;
}

static int opt_stmts(Opt *o, Seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (!opt_stmt(o, SEQ_GET(seq, i))) return 0;
    return 1;
}

#define OPT(e)     do { if ((e) && !opt_expr(o, (e))) return 0; } while (0)
#define OPT_SEQ(s) do { if (!opt_exprs(o, (s))) return 0; } while (0)

static bool is_docstring(Seq *body)
{
    if (!SEQ_LEN(body)) return false;
    Stmt *st = SEQ_GET(body, 0);
    if (st->kind != Expr_kind) return false;
    Expr *e = st->v.Expr.value;
    return e->kind == Constant_kind && IS_STR_EXACT(e->v.Constant.value);
}

/* A body: folding must not create a docstring where the source had none. */
static int opt_body(Opt *o, Seq *body)
{
    bool had = is_docstring(body);
    if (!opt_stmts(o, body)) return 0;
    if (!had && is_docstring(body)) {
        Stmt *st = SEQ_GET(body, 0);
        Expr *js = arena_alloc(o->arena, sizeof(Expr));
        Seq *values = arena_alloc(o->arena, sizeof(Seq));
        if (!js || !values || seq_push(o->arena, values, st->v.Expr.value) < 0) return 0;
        js->kind = JoinedStr_kind;
        js->pos = st->pos;
        js->v.JoinedStr.values = values;
        st->v.Expr.value = js;
    }
    return 1;
}

static int opt_args(Opt *o, Seq *args)
{
    if (o->strings) return 1;
    for (int i = 0; i < SEQ_LEN(args); i++)
        OPT(((Arg *)SEQ_GET(args, i))->annotation);
    return 1;
}

static int opt_arguments(Opt *o, Arguments *a)
{
    if (!opt_args(o, a->posonlyargs) || !opt_args(o, a->args)) return 0;
    if (a->vararg && !o->strings) OPT(a->vararg->annotation);
    if (!opt_args(o, a->kwonlyargs)) return 0;
    OPT_SEQ(a->kw_defaults);
    if (a->kwarg && !o->strings) OPT(a->kwarg->annotation);
    OPT_SEQ(a->defaults);
    return 1;
}

static int opt_comprehensions(Opt *o, Seq *gens)
{
    for (int i = 0; i < SEQ_LEN(gens); i++) {
        Comprehension *c = SEQ_GET(gens, i);
        OPT(c->target);
        OPT(c->iter);
        OPT_SEQ(c->ifs);
        if (!fold_iter(o, c->iter)) return 0;
    }
    return 1;
}

static int opt_keywords(Opt *o, Seq *kws)
{
    for (int i = 0; i < SEQ_LEN(kws); i++)
        OPT(((Keyword *)SEQ_GET(kws, i))->value);
    return 1;
}

static int opt_expr_inner(Opt *o, Expr *e)
{
    switch (e->kind) {
    case BoolOp_kind: OPT_SEQ(e->v.BoolOp.values); return 1;
    case BinOp_kind:
        OPT(e->v.BinOp.left);
        OPT(e->v.BinOp.right);
        return fold_binop(o, e);
    case UnaryOp_kind:
        OPT(e->v.UnaryOp.operand);
        return fold_unaryop(o, e);
    case Lambda_kind:
        return opt_arguments(o, e->v.Lambda.args) && opt_expr(o, e->v.Lambda.body);
    case IfExp_kind:
        OPT(e->v.IfExp.test);
        OPT(e->v.IfExp.body);
        OPT(e->v.IfExp.orelse);
        return 1;
    case Dict_kind: OPT_SEQ(e->v.Dict.keys); OPT_SEQ(e->v.Dict.values); return 1;
    case Set_kind: OPT_SEQ(e->v.Set.elts); return 1;
    case ListComp_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
        OPT(e->v.ListComp.elt);
        return opt_comprehensions(o, e->v.ListComp.generators);
    case DictComp_kind:
        OPT(e->v.DictComp.key);
        OPT(e->v.DictComp.value);
        return opt_comprehensions(o, e->v.DictComp.generators);
    case Await_kind:
    case Yield_kind:
    case YieldFrom_kind:
        OPT(e->v.Yield.value);
        return 1;
    case Compare_kind:
        OPT(e->v.Compare.left);
        OPT_SEQ(e->v.Compare.comparators);
        return fold_compare(o, e);
    case Call_kind:
        OPT(e->v.Call.func);
        OPT_SEQ(e->v.Call.args);
        return opt_keywords(o, e->v.Call.keywords);
    case FormattedValue_kind:
        OPT(e->v.FormattedValue.value);
        OPT(e->v.FormattedValue.format_spec);
        return 1;
    case JoinedStr_kind: OPT_SEQ(e->v.JoinedStr.values); return 1;
    case Attribute_kind: OPT(e->v.Attribute.value); return 1;
    case Subscript_kind:
        OPT(e->v.Subscript.value);
        OPT(e->v.Subscript.slice);
        return fold_subscr(o, e);
    case Starred_kind: OPT(e->v.Starred.value); return 1;
    case Slice_kind:
        OPT(e->v.Slice.lower);
        OPT(e->v.Slice.upper);
        OPT(e->v.Slice.step);
        return 1;
    case List_kind: OPT_SEQ(e->v.List.elts); return 1;
    case Tuple_kind:
        OPT_SEQ(e->v.Tuple.elts);
        return fold_tuple(o, e);
    case Name_kind:
        if (e->v.Name.ctx == Load && str_eq_cstr(e->v.Name.id, "__debug__"))
            return make_const(o, e, bool_from(true));
        return 1;
    case NamedExpr_kind: OPT(e->v.NamedExpr.value); return 1;
    case Constant_kind: return 1;
    }
    return 1;
}

static int too_deep(Opt *o)
{
    if (++o->depth <= o->limit) return 0;
    err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return 1;
}

static int opt_expr(Opt *o, Expr *e)
{
    if (too_deep(o)) return 0;
    int r = opt_expr_inner(o, e);
    o->depth--;
    return r;
}

static int opt_handlers(Opt *o, Seq *hs)
{
    for (int i = 0; i < SEQ_LEN(hs); i++) {
        ExceptHandler *h = SEQ_GET(hs, i);
        OPT(h->type);
        if (!opt_stmts(o, h->body)) return 0;
    }
    return 1;
}

static int opt_stmt_inner(Opt *o, Stmt *s)
{
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
        if (!opt_arguments(o, s->v.FunctionDef.args) || !opt_body(o, s->v.FunctionDef.body))
            return 0;
        OPT_SEQ(s->v.FunctionDef.decorator_list);
        if (!o->strings) OPT(s->v.FunctionDef.returns);
        return 1;
    case ClassDef_kind:
        OPT_SEQ(s->v.ClassDef.bases);
        if (!opt_keywords(o, s->v.ClassDef.keywords) || !opt_body(o, s->v.ClassDef.body))
            return 0;
        OPT_SEQ(s->v.ClassDef.decorator_list);
        return 1;
    case Return_kind: OPT(s->v.Return.value); return 1;
    case Delete_kind: OPT_SEQ(s->v.Delete.targets); return 1;
    case Assign_kind:
        OPT_SEQ(s->v.Assign.targets);
        OPT(s->v.Assign.value);
        return 1;
    case AugAssign_kind:
        OPT(s->v.AugAssign.target);
        OPT(s->v.AugAssign.value);
        return 1;
    case AnnAssign_kind:
        OPT(s->v.AnnAssign.target);
        if (!o->strings) OPT(s->v.AnnAssign.annotation);
        OPT(s->v.AnnAssign.value);
        return 1;
    case For_kind:
    case AsyncFor_kind:
        OPT(s->v.For.target);
        OPT(s->v.For.iter);
        if (!opt_stmts(o, s->v.For.body) || !opt_stmts(o, s->v.For.orelse)) return 0;
        /* CPython folds the iterable of `for` only: `async for x in [a]` keeps its list. */
        return s->kind == For_kind ? fold_iter(o, s->v.For.iter) : 1;
    case While_kind:
    case If_kind:
        OPT(s->v.If.test);
        return opt_stmts(o, s->v.If.body) && opt_stmts(o, s->v.If.orelse);
    case With_kind:
    case AsyncWith_kind:
        for (int i = 0; i < SEQ_LEN(s->v.With.items); i++) {
            WithItem *w = SEQ_GET(s->v.With.items, i);
            OPT(w->context_expr);
            OPT(w->optional_vars);
        }
        return opt_stmts(o, s->v.With.body);
    case Match_kind:
        OPT(s->v.Match.subject);
        for (int i = 0; i < SEQ_LEN(s->v.Match.cases); i++) {
            MatchCase *mc = SEQ_GET(s->v.Match.cases, i);
            OPT(mc->guard);
            if (!opt_stmts(o, mc->body)) return 0;
        }
        return 1;
    case Raise_kind:
        OPT(s->v.Raise.exc);
        OPT(s->v.Raise.cause);
        return 1;
    case Try_kind:
    case TryStar_kind:
        return opt_stmts(o, s->v.Try.body) && opt_handlers(o, s->v.Try.handlers) &&
               opt_stmts(o, s->v.Try.orelse) && opt_stmts(o, s->v.Try.finalbody);
    case Assert_kind:
        OPT(s->v.Assert.test);
        OPT(s->v.Assert.msg);
        return 1;
    case Expr_kind: OPT(s->v.Expr.value); return 1;
    default: return 1;
    }
}

static int opt_stmt(Opt *o, Stmt *s)
{
    if (too_deep(o)) return 0;
    int r = opt_stmt_inner(o, s);
    o->depth--;
    return r;
}

int ast_optimize(ModNode *mod, Arena *arena)
{
    Opt o = { arena, compile_depth_start(), compile_depth_limit(), future_annotations(mod) };
    int ok;
    switch (mod->mode) {
    case MODE_EXEC: ok = opt_body(&o, mod->body); break;
    case MODE_EVAL: ok = opt_expr(&o, mod->expr); break;
    default: ok = opt_stmts(&o, mod->body); break;
    }
    return ok ? 0 : -1;
}
