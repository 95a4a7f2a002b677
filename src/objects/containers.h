/* containers.h — tuple, list, dict, set/frozenset, range, slice (one .c file each), and the
 * iterator types of each (in the same file as the type they iterate). */
#ifndef OURO_CONTAINERS_H
#define OURO_CONTAINERS_H

#include "../runtime/object.h"

/* ---- tuple: getsizeof(()) == 40, + 8 per item (GC header included) -------------------------- */
typedef struct TupleObject { OB_VAR_HEAD; Object *ob_item[1]; } TupleObject;
extern TypeObject TupleType;
#define IS_TUPLE(o)        TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TUPLE_SUBCLASS)
#define IS_TUPLE_EXACT(o)  (TYPE(o) == &TupleType)
#define TUPLE_ITEMS(o)     (((TupleObject *)(o))->ob_item)
#define TUPLE_GET(o, i)    (((TupleObject *)(o))->ob_item[i])          /* borrowed */
#define TUPLE_SET(o, i, v) (((TupleObject *)(o))->ob_item[i] = (v))    /* steals v */
#define TUPLE_LEN(o)       SIZE(o)
extern Object *empty_tuple;                           /* borrowed () singleton */
Object *tuple_new(ssize_t n);                         /* items NULL, to be filled with TUPLE_SET */
Object *tuple_from_array(Object *const *items, ssize_t n);   /* new refs taken to items */
Object *tuple_pack(ssize_t n, ...);                   /* tuple_pack(2, a, b): borrowed args */
Object *tuple_getslice(Object *t, ssize_t lo, ssize_t hi);

/* ---- list: CPython's layout (getsizeof([]) == 56) and over-allocation pattern --------------- */
typedef struct ListObject { OB_VAR_HEAD; Object **ob_item; ssize_t allocated; } ListObject;
extern TypeObject ListType;
#define IS_LIST(o)         TYPE_HAS_FLAG(TYPE(o), TPFLAGS_LIST_SUBCLASS)
#define IS_LIST_EXACT(o)   (TYPE(o) == &ListType)
#define LIST_ITEMS(o)      (((ListObject *)(o))->ob_item)
#define LIST_GET(o, i)     (((ListObject *)(o))->ob_item[i])           /* borrowed */
#define LIST_SET(o, i, v)  (((ListObject *)(o))->ob_item[i] = (v))     /* steals v; old not released */
#define LIST_LEN(o)        SIZE(o)
Object *list_new(ssize_t n);                          /* n NULL items, to be filled with LIST_SET */
int     list_append(Object *l, Object *v);            /* does not steal */
int     list_insert(Object *l, ssize_t i, Object *v);
int     list_extend(Object *l, Object *iterable);
Object *list_as_tuple(Object *l);
int     list_sort(Object *l);                         /* stable, in place (no key) */
int     list_reverse(Object *l);
Object *list_getslice(Object *l, ssize_t lo, ssize_t hi);

/* ---- dict: insertion-ordered compact table (CPython 3.11's layout; getsizeof({}) == 64) ----- */
typedef struct DictKeys DictKeys;
typedef struct DictObject {
    OB_HEAD;
    ssize_t ma_used;            /* number of items */
    uint64_t ma_version_tag;    /* changes on every mutation: the key of global-lookup caches */
    DictKeys *ma_keys;
    /* Split tables (CPython 3.11's): the values of a dict whose keys are a class's shared keys
     * (ma_keys is then the class's ht_cached_keys); NULL for ordinary (combined) tables. */
    Object **ma_values;
} DictObject;
extern TypeObject DictType;
#define IS_DICT(o)         TYPE_HAS_FLAG(TYPE(o), TPFLAGS_DICT_SUBCLASS)
#define IS_DICT_EXACT(o)   (TYPE(o) == &DictType)
#define DICT_LEN(o)        (((DictObject *)(o))->ma_used)
Object *dict_new(void);
/* Borrowed reference, or NULL: with an exception set only when hashing/comparing failed. */
Object *dict_getitem(Object *d, Object *key);
Object *dict_getitem_str(Object *d, const char *key);
/* Lookup with a precomputed hash (the key's str hash for str keys). */
Object *dict_getitem_hash(Object *d, Object *key, int64_t hash);
int     dict_setitem(Object *d, Object *key, Object *v);          /* does not steal */
int     dict_setitem_str(Object *d, const char *key, Object *v);
int     dict_delitem(Object *d, Object *key);                     /* KeyError when missing */
int     dict_delitem_str(Object *d, const char *key);
int     dict_contains(Object *d, Object *key);                    /* 1, 0, -1 */
/* Iterate: pos starts at 0; returns false at the end; key/value borrowed (may be NULL args). */
bool    dict_next(Object *d, ssize_t *pos, Object **key, Object **value);
Object *dict_keys_list(Object *d);
Object *dict_values_list(Object *d);
Object *dict_items_list(Object *d);
/* Global caches (CPython 3.11's dict keys versions).  dict_keys_version names the current
 * layout of d's keys — which str key sits at which index — assigning a number on first use; it
 * changes when a key is added or removed or the table rebuilt, never when a value is replaced;
 * 0 when d cannot be cached this way (not a plain str-keyed table).  dict_index_of_str gives
 * the index of a present str key, or -1; dict_cached_value the value at that index if the
 * keys still have that version, else NULL (borrowed); dict_keys_version_is compares without
 * assigning. */
uint32_t dict_keys_version(Object *d);
ssize_t dict_index_of_str(Object *d, Object *name);
Object *dict_cached_value(Object *d, uint32_t version, ssize_t ix);
bool    dict_keys_version_is(Object *d, uint32_t version);
Object *dict_copy(Object *d);
int     dict_update(Object *d, Object *other);   /* other: a mapping or iterable of pairs */
int     dict_merge(Object *d, Object *other, bool override);
void    dict_clear(Object *d);
/* An empty dict sized for n items (the VM's BUILD_MAP): keys all exact str when `unicode`. */
Object *dict_new_presized(ssize_t n, bool unicode);
/* {keys[0]: values[0], ...} with strides (CPython's _PyDict_FromItems), presized; borrowed args. */
Object *dict_from_items(Object *const *keys, ssize_t kstep, Object *const *values, ssize_t vstep,
                        ssize_t n);
/* Lookup for LOAD_GLOBAL caches: index of the entry of key (hash given) or -1, and the value at
 * an index (borrowed, NULL if the entry was deleted). */
ssize_t dict_lookup_index(Object *d, Object *key, int64_t hash);
Object *dict_value_at(Object *d, ssize_t index);

/* ---- split dicts and instance attributes (CPython 3.11's shared keys) -----------------------
 * A class whose instances have a __dict__ owns a keys block shared by the attribute dicts of all
 * its instances (ht_cached_keys, at most SHARED_KEYS_MAX_SIZE = 30 str keys).  An instance of a
 * class with TPFLAGS_MANAGED_DICT made by object.__new__ starts with an array of values indexed
 * like those keys, referenced from the pre-header word at offset -32 (INSTANCE_VALUES_PTR); no
 * dict object exists until __dict__ is asked for, when the array moves into a "split" dict
 * (ma_keys = the shared keys, ma_values = the array) stored in the slot at -24.  The array is
 * preceded by CPython's prefix bytes: its size, the count of live values, and their insertion
 * order, so vars(obj) lists attributes in the order this instance set them. */

/* Heap types are ClassObjects (TypeType's basicsize): CPython keeps ht_cached_keys in
 * PyHeapTypeObject; ours follows the HeapTypeObject of object.h.  The union pads a class to
 * CPython 3.11's sizeof(PyHeapTypeObject), so type.__basicsize__ and sys.getsizeof of a class
 * read as in CPython (the bytes are really allocated). */
#define HEAPTYPE_SIZE 904
typedef union ClassObject {
    struct {
        HeapTypeObject ht;
        DictKeys *ht_cached_keys;   /* the instances' shared keys (managed dicts only), or NULL */
    };
    char ht_size[HEAPTYPE_SIZE];
} ClassObject;
#define CACHED_KEYS(t)           (((ClassObject *)(t))->ht_cached_keys)
#define INSTANCE_VALUES_PTR(o)   ((Object ***)(o) - 4)     /* the pre-header word at -32 */

DictKeys *dict_keys_for_class(void);     /* new shared keys, or NULL (no exception) on failure */
void    dict_keys_release(DictKeys *k);  /* drop a reference to keys (NULL allowed) */
ssize_t dict_keys_sizeof(DictKeys *k);   /* bytes of the keys block */
/* A new empty dict for an instance of heap type t: split over t's shared keys when it has them
 * (CPython's new_dict_with_shared_keys), else an ordinary one.  New reference. */
Object *dict_new_for_instance(TypeObject *t);
/* Give a new instance of a TPFLAGS_MANAGED_DICT class its values array (object.__new__). */
int     instance_values_init(Object *o);
/* o.name from o's values array (o must have one; name an exact str): borrowed, or NULL (never
 * an exception) when o has no such attribute. */
Object *instance_values_get(Object *o, Object *name);
/* o.name = v (v NULL deletes) in o's values array; a name that cannot join the shared keys
 * moves the values into a dict first.  A missing attribute raises AttributeError (or KeyError,
 * from the dict; the caller converts it). */
int     instance_values_set(Object *o, Object *name, Object *v);
/* For attribute caches: the index of name (an exact str) in the shared keys of type t, or
 * -1.  Shared keys only ever grow, so an index stays right for as long as t lives: a cache keyed
 * on t's version tag can read (*INSTANCE_VALUES_PTR(o))[index] (NULL: not set on o). */
ssize_t instance_keys_index(TypeObject *t, Object *name);
/* Move o's values array into a new split dict at MANAGED_DICT_PTR(o) (borrowed result). */
Object *instance_materialize_dict(Object *o);
/* For obj_dict_ptr on an instance that has a values array (o must have one): the address of a
 * slot holding a view of o's attributes, a static dict object over o's values that is valid only
 * until the next call.  Lookups in it read o's values; dict_setitem and dict_delitem on it
 * store into o (instance_values_set).  So code that looks attributes up through the dict slot
 * (the eval loop's attribute caches) sees them without a dict being made.  Never keep it. */
Object **instance_dict_view(Object *o);
int     instance_values_traverse(Object *o, visitproc visit, void *arg);
void    instance_values_clear(Object *o);   /* release the values, keep the array (tp_clear) */
void    instance_values_free(Object *o);    /* release the values and the array (dealloc) */
/* CPython's _PyDict_MaybeUntrack: untrack a dict (exact) whose keys and values can never be
 * part of a cycle; the collector calls it on survivors of full collections. */
void    dict_maybe_untrack(Object *d);

/* ---- set and frozenset (getsizeof(set()) == 216) ------------------------------------------ */
typedef struct SetEntry { Object *key; int64_t hash; } SetEntry;
#define SET_MINSIZE 8
typedef struct SetObject {
    OB_HEAD;
    ssize_t fill, used, mask;
    SetEntry *table;
    int64_t hash;               /* frozenset only, -1 until computed */
    ssize_t finger;
    SetEntry smalltable[SET_MINSIZE];
    Object *weakreflist;
} SetObject;
extern TypeObject SetType, FrozenSetType;
#define IS_SET(o)          IS_INSTANCE(o, &SetType)
#define IS_FROZENSET(o)    IS_INSTANCE(o, &FrozenSetType)
#define IS_ANYSET(o)       (IS_SET(o) || IS_FROZENSET(o))
Object *set_new(Object *iterable);               /* iterable may be NULL */
Object *frozenset_new(Object *iterable);
int     set_add(Object *s, Object *key);
int     set_update(Object *s, Object *iterable);   /* s |= iterable (the VM's SET_UPDATE) */
int     set_contains(Object *s, Object *key);    /* 1, 0, -1 */
int     set_discard(Object *s, Object *key);     /* 1 found, 0 not, -1 error */
ssize_t set_size(Object *s);
bool    set_next(Object *s, ssize_t *pos, Object **key);  /* borrowed key */
bool    set_next_hash(Object *s, ssize_t *pos, Object **key, int64_t *hash);

/* ---- range, slice ----------------------------------------------------------------------------- */
typedef struct RangeObject { OB_HEAD; Object *start, *stop, *step, *length; } RangeObject;
extern TypeObject RangeType;
typedef struct SliceObject { OB_HEAD; Object *start, *stop, *step; } SliceObject;
/* types.GenericAlias (genericalias.c): list[int] and friends. */
extern TypeObject GenericAliasType;
Object *generic_alias_new(Object *origin, Object *args);
Object *generic_alias_class_getitem(Object *cls, Object *args);   /* METH_O | METH_CLASS */
/* Append p to sb as a GenericAlias shows an argument (int, list[int], mod.Class, ...). */
struct StrBuilder;
int     generic_alias_repr_item(struct StrBuilder *sb, Object *p);
/* types.UnionType (unionobject.c): what int | str makes.  union_type_or is the nb_or of type,
 * GenericAlias and UnionType (NotImplemented unless both sides are None, classes, generic
 * aliases or unions); union_args gives a union's arguments (a borrowed tuple). */
extern TypeObject UnionType;
#define IS_UNION(o) (TYPE(o) == &UnionType)
Object *union_type_or(Object *a, Object *b);
Object *union_args(Object *u);
/* Type variables (genericalias.c): generic_parameters gives the ones among args (objects with
 * __typing_subst__, and those in the args' own __parameters__), a new tuple;
 * generic_substitute gives args with params replaced by key's items (self[key], with CPython's
 * errors "... is not a generic class", "Too many arguments for ..."), a new tuple. */
Object *generic_parameters(Object *args);
Object *generic_substitute(Object *self, Object *args, Object *params, Object *key);

extern TypeObject SliceType;
#define IS_SLICE(o) (TYPE(o) == &SliceType)
Object *slice_new(Object *start, Object *stop, Object *step);   /* NULL args mean None */
/* CPython's PySlice_Unpack + PySlice_AdjustIndices: returns the slice length, -1 on error. */
ssize_t slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop, ssize_t *step);

/* ---- the general iterators ------------------------------------------------------------------ */
extern TypeObject SeqIterType;       /* over __getitem__ (iter() of a sequence without __iter__) */
extern TypeObject CallIterType;      /* iter(callable, sentinel) */
Object *seqiter_new(Object *seq);
Object *calliter_new(Object *callable, Object *sentinel);
/* The dict views (dict_keys, dict_values, dict_items) and their iterators live in dict.c. */

/* ---- the built-in iterator types of builtins (iterators.c) --------------------------------- */
/* enumerate(iterable, start=0), zip(*its, strict=False), map(f, *its), filter(f, it),
 * reversed(seq): builtins exposes these type objects under those names. */
extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;

/* ---- the other concrete types of this area ------------------------------------------------ */
extern TypeObject TupleIterType, ListIterType, ListRevIterType;
extern TypeObject DictKeysType, DictValuesType, DictItemsType;         /* dict_keys ... */
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;
extern TypeObject SetIterType, RangeIterType, LongRangeIterType;

/* ---- helpers shared by the container files ------------------------------------------------ */
Object *iter_self(Object *self);                   /* tp_iter of iterators: new ref to self */
Object *compare_sizes(ssize_t a, ssize_t b, int op);   /* bool `a op b` (new reference) */
/* CPython 3.11's tuple hash (xxHash lanes) of n objects; -1 on error. */
int64_t tuple_hash_items(Object *const *items, ssize_t n);
/* An __index__ argument clamped to ssize_t (CPython's _PyEval_SliceIndexNotNone); -1 + error. */
int     slice_index_arg(Object *v, ssize_t *out);
/* (value, start=0, stop=maxsize) of list.index / tuple.index, start/stop made 0 <= x. */
int     index_args(const char *name, Object *const *args, ssize_t nargs, ssize_t len,
                   ssize_t *start, ssize_t *stop);
/* list.sort(key=key, reverse=reverse): stable; key may be NULL.  0, or -1 with an error
 * (ValueError "list modified during sort" when the list changed under the sort). */
int     list_sort_ex(Object *l, Object *key, int reverse);
/* CPython's _PySlice_GetLongIndices: start/stop/step of slice for a sequence of the given length
 * (an int), as new int references; for slice.indices() and range slicing. */
int     slice_get_long_indices(Object *slice, Object *length, Object **start, Object **stop,
                               Object **step);
/* The i-th dict entry's key/value/hash for set updates from dicts (dict_next plus the hash). */
bool    dict_next_hash(Object *d, ssize_t *pos, Object **key, Object **value, int64_t *hash);
/* Lookup / insertion with a known hash (sets and fromkeys use them). */
int     dict_setitem_hash(Object *d, Object *key, int64_t hash, Object *v);   /* does not steal */
/* Free lists: released at shut-down. */
void    tuple_clear_freelists(void);
void    list_clear_freelist(void);
void    dict_clear_freelist(void);

void containers_init(void);   /* empty tuple, free lists */

#endif
