/* gc.h — the link header of collectable objects, tracking, and the cycle collector.
 *
 * As in CPython, an object whose type has TPFLAGS_HAVE_GC is preceded in memory by a GCHead of two
 * words, which links it into the list of its generation.  obj_alloc() makes room for it and tracks
 * the object at once ("tracked from birth"); a type's dealloc untracks it before releasing its
 * contents.  The collector (gc.c) finds unreachable reference cycles in these lists with
 * CPython 3.11's algorithm; the gc module (modules/gcmodule.c) is its Python face. */
#ifndef OURO_GC_H
#define OURO_GC_H

#include "object.h"

typedef struct GCHead {
    /* The next object of the list; NULL when the object is not tracked.  During a collection the
     * low bit marks "tentatively unreachable" (CPython's NEXT_MASK_UNREACHABLE). */
    struct GCHead *gc_next;
    /* The low bits carry flags (as CPython's _gc_prev): bit 0 = finalized (PEP 442),
     * bit 1 = collecting; the rest is the previous link, or a copy of the refcount during a
     * collection. */
    uintptr_t gc_prev;
} GCHead;

#define AS_GC(o)        ((GCHead *)(o) - 1)
#define FROM_GC(g)      ((Object *)((GCHead *)(g) + 1))

#define GC_PREV_FINALIZED   ((uintptr_t)1)
#define GC_PREV_COLLECTING  ((uintptr_t)2)
#define GC_PREV_MASK        (~(uintptr_t)3)     /* the pointer (or refcount) part of gc_prev */

void gc_track(Object *o);           /* link o into generation 0; o must not be tracked */
void gc_untrack(Object *o);         /* unlink; harmless when o is not tracked */
bool gc_is_tracked(Object *o);

/* Called by obj_alloc / obj_free for every GC object: counts allocations minus deallocations of
 * tracked objects, and starts a collection when generation 0 passes its threshold.  gc_on_alloc
 * must come right after gc_track of the new object (it is the tail of generation 0). */
void gc_on_alloc(void);
void gc_on_free(void);

/* What gc.collect(generation) does: a collection of `generation` and all younger ones, with the
 * gc.callbacks around it; 0 at once when a collection is already running.  Returns the number of
 * unreachable objects found (collected + uncollectable); -1 with ValueError "invalid generation"
 * when generation is not 0, 1 or 2. */
ssize_t gc_collect(int generation);
/* A full collection for interpreter shut-down (CPython's _PyGC_CollectNoFail): no callbacks,
 * errors cleared; 0 if a collection is running.  vm_fini should call it after clearing the
 * module dicts, so that objects still alive in cycles get their __del__ run, as in CPython. */
ssize_t gc_collect_no_fail(void);
void gc_init(void);

/* ---- the collector's state, for the gc module ------------------------------------------------ */

#define GC_NUM_GENERATIONS 3

/* gc.set_debug flags, with the gc module's values. */
enum {
    GC_DEBUG_STATS         = 1,     /* one summary per collection on stderr */
    GC_DEBUG_COLLECTABLE   = 2,     /* each collectable object found */
    GC_DEBUG_UNCOLLECTABLE = 4,     /* each uncollectable object found */
    GC_DEBUG_SAVEALL       = 32,    /* keep unreachable objects in gc.garbage, do not free them */
    GC_DEBUG_LEAK          = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};

typedef struct GCGeneration {
    GCHead head;                /* sentinel of a circular list of the generation's objects */
    int threshold;
    int count;                  /* gen 0: net allocations; older: collections of the one below */
} GCGeneration;

typedef struct GCGenStats {
    ssize_t collections, collected, uncollectable;      /* gc.get_stats() */
} GCGenStats;

/* Services of the upper layers that only matter once the gc module exists (gc.callbacks,
 * gc.garbage, debug output on sys.stderr).  gcmodule.c installs them when it is imported;
 * until then they are NULL and the collector does without (debug text goes to C's stderr). */
typedef struct GCHooks {
    /* Call every function of gc.callbacks with (phase, info); must not leave an error set. */
    void (*callbacks)(const char *phase, int generation, ssize_t collected,
                      ssize_t uncollectable);
    int  (*save_garbage)(Object *o);        /* append o to gc.garbage; -1 with an error set */
    void (*write_stderr)(const char *text); /* one or more whole lines */
} GCHooks;

typedef struct GCState {
    GCGeneration generations[GC_NUM_GENERATIONS];
    GCGeneration permanent;     /* gc.freeze(): never examined again */
    bool enabled;               /* automatic collection (gc.enable / gc.disable) */
    bool collecting;            /* a collection is running: no other may start */
    int debug;                  /* GC_DEBUG_* flags */
    /* Objects that survived a middle-generation collection since the last full one, and the
     * size of the oldest generation after the last full one: a full collection runs only when
     * pending > total / 4, which keeps the total cost linear in the number of objects. */
    ssize_t long_lived_pending, long_lived_total;
    GCGenStats stats[GC_NUM_GENERATIONS];
    GCHooks hooks;
} GCState;
extern GCState gc_state;

/* The list of a generation (0..2, or GC_NUM_GENERATIONS for the permanent one).  Walk it with
 * for (GCHead *g = h->gc_next; g != h; g = g->gc_next) outside of a collection. */
GCHead *gc_generation_list(int generation);
ssize_t gc_list_length(GCHead *list);
/* Put the collector in the state CPython's is in when a script starts (gc.c explains). */
void gc_set_start_state(void);
void gc_freeze(void);               /* gc.freeze(): every generation into the permanent one */
void gc_unfreeze(void);             /* gc.unfreeze(): the permanent generation into the oldest */

/* o has a GC header (CPython's _PyObject_IS_GC): its type has TPFLAGS_HAVE_GC, except for static
 * type objects, which live in static memory without one. */
static inline bool gc_obj_is_gc(Object *o) {
    TypeObject *t = TYPE(o);
    if (!TYPE_HAS_FLAG(t, TPFLAGS_HAVE_GC)) return false;
    return !TYPE_HAS_FLAG(t, TPFLAGS_TYPE_SUBCLASS) ||
           TYPE_HAS_FLAG((TypeObject *)o, TPFLAGS_HEAPTYPE);
}

/* PEP 442: o's finalizer (tp_finalize) already ran. */
static inline bool gc_is_finalized(Object *o) {
    return gc_obj_is_gc(o) && (AS_GC(o)->gc_prev & GC_PREV_FINALIZED);
}

#endif
