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
 *   - `__debug__` (True: ouro has no -O).
 * An operation that raises is simply not folded: the error happens at run time as it would
 * without folding.  A folded string that lands in the first statement of a body would become a
 * docstring; as CPython does, it is wrapped in a JoinedStr so that it does not. */
#include "compiler.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/numbers.h"
#include "../objects/strings.h"
#include "../objects/containers.h"

#define MAX_INT_SIZE         128    /* bits of a folded int from *, ** or << */
#define MAX_COLLECTION_SIZE  256    /* items of a folded tuple/frozenset from * */
#define MAX_STR_SIZE        4096    /* characters/bytes of a folded str/bytes from * */
#define MAX_TOTAL_ITEMS     1024    /* items including nested collections (hash cost bound) */
#define MAX_NESTING         3000    /* deeper trees raise RecursionError, as CPython's limit */

typedef struct Opt { Arena *arena; int depth; } Opt;

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

static int fold_binop(Opt *o, Expr *node)
{
    Expr *lhs = node->v.BinOp.left, *rhs = node->v.BinOp.right;
    if (lhs->kind != Constant_kind || rhs->kind != Constant_kind) return 1;
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
    for (int i = 0; i < SEQ_LEN(args); i++)
        OPT(((Arg *)SEQ_GET(args, i))->annotation);
    return 1;
}

static int opt_arguments(Opt *o, Arguments *a)
{
    if (!opt_args(o, a->posonlyargs) || !opt_args(o, a->args)) return 0;
    if (a->vararg) OPT(a->vararg->annotation);
    if (!opt_args(o, a->kwonlyargs)) return 0;
    OPT_SEQ(a->kw_defaults);
    if (a->kwarg) OPT(a->kwarg->annotation);
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
    if (++o->depth <= MAX_NESTING) return 0;
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
        OPT(s->v.FunctionDef.returns);
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
        OPT(s->v.AnnAssign.annotation);
        OPT(s->v.AnnAssign.value);
        return 1;
    case For_kind:
    case AsyncFor_kind:
        OPT(s->v.For.target);
        OPT(s->v.For.iter);
        if (!opt_stmts(o, s->v.For.body) || !opt_stmts(o, s->v.For.orelse)) return 0;
        return fold_iter(o, s->v.For.iter);
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
    Opt o = { arena, 0 };
    int ok;
    switch (mod->mode) {
    case MODE_EXEC: ok = opt_body(&o, mod->body); break;
    case MODE_EVAL: ok = opt_expr(&o, mod->expr); break;
    default: ok = opt_stmts(&o, mod->body); break;
    }
    return ok ? 0 : -1;
}
