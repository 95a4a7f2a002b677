/* dict.c — the insertion-ordered hash table, laid out as CPython 3.11's compact dict.
 *
 * A DictObject points to a DictKeys block: a header (dk_log2_size, dk_kind, dk_usable,
 * dk_nentries), then an index table of 2**dk_log2_size slots whose width (1, 2, 4 or 8 bytes) is
 * the smallest that can index the entries, then the entries in insertion order.  An index slot
 * holds an entry number, DKIX_EMPTY (never used) or DKIX_DUMMY (deleted).  Entries come in two
 * kinds, as in 3.11: while every key is an exact str they are {key, value} (the hash is the
 * str's cached one), otherwise {hash, key, value}; inserting a non-str key converts the table.
 * Only 2/3 of the slots may be used (dk_usable); when they are gone the table is rebuilt for
 * used*3 items (GROWTH_RATE), dropping deleted entries.  Probing is CPython's: i = hash & mask,
 * then i = (5*i + 1 + perturb) & mask with perturb >>= 5, so iteration order, sizes and
 * sys.getsizeof match CPython for the same operations.
 *
 * Every mutation stores a new value from a global counter in ma_version_tag; the VM keys its
 * caches of global lookups on it (dict_lookup_index / dict_value_at).  A lookup compares pointers
 * first, then hashes, then calls __eq__; if __eq__ mutates the dict, the lookup starts over.
 *
 * Split tables (3.11's key-sharing dicts) serve instance attributes: a class owns one keys block
 * (kind DICT_KEYS_SPLIT, {key} entries whose value fields stay NULL) shared by its instances,
 * each of which keeps only an array of values indexed like the entries, plus the order in which
 * it set them (bytes in front of the array).  A split dict is such an array wrapped in a
 * DictObject (ma_values).  New str keys join the shared keys while they have room; anything else
 * (a non-str key, full keys, popitem) first turns the dict into an ordinary one, in its order.
 *
 * Tracking is CPython's: a dict starts untracked by the collector and is tracked as soon as it
 * holds a key or value that may be tracked (MAINTAIN_TRACKING); full collections untrack dicts
 * that hold only atoms again (dict_maybe_untrack).  So gc.is_tracked({1: 2}) is False.
 *
 * The views (dict_keys, dict_values, dict_items) and the six iterators are at the end. */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "funcobj.h"
#include "../runtime/gc.h"
#include <limits.h>
#include <string.h>

/* ---- the keys block ------------------------------------------------------------------------ */

enum { DICT_KEYS_GENERAL = 0, DICT_KEYS_UNICODE = 1, DICT_KEYS_SPLIT = 2 };
enum { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3 };

#define DICT_LOG_MINSIZE 3
#define DICT_MINSIZE 8                    /* the smallest table: 8 slots, 5 usable */
#define PERTURB_SHIFT 5                   /* how fast the high hash bits enter the probe */
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->ma_used * 3) /* a resize makes room for 3x the live items */
#define DICT_MAXFREELIST 80               /* CPython's PyDict_MAXFREELIST (dicts and keys) */
/* A class's shared keys: 64 slots, of which at most 30 entries are used (CPython's
 * SHARED_KEYS_MAX_SIZE): more attributes than that and instances get ordinary dicts. */
#define SHARED_KEYS_LOG2 6
#define SHARED_KEYS_MAX_SIZE 30

struct DictKeys {
    ssize_t dk_refcnt;
    uint8_t dk_log2_size;
    uint8_t dk_log2_index_bytes;
    uint8_t dk_kind;
    uint32_t dk_version;
    ssize_t dk_usable;                    /* entries that may still be appended */
    ssize_t dk_nentries;                  /* entries used, deleted ones included */
    char dk_indices[];                    /* then the entries */
};

typedef struct DictEntry { int64_t hash; Object *key, *value; } DictEntry;
typedef struct DictUEntry { Object *key, *value; } DictUEntry;

#define DK_SIZE(k)       ((ssize_t)1 << (k)->dk_log2_size)
#define DK_MASK(k)       ((size_t)DK_SIZE(k) - 1)
#define DK_IS_UNICODE(k) ((k)->dk_kind != DICT_KEYS_GENERAL)      /* split keys are str-only */
#define DK_ENTRIES(k)    ((DictEntry *)((k)->dk_indices + ((size_t)1 << (k)->dk_log2_index_bytes)))
#define DK_UENTRIES(k)   ((DictUEntry *)((k)->dk_indices + ((size_t)1 << (k)->dk_log2_index_bytes)))
#define STR_HASH(s)      (((StrObject *)(s))->hash)

/* The keys of every empty dict: 8 empty slots, nothing usable, never freed. */
static struct { struct DictKeys k; int8_t idx[8]; } empty_keys_storage = {
    { IMMORTAL_REFCNT, DICT_LOG_MINSIZE, DICT_LOG_MINSIZE, DICT_KEYS_UNICODE, 1, 0, 0 },
    { -1, -1, -1, -1, -1, -1, -1, -1 },
};
#define EMPTY_KEYS (&empty_keys_storage.k)

static uint64_t dict_global_version;
#define NEXT_VERSION() (++dict_global_version)

static DictObject *free_list[DICT_MAXFREELIST];
static int numfree;
static DictKeys *keys_free_list[DICT_MAXFREELIST];
static int keys_numfree;

static inline ssize_t get_index(DictKeys *k, size_t i)
{
    switch (k->dk_log2_index_bytes - k->dk_log2_size) {
    case 0:  return ((int8_t *)k->dk_indices)[i];
    case 1:  return ((int16_t *)k->dk_indices)[i];
    case 2:  return ((int32_t *)k->dk_indices)[i];
    default: return ((int64_t *)k->dk_indices)[i];
    }
}

static inline void set_index(DictKeys *k, size_t i, ssize_t ix)
{
    switch (k->dk_log2_index_bytes - k->dk_log2_size) {
    case 0:  ((int8_t *)k->dk_indices)[i] = (int8_t)ix; break;
    case 1:  ((int16_t *)k->dk_indices)[i] = (int16_t)ix; break;
    case 2:  ((int32_t *)k->dk_indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->dk_indices)[i] = (int64_t)ix; break;
    }
}

/* log2 of the table size for `minsize` items: the quirky rounding is CPython 3.11's (any
 * request below 8 other than 8 itself gives 16 slots), kept because getsizeof shows it. */
static uint8_t log2_keysize(ssize_t minsize)
{
    size_t m = ((size_t)minsize | DICT_MINSIZE) - 1;
    m |= DICT_MINSIZE - 1;
    return (uint8_t)(64 - __builtin_clzll((unsigned long long)m));
}

/* Size for n items without a resize before they are all in. */
static uint8_t estimate_log2_keysize(ssize_t n)
{
    return log2_keysize((n * 3 + 1) / 2);
}

static size_t keys_bytes(uint8_t log2_size, uint8_t log2_bytes, int unicode)
{
    size_t es = unicode ? sizeof(DictUEntry) : sizeof(DictEntry);
    return sizeof(DictKeys) + ((size_t)1 << log2_bytes)
           + (size_t)USABLE_FRACTION((ssize_t)1 << log2_size) * es;
}

static DictKeys *new_keys(uint8_t log2_size, int unicode)
{
    uint8_t log2_bytes;
    if (log2_size < 8)
        log2_bytes = log2_size;
    else if (log2_size < 16)
        log2_bytes = log2_size + 1;
    else if (log2_size >= 32)
        log2_bytes = log2_size + 3;
    else
        log2_bytes = log2_size + 2;
    ssize_t usable = USABLE_FRACTION((ssize_t)1 << log2_size);
    DictKeys *dk;
    if (log2_size == DICT_LOG_MINSIZE && unicode && keys_numfree > 0) {
        dk = keys_free_list[--keys_numfree];
    } else {
        dk = mem_alloc(keys_bytes(log2_size, log2_bytes, unicode));
        if (dk == NULL) {
            err_no_memory();
            return NULL;
        }
    }
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    dk->dk_version = 0;
    dk->dk_usable = usable;
    dk->dk_nentries = 0;
    memset(dk->dk_indices, 0xff, (size_t)1 << log2_bytes);
    memset(dk->dk_indices + ((size_t)1 << log2_bytes), 0,
           (size_t)usable * (unicode ? sizeof(DictUEntry) : sizeof(DictEntry)));
    return dk;
}

/* Release the block's memory only (its entries were moved or released). */
static void free_keys_memory(DictKeys *k)
{
    if (k == EMPTY_KEYS)
        return;
    if (k->dk_log2_size == DICT_LOG_MINSIZE && DK_IS_UNICODE(k)
        && keys_numfree < DICT_MAXFREELIST) {
        keys_free_list[keys_numfree++] = k;
        return;
    }
    mem_free(k);
}

/* Drop a reference to a keys block; the last one releases its entries, first to last. */
static void keys_decref(DictKeys *k)
{
    if (k == EMPTY_KEYS || --k->dk_refcnt > 0)
        return;
    ssize_t n = k->dk_nentries;
    if (DK_IS_UNICODE(k)) {
        DictUEntry *ep = DK_UENTRIES(k);
        for (ssize_t i = 0; i < n; i++) {
            XDECREF(ep[i].key);
            XDECREF(ep[i].value);
        }
    } else {
        DictEntry *ep = DK_ENTRIES(k);
        for (ssize_t i = 0; i < n; i++) {
            XDECREF(ep[i].key);
            XDECREF(ep[i].value);
        }
    }
    free_keys_memory(k);
}

static inline Object *entry_key(DictKeys *k, ssize_t ix)
{
    return DK_IS_UNICODE(k) ? DK_UENTRIES(k)[ix].key : DK_ENTRIES(k)[ix].key;
}

static inline Object **entry_value_ptr(DictKeys *k, ssize_t ix)
{
    return DK_IS_UNICODE(k) ? &DK_UENTRIES(k)[ix].value : &DK_ENTRIES(k)[ix].value;
}

static inline int64_t entry_hash(DictKeys *k, ssize_t ix)
{
    return DK_IS_UNICODE(k) ? STR_HASH(DK_UENTRIES(k)[ix].key) : DK_ENTRIES(k)[ix].hash;
}

/* ---- values arrays of split tables ----------------------------------------------------------- */

/* An array of `size` values preceded by a prefix of P bytes (P = size + 2 rounded up to a word):
 * byte P-1 before the array holds P, byte -2 the count of live values, bytes -3, -4, ... the
 * entry index of each live value in insertion order (CPython 3.11's PyDictValues). */
#define VALUES_PREFIX(v)   (((uint8_t *)(v))[-1])
#define VALUES_COUNT(v)    (((uint8_t *)(v))[-2])
#define VALUES_ORDER(v, i) (((uint8_t *)(v))[-3 - (i)])

static Object **values_new(ssize_t size)
{
    size_t prefix = ((size_t)size + 2 + sizeof(Object *) - 1) & ~(sizeof(Object *) - 1);
    uint8_t *mem = mem_alloc(prefix + (size_t)size * sizeof(Object *));
    if (mem == NULL) {
        err_no_memory();
        return NULL;
    }
    Object **v = (Object **)(mem + prefix);
    VALUES_PREFIX(v) = (uint8_t)prefix;
    VALUES_COUNT(v) = 0;
    memset(v, 0, (size_t)size * sizeof(Object *));
    return v;
}

static void values_free(Object **v)
{
    mem_free((uint8_t *)v - VALUES_PREFIX(v));
}

static void values_add_order(Object **v, ssize_t ix)
{
    int n = VALUES_COUNT(v);
    VALUES_ORDER(v, n) = (uint8_t)ix;
    VALUES_COUNT(v) = (uint8_t)(n + 1);
}

static void values_delete_order(Object **v, ssize_t ix)
{
    int n = VALUES_COUNT(v), i = 0;
    while (VALUES_ORDER(v, i) != ix)
        i++;
    for (; i < n - 1; i++)
        VALUES_ORDER(v, i) = VALUES_ORDER(v, i + 1);
    VALUES_COUNT(v) = (uint8_t)(n - 1);
}

/* How many values an array for these shared keys must hold now (CPython's
 * shared_keys_usable_size): entries used plus entries still free. */
static inline ssize_t shared_keys_usable_size(DictKeys *k)
{
    return k->dk_nentries + k->dk_usable;
}

/* The value of entry ix of a dict, split or not (borrowed, NULL when absent). */
static inline Object *dict_entry_value(DictObject *mp, ssize_t ix)
{
    return mp->ma_values ? mp->ma_values[ix] : *entry_value_ptr(mp->ma_keys, ix);
}

/* The attribute view of instance_dict_view (obj_dict_ptr): a static exact dict, immortal,
 * untracked (it has a GC header that says so, since code may ask), repointed at each call. */
static struct { GCHead gc; DictObject d; } view_storage = {
    { NULL, 0 }, { .ob_base = IMMORTAL_HEAD_INIT(&DictType) },
};
#define VIEW (&view_storage.d)
static Object *view_slot;       /* what the returned address holds: VIEW */
static Object *view_owner;      /* the instance VIEW shows */

/* ---- tracking by the collector --------------------------------------------------------------- */

/* CPython's _PyObject_GC_MAY_BE_TRACKED: tuples only while they are tracked (an untracked tuple
 * holds only atoms for good), other collectable objects always. */
static inline bool is_tracked(Object *o)
{
    return AS_GC(o)->gc_next != NULL;
}

static inline bool may_be_tracked(Object *o)
{
    if (!gc_obj_is_gc(o))
        return false;
    return !IS_TUPLE_EXACT(o) || is_tracked(o);
}

/* Storing key: value in an untracked dict tracks it when either may be tracked. */
static inline void maintain_tracking(DictObject *mp, Object *key, Object *value)
{
    if (!is_tracked((Object *)mp) && (may_be_tracked(key) || may_be_tracked(value)))
        gc_track((Object *)mp);
}

/* ---- lookup ---------------------------------------------------------------------------------- */

/* The hash of a key, using the cached hash of exact strs. */
static inline int64_t key_hash(Object *key)
{
    if (IS_STR_EXACT(key)) {
        int64_t h = STR_HASH(key);
        if (h != -1)
            return h;
    }
    return obj_hash(key);
}

/* Entry index of key, DKIX_EMPTY, or DKIX_ERROR; *value gets the (borrowed) value or NULL. */
/* The common case, an exact str key in a table of exact str keys (CPython's
 * unicodekeys_lookup_unicode): identity or equal text, and no Python code can run. */
static inline ssize_t lookup_str(DictKeys *dk, Object *key, int64_t hash)
{
    size_t mask = DK_MASK(dk), perturb = (size_t)hash, i = (size_t)hash & mask;
    DictUEntry *entries = DK_UENTRIES(dk);
    for (;;) {
        ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            Object *ek = entries[ix].key;
            if (ek == key || (STR_HASH(ek) == hash && str_eq(ek, key)))
                return ix;
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static ssize_t lookup(DictObject *mp, Object *key, int64_t hash, Object **value)
{
    bool key_is_str = IS_STR_EXACT(key);
    if (key_is_str && DK_IS_UNICODE(mp->ma_keys)) {
        ssize_t ix = lookup_str(mp->ma_keys, key, hash);
        *value = ix < 0 ? NULL
               : mp->ma_values ? mp->ma_values[ix] : DK_UENTRIES(mp->ma_keys)[ix].value;
        return ix;
    }
restart:;
    DictKeys *dk = mp->ma_keys;
    size_t mask = DK_MASK(dk), perturb = (size_t)hash, i = (size_t)hash & mask;
    bool unicode = DK_IS_UNICODE(dk);
    for (;;) {
        ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            Object *ek;
            int64_t eh;
            if (unicode) {
                ek = DK_UENTRIES(dk)[ix].key;
                eh = STR_HASH(ek);
            } else {
                ek = DK_ENTRIES(dk)[ix].key;
                eh = DK_ENTRIES(dk)[ix].hash;
            }
            if (ek == key)
                goto found;
            if (eh == hash) {
                if (key_is_str && IS_STR_EXACT(ek)) {
                    if (str_eq(ek, key))
                        goto found;
                } else {
                    INCREF(ek);
                    int cmp = obj_richcompare_bool(ek, key, CMP_EQ);
                    DECREF(ek);
                    if (cmp < 0) {
                        *value = NULL;
                        return DKIX_ERROR;
                    }
                    /* __eq__ may have changed the dict: then the answer is stale. */
                    if (dk != mp->ma_keys || entry_key(dk, ix) != ek)
                        goto restart;
                    if (cmp > 0)
                        goto found;
                }
            }
            goto next;
        found:
            *value = mp->ma_values ? mp->ma_values[ix] : *entry_value_ptr(dk, ix);
            return ix;
        }
        if (ix == DKIX_EMPTY) {
            *value = NULL;
            return DKIX_EMPTY;
        }
    next:
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first unused or deleted slot on hash's probe path. */
static size_t find_empty_slot(DictKeys *k, int64_t hash)
{
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    while (get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot that holds entry ix (whose hash is given). */
static size_t lookup_slot_of(DictKeys *k, int64_t hash, ssize_t ix)
{
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t j = get_index(k, i);
        if (j == ix)
            return i;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- resizing and insertion ---------------------------------------------------------------- */

/* A split table becomes an ordinary one in newk, its items in the dict's insertion order. */
static void unsplit_into(DictObject *mp, DictKeys *newk, int unicode)
{
    DictKeys *oldk = mp->ma_keys;
    Object **values = mp->ma_values;
    ssize_t n = mp->ma_used;
    for (ssize_t i = 0; i < n; i++) {
        ssize_t ix = VALUES_ORDER(values, i);
        Object *key = NEWREF(DK_UENTRIES(oldk)[ix].key);
        if (unicode) {
            DK_UENTRIES(newk)[i].key = key;
            DK_UENTRIES(newk)[i].value = values[ix];
        } else {
            DK_ENTRIES(newk)[i].hash = STR_HASH(key);
            DK_ENTRIES(newk)[i].key = key;
            DK_ENTRIES(newk)[i].value = values[ix];
        }
        set_index(newk, find_empty_slot(newk, STR_HASH(key)), i);
    }
    mp->ma_keys = newk;
    mp->ma_values = NULL;
    values_free(values);
    keys_decref(oldk);
}

/* Rebuild the table with 2**log2_newsize slots, compacting away deleted entries.  unicode asks
 * for {key, value} entries; it is ignored when the current table is already general.  A split
 * table always comes out combined. */
static int dict_resize(DictObject *mp, uint8_t log2_newsize, int unicode)
{
    if (log2_newsize >= 64) {
        err_no_memory();
        return -1;
    }
    DictKeys *oldk = mp->ma_keys;
    if (!DK_IS_UNICODE(oldk))
        unicode = 0;
    DictKeys *newk = new_keys(log2_newsize, unicode);
    if (newk == NULL)
        return -1;
    ssize_t n = mp->ma_used, oldn = oldk->dk_nentries;
    if (mp->ma_values) {
        unsplit_into(mp, newk, unicode);
        newk->dk_usable -= n;
        newk->dk_nentries = n;
        return 0;
    }
    if (DK_IS_UNICODE(oldk) && unicode) {
        DictUEntry *src = DK_UENTRIES(oldk), *dst = DK_UENTRIES(newk);
        if (oldn == n) {
            memcpy(dst, src, (size_t)n * sizeof(DictUEntry));
        } else {
            for (ssize_t i = 0; i < oldn; i++)
                if (src[i].value != NULL)
                    *dst++ = src[i];
        }
        dst = DK_UENTRIES(newk);
        for (ssize_t i = 0; i < n; i++)
            set_index(newk, find_empty_slot(newk, STR_HASH(dst[i].key)), i);
    } else {
        DictEntry *dst = DK_ENTRIES(newk), *d = dst;
        if (DK_IS_UNICODE(oldk)) {
            DictUEntry *src = DK_UENTRIES(oldk);
            for (ssize_t i = 0; i < oldn; i++)
                if (src[i].value != NULL) {
                    d->hash = STR_HASH(src[i].key);
                    d->key = src[i].key;
                    d->value = src[i].value;
                    d++;
                }
        } else if (oldn == n) {
            memcpy(dst, DK_ENTRIES(oldk), (size_t)n * sizeof(DictEntry));
        } else {
            DictEntry *src = DK_ENTRIES(oldk);
            for (ssize_t i = 0; i < oldn; i++)
                if (src[i].value != NULL)
                    *d++ = src[i];
        }
        for (ssize_t i = 0; i < n; i++)
            set_index(newk, find_empty_slot(newk, dst[i].hash), i);
    }
    mp->ma_keys = newk;
    if (oldk != EMPTY_KEYS && --oldk->dk_refcnt == 0)
        free_keys_memory(oldk);
    newk->dk_usable -= n;
    newk->dk_nentries = n;
    return 0;
}

static inline int insertion_resize(DictObject *mp, int unicode)
{
    return dict_resize(mp, log2_keysize(GROWTH_RATE(mp)), unicode);
}

/* Append a new entry (the key is known to be absent and there is room). */
static void append_entry(DictObject *mp, Object *key, int64_t hash, Object *value)
{
    DictKeys *k = mp->ma_keys;
    set_index(k, find_empty_slot(k, hash), k->dk_nentries);
    if (mp->ma_values) {
        /* The key joins the shared keys; the value goes to this dict's array. */
        DK_UENTRIES(k)[k->dk_nentries].key = key;
        mp->ma_values[k->dk_nentries] = value;
        values_add_order(mp->ma_values, k->dk_nentries);
    } else if (DK_IS_UNICODE(k)) {
        DictUEntry *ep = &DK_UENTRIES(k)[k->dk_nentries];
        ep->key = key;
        ep->value = value;
    } else {
        DictEntry *ep = &DK_ENTRIES(k)[k->dk_nentries];
        ep->hash = hash;
        ep->key = key;
        ep->value = value;
    }
    mp->ma_used++;
    mp->ma_version_tag = NEXT_VERSION();
    k->dk_usable--;
    k->dk_nentries++;
}

/* The first item of an empty dict: a fresh minimal table of the key's kind. */
static int insert_to_empty(DictObject *mp, Object *key, int64_t hash, Object *value)
{
    DictKeys *k = new_keys(DICT_LOG_MINSIZE, IS_STR_EXACT(key));
    if (k == NULL) {
        DECREF(key);
        DECREF(value);
        return -1;
    }
    keys_decref(mp->ma_keys);
    mp->ma_keys = k;
    maintain_tracking(mp, key, value);
    append_entry(mp, key, hash, value);
    return 0;
}

/* d[key] = value, stealing both references. */
static int insertdict(DictObject *mp, Object *key, int64_t hash, Object *value)
{
    if (mp->ma_keys == EMPTY_KEYS)
        return insert_to_empty(mp, key, hash, value);
    if (DK_IS_UNICODE(mp->ma_keys) && !IS_STR_EXACT(key)) {
        if (insertion_resize(mp, 0) < 0)
            goto fail;
    }
    Object *old;
    ssize_t ix = lookup(mp, key, hash, &old);
    if (ix == DKIX_ERROR)
        goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        mp->ma_keys->dk_version = 0;
        if (mp->ma_keys->dk_usable <= 0 && insertion_resize(mp, 1) < 0)
            goto fail;
        append_entry(mp, key, hash, value);
        return 0;
    }
    if (old != value) {
        if (mp->ma_values) {
            /* A shared key this dict had no value for (yet, or any more). */
            mp->ma_values[ix] = value;
            if (old == NULL) {
                values_add_order(mp->ma_values, ix);
                mp->ma_used++;
            }
        } else {
            *entry_value_ptr(mp->ma_keys, ix) = value;
        }
        mp->ma_version_tag = NEXT_VERSION();
    }
    XDECREF(old);
    DECREF(key);
    return 0;
fail:
    DECREF(key);
    DECREF(value);
    return -1;
}

/* Remove entry ix (slot found from its hash); old_value is the entry's value. */
static void delitem_common(DictObject *mp, int64_t hash, ssize_t ix, Object *old_value)
{
    DictKeys *k = mp->ma_keys;
    mp->ma_used--;
    mp->ma_version_tag = NEXT_VERSION();
    if (mp->ma_values) {
        /* The key stays in the shared keys; only this dict's value and order change. */
        mp->ma_values[ix] = NULL;
        values_delete_order(mp->ma_values, ix);
        DECREF(old_value);
        return;
    }
    size_t slot = lookup_slot_of(k, hash, ix);
    k->dk_version = 0;
    set_index(k, slot, DKIX_DUMMY);
    Object *old_key;
    if (DK_IS_UNICODE(k)) {
        DictUEntry *ep = &DK_UENTRIES(k)[ix];
        old_key = ep->key;
        ep->key = NULL;
        ep->value = NULL;
    } else {
        DictEntry *ep = &DK_ENTRIES(k)[ix];
        old_key = ep->key;
        ep->key = NULL;
        ep->value = NULL;
        ep->hash = 0;
    }
    DECREF(old_key);
    DECREF(old_value);
}

/* ---- creation and destruction ---------------------------------------------------------------- */

/* A dict owning `keys` (and `values`, for a split table), untracked when it is an exact dict:
 * the first item that may be tracked tracks it.  Instances of subclasses are tracked from birth
 * (CPython's dict_new).  On failure, keys and values are released. */
static DictObject *new_dict(TypeObject *type, DictKeys *keys, Object **values, ssize_t used)
{
    DictObject *mp;
    if (type == &DictType && numfree > 0) {
        mp = free_list[--numfree];
        mp->ob_base.ob_refcnt = 1;
    } else {
        mp = (DictObject *)obj_alloc(type);
        if (mp == NULL) {
            if (values)
                values_free(values);
            keys_decref(keys);
            return NULL;
        }
        if (type == &DictType)
            gc_untrack((Object *)mp);
    }
    mp->ma_keys = keys;
    mp->ma_values = values;
    mp->ma_used = used;
    mp->ma_version_tag = NEXT_VERSION();
    return mp;
}

Object *dict_new(void)
{
    return (Object *)new_dict(&DictType, EMPTY_KEYS, NULL, 0);
}

/* An empty dict sized for n items (CPython's dict_new_presized): small requests get the
 * shared empty table; huge ones are capped at 2**17 slots. */
Object *dict_new_presized(ssize_t n, bool unicode)
{
    if (n <= USABLE_FRACTION(DICT_MINSIZE))
        return dict_new();
    uint8_t log2 = n > USABLE_FRACTION((ssize_t)1 << 17) ? 17 : estimate_log2_keysize(n);
    DictKeys *k = new_keys(log2, unicode);
    if (k == NULL)
        return NULL;
    return (Object *)new_dict(&DictType, k, NULL, 0);
}

Object *dict_from_items(Object *const *keys, ssize_t kstep, Object *const *values, ssize_t vstep,
                        ssize_t n)
{
    bool unicode = true;
    for (ssize_t i = 0; i < n; i++)
        if (!IS_STR_EXACT(keys[i * kstep])) {
            unicode = false;
            break;
        }
    Object *d = dict_new_presized(n, unicode);
    if (d == NULL)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        if (dict_setitem(d, keys[i * kstep], values[i * vstep]) < 0) {
            DECREF(d);
            return NULL;
        }
    return d;
}

static void dict_dealloc(Object *self)
{
    DictObject *mp = (DictObject *)self;
    gc_untrack(self);
    DictKeys *k = mp->ma_keys;
    Object **values = mp->ma_values;
    mp->ma_keys = NULL;
    mp->ma_values = NULL;
    if (values != NULL) {
        for (ssize_t i = 0, n = k->dk_nentries; i < n; i++)
            XDECREF(values[i]);
        values_free(values);
    }
    if (k != NULL)
        keys_decref(k);
    if (numfree < DICT_MAXFREELIST && IS_DICT_EXACT(self)) {
        free_list[numfree++] = mp;
        return;
    }
    TYPE(self)->tp_free(self);
}

static int dict_traverse(Object *self, visitproc visit, void *arg)
{
    DictKeys *k = ((DictObject *)self)->ma_keys;
    Object **values = ((DictObject *)self)->ma_values;
    ssize_t n = k->dk_nentries;
    if (values != NULL) {
        for (ssize_t i = 0; i < n; i++) {
            int r;
            if (values[i] != NULL && (r = visit(values[i], arg)) != 0)
                return r;
        }
        return 0;
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *v = *entry_value_ptr(k, i);
        if (v != NULL) {
            int r;
            if (!DK_IS_UNICODE(k) && (r = visit(entry_key(k, i), arg)) != 0)
                return r;
            if ((r = visit(v, arg)) != 0)
                return r;
        }
    }
    return 0;
}

void dict_clear(Object *d)
{
    DictObject *mp = (DictObject *)d;
    DictKeys *old = mp->ma_keys;
    Object **oldvalues = mp->ma_values;
    if (old == EMPTY_KEYS)
        return;
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version_tag = NEXT_VERSION();
    if (oldvalues != NULL) {
        for (ssize_t i = 0, n = old->dk_nentries; i < n; i++)
            CLEAR(oldvalues[i]);
        values_free(oldvalues);
    }
    keys_decref(old);
}

static int dict_tp_clear(Object *self)
{
    dict_clear(self);
    return 0;
}

void dict_clear_freelist(void)
{
    while (numfree > 0)
        obj_free((Object *)free_list[--numfree]);
    while (keys_numfree > 0)
        mem_free(keys_free_list[--keys_numfree]);
}

/* ---- the C API ------------------------------------------------------------------------------- */

/* ---- keys versions, for the eval loop's global caches -------------------------------------- */

/* Versions handed out so far; 0 means "none", so the counter stops rather than wrap. */
static uint32_t next_keys_version = 1;

uint32_t dict_keys_version(Object *d)
{
    DictKeys *k = ((DictObject *)d)->ma_keys;
    if (k->dk_version == 0 && ((DictObject *)d)->ma_values == NULL && DK_IS_UNICODE(k) &&
        next_keys_version != 0)
        k->dk_version = next_keys_version++;
    return k->dk_version;
}

ssize_t dict_index_of_str(Object *d, Object *name)
{
    DictObject *mp = (DictObject *)d;
    Object *v;
    if (mp->ma_values != NULL || !DK_IS_UNICODE(mp->ma_keys) || !IS_STR_EXACT(name))
        return -1;
    ssize_t ix = lookup(mp, name, key_hash(name), &v);
    return ix >= 0 && v != NULL ? ix : -1;
}

bool dict_keys_version_is(Object *d, uint32_t version)
{
    return ((DictObject *)d)->ma_keys->dk_version == version;
}

Object *dict_cached_value(Object *d, uint32_t version, ssize_t ix)
{
    DictKeys *k = ((DictObject *)d)->ma_keys;
    return k->dk_version == version ? DK_UENTRIES(k)[ix].value : NULL;
}

Object *dict_getitem_hash(Object *d, Object *key, int64_t hash)
{
    Object *v;
    if (lookup((DictObject *)d, key, hash, &v) == DKIX_ERROR)
        return NULL;
    return v;
}

Object *dict_getitem(Object *d, Object *key)
{
    /* Only a str subclass key could run Python code during a lookup in the attribute view
     * (and so repoint it): such keys look in a real dict of the instance. */
    if (d == (Object *)VIEW && !IS_STR_EXACT(key) && !(d = instance_materialize_dict(view_owner)))
        return NULL;
    int64_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    return dict_getitem_hash(d, key, hash);
}

Object *dict_getitem_str(Object *d, const char *key)
{
    Object *k = str_from_cstr(key);
    if (k == NULL)
        return NULL;
    Object *v = dict_getitem(d, k);
    DECREF(k);
    return v;
}

int dict_setitem_hash(Object *d, Object *key, int64_t hash, Object *v)
{
    return insertdict((DictObject *)d, NEWREF(key), hash, NEWREF(v));
}

int dict_setitem(Object *d, Object *key, Object *v)
{
    if (d == (Object *)VIEW)
        return instance_values_set(view_owner, key, v);
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insertdict((DictObject *)d, NEWREF(key), hash, NEWREF(v));
}

int dict_setitem_str(Object *d, const char *key, Object *v)
{
    Object *k = str_intern_cstr(key);
    if (k == NULL)
        return -1;
    int r = dict_setitem(d, k, v);
    DECREF(k);
    return r;
}

static void set_key_error(Object *key)
{
    err_set_object(&Exc_KeyError, key);
}

int dict_delitem(Object *d, Object *key)
{
    if (d == (Object *)VIEW) {
        if (IS_STR_EXACT(key) && instance_values_get(view_owner, key) == NULL) {
            set_key_error(key);
            return -1;
        }
        return instance_values_set(view_owner, key, NULL);
    }
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    Object *old;
    ssize_t ix = lookup((DictObject *)d, key, hash, &old);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY || old == NULL) {
        set_key_error(key);
        return -1;
    }
    delitem_common((DictObject *)d, hash, ix, old);
    return 0;
}

int dict_delitem_str(Object *d, const char *key)
{
    Object *k = str_from_cstr(key);
    if (k == NULL)
        return -1;
    int r = dict_delitem(d, k);
    DECREF(k);
    return r;
}

int dict_contains(Object *d, Object *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    Object *v;
    ssize_t ix = lookup((DictObject *)d, key, hash, &v);
    if (ix == DKIX_ERROR)
        return -1;
    return ix != DKIX_EMPTY && v != NULL;
}

bool dict_next_hash(Object *d, ssize_t *pos, Object **key, Object **value, int64_t *hash)
{
    DictKeys *k = ((DictObject *)d)->ma_keys;
    Object **values = ((DictObject *)d)->ma_values;
    ssize_t i = *pos, n = k->dk_nentries;
    if (i < 0)
        return false;
    if (values != NULL) {
        /* Split: *pos counts the dict's items in their insertion order. */
        if (i >= ((DictObject *)d)->ma_used)
            return false;
        ssize_t ix = VALUES_ORDER(values, i);
        Object *ek = DK_UENTRIES(k)[ix].key;
        if (key) *key = ek;
        if (value) *value = values[ix];
        if (hash) *hash = STR_HASH(ek);
    } else if (DK_IS_UNICODE(k)) {
        DictUEntry *ep = DK_UENTRIES(k);
        while (i < n && ep[i].value == NULL)
            i++;
        if (i >= n)
            return false;
        if (key) *key = ep[i].key;
        if (value) *value = ep[i].value;
        if (hash) *hash = STR_HASH(ep[i].key);
    } else {
        DictEntry *ep = DK_ENTRIES(k);
        while (i < n && ep[i].value == NULL)
            i++;
        if (i >= n)
            return false;
        if (key) *key = ep[i].key;
        if (value) *value = ep[i].value;
        if (hash) *hash = ep[i].hash;
    }
    *pos = i + 1;
    return true;
}

bool dict_next(Object *d, ssize_t *pos, Object **key, Object **value)
{
    return dict_next_hash(d, pos, key, value, NULL);
}

/* kind 0 keys, 1 values, 2 items. */
static Object *dict_list_of(Object *d, int kind)
{
    DictObject *mp = (DictObject *)d;
    ssize_t n = mp->ma_used;
    Object *l = list_new(n);
    if (l == NULL)
        return NULL;
    if (kind == 2) {
        /* Creating the tuples may run the collector, never Python code, so the dict stays. */
        for (ssize_t i = 0; i < n; i++) {
            Object *t = tuple_new(2);
            if (t == NULL) {
                DECREF(l);
                return NULL;
            }
            TUPLE_SET(t, 0, NEWREF(NONE));
            TUPLE_SET(t, 1, NEWREF(NONE));
            LIST_SET(l, i, t);
        }
    }
    ssize_t pos = 0, j = 0;
    Object *key, *value;
    while (j < n && dict_next(d, &pos, &key, &value)) {
        if (kind == 0) {
            LIST_SET(l, j, NEWREF(key));
        } else if (kind == 1) {
            LIST_SET(l, j, NEWREF(value));
        } else {
            Object *t = LIST_GET(l, j);
            SETREF(TUPLE_ITEMS(t)[0], NEWREF(key));
            SETREF(TUPLE_ITEMS(t)[1], NEWREF(value));
        }
        j++;
    }
    return l;
}

Object *dict_keys_list(Object *d) { return dict_list_of(d, 0); }
Object *dict_values_list(Object *d) { return dict_list_of(d, 1); }
Object *dict_items_list(Object *d) { return dict_list_of(d, 2); }

ssize_t dict_lookup_index(Object *d, Object *key, int64_t hash)
{
    Object *v;
    ssize_t ix = lookup((DictObject *)d, key, hash, &v);
    return ix >= 0 && v != NULL ? ix : -1;
}

Object *dict_value_at(Object *d, ssize_t index)
{
    DictKeys *k = ((DictObject *)d)->ma_keys;
    if (index < 0 || index >= k->dk_nentries)
        return NULL;
    return dict_entry_value((DictObject *)d, index);
}

/* A copy of the keys block with new references to its contents (same size and layout). */
static DictKeys *clone_keys(DictObject *orig)
{
    DictKeys *k = orig->ma_keys;
    size_t size = keys_bytes(k->dk_log2_size, k->dk_log2_index_bytes, DK_IS_UNICODE(k));
    DictKeys *c = mem_alloc(size);
    if (c == NULL) {
        err_no_memory();
        return NULL;
    }
    memcpy(c, k, size);
    c->dk_refcnt = 1;
    for (ssize_t i = 0; i < c->dk_nentries; i++) {
        Object *v = *entry_value_ptr(c, i);
        if (v != NULL) {
            INCREF(v);
            INCREF(entry_key(c, i));
        }
    }
    return c;
}

static Object *dict_iter(Object *d);

Object *dict_copy(Object *d)
{
    DictObject *mp = (DictObject *)d;
    if (mp->ma_used == 0)
        return dict_new();
    if (mp->ma_values != NULL) {
        /* A split table copies as a split table over the same shared keys. */
        DictKeys *k = mp->ma_keys;
        ssize_t size = shared_keys_usable_size(k);
        Object **values = values_new(size);
        if (values == NULL)
            return NULL;
        int count = VALUES_COUNT(mp->ma_values);
        for (int i = 0; i < count; i++)
            values_add_order(values, VALUES_ORDER(mp->ma_values, i));
        for (ssize_t i = 0; i < k->dk_nentries; i++) {
            Object *v = mp->ma_values[i];
            values[i] = v;
            XINCREF(v);
        }
        k->dk_refcnt++;
        DictObject *c = new_dict(&DictType, k, values, mp->ma_used);
        if (c != NULL && is_tracked(d))
            gc_track((Object *)c);
        return (Object *)c;
    }
    /* Clone the table when it is not too sparse and iteration is not overridden. */
    if (TYPE(d)->tp_iter == dict_iter && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        DictKeys *k = clone_keys(mp);
        if (k == NULL)
            return NULL;
        DictObject *c = new_dict(&DictType, k, NULL, mp->ma_used);
        if (c != NULL && is_tracked(d))
            gc_track((Object *)c);
        return (Object *)c;
    }
    Object *c = dict_new();
    if (c != NULL && dict_merge(c, d, true) < 0)
        CLEAR(c);
    return c;
}

/* override: 1 replace, 0 keep existing, 2 raise KeyError on a duplicate (for f(**a, **b)). */
static int merge_impl(Object *a, Object *b, int override)
{
    DictObject *mp = (DictObject *)a;
    if (IS_DICT(b) && TYPE(b)->tp_iter == dict_iter) {
        DictObject *other = (DictObject *)b;
        if (other == mp || other->ma_used == 0)
            return 0;
        if (mp->ma_used == 0) {
            override = 1;
            DictKeys *ok = other->ma_keys;
            /* A clean, freshly built, combined source: copy its table outright. */
            if (other->ma_values == NULL && other->ma_used == ok->dk_nentries
                && (ok->dk_log2_size == DICT_LOG_MINSIZE
                    || USABLE_FRACTION(DK_SIZE(ok) / 2) < other->ma_used)) {
                DictKeys *k = clone_keys(other);
                if (k == NULL)
                    return -1;
                if (mp->ma_values != NULL) {
                    values_free(mp->ma_values);
                    mp->ma_values = NULL;
                }
                keys_decref(mp->ma_keys);
                mp->ma_keys = k;
                mp->ma_used = other->ma_used;
                mp->ma_version_tag = NEXT_VERSION();
                if (is_tracked(b) && !is_tracked(a))
                    gc_track(a);
                return 0;
            }
        }
        /* One big resize first, expecting few common keys.  CPython's empty keys have one
         * slot, not eight like ours, so an empty target always gets its final size here. */
        ssize_t room = mp->ma_keys == EMPTY_KEYS ? 0 : USABLE_FRACTION(DK_SIZE(mp->ma_keys));
        if (room < other->ma_used) {
            if (dict_resize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used),
                            DK_IS_UNICODE(other->ma_keys)) < 0)
                return -1;
        }
        ssize_t orig_n = other->ma_keys->dk_nentries, pos = 0;
        Object *key, *value;
        int64_t hash;
        while (dict_next_hash(b, &pos, &key, &value, &hash)) {
            int err = 0;
            if (override == 1) {
                err = insertdict(mp, NEWREF(key), hash, NEWREF(value));
            } else {
                Object *cur;
                INCREF(key);
                ssize_t ix = lookup(mp, key, hash, &cur);
                if (ix == DKIX_ERROR) {
                    err = -1;
                } else if (ix == DKIX_EMPTY || cur == NULL) {
                    err = insertdict(mp, NEWREF(key), hash, NEWREF(value));
                } else if (override != 0) {
                    set_key_error(key);
                    err = -1;
                }
                DECREF(key);
            }
            if (err != 0)
                return -1;
            if (orig_n != other->ma_keys->dk_nentries) {
                err_set_string(&Exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* A general mapping: iterate its keys(). */
    Object *keys = obj_call_method(b, "keys", NULL, 0);
    if (keys == NULL)
        return -1;
    Object *it = obj_get_iter(keys);
    DECREF(keys);
    if (it == NULL)
        return -1;
    Object *key;
    while ((key = iter_next(it)) != NULL) {
        if (override != 1) {
            int has = dict_contains(a, key);
            if (has != 0) {
                if (has > 0 && override == 0) {
                    DECREF(key);
                    continue;
                }
                if (has > 0)
                    set_key_error(key);
                DECREF(key);
                DECREF(it);
                return -1;
            }
        }
        Object *value = obj_getitem(b, key);
        if (value == NULL || dict_setitem(a, key, value) < 0) {
            XDECREF(value);
            DECREF(key);
            DECREF(it);
            return -1;
        }
        DECREF(value);
        DECREF(key);
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

int dict_merge(Object *d, Object *other, bool override)
{
    return merge_impl(d, other, override ? 1 : 0);
}

/* d.update(iterable of pairs). */
static int merge_from_seq2(Object *d, Object *seq2, bool override)
{
    Object *it = obj_get_iter(seq2);
    if (it == NULL)
        return -1;
    Object *item;
    for (ssize_t i = 0; (item = iter_next(it)) != NULL; i++) {
        Object *fast;
        if (IS_LIST(item) || IS_TUPLE(item)) {
            fast = NEWREF(item);
        } else {
            Object *sub = obj_get_iter(item);
            if (sub == NULL) {
                if (err_matches(&Exc_TypeError))
                    err_format(&Exc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a "
                               "sequence", i);
                goto fail;
            }
            fast = seq_list(sub);
            DECREF(sub);
            if (fast == NULL)
                goto fail;
        }
        ssize_t n = IS_LIST(fast) ? LIST_LEN(fast) : TUPLE_LEN(fast);
        if (n != 2) {
            err_format(&Exc_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required",
                       i, n);
            DECREF(fast);
            goto fail;
        }
        Object **kv = IS_LIST(fast) ? LIST_ITEMS(fast) : TUPLE_ITEMS(fast);
        Object *key = NEWREF(kv[0]), *value = NEWREF(kv[1]);
        int r = 0;
        if (override) {
            r = dict_setitem(d, key, value);
        } else {
            r = dict_contains(d, key);
            if (r == 0)
                r = dict_setitem(d, key, value);
        }
        DECREF(key);
        DECREF(value);
        DECREF(fast);
        DECREF(item);
        if (r < 0)
            goto fail_noitem;
        continue;
    fail:
        DECREF(item);
    fail_noitem:
        DECREF(it);
        return -1;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* dict.update(arg): a dict, anything with keys(), or an iterable of pairs. */
static int update_arg(Object *d, Object *arg)
{
    if (IS_DICT_EXACT(arg))
        return dict_merge(d, arg, true);
    Object *func;
    int r = obj_lookup_attr(arg, ID(keys), &func);
    if (r < 0)
        return -1;
    if (r > 0) {
        DECREF(func);
        return dict_merge(d, arg, true);
    }
    return merge_from_seq2(d, arg, true);
}

int dict_update(Object *d, Object *other)
{
    return update_arg(d, other);
}

/* The keyword arguments of dict(...) / update(...): args[nargs + i] named kwnames[i]. */
static int update_kwargs(Object *d, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames == NULL)
        return 0;
    for (ssize_t i = 0; i < TUPLE_LEN(kwnames); i++)
        if (dict_setitem(d, TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

/* ---- slots ----------------------------------------------------------------------------------- */

static ssize_t dict_length(Object *self) { return ((DictObject *)self)->ma_used; }

static Object *dict_subscript(Object *self, Object *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    Object *v;
    ssize_t ix = lookup((DictObject *)self, key, hash, &v);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || v == NULL) {
        if (!IS_DICT_EXACT(self)) {
            Object *missing = obj_lookup_special(self, ID(__missing__));
            if (missing != NULL) {
                Object *r = obj_call1(missing, key);
                DECREF(missing);
                return r;
            }
            if (err_occurred())
                return NULL;
        }
        set_key_error(key);
        return NULL;
    }
    return NEWREF(v);
}

static int dict_ass_sub(Object *self, Object *key, Object *v)
{
    return v == NULL ? dict_delitem(self, key) : dict_setitem(self, key, v);
}

static int dict_sq_contains(Object *self, Object *key)
{
    return dict_contains(self, key);
}

static Object *dict_repr(Object *self)
{
    DictObject *mp = (DictObject *)self;
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("{...}") : NULL;
    if (mp->ma_used == 0) {
        repr_leave(self);
        return str_from_cstr("{}");
    }
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '{');
    ssize_t pos = 0;
    Object *key, *value;
    bool first = true;
    while (dict_next(self, &pos, &key, &value)) {
        /* Hold the pair: a __repr__ may delete it from the dict. */
        INCREF(key);
        INCREF(value);
        if (!first)
            sb_append_cstr(&sb, ", ");
        first = false;
        int ok = sb_append_repr(&sb, key);
        if (ok >= 0) {
            sb_append_cstr(&sb, ": ");
            ok = sb_append_repr(&sb, value);
        }
        DECREF(key);
        DECREF(value);
        if (ok < 0) {
            sb_discard(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_char(&sb, '}');
    repr_leave(self);
    return sb_finish(&sb);
}

/* 1 when a and b hold equal items, 0 if not, -1 on error. */
static int dict_equal(DictObject *a, DictObject *b)
{
    if (a->ma_used != b->ma_used)
        return 0;
    for (ssize_t i = 0; i < a->ma_keys->dk_nentries; i++) {
        DictKeys *k = a->ma_keys;
        Object *aval = dict_entry_value(a, i);
        if (aval == NULL)
            continue;
        Object *key = entry_key(k, i);
        int64_t hash = entry_hash(k, i);
        INCREF(aval);
        INCREF(key);
        Object *bval;
        ssize_t ix = lookup(b, key, hash, &bval);
        int cmp;
        if (ix == DKIX_ERROR) {
            cmp = -1;
        } else if (bval == NULL) {
            cmp = 0;
        } else {
            INCREF(bval);
            cmp = obj_richcompare_bool(aval, bval, CMP_EQ);
            DECREF(bval);
        }
        DECREF(key);
        DECREF(aval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static Object *dict_richcompare(Object *v, Object *w, int op)
{
    if (!IS_DICT(v) || !IS_DICT(w) || (op != CMP_EQ && op != CMP_NE))
        RETURN_NOTIMPL;
    int cmp = dict_equal((DictObject *)v, (DictObject *)w);
    if (cmp < 0)
        return NULL;
    return bool_from((cmp != 0) == (op == CMP_EQ));
}

static Object *dict_or(Object *self, Object *other)
{
    if (!IS_DICT(self) || !IS_DICT(other))
        RETURN_NOTIMPL;
    Object *r = dict_copy(self);
    if (r != NULL && update_arg(r, other) < 0)
        CLEAR(r);
    return r;
}

static Object *dict_ior(Object *self, Object *other)
{
    if (update_arg(self, other) < 0)
        return NULL;
    return NEWREF(self);
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *dict_get(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("get", nargs, 1, 2) < 0)
        return NULL;
    Object *v = dict_getitem(self, args[0]);
    if (v == NULL) {
        if (err_occurred())
            return NULL;
        v = nargs > 1 ? args[1] : NONE;
    }
    return NEWREF(v);
}

/* d.setdefault(key, default): borrowed result. */
static Object *setdefault_impl(Object *self, Object *key, Object *dflt)
{
    DictObject *mp = (DictObject *)self;
    int64_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    Object *v;
    ssize_t ix = lookup(mp, key, hash, &v);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix != DKIX_EMPTY && v != NULL)
        return v;
    if (insertdict(mp, NEWREF(key), hash, NEWREF(dflt)) < 0)
        return NULL;
    return dflt;
}

static Object *dict_setdefault(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("setdefault", nargs, 1, 2) < 0)
        return NULL;
    Object *v = setdefault_impl(self, args[0], nargs > 1 ? args[1] : NONE);
    return v ? NEWREF(v) : NULL;
}

static Object *dict_pop(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("pop", nargs, 1, 2) < 0)
        return NULL;
    DictObject *mp = (DictObject *)self;
    Object *key = args[0];
    if (mp->ma_used == 0)
        goto missing;
    int64_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    Object *old;
    ssize_t ix = lookup(mp, key, hash, &old);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || old == NULL)
        goto missing;
    INCREF(old);                 /* ours to return; the dict's reference goes below */
    delitem_common(mp, hash, ix, old);
    return old;
missing:
    if (nargs > 1)
        return NEWREF(args[1]);
    set_key_error(key);
    return NULL;
}

static Object *dict_popitem(Object *self, Object *unused)
{
    DictObject *mp = (DictObject *)self;
    /* Allocate the result first: once the item is taken out, nothing may fail. */
    Object *res = tuple_new(2);
    if (res == NULL)
        return NULL;
    if (mp->ma_used == 0) {
        DECREF(res);
        err_set_string(&Exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    /* A split table has no last entry of its own: make it an ordinary one of the same size. */
    if (mp->ma_values != NULL && dict_resize(mp, mp->ma_keys->dk_log2_size, 1) < 0) {
        DECREF(res);
        return NULL;
    }
    DictKeys *k = mp->ma_keys;
    ssize_t i = k->dk_nentries - 1;
    while (i >= 0 && *entry_value_ptr(k, i) == NULL)
        i--;
    Object *key = entry_key(k, i), **vp = entry_value_ptr(k, i);
    int64_t hash = entry_hash(k, i);
    set_index(k, lookup_slot_of(k, hash, i), DKIX_DUMMY);
    TUPLE_SET(res, 0, key);
    TUPLE_SET(res, 1, *vp);
    *vp = NULL;
    if (DK_IS_UNICODE(k)) {
        DK_UENTRIES(k)[i].key = NULL;
    } else {
        DK_ENTRIES(k)[i].key = NULL;
        DK_ENTRIES(k)[i].hash = 0;
    }
    /* The slot stays a dummy, so dk_usable is not given back. */
    k->dk_nentries = i;
    k->dk_version = 0;
    mp->ma_used--;
    mp->ma_version_tag = NEXT_VERSION();
    return res;
}

static Object *dict_update_meth(Object *self, Object *const *args, ssize_t nargs,
                                Object *kwnames)
{
    if (args_check_positional("update", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && update_arg(self, args[0]) < 0)
        return NULL;
    if (update_kwargs(self, args, nargs, kwnames) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *dict_fromkeys(Object *cls, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Object *iterable = args[0], *value = nargs > 1 ? args[1] : NONE;
    Object *d = obj_call0(cls);
    if (d == NULL)
        return NULL;
    if (IS_DICT_EXACT(d)) {
        DictObject *mp = (DictObject *)d;
        if (IS_DICT_EXACT(iterable)) {
            if (dict_resize(mp, estimate_log2_keysize(DICT_LEN(iterable)),
                            DK_IS_UNICODE(((DictObject *)iterable)->ma_keys)) < 0)
                goto fail;
            ssize_t pos = 0;
            Object *key;
            int64_t hash;
            while (dict_next_hash(iterable, &pos, &key, NULL, &hash))
                if (insertdict(mp, NEWREF(key), hash, NEWREF(value)) < 0)
                    goto fail;
            return d;
        }
        if (TYPE(iterable) == &SetType || TYPE(iterable) == &FrozenSetType) {
            if (dict_resize(mp, estimate_log2_keysize(set_size(iterable)), 0) < 0)
                goto fail;
            ssize_t pos = 0;
            Object *key;
            int64_t hash;
            while (set_next_hash(iterable, &pos, &key, &hash))
                if (insertdict(mp, NEWREF(key), hash, NEWREF(value)) < 0)
                    goto fail;
            return d;
        }
    }
    Object *it = obj_get_iter(iterable);
    if (it == NULL)
        goto fail;
    Object *key;
    while ((key = iter_next(it)) != NULL) {
        int r = IS_DICT_EXACT(d) ? dict_setitem(d, key, value) : obj_setitem(d, key, value);
        DECREF(key);
        if (r < 0) {
            DECREF(it);
            goto fail;
        }
    }
    DECREF(it);
    if (err_occurred())
        goto fail;
    return d;
fail:
    DECREF(d);
    return NULL;
}

static Object *dict_clear_meth(Object *self, Object *unused)
{
    dict_clear(self);
    RETURN_NONE;
}

static Object *dict_copy_meth(Object *self, Object *unused)
{
    return dict_copy(self);
}

static Object *dict_sizeof(Object *self, Object *unused)
{
    DictObject *mp = (DictObject *)self;
    ssize_t res = TYPE(self)->tp_basicsize;
    DictKeys *k = mp->ma_keys;
    /* A split table counts its values array; the shared keys belong to the class. */
    if (mp->ma_values != NULL)
        res += shared_keys_usable_size(k) * (ssize_t)sizeof(Object *);
    if (k != EMPTY_KEYS && k->dk_refcnt == 1)
        res += (ssize_t)keys_bytes(k->dk_log2_size, k->dk_log2_index_bytes, DK_IS_UNICODE(k));
    return int_from_ssize(res);
}

static Object *dict_getitem_meth(Object *self, Object *key)
{
    return dict_subscript(self, key);
}

static Object *dictview_new(Object *dict, TypeObject *type);
static Object *dictiter_new(DictObject *d, TypeObject *type);

static Object *dict_keys_meth(Object *self, Object *unused)
{
    return dictview_new(self, &DictKeysType);
}

static Object *dict_values_meth(Object *self, Object *unused)
{
    return dictview_new(self, &DictValuesType);
}

static Object *dict_items_meth(Object *self, Object *unused)
{
    return dictview_new(self, &DictItemsType);
}

static Object *dict_reversed(Object *self, Object *unused)
{
    return dictiter_new((DictObject *)self, &DictRevKeyIterType);
}

/* ---- construction --------------------------------------------------------------------------- */

static Object *dict_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return (Object *)new_dict(type, EMPTY_KEYS, NULL, 0);
}

static int dict_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (args_check_positional("dict", nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1 && update_arg(self, args[0]) < 0)
        return -1;
    return update_kwargs(self, args, nargs, kwnames);
}

static Object *dict_vectorcall(Object *type, Object *const *args, ssize_t nargs,
                               Object *kwnames)
{
    TypeObject *t = (TypeObject *)type;
    Object *self = t->tp_new(t, args, nargs, kwnames);
    if (self == NULL)
        return NULL;
    if (t->tp_init(self, args, nargs, kwnames) < 0) {
        DECREF(self);
        return NULL;
    }
    return self;
}

/* ---- shared keys and instance attributes ----------------------------------------------------- */

DictKeys *dict_keys_for_class(void)
{
    DictKeys *k = new_keys(SHARED_KEYS_LOG2, 1);
    if (k == NULL) {
        err_clear();
        return NULL;
    }
    /* CPython's starting point: each new instance then gives one back (instance_values_init),
     * so that instances made after the class settled get arrays just big enough. */
    k->dk_usable = SHARED_KEYS_MAX_SIZE;
    k->dk_kind = DICT_KEYS_SPLIT;
    return k;
}

void dict_keys_release(DictKeys *k)
{
    if (k != NULL)
        keys_decref(k);
}

ssize_t dict_keys_sizeof(DictKeys *k)
{
    return (ssize_t)keys_bytes(k->dk_log2_size, k->dk_log2_index_bytes, DK_IS_UNICODE(k));
}

Object *dict_new_for_instance(TypeObject *t)
{
    DictKeys *k = TYPE_HAS_FLAG(t, TPFLAGS_HEAPTYPE) ? CACHED_KEYS(t) : NULL;
    if (k == NULL)
        return dict_new();
    Object **values = values_new(shared_keys_usable_size(k));
    if (values == NULL)
        return NULL;
    k->dk_refcnt++;
    return (Object *)new_dict(&DictType, k, values, 0);
}

int instance_values_init(Object *o)
{
    DictKeys *k = CACHED_KEYS(TYPE(o));
    if (k == NULL)
        return 0;
    if (k->dk_usable > 1)
        k->dk_usable--;
    Object **values = values_new(shared_keys_usable_size(k));
    if (values == NULL)
        return -1;
    *INSTANCE_VALUES_PTR(o) = values;
    return 0;
}

/* Entry index of the str key in shared keys, or DKIX_EMPTY (they hold no deleted entries). */
static ssize_t shared_keys_lookup(DictKeys *k, Object *key, int64_t hash)
{
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = get_index(k, i);
        if (ix < 0)
            return DKIX_EMPTY;
        Object *ek = DK_UENTRIES(k)[ix].key;
        if (ek == key || (STR_HASH(ek) == hash && str_eq(ek, key)))
            return ix;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The entry of name (an exact str) in shared keys, added when absent and there is room;
 * DKIX_EMPTY when it is absent and the keys are full (CPython's insert_into_dictkeys). */
static ssize_t shared_keys_insert(DictKeys *k, Object *name)
{
    int64_t hash = key_hash(name);
    ssize_t ix = shared_keys_lookup(k, name, hash);
    if (ix != DKIX_EMPTY || k->dk_usable <= 0)
        return ix;
    k->dk_version = 0;
    ix = k->dk_nentries;
    set_index(k, find_empty_slot(k, hash), ix);
    DK_UENTRIES(k)[ix].key = NEWREF(name);
    k->dk_usable--;
    k->dk_nentries++;
    return ix;
}

Object *instance_values_get(Object *o, Object *name)
{
    DictKeys *k = CACHED_KEYS(TYPE(o));
    ssize_t ix = shared_keys_lookup(k, name, key_hash(name));
    return ix < 0 ? NULL : (*INSTANCE_VALUES_PTR(o))[ix];
}

ssize_t instance_keys_index(TypeObject *t, Object *name)
{
    DictKeys *k = TYPE_HAS_FLAG(t, TPFLAGS_HEAPTYPE) ? CACHED_KEYS(t) : NULL;
    if (k == NULL || !IS_STR_EXACT(name))
        return -1;
    ssize_t ix = shared_keys_lookup(k, name, key_hash(name));
    return ix < 0 ? -1 : ix;
}

Object *instance_materialize_dict(Object *o)
{
    Object **values = *INSTANCE_VALUES_PTR(o);
    DictKeys *k = CACHED_KEYS(TYPE(o));
    bool track = false;
    for (ssize_t i = 0; i < k->dk_nentries && !track; i++)
        track = values[i] != NULL && may_be_tracked(values[i]);
    k->dk_refcnt++;
    DictObject *d = new_dict(&DictType, k, NULL, VALUES_COUNT(values));
    if (d == NULL)
        return NULL;
    d->ma_values = values;
    if (track)
        gc_track((Object *)d);
    *INSTANCE_VALUES_PTR(o) = NULL;
    *MANAGED_DICT_PTR(o) = (Object *)d;
    return (Object *)d;
}

int instance_values_set(Object *o, Object *name, Object *v)
{
    Object **values = *INSTANCE_VALUES_PTR(o);
    ssize_t ix = IS_STR_EXACT(name) ? shared_keys_insert(CACHED_KEYS(TYPE(o)), name) : DKIX_EMPTY;
    if (ix == DKIX_EMPTY) {
        Object *d = instance_materialize_dict(o);
        if (d == NULL)
            return -1;
        return v ? dict_setitem(d, name, v) : dict_delitem(d, name);
    }
    Object *old = values[ix];
    if (old == NULL && v == NULL) {
        err_format(&Exc_AttributeError, "'%.100s' object has no attribute '%U'",
                   TYPE(o)->tp_name, name);
        return -1;
    }
    XINCREF(v);
    values[ix] = v;
    if (old == NULL) {
        values_add_order(values, ix);
    } else {
        if (v == NULL)
            values_delete_order(values, ix);
        DECREF(old);
    }
    return 0;
}

Object **instance_dict_view(Object *o)
{
    Object **values = *INSTANCE_VALUES_PTR(o);
    VIEW->ma_keys = CACHED_KEYS(TYPE(o));
    VIEW->ma_values = values;
    VIEW->ma_used = VALUES_COUNT(values);
    view_owner = o;
    view_slot = (Object *)VIEW;
    return &view_slot;
}

int instance_values_traverse(Object *o, visitproc visit, void *arg)
{
    Object **values = *INSTANCE_VALUES_PTR(o);
    if (values == NULL)
        return 0;
    for (ssize_t i = 0, n = CACHED_KEYS(TYPE(o))->dk_nentries; i < n; i++) {
        int r;
        if (values[i] != NULL && (r = visit(values[i], arg)) != 0)
            return r;
    }
    return 0;
}

void instance_values_clear(Object *o)
{
    Object **values = *INSTANCE_VALUES_PTR(o);
    if (values == NULL)
        return;
    /* The order is kept right at each step: releasing a value may run code that reads o. */
    for (ssize_t i = 0; i < CACHED_KEYS(TYPE(o))->dk_nentries; i++) {
        if (values[i] == NULL)
            continue;
        values_delete_order(values, i);
        CLEAR(values[i]);
        values = *INSTANCE_VALUES_PTR(o);
        if (values == NULL)
            return;
    }
}

void instance_values_free(Object *o)
{
    Object **values = *INSTANCE_VALUES_PTR(o);
    if (values == NULL)
        return;
    *INSTANCE_VALUES_PTR(o) = NULL;
    for (ssize_t i = 0, n = CACHED_KEYS(TYPE(o))->dk_nentries; i < n; i++)
        XDECREF(values[i]);
    values_free(values);
}

void dict_maybe_untrack(Object *d)
{
    if (!IS_DICT_EXACT(d) || !is_tracked(d))
        return;
    DictObject *mp = (DictObject *)d;
    DictKeys *k = mp->ma_keys;
    for (ssize_t i = 0, n = k->dk_nentries; i < n; i++) {
        Object *v = dict_entry_value(mp, i);
        if (v == NULL)
            continue;
        if (may_be_tracked(v) || (!DK_IS_UNICODE(k) && may_be_tracked(entry_key(k, i))))
            return;
    }
    gc_untrack(d);
}

/* ---- iterators ------------------------------------------------------------------------------ */

typedef struct DictIterObject {
    OB_HEAD;
    DictObject *di_dict;        /* NULL when exhausted */
    ssize_t di_used;            /* ma_used when created: a change means the dict was resized */
    ssize_t di_pos;
    Object *di_result;          /* the reusable (key, value) tuple of item iterators */
    ssize_t len;
} DictIterObject;

static bool is_reverse_iter(TypeObject *t)
{
    return t == &DictRevKeyIterType || t == &DictRevValueIterType || t == &DictRevItemIterType;
}

static Object *dictiter_new(DictObject *d, TypeObject *type)
{
    DictIterObject *di = (DictIterObject *)obj_alloc(type);
    if (di == NULL)
        return NULL;
    di->di_dict = (DictObject *)NEWREF_(d);
    di->di_used = d->ma_used;
    di->len = d->ma_used;
    /* Split tables iterate over their order (positions 0..ma_used-1), others over entries. */
    ssize_t last = d->ma_values ? d->ma_used - 1 : d->ma_keys->dk_nentries - 1;
    di->di_pos = is_reverse_iter(type) ? last : 0;
    if (type == &DictItemIterType || type == &DictRevItemIterType) {
        di->di_result = tuple_pack(2, NONE, NONE);
        if (di->di_result == NULL) {
            DECREF(di);
            return NULL;
        }
    }
    return (Object *)di;
}

static Object *dict_iter(Object *d)
{
    return dictiter_new((DictObject *)d, &DictKeyIterType);
}

static void dictiter_dealloc(Object *self)
{
    DictIterObject *di = (DictIterObject *)self;
    gc_untrack(self);
    XDECREF(di->di_dict);
    XDECREF(di->di_result);
    TYPE(self)->tp_free(self);
}

static int dictiter_traverse(Object *self, visitproc visit, void *arg)
{
    DictIterObject *di = (DictIterObject *)self;
    int r;
    if (di->di_dict && (r = visit((Object *)di->di_dict, arg)) != 0)
        return r;
    return di->di_result ? visit(di->di_result, arg) : 0;
}

/* Advance to the next live entry; its index, or -1 at the end or on error (set). */
static ssize_t dictiter_step(DictIterObject *di)
{
    DictObject *d = di->di_dict;
    if (d == NULL)
        return -1;
    if (di->di_used != d->ma_used) {
        err_set_string(&Exc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;       /* the error repeats on every further call */
        return -1;
    }
    DictKeys *k = d->ma_keys;
    ssize_t i = di->di_pos;
    if (d->ma_values != NULL) {
        bool reverse = is_reverse_iter(TYPE(di));
        if (i < 0 || i >= d->ma_used)
            goto done;
        di->di_pos = reverse ? i - 1 : i + 1;
        i = VALUES_ORDER(d->ma_values, i);
    } else if (is_reverse_iter(TYPE(di))) {
        while (i >= 0 && (i >= k->dk_nentries || *entry_value_ptr(k, i) == NULL))
            i--;
        if (i < 0)
            goto done;
        di->di_pos = i - 1;
    } else {
        ssize_t n = k->dk_nentries;
        while (i < n && *entry_value_ptr(k, i) == NULL)
            i++;
        if (i >= n)
            goto done;
        di->di_pos = i + 1;
    }
    if (di->len == 0) {
        err_set_string(&Exc_RuntimeError, "dictionary keys changed during iteration");
        goto done;
    }
    di->len--;
    return i;
done:
    di->di_dict = NULL;
    DECREF(d);
    return -1;
}

static Object *dictiter_nextkey(Object *self)
{
    DictIterObject *di = (DictIterObject *)self;
    ssize_t i = dictiter_step(di);
    return i < 0 ? NULL : NEWREF(entry_key(di->di_dict->ma_keys, i));
}

static Object *dictiter_nextvalue(Object *self)
{
    DictIterObject *di = (DictIterObject *)self;
    ssize_t i = dictiter_step(di);
    return i < 0 ? NULL : NEWREF(dict_entry_value(di->di_dict, i));
}

static Object *dictiter_nextitem(Object *self)
{
    DictIterObject *di = (DictIterObject *)self;
    ssize_t i = dictiter_step(di);
    if (i < 0)
        return NULL;
    DictKeys *k = di->di_dict->ma_keys;
    Object *key = NEWREF(entry_key(k, i)), *value = NEWREF(dict_entry_value(di->di_dict, i));
    Object *result = di->di_result;
    if (REFCNT(result) == 1) {
        /* Nobody else holds the last tuple: refill it instead of allocating. */
        Object *oldkey = TUPLE_GET(result, 0), *oldvalue = TUPLE_GET(result, 1);
        TUPLE_SET(result, 0, key);
        TUPLE_SET(result, 1, value);
        INCREF(result);
        DECREF(oldkey);
        DECREF(oldvalue);
        /* The collector may have untracked it while it held only atoms. */
        if (!gc_is_tracked(result))
            gc_track(result);
        return result;
    }
    result = tuple_new(2);
    if (result == NULL) {
        DECREF(key);
        DECREF(value);
        return NULL;
    }
    TUPLE_SET(result, 0, key);
    TUPLE_SET(result, 1, value);
    return result;
}

static Object *dictiter_len(Object *self, Object *unused)
{
    DictIterObject *di = (DictIterObject *)self;
    ssize_t n = 0;
    if (di->di_dict != NULL && di->di_used == di->di_dict->ma_used)
        n = di->len;
    return int_from_ssize(n);
}

static MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len, METH_NOARGS, NULL},
    {NULL}
};

#define DICTITER_TYPE(cname, pyname, nextfn) \
    TypeObject cname = { \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(DictIterObject), \
        .tp_flags = TPFLAGS_HAVE_GC, \
        .tp_dealloc = dictiter_dealloc, \
        .tp_traverse = dictiter_traverse, \
        .tp_iter = iter_self, \
        .tp_iternext = nextfn, \
        .tp_methods = dictiter_methods, \
    };

DICTITER_TYPE(DictKeyIterType, "dict_keyiterator", dictiter_nextkey)
DICTITER_TYPE(DictValueIterType, "dict_valueiterator", dictiter_nextvalue)
DICTITER_TYPE(DictItemIterType, "dict_itemiterator", dictiter_nextitem)
DICTITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", dictiter_nextkey)
DICTITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", dictiter_nextvalue)
DICTITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", dictiter_nextitem)

/* ---- views --------------------------------------------------------------------------------- */

typedef struct DictViewObject { OB_HEAD; DictObject *dv_dict; } DictViewObject;
#define DV_DICT(v) (((DictViewObject *)(v))->dv_dict)
#define IS_SETLIKE_VIEW(o) (TYPE(o) == &DictKeysType || TYPE(o) == &DictItemsType)

static Object *dictview_new(Object *dict, TypeObject *type)
{
    DictViewObject *dv = (DictViewObject *)obj_alloc(type);
    if (dv == NULL)
        return NULL;
    dv->dv_dict = (DictObject *)NEWREF(dict);
    return (Object *)dv;
}

static void dictview_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(DV_DICT(self));
    TYPE(self)->tp_free(self);
}

static int dictview_traverse(Object *self, visitproc visit, void *arg)
{
    return DV_DICT(self) ? visit((Object *)DV_DICT(self), arg) : 0;
}

static ssize_t dictview_len(Object *self)
{
    return DV_DICT(self) ? DV_DICT(self)->ma_used : 0;
}

static Object *dictview_repr(Object *self)
{
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("...") : NULL;
    Object *seq = seq_list(self);
    Object *res = seq ? str_from_format("%s(%R)", TYPE(self)->tp_name, seq) : NULL;
    XDECREF(seq);
    repr_leave(self);
    return res;
}

static Object *dictview_mapping(Object *self, void *closure)
{
    return mappingproxy_new((Object *)DV_DICT(self));
}

static GetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL}
};

static Object *dictkeys_iter(Object *self)
{
    return dictiter_new(DV_DICT(self), &DictKeyIterType);
}

static Object *dictvalues_iter(Object *self)
{
    return dictiter_new(DV_DICT(self), &DictValueIterType);
}

static Object *dictitems_iter(Object *self)
{
    return dictiter_new(DV_DICT(self), &DictItemIterType);
}

static Object *dictkeys_reversed(Object *self, Object *unused)
{
    return dictiter_new(DV_DICT(self), &DictRevKeyIterType);
}

static Object *dictvalues_reversed(Object *self, Object *unused)
{
    return dictiter_new(DV_DICT(self), &DictRevValueIterType);
}

static Object *dictitems_reversed(Object *self, Object *unused)
{
    return dictiter_new(DV_DICT(self), &DictRevItemIterType);
}

static int dictkeys_contains(Object *self, Object *key)
{
    return dict_contains((Object *)DV_DICT(self), key);
}

static int dictitems_contains(Object *self, Object *obj)
{
    if (!IS_TUPLE(obj) || TUPLE_LEN(obj) != 2)
        return 0;
    Object *key = TUPLE_GET(obj, 0), *value = TUPLE_GET(obj, 1);
    Object *found = dict_getitem((Object *)DV_DICT(self), key);
    if (found == NULL)
        return err_occurred() ? -1 : 0;
    INCREF(found);
    int r = obj_richcompare_bool(found, value, CMP_EQ);
    DECREF(found);
    return r;
}

/* Every item of a in b (1), not (0), error (-1). */
static int all_contained_in(Object *a, Object *b)
{
    Object *it = obj_get_iter(a);
    if (it == NULL)
        return -1;
    int ok = 1;
    Object *item;
    while ((item = iter_next(it)) != NULL) {
        ok = obj_contains(b, item);
        DECREF(item);
        if (ok <= 0)
            break;
    }
    DECREF(it);
    if (ok > 0 && err_occurred())
        ok = -1;
    return ok;
}

static Object *dictview_richcompare(Object *self, Object *other, int op)
{
    if (!IS_ANYSET(other) && !IS_SETLIKE_VIEW(other))
        RETURN_NOTIMPL;
    ssize_t ls = obj_length(self), lo;
    if (ls < 0 || (lo = obj_length(other)) < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case CMP_NE:
    case CMP_EQ:
        if (ls == lo)
            ok = all_contained_in(self, other);
        if (op == CMP_NE && ok >= 0)
            ok = !ok;
        break;
    case CMP_LT: if (ls < lo) ok = all_contained_in(self, other); break;
    case CMP_LE: if (ls <= lo) ok = all_contained_in(self, other); break;
    case CMP_GT: if (ls > lo) ok = all_contained_in(other, self); break;
    case CMP_GE: if (ls >= lo) ok = all_contained_in(other, self); break;
    }
    if (ok < 0)
        return NULL;
    return bool_from(ok);
}

/* set(view), through the dict itself for a keys view of an exact dict (set's fast path). */
static Object *view_to_set(Object *self)
{
    Object *src = self;
    if (TYPE(self) == &DictKeysType && IS_DICT_EXACT(DV_DICT(self)))
        src = (Object *)DV_DICT(self);
    return set_new(src);
}

/* set(self).method(other), the way CPython computes view - other, view ^ other. */
static Object *view_set_op(Object *self, Object *other, const char *method)
{
    Object *result = view_to_set(self);
    if (result == NULL)
        return NULL;
    Object *tmp = obj_call_method(result, method, &other, 1);
    if (tmp == NULL) {
        DECREF(result);
        return NULL;
    }
    DECREF(tmp);
    return result;
}

static Object *dictviews_sub(Object *self, Object *other)
{
    return view_set_op(self, other, "difference_update");
}

static Object *dictviews_or(Object *self, Object *other)
{
    return view_set_op(self, other, "update");
}

static Object *dictviews_xor(Object *self, Object *other)
{
    return view_set_op(self, other, "symmetric_difference_update");
}

static Object *dictviews_and(Object *self, Object *other)
{
    /* The operands arrive swapped when the view is on the right. */
    if (!IS_SETLIKE_VIEW(self)) {
        Object *t = self; self = other; other = t;
    }
    ssize_t ls = dictview_len(self);
    if (TYPE(other) == &SetType) {
        ssize_t lo = obj_length(other);
        if (lo < 0)
            return NULL;
        if (ls <= lo)
            return obj_call_method(other, "intersection", &self, 1);
    }
    /* Iterate the smaller side, testing membership in the larger view. */
    if (IS_SETLIKE_VIEW(other) && dictview_len(other) > ls) {
        Object *t = self; self = other; other = t;
    }
    Object *result = set_new(NULL);
    if (result == NULL)
        return NULL;
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        DECREF(result);
        return NULL;
    }
    int (*contains)(Object *, Object *) =
        TYPE(self) == &DictKeysType ? dictkeys_contains : dictitems_contains;
    Object *key;
    while ((key = iter_next(it)) != NULL) {
        int r = contains(self, key);
        if (r > 0)
            r = set_add(result, key);
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

static Object *dictviews_isdisjoint(Object *self, Object *other)
{
    if (self == other) {
        if (dictview_len(self) == 0)
            RETURN_TRUE;
        RETURN_FALSE;
    }
    /* Iterate over the shorter object (only if other is a set, as its contains is fast). */
    if (IS_ANYSET(other) || IS_SETLIKE_VIEW(other)) {
        ssize_t ls = dictview_len(self), lo = obj_length(other);
        if (lo < 0)
            return NULL;
        if (ls > lo) {
            Object *t = self; self = other; other = t;
        }
    }
    Object *it = obj_get_iter(other);
    if (it == NULL)
        return NULL;
    Object *item;
    while ((item = iter_next(it)) != NULL) {
        int r = obj_contains(self, item);
        DECREF(item);
        if (r != 0) {
            DECREF(it);
            if (r < 0)
                return NULL;
            RETURN_FALSE;
        }
    }
    DECREF(it);
    if (err_occurred())
        return NULL;
    RETURN_TRUE;
}

static NumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

static SequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};

static SequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

static SequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};

static MethodDef dictkeys_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictkeys_reversed, METH_NOARGS, NULL},
    {NULL}
};

static MethodDef dictitems_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictitems_reversed, METH_NOARGS, NULL},
    {NULL}
};

static MethodDef dictvalues_methods[] = {
    {"__reversed__", dictvalues_reversed, METH_NOARGS, NULL},
    {NULL}
};

#define DICTVIEW_TYPE(cname, pyname, seq, iterfn, cmp, num, methods) \
    TypeObject cname = { \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(DictViewObject), \
        .tp_flags = TPFLAGS_HAVE_GC, \
        .tp_dealloc = dictview_dealloc, \
        .tp_traverse = dictview_traverse, \
        .tp_repr = dictview_repr, \
        .tp_as_number = num, \
        .tp_as_sequence = seq, \
        .tp_richcompare = cmp, \
        .tp_iter = iterfn, \
        .tp_methods = methods, \
        .tp_getset = dictview_getset, \
    };

DICTVIEW_TYPE(DictKeysType, "dict_keys", &dictkeys_as_sequence, dictkeys_iter,
              dictview_richcompare, &dictviews_as_number, dictkeys_methods)
DICTVIEW_TYPE(DictItemsType, "dict_items", &dictitems_as_sequence, dictitems_iter,
              dictview_richcompare, &dictviews_as_number, dictitems_methods)
DICTVIEW_TYPE(DictValuesType, "dict_values", &dictvalues_as_sequence, dictvalues_iter,
              NULL, NULL, dictvalues_methods)

/* ---- the dict type ------------------------------------------------------------------------- */

static NumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

static SequenceMethods dict_as_sequence = {
    .sq_contains = dict_sq_contains,
};

static MappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_sub,
};

static MethodDef dict_methods[] = {
    {"__getitem__", dict_getitem_meth, METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", dict_sizeof, METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", dict_get, METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary."},
    {"pop", dict_pop, METH_FASTCALL,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_popitem, METH_NOARGS, "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", dict_keys_meth, METH_NOARGS,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_meth, METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_meth, METH_NOARGS,
     "D.values() -> an object providing a view on D's values"},
    {"update", dict_update_meth, METH_FASTCALL | METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", dict_fromkeys, METH_FASTCALL | METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dict_clear_meth, METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_meth, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed, METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", (void *)generic_alias_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL}
};

TypeObject DictType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(DictObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_DICT_SUBCLASS,
    .tp_doc = "dict() -> new empty dictionary",
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = &dict_as_number,
    .tp_as_sequence = &dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = obj_hash_not_implemented,
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = dict_methods,
    .tp_init = dict_init,
    .tp_new = dict_tp_new,
    .tp_vectorcall = dict_vectorcall,
};
