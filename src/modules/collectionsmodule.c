/* collectionsmodule.c — _collections: the C half of the collections package (deque,
 * defaultdict, _count_elements for Counter, and _tuplegetter for namedtuple's fields).
 * src/lib/collections/__init__.py builds the rest (namedtuple, OrderedDict, Counter, ChainMap)
 * in Python on top of these.
 *
 * deque is a ring buffer rather than CPython's linked list of 64-item blocks: a power-of-two
 * array of item pointers with the leftmost item at `head`, so both ends are O(1) amortised and
 * d[i] is O(1) as well.  The array doubles when full and is never shrunk below its high-water
 * mark until the deque is cleared.  Every change of shape bumps `state`, which iterators and
 * the searching methods compare to detect "deque mutated during iteration".
 *
 * defaultdict is a C subclass of dict: the dict's own lookup calls __missing__ for subclasses,
 * and defaultdict's __missing__ calls default_factory and stores the result. */
#include "modules.h"
#include "../runtime/gc.h"
#include <string.h>
#include <limits.h>
#include <stdint.h>

/* ==== deque ==================================================================================== */

typedef struct Deque {
    OB_HEAD;
    Object **items;             /* ring buffer of `cap` slots (cap a power of two, or 0) */
    ssize_t cap, head, len;
    ssize_t maxlen;             /* -1: unbounded */
    size_t state;               /* bumped by every change of shape */
    Object *weakreflist;
} Deque;

/* First allocation: 8 slots, enough for the short queues most programs keep. */
#define DEQUE_MINCAP 8

static TypeObject DequeType, DequeIterType, DequeRevIterType;
#define IS_DEQUE(o) IS_INSTANCE(o, &DequeType)
#define SLOT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])

/* The type's name without its module, as CPython's _PyType_Name (for reprs of subclasses). */
static const char *short_name(TypeObject *t) {
    const char *dot = strrchr(t->tp_name, '.');
    return dot ? dot + 1 : t->tp_name;
}

static int deque_grow(Deque *d) {
    ssize_t ncap = d->cap ? d->cap * 2 : DEQUE_MINCAP;
    Object **n = mem_alloc((size_t)ncap * sizeof(Object *));
    if (!n) { err_no_memory(); return -1; }
    for (ssize_t i = 0; i < d->len; i++) n[i] = SLOT(d, i);
    mem_free(d->items);
    d->items = n;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

/* Remove and return the rightmost / leftmost item (the deque's reference). */
static Object *take_right(Deque *d) {
    Object *v = SLOT(d, d->len - 1);
    d->len--;
    d->state++;
    return v;
}

static Object *take_left(Deque *d) {
    Object *v = d->items[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

/* Append a new reference to v on the right; a full bounded deque drops its leftmost item. */
static int push_right(Deque *d, Object *v) {
    if (d->maxlen == 0) return 0;
    if (d->len == d->cap && deque_grow(d) < 0) return -1;
    SLOT(d, d->len) = NEWREF(v);
    d->len++;
    d->state++;
    if (d->maxlen >= 0 && d->len > d->maxlen) DECREF(take_left(d));
    return 0;
}

static int push_left(Deque *d, Object *v) {
    if (d->maxlen == 0) return 0;
    if (d->len == d->cap && deque_grow(d) < 0) return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = NEWREF(v);
    d->len++;
    d->state++;
    if (d->maxlen >= 0 && d->len > d->maxlen) DECREF(take_right(d));
    return 0;
}

/* Drop every item.  The array is detached first: an item's __del__ may touch the deque. */
static void deque_clear_items(Deque *d) {
    Object **items = d->items;
    ssize_t cap = d->cap, head = d->head, len = d->len;
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
    for (ssize_t i = 0; i < len; i++) DECREF(items[(head + i) & (cap - 1)]);
    mem_free(items);
}

static Object *deque_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    Deque *d = (Deque *)obj_alloc(type);
    if (!d) return NULL;
    d->maxlen = -1;
    return (Object *)d;
}

static void deque_dealloc(Object *self) {
    Deque *d = (Deque *)self;
    gc_untrack(self);
    if (d->weakreflist && hook_clear_weakrefs) hook_clear_weakrefs(self);
    deque_clear_items(d);
    TYPE(self)->tp_free(self);
}

static int deque_traverse(Object *self, visitproc visit, void *arg) {
    Deque *d = (Deque *)self;
    for (ssize_t i = 0; i < d->len; i++) {
        int r = visit(SLOT(d, i), arg);
        if (r) return r;
    }
    return 0;
}

static int deque_tp_clear(Object *self) {
    deque_clear_items((Deque *)self);
    return 0;
}

static int extend_right(Deque *d, Object *iterable);
static Object *deque_iter(Object *self);
static Object *deque_reversed(Object *self, Object *unused);

static int deque_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"iterable", "maxlen", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("deque", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return -1;
    Deque *d = (Deque *)self;
    ssize_t maxlen = -1;
    if (a[1] && a[1] != NONE) {
        maxlen = num_as_ssize(a[1], &Exc_OverflowError);
        if (maxlen == -1 && err_occurred()) return -1;
        if (maxlen < 0) { err_set_string(&Exc_ValueError, "maxlen must be non-negative"); return -1; }
    }
    d->maxlen = maxlen;
    if (d->len > 0) deque_clear_items(d);
    if (a[0]) return extend_right(d, a[0]);
    return 0;
}

/* ---- the ends ------------------------------------------------------------------------------ */

static Object *deque_append(Object *self, Object *v) {
    if (push_right((Deque *)self, v) < 0) return NULL;
    RETURN_NONE;
}

static Object *deque_appendleft(Object *self, Object *v) {
    if (push_left((Deque *)self, v) < 0) return NULL;
    RETURN_NONE;
}

static Object *deque_pop(Object *self, Object *unused) {
    Deque *d = (Deque *)self;
    if (d->len == 0) return err_format(&Exc_IndexError, "pop from an empty deque");
    return take_right(d);
}

static Object *deque_popleft(Object *self, Object *unused) {
    Deque *d = (Deque *)self;
    if (d->len == 0) return err_format(&Exc_IndexError, "pop from an empty deque");
    return take_left(d);
}

/* Extending a deque by itself would never end: iterate over a snapshot then. */
static int extend_with(Deque *d, Object *iterable, int (*push)(Deque *, Object *)) {
    Object *src = (Object *)d == iterable ? seq_list(iterable) : NEWREF(iterable);
    if (!src) return -1;
    Object *it = obj_get_iter(src);
    DECREF(src);
    if (!it) return -1;
    Object *v;
    while ((v = iter_next(it))) {
        int r = push(d, v);
        DECREF(v);
        if (r < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static int extend_right(Deque *d, Object *iterable) { return extend_with(d, iterable, push_right); }

static Object *deque_extend(Object *self, Object *iterable) {
    if (extend_right((Deque *)self, iterable) < 0) return NULL;
    RETURN_NONE;
}

static Object *deque_extendleft(Object *self, Object *iterable) {
    if (extend_with((Deque *)self, iterable, push_left) < 0) return NULL;
    RETURN_NONE;
}

/* Rotate n steps to the right (negative: to the left). */
static void deque_rotate_n(Deque *d, ssize_t n) {
    if (d->len <= 1) return;
    n %= d->len;
    if (n < 0) n += d->len;
    if (n == 0) return;
    d->state++;
    if (d->len == d->cap) {             /* a full ring: only the start moves */
        d->head = (d->head - n) & (d->cap - 1);
        return;
    }
    ssize_t mask = d->cap - 1;
    if (n <= d->len - n) {
        for (ssize_t k = 0; k < n; k++) {        /* move the last item to the front */
            Object *v = d->items[(d->head + d->len - 1) & mask];
            d->head = (d->head - 1) & mask;
            d->items[d->head] = v;
        }
    } else {
        for (ssize_t k = 0; k < d->len - n; k++) {   /* move the first item to the back */
            Object *v = d->items[d->head];
            d->items[(d->head + d->len) & mask] = v;
            d->head = (d->head + 1) & mask;
        }
    }
}

static Object *deque_rotate(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("rotate", nargs, 0, 1) < 0) return NULL;
    ssize_t n = 1;
    if (nargs) {
        n = num_as_ssize(args[0], &Exc_OverflowError);
        if (n == -1 && err_occurred()) return NULL;
    }
    deque_rotate_n((Deque *)self, n);
    RETURN_NONE;
}

static Object *deque_clear(Object *self, Object *unused) {
    deque_clear_items((Deque *)self);
    RETURN_NONE;
}

static Object *deque_reverse(Object *self, Object *unused) {
    Deque *d = (Deque *)self;
    for (ssize_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Object *t = SLOT(d, i);
        SLOT(d, i) = SLOT(d, j);
        SLOT(d, j) = t;
    }
    d->state++;
    RETURN_NONE;
}

/* ---- searching -------------------------------------------------------------------------------- */

/* Index of the first item equal to v in [start, stop), -2 when none, -1 on error. */
static ssize_t deque_find(Deque *d, Object *v, ssize_t start, ssize_t stop) {
    size_t state = d->state;
    for (ssize_t i = start; i < stop && i < d->len; i++) {
        Object *item = NEWREF(SLOT(d, i));
        int eq = obj_richcompare_bool(item, v, CMP_EQ);
        DECREF(item);
        if (eq < 0) return -1;
        if (d->state != state) {
            err_set_string(&Exc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
        if (eq) return i;
    }
    return -2;
}

static Object *deque_count(Object *self, Object *v) {
    Deque *d = (Deque *)self;
    size_t state = d->state;
    ssize_t count = 0;
    for (ssize_t i = 0; i < d->len; i++) {
        Object *item = NEWREF(SLOT(d, i));
        int eq = obj_richcompare_bool(item, v, CMP_EQ);
        DECREF(item);
        if (eq < 0) return NULL;
        if (d->state != state)
            return err_format(&Exc_RuntimeError, "deque mutated during iteration");
        count += eq;
    }
    return int_from_ssize(count);
}

static Object *deque_index(Object *self, Object *const *args, ssize_t nargs) {
    Deque *d = (Deque *)self;
    ssize_t start, stop;
    if (index_args("index", args, nargs, d->len, &start, &stop) < 0) return NULL;
    ssize_t i = deque_find(d, args[0], start, stop);
    if (i == -1) return NULL;
    if (i == -2) return err_format(&Exc_ValueError, "%R is not in deque", args[0]);
    return int_from_ssize(i);
}

static int contains(Object *self, Object *v) {
    ssize_t i = deque_find((Deque *)self, v, 0, ((Deque *)self)->len);
    return i == -1 ? -1 : i >= 0;
}

/* Remove the item at i, closing the gap from the nearer end; returns the deque's reference. */
static Object *take_at(Deque *d, ssize_t i) {
    Object *v = SLOT(d, i);
    if (i < d->len / 2) {
        for (ssize_t k = i; k > 0; k--) SLOT(d, k) = SLOT(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ssize_t k = i; k < d->len - 1; k++) SLOT(d, k) = SLOT(d, k + 1);
    }
    d->len--;
    d->state++;
    return v;
}

static Object *deque_remove(Object *self, Object *v) {
    Deque *d = (Deque *)self;
    ssize_t i = deque_find(d, v, 0, d->len);
    if (i == -1) return NULL;
    if (i == -2) return err_format(&Exc_ValueError, "%R is not in deque", v);
    DECREF(take_at(d, i));
    RETURN_NONE;
}

static Object *deque_insert(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("insert", nargs, 2, 2) < 0) return NULL;
    Deque *d = (Deque *)self;
    ssize_t i = num_as_ssize(args[0], NULL);
    if (i == -1 && err_occurred()) return NULL;
    if (d->maxlen >= 0 && d->len >= d->maxlen)
        return err_format(&Exc_IndexError, "deque already at its maximum size");
    if (i < 0) { i += d->len; if (i < 0) i = 0; }
    if (i > d->len) i = d->len;
    if (push_right(d, args[1]) < 0) return NULL;
    for (ssize_t k = d->len - 1; k > i; k--) {
        Object *t = SLOT(d, k);
        SLOT(d, k) = SLOT(d, k - 1);
        SLOT(d, k - 1) = t;
    }
    RETURN_NONE;
}

/* ---- sequence protocol ------------------------------------------------------------------------ */

static ssize_t deque_len(Object *self) { return ((Deque *)self)->len; }

static Object *deque_item(Object *self, ssize_t i) {
    Deque *d = (Deque *)self;
    if (i < 0 || i >= d->len) return err_format(&Exc_IndexError, "deque index out of range");
    return NEWREF(SLOT(d, i));
}

static int deque_ass_item(Object *self, ssize_t i, Object *v) {
    Deque *d = (Deque *)self;
    if (i < 0 || i >= d->len) {
        err_set_string(&Exc_IndexError, "deque index out of range");
        return -1;
    }
    if (!v) {
        DECREF(take_at(d, i));
        return 0;
    }
    Object *old = SLOT(d, i);
    SLOT(d, i) = NEWREF(v);
    DECREF(old);
    return 0;
}

static Object *deque_copy(Object *self, Object *unused) {
    Deque *d = (Deque *)self;
    Object *r;
    if (TYPE(self) == &DequeType) {
        r = deque_tp_new(&DequeType, NULL, 0, NULL);
        if (!r) return NULL;
        ((Deque *)r)->maxlen = d->maxlen;
        for (ssize_t i = 0; i < d->len; i++)
            if (push_right((Deque *)r, SLOT(d, i)) < 0) { DECREF(r); return NULL; }
        return r;
    }
    /* A subclass: type(d)(d, maxlen) so its __init__ runs. */
    if (d->maxlen < 0) return obj_call1((Object *)TYPE(self), self);
    Object *ml = int_from_ssize(d->maxlen);
    if (!ml) return NULL;
    r = obj_call2((Object *)TYPE(self), self, ml);
    DECREF(ml);
    return r;
}

static Object *deque_concat(Object *self, Object *other) {
    if (!IS_DEQUE(other))
        return err_format(&Exc_TypeError, "can only concatenate deque (not \"%.200s\") to deque",
                          TYPE(other)->tp_name);
    Object *r = deque_copy(self, NULL);
    if (r && extend_right((Deque *)r, other) < 0) CLEAR(r);
    return r;
}

static Object *deque_inplace_concat(Object *self, Object *other) {
    if (extend_right((Deque *)self, other) < 0) return NULL;
    return NEWREF(self);
}

/* Repeat the items in place n times in all (n <= 0 empties the deque).  A bounded deque keeps
 * the last maxlen items of the repetition, so only those are pushed. */
static int repeat_in_place(Deque *d, ssize_t n) {
    ssize_t len = d->len;
    if (n <= 0 || len == 0) { if (n <= 0) deque_clear_items(d); return 0; }
    if (n == 1) return 0;
    if (len > SSIZE_MAX / n) { err_no_memory(); return -1; }
    Object **snap = mem_alloc((size_t)len * sizeof(Object *));
    if (!snap) { err_no_memory(); return -1; }
    for (ssize_t i = 0; i < len; i++) snap[i] = NEWREF(SLOT(d, i));
    ssize_t total = len * n, from = len;
    if (d->maxlen >= 0 && total - len > d->maxlen) from = total - d->maxlen;
    int r = 0;
    for (ssize_t i = from; i < total && r == 0; i++) r = push_right(d, snap[i % len]);
    for (ssize_t i = 0; i < len; i++) DECREF(snap[i]);
    mem_free(snap);
    return r;
}

static Object *deque_inplace_repeat(Object *self, ssize_t n) {
    if (repeat_in_place((Deque *)self, n) < 0) return NULL;
    return NEWREF(self);
}

static Object *deque_repeat(Object *self, ssize_t n) {
    Object *r = deque_copy(self, NULL);
    if (r && repeat_in_place((Deque *)r, n) < 0) CLEAR(r);
    return r;
}

/* ---- text, comparison, misc ------------------------------------------------------------------ */

static Object *deque_repr(Object *self) {
    Deque *d = (Deque *)self;
    int rec = repr_enter(self);
    if (rec) return rec < 0 ? NULL : str_from_cstr("[...]");
    Object *list = seq_list(self);
    Object *r = NULL;
    if (list) {
        if (d->maxlen >= 0)
            r = str_from_format("%s(%R, maxlen=%zd)", short_name(TYPE(self)), list, d->maxlen);
        else
            r = str_from_format("%s(%R)", short_name(TYPE(self)), list);
        DECREF(list);
    }
    repr_leave(self);
    return r;
}

static Object *deque_richcompare(Object *a, Object *b, int op) {
    if (!IS_DEQUE(a) || !IS_DEQUE(b)) RETURN_NOTIMPL;
    Deque *x = (Deque *)a, *y = (Deque *)b;
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) return bool_from(op == CMP_NE);
    /* The first index where the items differ decides, as for lists. */
    ssize_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        Object *p = NEWREF(SLOT(x, i)), *q = NEWREF(SLOT(y, i));
        int eq = obj_richcompare_bool(p, q, CMP_EQ);
        if (eq == 0) {
            Object *r = obj_richcompare(p, q, op);
            DECREF(p); DECREF(q);
            return r;
        }
        DECREF(p); DECREF(q);
        if (eq < 0) return NULL;
    }
    return compare_sizes(x->len, y->len, op);
}

static Object *maxlen_get(Object *self, void *c) {
    Deque *d = (Deque *)self;
    if (d->maxlen < 0) RETURN_NONE;
    return int_from_ssize(d->maxlen);
}

/* (type, () or ((), maxlen), None, iterator): copy and pickle rebuild the deque from the
 * iterator, as CPython's deque does. */
static Object *deque_reduce(Object *self, Object *unused) {
    Deque *d = (Deque *)self;
    Object *args;
    if (d->maxlen < 0) {
        args = NEWREF(empty_tuple);
    } else {
        Object *ml = int_from_ssize(d->maxlen);
        args = ml ? tuple_pack(2, empty_tuple, ml) : NULL;
        XDECREF(ml);
    }
    Object *it = args ? deque_iter(self) : NULL;
    Object *r = it ? tuple_pack(4, (Object *)TYPE(self), args, NONE, it) : NULL;
    XDECREF(it);
    XDECREF(args);
    return r;
}

/* deque[int], defaultdict[str, int]: a types.GenericAlias. */
static Object *class_getitem(Object *cls, Object *arg) { return generic_alias_new(cls, arg); }

static Object *deque_sizeof(Object *self, Object *unused) {
    return int_from_ssize((ssize_t)sizeof(Deque) + ((Deque *)self)->cap * (ssize_t)sizeof(Object *));
}


static MethodDef deque_methods[] = {
    {"append", deque_append, METH_O, NULL},
    {"appendleft", deque_appendleft, METH_O, NULL},
    {"pop", deque_pop, METH_NOARGS, NULL},
    {"popleft", deque_popleft, METH_NOARGS, NULL},
    {"extend", deque_extend, METH_O, NULL},
    {"extendleft", deque_extendleft, METH_O, NULL},
    {"rotate", deque_rotate, METH_FASTCALL, NULL},
    {"clear", deque_clear, METH_NOARGS, NULL},
    {"count", deque_count, METH_O, NULL},
    {"index", deque_index, METH_FASTCALL, NULL},
    {"insert", deque_insert, METH_FASTCALL, NULL},
    {"remove", deque_remove, METH_O, NULL},
    {"reverse", deque_reverse, METH_NOARGS, NULL},
    {"copy", deque_copy, METH_NOARGS, NULL},
    {"__copy__", deque_copy, METH_NOARGS, NULL},
    {"__reduce__", deque_reduce, METH_NOARGS, NULL},
    {"__reversed__", deque_reversed, METH_NOARGS, NULL},
    {"__sizeof__", deque_sizeof, METH_NOARGS, NULL},
    {"__class_getitem__", class_getitem, METH_O | METH_CLASS, NULL},
    {NULL}
};

static GetSetDef deque_getset[] = {
    {"maxlen", maxlen_get, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL}
};

static SequenceMethods deque_as_sequence = {
    .sq_length = deque_len,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_item = deque_item,
    .sq_ass_item = deque_ass_item,
    .sq_contains = contains,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
};

static TypeObject DequeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(Deque),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "A list-like sequence optimized for data accesses near its endpoints.",
    .tp_dealloc = deque_dealloc,
    .tp_repr = deque_repr,
    .tp_as_sequence = &deque_as_sequence,
    .tp_hash = obj_hash_not_implemented,
    .tp_traverse = deque_traverse,
    .tp_clear = deque_tp_clear,
    .tp_richcompare = deque_richcompare,
    .tp_weaklistoffset = offsetof(Deque, weakreflist),
    .tp_iter = deque_iter,
    .tp_methods = deque_methods,
    .tp_getset = deque_getset,
    .tp_init = deque_init,
    .tp_new = deque_tp_new,
};

/* ---- iterators ------------------------------------------------------------------------------- */

typedef struct DequeIter {
    OB_HEAD;
    Deque *deque;
    ssize_t index;              /* items still to come: counts down to 0 */
    ssize_t pos;                /* the next position, from the left (forward) or right */
    size_t state;
} DequeIter;

static Object *iter_make(TypeObject *type, Deque *d) {
    DequeIter *it = (DequeIter *)obj_alloc(type);
    if (!it) return NULL;
    it->deque = (Deque *)NEWREF_(d);
    it->index = d->len;
    it->state = d->state;
    return (Object *)it;
}

static Object *deque_iter(Object *self) { return iter_make(&DequeIterType, (Deque *)self); }
static Object *deque_reversed(Object *self, Object *unused) {
    return iter_make(&DequeRevIterType, (Deque *)self);
}

static void dequeiter_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((DequeIter *)self)->deque);
    TYPE(self)->tp_free(self);
}

static int dequeiter_traverse(Object *self, visitproc visit, void *arg) {
    DequeIter *it = (DequeIter *)self;
    return it->deque ? visit((Object *)it->deque, arg) : 0;
}

static Object *iter_step(Object *self, bool reverse) {
    DequeIter *it = (DequeIter *)self;
    Deque *d = it->deque;
    if (!d || it->index == 0) return NULL;
    if (d->state != it->state) {
        it->index = 0;
        return err_format(&Exc_RuntimeError, "deque mutated during iteration");
    }
    ssize_t i = reverse ? d->len - 1 - it->pos : it->pos;
    it->pos++;
    it->index--;
    return NEWREF(SLOT(d, i));
}

static Object *dequeiter_next(Object *self) { return iter_step(self, false); }
static Object *dequerev_next(Object *self) { return iter_step(self, true); }

static Object *dequeiter_length_hint(Object *self, Object *unused) {
    return int_from_ssize(((DequeIter *)self)->index);
}

static MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, METH_NOARGS, NULL},
    {NULL}
};

static TypeObject DequeIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_collections._deque_iterator",
    .tp_basicsize = sizeof(DequeIter),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = dequeiter_dealloc,
    .tp_traverse = dequeiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = dequeiter_next,
    .tp_methods = dequeiter_methods,
};

static TypeObject DequeRevIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_collections._deque_reverse_iterator",
    .tp_basicsize = sizeof(DequeIter),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = dequeiter_dealloc,
    .tp_traverse = dequeiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = dequerev_next,
    .tp_methods = dequeiter_methods,
};

/* ==== defaultdict ================================================================================ */

typedef struct DefDict {
    DictObject dict;
    Object *default_factory;    /* a callable, or NULL for None */
} DefDict;

static TypeObject DefDictType;

static int defdict_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *factory = NULL;
    if (nargs > 0) {
        factory = args[0];
        if (factory == NONE) factory = NULL;
        else if (!obj_callable(factory)) {
            err_set_string(&Exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        args++; nargs--;
    }
    XINCREF(factory);
    SETREF(((DefDict *)self)->default_factory, factory);
    return DictType.tp_init(self, args, nargs, kwnames);
}

static void defdict_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((DefDict *)self)->default_factory);
    DictType.tp_dealloc(self);
}

static int defdict_traverse(Object *self, visitproc visit, void *arg) {
    Object *f = ((DefDict *)self)->default_factory;
    if (f) { int r = visit(f, arg); if (r) return r; }
    return DictType.tp_traverse(self, visit, arg);
}

static int defdict_tp_clear(Object *self) {
    CLEAR(((DefDict *)self)->default_factory);
    return DictType.tp_clear(self);
}

static Object *defdict_missing(Object *self, Object *key) {
    Object *f = ((DefDict *)self)->default_factory;
    if (!f) { err_set_object(&Exc_KeyError, key); return NULL; }
    Object *v = obj_call0(f);
    if (v && obj_setitem(self, key, v) < 0) CLEAR(v);
    return v;
}

static Object *defdict_repr(Object *self) {
    Object *base = DictType.tp_repr(self);
    if (!base) return NULL;
    Object *f = ((DefDict *)self)->default_factory, *frepr;
    if (!f) {
        frepr = str_from_cstr("None");
    } else {
        int rec = repr_enter(f);
        frepr = rec < 0 ? NULL : rec ? str_from_cstr("...") : obj_repr(f);
        if (rec == 0) repr_leave(f);
    }
    Object *r = frepr ? str_from_format("%s(%U, %U)", short_name(TYPE(self)), frepr, base) : NULL;
    XDECREF(frepr);
    DECREF(base);
    return r;
}

static Object *defdict_copy(Object *self, Object *unused) {
    Object *f = ((DefDict *)self)->default_factory;
    return obj_call2((Object *)TYPE(self), f ? f : NONE, self);
}

static Object *defdict_reduce(Object *self, Object *unused) {
    Object *f = ((DefDict *)self)->default_factory;
    Object *args = f ? tuple_pack(1, f) : NEWREF(empty_tuple);
    Object *items = args ? obj_call_method(self, "items", NULL, 0) : NULL;
    Object *it = items ? obj_get_iter(items) : NULL;
    Object *r = it ? tuple_pack(5, (Object *)TYPE(self), args, NONE, NONE, it) : NULL;
    XDECREF(it); XDECREF(items); XDECREF(args);
    return r;
}

/* d | other and other | d: a copy of the defaultdict side updated with the other side. */
static Object *defdict_or(Object *a, Object *b) {
    Object *self = IS_INSTANCE(a, &DefDictType) ? a : b, *other = self == a ? b : a;
    if (!IS_DICT(other)) RETURN_NOTIMPL;
    Object *r;
    if (self == a) {
        r = defdict_copy(self, NULL);
    } else {
        Object *f = ((DefDict *)self)->default_factory;
        r = obj_call2((Object *)TYPE(self), f ? f : NONE, other);
        other = self;
    }
    if (r && dict_update(r, other) < 0) CLEAR(r);
    return r;
}

static MethodDef defdict_methods[] = {
    {"__missing__", defdict_missing, METH_O, NULL},
    {"copy", defdict_copy, METH_NOARGS, NULL},
    {"__copy__", defdict_copy, METH_NOARGS, NULL},
    {"__reduce__", defdict_reduce, METH_NOARGS, NULL},
    {"__class_getitem__", class_getitem, METH_O | METH_CLASS, NULL},
    {NULL}
};

static MemberDef defdict_members[] = {
    {"default_factory", T_OBJECT, offsetof(DefDict, default_factory), 0,
     "Factory for default value called by __missing__()."},
    {NULL}
};

static NumberMethods defdict_as_number;     /* nb_or filled at start-up, the rest dict's */

static TypeObject DefDictType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "collections.defaultdict",
    .tp_basicsize = sizeof(DefDict),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_DICT_SUBCLASS,
    .tp_doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory",
    .tp_dealloc = defdict_dealloc,
    .tp_repr = defdict_repr,
    .tp_as_number = &defdict_as_number,
    .tp_traverse = defdict_traverse,
    .tp_clear = defdict_tp_clear,
    .tp_methods = defdict_methods,
    .tp_members = defdict_members,
    .tp_base = &DictType,
    .tp_init = defdict_init,
};

/* ==== _count_elements (Counter's update from an iterable) ========================================= */

static Object *count_elements(Object *module, Object *const *args, ssize_t nargs) {
    if (args_check_positional("_count_elements", nargs, 2, 2) < 0) return NULL;
    Object *mapping = args[0], *it = obj_get_iter(args[1]);
    if (!it) return NULL;
    Object *one = int_from_long(1), *v;
    /* Plain dict behaviour (no overridden get/__setitem__): work on the table directly. */
    Object *get = type_lookup(TYPE(mapping), ID(__getitem__)), *dget = type_lookup(&DictType, ID(__getitem__));
    bool fast = IS_DICT(mapping) && get == dget &&
                type_lookup(TYPE(mapping), ID(__setitem__)) == type_lookup(&DictType, ID(__setitem__));
    Object *getname = fast ? NULL : str_from_cstr("get");
    while ((v = iter_next(it))) {
        Object *old, *nv = NULL;
        if (fast) {
            old = dict_getitem(mapping, v);
            if (!old && err_occurred()) goto fail;
            nv = old ? num_add(old, one) : NEWREF(one);
            if (!nv || dict_setitem(mapping, v, nv) < 0) goto fail;
        } else {
            Object *gargs[2] = {v, int_from_long(0)};
            Object *gm = getname ? obj_getattr(mapping, getname) : NULL;
            old = gm ? obj_call(gm, gargs, 2, NULL) : NULL;
            XDECREF(gm);
            DECREF(gargs[1]);
            if (!old) goto fail;
            nv = num_add(old, one);
            DECREF(old);
            if (!nv || obj_setitem(mapping, v, nv) < 0) goto fail;
        }
        DECREF(nv);
        DECREF(v);
        continue;
    fail:
        XDECREF(nv);
        DECREF(v);
        DECREF(it); DECREF(one); XDECREF(getname);
        return NULL;
    }
    DECREF(it); DECREF(one); XDECREF(getname);
    if (err_occurred()) return NULL;
    RETURN_NONE;
}

/* ==== _tuplegetter (namedtuple's field descriptors) ================================================ */

typedef struct TupleGetter {
    OB_HEAD;
    ssize_t index;
    Object *doc;
} TupleGetter;

static TypeObject TupleGetterType;

static Object *tuplegetter_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    if (args_no_kwargs("_tuplegetter", kwn) < 0 ||
        args_check_positional("_tuplegetter", nargs, 2, 2) < 0) return NULL;
    ssize_t i = num_as_ssize(args[0], &Exc_OverflowError);
    if (i == -1 && err_occurred()) return NULL;
    TupleGetter *g = (TupleGetter *)obj_alloc(type);
    if (!g) return NULL;
    g->index = i;
    g->doc = NEWREF(args[1]);
    return (Object *)g;
}

static void tuplegetter_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((TupleGetter *)self)->doc);
    TYPE(self)->tp_free(self);
}

static int tuplegetter_traverse(Object *self, visitproc visit, void *arg) {
    Object *doc = ((TupleGetter *)self)->doc;
    return doc ? visit(doc, arg) : 0;
}

static Object *tuplegetter_get(Object *self, Object *obj, Object *type) {
    ssize_t i = ((TupleGetter *)self)->index;
    if (!obj || obj == NONE) return NEWREF(self);
    if (!IS_TUPLE(obj))
        return err_format(&Exc_TypeError, "descriptor for index '%zd' for tuple subclasses "
                          "doesn't apply to '%s' object", i, TYPE(obj)->tp_name);
    if (i >= TUPLE_LEN(obj)) return err_format(&Exc_IndexError, "tuple index out of range");
    return NEWREF(TUPLE_GET(obj, i));
}

static int tuplegetter_set(Object *self, Object *obj, Object *value) {
    err_set_string(&Exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static MemberDef tuplegetter_members[] = {
    {"__doc__", T_OBJECT, offsetof(TupleGetter, doc), 0, NULL},
    {NULL}
};

static TypeObject TupleGetterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_collections._tuplegetter",
    .tp_basicsize = sizeof(TupleGetter),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = tuplegetter_dealloc,
    .tp_traverse = tuplegetter_traverse,
    .tp_members = tuplegetter_members,
    .tp_descr_get = tuplegetter_get,
    .tp_descr_set = tuplegetter_set,
    .tp_new = tuplegetter_new,
};

/* ==== the module ================================================================================= */

static MethodDef collections_functions[] = {
    {"_count_elements", count_elements, METH_FASTCALL, "Count elements in the iterable, updating the mapping"},
    {NULL}
};

static int collections_c_init(Object *m) {
    if (!(DictType.tp_flags & TPFLAGS_READY) && type_ready(&DictType) < 0) return -1;
    if (!(DefDictType.tp_flags & TPFLAGS_READY)) {
        if (DictType.tp_as_number) defdict_as_number = *DictType.tp_as_number;
        defdict_as_number.nb_or = defdict_or;
    }
    TypeObject *types[] = {&DequeType, &DequeIterType, &DequeRevIterType, &DefDictType,
                           &TupleGetterType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return module_add(m, "deque", NEWREF_(&DequeType)) < 0 ||
           module_add(m, "defaultdict", NEWREF_(&DefDictType)) < 0 ||
           module_add(m, "_deque_iterator", NEWREF_(&DequeIterType)) < 0 ||
           module_add(m, "_deque_reverse_iterator", NEWREF_(&DequeRevIterType)) < 0 ||
           module_add(m, "_tuplegetter", NEWREF_(&TupleGetterType)) < 0 ? -1 : 0;
}

ModuleDef collections_c_module_def = {
    "_collections",
    "High performance data structures.",
    collections_functions,
    collections_c_init,
};
