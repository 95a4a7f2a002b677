/* operatormodule.c — the operator module: Python's operators as functions (CPython's _operator
 * and operator.py in one C module).
 *
 * The plain functions call the same abstract-object entry points the eval loop uses, so
 * operator.add(a, b) dispatches exactly as `a + b`.  The dunder aliases (operator.__add__ ...)
 * are the same function objects, as operator.py makes them.  itemgetter, attrgetter and
 * methodcaller are small GC types: their arguments are stored once at construction and the call
 * does only the lookups (attrgetter pre-splits dotted names into tuples of interned parts). */
#include "modules.h"
#include "../runtime/gc.h"
#include <string.h>

/* BINARY_OP numbers (CPython's NB_*); the in-place form of each is its number + NB_INPLACE. */
enum { NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
       NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9,
       NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE = 13 };

/* ---- the binary operators ----------------------------------------------------------------- */

#define BINOP(name, op) \
    static Object *op_##name(Object *self, Object *const *args, ssize_t nargs) { \
        if (args_check_positional(#name, nargs, 2, 2) < 0) return NULL; \
        return num_binary_op(args[0], args[1], op); \
    }
BINOP(add, NB_ADD)
BINOP(and_, NB_AND)
BINOP(floordiv, NB_FLOOR_DIVIDE)
BINOP(lshift, NB_LSHIFT)
BINOP(matmul, NB_MATRIX_MULTIPLY)
BINOP(mul, NB_MULTIPLY)
BINOP(mod, NB_REMAINDER)
BINOP(or_, NB_OR)
BINOP(pow, NB_POWER)
BINOP(rshift, NB_RSHIFT)
BINOP(sub, NB_SUBTRACT)
BINOP(truediv, NB_TRUE_DIVIDE)
BINOP(xor, NB_XOR)
BINOP(iadd, NB_ADD + NB_INPLACE)
BINOP(iand, NB_AND + NB_INPLACE)
BINOP(ifloordiv, NB_FLOOR_DIVIDE + NB_INPLACE)
BINOP(ilshift, NB_LSHIFT + NB_INPLACE)
BINOP(imatmul, NB_MATRIX_MULTIPLY + NB_INPLACE)
BINOP(imul, NB_MULTIPLY + NB_INPLACE)
BINOP(imod, NB_REMAINDER + NB_INPLACE)
BINOP(ior, NB_OR + NB_INPLACE)
BINOP(ipow, NB_POWER + NB_INPLACE)
BINOP(irshift, NB_RSHIFT + NB_INPLACE)
BINOP(isub, NB_SUBTRACT + NB_INPLACE)
BINOP(itruediv, NB_TRUE_DIVIDE + NB_INPLACE)
BINOP(ixor, NB_XOR + NB_INPLACE)

#define CMPOP(name, op) \
    static Object *op_##name(Object *self, Object *const *args, ssize_t nargs) { \
        if (args_check_positional(#name, nargs, 2, 2) < 0) return NULL; \
        return obj_richcompare(args[0], args[1], op); \
    }
CMPOP(lt, CMP_LT)
CMPOP(le, CMP_LE)
CMPOP(eq, CMP_EQ)
CMPOP(ne, CMP_NE)
CMPOP(gt, CMP_GT)
CMPOP(ge, CMP_GE)

/* ---- unary operators and tests ------------------------------------------------------------ */

static Object *op_neg(Object *self, Object *a) { return num_negative(a); }
static Object *op_pos(Object *self, Object *a) { return num_positive(a); }
static Object *op_abs(Object *self, Object *a) { return num_absolute(a); }
static Object *op_inv(Object *self, Object *a) { return num_invert(a); }
static Object *op_index(Object *self, Object *a) { return num_index(a); }

static Object *op_not_(Object *self, Object *a) {
    int t = obj_is_true(a);
    return t < 0 ? NULL : bool_from(!t);
}

static Object *op_truth(Object *self, Object *a) {
    int t = obj_is_true(a);
    return t < 0 ? NULL : bool_from(t);
}

static Object *op_is_(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("is_", nargs, 2, 2) < 0) return NULL;
    return bool_from(args[0] == args[1]);
}

static Object *op_is_not(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("is_not", nargs, 2, 2) < 0) return NULL;
    return bool_from(args[0] != args[1]);
}

/* ---- sequences ------------------------------------------------------------------------------ */

/* PySequence_Check: has __getitem__ and is not a dict. */
static bool is_sequence(Object *o) {
    if (IS_DICT(o)) return false;
    SequenceMethods *sq = TYPE(o)->tp_as_sequence;
    return sq && sq->sq_item;
}

static Object *concat(const char *name, Object *const *args, ssize_t nargs, bool inplace) {
    if (args_check_positional(name, nargs, 2, 2) < 0) return NULL;
    Object *a = args[0], *b = args[1];
    SequenceMethods *sq = TYPE(a)->tp_as_sequence;
    if (inplace && sq && sq->sq_inplace_concat) return sq->sq_inplace_concat(a, b);
    if (sq && sq->sq_concat) return sq->sq_concat(a, b);
    if (is_sequence(a) && is_sequence(b))
        return num_binary_op(a, b, inplace ? NB_ADD + NB_INPLACE : NB_ADD);
    return err_format(&Exc_TypeError, "'%.200s' object can't be concatenated", TYPE(a)->tp_name);
}

static Object *op_concat(Object *self, Object *const *args, ssize_t nargs) {
    return concat("concat", args, nargs, false);
}
static Object *op_iconcat(Object *self, Object *const *args, ssize_t nargs) {
    return concat("iconcat", args, nargs, true);
}

static Object *op_contains(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("contains", nargs, 2, 2) < 0) return NULL;
    int r = obj_contains(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

/* countOf / indexOf: by iteration, identity or equality, as CPython's PySequence_Count/Index. */
static Object *count_or_index(const char *name, Object *const *args, ssize_t nargs, bool index) {
    if (args_check_positional(name, nargs, 2, 2) < 0) return NULL;
    Object *it = obj_get_iter(args[0]), *item;
    if (!it) return NULL;
    ssize_t n = 0, i = 0;
    while ((item = iter_next(it))) {
        int eq = item == args[1] ? 1 : obj_richcompare_bool(item, args[1], CMP_EQ);
        DECREF(item);
        if (eq < 0) { DECREF(it); return NULL; }
        if (eq) {
            if (index) { DECREF(it); return int_from_ssize(i); }
            n++;
        }
        i++;
    }
    DECREF(it);
    if (err_occurred()) return NULL;
    if (index) return err_format(&Exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_ssize(n);
}

static Object *op_countOf(Object *self, Object *const *args, ssize_t nargs) {
    return count_or_index("countOf", args, nargs, false);
}
static Object *op_indexOf(Object *self, Object *const *args, ssize_t nargs) {
    return count_or_index("indexOf", args, nargs, true);
}

static Object *op_getitem(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("getitem", nargs, 2, 2) < 0) return NULL;
    return obj_getitem(args[0], args[1]);
}

static Object *op_setitem(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("setitem", nargs, 3, 3) < 0) return NULL;
    if (obj_setitem(args[0], args[1], args[2]) < 0) return NULL;
    RETURN_NONE;
}

static Object *op_delitem(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("delitem", nargs, 2, 2) < 0) return NULL;
    if (obj_delitem(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *op_length_hint(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("length_hint", nargs, 1, 2) < 0) return NULL;
    ssize_t dflt = 0;
    if (nargs == 2) {
        if (!IS_INT(args[1]))
            return err_format(&Exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                              TYPE(args[1])->tp_name);
        dflt = int_as_ssize(args[1]);
        if (dflt == -1 && err_occurred()) return NULL;
    }
    ssize_t n = obj_length_hint(args[0], dflt);
    return n < 0 && err_occurred() ? NULL : int_from_ssize(n);
}

static Object *op_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs < 1)
        return err_format(&Exc_TypeError, "call() missing 1 required positional argument: 'obj'");
    return obj_call(args[0], args + 1, nargs - 1, kwnames);
}

/* ---- itemgetter ------------------------------------------------------------------------------ */

typedef struct {
    OB_HEAD;
    ssize_t nitems;
    Object *item;               /* the one key, or the tuple of keys */
    ssize_t index;              /* the key as a non-negative machine int, or -1 */
} ItemGetterObject;

static TypeObject ItemGetterType, AttrGetterType, MethodCallerType;

static Object *itemgetter_call(Object *self, Object *const *args, ssize_t nargs,
                               Object *kwnames) {
    ItemGetterObject *ig = (ItemGetterObject *)self;
    if (args_no_kwargs("itemgetter", kwnames) < 0 ||
        args_check_positional("itemgetter", nargs, 1, 1) < 0)
        return NULL;
    Object *obj = args[0];
    if (ig->nitems == 1) {
        /* Fast paths for obj[i] on exact lists and tuples. */
        if (ig->index >= 0) {
            if (IS_TUPLE_EXACT(obj) && ig->index < TUPLE_LEN(obj))
                return NEWREF(TUPLE_GET(obj, ig->index));
            if (IS_LIST_EXACT(obj) && ig->index < LIST_LEN(obj))
                return NEWREF(LIST_GET(obj, ig->index));
        }
        return obj_getitem(obj, ig->item);
    }
    Object *r = tuple_new(ig->nitems);
    if (!r) return NULL;
    for (ssize_t i = 0; i < ig->nitems; i++) {
        Object *v = obj_getitem(obj, TUPLE_GET(ig->item, i));
        if (!v) { DECREF(r); return NULL; }
        TUPLE_SET(r, i, v);
    }
    return r;
}

static Object *itemgetter_new(TypeObject *type, Object *const *args, ssize_t nargs,
                              Object *kwnames) {
    if (args_no_kwargs("itemgetter", kwnames) < 0) return NULL;
    if (nargs < 1) return err_format(&Exc_TypeError, "itemgetter expected 1 argument, got 0");
    ItemGetterObject *ig = (ItemGetterObject *)obj_alloc(type);
    if (!ig) return NULL;
    ig->nitems = nargs;
    ig->index = -1;
    if (nargs == 1) {
        ig->item = NEWREF(args[0]);
        if (IS_INT_EXACT(args[0]) && int_is_compact(args[0]) && int_compact_value(args[0]) >= 0)
            ig->index = int_compact_value(args[0]);
    } else {
        ig->item = tuple_from_array(args, nargs);
        if (!ig->item) { DECREF(ig); return NULL; }
    }
    return (Object *)ig;
}

static void itemgetter_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((ItemGetterObject *)self)->item);
    TYPE(self)->tp_free(self);
}

static int itemgetter_traverse(Object *self, visitproc visit, void *arg) {
    Object *o = ((ItemGetterObject *)self)->item;
    return o ? visit(o, arg) : 0;
}

/* "operator.itemgetter(1, 2)": the type name, then the arguments' reprs. */
static Object *repr_with_args(Object *self, Object *const *items, ssize_t n, Object *kwnames,
                              Object *const *kwvalues) {
    int r = repr_enter(self);
    if (r) return r < 0 ? NULL : str_from_format("%s(...)", TYPE(self)->tp_name);
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, TYPE(self)->tp_name);
    sb_append_char(&sb, '(');
    for (ssize_t i = 0; i < n; i++) {
        if (i) sb_append_cstr(&sb, ", ");
        if (sb_append_repr(&sb, items[i]) < 0) goto fail;
    }
    ssize_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nk; i++) {
        if (n || i) sb_append_cstr(&sb, ", ");
        sb_append_str(&sb, TUPLE_GET(kwnames, i));
        sb_append_char(&sb, '=');
        if (sb_append_repr(&sb, kwvalues[i]) < 0) goto fail;
    }
    sb_append_char(&sb, ')');
    repr_leave(self);
    return sb_finish(&sb);
fail:
    repr_leave(self);
    sb_discard(&sb);
    return NULL;
}

static Object *itemgetter_repr(Object *self) {
    ItemGetterObject *ig = (ItemGetterObject *)self;
    if (ig->nitems == 1) return repr_with_args(self, &ig->item, 1, NULL, NULL);
    return repr_with_args(self, TUPLE_ITEMS(ig->item), ig->nitems, NULL, NULL);
}

/* ---- attrgetter ------------------------------------------------------------------------------ */

typedef struct {
    OB_HEAD;
    ssize_t nattrs;
    Object *attrs;              /* tuple: per name, an interned str or a tuple of its parts */
    Object *names;              /* tuple of the names as given, for repr */
} AttrGetterObject;

static Object *dotted_getattr(Object *obj, Object *attr) {
    if (IS_STR(attr)) return obj_getattr(obj, attr);
    Object *cur = NEWREF(obj);
    for (ssize_t i = 0; i < TUPLE_LEN(attr) && cur; i++) {
        Object *next = obj_getattr(cur, TUPLE_GET(attr, i));
        DECREF(cur);
        cur = next;
    }
    return cur;
}

static Object *attrgetter_call(Object *self, Object *const *args, ssize_t nargs,
                               Object *kwnames) {
    AttrGetterObject *ag = (AttrGetterObject *)self;
    if (args_no_kwargs("attrgetter", kwnames) < 0 ||
        args_check_positional("attrgetter", nargs, 1, 1) < 0)
        return NULL;
    if (ag->nattrs == 1) return dotted_getattr(args[0], TUPLE_GET(ag->attrs, 0));
    Object *r = tuple_new(ag->nattrs);
    if (!r) return NULL;
    for (ssize_t i = 0; i < ag->nattrs; i++) {
        Object *v = dotted_getattr(args[0], TUPLE_GET(ag->attrs, i));
        if (!v) { DECREF(r); return NULL; }
        TUPLE_SET(r, i, v);
    }
    return r;
}

/* "a.b.c" -> ("a", "b", "c") of interned strs; "a" -> "a" interned. */
static Object *split_dotted(Object *name) {
    ssize_t n = STR_LEN(name), parts = 1;
    for (ssize_t i = 0; i < n; i++) if (STR_AT(name, i) == '.') parts++;
    if (parts == 1) {
        Object *s = NEWREF(name);
        if (IS_STR_EXACT(s)) str_intern_in_place(&s);
        return s;
    }
    Object *t = tuple_new(parts);
    if (!t) return NULL;
    ssize_t start = 0, k = 0;
    for (ssize_t i = 0; i <= n; i++) {
        if (i == n || STR_AT(name, i) == '.') {
            Object *s = str_substring(name, start, i);
            if (!s) { DECREF(t); return NULL; }
            str_intern_in_place(&s);
            TUPLE_SET(t, k++, s);
            start = i + 1;
        }
    }
    return t;
}

static Object *attrgetter_new(TypeObject *type, Object *const *args, ssize_t nargs,
                              Object *kwnames) {
    if (args_no_kwargs("attrgetter", kwnames) < 0) return NULL;
    if (nargs < 1) return err_format(&Exc_TypeError, "attrgetter expected 1 argument, got 0");
    for (ssize_t i = 0; i < nargs; i++)
        if (!IS_STR(args[i])) return err_format(&Exc_TypeError, "attribute name must be a string");
    Object *attrs = tuple_new(nargs);
    if (!attrs) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        Object *a = split_dotted(args[i]);
        if (!a) { DECREF(attrs); return NULL; }
        TUPLE_SET(attrs, i, a);
    }
    AttrGetterObject *ag = (AttrGetterObject *)obj_alloc(type);
    if (!ag) { DECREF(attrs); return NULL; }
    ag->nattrs = nargs;
    ag->attrs = attrs;
    ag->names = tuple_from_array(args, nargs);
    if (!ag->names) { DECREF(ag); return NULL; }
    return (Object *)ag;
}

static void attrgetter_dealloc(Object *self) {
    AttrGetterObject *ag = (AttrGetterObject *)self;
    gc_untrack(self);
    CLEAR(ag->attrs);
    CLEAR(ag->names);
    TYPE(self)->tp_free(self);
}

static int attrgetter_traverse(Object *self, visitproc visit, void *arg) {
    AttrGetterObject *ag = (AttrGetterObject *)self;
    int r = ag->attrs ? visit(ag->attrs, arg) : 0;
    return r ? r : (ag->names ? visit(ag->names, arg) : 0);
}

static Object *attrgetter_repr(Object *self) {
    AttrGetterObject *ag = (AttrGetterObject *)self;
    return repr_with_args(self, TUPLE_ITEMS(ag->names), TUPLE_LEN(ag->names), NULL, NULL);
}

/* ---- methodcaller ---------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *name;               /* interned str */
    Object *args;               /* tuple: the positional arguments then the keyword values */
    Object *kwnames;            /* tuple of keyword names, or NULL */
    ssize_t nargs;              /* positional count */
} MethodCallerObject;

static Object *methodcaller_call(Object *self, Object *const *args, ssize_t nargs,
                                 Object *kwnames) {
    MethodCallerObject *mc = (MethodCallerObject *)self;
    if (args_no_kwargs("methodcaller", kwnames) < 0 ||
        args_check_positional("methodcaller", nargs, 1, 1) < 0)
        return NULL;
    Object *meth;
    int unbound = obj_get_method(args[0], mc->name, &meth);
    if (unbound < 0) return NULL;
    Object *r;
    if (unbound)
        r = obj_call_prepend(meth, args[0], TUPLE_ITEMS(mc->args), mc->nargs, mc->kwnames);
    else
        r = obj_call(meth, TUPLE_ITEMS(mc->args), mc->nargs, mc->kwnames);
    DECREF(meth);
    return r;
}

static Object *methodcaller_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    if (nargs < 1)
        return err_format(&Exc_TypeError,
                          "methodcaller needs at least one argument, the method name");
    if (!IS_STR(args[0]))
        return err_format(&Exc_TypeError, "method name must be a string");
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    MethodCallerObject *mc = (MethodCallerObject *)obj_alloc(type);
    if (!mc) return NULL;
    mc->name = NEWREF(args[0]);
    str_intern_in_place(&mc->name);
    mc->nargs = nargs - 1;
    mc->args = tuple_from_array(args + 1, nargs - 1 + nkw);
    mc->kwnames = nkw ? NEWREF(kwnames) : NULL;
    if (!mc->args) { DECREF(mc); return NULL; }
    return (Object *)mc;
}

static void methodcaller_dealloc(Object *self) {
    MethodCallerObject *mc = (MethodCallerObject *)self;
    gc_untrack(self);
    CLEAR(mc->name);
    CLEAR(mc->args);
    CLEAR(mc->kwnames);
    TYPE(self)->tp_free(self);
}

static int methodcaller_traverse(Object *self, visitproc visit, void *arg) {
    MethodCallerObject *mc = (MethodCallerObject *)self;
    return mc->args ? visit(mc->args, arg) : 0;
}

static Object *methodcaller_repr(Object *self) {
    MethodCallerObject *mc = (MethodCallerObject *)self;
    Object *t = tuple_new(mc->nargs + 1);
    if (!t) return NULL;
    TUPLE_SET(t, 0, NEWREF(mc->name));
    for (ssize_t i = 0; i < mc->nargs; i++) TUPLE_SET(t, i + 1, NEWREF(TUPLE_GET(mc->args, i)));
    Object *r = repr_with_args(self, TUPLE_ITEMS(t), mc->nargs + 1, mc->kwnames,
                               TUPLE_ITEMS(mc->args) + mc->nargs);
    DECREF(t);
    return r;
}

#define GETTER_TYPE(T, cname, pyname, doc) { \
    .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
    .tp_name = pyname, .tp_basicsize = sizeof(T), \
    .tp_flags = TPFLAGS_HAVE_GC, \
    .tp_doc = doc, \
    .tp_new = cname##_new, .tp_dealloc = cname##_dealloc, .tp_traverse = cname##_traverse, \
    .tp_call = cname##_call, .tp_repr = cname##_repr, \
}
static TypeObject ItemGetterType = GETTER_TYPE(ItemGetterObject, itemgetter, "operator.itemgetter",
    "Return a callable object that fetches the given item(s) from its operand.\n"
    "After f = itemgetter(2), the call f(r) returns r[2].\n"
    "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
static TypeObject AttrGetterType = GETTER_TYPE(AttrGetterObject, attrgetter, "operator.attrgetter",
    "Return a callable object that fetches the given attribute(s) from its operand.\n"
    "After f = attrgetter('name'), the call f(r) returns r.name.\n"
    "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
    "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
    "(r.name.first, r.name.last).");
static TypeObject MethodCallerType = GETTER_TYPE(MethodCallerObject, methodcaller,
    "operator.methodcaller",
    "Return a callable object that calls the given method on its operand.\n"
    "After f = methodcaller('name'), the call f(r) returns r.name().\n"
    "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
    "r.name('date', foo=1).");

/* ---- the module -------------------------------------------------------------------------- */

#define F(name)  {#name, (void *)op_##name, METH_FASTCALL, NULL}
#define O(name)  {#name, (void *)op_##name, METH_O, NULL}
static MethodDef operator_methods[] = {
    O(abs), F(add), F(and_), {"call", (void *)op_call, METH_FASTCALL | METH_KEYWORDS, NULL},
    F(concat), F(contains), F(countOf), F(delitem), F(eq), F(floordiv), F(ge), F(getitem),
    F(gt), F(iadd), F(iand), F(iconcat), F(ifloordiv), F(ilshift), F(imatmul), F(imod),
    F(imul), O(index), F(indexOf), O(inv), {"invert", (void *)op_inv, METH_O, NULL}, F(ior),
    F(ipow), F(irshift), F(is_), F(is_not), F(isub), F(itruediv), F(ixor), F(le),
    F(length_hint), F(lshift), F(lt), F(matmul), F(mod), F(mul), F(ne), O(neg), O(not_),
    F(or_), O(pos), F(pow), F(rshift), F(setitem), F(sub), F(truediv), O(truth), F(xor),
    {NULL}
};

/* operator.py's aliases: __add__ = add, ... (the same objects). */
static const char *const dunder_aliases[][2] = {
    {"__lt__", "lt"}, {"__le__", "le"}, {"__eq__", "eq"}, {"__ne__", "ne"}, {"__ge__", "ge"},
    {"__gt__", "gt"}, {"__not__", "not_"}, {"__abs__", "abs"}, {"__add__", "add"},
    {"__and__", "and_"}, {"__floordiv__", "floordiv"}, {"__index__", "index"},
    {"__inv__", "inv"}, {"__invert__", "invert"}, {"__lshift__", "lshift"}, {"__mod__", "mod"},
    {"__mul__", "mul"}, {"__matmul__", "matmul"}, {"__neg__", "neg"}, {"__or__", "or_"},
    {"__pos__", "pos"}, {"__pow__", "pow"}, {"__rshift__", "rshift"}, {"__sub__", "sub"},
    {"__truediv__", "truediv"}, {"__xor__", "xor"}, {"__concat__", "concat"},
    {"__contains__", "contains"}, {"__delitem__", "delitem"}, {"__getitem__", "getitem"},
    {"__setitem__", "setitem"}, {"__iadd__", "iadd"}, {"__iand__", "iand"},
    {"__iconcat__", "iconcat"}, {"__ifloordiv__", "ifloordiv"}, {"__ilshift__", "ilshift"},
    {"__imod__", "imod"}, {"__imul__", "imul"}, {"__imatmul__", "imatmul"}, {"__ior__", "ior"},
    {"__ipow__", "ipow"}, {"__irshift__", "irshift"}, {"__isub__", "isub"},
    {"__itruediv__", "itruediv"}, {"__ixor__", "ixor"}, {"__call__", "call"},
};

static const char *const all_names[] = {
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
    "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
    "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift",
    "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift",
    "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
    "rshift", "setitem", "sub", "truediv", "truth", "xor",
};

static int operator_init(Object *m) {
    TypeObject *types[] = {&ItemGetterType, &AttrGetterType, &MethodCallerType};
    const char *names[] = {"itemgetter", "attrgetter", "methodcaller"};
    for (int i = 0; i < 3; i++)
        if (type_ready(types[i]) < 0 || module_add(m, names[i], NEWREF(OBJ(types[i]))) < 0)
            return -1;
    Object *d = MODULE_DICT(m);
    for (size_t i = 0; i < sizeof dunder_aliases / sizeof *dunder_aliases; i++) {
        Object *f = dict_getitem_str(d, dunder_aliases[i][1]);
        if (!f || dict_setitem_str(d, dunder_aliases[i][0], f) < 0) return -1;
    }
    size_t n = sizeof all_names / sizeof *all_names;
    Object *all = list_new((ssize_t)n);
    if (!all) return -1;
    for (size_t i = 0; i < n; i++) {
        Object *s = str_from_cstr(all_names[i]);
        if (!s) { DECREF(all); return -1; }
        LIST_SET(all, (ssize_t)i, s);
    }
    return module_add(m, "__all__", all);
}

ModuleDef operator_module_def = {
    "operator",
    "Operator interface.\n\n"
    "This module exports a set of functions implemented in C corresponding\n"
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    "is equivalent to the expression x+y.  The function names are those\n"
    "used for special methods; variants without leading and trailing\n"
    "'__' are also provided for convenience.",
    operator_methods, operator_init
};
