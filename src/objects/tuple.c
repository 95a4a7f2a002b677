/* tuple.c — the immutable sequence, laid out as CPython 3.11's PyTupleObject.
 *
 * Layout: a variable-size GC object whose items follow the header (tp_basicsize 24, itemsize 8),
 * so sys.getsizeof(()) == 24 + 16 (GC header) == 40, plus 8 per item.
 *
 * Memory reuse follows CPython exactly, because programs observe it through id(): the empty tuple
 * is one statically allocated immortal object, and dead tuples of 1..19 items are kept on one
 * free list per size (at most 2000 each), chained through ob_item[0].  A free-listed tuple keeps
 * its GC header; it is re-tracked when reused.  Tuples are hashed with CPython 3.11's xxHash-based
 * combination so hash((1, 2)) is the same number as in CPython.  The tuple iterator is here too. */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "../runtime/gc.h"
#include <limits.h>
#include <string.h>

/* Free lists: sizes below TUPLE_MAXSAVESIZE, at most TUPLE_MAXFREELIST tuples each (CPython's
 * PyTuple_MAXSAVESIZE and PyTuple_MAXFREELIST). */
#define TUPLE_MAXSAVESIZE 20
#define TUPLE_MAXFREELIST 2000

static TupleObject *free_list[TUPLE_MAXSAVESIZE];
static int numfree[TUPLE_MAXSAVESIZE];

/* The () singleton: static, with its (never linked) GC header in front so that code reading the
 * header of any tuple finds valid memory.  Its count starts immortal and it is never freed. */
static struct { GCHead gc; TupleObject t; } empty_storage = {
    .t = { .ob_base = { { IMMORTAL_REFCNT, &TupleType }, 0 } },
};
Object *empty_tuple = (Object *)&empty_storage.t;

/* ---- creation ----------------------------------------------------------------------------- */

/* A tuple of n NULL items, tracked.  New reference. */
Object *tuple_new(ssize_t n)
{
    if (n == 0)
        return NEWREF(empty_tuple);
    if (n < 0)
        return err_bad_internal_call("tuple_new");
    TupleObject *op;
    if (n < TUPLE_MAXSAVESIZE && (op = free_list[n]) != NULL) {
        free_list[n] = (TupleObject *)op->ob_item[0];
        numfree[n]--;
        op->ob_base.ob_base.ob_refcnt = 1;
        memset(op->ob_item, 0, (size_t)n * sizeof(Object *));
        gc_track((Object *)op);
        return (Object *)op;
    }
    if ((size_t)n > ((size_t)SSIZE_MAX - sizeof(TupleObject)) / sizeof(Object *))
        return err_no_memory();
    return obj_alloc_var(&TupleType, n);
}

/* New reference; takes new references to the n items. */
Object *tuple_from_array(Object *const *items, ssize_t n)
{
    Object *t = tuple_new(n);
    if (t == NULL)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        TUPLE_SET(t, i, NEWREF(items[i]));
    return t;
}

Object *tuple_pack(ssize_t n, ...)
{
    Object *t = tuple_new(n);
    if (t == NULL)
        return NULL;
    va_list va;
    va_start(va, n);
    for (ssize_t i = 0; i < n; i++)
        TUPLE_SET(t, i, NEWREF(va_arg(va, Object *)));
    va_end(va);
    return t;
}

/* t[lo:hi] with lo/hi already clamped by the caller to 0 <= lo <= hi <= len (clamped here too).
 * An exact tuple asked for all of itself is returned as is. */
Object *tuple_getslice(Object *t, ssize_t lo, ssize_t hi)
{
    ssize_t n = TUPLE_LEN(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && IS_TUPLE_EXACT(t))
        return NEWREF(t);
    return tuple_from_array(TUPLE_ITEMS(t) + lo, hi - lo);
}

static void tuple_dealloc(Object *self)
{
    TupleObject *op = (TupleObject *)self;
    ssize_t n = SIZE(op);
    if (n == 0 && self == empty_tuple) {
        /* Someone over-released the singleton: resurrect it rather than free static memory. */
        REFCNT(self) = IMMORTAL_REFCNT;
        return;
    }
    gc_untrack(self);
    for (ssize_t i = n - 1; i >= 0; i--)
        XDECREF(op->ob_item[i]);
    if (n > 0 && n < TUPLE_MAXSAVESIZE && numfree[n] < TUPLE_MAXFREELIST
        && IS_TUPLE_EXACT(self)) {
        op->ob_item[0] = (Object *)free_list[n];
        free_list[n] = op;
        numfree[n]++;
        return;
    }
    TYPE(self)->tp_free(self);
}

static int tuple_traverse(Object *self, visitproc visit, void *arg)
{
    for (ssize_t i = SIZE(self) - 1; i >= 0; i--) {
        Object *v = TUPLE_GET(self, i);
        if (v != NULL) {
            int r = visit(v, arg);
            if (r) return r;
        }
    }
    return 0;
}

/* ---- repr, hash, comparison ---------------------------------------------------------------- */

static Object *tuple_repr(Object *self)
{
    ssize_t n = TUPLE_LEN(self);
    if (n == 0)
        return str_from_cstr("()");
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("(...)") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '(');
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        if (sb_append_repr(&sb, TUPLE_GET(self, i)) < 0) {
            sb_discard(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_cstr(&sb, n == 1 ? ",)" : ")");
    repr_leave(self);
    return sb_finish(&sb);
}

/* CPython 3.11's tuplehash: xxHash's lane mixing over the items' hashes. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tuple_hash_items(Object *const *items, ssize_t n)
{
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        int64_t lane = obj_hash(items[i]);
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* Mix in the length so that () and (x,)-style prefixes differ; the constant is CPython's. */
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(Object *self)
{
    return tuple_hash_items(TUPLE_ITEMS(self), TUPLE_LEN(self));
}

/* Compare sizes as the final step of a lexicographic comparison. */
Object *compare_sizes(ssize_t a, ssize_t b, int op)
{
    bool r;
    switch (op) {
    case CMP_LT: r = a < b; break;
    case CMP_LE: r = a <= b; break;
    case CMP_EQ: r = a == b; break;
    case CMP_NE: r = a != b; break;
    case CMP_GT: r = a > b; break;
    default:     r = a >= b; break;
    }
    return bool_from(r);
}

static Object *tuple_richcompare(Object *v, Object *w, int op)
{
    if (!IS_TUPLE(v) || !IS_TUPLE(w))
        RETURN_NOTIMPL;
    ssize_t vlen = TUPLE_LEN(v), wlen = TUPLE_LEN(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = obj_richcompare_bool(TUPLE_GET(v, i), TUPLE_GET(w, i), CMP_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vlen || i >= wlen)
        return compare_sizes(vlen, wlen, op);
    if (op == CMP_EQ)
        RETURN_FALSE;
    if (op == CMP_NE)
        RETURN_TRUE;
    return obj_richcompare(TUPLE_GET(v, i), TUPLE_GET(w, i), op);
}

/* ---- sequence and mapping slots ------------------------------------------------------------- */

static ssize_t tuple_length(Object *self) { return TUPLE_LEN(self); }

static int tuple_contains(Object *self, Object *el)
{
    for (ssize_t i = 0; i < TUPLE_LEN(self); i++) {
        int cmp = obj_richcompare_bool(TUPLE_GET(self, i), el, CMP_EQ);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static Object *tuple_item(Object *self, ssize_t i)
{
    if ((size_t)i >= (size_t)TUPLE_LEN(self)) {
        err_set_string(&Exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return NEWREF(TUPLE_GET(self, i));
}

static Object *tuple_concat(Object *a, Object *b)
{
    if (!IS_TUPLE(b))
        return err_format(&Exc_TypeError, "can only concatenate tuple (not \"%.200s\") to tuple",
                          TYPE(b)->tp_name);
    ssize_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b);
    if (nb == 0 && IS_TUPLE_EXACT(a))
        return NEWREF(a);
    if (na == 0 && IS_TUPLE_EXACT(b))
        return NEWREF(b);
    if (na > SSIZE_MAX - nb)
        return err_no_memory();
    Object *r = tuple_new(na + nb);
    if (r == NULL)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        TUPLE_SET(r, i, NEWREF(TUPLE_GET(a, i)));
    for (ssize_t i = 0; i < nb; i++)
        TUPLE_SET(r, na + i, NEWREF(TUPLE_GET(b, i)));
    return r;
}

static Object *tuple_repeat(Object *a, ssize_t n)
{
    ssize_t len = TUPLE_LEN(a);
    if (n == 1 && IS_TUPLE_EXACT(a))
        return NEWREF(a);
    if (n <= 0 || len == 0)
        return NEWREF(empty_tuple);
    if (len > SSIZE_MAX / n)
        return err_no_memory();
    Object *r = tuple_new(len * n);
    if (r == NULL)
        return NULL;
    Object **dst = TUPLE_ITEMS(r), **src = TUPLE_ITEMS(a);
    for (ssize_t j = 0; j < n; j++)
        for (ssize_t i = 0; i < len; i++)
            *dst++ = NEWREF(src[i]);
    return r;
}

/* True if o has __index__ (CPython's _PyIndex_Check). */
static inline bool has_index(Object *o)
{
    NumberMethods *nb = TYPE(o)->tp_as_number;
    return nb != NULL && nb->nb_index != NULL;
}

static Object *tuple_subscript(Object *self, Object *item)
{
    if (has_index(item)) {
        ssize_t i = num_as_ssize(item, &Exc_IndexError);
        if (i == -1 && err_occurred())
            return NULL;
        if (i < 0)
            i += TUPLE_LEN(self);
        return tuple_item(self, i);
    }
    if (IS_SLICE(item)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(item, TUPLE_LEN(self), &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step == 1)
            return tuple_getslice(self, start, start + n);
        if (n <= 0)
            return NEWREF(empty_tuple);
        Object *r = tuple_new(n);
        if (r == NULL)
            return NULL;
        for (ssize_t i = 0, cur = start; i < n; i++, cur += step)
            TUPLE_SET(r, i, NEWREF(TUPLE_GET(self, cur)));
        return r;
    }
    return err_format(&Exc_TypeError, "tuple indices must be integers or slices, not %.200s",
                      TYPE(item)->tp_name);
}

/* ---- methods --------------------------------------------------------------------------------- */

/* The optional start/stop of index(): ints clamped like slice bounds (CPython's
 * _PyEval_SliceIndexNotNone). */
int slice_index_arg(Object *v, ssize_t *out)
{
    if (!has_index(v)) {
        err_set_string(&Exc_TypeError,
                       "slice indices must be integers or have an __index__ method");
        return -1;
    }
    ssize_t x = num_as_ssize(v, NULL);
    if (x == -1 && err_occurred())
        return -1;
    *out = x;
    return 0;
}

/* Parse (value, start=0, stop=maxsize) for list.index and tuple.index, clamping to [0, len]. */
int index_args(const char *name, Object *const *args, ssize_t nargs, ssize_t len,
               ssize_t *start, ssize_t *stop)
{
    if (args_check_positional(name, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *stop = SSIZE_MAX;
    if (nargs > 1 && slice_index_arg(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index_arg(args[2], stop) < 0)
        return -1;
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = 0;
    }
    return 0;
}

static Object *tuple_index(Object *self, Object *const *args, ssize_t nargs)
{
    ssize_t start, stop;
    if (index_args("index", args, nargs, TUPLE_LEN(self), &start, &stop) < 0)
        return NULL;
    for (ssize_t i = start; i < stop && i < TUPLE_LEN(self); i++) {
        int cmp = obj_richcompare_bool(TUPLE_GET(self, i), args[0], CMP_EQ);
        if (cmp > 0)
            return int_from_ssize(i);
        if (cmp < 0)
            return NULL;
    }
    err_set_string(&Exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static Object *tuple_count(Object *self, Object *value)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < TUPLE_LEN(self); i++) {
        int cmp = obj_richcompare_bool(TUPLE_GET(self, i), value, CMP_EQ);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return int_from_ssize(count);
}

static Object *tuple_getnewargs(Object *self, Object *unused)
{
    Object *copy = tuple_from_array(TUPLE_ITEMS(self), TUPLE_LEN(self));
    if (copy == NULL)
        return NULL;
    Object *r = tuple_pack(1, copy);
    DECREF(copy);
    return r;
}

static Object *tuple_sizeof(Object *self, Object *unused)
{
    return int_from_ssize(TYPE(self)->tp_basicsize + TUPLE_LEN(self) * TYPE(self)->tp_itemsize);
}

/* ---- construction from Python: tuple(), tuple(iterable), subclasses -------------------------- */

static Object *tuple_subtype_new(TypeObject *type, Object *iterable)
{
    Object *tmp = iterable ? seq_tuple(iterable) : NEWREF(empty_tuple);
    if (tmp == NULL)
        return NULL;
    ssize_t n = TUPLE_LEN(tmp);
    Object *r = obj_alloc_var(type, n);
    if (r != NULL)
        for (ssize_t i = 0; i < n; i++)
            TUPLE_SET(r, i, NEWREF(TUPLE_GET(tmp, i)));
    DECREF(tmp);
    return r;
}

static Object *tuple_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &TupleType && args_no_kwargs("tuple", kwnames) < 0)
        return NULL;
    if (args_check_positional("tuple", nargs, 0, 1) < 0)
        return NULL;
    Object *iterable = nargs ? args[0] : NULL;
    if (type != &TupleType)
        return tuple_subtype_new(type, iterable);
    if (iterable == NULL)
        return NEWREF(empty_tuple);
    return seq_tuple(iterable);
}

static Object *tuple_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return tuple_tp_new((TypeObject *)type, args, nargs, kwnames);
}

/* ---- the iterator ---------------------------------------------------------------------------- */

typedef struct TupleIterObject {
    OB_HEAD;
    ssize_t it_index;
    Object *it_seq;             /* NULL when exhausted */
} TupleIterObject;

TypeObject TupleIterType;

static Object *tuple_iter(Object *seq)
{
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&TupleIterType);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = NEWREF(seq);
    return (Object *)it;
}

static void tupleiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((TupleIterObject *)self)->it_seq);
    TYPE(self)->tp_free(self);
}

static int tupleiter_traverse(Object *self, visitproc visit, void *arg)
{
    Object *s = ((TupleIterObject *)self)->it_seq;
    return s ? visit(s, arg) : 0;
}

static Object *tupleiter_next(Object *self)
{
    TupleIterObject *it = (TupleIterObject *)self;
    Object *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    if (it->it_index < TUPLE_LEN(seq))
        return NEWREF(TUPLE_GET(seq, it->it_index++));
    it->it_seq = NULL;
    DECREF(seq);
    return NULL;
}

static Object *tupleiter_len(Object *self, Object *unused)
{
    TupleIterObject *it = (TupleIterObject *)self;
    ssize_t n = it->it_seq ? TUPLE_LEN(it->it_seq) - it->it_index : 0;
    return int_from_ssize(n < 0 ? 0 : n);
}

Object *iter_self(Object *self) { return NEWREF(self); }

static MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_len, METH_NOARGS, NULL},
    {NULL}
};

TypeObject TupleIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = tupleiter_dealloc,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
};

/* ---- the type -------------------------------------------------------------------------------- */

static SequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

static MappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

static MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs, METH_NOARGS, NULL},
    {"index", tuple_index, METH_FASTCALL, "Return first index of value."},
    {"count", tuple_count, METH_O, "Return number of occurrences of value."},
    {"__sizeof__", tuple_sizeof, METH_NOARGS, NULL},
    {"__class_getitem__", (void *)generic_alias_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL}
};

TypeObject TupleType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "tuple",
    .tp_basicsize = offsetof(TupleObject, ob_item),
    .tp_itemsize = sizeof(Object *),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS,
    .tp_doc = "Built-in immutable sequence.",
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = &tuple_as_sequence,
    .tp_as_mapping = &tuple_as_mapping,
    .tp_hash = tuple_hash,
    .tp_traverse = tuple_traverse,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_new = tuple_tp_new,
    .tp_vectorcall = tuple_vectorcall,
};

/* Release the free lists (at shut-down, or by gc.collect's free-list clearing). */
void tuple_clear_freelists(void)
{
    for (int n = 1; n < TUPLE_MAXSAVESIZE; n++) {
        TupleObject *op = free_list[n];
        free_list[n] = NULL;
        numfree[n] = 0;
        while (op != NULL) {
            TupleObject *next = (TupleObject *)op->ob_item[0];
            obj_free((Object *)op);
            op = next;
        }
    }
}

/* ---- start-up of the whole container area ---------------------------------------------------- */

void containers_init(void)
{
    static TypeObject *const types[] = {
        &TupleType, &TupleIterType, &ListType, &ListIterType, &ListRevIterType,
        &DictType, &DictKeysType, &DictValuesType, &DictItemsType,
        &DictKeyIterType, &DictValueIterType, &DictItemIterType,
        &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType,
        &SetType, &FrozenSetType, &SetIterType, &RangeType, &RangeIterType, &LongRangeIterType,
        &SliceType, &SeqIterType, &CallIterType,
        &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType, &GenericAliasType,
        &UnionType,
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        type_ready(types[i]);
    /* The () singleton is static and was never tracked; make sure nothing tries to free it. */
    REFCNT(empty_tuple) = IMMORTAL_REFCNT;
}
