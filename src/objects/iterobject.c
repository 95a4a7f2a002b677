/* iterobject.c — the two general iterators: over a sequence's __getitem__ (iter(seq) of an object
 * without __iter__), and over a callable until it returns a sentinel (iter(f, sentinel)).
 *
 * Both drop their referent as soon as they are exhausted, so an exhausted iterator keeps nothing
 * alive and stays exhausted even if the sequence grows (CPython's behaviour). */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "../runtime/gc.h"
#include <limits.h>

/* ---- seqiter --------------------------------------------------------------------------------- */

typedef struct SeqIterObject {
    OB_HEAD;
    ssize_t it_index;
    Object *it_seq;             /* NULL when exhausted */
} SeqIterObject;

Object *seqiter_new(Object *seq)
{
    SeqIterObject *it = (SeqIterObject *)obj_alloc(&SeqIterType);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = NEWREF(seq);
    return (Object *)it;
}

static void seqiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((SeqIterObject *)self)->it_seq);
    TYPE(self)->tp_free(self);
}

static int seqiter_traverse(Object *self, visitproc visit, void *arg)
{
    Object *s = ((SeqIterObject *)self)->it_seq;
    return s ? visit(s, arg) : 0;
}

static Object *seqiter_next(Object *self)
{
    SeqIterObject *it = (SeqIterObject *)self;
    Object *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    if (it->it_index == SSIZE_MAX) {
        err_set_string(&Exc_OverflowError, "iter index too large");
        return NULL;
    }
    Object *item = seq_getitem(seq, it->it_index);
    if (item != NULL) {
        it->it_index++;
        return item;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration)) {
        err_clear();
        it->it_seq = NULL;
        DECREF(seq);
    }
    return NULL;
}

static Object *seqiter_len(Object *self, Object *unused)
{
    SeqIterObject *it = (SeqIterObject *)self;
    if (it->it_seq == NULL)
        return int_from_long(0);
    SequenceMethods *sq = TYPE(it->it_seq)->tp_as_sequence;
    MappingMethods *mp = TYPE(it->it_seq)->tp_as_mapping;
    if (!(sq && sq->sq_length) && !(mp && mp->mp_length))
        RETURN_NOTIMPL;
    ssize_t size = obj_length(it->it_seq);
    if (size < 0)
        return NULL;
    ssize_t n = size - it->it_index;
    return int_from_ssize(n < 0 ? 0 : n);
}

static MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_len, METH_NOARGS, NULL},
    {NULL}
};

TypeObject SeqIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
};

/* ---- calliter ------------------------------------------------------------------------------- */

typedef struct CallIterObject {
    OB_HEAD;
    Object *it_callable;        /* both NULL when exhausted */
    Object *it_sentinel;
} CallIterObject;

Object *calliter_new(Object *callable, Object *sentinel)
{
    CallIterObject *it = (CallIterObject *)obj_alloc(&CallIterType);
    if (it == NULL)
        return NULL;
    it->it_callable = NEWREF(callable);
    it->it_sentinel = NEWREF(sentinel);
    return (Object *)it;
}

static void calliter_dealloc(Object *self)
{
    CallIterObject *it = (CallIterObject *)self;
    gc_untrack(self);
    XDECREF(it->it_callable);
    XDECREF(it->it_sentinel);
    TYPE(self)->tp_free(self);
}

static int calliter_traverse(Object *self, visitproc visit, void *arg)
{
    CallIterObject *it = (CallIterObject *)self;
    int r;
    if (it->it_callable && (r = visit(it->it_callable, arg)) != 0)
        return r;
    return it->it_sentinel ? visit(it->it_sentinel, arg) : 0;
}

static Object *calliter_next(Object *self)
{
    CallIterObject *it = (CallIterObject *)self;
    if (it->it_callable == NULL)
        return NULL;
    Object *result = obj_call0(it->it_callable);
    if (result != NULL) {
        int ok = obj_richcompare_bool(it->it_sentinel, result, CMP_EQ);
        if (ok == 0)
            return result;
        DECREF(result);
        if (ok > 0) {
            CLEAR(it->it_callable);
            CLEAR(it->it_sentinel);
        }
    } else if (err_matches(&Exc_StopIteration)) {
        err_clear();
        CLEAR(it->it_callable);
        CLEAR(it->it_sentinel);
    }
    return NULL;
}

TypeObject CallIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = calliter_next,
};
