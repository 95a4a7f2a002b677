/* set.c — set and frozenset, as CPython 3.11's open-addressing table.
 *
 * The table holds {key, hash} entries; an unused entry has key NULL, a deleted one the `dummy`
 * key and hash -1.  Small sets use the 8 entries embedded in the object (smalltable); larger
 * ones a separate array.  A probe looks at LINEAR_PROBES neighbouring entries first (cheap,
 * cache-friendly), then jumps with CPython's perturbation recurrence
 * i = (5*i + 1 + perturb) & mask, perturb >>= PERTURB_SHIFT.  The table grows when fill (used
 * plus dummies) reaches 3/5 of it, to 4x the used count (2x past 50000 items).  Entries are
 * placed exactly as CPython places them, so with PYTHONHASHSEED=0 iteration order (and so
 * repr) and sys.getsizeof (200 + 16 + 16 per entry beyond the small table) are CPython's.
 *
 * The algebra (union, intersection, ...) follows CPython's choices of which operand to iterate,
 * because those choices decide the order of the result. */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "weakref.h"
#include "../runtime/gc.h"
#include <limits.h>
#include <string.h>

#define LINEAR_PROBES 9     /* entries examined next to each probe position before a jump */
#define PERTURB_SHIFT 5     /* rate at which high hash bits enter the probe sequence */

/* The placeholder key of deleted entries: an object no user code can see or compare. */
static Object dummy_struct = IMMORTAL_HEAD_INIT(&BaseObjectType);
#define DUMMY (&dummy_struct)

#define SO(o) ((SetObject *)(o))
#define IS_SET_EXACT(o) (TYPE(o) == &SetType)
#define IS_ANYSET_EXACT(o) (TYPE(o) == &SetType || TYPE(o) == &FrozenSetType)

static inline bool live(SetEntry *e) { return e->key != NULL && e->key != DUMMY; }

/* ---- the table ----------------------------------------------------------------------------- */

/* Find key: 1 and *found, 0 (not there), -1 on error.  Restarts if __eq__ changed the table. */
static int set_lookkey(SetObject *so, Object *key, int64_t hash, SetEntry **found)
{
restart:;
    SetEntry *table = so->table;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return 0;
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                if (startkey == key)
                    goto hit;
                if (IS_STR_EXACT(startkey) && IS_STR_EXACT(key)) {
                    if (str_eq(startkey, key))
                        goto hit;
                } else {
                    INCREF(startkey);
                    int cmp = obj_richcompare_bool(startkey, key, CMP_EQ);
                    DECREF(startkey);
                    if (cmp < 0)
                        return -1;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        goto hit;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
            continue;
        hit:
            *found = entry;
            return 1;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold neither key nor dummies (after a resize). */
static void insert_clean(SetEntry *table, size_t mask, Object *key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuild the table with room for minused items (the smallest power of 2 above it). */
static int set_table_resize(SetObject *so, ssize_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table, small_copy[SET_MINSIZE], *newtable;
    bool old_is_malloced = oldtable != so->smalltable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;       /* already the right size, no dummies to drop */
            /* Same storage: copy the old entries aside first. */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = mem_alloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            err_no_memory();
            return -1;
        }
    }
    ssize_t oldmask = so->mask;
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    for (ssize_t i = 0; i <= oldmask; i++)
        if (live(&oldtable[i]))
            insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    so->fill = so->used;
    if (old_is_malloced)
        mem_free(oldtable);
    return 0;
}

static inline int grow(SetObject *so)
{
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* Add key (hash given); takes a new reference on success. */
static int set_add_entry(SetObject *so, Object *key, int64_t hash)
{
    /* Hold key: a comparison could otherwise free it before it is stored. */
    INCREF(key);
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (IS_STR_EXACT(startkey) && IS_STR_EXACT(key)) {
                    if (str_eq(startkey, key))
                        goto found_active;
                } else {
                    SetEntry *table = so->table;
                    INCREF(startkey);
                    int cmp = obj_richcompare_bool(startkey, key, CMP_EQ);
                    DECREF(startkey);
                    if (cmp > 0)
                        goto found_active;
                    if (cmp < 0) {
                        DECREF(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1 && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        /* Reuse a deleted entry: fill does not change. */
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return grow(so);
found_active:
    DECREF(key);
    return 0;
}

static inline int64_t key_hash(Object *key)
{
    if (IS_STR_EXACT(key)) {
        int64_t h = ((StrObject *)key)->hash;
        if (h != -1)
            return h;
    }
    return obj_hash(key);
}

static int set_add_key(SetObject *so, Object *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_add_entry(so, key, hash);
}

static int set_contains_entry(SetObject *so, Object *key, int64_t hash)
{
    SetEntry *e;
    return set_lookkey(so, key, hash, &e);
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int set_discard_entry(SetObject *so, Object *key, int64_t hash)
{
    SetEntry *e;
    int r = set_lookkey(so, key, hash, &e);
    if (r <= 0)
        return r;
    Object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return DISCARD_FOUND;
}

static int set_discard_key(SetObject *so, Object *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(SetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empty the set; the keys are released after it is consistent (first to last). */
static int set_clear_internal(Object *self)
{
    SetObject *so = SO(self);
    SetEntry *table = so->table, small_copy[SET_MINSIZE];
    ssize_t used = so->used;
    bool malloced = table != so->smalltable;
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry *e = table; used > 0; e++)
        if (live(e)) {
            used--;
            DECREF(e->key);
        }
    if (malloced)
        mem_free(table);
    return 0;
}

/* ---- the C API ------------------------------------------------------------------------------ */

bool set_next_hash(Object *s, ssize_t *pos, Object **key, int64_t *hash)
{
    SetObject *so = SO(s);
    ssize_t i = *pos;
    while (i <= so->mask && !live(&so->table[i]))
        i++;
    if (i > so->mask)
        return false;
    *pos = i + 1;
    *key = so->table[i].key;
    if (hash)
        *hash = so->table[i].hash;
    return true;
}

bool set_next(Object *s, ssize_t *pos, Object **key)
{
    return set_next_hash(s, pos, key, NULL);
}

ssize_t set_size(Object *s) { return SO(s)->used; }

/* op(so, key) for the items of the iterable `other` in turn, until op fails or returns `stop`
 * (-1: never): that result, else (all done) `done`; -1 on error. */
static inline int set_each_key(SetObject *so, Object *other, int (*op)(SetObject *, Object *),
                               int stop, int done)
{
    Object *it = obj_get_iter(other);
    if (it == NULL)
        return -1;
    Object *key;
    while ((key = iter_next(it)) != NULL) {
        int r = op(so, key);
        DECREF(key);
        if (r < 0 || r == stop) {
            DECREF(it);
            return r;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : done;
}

/* Merge another set's entries in. */
static int set_merge(SetObject *so, SetObject *other)
{
    if (other == so || other->used == 0)
        return 0;
    /* One resize up front rather than many while inserting. */
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    SetEntry *oe = other->table;
    /* Empty target of the same size and no dummies in the source: copy entries in place. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++)
            if (oe[i].key != NULL) {
                so->table[i].key = NEWREF(oe[i].key);
                so->table[i].hash = oe[i].hash;
            }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* Empty target: no duplicates possible, insert without comparing. */
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = 0; i <= other->mask; i++)
            if (live(&oe[i]))
                insert_clean(so->table, (size_t)so->mask, NEWREF(oe[i].key), oe[i].hash);
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (live(e) && set_add_entry(so, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_internal(SetObject *so, Object *other)
{
    if (IS_ANYSET(other))
        return set_merge(so, SO(other));
    if (IS_DICT_EXACT(other)) {
        ssize_t n = DICT_LEN(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        ssize_t pos = 0;
        Object *key;
        int64_t hash;
        while (dict_next_hash(other, &pos, &key, NULL, &hash))
            if (set_add_entry(so, key, hash) < 0)
                return -1;
        return 0;
    }
    return set_each_key(so, other, set_add_key, -1, 0);
}

static Object *make_new_set(TypeObject *type, Object *iterable)
{
    SetObject *so = (SetObject *)obj_alloc(type);
    if (so == NULL)
        return NULL;
    set_empty_to_minsize(so);
    so->finger = 0;
    so->weakreflist = NULL;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        DECREF(so);
        return NULL;
    }
    return (Object *)so;
}

/* A new set of the base type (set or frozenset) of `type`. */
static Object *make_new_set_basetype(TypeObject *type, Object *iterable)
{
    if (type != &SetType && type != &FrozenSetType)
        type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
    return make_new_set(type, iterable);
}

Object *set_new(Object *iterable) { return make_new_set(&SetType, iterable); }
int set_update(Object *s, Object *iterable) { return set_update_internal(SO(s), iterable); }
Object *frozenset_new(Object *iterable) { return make_new_set(&FrozenSetType, iterable); }

int set_add(Object *s, Object *key) { return set_add_key(SO(s), key); }

static int set_contains_key(SetObject *so, Object *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(so, key, hash);
}

/* op(s, key), where an unhashable set key is used as the equal frozenset, as CPython does. */
static inline int set_key_op(Object *s, Object *key, int (*op)(SetObject *, Object *))
{
    int r = op(SO(s), key);
    if (r < 0 && IS_SET(key) && err_matches(&Exc_TypeError)) {
        err_clear();
        Object *tmp = make_new_set(&FrozenSetType, key);
        if (tmp == NULL)
            return -1;
        r = op(SO(s), tmp);
        DECREF(tmp);
    }
    return r;
}

/* key in s. */
int set_contains(Object *s, Object *key) { return set_key_op(s, key, set_contains_key); }

/* Discard, with the same frozenset retry for set keys. */
int set_discard(Object *s, Object *key) { return set_key_op(s, key, set_discard_key); }

static void set_dealloc(Object *self)
{
    SetObject *so = SO(self);
    gc_untrack(self);
    if (so->weakreflist) weakref_clear_all(self);
    for (ssize_t i = 0, used = so->used; used > 0; i++)
        if (live(&so->table[i])) {
            used--;
            DECREF(so->table[i].key);
        }
    if (so->table != so->smalltable)
        mem_free(so->table);
    TYPE(self)->tp_free(self);
}

static int set_traverse(Object *self, visitproc visit, void *arg)
{
    SetObject *so = SO(self);
    for (ssize_t i = 0; i <= so->mask; i++)
        if (live(&so->table[i])) {
            int r = visit(so->table[i].key, arg);
            if (r) return r;
        }
    return 0;
}

/* ---- algebra ------------------------------------------------------------------------------- */

static Object *set_copy(Object *so)
{
    return make_new_set_basetype(TYPE(so), so);
}

static int set_difference_update_internal(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_clear_internal((Object *)so);
    if (IS_ANYSET(other)) {
        SetObject *o = SO(other);
        for (ssize_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (live(e)) {
                Object *key = NEWREF(e->key);
                int r = set_discard_entry(so, key, e->hash);
                DECREF(key);
                if (r < 0)
                    return -1;
            }
        }
    } else if (set_each_key(so, other, set_discard_key, -1, 0) < 0) {
        return -1;
    }
    /* More than 1/4 dummies: rebuild to get rid of them. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return grow(so);
}

static Object *set_copy_and_difference(Object *so, Object *other)
{
    Object *result = set_copy(so);
    if (result != NULL && set_difference_update_internal(SO(result), other) < 0)
        CLEAR(result);
    return result;
}

static Object *set_difference(Object *so, Object *other)
{
    ssize_t other_size;
    if (IS_ANYSET(other))
        other_size = SO(other)->used;
    else if (IS_DICT_EXACT(other))
        other_size = DICT_LEN(other);
    else
        return set_copy_and_difference(so, other);
    /* Much bigger than other: copying and removing is cheaper. */
    if ((SO(so)->used >> 2) > other_size)
        return set_copy_and_difference(so, other);
    Object *result = make_new_set_basetype(TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    SetObject *s = SO(so);
    for (ssize_t i = 0; i <= s->mask; i++) {
        SetEntry *e = &s->table[i];
        if (!live(e))
            continue;
        Object *key = NEWREF(e->key);
        int64_t hash = e->hash;
        int r;
        if (IS_DICT_EXACT(other)) {
            Object *v = dict_getitem_hash(other, key, hash);
            r = v != NULL ? 1 : err_occurred() ? -1 : 0;
        } else {
            r = set_contains_entry(SO(other), key, hash);
        }
        if (r == 0)
            r = set_add_entry(SO(result), key, hash);
        DECREF(key);
        if (r < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *set_intersection(Object *so, Object *other)
{
    if (so == other)
        return set_copy(so);
    Object *result = make_new_set_basetype(TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    if (IS_ANYSET(other)) {
        /* Walk the smaller set, probing the larger. */
        if (SO(other)->used > SO(so)->used) {
            Object *t = so; so = other; other = t;
        }
        SetObject *o = SO(other);
        for (ssize_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (!live(e))
                continue;
            Object *key = NEWREF(e->key);
            int64_t hash = e->hash;
            int r = set_contains_entry(SO(so), key, hash);
            if (r > 0)
                r = set_add_entry(SO(result), key, hash);
            DECREF(key);
            if (r < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        DECREF(result);
        return NULL;
    }
    Object *key;
    while ((key = iter_next(it)) != NULL) {
        int64_t hash = key_hash(key);
        int r = hash == -1 ? -1 : set_contains_entry(SO(so), key, hash);
        if (r > 0)
            r = set_add_entry(SO(result), key, hash);
        DECREF(key);
        if (r < 0) {
            DECREF(it);
            DECREF(result);
            return NULL;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
}

/* Exchange the contents of two sets (for the in-place forms built on a new set). */
static void set_swap_bodies(SetObject *a, SetObject *b)
{
    ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *ta = a->table == a->smalltable ? NULL : a->table;
    SetEntry *tb = b->table == b->smalltable ? NULL : b->table;
    SetEntry tmp[SET_MINSIZE];
    memcpy(tmp, a->smalltable, sizeof(tmp));
    memcpy(a->smalltable, b->smalltable, sizeof(tmp));
    memcpy(b->smalltable, tmp, sizeof(tmp));
    a->table = tb ? tb : a->smalltable;
    b->table = ta ? ta : b->smalltable;
    if (IS_FROZENSET(a) && IS_FROZENSET(b)) {
        int64_t h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* so takes the body of tmp (a new reference, or NULL on error, which is passed on). */
static int set_take_body(SetObject *so, Object *tmp)
{
    if (tmp == NULL)
        return -1;
    set_swap_bodies(so, SO(tmp));
    DECREF(tmp);
    return 0;
}

static int set_intersection_update(SetObject *so, Object *other)
{
    return set_take_body(so, set_intersection((Object *)so, other));
}

static int set_symmetric_difference_update(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_clear_internal((Object *)so);
    if (IS_DICT_EXACT(other)) {
        ssize_t pos = 0;
        Object *key;
        int64_t hash;
        while (dict_next_hash(other, &pos, &key, NULL, &hash)) {
            INCREF(key);
            int r = set_discard_entry(so, key, hash);
            if (r == DISCARD_NOTFOUND)
                r = set_add_entry(so, key, hash);
            DECREF(key);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    Object *otherset;
    if (IS_ANYSET(other))
        otherset = NEWREF(other);
    else if ((otherset = make_new_set_basetype(TYPE(so), other)) == NULL)
        return -1;
    SetObject *o = SO(otherset);
    for (ssize_t i = 0; i <= o->mask; i++) {
        SetEntry *e = &o->table[i];
        if (!live(e))
            continue;
        Object *key = NEWREF(e->key);
        int64_t hash = e->hash;
        int r = set_discard_entry(so, key, hash);
        if (r == DISCARD_NOTFOUND)
            r = set_add_entry(so, key, hash);
        DECREF(key);
        if (r < 0) {
            DECREF(otherset);
            return -1;
        }
    }
    DECREF(otherset);
    return 0;
}

static Object *set_symmetric_difference(Object *so, Object *other)
{
    Object *otherset = make_new_set_basetype(TYPE(so), other);
    if (otherset == NULL)
        return NULL;
    if (set_symmetric_difference_update(SO(otherset), so) < 0) {
        DECREF(otherset);
        return NULL;
    }
    return otherset;
}

/* 1 if every item of so is in other (a set), 0, -1. */
static int issubset_sets(SetObject *so, SetObject *other)
{
    if (so->used > other->used)
        return 0;
    for (ssize_t i = 0; i <= so->mask; i++) {
        SetEntry *e = &so->table[i];
        if (!live(e))
            continue;
        Object *key = NEWREF(e->key);
        int r = set_contains_entry(other, key, e->hash);
        DECREF(key);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int set_issubset_impl(Object *so, Object *other)
{
    if (IS_ANYSET(other))
        return issubset_sets(SO(so), SO(other));
    Object *tmp = make_new_set(&SetType, other);
    if (tmp == NULL)
        return -1;
    int r = issubset_sets(SO(so), SO(tmp));
    DECREF(tmp);
    return r;
}

static int set_issuperset_impl(Object *so, Object *other)
{
    if (IS_ANYSET(other))
        return issubset_sets(SO(other), SO(so));
    return set_each_key(SO(so), other, set_contains_key, 0, 1);
}

static Object *bool_or_null(int r)
{
    return r < 0 ? NULL : bool_from(r);
}

/* ---- methods ------------------------------------------------------------------------------- */

static Object *set_add_meth(Object *self, Object *key)
{
    if (set_add_key(SO(self), key) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *set_remove_meth(Object *self, Object *key)
{
    int r = set_discard(self, key);
    if (r < 0)
        return NULL;
    if (r == DISCARD_NOTFOUND) {
        err_set_object(&Exc_KeyError, key);
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_discard_meth(Object *self, Object *key)
{
    if (set_discard(self, key) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *set_pop(Object *self, Object *unused)
{
    SetObject *so = SO(self);
    if (so->used == 0) {
        err_set_string(&Exc_KeyError, "pop from an empty set");
        return NULL;
    }
    /* The finger remembers where the last pop stopped, so repeated pops stay O(1). */
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    Object *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static Object *set_clear_meth(Object *self, Object *unused)
{
    set_clear_internal(self);
    RETURN_NONE;
}

static Object *set_copy_meth(Object *self, Object *unused)
{
    return set_copy(self);
}

static Object *frozenset_copy(Object *self, Object *unused)
{
    if (IS_ANYSET_EXACT(self) && TYPE(self) == &FrozenSetType)
        return NEWREF(self);
    return set_copy(self);
}

/* self.op(*args) for the in-place methods: op(self, arg) for each argument, then None. */
static Object *set_update_each(Object *self, Object *const *args, ssize_t nargs,
                               int (*op)(SetObject *, Object *))
{
    for (ssize_t i = 0; i < nargs; i++)
        if (op(SO(self), args[i]) < 0)
            return NULL;
    RETURN_NONE;
}

static Object *set_union(Object *self, Object *const *args, ssize_t nargs)
{
    Object *result = set_copy(self);
    if (result == NULL)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal(SO(result), args[i]) < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *set_update_meth(Object *self, Object *const *args, ssize_t nargs)
{
    return set_update_each(self, args, nargs, set_update_internal);
}

static Object *set_intersection_multi(Object *self, Object *const *args, ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    Object *result = NEWREF(self);
    for (ssize_t i = 0; i < nargs; i++) {
        Object *next = set_intersection(result, args[i]);
        DECREF(result);
        if (next == NULL)
            return NULL;
        result = next;
    }
    return result;
}

static Object *set_intersection_update_multi(Object *self, Object *const *args, ssize_t nargs)
{
    if (set_take_body(SO(self), set_intersection_multi(self, args, nargs)) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *set_difference_multi(Object *self, Object *const *args, ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    Object *result = set_difference(self, args[0]);
    if (result == NULL)
        return NULL;
    for (ssize_t i = 1; i < nargs; i++)
        if (set_difference_update_internal(SO(result), args[i]) < 0) {
            DECREF(result);
            return NULL;
        }
    return result;
}

static Object *set_difference_update(Object *self, Object *const *args, ssize_t nargs)
{
    return set_update_each(self, args, nargs, set_difference_update_internal);
}

static Object *set_symmetric_difference_meth(Object *self, Object *other)
{
    return set_symmetric_difference(self, other);
}

static Object *set_symmetric_difference_update_meth(Object *self, Object *other)
{
    return set_update_each(self, &other, 1, set_symmetric_difference_update);
}

static Object *set_issubset(Object *self, Object *other)
{
    return bool_or_null(set_issubset_impl(self, other));
}

static Object *set_issuperset(Object *self, Object *other)
{
    return bool_or_null(set_issuperset_impl(self, other));
}

static Object *set_isdisjoint(Object *self, Object *other)
{
    if (self == other)
        return bool_from(SO(self)->used == 0);
    if (IS_ANYSET(other)) {
        if (SO(other)->used > SO(self)->used) {
            Object *t = self; self = other; other = t;
        }
        SetObject *o = SO(other);
        for (ssize_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (!live(e))
                continue;
            Object *key = NEWREF(e->key);
            int r = set_contains_entry(SO(self), key, e->hash);
            DECREF(key);
            if (r != 0)
                return r < 0 ? NULL : bool_from(false);
        }
        RETURN_TRUE;
    }
    int r = set_each_key(SO(self), other, set_contains_key, 1, 0);
    return r < 0 ? NULL : bool_from(r == 0);
}

static Object *set_sizeof(Object *self, Object *unused)
{
    SetObject *so = SO(self);
    ssize_t res = TYPE(self)->tp_basicsize;
    if (so->table != so->smalltable)
        res += (so->mask + 1) * (ssize_t)sizeof(SetEntry);
    return int_from_ssize(res);
}

/* ---- operators and slots ------------------------------------------------------------------- */

/* a | b: a copy of a updated with b. */
static Object *set_union2(Object *a, Object *b)
{
    Object *result = set_copy(a);
    if (result == NULL || a == b)
        return result;
    if (set_update_internal(SO(result), b) < 0)
        CLEAR(result);
    return result;
}

/* The binary operators: op(a, b) when both are sets or frozensets, else NotImplemented. */
static inline Object *set_binop(Object *a, Object *b, Object *(*op)(Object *, Object *))
{
    if (!IS_ANYSET(a) || !IS_ANYSET(b))
        RETURN_NOTIMPL;
    return op(a, b);
}

static Object *set_or(Object *a, Object *b) { return set_binop(a, b, set_union2); }
static Object *set_and(Object *a, Object *b) { return set_binop(a, b, set_intersection); }
static Object *set_sub(Object *a, Object *b) { return set_binop(a, b, set_difference); }
static Object *set_xor(Object *a, Object *b) { return set_binop(a, b, set_symmetric_difference); }

/* The in-place operators: op(self, other) when other is a set or frozenset, then self. */
static inline Object *set_inplace(Object *self, Object *other, int (*op)(SetObject *, Object *))
{
    if (!IS_ANYSET(other))
        RETURN_NOTIMPL;
    if (op(SO(self), other) < 0)
        return NULL;
    return NEWREF(self);
}

static Object *set_ior(Object *s, Object *o) { return set_inplace(s, o, set_update_internal); }
static Object *set_iand(Object *s, Object *o) { return set_inplace(s, o, set_intersection_update); }
static Object *set_isub(Object *s, Object *o)
{
    return set_inplace(s, o, set_difference_update_internal);
}
static Object *set_ixor(Object *s, Object *o)
{
    return set_inplace(s, o, set_symmetric_difference_update);
}

static Object *set_richcompare(Object *v, Object *w, int op)
{
    if (!IS_ANYSET(w))
        RETURN_NOTIMPL;
    SetObject *a = SO(v), *b = SO(w);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = issubset_sets(a, b);
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LE: r = issubset_sets(a, b); break;
    case CMP_GE: r = issubset_sets(b, a); break;
    case CMP_LT: r = a->used < b->used ? issubset_sets(a, b) : 0; break;
    case CMP_GT: r = a->used > b->used ? issubset_sets(b, a) : 0; break;
    default: RETURN_NOTIMPL;
    }
    return bool_or_null(r);
}

static ssize_t set_len(Object *self) { return SO(self)->used; }

static int set_sq_contains(Object *self, Object *key) { return set_contains(self, key); }

static Object *set_repr(Object *self)
{
    SetObject *so = SO(self);
    if (so->used == 0)
        return str_from_format("%s()", TYPE(self)->tp_name);
    int rec = repr_enter(self);
    if (rec != 0)
        return rec > 0 ? str_from_format("%s(...)", TYPE(self)->tp_name) : NULL;
    Object *keys = seq_list(self), *result = NULL;
    if (keys != NULL) {
        Object *lr = obj_repr(keys);
        if (lr != NULL) {
            /* The list's repr without its brackets. */
            Object *inner = str_substring(lr, 1, STR_LEN(lr) - 1);
            if (inner != NULL) {
                if (IS_SET_EXACT(self))
                    result = str_from_format("{%U}", inner);
                else
                    result = str_from_format("%s({%U})", TYPE(self)->tp_name, inner);
                DECREF(inner);
            }
            DECREF(lr);
        }
        DECREF(keys);
    }
    repr_leave(self);
    return result;
}

/* Scramble an entry's hash bits so that frozensets of nearby ints spread (CPython's). */
static inline uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static int64_t frozenset_hash(Object *self)
{
    SetObject *so = SO(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    /* XOR of all entries, so the order of insertion does not matter. */
    for (ssize_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    /* Cancel out the empty entries (hash 0) and dummies (hash -1) summed above. */
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (int64_t)hash;
    return so->hash;
}

/* ---- construction ---------------------------------------------------------------------------- */

static Object *set_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &SetType && args_no_kwargs("set", kwnames) < 0)
        return NULL;
    return make_new_set(type, NULL);
}

static int set_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (args_no_kwargs("set", kwnames) < 0 || args_check_positional("set", nargs, 0, 1) < 0)
        return -1;
    if (SO(self)->fill)
        set_clear_internal(self);
    SO(self)->hash = -1;
    if (nargs == 1)
        return set_update_internal(SO(self), args[0]);
    return 0;
}

static Object *set_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    TypeObject *t = (TypeObject *)type;
    if (t != &SetType) {
        Object *self = t->tp_new(t, args, nargs, kwnames);
        if (self != NULL && t->tp_init(self, args, nargs, kwnames) < 0)
            CLEAR(self);
        return self;
    }
    if (args_no_kwargs("set", kwnames) < 0 || args_check_positional("set", nargs, 0, 1) < 0)
        return NULL;
    return make_new_set(t, nargs ? args[0] : NULL);
}

static Object *frozenset_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                Object *kwnames)
{
    if (type == &FrozenSetType && args_no_kwargs("frozenset", kwnames) < 0)
        return NULL;
    if (args_check_positional("frozenset", nargs, 0, 1) < 0)
        return NULL;
    Object *iterable = nargs ? args[0] : NULL;
    if (type == &FrozenSetType && iterable != NULL && TYPE(iterable) == &FrozenSetType)
        return NEWREF(iterable);
    return make_new_set(type, iterable);
}

static Object *frozenset_vectorcall(Object *type, Object *const *args, ssize_t nargs,
                                    Object *kwnames)
{
    return frozenset_tp_new((TypeObject *)type, args, nargs, kwnames);
}

/* ---- the iterator ---------------------------------------------------------------------------- */

typedef struct SetIterObject {
    OB_HEAD;
    SetObject *si_set;          /* NULL when exhausted */
    ssize_t si_used;
    ssize_t si_pos;
    ssize_t len;
} SetIterObject;

static Object *set_iter(Object *self)
{
    SetIterObject *si = (SetIterObject *)obj_alloc(&SetIterType);
    if (si == NULL)
        return NULL;
    si->si_set = SO(NEWREF(self));
    si->si_used = SO(self)->used;
    si->si_pos = 0;
    si->len = SO(self)->used;
    return (Object *)si;
}

static void setiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((SetIterObject *)self)->si_set);
    TYPE(self)->tp_free(self);
}

static int setiter_traverse(Object *self, visitproc visit, void *arg)
{
    SetObject *s = ((SetIterObject *)self)->si_set;
    return s ? visit((Object *)s, arg) : 0;
}

static Object *setiter_next(Object *self)
{
    SetIterObject *si = (SetIterObject *)self;
    SetObject *so = si->si_set;
    if (so == NULL)
        return NULL;
    if (si->si_used != so->used) {
        err_set_string(&Exc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;       /* the error repeats */
        return NULL;
    }
    ssize_t i = si->si_pos;
    while (i <= so->mask && !live(&so->table[i]))
        i++;
    si->si_pos = i + 1;
    if (i > so->mask) {
        si->si_set = NULL;
        DECREF(so);
        return NULL;
    }
    si->len--;
    return NEWREF(so->table[i].key);
}

static Object *setiter_len(Object *self, Object *unused)
{
    SetIterObject *si = (SetIterObject *)self;
    ssize_t n = 0;
    if (si->si_set != NULL && si->si_used == si->si_set->used)
        n = si->len;
    return int_from_ssize(n);
}

static MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_len, METH_NOARGS, NULL},
    {NULL}
};

TypeObject SetIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = setiter_dealloc,
    .tp_traverse = setiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = setiter_next,
    .tp_methods = setiter_methods,
};

/* ---- the types ----------------------------------------------------------------------------- */

static NumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

static NumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

static SequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_sq_contains,
};

/* The entries set and frozenset share, each at its place in both tables. */
#define SET_DIFFERENCE_DEF \
    {"difference", set_difference_multi, METH_FASTCALL, \
     "Return the difference of two or more sets as a new set."}
#define SET_INTERSECTION_DEF \
    {"intersection", set_intersection_multi, METH_FASTCALL, \
     "Return the intersection of two sets as a new set."}
#define SET_COMPARISON_DEFS \
    {"isdisjoint", set_isdisjoint, METH_O, "Return True if two sets have a null intersection."}, \
    {"issubset", set_issubset, METH_O, "Report whether another set contains this set."}, \
    {"issuperset", set_issuperset, METH_O, "Report whether this set contains another set."}
#define SET_SIZEOF_SYMMETRIC_DIFFERENCE_DEFS \
    {"__sizeof__", set_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"}, \
    {"symmetric_difference", set_symmetric_difference_meth, METH_O, \
     "Return the symmetric difference of two sets as a new set."}
#define SET_UNION_DEF {"union", set_union, METH_FASTCALL, "Return the union of sets as a new set."}
#define SET_CLASS_GETITEM_DEF \
    {"__class_getitem__", (void *)generic_alias_class_getitem, METH_O | METH_CLASS, "See PEP 585"}

static MethodDef set_methods[] = {
    {"add", set_add_meth, METH_O, "Add an element to a set."},
    {"clear", set_clear_meth, METH_NOARGS, "Remove all elements from this set."},
    {"copy", set_copy_meth, METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", set_discard_meth, METH_O, "Remove an element from a set if it is a member."},
    SET_DIFFERENCE_DEF,
    {"difference_update", set_difference_update, METH_FASTCALL,
     "Remove all elements of another set from this set."},
    SET_INTERSECTION_DEF,
    {"intersection_update", set_intersection_update_multi, METH_FASTCALL,
     "Update a set with the intersection of itself and another."},
    SET_COMPARISON_DEFS,
    {"pop", set_pop, METH_NOARGS, "Remove and return an arbitrary set element."},
    {"remove", set_remove_meth, METH_O, "Remove an element from a set; it must be a member."},
    SET_SIZEOF_SYMMETRIC_DIFFERENCE_DEFS,
    {"symmetric_difference_update", set_symmetric_difference_update_meth, METH_O,
     "Update a set with the symmetric difference of itself and another."},
    SET_UNION_DEF,
    {"update", set_update_meth, METH_FASTCALL, "Update a set with the union of itself and others."},
    SET_CLASS_GETITEM_DEF,
    {NULL}
};

static MethodDef frozenset_methods[] = {
    {"copy", frozenset_copy, METH_NOARGS, "Return a shallow copy of a set."},
    SET_DIFFERENCE_DEF,
    SET_INTERSECTION_DEF,
    SET_COMPARISON_DEFS,
    SET_SIZEOF_SYMMETRIC_DIFFERENCE_DEFS,
    SET_UNION_DEF,
    SET_CLASS_GETITEM_DEF,
    {NULL}
};

/* The slots set and frozenset share. */
#define SET_TYPE_COMMON_SLOTS \
    .tp_basicsize = sizeof(SetObject), \
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, \
    .tp_dealloc = set_dealloc, \
    .tp_repr = set_repr, \
    .tp_as_sequence = &set_as_sequence, \
    .tp_traverse = set_traverse, \
    .tp_richcompare = set_richcompare, \
    .tp_weaklistoffset = offsetof(SetObject, weakreflist), \
    .tp_iter = set_iter

TypeObject SetType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "set",
    SET_TYPE_COMMON_SLOTS,
    .tp_doc = "set() -> new empty set object",
    .tp_as_number = &set_as_number,
    .tp_hash = obj_hash_not_implemented,
    .tp_clear = set_clear_internal,
    .tp_methods = set_methods,
    .tp_init = set_init,
    .tp_new = set_tp_new,
    .tp_vectorcall = set_vectorcall,
};

TypeObject FrozenSetType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "frozenset",
    SET_TYPE_COMMON_SLOTS,
    .tp_doc = "frozenset() -> empty frozenset object",
    .tp_as_number = &frozenset_as_number,
    .tp_hash = frozenset_hash,
    .tp_methods = frozenset_methods,
    .tp_new = frozenset_tp_new,
    .tp_vectorcall = frozenset_vectorcall,
};
