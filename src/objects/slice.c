/* slice.c — slice objects and the index arithmetic every sequence uses.
 *
 * slice_indices() is CPython's PySlice_Unpack followed by PySlice_AdjustIndices: bounds are
 * clamped to ssize_t first (so s[-10**100:] works), then fitted to the sequence length.
 * slice_get_long_indices() does the same with exact ints for slice.indices() and range slicing,
 * where the length may not fit in a machine word.  Slices are unhashable in 3.11 and compare as
 * the tuples (start, stop, step). */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "../runtime/gc.h"
#include <limits.h>

Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *s = (SliceObject *)obj_alloc(&SliceType);
    if (s == NULL)
        return NULL;
    s->start = NEWREF(start ? start : NONE);
    s->stop = NEWREF(stop ? stop : NONE);
    s->step = NEWREF(step ? step : NONE);
    return (Object *)s;
}

static inline bool has_index(Object *o)
{
    NumberMethods *nb = TYPE(o)->tp_as_number;
    return nb != NULL && nb->nb_index != NULL;
}

/* A bound (not None) clamped into ssize_t: CPython's _PyEval_SliceIndex. */
static int slice_bound(Object *v, ssize_t *out)
{
    if (!has_index(v)) {
        err_set_string(&Exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t x = num_as_ssize(v, NULL);
    if (x == -1 && err_occurred())
        return -1;
    *out = x;
    return 0;
}

ssize_t slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                      ssize_t *step)
{
    SliceObject *r = (SliceObject *)slice;
    if (r->step == NONE) {
        *step = 1;
    } else {
        if (slice_bound(r->step, step) < 0)
            return -1;
        if (*step == 0) {
            err_set_string(&Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* Keep -step representable for code that reverses the slice. */
        if (*step < -SSIZE_MAX)
            *step = -SSIZE_MAX;
    }
    if (r->start == NONE)
        *start = *step < 0 ? SSIZE_MAX : 0;
    else if (slice_bound(r->start, start) < 0)
        return -1;
    if (r->stop == NONE)
        *stop = *step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    else if (slice_bound(r->stop, stop) < 0)
        return -1;

    ssize_t st = *step;
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = st < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = st < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = st < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = st < 0 ? length - 1 : length;
    }
    if (st < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-st) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / st + 1;
    }
    return 0;
}

/* An int bound through __index__ (TypeError otherwise). */
static Object *long_bound(Object *v)
{
    if (!has_index(v))
        return err_format(&Exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
    return num_index(v);
}

/* Clamp v (new ref, replaced) into [lower, upper] after adding length when negative. */
static int fit_bound(Object **v, Object *length, Object *lower, Object *upper)
{
    if (int_sign(*v) < 0) {
        Object *t = int_add(*v, length);
        if (t == NULL)
            return -1;
        SETREF(*v, t);
        if (int_compare(*v, lower) < 0)
            SETREF(*v, NEWREF(lower));
    } else if (int_compare(*v, upper) > 0) {
        SETREF(*v, NEWREF(upper));
    }
    return 0;
}

int slice_get_long_indices(Object *slice, Object *length, Object **start_out, Object **stop_out,
                           Object **step_out)
{
    SliceObject *self = (SliceObject *)slice;
    Object *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    bool neg;
    if (self->step == NONE) {
        step = NEWREF(SMALL_INT(1));
        neg = false;
    } else {
        if ((step = long_bound(self->step)) == NULL)
            return -1;
        if (int_sign(step) == 0) {
            DECREF(step);
            err_set_string(&Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        neg = int_sign(step) < 0;
    }
    /* The bounds of start and stop: [-1, len-1] going down, [0, len] going up. */
    if (neg) {
        lower = NEWREF(SMALL_INT(-1));
        if ((upper = int_add(length, lower)) == NULL)
            goto error;
    } else {
        lower = NEWREF(SMALL_INT(0));
        upper = NEWREF(length);
    }
    if (self->start == NONE) {
        start = NEWREF(neg ? upper : lower);
    } else {
        if ((start = long_bound(self->start)) == NULL
            || fit_bound(&start, length, lower, upper) < 0)
            goto error;
    }
    if (self->stop == NONE) {
        stop = NEWREF(neg ? lower : upper);
    } else {
        if ((stop = long_bound(self->stop)) == NULL
            || fit_bound(&stop, length, lower, upper) < 0)
            goto error;
    }
    DECREF(lower);
    DECREF(upper);
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    return 0;
error:
    XDECREF(step);
    XDECREF(lower);
    XDECREF(upper);
    XDECREF(start);
    XDECREF(stop);
    return -1;
}

/* ---- the type ------------------------------------------------------------------------------- */

static void slice_dealloc(Object *self)
{
    SliceObject *s = (SliceObject *)self;
    gc_untrack(self);
    DECREF(s->step);
    DECREF(s->stop);
    DECREF(s->start);
    TYPE(self)->tp_free(self);
}

static int slice_traverse(Object *self, visitproc visit, void *arg)
{
    SliceObject *s = (SliceObject *)self;
    int r;
    if ((r = visit(s->start, arg)) || (r = visit(s->stop, arg)) || (r = visit(s->step, arg)))
        return r;
    return 0;
}

static Object *slice_repr(Object *self)
{
    SliceObject *s = (SliceObject *)self;
    return str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Object *slice_richcompare(Object *v, Object *w, int op)
{
    if (!IS_SLICE(v) || !IS_SLICE(w))
        RETURN_NOTIMPL;
    if (v == w)
        return bool_from(op == CMP_EQ || op == CMP_LE || op == CMP_GE);
    SliceObject *a = (SliceObject *)v, *b = (SliceObject *)w;
    Object *t1 = tuple_pack(3, a->start, a->stop, a->step);
    if (t1 == NULL)
        return NULL;
    Object *t2 = tuple_pack(3, b->start, b->stop, b->step);
    if (t2 == NULL) {
        DECREF(t1);
        return NULL;
    }
    Object *r = obj_richcompare(t1, t2, op);
    DECREF(t1);
    DECREF(t2);
    return r;
}

static Object *slice_indices_meth(Object *self, Object *len)
{
    Object *length = num_index(len);
    if (length == NULL)
        return NULL;
    if (int_sign(length) < 0) {
        DECREF(length);
        err_set_string(&Exc_ValueError, "length should not be negative");
        return NULL;
    }
    Object *start, *stop, *step;
    int r = slice_get_long_indices(self, length, &start, &stop, &step);
    DECREF(length);
    if (r < 0)
        return NULL;
    Object *t = tuple_new(3);
    if (t == NULL) {
        DECREF(start);
        DECREF(stop);
        DECREF(step);
        return NULL;
    }
    TUPLE_SET(t, 0, start);
    TUPLE_SET(t, 1, stop);
    TUPLE_SET(t, 2, step);
    return t;
}

static Object *slice_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (args_no_kwargs("slice", kwnames) < 0 || args_check_positional("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static Object *slice_vectorcall(Object *type, Object *const *args, ssize_t nargs,
                                Object *kwnames)
{
    return slice_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static MethodDef slice_methods[] = {
    {"indices", slice_indices_meth, METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS."},
    {NULL}
};

static MemberDef slice_members[] = {
    {"start", T_OBJECT, offsetof(SliceObject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(SliceObject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(SliceObject, step), READONLY, NULL},
    {NULL}
};

TypeObject SliceType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(SliceObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])",
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = obj_hash_not_implemented,
    .tp_traverse = slice_traverse,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_tp_new,
    .tp_vectorcall = slice_vectorcall,
};
