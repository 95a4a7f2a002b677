/* iterators.c — the iterator types that builtins exposes: enumerate, zip, map, filter, reversed.
 *
 * Each is a small GC object holding the iterators it draws from; tp_iter returns itself and
 * tp_iternext does the work.  enumerate and zip reuse their result tuple when the caller has let
 * go of the previous one (refcount 1), as CPython does, so `for i, x in enumerate(s)` allocates
 * no tuple per step.  enumerate counts in a C ssize_t and switches to int objects past
 * PY_SSIZE_T_MAX (or when start is already that big). */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "../runtime/gc.h"
#include <limits.h>

/* The next item of it: NULL at the end (no exception) or on error (exception set). */
static inline Object *next_of(Object *it)
{
    return iter_next(it);
}

/* Put a and b (stolen) in the recycled 2-tuple *result if nobody else holds it, else in a new
 * tuple.  New reference. */
static Object *pair_result(Object *result, Object *a, Object *b)
{
    if (REFCNT(result) == 1) {
        Object *olda = TUPLE_GET(result, 0), *oldb = TUPLE_GET(result, 1);
        TUPLE_SET(result, 0, a);
        TUPLE_SET(result, 1, b);
        INCREF(result);
        DECREF(olda);
        DECREF(oldb);
        /* The collector may have untracked it while it held only atoms. */
        if (!gc_is_tracked(result))
            gc_track(result);
        return result;
    }
    Object *t = tuple_new(2);
    if (t == NULL) {
        DECREF(a);
        DECREF(b);
        return NULL;
    }
    TUPLE_SET(t, 0, a);
    TUPLE_SET(t, 1, b);
    return t;
}

/* ---- enumerate ------------------------------------------------------------------------------ */

typedef struct EnumObject {
    OB_HEAD;
    ssize_t en_index;           /* next index while it fits */
    Object *en_sit;             /* the underlying iterator */
    Object *en_result;          /* the recycled (index, item) tuple */
    Object *en_longindex;       /* next index as an int once past SSIZE_MAX, else NULL */
    Object *one;                /* the int 1, for stepping en_longindex */
} EnumObject;

static Object *enum_new_impl(TypeObject *type, Object *iterable, Object *start)
{
    EnumObject *en = (EnumObject *)obj_alloc(type);
    if (en == NULL)
        return NULL;
    if (start != NULL) {
        start = num_index(start);
        if (start == NULL)
            goto fail;
        int overflow;
        long v = int_as_long_overflow(start, &overflow);
        if (overflow) {
            en->en_index = SSIZE_MAX;
            en->en_longindex = start;
        } else {
            en->en_index = v;
            DECREF(start);
        }
    }
    en->one = NEWREF(SMALL_INT(1));
    if ((en->en_sit = obj_get_iter(iterable)) == NULL)
        goto fail;
    if ((en->en_result = tuple_pack(2, NONE, NONE)) == NULL)
        goto fail;
    return (Object *)en;
fail:
    DECREF(en);
    return NULL;
}

static Object *enum_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames == NULL || TUPLE_LEN(kwnames) == 0) {
        if (nargs == 0)
            return err_format(&Exc_TypeError, "enumerate() missing required argument 'iterable'");
        if (nargs > 2)
            return err_format(&Exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                              nargs);
        return enum_new_impl(type, args[0], nargs > 1 ? args[1] : NULL);
    }
    static const char *const kwlist[] = {"iterable", "start", NULL};
    Object *out[2] = {NULL, NULL};
    if (args_parse("enumerate", args, nargs, kwnames, kwlist, 1, 2, out) < 0)
        return NULL;
    return enum_new_impl(type, out[0], out[1]);
}

static Object *enum_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return enum_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static void enum_dealloc(Object *self)
{
    EnumObject *en = (EnumObject *)self;
    gc_untrack(self);
    XDECREF(en->en_sit);
    XDECREF(en->en_result);
    XDECREF(en->en_longindex);
    XDECREF(en->one);
    TYPE(self)->tp_free(self);
}

static int enum_traverse(Object *self, visitproc visit, void *arg)
{
    EnumObject *en = (EnumObject *)self;
    int r;
    if (en->en_sit && (r = visit(en->en_sit, arg)) != 0) return r;
    if (en->en_result && (r = visit(en->en_result, arg)) != 0) return r;
    if (en->en_longindex && (r = visit(en->en_longindex, arg)) != 0) return r;
    return 0;
}

static Object *enum_next(Object *self)
{
    EnumObject *en = (EnumObject *)self;
    Object *item = next_of(en->en_sit);
    if (item == NULL)
        return NULL;
    Object *index;
    if (en->en_index == SSIZE_MAX) {
        if (en->en_longindex == NULL && (en->en_longindex = int_from_ssize(SSIZE_MAX)) == NULL) {
            DECREF(item);
            return NULL;
        }
        index = en->en_longindex;
        en->en_longindex = int_add(index, en->one);
        if (en->en_longindex == NULL) {
            DECREF(index);
            DECREF(item);
            return NULL;
        }
    } else {
        index = int_from_ssize(en->en_index);
        if (index == NULL) {
            DECREF(item);
            return NULL;
        }
        en->en_index++;
    }
    return pair_result(en->en_result, index, item);
}

static MethodDef enum_methods[] = {
    {"__class_getitem__", (void *)generic_alias_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL}
};

TypeObject EnumerateType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "Return an enumerate object.",
    .tp_methods = enum_methods,
    .tp_dealloc = enum_dealloc,
    .tp_traverse = enum_traverse,
    .tp_iter = iter_self,
    .tp_iternext = enum_next,
    .tp_new = enum_tp_new,
    .tp_vectorcall = enum_vectorcall,
};

/* ---- zip ------------------------------------------------------------------------------------- */

typedef struct ZipObject {
    OB_HEAD;
    ssize_t tuplesize;
    Object *ittuple;            /* tuple of the iterators */
    Object *result;             /* the recycled result tuple */
    int strict;
} ZipObject;

static Object *zip_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    int strict = 0;
    if (kwnames != NULL && TUPLE_LEN(kwnames) > 0) {
        static const char *const kwlist[] = {"strict", NULL};
        Object *out[1] = {NULL};
        if (args_parse("zip", args + nargs, 0, kwnames, kwlist, 0, 0, out) < 0)
            return NULL;
        if (out[0] != NULL && (strict = obj_is_true(out[0])) < 0)
            return NULL;
    }
    Object *ittuple = tuple_new(nargs);
    if (ittuple == NULL)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        Object *it = obj_get_iter(args[i]);
        if (it == NULL) {
            DECREF(ittuple);
            return NULL;
        }
        TUPLE_SET(ittuple, i, it);
    }
    Object *result = tuple_new(nargs);
    if (result == NULL) {
        DECREF(ittuple);
        return NULL;
    }
    for (ssize_t i = 0; i < nargs; i++)
        TUPLE_SET(result, i, NEWREF(NONE));
    ZipObject *lz = (ZipObject *)obj_alloc(type);
    if (lz == NULL) {
        DECREF(ittuple);
        DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = nargs;
    lz->result = result;
    lz->strict = strict;
    return (Object *)lz;
}

static Object *zip_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return zip_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static void zip_dealloc(Object *self)
{
    ZipObject *lz = (ZipObject *)self;
    gc_untrack(self);
    XDECREF(lz->ittuple);
    XDECREF(lz->result);
    TYPE(self)->tp_free(self);
}

static int zip_traverse(Object *self, visitproc visit, void *arg)
{
    ZipObject *lz = (ZipObject *)self;
    int r;
    if (lz->ittuple && (r = visit(lz->ittuple, arg)) != 0) return r;
    return lz->result ? visit(lz->result, arg) : 0;
}

/* strict=True: iterator i ran out; decide whether that was an error.  Returns NULL always. */
static Object *zip_check_strict(ZipObject *lz, ssize_t i)
{
    if (err_occurred())
        return NULL;            /* next() raised something other than StopIteration */
    if (i > 0) {
        const char *plural = i == 1 ? " " : "s 1-";
        return err_format(&Exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                          i + 1, plural, i);
    }
    for (i = 1; i < lz->tuplesize; i++) {
        Object *item = next_of(TUPLE_GET(lz->ittuple, i));
        if (item != NULL) {
            DECREF(item);
            const char *plural = i == 1 ? " " : "s 1-";
            return err_format(&Exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                              i + 1, plural, i);
        }
        if (err_occurred())
            return NULL;
    }
    return NULL;                /* all exhausted together: a normal end */
}

static Object *zip_next(Object *self)
{
    ZipObject *lz = (ZipObject *)self;
    ssize_t n = lz->tuplesize;
    if (n == 0)
        return NULL;
    Object *result = lz->result;
    if (REFCNT(result) == 1) {
        INCREF(result);
        for (ssize_t i = 0; i < n; i++) {
            Object *item = next_of(TUPLE_GET(lz->ittuple, i));
            if (item == NULL) {
                DECREF(result);
                return lz->strict ? zip_check_strict(lz, i) : NULL;
            }
            Object *old = TUPLE_GET(result, i);
            TUPLE_SET(result, i, item);
            DECREF(old);
        }
        if (!gc_is_tracked(result))
            gc_track(result);
        return result;
    }
    result = tuple_new(n);
    if (result == NULL)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *item = next_of(TUPLE_GET(lz->ittuple, i));
        if (item == NULL) {
            DECREF(result);
            return lz->strict ? zip_check_strict(lz, i) : NULL;
        }
        TUPLE_SET(result, i, item);
    }
    return result;
}

TypeObject ZipType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .tp_dealloc = zip_dealloc,
    .tp_traverse = zip_traverse,
    .tp_iter = iter_self,
    .tp_iternext = zip_next,
    .tp_new = zip_tp_new,
    .tp_vectorcall = zip_vectorcall,
};

/* ---- map ------------------------------------------------------------------------------------- */

typedef struct MapObject {
    OB_HEAD;
    Object *iters;              /* tuple of iterators */
    Object *func;
} MapObject;

static Object *map_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &MapType && args_no_kwargs("map", kwnames) < 0)
        return NULL;
    if (nargs < 2) {
        err_set_string(&Exc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    Object *iters = tuple_new(nargs - 1);
    if (iters == NULL)
        return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        Object *it = obj_get_iter(args[i]);
        if (it == NULL) {
            DECREF(iters);
            return NULL;
        }
        TUPLE_SET(iters, i - 1, it);
    }
    MapObject *lz = (MapObject *)obj_alloc(type);
    if (lz == NULL) {
        DECREF(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = NEWREF(args[0]);
    return (Object *)lz;
}

static Object *map_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return map_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static void map_dealloc(Object *self)
{
    MapObject *lz = (MapObject *)self;
    gc_untrack(self);
    XDECREF(lz->iters);
    XDECREF(lz->func);
    TYPE(self)->tp_free(self);
}

static int map_traverse(Object *self, visitproc visit, void *arg)
{
    MapObject *lz = (MapObject *)self;
    int r;
    if (lz->iters && (r = visit(lz->iters, arg)) != 0) return r;
    return lz->func ? visit(lz->func, arg) : 0;
}

/* Arguments for up to this many iterables are gathered on the C stack (CPython's small stack). */
#define MAP_SMALL_STACK 5

static Object *map_next(Object *self)
{
    MapObject *lz = (MapObject *)self;
    ssize_t n = TUPLE_LEN(lz->iters), i;
    Object *small[MAP_SMALL_STACK], **stack = small, *result = NULL;
    if (n > MAP_SMALL_STACK) {
        stack = mem_alloc((size_t)n * sizeof(Object *));
        if (stack == NULL)
            return err_no_memory();
    }
    for (i = 0; i < n; i++) {
        Object *val = next_of(TUPLE_GET(lz->iters, i));
        if (val == NULL)
            goto exit;
        stack[i] = val;
    }
    result = obj_call(lz->func, stack, n, NULL);
exit:
    while (--i >= 0)
        DECREF(stack[i]);
    if (stack != small)
        mem_free(stack);
    return result;
}

TypeObject MapType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(MapObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "map(func, *iterables) --> map object",
    .tp_dealloc = map_dealloc,
    .tp_traverse = map_traverse,
    .tp_iter = iter_self,
    .tp_iternext = map_next,
    .tp_new = map_tp_new,
    .tp_vectorcall = map_vectorcall,
};

/* ---- filter ---------------------------------------------------------------------------------- */

typedef struct FilterObject {
    OB_HEAD;
    Object *func;               /* None or bool: the items' own truth */
    Object *it;
} FilterObject;

static Object *filter_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                             Object *kwnames)
{
    if (type == &FilterType && args_no_kwargs("filter", kwnames) < 0)
        return NULL;
    if (args_check_positional("filter", nargs, 2, 2) < 0)
        return NULL;
    Object *it = obj_get_iter(args[1]);
    if (it == NULL)
        return NULL;
    FilterObject *lz = (FilterObject *)obj_alloc(type);
    if (lz == NULL) {
        DECREF(it);
        return NULL;
    }
    lz->func = NEWREF(args[0]);
    lz->it = it;
    return (Object *)lz;
}

static Object *filter_vectorcall(Object *type, Object *const *args, ssize_t nargs,
                                 Object *kwnames)
{
    return filter_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static void filter_dealloc(Object *self)
{
    FilterObject *lz = (FilterObject *)self;
    gc_untrack(self);
    XDECREF(lz->func);
    XDECREF(lz->it);
    TYPE(self)->tp_free(self);
}

static int filter_traverse(Object *self, visitproc visit, void *arg)
{
    FilterObject *lz = (FilterObject *)self;
    int r;
    if (lz->it && (r = visit(lz->it, arg)) != 0) return r;
    return lz->func ? visit(lz->func, arg) : 0;
}

static Object *filter_next(Object *self)
{
    FilterObject *lz = (FilterObject *)self;
    bool checktrue = lz->func == NONE || lz->func == (Object *)&BoolType;
    for (;;) {
        Object *item = next_of(lz->it);
        if (item == NULL)
            return NULL;
        int ok;
        if (checktrue) {
            ok = obj_is_true(item);
        } else {
            Object *good = obj_call1(lz->func, item);
            if (good == NULL) {
                DECREF(item);
                return NULL;
            }
            ok = obj_is_true(good);
            DECREF(good);
        }
        if (ok > 0)
            return item;
        DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

TypeObject FilterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(FilterObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "filter(function or None, iterable) --> filter object",
    .tp_dealloc = filter_dealloc,
    .tp_traverse = filter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = filter_next,
    .tp_new = filter_tp_new,
    .tp_vectorcall = filter_vectorcall,
};

/* ---- reversed -------------------------------------------------------------------------------- */

typedef struct ReversedObject {
    OB_HEAD;
    ssize_t index;              /* next position, -1 when exhausted */
    Object *seq;                /* NULL when exhausted */
} ReversedObject;

static Object *not_reversible(Object *seq)
{
    return err_format(&Exc_TypeError, "'%.200s' object is not reversible", TYPE(seq)->tp_name);
}

static Object *reversed_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                               Object *kwnames)
{
    if (type == &ReversedType && args_no_kwargs("reversed", kwnames) < 0)
        return NULL;
    if (args_check_positional("reversed", nargs, 1, 1) < 0)
        return NULL;
    Object *seq = args[0];
    Object *meth = obj_lookup_special(seq, ID(__reversed__));
    if (meth == NONE) {
        DECREF(meth);
        return not_reversible(seq);
    }
    if (meth != NULL) {
        Object *r = obj_call0(meth);
        DECREF(meth);
        return r;
    }
    if (err_occurred())
        return NULL;
    SequenceMethods *sq = TYPE(seq)->tp_as_sequence;
    if (IS_DICT(seq) || sq == NULL || sq->sq_item == NULL)
        return not_reversible(seq);
    ssize_t n = obj_length(seq);
    if (n < 0)
        return NULL;
    ReversedObject *ro = (ReversedObject *)obj_alloc(type);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = NEWREF(seq);
    return (Object *)ro;
}

static Object *reversed_vectorcall(Object *type, Object *const *args, ssize_t nargs,
                                   Object *kwnames)
{
    return reversed_tp_new((TypeObject *)type, args, nargs, kwnames);
}

static void reversed_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((ReversedObject *)self)->seq);
    TYPE(self)->tp_free(self);
}

static int reversed_traverse(Object *self, visitproc visit, void *arg)
{
    Object *s = ((ReversedObject *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *reversed_next(Object *self)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->index >= 0 && ro->seq != NULL) {
        Object *item = seq_getitem(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (!err_matches(&Exc_IndexError) && !err_matches(&Exc_StopIteration))
            return NULL;
        err_clear();
    }
    ro->index = -1;
    CLEAR(ro->seq);
    return NULL;
}

static Object *reversed_len(Object *self, Object *unused)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->seq == NULL)
        return int_from_long(0);
    ssize_t size = obj_length(ro->seq);
    if (size < 0)
        return NULL;
    ssize_t pos = ro->index + 1;
    return int_from_ssize(size < pos ? 0 : pos);
}

static MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_len, METH_NOARGS, NULL},
    {NULL}
};

TypeObject ReversedType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_dealloc = reversed_dealloc,
    .tp_traverse = reversed_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_new = reversed_tp_new,
    .tp_vectorcall = reversed_vectorcall,
};
