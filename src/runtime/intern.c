/* intern.c — the intern table: a set of str objects keyed by their text.
 *
 * Open addressing with linear probing over a power-of-two array of borrowed pointers; the hash
 * is the string's own (cached) hash.  Deletion uses tombstones, swept when the table is rebuilt.
 * The table holds no counted reference (CPython 3.11's model, see intern.h), so a member removes
 * itself from its dealloc.  Load factor is kept under 2/3, as CPython's dicts. */
#include "intern.h"
#include "hash.h"
#include "../objects/strings.h"
#include "../objects/errors.h"
#include <string.h>

#define TOMBSTONE ((Object *)1)
#define MIN_SIZE 1024        /* start-up interns several hundred identifiers */

static Object **table;
static size_t mask;          /* size - 1 */
static size_t used, fill;    /* live entries; live + tombstones */

static int rebuild(size_t size) {
    Object **old = table;
    size_t oldsize = table ? mask + 1 : 0;
    Object **t = mem_calloc(size, sizeof(Object *));
    if (!t) { err_no_memory(); return -1; }
    table = t;
    mask = size - 1;
    fill = used;
    for (size_t i = 0; i < oldsize; i++) {
        Object *s = old[i];
        if (!s || s == TOMBSTONE) continue;
        size_t j = (size_t)str_hash(s) & mask;
        while (table[j]) j = (j + 1) & mask;
        table[j] = s;
    }
    mem_free(old);
    return 0;
}

Object *intern_lookup(Object *s) {
    if (!table) return NULL;
    int64_t h = str_hash(s);
    for (size_t j = (size_t)h & mask;; j = (j + 1) & mask) {
        Object *e = table[j];
        if (!e) return NULL;
        if (e != TOMBSTONE && (e == s || (((StrObject *)e)->hash == h && str_eq(e, s))))
            return e;
    }
}

int intern_add(Object *s) {
    if (!table || (fill + 1) * 3 >= (mask + 1) * 2) {
        size_t size = table ? mask + 1 : MIN_SIZE;
        while ((used + 1) * 3 >= size) size *= 2;
        if (rebuild(size) < 0) return -1;
    }
    size_t j = (size_t)str_hash(s) & mask;
    while (table[j] && table[j] != TOMBSTONE) j = (j + 1) & mask;
    if (!table[j]) fill++;
    table[j] = s;
    used++;
    ((StrObject *)s)->state.interned = 1;
    return 0;
}

void intern_remove(Object *s) {
    if (!table) return;
    int64_t h = ((StrObject *)s)->hash;   /* computed when it was added */
    for (size_t j = (size_t)h & mask;; j = (j + 1) & mask) {
        Object *e = table[j];
        if (!e) return;
        if (e == s) {
            table[j] = TOMBSTONE;
            used--;
            ((StrObject *)s)->state.interned = 0;
            return;
        }
    }
}

ssize_t intern_count(void) { return (ssize_t)used; }
