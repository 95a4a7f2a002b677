/* itertoolsmodule.c — the itertools module: iterator building blocks, in C for speed.
 *
 * Every tool is a small GC object whose tp_iternext does the work; tp_iter returns the object
 * itself.  Exhaustion is signalled as everywhere in ouro by returning NULL with no exception set
 * (iter_next's convention), so a tool that runs dry drops its source iterator at once (as
 * CPython does) and keeps answering NULL.
 *
 * The combinatoric tools (product, combinations, combinations_with_replacement, permutations)
 * keep their indices in C arrays and reuse their result tuple when the caller has let go of the
 * previous one (count 1), so a plain `for t in product(...)` allocates no tuple per step.
 *
 * tee() shares one linked list of fixed blocks (TeeData, TEE_LINKCELLS items each) between all
 * the copies; each copy holds the block it is in and an index, so items that every copy has
 * passed are freed with their block.  The list is released iteratively, so a long chain cannot
 * overflow the C stack.
 *
 * Names, argument rules, reprs and messages follow CPython 3.11 (count and repeat have reprs;
 * the others show the default <itertools.X object at ...>).  __reduce__/__setstate__ (pickling
 * of iterators, deprecated in CPython 3.12) are not provided. */
#include "modules.h"
#include "../runtime/gc.h"
#include "../objects/weakref.h"
#include <limits.h>
#include <string.h>

/* ---- shared helpers ------------------------------------------------------------------------- */

/* The unqualified name of a type ("count" for itertools.count), for reprs of subclasses too. */
static const char *short_name(TypeObject *t) {
    const char *dot = strrchr(t->tp_name, '.');
    return dot ? dot + 1 : t->tp_name;
}

static int no_kwargs(const char *name, Object *kwnames) {
    return kwnames && TUPLE_LEN(kwnames) ? args_no_kwargs(name, kwnames) : 0;
}

/* A fresh tuple when *result is shared, else *result itself ready for in-place update: returns
 * a new reference to the tuple to fill (items of an updated tuple must be swapped with
 * swap_item). */
static Object *result_for_update(Object **result) {
    if (REFCNT(*result) == 1) {
        if (!gc_is_tracked(*result)) gc_track(*result);
        return NEWREF(*result);
    }
    ssize_t n = TUPLE_LEN(*result);
    Object *t = tuple_new(n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(TUPLE_GET(*result, i)));
    SETREF(*result, t);
    return NEWREF(t);
}

/* Store v (new reference taken) at t[i], releasing the old item. */
static void swap_item(Object *t, ssize_t i, Object *v) {
    Object *old = TUPLE_GET(t, i);
    TUPLE_SET(t, i, NEWREF(v));
    XDECREF(old);
}

#define VISIT(o) do { if ((o) && (r = visit(OBJ(o), arg)) != 0) return r; } while (0)

/* The type table entries every tool shares. */
#define ITER_TYPE_COMMON(ctype) \
    .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
    .tp_basicsize = sizeof(ctype), \
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, \
    .tp_iter = iter_self

/* ---- count ---------------------------------------------------------------------------------- */

/* Counts in a C ssize_t while start is an int that fits and step is 1 (the common case); else
 * keeps Python numbers and adds step each time.  cnt == SSIZE_MAX also means "slow mode". */
typedef struct {
    OB_HEAD;
    ssize_t cnt;
    Object *long_cnt;           /* slow mode: the next value */
    Object *long_step;          /* slow mode: the step */
} CountObject;

static TypeObject CountType;

static Object *count_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"start", "step", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("count", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return NULL;
    Object *start = a[0], *step = a[1];
    if ((start && !num_check(start) && !IS_COMPLEX(start)) ||
        (step && !num_check(step) && !IS_COMPLEX(step)))
        return err_format(&Exc_TypeError, "a number is required");
    bool fast = !step || (IS_INT(step) && int_is_compact(step) && int_compact_value(step) == 1);
    ssize_t cnt = 0;
    if (fast && start) {
        if (IS_INT(start)) {
            int overflow;
            long v = int_as_long_overflow(start, &overflow);
            if (overflow || v == SSIZE_MAX) fast = false;
            else cnt = v;
        } else {
            fast = false;
        }
    }
    CountObject *c = (CountObject *)obj_alloc(type);
    if (!c) return NULL;
    if (fast) {
        c->cnt = cnt;
    } else {
        c->cnt = SSIZE_MAX;
        c->long_cnt = NEWREF(start ? start : SMALL_INT(0));
        c->long_step = NEWREF(step ? step : SMALL_INT(1));
    }
    return OBJ(c);
}

static void count_dealloc(Object *self) {
    CountObject *c = (CountObject *)self;
    gc_untrack(self);
    XDECREF(c->long_cnt);
    XDECREF(c->long_step);
    TYPE(self)->tp_free(self);
}

static int count_traverse(Object *self, visitproc visit, void *arg) {
    CountObject *c = (CountObject *)self;
    int r;
    VISIT(c->long_cnt);
    VISIT(c->long_step);
    return 0;
}

static Object *count_next(Object *self) {
    CountObject *c = (CountObject *)self;
    if (c->cnt != SSIZE_MAX) return int_from_ssize(c->cnt++);
    if (!c->long_cnt) {
        /* Counting past SSIZE_MAX with step 1: switch to int objects. */
        if (!(c->long_cnt = int_from_ssize(SSIZE_MAX))) return NULL;
        c->long_step = NEWREF(SMALL_INT(1));
    }
    Object *next = num_add(c->long_cnt, c->long_step);
    if (!next) return NULL;
    Object *r = c->long_cnt;
    c->long_cnt = next;
    return r;
}

static Object *count_repr(Object *self) {
    CountObject *c = (CountObject *)self;
    const char *name = short_name(TYPE(self));
    if (c->cnt != SSIZE_MAX) return str_from_format("%s(%zd)", name, c->cnt);
    Object *cnt = c->long_cnt ? c->long_cnt : NULL;
    if (!cnt) return str_from_format("%s(%zd)", name, c->cnt);
    Object *st = c->long_step;
    if (IS_INT(st) && int_is_compact(st) && int_compact_value(st) == 1)
        return str_from_format("%s(%R)", name, cnt);
    return str_from_format("%s(%R, %R)", name, cnt, st);
}

static TypeObject CountType = {
    ITER_TYPE_COMMON(CountObject),
    .tp_name = "itertools.count",
    .tp_doc = "Return a count object whose .__next__() method returns consecutive values.",
    .tp_new = count_new, .tp_dealloc = count_dealloc, .tp_traverse = count_traverse,
    .tp_iternext = count_next, .tp_repr = count_repr,
};

/* ---- cycle ---------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *it;                 /* the source until it runs out, then NULL */
    Object *saved;              /* list of the items seen in the first pass */
    ssize_t index;              /* position in saved during later passes */
} CycleObject;

static Object *cycle_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (no_kwargs("cycle", kwnames) < 0 || args_check_positional("cycle", nargs, 1, 1) < 0)
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it) return NULL;
    Object *saved = list_new(0);
    CycleObject *c = saved ? (CycleObject *)obj_alloc(type) : NULL;
    if (!c) { DECREF(it); XDECREF(saved); return NULL; }
    c->it = it;
    c->saved = saved;
    return OBJ(c);
}

static void cycle_dealloc(Object *self) {
    CycleObject *c = (CycleObject *)self;
    gc_untrack(self);
    XDECREF(c->it);
    XDECREF(c->saved);
    TYPE(self)->tp_free(self);
}

static int cycle_traverse(Object *self, visitproc visit, void *arg) {
    CycleObject *c = (CycleObject *)self;
    int r;
    VISIT(c->it);
    VISIT(c->saved);
    return 0;
}

static Object *cycle_next(Object *self) {
    CycleObject *c = (CycleObject *)self;
    if (c->it) {
        Object *item = iter_next(c->it);
        if (item) {
            if (list_append(c->saved, item) < 0) { DECREF(item); return NULL; }
            return item;
        }
        if (err_occurred()) return NULL;
        CLEAR(c->it);
    }
    ssize_t n = LIST_LEN(c->saved);
    if (n == 0) return NULL;
    if (c->index >= n) c->index = 0;
    return NEWREF(LIST_GET(c->saved, c->index++));
}

static TypeObject CycleType = {
    ITER_TYPE_COMMON(CycleObject),
    .tp_name = "itertools.cycle",
    .tp_doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence "
              "indefinitely.",
    .tp_new = cycle_new, .tp_dealloc = cycle_dealloc, .tp_traverse = cycle_traverse,
    .tp_iternext = cycle_next,
};

/* ---- repeat --------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *element;
    ssize_t cnt;                /* items left, -1 for forever */
} RepeatObject;

static Object *repeat_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"object", "times", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("repeat", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    ssize_t cnt = -1;
    if (a[1]) {
        cnt = num_as_ssize(a[1], &Exc_OverflowError);
        if (cnt == -1 && err_occurred()) return NULL;
        if (cnt < 0) cnt = 0;
    }
    RepeatObject *r = (RepeatObject *)obj_alloc(type);
    if (!r) return NULL;
    r->element = NEWREF(a[0]);
    r->cnt = cnt;
    return OBJ(r);
}

static void repeat_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((RepeatObject *)self)->element);
    TYPE(self)->tp_free(self);
}

static int repeat_traverse(Object *self, visitproc visit, void *arg) {
    int r;
    VISIT(((RepeatObject *)self)->element);
    return 0;
}

static Object *repeat_next(Object *self) {
    RepeatObject *r = (RepeatObject *)self;
    if (r->cnt == 0) return NULL;
    if (r->cnt > 0) r->cnt--;
    return NEWREF(r->element);
}

static Object *repeat_repr(Object *self) {
    RepeatObject *r = (RepeatObject *)self;
    if (r->cnt == -1) return str_from_format("%s(%R)", short_name(TYPE(self)), r->element);
    return str_from_format("%s(%R, %zd)", short_name(TYPE(self)), r->element, r->cnt);
}

static Object *repeat_length_hint(Object *self, Object *unused) {
    RepeatObject *r = (RepeatObject *)self;
    if (r->cnt == -1) return err_format(&Exc_TypeError, "len() of unsized object");
    return int_from_ssize(r->cnt);
}

static MethodDef repeat_methods[] = {
    {"__length_hint__", (void *)repeat_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL}
};

static TypeObject RepeatType = {
    ITER_TYPE_COMMON(RepeatObject),
    .tp_name = "itertools.repeat",
    .tp_doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
              "for the specified number of times.  If not specified, returns the object\n"
              "endlessly.",
    .tp_new = repeat_new, .tp_dealloc = repeat_dealloc, .tp_traverse = repeat_traverse,
    .tp_iternext = repeat_next, .tp_repr = repeat_repr, .tp_methods = repeat_methods,
};

/* ---- the one-function tools: accumulate, dropwhile, takewhile, filterfalse, starmap --------- */

/* One struct serves them all: a source iterator, a function, and a state word or object. */
typedef struct {
    OB_HEAD;
    Object *it;
    Object *func;               /* may be NULL (accumulate: add; filterfalse: truth) */
    Object *total;              /* accumulate: the running value; NULL before the first */
    Object *initial;            /* accumulate: the initial value not yet produced */
    long state;                 /* dropwhile: started; takewhile: stopped */
} FuncIterObject;

static FuncIterObject *funciter_make(TypeObject *type, Object *iterable, Object *func) {
    Object *it = obj_get_iter(iterable);
    if (!it) return NULL;
    FuncIterObject *f = (FuncIterObject *)obj_alloc(type);
    if (!f) { DECREF(it); return NULL; }
    f->it = it;
    f->func = func && func != NONE ? NEWREF(func) : NULL;
    return f;
}

static void funciter_dealloc(Object *self) {
    FuncIterObject *f = (FuncIterObject *)self;
    gc_untrack(self);
    XDECREF(f->it);
    XDECREF(f->func);
    XDECREF(f->total);
    XDECREF(f->initial);
    TYPE(self)->tp_free(self);
}

static int funciter_traverse(Object *self, visitproc visit, void *arg) {
    FuncIterObject *f = (FuncIterObject *)self;
    int r;
    VISIT(f->it);
    VISIT(f->func);
    VISIT(f->total);
    VISIT(f->initial);
    return 0;
}

/* accumulate(iterable, func=None, *, initial=None) */
static Object *accumulate_new(TypeObject *type, Object *const *args, ssize_t nargs,
                              Object *kwnames) {
    static const char *const kwlist[] = {"iterable", "func", "initial", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("accumulate", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    FuncIterObject *f = funciter_make(type, a[0], a[1]);
    if (f && a[2] && a[2] != NONE) f->initial = NEWREF(a[2]);
    return OBJ(f);
}

static Object *accumulate_next(Object *self) {
    FuncIterObject *f = (FuncIterObject *)self;
    if (f->initial) {
        f->total = f->initial;
        f->initial = NULL;
        return NEWREF(f->total);
    }
    if (!f->it) return NULL;
    Object *val = iter_next(f->it);
    if (!val) return NULL;
    if (!f->total) {
        f->total = val;
        return NEWREF(val);
    }
    Object *n = f->func ? obj_call2(f->func, f->total, val) : num_add(f->total, val);
    DECREF(val);
    if (!n) return NULL;
    SETREF(f->total, n);
    return NEWREF(n);
}

static TypeObject AccumulateType = {
    ITER_TYPE_COMMON(FuncIterObject),
    .tp_name = "itertools.accumulate",
    .tp_doc = "Return series of accumulated sums (or other binary function results).",
    .tp_new = accumulate_new, .tp_dealloc = funciter_dealloc, .tp_traverse = funciter_traverse,
    .tp_iternext = accumulate_next,
};

/* (predicate, iterable, /) for dropwhile, takewhile, filterfalse, starmap. */
static Object *pred_new(const char *name, TypeObject *type, Object *const *args, ssize_t nargs,
                        Object *kwnames) {
    if (no_kwargs(name, kwnames) < 0 || args_check_positional(name, nargs, 2, 2) < 0)
        return NULL;
    FuncIterObject *f = funciter_make(type, args[1], args[0]);
    if (f && !f->func && args[0] == NONE && strcmp(name, "filterfalse") != 0)
        f->func = NEWREF(NONE);     /* only filterfalse gives None a meaning */
    return OBJ(f);
}

/* The truth of pred(item): 1, 0, -1. */
static int pred_true(Object *pred, Object *item) {
    if (!pred || pred == OBJ(&BoolType)) return obj_is_true(item);
    Object *r = obj_call1(pred, item);
    if (!r) return -1;
    int ok = obj_is_true(r);
    DECREF(r);
    return ok;
}

static Object *dropwhile_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kw) {
    return pred_new("dropwhile", type, args, nargs, kw);
}

static Object *dropwhile_next(Object *self) {
    FuncIterObject *f = (FuncIterObject *)self;
    for (;;) {
        Object *item = iter_next(f->it);
        if (!item || f->state) return item;
        int ok = pred_true(f->func, item);
        if (ok < 0) { DECREF(item); return NULL; }
        if (!ok) { f->state = 1; return item; }
        DECREF(item);
    }
}

static Object *takewhile_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kw) {
    return pred_new("takewhile", type, args, nargs, kw);
}

static Object *takewhile_next(Object *self) {
    FuncIterObject *f = (FuncIterObject *)self;
    if (f->state) return NULL;
    Object *item = iter_next(f->it);
    if (!item) return NULL;
    int ok = pred_true(f->func, item);
    if (ok > 0) return item;
    DECREF(item);
    if (ok == 0) f->state = 1;
    return NULL;
}

static Object *filterfalse_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kw) {
    return pred_new("filterfalse", type, args, nargs, kw);
}

static Object *filterfalse_next(Object *self) {
    FuncIterObject *f = (FuncIterObject *)self;
    for (;;) {
        Object *item = iter_next(f->it);
        if (!item) return NULL;
        int ok = pred_true(f->func, item);
        if (ok == 0) return item;
        DECREF(item);
        if (ok < 0) return NULL;
    }
}

static Object *starmap_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kw) {
    return pred_new("starmap", type, args, nargs, kw);
}

static Object *starmap_next(Object *self) {
    FuncIterObject *f = (FuncIterObject *)self;
    Object *args = iter_next(f->it);
    if (!args) return NULL;
    if (!IS_TUPLE_EXACT(args)) {
        Object *t = seq_tuple(args);
        DECREF(args);
        if (!t) return NULL;
        args = t;
    }
    Object *r = obj_call(f->func, TUPLE_ITEMS(args), TUPLE_LEN(args), NULL);
    DECREF(args);
    return r;
}

#define FUNCITER_TYPE(cname, pyname, doc_) \
    static TypeObject cname##Type = { \
        ITER_TYPE_COMMON(FuncIterObject), \
        .tp_name = "itertools." #pyname, .tp_doc = doc_, \
        .tp_new = cname##_new, .tp_dealloc = funciter_dealloc, \
        .tp_traverse = funciter_traverse, .tp_iternext = cname##_next, \
    };
FUNCITER_TYPE(dropwhile, dropwhile,
              "Drop items from the iterable while predicate(item) is true.")
FUNCITER_TYPE(takewhile, takewhile,
              "Return successive entries from an iterable as long as the predicate evaluates "
              "to true for each entry.")
FUNCITER_TYPE(filterfalse, filterfalse,
              "Return those items of iterable for which function(item) is false.")
FUNCITER_TYPE(starmap, starmap,
              "Return an iterator whose values are returned from the function evaluated with "
              "an argument tuple taken from the given sequence.")

/* ---- chain ---------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *source;             /* iterator over the iterables, NULL when done */
    Object *active;             /* iterator over the current iterable, or NULL */
} ChainObject;

static TypeObject ChainType;

static Object *chain_make(TypeObject *type, Object *source) {
    ChainObject *c = (ChainObject *)obj_alloc(type);
    if (!c) { DECREF(source); return NULL; }
    c->source = source;
    return OBJ(c);
}

static Object *chain_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (type == &ChainType && no_kwargs("chain", kwnames) < 0) return NULL;
    Object *t = tuple_from_array(args, nargs);
    if (!t) return NULL;
    Object *source = obj_get_iter(t);
    DECREF(t);
    return source ? chain_make(type, source) : NULL;
}

static Object *chain_from_iterable(Object *type, Object *iterable) {
    Object *source = obj_get_iter(iterable);
    return source ? chain_make((TypeObject *)type, source) : NULL;
}

static void chain_dealloc(Object *self) {
    ChainObject *c = (ChainObject *)self;
    gc_untrack(self);
    XDECREF(c->active);
    XDECREF(c->source);
    TYPE(self)->tp_free(self);
}

static int chain_traverse(Object *self, visitproc visit, void *arg) {
    ChainObject *c = (ChainObject *)self;
    int r;
    VISIT(c->source);
    VISIT(c->active);
    return 0;
}

static Object *chain_next(Object *self) {
    ChainObject *c = (ChainObject *)self;
    while (c->source) {
        if (!c->active) {
            Object *iterable = iter_next(c->source);
            if (!iterable) {
                if (err_occurred()) return NULL;
                CLEAR(c->source);
                return NULL;
            }
            c->active = obj_get_iter(iterable);
            DECREF(iterable);
            if (!c->active) { CLEAR(c->source); return NULL; }
        }
        Object *item = iter_next(c->active);
        if (item || err_occurred()) return item;
        CLEAR(c->active);
    }
    return NULL;
}

static Object *chain_class_getitem(Object *cls, Object *arg) {
    return generic_alias_new(cls, arg);    /* chain[int]: a types.GenericAlias */
}

static MethodDef chain_methods[] = {
    {"from_iterable", (void *)chain_from_iterable, METH_O | METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates "
     "lazily."},
    {"__class_getitem__", (void *)chain_class_getitem, METH_O | METH_CLASS,
     "See PEP 585"},
    {NULL}
};

static TypeObject ChainType = {
    ITER_TYPE_COMMON(ChainObject),
    .tp_name = "itertools.chain",
    .tp_doc = "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() "
              "method returns elements from the\nfirst iterable until it is exhausted, then "
              "elements from the next\niterable, until all of the iterables are exhausted.",
    .tp_new = chain_new, .tp_dealloc = chain_dealloc, .tp_traverse = chain_traverse,
    .tp_iternext = chain_next, .tp_methods = chain_methods,
};

/* ---- compress, pairwise --------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *a;                  /* compress: data; pairwise: the source */
    Object *b;                  /* compress: selectors; pairwise: the previous item */
} PairObject;

static void pair_dealloc(Object *self) {
    PairObject *p = (PairObject *)self;
    gc_untrack(self);
    XDECREF(p->a);
    XDECREF(p->b);
    TYPE(self)->tp_free(self);
}

static int pair_traverse(Object *self, visitproc visit, void *arg) {
    PairObject *p = (PairObject *)self;
    int r;
    VISIT(p->a);
    VISIT(p->b);
    return 0;
}

static Object *compress_new(TypeObject *type, Object *const *args, ssize_t nargs,
                            Object *kwnames) {
    static const char *const kwlist[] = {"data", "selectors", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("compress", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    Object *data = obj_get_iter(a[0]);
    if (!data) return NULL;
    Object *sel = obj_get_iter(a[1]);
    if (!sel) { DECREF(data); return NULL; }
    PairObject *p = (PairObject *)obj_alloc(type);
    if (!p) { DECREF(data); DECREF(sel); return NULL; }
    p->a = data;
    p->b = sel;
    return OBJ(p);
}

static Object *compress_next(Object *self) {
    PairObject *p = (PairObject *)self;
    for (;;) {
        Object *datum = iter_next(p->a);
        if (!datum) return NULL;
        Object *sel = iter_next(p->b);
        if (!sel) { DECREF(datum); return NULL; }
        int ok = obj_is_true(sel);
        DECREF(sel);
        if (ok > 0) return datum;
        DECREF(datum);
        if (ok < 0) return NULL;
    }
}

static TypeObject CompressType = {
    ITER_TYPE_COMMON(PairObject),
    .tp_name = "itertools.compress",
    .tp_doc = "Return data elements corresponding to true selector elements.",
    .tp_new = compress_new, .tp_dealloc = pair_dealloc, .tp_traverse = pair_traverse,
    .tp_iternext = compress_next,
};

static Object *pairwise_new(TypeObject *type, Object *const *args, ssize_t nargs,
                            Object *kwnames) {
    if (no_kwargs("pairwise", kwnames) < 0 || args_check_positional("pairwise", nargs, 1, 1) < 0)
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it) return NULL;
    PairObject *p = (PairObject *)obj_alloc(type);
    if (!p) { DECREF(it); return NULL; }
    p->a = it;
    return OBJ(p);
}

static Object *pairwise_next(Object *self) {
    PairObject *p = (PairObject *)self;
    if (!p->a) return NULL;
    if (!p->b && !(p->b = iter_next(p->a))) { CLEAR(p->a); return NULL; }
    Object *item = iter_next(p->a);
    if (!item) { CLEAR(p->a); CLEAR(p->b); return NULL; }
    Object *r = tuple_new(2);
    if (!r) { DECREF(item); return NULL; }
    TUPLE_SET(r, 0, p->b);
    TUPLE_SET(r, 1, NEWREF(item));
    p->b = item;
    return r;
}

static TypeObject PairwiseType = {
    ITER_TYPE_COMMON(PairObject),
    .tp_name = "itertools.pairwise",
    .tp_doc = "Return an iterator of overlapping pairs taken from the input iterator.",
    .tp_new = pairwise_new, .tp_dealloc = pair_dealloc, .tp_traverse = pair_traverse,
    .tp_iternext = pairwise_next,
};

/* ---- groupby -------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *it, *keyfunc;
    Object *tgtkey;             /* the key of the group last handed out */
    Object *currkey, *currvalue;    /* the item read ahead, and its key */
    Object *currgrouper;        /* borrowed: the only grouper still allowed to advance */
} GroupByObject;

typedef struct {
    OB_HEAD;
    Object *parent;             /* the groupby */
    Object *tgtkey;
} GrouperObject;

static TypeObject GrouperType;

static Object *groupby_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    static const char *const kwlist[] = {"iterable", "key", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("groupby", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *it = obj_get_iter(a[0]);
    if (!it) return NULL;
    GroupByObject *g = (GroupByObject *)obj_alloc(type);
    if (!g) { DECREF(it); return NULL; }
    g->it = it;
    g->keyfunc = a[1] && a[1] != NONE ? NEWREF(a[1]) : NULL;
    return OBJ(g);
}

static void groupby_dealloc(Object *self) {
    GroupByObject *g = (GroupByObject *)self;
    gc_untrack(self);
    XDECREF(g->it);
    XDECREF(g->keyfunc);
    XDECREF(g->tgtkey);
    XDECREF(g->currkey);
    XDECREF(g->currvalue);
    TYPE(self)->tp_free(self);
}

static int groupby_traverse(Object *self, visitproc visit, void *arg) {
    GroupByObject *g = (GroupByObject *)self;
    int r;
    VISIT(g->it);
    VISIT(g->keyfunc);
    VISIT(g->tgtkey);
    VISIT(g->currkey);
    VISIT(g->currvalue);
    return 0;
}

/* Read the next item and its key into currvalue/currkey: 0, or -1 at the end or on error. */
static int groupby_step(GroupByObject *g) {
    Object *value = iter_next(g->it);
    if (!value) return -1;
    Object *key = value;
    if (g->keyfunc) {
        key = obj_call1(g->keyfunc, value);
        if (!key) { DECREF(value); return -1; }
    } else {
        INCREF(key);
    }
    SETREF(g->currvalue, value);
    SETREF(g->currkey, key);
    return 0;
}

static Object *groupby_next(Object *self) {
    GroupByObject *g = (GroupByObject *)self;
    g->currgrouper = NULL;
    /* Skip what is left of the current group. */
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) break;
            int eq = obj_richcompare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0) return NULL;
            if (eq == 0) break;
        }
        if (groupby_step(g) < 0) return NULL;
    }
    SETREF(g->tgtkey, NEWREF(g->currkey));
    GrouperObject *gr = (GrouperObject *)obj_alloc(&GrouperType);
    if (!gr) return NULL;
    gr->parent = NEWREF(self);
    gr->tgtkey = NEWREF(g->tgtkey);
    g->currgrouper = OBJ(gr);
    Object *r = tuple_new(2);
    if (!r) { DECREF(gr); return NULL; }
    TUPLE_SET(r, 0, NEWREF(g->currkey));
    TUPLE_SET(r, 1, OBJ(gr));
    return r;
}

static TypeObject GroupByType = {
    ITER_TYPE_COMMON(GroupByObject),
    .tp_name = "itertools.groupby",
    .tp_doc = "make an iterator that returns consecutive keys and groups from the iterable",
    .tp_new = groupby_new, .tp_dealloc = groupby_dealloc, .tp_traverse = groupby_traverse,
    .tp_iternext = groupby_next,
};

static void grouper_dealloc(Object *self) {
    GrouperObject *gr = (GrouperObject *)self;
    gc_untrack(self);
    XDECREF(gr->parent);
    XDECREF(gr->tgtkey);
    TYPE(self)->tp_free(self);
}

static int grouper_traverse(Object *self, visitproc visit, void *arg) {
    GrouperObject *gr = (GrouperObject *)self;
    int r;
    VISIT(gr->parent);
    VISIT(gr->tgtkey);
    return 0;
}

static Object *grouper_next(Object *self) {
    GrouperObject *gr = (GrouperObject *)self;
    GroupByObject *g = (GroupByObject *)gr->parent;
    if (g->currgrouper != self) return NULL;
    if (!g->currvalue && groupby_step(g) < 0) return NULL;
    int eq = obj_richcompare_bool(gr->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0) return NULL;
    Object *r = g->currvalue;
    g->currvalue = NULL;
    CLEAR(g->currkey);
    return r;
}

static TypeObject GrouperType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_basicsize = sizeof(GrouperObject),
    .tp_iter = iter_self,
    .tp_name = "itertools._grouper",
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = grouper_dealloc, .tp_traverse = grouper_traverse,
    .tp_iternext = grouper_next,
};

/* ---- islice --------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *it;
    ssize_t next;               /* index of the next item to produce */
    ssize_t stop;               /* -1 for no limit */
    ssize_t step;
    ssize_t cnt;                /* items consumed so far */
} ISliceObject;

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
static const char islice_index_msg[] =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* An islice bound through __index__: -1 (with no error) when o is not an index or too big. */
static ssize_t islice_arg(Object *o) {
    ssize_t v = num_as_ssize(o, &Exc_OverflowError);
    if (v == -1 && err_occurred()) err_clear();
    return v;
}

/* As CPython: a stop of -1 or a non-index stop blames the stop argument; a negative start or
 * other negative stop blames the indices. */
static Object *islice_new(TypeObject *type, Object *const *args, ssize_t nargs,
                          Object *kwnames) {
    if (no_kwargs("islice", kwnames) < 0 || args_check_positional("islice", nargs, 2, 4) < 0)
        return NULL;
    ssize_t start = 0, stop = -1, step = 1;
    Object *a_start = nargs == 2 ? NONE : args[1], *a_stop = nargs == 2 ? args[1] : args[2];
    if (a_start != NONE) start = islice_arg(a_start);
    if (a_stop != NONE && (stop = islice_arg(a_stop)) == -1)
        return err_format(&Exc_ValueError, islice_stop_msg);
    if (start < 0 || stop < -1) return err_format(&Exc_ValueError, islice_index_msg);
    if (nargs == 4 && args[3] != NONE) {
        step = islice_arg(args[3]);
        if (step < 1)
            return err_format(&Exc_ValueError,
                              "Step for islice() must be a positive integer or None.");
    }
    Object *it = obj_get_iter(args[0]);
    if (!it) return NULL;
    ISliceObject *s = (ISliceObject *)obj_alloc(type);
    if (!s) { DECREF(it); return NULL; }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return OBJ(s);
}

static void islice_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((ISliceObject *)self)->it);
    TYPE(self)->tp_free(self);
}

static int islice_traverse(Object *self, visitproc visit, void *arg) {
    int r;
    VISIT(((ISliceObject *)self)->it);
    return 0;
}

static Object *islice_next(Object *self) {
    ISliceObject *s = (ISliceObject *)self;
    if (!s->it) return NULL;
    Object *item;
    while (s->cnt < s->next) {
        if (!(item = iter_next(s->it))) goto empty;
        DECREF(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    if (!(item = iter_next(s->it))) goto empty;
    s->cnt++;
    ssize_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
empty:
    if (err_occurred()) return NULL;
    CLEAR(s->it);
    return NULL;
}

static TypeObject ISliceType = {
    ITER_TYPE_COMMON(ISliceObject),
    .tp_name = "itertools.islice",
    .tp_doc = "islice(iterable, stop) --> islice object\n"
              "islice(iterable, start, stop[, step]) --> islice object\n\n"
              "Return an iterator whose next() method returns selected values from an\n"
              "iterable.",
    .tp_new = islice_new, .tp_dealloc = islice_dealloc, .tp_traverse = islice_traverse,
    .tp_iternext = islice_next,
};

/* ---- tee ------------------------------------------------------------------------------------ */

/* Items per block: CPython's value, which makes a block (with its header) fit in 512 bytes. */
#define TEE_LINKCELLS 57

typedef struct TeeDataObject {
    OB_HEAD;
    Object *it;                 /* the shared source */
    int numread;                /* items of this block filled so far */
    bool running;               /* reading from it (guards against re-entry) */
    Object *nextlink;           /* the next block, or NULL */
    Object *values[TEE_LINKCELLS];
} TeeDataObject;

typedef struct {
    OB_HEAD;
    TeeDataObject *dataobj;
    int index;                  /* position in dataobj */
    Object *weakreflist;
} TeeObject;

static TypeObject TeeDataType, TeeType;

static Object *teedata_new(Object *it) {
    TeeDataObject *d = (TeeDataObject *)obj_alloc(&TeeDataType);
    if (!d) return NULL;
    d->it = NEWREF(it);
    return OBJ(d);
}

/* Release the values of d; unlink and return its next block if d was its only holder, so the
 * chain is freed in a loop rather than by recursion. */
static Object *teedata_release(TeeDataObject *d) {
    for (int i = d->numread - 1; i >= 0; i--) CLEAR(d->values[i]);
    d->numread = 0;
    Object *next = d->nextlink;
    d->nextlink = NULL;
    return next;
}

static void teedata_dealloc(Object *self) {
    TeeDataObject *d = (TeeDataObject *)self;
    gc_untrack(self);
    Object *next = teedata_release(d);
    XDECREF(d->it);
    TYPE(self)->tp_free(self);
    /* Free the following blocks iteratively while nobody else holds them. */
    while (next && REFCNT(next) == 1) {
        Object *after = teedata_release((TeeDataObject *)next);
        DECREF(next);
        next = after;
    }
    XDECREF(next);
}

static int teedata_traverse(Object *self, visitproc visit, void *arg) {
    TeeDataObject *d = (TeeDataObject *)self;
    int r;
    VISIT(d->it);
    for (int i = 0; i < d->numread; i++) VISIT(d->values[i]);
    VISIT(d->nextlink);
    return 0;
}

static int teedata_clear(Object *self) {
    TeeDataObject *d = (TeeDataObject *)self;
    CLEAR(d->it);
    Object *next = teedata_release(d);
    XDECREF(next);
    return 0;
}

static TypeObject TeeDataType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "itertools._tee_dataobject",
    .tp_basicsize = sizeof(TeeDataObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = teedata_dealloc, .tp_traverse = teedata_traverse, .tp_clear = teedata_clear,
};

static Object *tee_make(TeeDataObject *d, int index) {
    TeeObject *t = (TeeObject *)obj_alloc(&TeeType);
    if (!t) return NULL;
    t->dataobj = (TeeDataObject *)NEWREF(OBJ(d));
    t->index = index;
    return OBJ(t);
}

/* A tee over iterable: a copy when it is already a tee. */
static Object *tee_fromiterable(Object *iterable) {
    Object *it = obj_get_iter(iterable);
    if (!it) return NULL;
    Object *r;
    if (TYPE(it) == &TeeType) {
        r = tee_make(((TeeObject *)it)->dataobj, ((TeeObject *)it)->index);
    } else {
        Object *d = teedata_new(it);
        r = d ? tee_make((TeeDataObject *)d, 0) : NULL;
        XDECREF(d);
    }
    DECREF(it);
    return r;
}

static Object *tee_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (no_kwargs("_tee", kwnames) < 0 || args_check_positional("_tee", nargs, 1, 1) < 0)
        return NULL;
    return tee_fromiterable(args[0]);
}

static void tee_dealloc(Object *self) {
    TeeObject *t = (TeeObject *)self;
    gc_untrack(self);
    if (t->weakreflist) weakref_clear_all(self);
    XDECREF(t->dataobj);
    TYPE(self)->tp_free(self);
}

static int tee_traverse(Object *self, visitproc visit, void *arg) {
    int r;
    VISIT(((TeeObject *)self)->dataobj);
    return 0;
}

static int tee_clear(Object *self) {
    CLEAR(((TeeObject *)self)->dataobj);
    return 0;
}

static Object *tee_next(Object *self) {
    TeeObject *t = (TeeObject *)self;
    TeeDataObject *d = t->dataobj;
    if (!d) return NULL;
    if (t->index >= TEE_LINKCELLS) {
        if (!d->nextlink && !(d->nextlink = teedata_new(d->it))) return NULL;
        t->dataobj = (TeeDataObject *)NEWREF(d->nextlink);
        t->index = 0;
        DECREF(d);
        d = t->dataobj;
    }
    if (t->index < d->numread) return NEWREF(d->values[t->index++]);
    if (d->running)
        return err_format(&Exc_RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    Object *v = iter_next(d->it);
    d->running = false;
    if (!v) return NULL;
    d->values[d->numread++] = v;
    t->index++;
    return NEWREF(v);
}

static Object *tee_copy(Object *self, Object *unused) {
    TeeObject *t = (TeeObject *)self;
    return tee_make(t->dataobj, t->index);
}

static MethodDef tee_methods[] = {
    {"__copy__", (void *)tee_copy, METH_NOARGS, "Returns an independent iterator."},
    {NULL}
};

static TypeObject TeeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "itertools._tee",
    .tp_basicsize = sizeof(TeeObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_doc = "Iterator wrapped to make it copyable.",
    .tp_weaklistoffset = offsetof(TeeObject, weakreflist),
    .tp_iter = iter_self,
    .tp_new = tee_new, .tp_dealloc = tee_dealloc, .tp_traverse = tee_traverse,
    .tp_clear = tee_clear, .tp_iternext = tee_next, .tp_methods = tee_methods,
};

/* tee(iterable, n=2, /) -> a tuple of n independent iterators. */
static Object *itertools_tee(Object *module, Object *const *args, ssize_t nargs) {
    if (args_check_positional("tee", nargs, 1, 2) < 0) return NULL;
    ssize_t n = 2;
    if (nargs > 1) {
        n = num_as_ssize(args[1], &Exc_OverflowError);
        if (n == -1 && err_occurred()) return NULL;
    }
    if (n < 0) return err_format(&Exc_ValueError, "n must be >= 0");
    Object *result = tuple_new(n);
    if (!result || n == 0) return result;
    Object *it = obj_get_iter(args[0]);
    if (!it) { DECREF(result); return NULL; }
    Object *copyfunc = NULL;
    int has = TYPE(it) == &TeeType ? 0 : obj_lookup_attr(it, str_intern_cstr("__copy__"),
                                                         &copyfunc);
    Object *first;
    if (has < 0) { first = NULL; }
    else if (has > 0) { first = NEWREF(it); }
    else { first = tee_fromiterable(it); }
    DECREF(it);
    if (!first) { XDECREF(copyfunc); DECREF(result); return NULL; }
    TUPLE_SET(result, 0, first);
    for (ssize_t i = 1; i < n; i++) {
        Object *c = copyfunc ? obj_call0(copyfunc) : tee_copy(first, NULL);
        if (!c) { XDECREF(copyfunc); DECREF(result); return NULL; }
        TUPLE_SET(result, i, c);
    }
    XDECREF(copyfunc);
    return result;
}

/* ---- zip_longest ---------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    ssize_t tuplesize, numactive;
    Object **its;               /* mem_alloc'd; NULL entries are exhausted */
    Object *result;             /* the recycled result tuple */
    Object *fillvalue;
} ZipLongestObject;

static Object *zip_longest_new(TypeObject *type, Object *const *args, ssize_t nargs,
                               Object *kwnames) {
    Object *fill = NONE;
    if (kwnames && TUPLE_LEN(kwnames)) {
        if (TUPLE_LEN(kwnames) != 1 || !str_eq_cstr(TUPLE_GET(kwnames, 0), "fillvalue"))
            return err_format(&Exc_TypeError,
                              "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    ZipLongestObject *z = (ZipLongestObject *)obj_alloc(type);
    if (!z) return NULL;
    z->fillvalue = NEWREF(fill);
    z->its = mem_calloc(nargs ? (size_t)nargs : 1, sizeof(Object *));
    if (!z->its) { DECREF(z); return err_no_memory(); }
    for (ssize_t i = 0; i < nargs; i++) {
        if (!(z->its[i] = obj_get_iter(args[i]))) { DECREF(z); return NULL; }
        z->tuplesize = i + 1;
    }
    z->numactive = nargs;
    if (!(z->result = tuple_new(nargs))) { DECREF(z); return NULL; }
    for (ssize_t i = 0; i < nargs; i++) TUPLE_SET(z->result, i, NEWREF(NONE));
    return OBJ(z);
}

static void zip_longest_dealloc(Object *self) {
    ZipLongestObject *z = (ZipLongestObject *)self;
    gc_untrack(self);
    if (z->its) {
        for (ssize_t i = z->tuplesize - 1; i >= 0; i--) XDECREF(z->its[i]);
        mem_free(z->its);
    }
    XDECREF(z->result);
    XDECREF(z->fillvalue);
    TYPE(self)->tp_free(self);
}

static int zip_longest_traverse(Object *self, visitproc visit, void *arg) {
    ZipLongestObject *z = (ZipLongestObject *)self;
    int r;
    for (ssize_t i = 0; z->its && i < z->tuplesize; i++) VISIT(z->its[i]);
    VISIT(z->result);
    VISIT(z->fillvalue);
    return 0;
}

static Object *zip_longest_next(Object *self) {
    ZipLongestObject *z = (ZipLongestObject *)self;
    if (z->tuplesize == 0 || z->numactive == 0) return NULL;
    Object *r = result_for_update(&z->result);
    if (!r) return NULL;
    for (ssize_t i = 0; i < z->tuplesize; i++) {
        Object *item;
        if (!z->its[i]) {
            item = NEWREF(z->fillvalue);
        } else {
            item = iter_next(z->its[i]);
            if (!item) {
                if (err_occurred()) { DECREF(r); return NULL; }
                CLEAR(z->its[i]);
                if (--z->numactive == 0) { DECREF(r); return NULL; }
                item = NEWREF(z->fillvalue);
            }
        }
        swap_item(r, i, item);
        DECREF(item);
    }
    return r;
}

static TypeObject ZipLongestType = {
    ITER_TYPE_COMMON(ZipLongestObject),
    .tp_name = "itertools.zip_longest",
    .tp_doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object",
    .tp_new = zip_longest_new, .tp_dealloc = zip_longest_dealloc,
    .tp_traverse = zip_longest_traverse, .tp_iternext = zip_longest_next,
};

/* ---- the combinatoric tools ----------------------------------------------------------------- */

/* One struct for the four: pools (product: a tuple of tuples; the others: one tuple), index
 * arrays, the recycled result, and whether the sequence is finished. */
typedef struct {
    OB_HEAD;
    Object *pools;
    ssize_t *indices;           /* mem_alloc'd */
    ssize_t *cycles;            /* permutations only */
    Object *result;             /* NULL before the first result */
    ssize_t r;                  /* items per result */
    bool stopped;
} CombObject;

static void comb_dealloc(Object *self) {
    CombObject *c = (CombObject *)self;
    gc_untrack(self);
    XDECREF(c->pools);
    XDECREF(c->result);
    mem_free(c->indices);
    mem_free(c->cycles);
    TYPE(self)->tp_free(self);
}

static int comb_traverse(Object *self, visitproc visit, void *arg) {
    CombObject *c = (CombObject *)self;
    int r;
    VISIT(c->pools);
    VISIT(c->result);
    return 0;
}

static CombObject *comb_alloc(TypeObject *type, Object *pools, ssize_t r, bool with_cycles) {
    CombObject *c = (CombObject *)obj_alloc(type);
    if (!c) { DECREF(pools); return NULL; }
    c->pools = pools;
    c->r = r;
    c->indices = mem_calloc(r ? (size_t)r : 1, sizeof(ssize_t));
    if (with_cycles) c->cycles = mem_calloc(r ? (size_t)r : 1, sizeof(ssize_t));
    if (!c->indices || (with_cycles && !c->cycles)) { DECREF(c); err_no_memory(); return NULL; }
    return c;
}

/* The first result: pool items at the current indices (product: pool i at index i). */
static Object *comb_first(CombObject *c, bool product) {
    Object *t = tuple_new(c->r);
    if (!t) return NULL;
    for (ssize_t i = 0; i < c->r; i++) {
        Object *pool = product ? TUPLE_GET(c->pools, i) : c->pools;
        TUPLE_SET(t, i, NEWREF(TUPLE_GET(pool, c->indices[i])));
    }
    c->result = t;
    return NEWREF(t);
}

/* product(*iterables, repeat=1) */
static Object *product_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    ssize_t repeat = 1;
    if (kwnames && TUPLE_LEN(kwnames)) {
        Object *k = TUPLE_GET(kwnames, 0);
        if (TUPLE_LEN(kwnames) != 1 || !str_eq_cstr(k, "repeat"))
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                              str_eq_cstr(k, "repeat") ? TUPLE_GET(kwnames, 1) : k, "product");
        repeat = num_as_ssize(args[nargs], &Exc_OverflowError);
        if (repeat == -1 && err_occurred()) return NULL;
        if (repeat < 0)
            return err_format(&Exc_ValueError, "repeat argument cannot be negative");
    }
    if (repeat && nargs > SSIZE_MAX / 8 / repeat)
        return err_format(&Exc_OverflowError, "repeat argument too large");
    ssize_t npools = nargs * repeat;
    Object *pools = tuple_new(npools);
    if (!pools) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        Object *pool = seq_tuple(args[i]);
        if (!pool) { DECREF(pools); return NULL; }
        TUPLE_SET(pools, i, pool);
    }
    for (ssize_t i = nargs; i < npools; i++)
        TUPLE_SET(pools, i, NEWREF(TUPLE_GET(pools, i - nargs)));
    CombObject *c = comb_alloc(type, pools, npools, false);
    return OBJ(c);
}

static Object *product_next(Object *self) {
    CombObject *c = (CombObject *)self;
    if (c->stopped) return NULL;
    ssize_t n = c->r;
    if (!c->result) {
        for (ssize_t i = 0; i < n; i++)
            if (TUPLE_LEN(TUPLE_GET(c->pools, i)) == 0) { c->stopped = true; return NULL; }
        return comb_first(c, true);
    }
    /* Advance the rightmost index that can move; reset those after it (an odometer). */
    ssize_t i = n - 1;
    for (; i >= 0; i--) {
        Object *pool = TUPLE_GET(c->pools, i);
        if (++c->indices[i] < TUPLE_LEN(pool)) break;
        c->indices[i] = 0;
    }
    if (i < 0) { c->stopped = true; return NULL; }
    Object *t = result_for_update(&c->result);
    if (!t) return NULL;
    for (ssize_t j = i; j < n; j++)
        swap_item(t, j, TUPLE_GET(TUPLE_GET(c->pools, j), c->indices[j]));
    return t;
}

static TypeObject ProductType = {
    ITER_TYPE_COMMON(CombObject),
    .tp_name = "itertools.product",
    .tp_doc = "product(*iterables, repeat=1) --> product object\n\n"
              "Cartesian product of input iterables.  Equivalent to nested for-loops.",
    .tp_new = product_new, .tp_dealloc = comb_dealloc, .tp_traverse = comb_traverse,
    .tp_iternext = product_next,
};

/* (iterable, r) for combinations and combinations_with_replacement. */
static Object *comb_new_common(const char *name, TypeObject *type, Object *const *args,
                               ssize_t nargs, Object *kwnames, bool replace) {
    static const char *const kwlist[] = {"iterable", "r", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    Object *pool = seq_tuple(a[0]);
    if (!pool) return NULL;
    ssize_t r = num_as_ssize(a[1], &Exc_OverflowError);
    if (r == -1 && err_occurred()) { DECREF(pool); return NULL; }
    if (r < 0) { DECREF(pool); return err_format(&Exc_ValueError, "r must be non-negative"); }
    ssize_t n = TUPLE_LEN(pool);
    CombObject *c = comb_alloc(type, pool, r, false);
    if (!c) return NULL;
    for (ssize_t i = 0; i < r; i++) c->indices[i] = replace ? 0 : i;
    c->stopped = replace ? (n == 0 && r > 0) : r > n;
    return OBJ(c);
}

static Object *combinations_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    return comb_new_common("combinations", type, args, nargs, kwnames, false);
}

static Object *combinations_next(Object *self) {
    CombObject *c = (CombObject *)self;
    if (c->stopped) return NULL;
    if (!c->result) return comb_first(c, false);
    ssize_t n = TUPLE_LEN(c->pools), r = c->r, i;
    /* The rightmost index not at its maximum (n - r + i). */
    for (i = r - 1; i >= 0 && c->indices[i] == i + n - r; i--) {}
    if (i < 0) { c->stopped = true; return NULL; }
    c->indices[i]++;
    for (ssize_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    Object *t = result_for_update(&c->result);
    if (!t) return NULL;
    for (ssize_t j = i; j < r; j++) swap_item(t, j, TUPLE_GET(c->pools, c->indices[j]));
    return t;
}

static TypeObject CombinationsType = {
    ITER_TYPE_COMMON(CombObject),
    .tp_name = "itertools.combinations",
    .tp_doc = "Return successive r-length combinations of elements in the iterable.",
    .tp_new = combinations_new, .tp_dealloc = comb_dealloc, .tp_traverse = comb_traverse,
    .tp_iternext = combinations_next,
};

static Object *cwr_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    return comb_new_common("combinations_with_replacement", type, args, nargs, kwnames, true);
}

static Object *cwr_next(Object *self) {
    CombObject *c = (CombObject *)self;
    if (c->stopped) return NULL;
    if (!c->result) return comb_first(c, false);
    ssize_t n = TUPLE_LEN(c->pools), r = c->r, i;
    for (i = r - 1; i >= 0 && c->indices[i] == n - 1; i--) {}
    if (i < 0) { c->stopped = true; return NULL; }
    ssize_t v = c->indices[i] + 1;
    for (ssize_t j = i; j < r; j++) c->indices[j] = v;
    Object *t = result_for_update(&c->result);
    if (!t) return NULL;
    for (ssize_t j = i; j < r; j++) swap_item(t, j, TUPLE_GET(c->pools, v));
    return t;
}

static TypeObject CWRType = {
    ITER_TYPE_COMMON(CombObject),
    .tp_name = "itertools.combinations_with_replacement",
    .tp_doc = "Return successive r-length combinations of elements in the iterable allowing "
              "individual elements to have successive repeats.",
    .tp_new = cwr_new, .tp_dealloc = comb_dealloc, .tp_traverse = comb_traverse,
    .tp_iternext = cwr_next,
};

/* permutations(iterable, r=None): indices holds all n positions, cycles the countdowns. */
static Object *permutations_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    static const char *const kwlist[] = {"iterable", "r", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("permutations", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *pool = seq_tuple(a[0]);
    if (!pool) return NULL;
    ssize_t n = TUPLE_LEN(pool), r = n;
    if (a[1] && a[1] != NONE) {
        if (!IS_INT(a[1])) {
            DECREF(pool);
            return err_format(&Exc_TypeError, "Expected int as r");
        }
        r = int_as_ssize(a[1]);
        if (r == -1 && err_occurred()) { DECREF(pool); return NULL; }
    }
    if (r < 0) { DECREF(pool); return err_format(&Exc_ValueError, "r must be non-negative"); }
    /* indices needs n slots (all positions), cycles r. */
    CombObject *c = comb_alloc(type, pool, n > r ? n : r, true);
    if (!c) return NULL;
    c->r = r;
    for (ssize_t i = 0; i < n; i++) c->indices[i] = i;
    for (ssize_t i = 0; i < r; i++) c->cycles[i] = n - i;
    c->stopped = r > n;
    return OBJ(c);
}

static Object *permutations_next(Object *self) {
    CombObject *c = (CombObject *)self;
    if (c->stopped) return NULL;
    if (!c->result) return comb_first(c, false);
    ssize_t n = TUPLE_LEN(c->pools), r = c->r;
    if (n == 0) { c->stopped = true; return NULL; }
    Object *t = result_for_update(&c->result);
    if (!t) return NULL;
    ssize_t *ix = c->indices, *cy = c->cycles;
    for (ssize_t i = r - 1; i >= 0; i--) {
        if (--cy[i] == 0) {
            /* Rotate indices[i:] left by one. */
            ssize_t first = ix[i];
            memmove(ix + i, ix + i + 1, (size_t)(n - i - 1) * sizeof(ssize_t));
            ix[n - 1] = first;
            cy[i] = n - i;
        } else {
            ssize_t j = cy[i], tmp = ix[i];
            ix[i] = ix[n - j];
            ix[n - j] = tmp;
            for (ssize_t k = i; k < r; k++) swap_item(t, k, TUPLE_GET(c->pools, ix[k]));
            return t;
        }
    }
    c->stopped = true;
    DECREF(t);
    return NULL;
}

static TypeObject PermutationsType = {
    ITER_TYPE_COMMON(CombObject),
    .tp_name = "itertools.permutations",
    .tp_doc = "Return successive r-length permutations of elements in the iterable.",
    .tp_new = permutations_new, .tp_dealloc = comb_dealloc, .tp_traverse = comb_traverse,
    .tp_iternext = permutations_next,
};

/* ---- the module ----------------------------------------------------------------------------- */

static MethodDef itertools_methods[] = {
    {"tee", (void *)itertools_tee, METH_FASTCALL,
     "Returns a tuple of n independent iterators."},
    {NULL}
};

static TypeObject *const itertools_types[] = {
    &AccumulateType, &CombinationsType, &CWRType, &CycleType, &dropwhileType, &takewhileType,
    &ISliceType, &starmapType, &ChainType, &CompressType, &filterfalseType, &CountType,
    &ZipLongestType, &PairwiseType, &PermutationsType, &ProductType, &RepeatType, &GroupByType,
    &GrouperType, &TeeType, &TeeDataType,
};

static int itertools_init(Object *m) {
    for (size_t i = 0; i < sizeof itertools_types / sizeof *itertools_types; i++) {
        TypeObject *t = itertools_types[i];
        if (type_ready(t) < 0) return -1;
        const char *name = short_name(t);
        if (module_add(m, name, NEWREF(OBJ(t))) < 0) return -1;
    }
    return 0;
}

ModuleDef itertools_module_def = {
    "itertools",
    "Functional tools for creating and using iterators.",
    itertools_methods,
    itertools_init,
};
