/* arena.c — the memory of one compilation: AST nodes, sequences and the objects they hold.
 *
 * Nodes are bump-allocated from big blocks and never freed one by one; the whole arena goes at
 * once in arena_free.  Blocks grow geometrically so that a large module needs few of them and a
 * small one wastes little.  Objects (identifiers, constants) are kept in a growable array and
 * released last to first when the arena dies. */
#include "ast.h"
#include "../objects/errors.h"
#include <string.h>

#define ARENA_FIRST_BLOCK  8192          /* bytes; enough for a few hundred nodes */
#define ARENA_MAX_BLOCK    (1 << 20)     /* growth stops doubling at 1 MiB */
#define ARENA_ALIGN        16

typedef struct Block {
    struct Block *prev;
    size_t size, used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} Block;

struct Arena {
    Block *head;
    size_t next_size;
    Object **objs;
    ssize_t nobjs, capobjs;
};

Arena *arena_new(void)
{
    Arena *a = mem_calloc(1, sizeof(Arena));
    if (!a) { err_no_memory(); return NULL; }
    a->next_size = ARENA_FIRST_BLOCK;
    return a;
}

void arena_free(Arena *a)
{
    if (!a) return;
    for (ssize_t i = a->nobjs - 1; i >= 0; i--) DECREF(a->objs[i]);
    mem_free(a->objs);
    Block *b = a->head;
    while (b) {
        Block *prev = b->prev;
        mem_free(b);
        b = prev;
    }
    mem_free(a);
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    Block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = a->next_size;
        while (size < n) size *= 2;
        b = mem_alloc(sizeof(Block) + size);
        if (!b) { err_no_memory(); return NULL; }
        b->prev = a->head;
        b->size = size;
        b->used = 0;
        a->head = b;
        if (a->next_size < ARENA_MAX_BLOCK) a->next_size *= 2;
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

int arena_keep(Arena *a, Object *o)
{
    if (a->nobjs == a->capobjs) {
        ssize_t cap = a->capobjs ? a->capobjs * 2 : 64;
        Object **objs = mem_realloc(a->objs, (size_t)cap * sizeof(Object *));
        if (!objs) {
            DECREF(o);
            err_no_memory();
            return -1;
        }
        a->objs = objs;
        a->capobjs = cap;
    }
    a->objs[a->nobjs++] = o;
    return 0;
}

int seq_push(Arena *ar, Seq *s, void *item)
{
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 4;
        void **items = arena_alloc(ar, (size_t)cap * sizeof(void *));
        if (!items) return -1;
        if (s->n) memcpy(items, s->a, (size_t)s->n * sizeof(void *));
        s->a = items;
        s->cap = cap;
    }
    s->a[s->n++] = item;
    return 0;
}
