/* gc.c — tracking of collectable objects (the generation lists).
 *
 * Every object of a TPFLAGS_HAVE_GC type carries a GCHead in front of it and is linked, from
 * birth, into the list of generation 0.  CPython keeps three generations with thresholds
 * (700, 10, 10) and counts allocations minus deallocations of tracked objects; the counts are
 * kept here the same way.
 *
 * NOT YET: the collector itself (finding unreachable cycles by subtracting internal references,
 * finalizers, weak references) is the memory-model issue's work; until then gc_collect()
 * returns 0 and cycles are not freed. */
#include "gc.h"

typedef struct Generation {
    GCHead head;                /* the list sentinel */
    int threshold;
    int count;
} Generation;

#define NUM_GENERATIONS 3
/* CPython's defaults: a young collection after 700 net allocations, an older one after 10
 * younger ones. */
static Generation generations[NUM_GENERATIONS] = {
    {{0, 0}, 700, 0}, {{0, 0}, 10, 0}, {{0, 0}, 10, 0},
};

#define GC_PREV_MASK  (~(uintptr_t)3)   /* the low two bits of gc_prev are flags */

void gc_init(void) {
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCHead *h = &generations[i].head;
        h->gc_next = h;
        h->gc_prev = (uintptr_t)h;
    }
}

void gc_track(Object *o) {
    GCHead *g = AS_GC(o), *h = &generations[0].head;
    GCHead *last = (GCHead *)(h->gc_prev & GC_PREV_MASK);
    last->gc_next = g;
    g->gc_prev = (uintptr_t)last | (g->gc_prev & ~GC_PREV_MASK);
    g->gc_next = h;
    h->gc_prev = (uintptr_t)g;
}

void gc_untrack(Object *o) {
    GCHead *g = AS_GC(o);
    if (!g->gc_next) return;
    GCHead *prev = (GCHead *)(g->gc_prev & GC_PREV_MASK);
    prev->gc_next = g->gc_next;
    g->gc_next->gc_prev = (g->gc_next->gc_prev & ~GC_PREV_MASK) | (uintptr_t)prev;
    g->gc_next = NULL;
    g->gc_prev &= ~GC_PREV_MASK;
}

bool gc_is_tracked(Object *o) { return AS_GC(o)->gc_next != NULL; }

void gc_on_alloc(void) { generations[0].count++; }

void gc_on_free(void) { if (generations[0].count > 0) generations[0].count--; }

ssize_t gc_collect(int generation) {
    (void)generation;
    return 0;   /* see the file comment: not yet */
}
