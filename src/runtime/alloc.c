/* alloc.c — the small-object allocator, in pymalloc's design.
 *
 * Requests of up to SMALL_MAX bytes are served from size classes 16 bytes apart.  Memory comes
 * from the system in arenas; an arena is cut into pools; a pool serves one size class and is cut
 * into blocks.  Every pool of a class with free blocks is on that class's `usedpools` list; a
 * freed block goes to the front of its pool's free list, so the next request of that size is
 * served from it when its pool is the one in use — which is why, as in CPython,
 * `id(object()) == id(object())`.  Larger requests go to malloc.
 *
 * Arenas are aligned to their size, so the arena of any address is found by masking, and a small
 * table of arena addresses tells whether a pointer is ours (CPython 3.11 uses a radix tree for
 * the same question).  Pools are aligned to POOL_SIZE inside an arena, so a block's pool header
 * is found by masking too.
 *
 * Under AddressSanitizer free blocks are poisoned (all but the free-list link), so use after
 * free of small objects is still reported. */
#include "alloc.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n)    ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n)  ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n)    ((void)(p), (void)(n))
#define UNPOISON(p, n)  ((void)(p), (void)(n))
#endif

/* 16-byte classes: the alignment every object needs (long double, and CPython's choice). */
#define ALIGN_SHIFT   4
#define ALIGNMENT     (1u << ALIGN_SHIFT)
/* Requests above this go to malloc: pymalloc's threshold since 3.8. */
#define SMALL_MAX     512
#define NCLASSES      (SMALL_MAX >> ALIGN_SHIFT)
/* CPython 3.11's pool and arena sizes (POOL_BITS 14, ARENA_BITS 20 with mmap). */
#define POOL_SIZE     ((size_t)16 << 10)
#define ARENA_SIZE    ((size_t)1 << 20)
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)

typedef struct Pool Pool;
typedef struct Arena Arena;

struct Pool {
    unsigned int used;          /* blocks handed out */
    unsigned int szidx;         /* size class */
    void *freeblock;            /* free list of returned blocks (link in the block's first word) */
    Pool *next, *prev;          /* on usedpools[szidx], or the arena's free-pool list */
    Arena *arena;
    unsigned int nextoffset;    /* never-used blocks start here */
    unsigned int maxnextoffset; /* the last offset a block fits at */
};

/* The pool header takes the start of each pool; round it so blocks stay 16-byte aligned. */
#define POOL_OVERHEAD  ((sizeof(Pool) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1))

struct Arena {
    char *base;                 /* ARENA_SIZE bytes, aligned to ARENA_SIZE */
    unsigned int nfreepools;    /* pools free (never used or emptied) */
    unsigned int ntouched;      /* pools ever carved, from the start */
    Pool *freepools;            /* emptied pools */
    Arena *next, *prev;         /* on usable_arenas when it has a free pool */
};

static Pool *usedpools[NCLASSES];      /* pools with at least one free block, per class */
static Arena *usable_arenas;           /* arenas with a free pool */
MemStats mem_stats;

/* ---- which addresses are ours: an open-addressing set of arena bases ------------------- */

static Arena **arena_set;
static size_t arena_set_cap;           /* a power of two */

static size_t arena_slot(uintptr_t base) {
    return (size_t)((base >> 20) * 0x9E3779B97F4A7C15ull >> 7) & (arena_set_cap - 1);
}

static Arena *arena_find(const void *p) {
    if (!arena_set_cap) return NULL;
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)(ARENA_SIZE - 1);
    for (size_t i = arena_slot(base);; i = (i + 1) & (arena_set_cap - 1)) {
        Arena *a = arena_set[i];
        if (!a) return NULL;
        if (a != (Arena *)1 && (uintptr_t)a->base == base) return a;
    }
}

static int arena_set_insert(Arena *a);

static int arena_set_grow(void) {
    size_t oldcap = arena_set_cap;
    Arena **old = arena_set;
    arena_set_cap = oldcap ? oldcap * 2 : 64;
    arena_set = calloc(arena_set_cap, sizeof(Arena *));
    if (!arena_set) { arena_set = old; arena_set_cap = oldcap; return -1; }
    for (size_t i = 0; i < oldcap; i++)
        if (old[i] && old[i] != (Arena *)1) arena_set_insert(old[i]);
    free(old);
    return 0;
}

static int arena_set_insert(Arena *a) {
    /* Keep the table at most half full (deleted slots count), so probes stay short. */
    if ((mem_stats.arenas + 1) * 2 > arena_set_cap && arena_set_grow() < 0) return -1;
    size_t i = arena_slot((uintptr_t)a->base);
    while (arena_set[i] && arena_set[i] != (Arena *)1) i = (i + 1) & (arena_set_cap - 1);
    arena_set[i] = a;
    return 0;
}

static void arena_set_remove(Arena *a) {
    for (size_t i = arena_slot((uintptr_t)a->base);; i = (i + 1) & (arena_set_cap - 1))
        if (arena_set[i] == a) { arena_set[i] = (Arena *)1; return; }
}

bool mem_is_small_block(const void *p) { return arena_find(p) != NULL; }

/* ---- arenas and pools -------------------------------------------------------------------- */

static Arena *arena_new(void) {
    Arena *a = malloc(sizeof(Arena));
    if (!a) return NULL;
    a->base = aligned_alloc(ARENA_SIZE, ARENA_SIZE);
    if (!a->base || arena_set_insert(a) < 0) { free(a->base); free(a); return NULL; }
    POISON(a->base, ARENA_SIZE);
    a->nfreepools = POOLS_PER_ARENA;
    a->ntouched = 0;
    a->freepools = NULL;
    a->prev = NULL;
    a->next = usable_arenas;
    if (usable_arenas) usable_arenas->prev = a;
    usable_arenas = a;
    mem_stats.arenas++;
    if (mem_stats.arenas > mem_stats.arenas_highwater) mem_stats.arenas_highwater = mem_stats.arenas;
    return a;
}

static void arena_unlink(Arena *a) {
    if (a->prev) a->prev->next = a->next; else usable_arenas = a->next;
    if (a->next) a->next->prev = a->prev;
    a->next = a->prev = NULL;
}

static Pool *pool_take(unsigned int szidx) {
    Arena *a = usable_arenas;
    if (!a && !(a = arena_new())) return NULL;
    Pool *p;
    if (a->freepools) {
        p = a->freepools;
        a->freepools = p->next;
    } else {
        p = (Pool *)(a->base + (size_t)a->ntouched++ * POOL_SIZE);
    }
    UNPOISON(p, POOL_OVERHEAD);
    if (--a->nfreepools == 0) arena_unlink(a);
    size_t size = (size_t)(szidx + 1) << ALIGN_SHIFT;
    p->used = 0;
    p->szidx = szidx;
    p->freeblock = NULL;
    p->arena = a;
    p->nextoffset = (unsigned int)POOL_OVERHEAD;
    p->maxnextoffset = (unsigned int)(POOL_SIZE - size);
    p->prev = NULL;
    p->next = usedpools[szidx];
    if (p->next) p->next->prev = p;
    usedpools[szidx] = p;
    return p;
}

static void pool_unlink_used(Pool *p) {
    if (p->prev) p->prev->next = p->next; else usedpools[p->szidx] = p->next;
    if (p->next) p->next->prev = p->prev;
    p->next = p->prev = NULL;
}

/* An emptied pool goes back to its arena; an emptied arena back to the system, except that one
 * empty arena is kept so a program hovering at an arena boundary does not thrash. */
static void pool_release(Pool *p) {
    Arena *a = p->arena;
    pool_unlink_used(p);
    p->next = a->freepools;
    a->freepools = p;
    POISON((char *)p + sizeof(Pool), POOL_SIZE - sizeof(Pool));
    if (a->nfreepools++ == 0) {
        a->prev = NULL;
        a->next = usable_arenas;
        if (usable_arenas) usable_arenas->prev = a;
        usable_arenas = a;
    }
    if (a->nfreepools == POOLS_PER_ARENA && (a->next || a->prev)) {
        arena_unlink(a);
        arena_set_remove(a);
        UNPOISON(a->base, ARENA_SIZE);
        free(a->base);
        free(a);
        mem_stats.arenas--;
    }
}

/* ---- the allocator --------------------------------------------------------------------- */

static void *small_alloc(unsigned int szidx) {
    Pool *p = usedpools[szidx];
    if (!p && !(p = pool_take(szidx))) return NULL;
    size_t size = (size_t)(szidx + 1) << ALIGN_SHIFT;
    void *b = p->freeblock;
    if (b) {
        UNPOISON(b, sizeof(void *));
        p->freeblock = *(void **)b;
    } else {
        b = (char *)p + p->nextoffset;
        p->nextoffset += (unsigned int)size;
    }
    UNPOISON(b, size);
    p->used++;
    /* Full: no free block and no untouched room left. */
    if (!p->freeblock && p->nextoffset > p->maxnextoffset) pool_unlink_used(p);
    mem_stats.small_blocks++;
    return b;
}

static void small_free(void *b) {
    Pool *p = (Pool *)((uintptr_t)b & ~(uintptr_t)(POOL_SIZE - 1));
    size_t size = (size_t)(p->szidx + 1) << ALIGN_SHIFT;
    bool was_full = !p->freeblock && p->nextoffset > p->maxnextoffset;
    *(void **)b = p->freeblock;
    p->freeblock = b;
    POISON((char *)b + sizeof(void *), size - sizeof(void *));
    mem_stats.small_blocks--;
    if (was_full) {
        /* To the front: the pool just freed into is the one to serve the next request. */
        p->prev = NULL;
        p->next = usedpools[p->szidx];
        if (p->next) p->next->prev = p;
        usedpools[p->szidx] = p;
    }
    if (--p->used == 0) pool_release(p);
}

void *mem_alloc(size_t n) {
    if (n - 1 < SMALL_MAX) return small_alloc((unsigned int)((n - 1) >> ALIGN_SHIFT));
    void *p = malloc(n ? n : 1);
    if (p) mem_stats.large_blocks++;
    return p;
}

void *mem_calloc(size_t count, size_t n) {
    if (n && count > SIZE_MAX / n) return NULL;
    void *p = mem_alloc(count * n);
    if (p) memset(p, 0, count * n);
    return p;
}

size_t mem_block_size(const void *p) {
    if (arena_find(p)) {
        Pool *pool = (Pool *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
        return (size_t)(pool->szidx + 1) << ALIGN_SHIFT;
    }
    return 0;
}

void mem_free(void *p) {
    if (!p) return;
    if (arena_find(p)) { small_free(p); return; }
    mem_stats.large_blocks--;
    free(p);
}

void *mem_realloc(void *p, size_t n) {
    if (!p) return mem_alloc(n);
    size_t have = mem_block_size(p);
    if (!have) {
        /* A large block stays with malloc even when it shrinks below SMALL_MAX (as pymalloc:
         * copying it into a pool would cost more than the space it saves). */
        return realloc(p, n ? n : 1);
    }
    /* Keep the block when the new size still needs this class, or shrinks by less than a
     * quarter (pymalloc's rule, to avoid copying on small shrinks). */
    if (n <= have && n > have * 3 / 4) return p;
    void *q = mem_alloc(n);
    if (!q) return NULL;
    memcpy(q, p, n < have ? n : have);
    small_free(p);
    return q;
}
