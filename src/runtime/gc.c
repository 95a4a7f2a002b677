/* gc.c — tracking of collectable objects and the cycle collector (CPython 3.11's algorithm).
 *
 * Every object of a TPFLAGS_HAVE_GC type carries a GCHead in front of it and is linked, from
 * birth, into the circular list of generation 0.  Reference counting frees everything except
 * cycles; the collector finds those:
 *
 *   1. update_refs: copy each object's refcount into its gc_prev (shifted past the two flag
 *      bits; the list is singly linked meanwhile) and set the "collecting" flag.
 *   2. subtract_refs: tp_traverse every object and, for each referent that is being collected,
 *      subtract one.  What remains counts the references from outside the generation.
 *   3. move_unreachable: objects with a remaining count are reachable, and so is everything
 *      they reach; the others go, tentatively, to the `unreachable` list, marked by bit 0 of
 *      gc_next, and come back if a reachable object turns out to refer to them.
 *   4. Reachable objects move to the next older generation (tuples whose items can never be
 *      part of a cycle are untracked on the way).  PEP 442: tp_finalize (__del__) runs once on
 *      each unreachable object not finalized yet (bit 0 of gc_prev remembers it); a finalizer
 *      may resurrect objects, so the unreachable set is examined again with steps 1-3 and the
 *      survivors move on to the older generation.  tp_clear breaks the remaining cycles, and
 *      reference counting frees the objects.
 *
 * When collections happen: generation 0 when its count (allocations minus deallocations of
 * tracked objects) passes 700; generation 1 (2) when the number of collections of generation 0
 * (1) since its own last collection passes 10 — and generation 2 only when the objects that
 * survived a generation-1 collection since the last full one exceed a quarter of the objects
 * the last full collection kept (long_lived_pending / long_lived_total), so that full
 * collections cost amortised linear time.
 *
 * Re-entrancy: finalizers, tp_clear and gc.callbacks run arbitrary code that may allocate; the
 * `collecting` flag keeps any collection from starting inside another.
 *
 * Layering: the collector is the one runtime piece that calls up into the objects layer (the
 * error indicator, tuples, the free lists); it does so through those headers only. */
#include "gc.h"
#include "../objects/errors.h"
#include "../objects/containers.h"
#include "../objects/weakref.h"
#include "../objects/abstract.h"
#include <assert.h>
#include <stdio.h>
#include <time.h>

/* CPython's defaults: a young collection after 700 net allocations, an older one after 10
 * younger ones.  Building with -DGC_THRESHOLD0=1 makes a stress-test build that collects at
 * almost every allocation (it finds missing tp_traverse / INCREF bugs early). */
#ifndef GC_THRESHOLD0
#define GC_THRESHOLD0 700
#endif
GCState gc_state = {
    .generations = { {{0, 0}, GC_THRESHOLD0, 0}, {{0, 0}, 10, 0}, {{0, 0}, 10, 0} },
    .permanent = {{0, 0}, 0, 0},
    .enabled = true,
};

/* During a collection, gc_prev holds refcount << REFS_SHIFT plus the two flags. */
#define REFS_SHIFT          2
#define NEXT_UNREACHABLE    ((uintptr_t)1)      /* in gc_next: tentatively unreachable */

/* ---- the lists (gcl_: "list" names the Python type in this file) ---------------------- */

static inline GCHead *gc_prev_of(GCHead *g) { return (GCHead *)(g->gc_prev & GC_PREV_MASK); }

static inline void gc_set_prev(GCHead *g, GCHead *prev) {
    g->gc_prev = (g->gc_prev & ~GC_PREV_MASK) | (uintptr_t)prev;
}

static void gcl_init(GCHead *h) {
    h->gc_next = h;
    h->gc_prev = (uintptr_t)h;
}

static inline bool gcl_is_empty(GCHead *h) { return h->gc_next == h; }

static void gcl_append(GCHead *node, GCHead *list) {
    GCHead *last = gc_prev_of(list);
    gc_set_prev(node, last);
    last->gc_next = node;
    node->gc_next = list;
    list->gc_prev = (uintptr_t)node;
}

static void gcl_unlink(GCHead *node) {
    GCHead *prev = gc_prev_of(node), *next = node->gc_next;
    prev->gc_next = next;
    gc_set_prev(next, prev);
}

static void gcl_move(GCHead *node, GCHead *list) {
    gcl_unlink(node);
    gcl_append(node, list);
}

/* Append every node of `from` to `to`; `from` is left empty. */
static void gcl_merge(GCHead *from, GCHead *to) {
    if (gcl_is_empty(from)) return;
    GCHead *to_last = gc_prev_of(to), *first = from->gc_next, *last = gc_prev_of(from);
    to_last->gc_next = first;
    gc_set_prev(first, to_last);
    last->gc_next = to;
    to->gc_prev = (uintptr_t)last;
    gcl_init(from);
}

ssize_t gc_list_length(GCHead *list) {
    ssize_t n = 0;
    for (GCHead *g = list->gc_next; g != list; g = g->gc_next) n++;
    return n;
}

GCHead *gc_generation_list(int generation) {
    return generation == GC_NUM_GENERATIONS ? &gc_state.permanent.head
                                            : &gc_state.generations[generation].head;
}

/* ---- tracking --------------------------------------------------------------------------- */

/* Idempotent: a second vm_init must not orphan the objects already tracked. */
void gc_init(void) {
    if (gc_state.permanent.head.gc_next) return;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) gcl_init(&gc_state.generations[i].head);
    gcl_init(&gc_state.permanent.head);
}

void gc_track(Object *o) {
    GCHead *g = AS_GC(o);
    assert(g->gc_next == NULL);
    gcl_append(g, &gc_state.generations[0].head);
}

void gc_untrack(Object *o) {
    GCHead *g = AS_GC(o);
    if (!g->gc_next) return;
    gcl_unlink(g);
    g->gc_next = NULL;
    g->gc_prev &= GC_PREV_FINALIZED;    /* keep only "finalized", as CPython */
}

bool gc_is_tracked(Object *o) { return AS_GC(o)->gc_next != NULL; }

/* ---- steps 1-3: finding what is unreachable --------------------------------------------- */

static inline bool is_collecting(GCHead *g) { return (g->gc_prev & GC_PREV_COLLECTING) != 0; }
static inline ssize_t get_refs(GCHead *g) { return (ssize_t)(g->gc_prev >> REFS_SHIFT); }

static inline void set_refs(GCHead *g, ssize_t refs) {
    g->gc_prev = (g->gc_prev & ~GC_PREV_MASK) | ((uintptr_t)refs << REFS_SHIFT);
}

/* A GC type without tp_traverse holds no reference the collector can see: its referents then
 * look referenced from outside, which only keeps them alive. */
static inline void traverse(Object *o, visitproc visit, void *arg) {
    traverseproc t = TYPE(o)->tp_traverse;
    if (t) t(o, visit, arg);
}

static void update_refs(GCHead *containers) {
    for (GCHead *g = containers->gc_next; g != containers; g = g->gc_next) {
        Object *o = FROM_GC(g);
        assert(REFCNT(o) > 0);
        g->gc_prev = (g->gc_prev & GC_PREV_FINALIZED) | GC_PREV_COLLECTING |
                     ((uintptr_t)REFCNT(o) << REFS_SHIFT);
    }
}

static int visit_decref(Object *o, void *parent) {
    if (gc_obj_is_gc(o)) {
        GCHead *g = AS_GC(o);
        if (is_collecting(g)) {
            /* A count going below zero means some tp_traverse visits a reference its object
             * does not own: that type's bug, which would make the collector free live objects. */
            assert(get_refs(g) > 0 && "tp_traverse visits more references than it owns");
            g->gc_prev -= (uintptr_t)1 << REFS_SHIFT;
        }
    }
    return 0;
}

static void subtract_refs(GCHead *containers) {
    for (GCHead *g = containers->gc_next; g != containers; g = g->gc_next) {
        Object *o = FROM_GC(g);
        traverse(o, visit_decref, o);
    }
}

/* Referent o of an object known to be reachable: it is reachable too. */
static int visit_reachable(Object *o, void *arg) {
    GCHead *reachable = arg;
    if (!gc_obj_is_gc(o)) return 0;
    GCHead *g = AS_GC(o);
    /* Objects of other generations, and those already scanned by move_unreachable (their flag
     * is cleared), need nothing. */
    if (!is_collecting(g)) return 0;
    if ((uintptr_t)g->gc_next & NEXT_UNREACHABLE) {
        /* Moved to `unreachable` too early: put it back at the end of the young list, where
         * move_unreachable will scan it.  The list functions cannot be used on the
         * unreachable list because of the mark bits, so unlink by hand. */
        GCHead *prev = gc_prev_of(g);
        GCHead *next = (GCHead *)((uintptr_t)g->gc_next & ~NEXT_UNREACHABLE);
        prev->gc_next = g->gc_next;                 /* keeps the mark */
        gc_set_prev(next, prev);
        gcl_append(g, reachable);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        /* Still ahead of move_unreachable's scan: just say it is reachable. */
        set_refs(g, 1);
    }
    return 0;
}

/* Move the objects of `young` that are not reachable from outside it to `unreachable`
 * (marked with NEXT_UNREACHABLE in gc_next).  On return `young` is a proper doubly linked list
 * of the reachable objects, whose collecting flags are cleared. */
static void move_unreachable(GCHead *young, GCHead *unreachable) {
    GCHead *prev = young;               /* last object known reachable: restores gc_prev */
    GCHead *g = young->gc_next;
    while (g != young) {
        if (get_refs(g)) {
            /* Reachable: so is everything it refers to.  The traversal may append objects to
             * young (visit_reachable), so the next object is read only afterwards. */
            traverse(FROM_GC(g), visit_reachable, young);
            gc_set_prev(g, prev);
            g->gc_prev &= ~GC_PREV_COLLECTING;
            prev = g;
        } else {
            /* Perhaps unreachable; visit_reachable brings it back if not.  young is singly
             * linked during the scan, so only prev's forward link needs fixing. */
            prev->gc_next = g->gc_next;
            GCHead *last = gc_prev_of(unreachable);
            /* This may mark the list head's own gc_next too; repaired at the end. */
            last->gc_next = (GCHead *)(NEXT_UNREACHABLE | (uintptr_t)g);
            gc_set_prev(g, last);
            g->gc_next = (GCHead *)(NEXT_UNREACHABLE | (uintptr_t)unreachable);
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = prev->gc_next;
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next = (GCHead *)((uintptr_t)unreachable->gc_next & ~NEXT_UNREACHABLE);
}

static void deduce_unreachable(GCHead *base, GCHead *unreachable) {
    update_refs(base);
    subtract_refs(base);
    gcl_init(unreachable);
    move_unreachable(base, unreachable);
}

/* Clear the NEXT_UNREACHABLE marks, making `unreachable` an ordinary list (CPython does this in
 * move_legacy_finalizers; ouro has no legacy tp_del finalizers, so nothing is set aside). */
static void clear_unreachable_marks(GCHead *unreachable) {
    for (GCHead *g = unreachable->gc_next; g != unreachable; g = g->gc_next)
        g->gc_next = (GCHead *)((uintptr_t)g->gc_next & ~NEXT_UNREACHABLE);
}

static void clear_collecting(GCHead *list) {
    for (GCHead *g = list->gc_next; g != list; g = g->gc_next) g->gc_prev &= ~GC_PREV_COLLECTING;
}

/* ---- untracking what can never be part of a cycle ---------------------------------------- */

/* An object that may (now or later) be tracked: tuples only if they are, others always. */
static bool may_be_tracked(Object *o) {
    if (!gc_obj_is_gc(o)) return false;
    if (IS_TUPLE_EXACT(o)) return gc_is_tracked(o);
    return true;
}

/* A tuple is immutable: once none of its items can be tracked, the tuple never will be part of
 * a cycle.  Tuples still being filled (a NULL item) are left alone. */
static void untrack_tuples(GCHead *list) {
    GCHead *next;
    for (GCHead *g = list->gc_next; g != list; g = next) {
        next = g->gc_next;
        Object *o = FROM_GC(g);
        if (!IS_TUPLE_EXACT(o)) continue;
        ssize_t n = TUPLE_LEN(o), i;
        for (i = 0; i < n; i++) {
            Object *item = TUPLE_GET(o, i);
            if (!item || may_be_tracked(item)) break;
        }
        if (i == n) gc_untrack(o);
    }
}

/* Full collections also untrack the dicts that hold only atoms (dict.c tracks a dict again as
 * soon as something that may be tracked is stored in it).  Only in full collections, as in
 * CPython, so that building a large dict does not cost quadratic time (CPython issue 14775). */
static void untrack_dicts(GCHead *list) {
    GCHead *next;
    for (GCHead *g = list->gc_next; g != list; g = next) {
        next = g->gc_next;
        dict_maybe_untrack(FROM_GC(g));
    }
}

/* ---- weak references --------------------------------------------------------------------- */

/* CPython's handle_weakrefs.  Before any finalizer runs, every weak reference to an unreachable
 * object is cleared, so that no finalizer or callback can reach trash through one; weak
 * references that are unreachable themselves are cleared as well, and their callbacks never run
 * (they could see objects already torn apart by tp_clear).  The callbacks of the cleared
 * references that are still reachable do run, here, once every reference is cleared: such a
 * reference is held and parked on a private list meanwhile, and goes to `old` if it survives
 * its callback.  Returns how many of those died (counted as collected, as in CPython). */
static ssize_t handle_weakrefs(GCHead *unreachable, GCHead *old) {
    GCHead pending;
    gcl_init(&pending);
    for (GCHead *g = unreachable->gc_next, *next; g != unreachable; g = next) {
        Object *o = FROM_GC(g);
        next = g->gc_next;
        if (IS_WEAKREF(o)) weakref_clear_ref((WeakrefObject *)o);
        if (!weakref_supported(TYPE(o))) continue;
        WeakrefObject **list = weakref_list_ptr(o);
        for (WeakrefObject *wr = *list; wr; wr = *list) {
            weakref_clear_ref(wr);              /* unlinks wr: *list moves on */
            GCHead *wg = AS_GC(wr);
            /* No callback; or trash itself; or being deallocated (untracked): no call. */
            if (!wr->wr_callback || is_collecting(wg) || !wg->gc_next) continue;
            INCREF(wr);
            gcl_move(wg, &pending);
        }
    }
    ssize_t freed = 0;
    while (!gcl_is_empty(&pending)) {
        GCHead *wg = pending.gc_next;
        WeakrefObject *wr = (WeakrefObject *)FROM_GC(wg);
        Object *cb = NEWREF(wr->wr_callback);
        Object *r = obj_call1(cb, OBJ(wr));
        if (r) DECREF(r);
        else err_write_unraisable(cb);
        DECREF(cb);
        DECREF(wr);
        if (pending.gc_next == wg) gcl_move(wg, old);     /* still alive */
        else freed++;
    }
    return freed;
}

/* ---- step 4: finalizers, resurrection, clearing ------------------------------------------ */

/* Run tp_finalize once on each object of `collectable`.  A finalizer can free or move any
 * object, so each is first moved to a private list and the loop always takes the head. */
static void finalize_garbage(GCHead *collectable) {
    GCHead seen;
    gcl_init(&seen);
    while (!gcl_is_empty(collectable)) {
        GCHead *g = collectable->gc_next;
        Object *o = FROM_GC(g);
        gcl_move(g, &seen);
        destructor fin = TYPE(o)->tp_finalize;
        if (fin && !(g->gc_prev & GC_PREV_FINALIZED)) {
            g->gc_prev |= GC_PREV_FINALIZED;
            INCREF(o);
            fin(o);
            DECREF(o);
        }
    }
    gcl_merge(&seen, collectable);
}

/* After the finalizers: whatever they made reachable again survives (into `old`); the rest,
 * in `still_unreachable`, is truly garbage.  Steps 1-3 again, on the unreachable set alone. */
static void handle_resurrected(GCHead *unreachable, GCHead *still_unreachable, GCHead *old) {
    clear_collecting(unreachable);
    deduce_unreachable(unreachable, still_unreachable);
    clear_unreachable_marks(still_unreachable);
    gcl_merge(unreachable, old);
}

/* Break the cycles with tp_clear (or, with DEBUG_SAVEALL, keep the objects in gc.garbage).
 * Objects that are still alive afterwards go to `old`. */
static void delete_garbage(GCHead *collectable, GCHead *old) {
    while (!gcl_is_empty(collectable)) {
        GCHead *g = collectable->gc_next;
        Object *o = FROM_GC(g);
        assert(REFCNT(o) > 0);
        if (gc_state.debug & GC_DEBUG_SAVEALL) {
            if (gc_state.hooks.save_garbage && gc_state.hooks.save_garbage(o) < 0) err_clear();
        } else {
            inquiry clear = TYPE(o)->tp_clear;
            if (clear) {
                INCREF(o);
                clear(o);
                if (err_occurred()) err_write_unraisable(OBJ(TYPE(o)));
                DECREF(o);
            }
        }
        if (collectable->gc_next == g) {
            /* Still alive: it may die later, in an older generation. */
            g->gc_prev &= ~GC_PREV_COLLECTING;
            gcl_move(g, old);
        }
    }
}

/* ---- one collection ---------------------------------------------------------------------- */

static void write_stderr(const char *text) {
    if (gc_state.hooks.write_stderr) gc_state.hooks.write_stderr(text);
    else fputs(text, stderr);
}

static void debug_object(const char *what, Object *o) {
    char buf[256];
    snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", what, TYPE(o)->tp_name, (void *)o);
    write_stderr(buf);
}

static void debug_generations(int generation) {
    char buf[256];
    snprintf(buf, sizeof buf,
             "gc: collecting generation %d...\n"
             "gc: objects in each generation: %zd %zd %zd\n"
             "gc: objects in permanent generation: %zd\n",
             generation, gc_list_length(&gc_state.generations[0].head),
             gc_list_length(&gc_state.generations[1].head),
             gc_list_length(&gc_state.generations[2].head),
             gc_list_length(&gc_state.permanent.head));
    write_stderr(buf);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Collect `generation` (merged with the younger ones).  *collected and *uncollectable receive
 * the counts; returns their sum.  No exception may be pending.  An error left over at the end
 * is reported as unraisable, or just cleared when `nofail` (shut-down). */
static ssize_t collect_main(int generation, ssize_t *collected, ssize_t *uncollectable,
                            bool nofail) {
    GCState *st = &gc_state;
    ssize_t m = 0;              /* collected */
    ssize_t n = 0;              /* uncollectable: always 0, ouro has no legacy tp_del */
    double t0 = 0;
    if (st->debug & GC_DEBUG_STATS) {
        debug_generations(generation);
        t0 = now();
    }

    if (generation + 1 < GC_NUM_GENERATIONS) st->generations[generation + 1].count++;
    for (int i = 0; i <= generation; i++) st->generations[i].count = 0;
    for (int i = 0; i < generation; i++)
        gcl_merge(&st->generations[i].head, &st->generations[generation].head);

    GCHead *young = &st->generations[generation].head;
    GCHead *old = generation + 1 < GC_NUM_GENERATIONS ? &st->generations[generation + 1].head
                                                      : young;
    GCHead unreachable;
    deduce_unreachable(young, &unreachable);

    untrack_tuples(young);
    if (young != old) {
        if (generation == GC_NUM_GENERATIONS - 2) st->long_lived_pending += gc_list_length(young);
        gcl_merge(young, old);
    } else {
        untrack_dicts(young);
        st->long_lived_pending = 0;
        st->long_lived_total = gc_list_length(young);
    }

    clear_unreachable_marks(&unreachable);
    if (st->debug & GC_DEBUG_COLLECTABLE)
        for (GCHead *g = unreachable.gc_next; g != &unreachable; g = g->gc_next)
            debug_object("collectable", FROM_GC(g));

    m += handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);

    GCHead final_unreachable;
    handle_resurrected(&unreachable, &final_unreachable, old);
    m += gc_list_length(&final_unreachable);
    delete_garbage(&final_unreachable, old);

    if (st->debug & GC_DEBUG_STATS) {
        char buf[160];
        snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                 n + m, n, now() - t0);
        write_stderr(buf);
    }
    /* Legacy finalizers (tp_del) would be reported (DEBUG_UNCOLLECTABLE) and appended to
     * gc.garbage here; ouro has none, so nothing is uncollectable. */

    if (generation == GC_NUM_GENERATIONS - 1) {
        /* Free lists hold memory the program no longer uses; a full collection returns it. */
        tuple_clear_freelists();
        list_clear_freelist();
        dict_clear_freelist();
    }
    if (err_occurred()) {
        if (nofail) err_clear();
        else err_write_unraisable(NULL);
    }

    *collected = m;
    *uncollectable = n;
    st->stats[generation].collections++;
    st->stats[generation].collected += m;
    st->stats[generation].uncollectable += n;
    return n + m;
}

/* A collection with the gc.callbacks called around it; `collecting` is set by the caller. */
static ssize_t collect_with_callbacks(int generation) {
    ssize_t collected = 0, uncollectable = 0;
    if (gc_state.hooks.callbacks) gc_state.hooks.callbacks("start", generation, 0, 0);
    ssize_t r = collect_main(generation, &collected, &uncollectable, false);
    if (gc_state.hooks.callbacks)
        gc_state.hooks.callbacks("stop", generation, collected, uncollectable);
    return r;
}

/* The automatic choice: the oldest generation whose count passed its threshold. */
static void collect_generations(void) {
    for (int i = GC_NUM_GENERATIONS - 1; i >= 0; i--) {
        if (gc_state.generations[i].count <= gc_state.generations[i].threshold) continue;
        if (i == GC_NUM_GENERATIONS - 1 &&
            gc_state.long_lived_pending < gc_state.long_lived_total / 4)
            continue;
        collect_with_callbacks(i);
        break;
    }
}

void gc_on_alloc(void) {
    GCState *st = &gc_state;
    GCGeneration *g0 = &st->generations[0];
    g0->count++;
    if (g0->count <= g0->threshold || !st->enabled || !g0->threshold || st->collecting ||
        err_occurred())
        return;
    /* CPython collects before the new object is tracked; here obj_alloc has just tracked it
     * (it is generation 0's tail) and its fields are not set yet.  Keep it out of the way:
     * a half-built tuple must not be untracked, nor a half-built object traversed. */
    assert(!gcl_is_empty(&g0->head));
    Object *newborn = FROM_GC(gc_prev_of(&g0->head));
    gc_untrack(newborn);
    st->collecting = true;
    collect_generations();
    st->collecting = false;
    gc_track(newborn);
}

void gc_on_free(void) {
    if (gc_state.generations[0].count > 0) gc_state.generations[0].count--;
}

ssize_t gc_collect(int generation) {
    if (generation < 0 || generation >= GC_NUM_GENERATIONS) {
        err_set_string(&Exc_ValueError, "invalid generation");
        return -1;
    }
    if (gc_state.collecting) return 0;
    /* A collection runs finalizers and callbacks: put a pending exception aside meanwhile. */
    Object *saved = err_fetch();
    gc_state.collecting = true;
    ssize_t n = collect_with_callbacks(generation);
    gc_state.collecting = false;
    err_restore(saved);
    return n;
}

/* CPython's _PyGC_CollectNoFail: the full collections of interpreter shut-down, after module
 * dicts are cleared, so that cycles still alive get their finalizers run.  No callbacks. */
ssize_t gc_collect_no_fail(void) {
    if (gc_state.collecting) return 0;
    Object *saved = err_fetch();
    ssize_t collected, uncollectable;
    gc_state.collecting = true;
    ssize_t n = collect_main(GC_NUM_GENERATIONS - 1, &collected, &uncollectable, true);
    gc_state.collecting = false;
    err_restore(saved);
    return n;
}

/* ---- the state a program starts in ---------------------------------------------------------- */

/* When CPython 3.11 starts a script, its start-up (site, encodings, io, ...) has run 22
 * collections of generation 0 and 2 of generation 1: generation 0 holds what was made since the
 * last one, and about 11,000 start-up objects sit in the oldest generation, where no young
 * collection looks at them.  ouro's start-up makes other objects, so it puts the collector in
 * the same state before the program runs: its own start-up objects go to the oldest generation
 * and the counts become CPython's, so that a program's automatic collections happen where they
 * happen under CPython.  START_COUNT0 is CPython's generation-0 count then, minus what ouro
 * allocates between this point and a script's first statement (compiling it), measured with
 * `import gc; print(gc.get_count())` as a whole script: (249, 0, 2) under CPython 3.11.7. */
#define START_COUNT0 227
#define START_COUNT2 2

void gc_set_start_state(void) {
    GCState *st = &gc_state;
    GCHead *old = &st->generations[GC_NUM_GENERATIONS - 1].head;
    for (int i = 0; i < GC_NUM_GENERATIONS - 1; i++) {
        st->long_lived_pending += gc_list_length(&st->generations[i].head);
        gcl_merge(&st->generations[i].head, old);
    }
    st->generations[0].count = START_COUNT0;
    st->generations[1].count = 0;
    st->generations[2].count = START_COUNT2;
}

/* ---- freezing ---------------------------------------------------------------------------- */

void gc_freeze(void) {
    for (int i = 0; i < GC_NUM_GENERATIONS; i++)
        gcl_merge(&gc_state.generations[i].head, &gc_state.permanent.head);
    gc_state.generations[0].count = 0;
}

void gc_unfreeze(void) {
    gcl_merge(&gc_state.permanent.head, &gc_state.generations[GC_NUM_GENERATIONS - 1].head);
}
