/* test_gc.c — the cycle collector: cycles of real lists are found and their memory released,
 * reachable objects survive, tuples of atomic items are untracked, PEP 442 finalizers run once
 * and may resurrect, DEBUG_SAVEALL keeps the garbage, the callbacks hook sees both phases, and
 * automatic collections keep a cycle-making loop in bounded memory.  Expected counts are
 * CPython 3.11's gc.collect() results for the same object graphs. */
#include "objects/containers.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/numbers.h"
#include "runtime/alloc.h"
#include "runtime/gc.h"
#include "vm/vm.h"
#include <stdio.h>

static int passed, failed;

#define CHECK(cond, ...) do { \
    if (cond) passed++; \
    else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); \
           printf("\n"); } \
} while (0)

static size_t blocks(void) { return mem_stats.small_blocks + mem_stats.large_blocks; }

/* Two lists referring to each other, no outside reference left: CPython finds 2. */
static void test_two_lists(void) {
    gc_collect(2);
    size_t before = blocks();
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, b);
    list_append(b, a);
    DECREF(a);
    DECREF(b);
    CHECK(blocks() > before, "the cycle should still hold memory");
    ssize_t n = gc_collect(2);
    CHECK(n == 2, "two lists in a cycle: got %zd", n);
    CHECK(blocks() <= before, "memory not released: %zu blocks, %zu before", blocks(), before);
}

/* a = [a, [1, 2]]: the inner list is unreachable too (2). */
static void test_self_cycle_with_payload(void) {
    Object *a = list_new(0), *inner = list_new(0);
    Object *one = int_from_long(1), *two = int_from_long(2);
    list_append(inner, one);
    list_append(inner, two);
    list_append(a, a);
    list_append(a, inner);
    DECREF(one); DECREF(two); DECREF(inner); DECREF(a);
    ssize_t n = gc_collect(2);
    CHECK(n == 2, "self cycle with payload: got %zd", n);
}

static void test_reachable_survives(void) {
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, b);
    list_append(b, a);
    DECREF(b);                      /* b lives through a; a is held here */
    ssize_t n = gc_collect(0);
    CHECK(n == 0, "reachable cycle: got %zd", n);
    CHECK(LIST_LEN(a) == 1 && LIST_LEN(LIST_GET(a, 0)) == 1, "a reachable cycle was cleared");
    CHECK(gc_is_tracked(a), "survivor untracked");
    /* Generation 0 survivors move to generation 1. */
    GCHead *g1 = gc_generation_list(1);
    bool found = false;
    for (GCHead *g = g1->gc_next; g != g1; g = g->gc_next) found |= FROM_GC(g) == a;
    CHECK(found, "survivor of a generation-0 collection is not in generation 1");
    DECREF(a);
    n = gc_collect(2);
    CHECK(n == 2, "released cycle: got %zd", n);
}

static void test_ring(void) {
    enum { N = 1000 };
    size_t before = blocks();
    Object *first = list_new(0), *prev = first;
    INCREF(prev);
    for (int i = 1; i < N; i++) {
        Object *l = list_new(0);
        list_append(prev, l);
        DECREF(prev);
        prev = l;
    }
    list_append(prev, first);
    DECREF(prev);
    DECREF(first);
    ssize_t n = gc_collect(2);
    CHECK(n == N, "ring of %d lists: got %zd", N, n);
    CHECK(blocks() <= before, "ring memory not released: %zu vs %zu", blocks(), before);
}

static void test_tuple_untracking(void) {
    Object *one = int_from_long(1), *l = list_new(0);
    Object *atomic = tuple_pack(2, one, one), *holder = tuple_pack(2, one, l);
    CHECK(gc_is_tracked(atomic), "new tuple not tracked");
    gc_collect(0);
    CHECK(!gc_is_tracked(atomic), "tuple of ints still tracked after a collection");
    CHECK(gc_is_tracked(holder), "tuple holding a list was untracked");
    DECREF(atomic); DECREF(holder); DECREF(l); DECREF(one);
}

/* ---- a C type with a PEP 442 finalizer ------------------------------------------------------ */

typedef struct Node { OB_HEAD; Object *ref; } Node;
static int finalized_count;
static Object *resurrect_into;       /* a list: the finalizer stores self there, when set */

static int node_traverse(Object *self, visitproc visit, void *arg) {
    Object *r = ((Node *)self)->ref;
    return r ? visit(r, arg) : 0;
}

static int node_clear(Object *self) {
    CLEAR(((Node *)self)->ref);
    return 0;
}

static void node_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((Node *)self)->ref);
    TYPE(self)->tp_free(self);
}

static void node_finalize(Object *self) {
    finalized_count++;
    if (resurrect_into) list_append(resurrect_into, self);
}

static TypeObject NodeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "gctest.Node",
    .tp_basicsize = sizeof(Node),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = node_dealloc,
    .tp_traverse = node_traverse,
    .tp_clear = node_clear,
    .tp_finalize = node_finalize,
};

static void node_pair(void) {
    Node *x = (Node *)obj_alloc(&NodeType), *y = (Node *)obj_alloc(&NodeType);
    x->ref = NEWREF(OBJ(y));
    y->ref = NEWREF(OBJ(x));
    DECREF(x);
    DECREF(y);
}

static void test_finalizers(void) {
    if (type_ready(&NodeType) < 0) { failed++; printf("FAIL type_ready\n"); return; }
    finalized_count = 0;
    node_pair();
    ssize_t n = gc_collect(2);
    CHECK(n == 2, "finalizable pair: got %zd", n);
    CHECK(finalized_count == 2, "finalizers ran %d times", finalized_count);

    /* Resurrection: both survive (CPython: gc.collect() == 0), finalized, and are collected
     * later without a second finalizer call. */
    finalized_count = 0;
    resurrect_into = list_new(0);
    node_pair();
    n = gc_collect(2);
    CHECK(n == 0, "resurrected pair: got %zd", n);
    CHECK(finalized_count == 2 && LIST_LEN(resurrect_into) == 2, "finalizers %d, kept %zd",
          finalized_count, LIST_LEN(resurrect_into));
    if (LIST_LEN(resurrect_into) == 2) {
        Object *o = LIST_GET(resurrect_into, 0);
        CHECK(gc_is_finalized(o), "resurrected object not marked finalized");
        CHECK(((Node *)o)->ref != NULL, "resurrected object was cleared");
    }
    Object *keep = resurrect_into;
    resurrect_into = NULL;
    DECREF(keep);
    n = gc_collect(2);
    CHECK(n == 2, "formerly resurrected pair: got %zd", n);
    CHECK(finalized_count == 2, "a finalizer ran twice (%d)", finalized_count);
}

/* ---- DEBUG_SAVEALL and the callbacks hook --------------------------------------------------- */

static Object *saved;
static int save_hook(Object *o) { return list_append(saved, o); }
static int starts, stops;
static ssize_t last_collected = -1;

static void callbacks_hook(const char *phase, int generation, ssize_t collected,
                           ssize_t uncollectable) {
    if (phase[0] == 's' && phase[1] == 't' && phase[2] == 'a') starts++;
    else { stops++; last_collected = collected; }
}

static void make_pair(void) {
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, b);
    list_append(b, a);
    DECREF(a);
    DECREF(b);
}

static void test_saveall_and_callbacks(void) {
    GCHooks old = gc_state.hooks;
    saved = list_new(0);
    gc_state.hooks.save_garbage = save_hook;
    gc_state.hooks.callbacks = callbacks_hook;
    gc_state.debug = GC_DEBUG_SAVEALL;
    make_pair();
    ssize_t n = gc_collect(2);
    CHECK(n == 2 && LIST_LEN(saved) == 2, "SAVEALL: %zd found, %zd saved", n, LIST_LEN(saved));
    CHECK(starts == 1 && stops == 1 && last_collected == 2, "callbacks: %d starts, %d stops, %zd",
          starts, stops, last_collected);
    gc_state.debug = 0;
    DECREF(saved);                  /* the pair (now in generation 2) is garbage again */
    n = gc_collect(2);
    CHECK(n == 2, "after dropping gc.garbage: got %zd", n);
    /* The shut-down collection finds the same garbage but calls no callbacks. */
    make_pair();
    starts = 0;
    n = gc_collect_no_fail();
    CHECK(n == 2 && starts == 0, "no-fail collection: %zd found, %d callbacks", n, starts);
    gc_state.hooks = old;
}

static void test_errors_and_state(void) {
    ssize_t n = gc_collect(3);
    CHECK(n == -1 && err_matches(&Exc_ValueError), "gc_collect(3) should raise ValueError");
    err_clear();
    gc_collect(2);
    CHECK(gc_state.generations[1].count == 0 && gc_state.generations[2].count == 0,
          "counts not reset by a full collection");
    gc_collect(0);
    CHECK(gc_state.generations[1].count == 1, "gen-0 collection not counted in gen 1");
    CHECK(gc_state.stats[2].collections > 0, "stats not kept");
    size_t frozen_before = (size_t)gc_list_length(gc_generation_list(GC_NUM_GENERATIONS));
    gc_freeze();
    CHECK(gc_list_length(gc_generation_list(2)) == 0 && (size_t)gc_list_length(
          gc_generation_list(GC_NUM_GENERATIONS)) > frozen_before, "freeze moved nothing");
    gc_unfreeze();
    CHECK(gc_list_length(gc_generation_list(GC_NUM_GENERATIONS)) == 0, "unfreeze left objects");
}

/* Automatic collection: 100000 cycles made and dropped must not pile up. */
static void test_automatic(void) {
    gc_collect(2);
    ssize_t before = gc_state.stats[0].collections;
    size_t mem0 = blocks();
    for (int i = 0; i < 100000; i++) make_pair();
    CHECK(gc_state.stats[0].collections > before, "no automatic collection happened");
    CHECK(blocks() < mem0 + 20000, "automatic collection left %zu blocks", blocks() - mem0);
    gc_collect(2);
    CHECK(blocks() <= mem0, "memory after the loop: %zu vs %zu", blocks(), mem0);
}

int main(void) {
    if (vm_init(0, NULL) < 0) { printf("vm_init failed\n"); return 1; }
    test_two_lists();
    test_self_cycle_with_payload();
    test_reachable_survives();
    test_ring();
    test_tuple_untracking();
    test_finalizers();
    test_saveall_and_callbacks();
    test_errors_and_state();
    test_automatic();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
