/* range.c — range objects and their iterators.
 *
 * A range keeps start, stop, step and its length as int objects, so any size works; its length
 * is computed once at creation.  Membership of an int is arithmetic (O(1)); other objects are
 * compared one by one, as CPython does.  Iteration uses a C-long iterator whenever start, step
 * and the length fit in a long (the common case), and an int-object iterator otherwise.
 * Hashing is that of (len, start, step), with None for what does not matter (CPython's). */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include <limits.h>

#define R(o) ((RangeObject *)(o))

/* Length of range(start, stop, step) for ints: 0 if empty, else (hi - lo - 1) // |step| + 1. */
static Object *compute_length(Object *start, Object *stop, Object *step)
{
    int ov1, ov2, ov3;
    long lo = int_as_long_overflow(start, &ov1), hi = int_as_long_overflow(stop, &ov2);
    long st = int_as_long_overflow(step, &ov3);
    if (!ov1 && !ov2 && !ov3 && st != LONG_MIN) {
        /* Fast path with unsigned arithmetic, which cannot overflow here. */
        unsigned long n = 0;
        if (st > 0 && lo < hi)
            n = 1 + ((unsigned long)hi - 1 - (unsigned long)lo) / (unsigned long)st;
        else if (st < 0 && lo > hi)
            n = 1 + ((unsigned long)lo - 1 - (unsigned long)hi) / (0UL - (unsigned long)st);
        return int_from_ulonglong(n);
    }
    int sign = int_sign(step);
    Object *a = start, *b = stop;
    if (sign < 0) {
        a = stop;
        b = start;
    }
    if (int_compare(a, b) >= 0)
        return NEWREF(SMALL_INT(0));
    Object *diff = int_sub(b, a), *t = NULL, *absstep = NULL, *q = NULL, *r = NULL;
    if (diff == NULL)
        return NULL;
    t = int_sub(diff, SMALL_INT(1));
    DECREF(diff);
    if (t == NULL)
        return NULL;
    absstep = sign < 0 ? int_neg(step) : NEWREF(step);
    if (absstep != NULL)
        q = int_floordiv(t, absstep);
    if (q != NULL)
        r = int_add(q, SMALL_INT(1));
    DECREF(t);
    XDECREF(absstep);
    XDECREF(q);
    return r;
}

/* Takes the references to start, stop, step (ints). */
static Object *make_range(TypeObject *type, Object *start, Object *stop, Object *step)
{
    Object *length = compute_length(start, stop, step);
    if (length == NULL)
        goto fail;
    RangeObject *r = (RangeObject *)obj_alloc(type);
    if (r == NULL) {
        DECREF(length);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (Object *)r;
fail:
    DECREF(start);
    DECREF(stop);
    DECREF(step);
    return NULL;
}

static Object *range_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                            Object *kwnames)
{
    if (args_no_kwargs("range", kwnames) < 0)
        return NULL;
    Object *start, *stop, *step;
    if (nargs == 1) {
        if ((stop = num_index(args[0])) == NULL)
            return NULL;
        return make_range(type, NEWREF(SMALL_INT(0)), stop, NEWREF(SMALL_INT(1)));
    }
    if (nargs == 2 || nargs == 3) {
        if ((start = num_index(args[0])) == NULL)
            return NULL;
        if ((stop = num_index(args[1])) == NULL) {
            DECREF(start);
            return NULL;
        }
        if (nargs == 2)
            return make_range(type, start, stop, NEWREF(SMALL_INT(1)));
        if ((step = num_index(args[2])) == NULL) {
            DECREF(start);
            DECREF(stop);
            return NULL;
        }
        if (int_sign(step) == 0) {
            DECREF(start);
            DECREF(stop);
            DECREF(step);
            err_set_string(&Exc_ValueError, "range() arg 3 must not be zero");
            return NULL;
        }
        return make_range(type, start, stop, step);
    }
    if (nargs == 0)
        return err_format(&Exc_TypeError, "range expected at least 1 argument, got 0");
    return err_format(&Exc_TypeError, "range expected at most 3 arguments, got %zd", nargs);
}

static Object *range_vectorcall(Object *type, Object *const *args, ssize_t nargs,
                                Object *kwnames)
{
    return range_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static void range_dealloc(Object *self)
{
    RangeObject *r = R(self);
    DECREF(r->start);
    DECREF(r->stop);
    DECREF(r->step);
    DECREF(r->length);
    TYPE(self)->tp_free(self);
}

/* ---- sequence behaviour ------------------------------------------------------------------- */

static ssize_t range_length(Object *self)
{
    return int_as_ssize(R(self)->length);
}

/* start + i * step, i an int. */
static Object *compute_item(RangeObject *r, Object *i)
{
    if (int_is_compact(r->start) && int_is_compact(r->step) && int_is_compact(i)) {
        /* Fits easily in 64 bits: three 30-bit digits at most. */
        long v = int_compact_value(r->start) + int_compact_value(i) * int_compact_value(r->step);
        return int_from_long(v);
    }
    Object *p = int_mul(i, r->step);
    if (p == NULL)
        return NULL;
    Object *v = int_add(r->start, p);
    DECREF(p);
    return v;
}

static Object *range_item(Object *self, ssize_t i)
{
    Object *idx = int_from_ssize(i);
    if (idx == NULL)
        return NULL;
    Object *r = NULL;
    if (i < 0 || int_compare(idx, R(self)->length) >= 0)
        err_set_string(&Exc_IndexError, "range object index out of range");
    else
        r = compute_item(R(self), idx);
    DECREF(idx);
    return r;
}

/* r[i] for an int i of any size. */
static Object *range_long_item(RangeObject *r, Object *arg)
{
    Object *i = num_index(arg);
    if (i == NULL)
        return NULL;
    if (int_sign(i) < 0) {
        Object *t = int_add(i, r->length);
        DECREF(i);
        if (t == NULL)
            return NULL;
        i = t;
    }
    Object *res = NULL;
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0)
        err_set_string(&Exc_IndexError, "range object index out of range");
    else
        res = compute_item(r, i);
    DECREF(i);
    return res;
}

static Object *range_slice(RangeObject *r, Object *slice)
{
    Object *start, *stop, *step;
    if (slice_get_long_indices(slice, r->length, &start, &stop, &step) < 0)
        return NULL;
    Object *substep = int_mul(step, r->step);
    Object *substart = substep ? compute_item(r, start) : NULL;
    Object *substop = substart ? compute_item(r, stop) : NULL;
    DECREF(start);
    DECREF(stop);
    DECREF(step);
    if (substop == NULL) {
        XDECREF(substep);
        XDECREF(substart);
        return NULL;
    }
    return make_range(&RangeType, substart, substop, substep);
}

static Object *range_subscript(Object *self, Object *item)
{
    NumberMethods *nb = TYPE(item)->tp_as_number;
    if (nb != NULL && nb->nb_index != NULL)
        return range_long_item(R(self), item);
    if (IS_SLICE(item))
        return range_slice(R(self), item);
    return err_format(&Exc_TypeError, "range indices must be integers or slices, not %.200s",
                      TYPE(item)->tp_name);
}

/* ob (an exact int or bool) in r, by arithmetic. */
static int range_contains_long(RangeObject *r, Object *ob)
{
    int cmp2, cmp3;
    if (int_sign(r->step) > 0) {
        cmp2 = int_compare(r->start, ob) <= 0;
        cmp3 = int_compare(ob, r->stop) < 0;
    } else {
        cmp2 = int_compare(ob, r->start) <= 0;
        cmp3 = int_compare(r->stop, ob) < 0;
    }
    if (!cmp2 || !cmp3)
        return 0;
    Object *d = int_sub(ob, r->start);
    if (d == NULL)
        return -1;
    Object *m = int_mod(d, r->step);
    DECREF(d);
    if (m == NULL)
        return -1;
    int res = int_sign(m) == 0;
    DECREF(m);
    return res;
}

static bool is_exact_int_or_bool(Object *o)
{
    return IS_INT_EXACT(o) || IS_BOOL(o);
}

/* 0-based position of ob found by iteration, count of matches, or -1 (error or absent). */
static ssize_t iter_search(Object *self, Object *ob, bool count)
{
    Object *it = obj_get_iter(self), *item;
    if (it == NULL)
        return -1;
    ssize_t n = 0, i = 0;
    while ((item = iter_next(it)) != NULL) {
        int c = obj_richcompare_bool(item, ob, CMP_EQ);
        DECREF(item);
        if (c < 0) {
            DECREF(it);
            return -1;
        }
        if (c > 0) {
            if (!count) {
                DECREF(it);
                return i;
            }
            n++;
        }
        i++;
    }
    DECREF(it);
    if (err_occurred())
        return -1;
    if (!count) {
        err_set_string(&Exc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
}

static int range_contains(Object *self, Object *ob)
{
    if (is_exact_int_or_bool(ob))
        return range_contains_long(R(self), ob);
    Object *it = obj_get_iter(self), *item;
    if (it == NULL)
        return -1;
    int found = 0;
    while ((item = iter_next(it)) != NULL) {
        found = obj_richcompare_bool(item, ob, CMP_EQ);
        DECREF(item);
        if (found != 0)
            break;
    }
    DECREF(it);
    if (found == 0 && err_occurred())
        return -1;
    return found;
}

static Object *range_count(Object *self, Object *ob)
{
    if (is_exact_int_or_bool(ob)) {
        int r = range_contains_long(R(self), ob);
        return r < 0 ? NULL : int_from_long(r);
    }
    ssize_t n = iter_search(self, ob, true);
    return n < 0 ? NULL : int_from_ssize(n);
}

static Object *range_index(Object *self, Object *ob)
{
    if (!is_exact_int_or_bool(ob)) {
        ssize_t i = iter_search(self, ob, false);
        return i < 0 ? NULL : int_from_ssize(i);
    }
    int r = range_contains_long(R(self), ob);
    if (r < 0)
        return NULL;
    if (!r)
        return err_format(&Exc_ValueError, "%R is not in range", ob);
    Object *d = int_sub(ob, R(self)->start);
    if (d == NULL)
        return NULL;
    Object *q = int_floordiv(d, R(self)->step);
    DECREF(d);
    return q;
}

static int range_bool(Object *self)
{
    return int_sign(R(self)->length) != 0;
}

/* ---- comparison, hash, repr -------------------------------------------------------------- */

/* Equal as sequences: same length, and (when non-empty) same start, and (when longer than 1)
 * same step. */
static int range_equals(RangeObject *a, RangeObject *b)
{
    if (a == b)
        return 1;
    if (int_compare(a->length, b->length) != 0)
        return 0;
    if (int_sign(a->length) == 0)
        return 1;
    if (int_compare(a->start, b->start) != 0)
        return 0;
    if (int_compare(a->length, SMALL_INT(1)) == 0)
        return 1;
    return int_compare(a->step, b->step) == 0;
}

static Object *range_richcompare(Object *v, Object *w, int op)
{
    if (TYPE(w) != &RangeType || (op != CMP_EQ && op != CMP_NE))
        RETURN_NOTIMPL;
    int r = range_equals(R(v), R(w));
    return bool_from(op == CMP_EQ ? r : !r);
}

static int64_t range_hash(Object *self)
{
    RangeObject *r = R(self);
    Object *items[3] = {r->length, NONE, NONE};
    if (int_sign(r->length) != 0) {
        items[1] = r->start;
        if (int_compare(r->length, SMALL_INT(1)) != 0)
            items[2] = r->step;
    }
    return tuple_hash_items(items, 3);
}

static Object *range_repr(Object *self)
{
    RangeObject *r = R(self);
    if (int_is_compact(r->step) && int_compact_value(r->step) == 1)
        return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* ---- iterators ------------------------------------------------------------------------------ */

typedef struct RangeIterObject {
    OB_HEAD;
    long index;                 /* 0-based position of the next item */
    long start, step, len;
} RangeIterObject;

typedef struct LongRangeIterObject {
    OB_HEAD;
    Object *start, *step, *len;     /* len counts down as items are produced */
} LongRangeIterObject;

static Object *rangeiter_next(Object *self)
{
    RangeIterObject *r = (RangeIterObject *)self;
    if (r->index < r->len) {
        /* Unsigned arithmetic: the last value may need the full range of a long. */
        unsigned long v = (unsigned long)r->start + (unsigned long)(r->index++) *
                          (unsigned long)r->step;
        return int_from_long((long)v);
    }
    return NULL;
}

static Object *rangeiter_len(Object *self, Object *unused)
{
    RangeIterObject *r = (RangeIterObject *)self;
    return int_from_long(r->len - r->index);
}

static Object *longrangeiter_next(Object *self)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    if (int_sign(r->len) <= 0)
        return NULL;
    Object *n = int_sub(r->len, SMALL_INT(1));
    if (n == NULL)
        return NULL;
    SETREF(r->len, n);
    Object *next = int_add(r->start, r->step);
    if (next == NULL)
        return NULL;
    Object *result = r->start;
    r->start = next;
    return result;
}

static Object *longrangeiter_len(Object *self, Object *unused)
{
    return NEWREF(((LongRangeIterObject *)self)->len);
}

static void longrangeiter_dealloc(Object *self)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    XDECREF(r->start);
    XDECREF(r->step);
    XDECREF(r->len);
    TYPE(self)->tp_free(self);
}

static void rangeiter_dealloc(Object *self)
{
    TYPE(self)->tp_free(self);
}

/* An iterator over start, start+step, ... (len items); steals nothing. */
static Object *make_iter(Object *start, Object *step, Object *len)
{
    int o1, o2, o3;
    long s = int_as_long_overflow(start, &o1), st = int_as_long_overflow(step, &o2);
    long n = int_as_long_overflow(len, &o3);
    if (!o1 && !o2 && !o3) {
        /* The last item must fit a long too. */
        Object *last = NULL;
        bool ok = true;
        if (n > 0) {
            Object *nm1 = int_from_long(n - 1), *p = NULL;
            if (nm1 == NULL)
                return NULL;
            p = int_mul(nm1, step);
            DECREF(nm1);
            if (p == NULL)
                return NULL;
            last = int_add(start, p);
            DECREF(p);
            if (last == NULL)
                return NULL;
            int o4;
            int_as_long_overflow(last, &o4);
            ok = !o4;
            DECREF(last);
        }
        if (ok) {
            RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIterType);
            if (it == NULL)
                return NULL;
            it->index = 0;
            it->start = s;
            it->step = st;
            it->len = n;
            return (Object *)it;
        }
    }
    LongRangeIterObject *it = (LongRangeIterObject *)obj_alloc(&LongRangeIterType);
    if (it == NULL)
        return NULL;
    it->start = NEWREF(start);
    it->step = NEWREF(step);
    it->len = NEWREF(len);
    return (Object *)it;
}

static Object *range_iter(Object *self)
{
    RangeObject *r = R(self);
    return make_iter(r->start, r->step, r->length);
}

static Object *range_reversed(Object *self, Object *unused)
{
    RangeObject *r = R(self);
    /* From the last item down: start + (len-1)*step, stepping by -step. */
    Object *nm1 = int_sub(r->length, SMALL_INT(1));
    if (nm1 == NULL)
        return NULL;
    Object *last = compute_item(r, nm1);
    DECREF(nm1);
    if (last == NULL)
        return NULL;
    Object *negstep = int_neg(r->step);
    if (negstep == NULL) {
        DECREF(last);
        return NULL;
    }
    Object *it = make_iter(last, negstep, r->length);
    DECREF(last);
    DECREF(negstep);
    return it;
}

static MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_len, METH_NOARGS, NULL},
    {NULL}
};

static MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_len, METH_NOARGS, NULL},
    {NULL}
};

TypeObject RangeIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIterObject),
    .tp_dealloc = rangeiter_dealloc,
    .tp_iter = iter_self,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
};

TypeObject LongRangeIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIterObject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_iter = iter_self,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
};

/* ---- the type ------------------------------------------------------------------------------ */

static NumberMethods range_as_number = {
    .nb_bool = range_bool,
};

static SequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};

static MappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

static MethodDef range_methods[] = {
    {"__reversed__", range_reversed, METH_NOARGS,
     "Return a reverse iterator."},
    {"count", range_count, METH_O, "rangeobject.count(value) -> integer -- return number of "
     "occurrences of value"},
    {"index", range_index, METH_O, "rangeobject.index(value) -> integer -- return index of "
     "value.\nRaise ValueError if the value is not present."},
    {NULL}
};

static MemberDef range_members[] = {
    {"start", T_OBJECT, offsetof(RangeObject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(RangeObject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(RangeObject, step), READONLY, NULL},
    {NULL}
};

TypeObject RangeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(RangeObject),
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_tp_new,
    .tp_vectorcall = range_vectorcall,
};
