/* type.c — `type`: readying static types, creating classes, the MRO, attribute lookup on types
 * with its method cache, instances of classes (their dealloc, traverse, clear), and `super`.
 *
 * Readying (type_ready) follows CPython 3.11's PyType_Ready: ready the bases, compute the C3
 * MRO, fill tp_dict from the method/member/getset tables and with slot wrappers for the slots
 * the type defines itself (typeslots.c), then inherit every unset slot from the MRO, and register
 * the type with its bases so that changes propagate down (type_modified).
 *
 * Lookup (type_lookup) is the hot path of every attribute access.  As in CPython, a global
 * direct-mapped cache keyed by (version tag, interned name) answers repeated lookups without
 * walking the MRO; each type carries a version tag that type_modified invalidates (with the tags
 * of all its subclasses) whenever a class attribute changes.  Entries hold a reference to their
 * name, so a name's address cannot be reused for another string while the entry lives; values
 * are borrowed, which is safe because changing a dict entry of a type always bumps the tag.
 *
 * Classes (type_new) get CPython 3.11's instance layout: the object header, then __slots__
 * members, then the __weakref__ slot; __dict__ lives in a pre-header before the GC header
 * (TPFLAGS_MANAGED_DICT), so `class A: pass` instances take 56 bytes as in CPython.  Subclasses
 * of variable-size types (int, tuple) keep their dict at the end of the items instead.  A class
 * whose instances have a __dict__ owns shared keys (ht_cached_keys, see containers.h): instances
 * made by object.__new__ keep their attributes in a values array (pre-header word -32) and get a
 * dict object only when __dict__ is asked for; their traverse, clear and dealloc visit the array.
 *
 * The subclass registry (tp_subclasses) maps id(subclass) to a weak reference to it, as
 * CPython's (so weakref.getweakrefcount(cls) is 1 and the reference is one of the objects a
 * class statement makes); a class removes itself from its bases' registries when it dies. */
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "funcobj.h"
#include "weakref.h"
#include "../runtime/gc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int (*hook_super_args)(TypeObject **type, Object **obj) = NULL;
void (*hook_clear_weakrefs)(Object *o) = NULL;

static bool is_type(Object *o) { return TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TYPE_SUBCLASS); }

#define VISIT(o) \
    do { Object *v_ = OBJ(o); if (v_) { int r_ = visit(v_, arg); if (r_) return r_; } } while (0)

bool type_is_subtype(TypeObject *a, TypeObject *b) {
    if (a == b) return true;
    Object *mro = a->tp_mro;
    if (mro) {
        ssize_t n = TUPLE_LEN(mro);
        for (ssize_t i = 1; i < n; i++)
            if (TUPLE_GET(mro, i) == OBJ(b)) return true;
        return false;
    }
    /* Not readied yet: follow the single-inheritance chain. */
    for (a = a->tp_base; a; a = a->tp_base)
        if (a == b) return true;
    return b == &BaseObjectType;
}

/* ---- version tags and the method cache ------------------------------------------------------- */

/* 2**12 entries, CPython's size: large enough for the working set of a program's hot attribute
 * names, small enough to stay in cache. */
#define MCACHE_SIZE_EXP 12
#define MCACHE_SIZE (1u << MCACHE_SIZE_EXP)
#define MCACHE_HASH(version, name) \
    (((uint32_t)(version) ^ (uint32_t)((uintptr_t)(name) >> 3)) & (MCACHE_SIZE - 1))

typedef struct MCacheEntry { uint32_t version; Object *name; Object *value; } MCacheEntry;
static MCacheEntry mcache[MCACHE_SIZE];

/* 0 means "no tag"; tags are never reused, so a stale cache entry can never match. */
static uint32_t next_version_tag = 1;

static bool assign_version_tag(TypeObject *t) {
    if (t->tp_flags & TPFLAGS_VALID_VERSION_TAG) return true;
    if (!(t->tp_flags & TPFLAGS_READY) || next_version_tag == 0) return false;
    t->tp_version_tag = next_version_tag++;
    t->tp_flags |= TPFLAGS_VALID_VERSION_TAG;
    Object *bases = t->tp_bases;
    for (ssize_t i = 0; bases && i < TUPLE_LEN(bases); i++)
        if (!assign_version_tag((TypeObject *)TUPLE_GET(bases, i))) return false;
    return true;
}

uint32_t type_version(TypeObject *t) { return assign_version_tag(t) ? t->tp_version_tag : 0; }

void type_modified(TypeObject *t) {
    if (!(t->tp_flags & TPFLAGS_VALID_VERSION_TAG)) return;
    if (t->tp_subclasses) {
        ssize_t pos = 0;
        Object *v;
        while (dict_next(t->tp_subclasses, &pos, NULL, &v))
            if (WEAKREF_GET(v) != NONE) type_modified((TypeObject *)WEAKREF_GET(v));
    }
    t->tp_flags &= ~TPFLAGS_VALID_VERSION_TAG;
    t->tp_version_tag = 0;
}

static int64_t name_hash(Object *name) {
    if (IS_STR_EXACT(name)) {
        int64_t h = ((StrObject *)name)->hash;
        return h != -1 ? h : str_hash(name);
    }
    return obj_hash(name);
}

/* Borrowed reference or NULL (never an exception). */
static Object *find_name_in_mro(TypeObject *type, Object *name) {
    Object *mro = type->tp_mro;
    if (!mro) {
        if (type->tp_flags & TPFLAGS_READYING) return NULL;
        if (type_ready(type) < 0) { err_clear(); return NULL; }
        mro = type->tp_mro;
    }
    int64_t h = name_hash(name);
    if (h == -1) { err_clear(); return NULL; }
    ssize_t n = TUPLE_LEN(mro);
    for (ssize_t i = 0; i < n; i++) {
        Object *d = ((TypeObject *)TUPLE_GET(mro, i))->tp_dict;
        if (!d) continue;
        Object *r = dict_getitem_hash(d, name, h);
        if (r) return r;
        if (err_occurred()) { err_clear(); return NULL; }
    }
    return NULL;
}

Object *type_lookup(TypeObject *type, Object *name) {
    bool cacheable = IS_STR_EXACT(name) && ((StrObject *)name)->state.interned;
    if (cacheable && (type->tp_flags & TPFLAGS_VALID_VERSION_TAG)) {
        MCacheEntry *e = &mcache[MCACHE_HASH(type->tp_version_tag, name)];
        if (e->version == type->tp_version_tag && e->name == name) return e->value;
    }
    Object *r = find_name_in_mro(type, name);
    if (cacheable && assign_version_tag(type)) {
        MCacheEntry *e = &mcache[MCACHE_HASH(type->tp_version_tag, name)];
        e->version = type->tp_version_tag;
        e->value = r;
        SETREF(e->name, NEWREF(name));
    }
    return r;
}

/* ---- the subclass registry ------------------------------------------------------------------- */

static Object *id_key(TypeObject *t) { return int_from_ulonglong((uintptr_t)t); }

static int add_subclass(TypeObject *base, TypeObject *t) {
    if (!base->tp_subclasses && !(base->tp_subclasses = dict_new())) return -1;
    Object *k = id_key(t), *ref = k ? weakref_new_ref((Object *)t, NULL) : NULL;
    int r = ref ? dict_setitem(base->tp_subclasses, k, ref) : -1;
    XDECREF(k);
    XDECREF(ref);
    return r;
}

static void remove_subclass(TypeObject *base, TypeObject *t) {
    if (!base->tp_subclasses) return;
    Object *k = id_key(t);
    if (!k || dict_delitem(base->tp_subclasses, k) < 0) err_clear();
    XDECREF(k);
}

Object *type_subclasses_list(TypeObject *t) {
    Object *l = list_new(0);
    if (!l || !t->tp_subclasses) return l;
    ssize_t pos = 0;
    Object *v;
    while (dict_next(t->tp_subclasses, &pos, NULL, &v)) {
        if (WEAKREF_GET(v) != NONE && list_append(l, WEAKREF_GET(v)) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    return l;
}

/* ---- names ----------------------------------------------------------------------------------- */

/* The part of a static type's tp_name after the last dot ("collections.OrderedDict"). */
static const char *short_name(TypeObject *t) {
    const char *dot = strrchr(t->tp_name, '.');
    return dot ? dot + 1 : t->tp_name;
}

static Object *type_name(TypeObject *t) {
    if (t->tp_flags & TPFLAGS_HEAPTYPE) return NEWREF(((HeapTypeObject *)t)->ht_name);
    return str_from_cstr(short_name(t));
}

Object *type_get_qualname(TypeObject *t) {
    if (t->tp_flags & TPFLAGS_HEAPTYPE) return NEWREF(((HeapTypeObject *)t)->ht_qualname);
    return str_from_cstr(short_name(t));
}

Object *type_get_module(TypeObject *t) {
    if (t->tp_flags & TPFLAGS_HEAPTYPE) {
        Object *m = dict_getitem(t->tp_dict, ID(__module__));
        if (!m) {
            if (!err_occurred()) err_set_string(&Exc_AttributeError, "__module__");
            return NULL;
        }
        return NEWREF(m);
    }
    const char *dot = strrchr(t->tp_name, '.');
    if (dot) return str_from_utf8(t->tp_name, dot - t->tp_name);
    return str_intern_cstr("builtins");
}

/* ---- MRO ------------------------------------------------------------------------------------ */

static bool tail_contains(Object *seq, ssize_t from, Object *o) {
    for (ssize_t i = from + 1; i < TUPLE_LEN(seq); i++)
        if (TUPLE_GET(seq, i) == o) return true;
    return false;
}

static void set_mro_error(Object **seqs, ssize_t *remain, ssize_t n) {
    StrBuilder sb;
    sb_init(&sb);
    Object *seen[64];
    int nseen = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (remain[i] >= TUPLE_LEN(seqs[i])) continue;
        Object *c = TUPLE_GET(seqs[i], remain[i]);
        bool dup = false;
        for (int j = 0; j < nseen; j++) dup |= seen[j] == c;
        if (dup || nseen == 64) continue;
        seen[nseen++] = c;
        if (nseen > 1) sb_append_cstr(&sb, ", ");
        Object *name = type_name((TypeObject *)c);
        if (name) { sb_append_str(&sb, name); DECREF(name); }
    }
    Object *names = sb_finish(&sb);
    if (!names) return;
    err_format(&Exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for "
               "bases %U", names);
    DECREF(names);
}

/* C3 linearisation of t and its bases: a new tuple. */
static Object *mro_implementation(TypeObject *t) {
    Object *bases = t->tp_bases;
    ssize_t n = TUPLE_LEN(bases);
    for (ssize_t i = 0; i < n; i++) {
        TypeObject *b = (TypeObject *)TUPLE_GET(bases, i);
        if (!b->tp_mro)
            return err_format(&Exc_TypeError, "Cannot extend an incomplete type '%.100s'",
                              b->tp_name);
    }
    if (n == 1) {
        /* Single inheritance, the common case: (t,) + base.__mro__. */
        Object *bm = ((TypeObject *)TUPLE_GET(bases, 0))->tp_mro;
        ssize_t k = TUPLE_LEN(bm);
        Object *r = tuple_new(k + 1);
        if (!r) return NULL;
        TUPLE_SET(r, 0, NEWREF_(t));
        for (ssize_t i = 0; i < k; i++) TUPLE_SET(r, i + 1, NEWREF(TUPLE_GET(bm, i)));
        return r;
    }
    for (ssize_t i = 0; i < n; i++)
        for (ssize_t j = i + 1; j < n; j++)
            if (TUPLE_GET(bases, i) == TUPLE_GET(bases, j)) {
                Object *name = type_name((TypeObject *)TUPLE_GET(bases, i));
                if (name) {
                    err_format(&Exc_TypeError, "duplicate base class %U", name);
                    DECREF(name);
                }
                return NULL;
            }
    /* Merge the bases' MROs and the list of bases: repeatedly take the first head that is in
     * no sequence's tail. */
    ssize_t nseq = n + 1;
    Object **seqs = mem_alloc((size_t)nseq * sizeof(Object *));
    ssize_t *remain = mem_calloc((size_t)nseq, sizeof(ssize_t));
    Object *result = list_new(0);
    if (!seqs || !remain || !result) { err_no_memory(); goto fail; }
    for (ssize_t i = 0; i < n; i++) seqs[i] = ((TypeObject *)TUPLE_GET(bases, i))->tp_mro;
    seqs[n] = bases;
    if (list_append(result, OBJ(t)) < 0) goto fail;
again:;
    ssize_t empty = 0;
    for (ssize_t i = 0; i < nseq; i++) {
        if (remain[i] >= TUPLE_LEN(seqs[i])) { empty++; continue; }
        Object *cand = TUPLE_GET(seqs[i], remain[i]);
        bool in_tail = false;
        for (ssize_t j = 0; j < nseq && !in_tail; j++)
            in_tail = tail_contains(seqs[j], remain[j], cand);
        if (in_tail) continue;
        if (list_append(result, cand) < 0) goto fail;
        for (ssize_t j = 0; j < nseq; j++)
            if (remain[j] < TUPLE_LEN(seqs[j]) && TUPLE_GET(seqs[j], remain[j]) == cand)
                remain[j]++;
        goto again;
    }
    if (empty != nseq) { set_mro_error(seqs, remain, nseq); goto fail; }
    mem_free(seqs);
    mem_free(remain);
    Object *tup = list_as_tuple(result);
    DECREF(result);
    return tup;
fail:
    mem_free(seqs);
    mem_free(remain);
    XDECREF(result);
    return NULL;
}

/* A metaclass may override mro(); the result must be a sequence of classes. */
static Object *mro_internal_compute(TypeObject *t) {
    TypeObject *meta = TYPE(t);
    if (meta != &TypeType) {
        Object *m = type_lookup(meta, ID(mro));
        Object *dflt = TypeType.tp_dict ? dict_getitem(TypeType.tp_dict, ID(mro)) : NULL;
        if (m && m != dflt) {
            Object *r = obj_call_method(OBJ(t), "mro", NULL, 0);
            if (!r) return NULL;
            Object *tup = seq_tuple(r);
            DECREF(r);
            if (!tup) return NULL;
            for (ssize_t i = 0; i < TUPLE_LEN(tup); i++) {
                Object *c = TUPLE_GET(tup, i);
                if (!is_type(c)) {
                    err_format(&Exc_TypeError, "mro() returned a non-class ('%.500s')",
                               TYPE(c)->tp_name);
                    DECREF(tup);
                    return NULL;
                }
            }
            return tup;
        }
    }
    return mro_implementation(t);
}

static int mro_internal(TypeObject *t) {
    Object *mro = mro_internal_compute(t);
    if (!mro) return -1;
    SETREF(t->tp_mro, mro);
    type_modified(t);
    return 0;
}

/* ---- readying ----------------------------------------------------------------------------- */

/* Fill the NULL function pointers of a slot table from another (tables are arrays of function
 * pointers; memcpy keeps the accesses free of aliasing trouble). */
static void inherit_table(void *dst, const void *src, size_t size) {
    for (size_t off = 0; off < size; off += sizeof(void *)) {
        void *d, *s;
        memcpy(&d, (char *)dst + off, sizeof d);
        if (d) continue;
        memcpy(&s, (const char *)src + off, sizeof s);
        if (s) memcpy((char *)dst + off, &s, sizeof s);
    }
}

/* The TPFLAGS_*_SUBCLASS bits: inherited so that IS_INT(x) etc. stay single flag tests. */
#define SUBCLASS_FLAGS (TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS | \
                        TPFLAGS_BYTES_SUBCLASS | TPFLAGS_UNICODE_SUBCLASS | \
                        TPFLAGS_DICT_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | \
                        TPFLAGS_TYPE_SUBCLASS)

static void inherit_special(TypeObject *t, TypeObject *base) {
    if (!(t->tp_flags & TPFLAGS_HAVE_GC) && (base->tp_flags & TPFLAGS_HAVE_GC) &&
        !t->tp_traverse && !t->tp_clear) {
        t->tp_flags |= TPFLAGS_HAVE_GC;
        t->tp_traverse = base->tp_traverse;
        t->tp_clear = base->tp_clear;
    }
    t->tp_flags |= base->tp_flags & (SUBCLASS_FLAGS | TPFLAGS_MANAGED_DICT);
    if (!t->tp_basicsize) t->tp_basicsize = base->tp_basicsize;
    if (!t->tp_itemsize) t->tp_itemsize = base->tp_itemsize;
    if (!t->tp_weaklistoffset) t->tp_weaklistoffset = base->tp_weaklistoffset;
    if (!t->tp_dictoffset) t->tp_dictoffset = base->tp_dictoffset;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) {
        /* Static types without a table of their own share their base's. */
        if (!t->tp_as_number) t->tp_as_number = base->tp_as_number;
        if (!t->tp_as_sequence) t->tp_as_sequence = base->tp_as_sequence;
        if (!t->tp_as_mapping) t->tp_as_mapping = base->tp_as_mapping;
    }
}

#define COPYSLOT(f) do { if (!t->f) t->f = b->f; } while (0)

static void inherit_slots(TypeObject *t, TypeObject *b, bool overrides_hash) {
    if (t->tp_as_number && b->tp_as_number && t->tp_as_number != b->tp_as_number)
        inherit_table(t->tp_as_number, b->tp_as_number, sizeof(NumberMethods));
    if (t->tp_as_sequence && b->tp_as_sequence && t->tp_as_sequence != b->tp_as_sequence)
        inherit_table(t->tp_as_sequence, b->tp_as_sequence, sizeof(SequenceMethods));
    if (t->tp_as_mapping && b->tp_as_mapping && t->tp_as_mapping != b->tp_as_mapping)
        inherit_table(t->tp_as_mapping, b->tp_as_mapping, sizeof(MappingMethods));
    COPYSLOT(tp_dealloc);
    COPYSLOT(tp_repr);
    COPYSLOT(tp_call);
    COPYSLOT(tp_str);
    COPYSLOT(tp_getattro);
    COPYSLOT(tp_setattro);
    /* __eq__ and __hash__ go together: a type defining either inherits neither. */
    if (!t->tp_richcompare && !t->tp_hash && !overrides_hash) {
        t->tp_richcompare = b->tp_richcompare;
        t->tp_hash = b->tp_hash;
    }
    COPYSLOT(tp_iter);
    COPYSLOT(tp_iternext);
    COPYSLOT(tp_descr_get);
    COPYSLOT(tp_descr_set);
    COPYSLOT(tp_init);
    COPYSLOT(tp_finalize);
    COPYSLOT(tp_free);
}

static int dict_set_new(Object *dict, const char *name, Object *v) {
    if (!v) return -1;
    Object *k = str_intern_cstr(name);
    int r = k ? dict_setitem(dict, k, v) : -1;
    XDECREF(k);
    DECREF(v);
    return r;
}

static int add_methods(TypeObject *t) {
    for (MethodDef *ml = t->tp_methods; ml && ml->name; ml++) {
        Object *d;
        if (ml->flags & METH_CLASS) d = descr_new_classmethod(t, ml);
        else if (ml->flags & METH_STATIC) d = descr_new_static(t, ml);
        else d = descr_new_method(t, ml);
        if (dict_set_new(t->tp_dict, ml->name, d) < 0) return -1;
    }
    for (MemberDef *m = t->tp_members; m && m->name; m++)
        if (dict_set_new(t->tp_dict, m->name, descr_new_member(t, m)) < 0) return -1;
    for (GetSetDef *g = t->tp_getset; g && g->name; g++)
        if (dict_set_new(t->tp_dict, g->name, descr_new_getset(t, g)) < 0) return -1;
    return 0;
}

/* tp_new: kept and exposed as __new__, inherited, or (for static types deriving straight from
 * object without one) left NULL so that the type cannot be instantiated from Python. */
static int ready_new(TypeObject *t, TypeObject *base) {
    if (t->tp_new) {
        int has = dict_contains(t->tp_dict, ID(__new__));
        if (has < 0) return -1;
        if (!has) {
            Object *f = cfunction_new(&type_new_methoddef, OBJ(t), NULL);
            if (!f) return -1;
            int r = dict_setitem(t->tp_dict, ID(__new__), f);
            DECREF(f);
            return r;
        }
        return 0;
    }
    if (base == &BaseObjectType && !(t->tp_flags & TPFLAGS_HEAPTYPE)) return 0;
    if (base) t->tp_new = base->tp_new;
    return 0;
}

static int ready_doc(TypeObject *t) {
    int has = dict_contains(t->tp_dict, ID(__doc__));
    if (has) return has < 0 ? -1 : 0;
    Object *doc;
    if (t->tp_doc && !(t->tp_flags & TPFLAGS_HEAPTYPE))
        doc = cfunction_doc_from(short_name(t), t->tp_doc);
    else
        doc = NEWREF(NONE);
    if (!doc) return -1;
    int r = dict_setitem(t->tp_dict, ID(__doc__), doc);
    DECREF(doc);
    return r;
}

static int ready_inner(TypeObject *t) {
    TypeObject *base = t->tp_base;
    if (!base && t != &BaseObjectType) base = t->tp_base = &BaseObjectType;
    if (base && !(base->tp_flags & TPFLAGS_READY) && type_ready(base) < 0) return -1;
    if (!TYPE(t) && base) TYPE(t) = TYPE(base);
    if (!t->tp_bases) {
        t->tp_bases = base ? tuple_pack(1, base) : NEWREF(empty_tuple);
        if (!t->tp_bases) return -1;
    }
    Object *bases = t->tp_bases;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        TypeObject *b = (TypeObject *)TUPLE_GET(bases, i);
        if (!(b->tp_flags & TPFLAGS_READY) && type_ready(b) < 0) return -1;
    }
    if (!t->tp_dict && !(t->tp_dict = dict_new())) return -1;
    if (mro_internal(t) < 0) return -1;
    if (base) inherit_special(t, base);
    if (ready_new(t, base) < 0) return -1;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) {
        slots_init();
        if (slots_add_wrappers(t) < 0) return -1;
    }
    if (add_methods(t) < 0 || ready_doc(t) < 0) return -1;
    int eq = dict_contains(t->tp_dict, ID(__eq__));
    int hash = dict_contains(t->tp_dict, ID(__hash__));
    if (eq < 0 || hash < 0) return -1;
    Object *mro = t->tp_mro;
    for (ssize_t i = 1; i < TUPLE_LEN(mro); i++)
        inherit_slots(t, (TypeObject *)TUPLE_GET(mro, i), eq || hash);
    if (!t->tp_hash && !hash) {
        /* Defining __eq__ without __hash__ makes instances unhashable. */
        if (dict_setitem(t->tp_dict, ID(__hash__), NONE) < 0) return -1;
        t->tp_hash = obj_hash_not_implemented;
    }
    if (!t->tp_free) t->tp_free = obj_free;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++)
        if (add_subclass((TypeObject *)TUPLE_GET(bases, i), t) < 0) return -1;
    return 0;
}

/* The types every type_ready needs working (descriptors are created, and may be released, while
 * filling any type's dict): readied first, whatever order the init functions run in. */
static int ready_core_types(void) {
    static bool done;
    static TypeObject *const core[] = {
        &BaseObjectType, &TypeType, &CFunctionType, &MethodDescrType, &ClassMethodDescrType,
        &MemberDescrType, &GetSetDescrType, &WrapperDescrType, &MethodWrapperType,
        &ClassMethodType, &StaticMethodType,
    };
    if (done) return 0;
    done = true;
    slots_init();
    for (size_t i = 0; i < sizeof core / sizeof *core; i++)
        if (type_ready(core[i]) < 0) return -1;
    return 0;
}

int type_ready(TypeObject *t) {
    if (t->tp_flags & (TPFLAGS_READY | TPFLAGS_READYING)) return 0;
    if (ready_core_types() < 0) return -1;
    if (t->tp_flags & TPFLAGS_READY) return 0;
    t->tp_flags |= TPFLAGS_READYING;
    int r = ready_inner(t);
    t->tp_flags &= ~TPFLAGS_READYING;
    if (r == 0) t->tp_flags |= TPFLAGS_READY;
    return r;
}

/* ---- instances of classes -------------------------------------------------------------------- */

/* Heap types keep their __slots__ members right after the HeapTypeObject (CPython's
 * PyHeapType_GET_MEMBERS); tp_members points there. */
static void clear_slots(TypeObject *t, Object *self) {
    for (MemberDef *m = t->tp_members; m && m->name; m++) {
        if (m->type != T_OBJECT_EX || (m->flags & READONLY)) continue;
        Object **p = (Object **)((char *)self + m->offset);
        CLEAR(*p);
    }
}

static void subtype_dealloc(Object *self);
static int subtype_traverse(Object *self, visitproc visit, void *arg);
static int subtype_clear(Object *self);

/* The nearest base whose dealloc is not subtype_dealloc: the C type that owns the memory. */
static TypeObject *solid_dealloc_base(TypeObject *t) {
    while (t->tp_dealloc == subtype_dealloc) t = t->tp_base;
    return t;
}

static bool finalized(Object *o) { return AS_GC(o)->gc_prev & 1; }

static void subtype_dealloc(Object *self) {
    TypeObject *type = TYPE(self), *base = solid_dealloc_base(type);
    if (type->tp_finalize && !finalized(self)) {
        /* PEP 442: run __del__ once, on a temporarily revived object; it may resurrect it. */
        self->ob_refcnt = 1;
        type->tp_finalize(self);
        AS_GC(self)->gc_prev |= 1;
        if (--self->ob_refcnt != 0) return;
    }
    gc_untrack(self);
    if (hook_clear_weakrefs && type->tp_weaklistoffset && !base->tp_weaklistoffset)
        hook_clear_weakrefs(self);
    for (TypeObject *t = type; t != base; t = t->tp_base) clear_slots(t, self);
    if (type->tp_flags & TPFLAGS_MANAGED_DICT) {
        /* Either the values array or the dict, never both. */
        if (*MANAGED_DICT_PTR(self)) CLEAR(*MANAGED_DICT_PTR(self));
        else instance_values_free(self);
    } else if (type->tp_dictoffset && !base->tp_dictoffset) {
        Object **dp = obj_dict_ptr(self);
        if (dp) CLEAR(*dp);
    }
    base->tp_dealloc(self);
    /* Instances own a reference to their class (taken by obj_alloc). */
    DECREF(type);
}

static int subtype_traverse(Object *self, visitproc visit, void *arg) {
    TypeObject *type = TYPE(self), *base = type;
    while (base->tp_traverse == subtype_traverse) {
        for (MemberDef *m = base->tp_members; m && m->name; m++)
            if (m->type == T_OBJECT_EX) VISIT(*(Object **)((char *)self + m->offset));
        base = base->tp_base;
    }
    if (type->tp_flags & TPFLAGS_MANAGED_DICT) {
        /* The attributes themselves, in entry order, as CPython's subtype_traverse. */
        int r = instance_values_traverse(self, visit, arg);
        if (r) return r;
        VISIT(*MANAGED_DICT_PTR(self));
    } else if (type->tp_dictoffset != base->tp_dictoffset) {
        Object **dp = obj_dict_ptr(self);
        if (dp) VISIT(*dp);
    }
    VISIT(type);
    return base->tp_traverse ? base->tp_traverse(self, visit, arg) : 0;
}

static int subtype_clear(Object *self) {
    TypeObject *type = TYPE(self), *base = type;
    while (base->tp_clear == subtype_clear) {
        clear_slots(base, self);
        base = base->tp_base;
    }
    if (type->tp_flags & TPFLAGS_MANAGED_DICT) {
        instance_values_clear(self);
        CLEAR(*MANAGED_DICT_PTR(self));
    } else if (type->tp_dictoffset != base->tp_dictoffset) {
        Object **dp = obj_dict_ptr(self);
        if (dp) CLEAR(*dp);
    }
    return base->tp_clear ? base->tp_clear(self) : 0;
}

/* CPython's PyObject_GenericGetDict: a values array becomes a split dict; a missing dict is
 * made split over the class's shared keys, except for managed dicts (a plain one). */
static Object *subtype_get_dict(Object *self, void *closure) {
    TypeObject *t = TYPE(self);
    if (t->tp_flags & TPFLAGS_MANAGED_DICT) {
        Object **dp = MANAGED_DICT_PTR(self);
        if (*INSTANCE_VALUES_PTR(self)) {
            if (!instance_materialize_dict(self)) return NULL;
        } else if (!*dp && !(*dp = dict_new())) {
            return NULL;
        }
        return NEWREF(*dp);
    }
    Object **dp = obj_dict_ptr(self);
    if (!dp) return err_format(&Exc_AttributeError, "This object has no __dict__");
    if (!*dp && !(*dp = dict_new_for_instance(t))) return NULL;
    return NEWREF(*dp);
}

static int subtype_set_dict(Object *self, Object *value, void *closure) {
    /* The values array goes into a dict first, which the new one then replaces. */
    if ((TYPE(self)->tp_flags & TPFLAGS_MANAGED_DICT) && *INSTANCE_VALUES_PTR(self) &&
        !instance_materialize_dict(self))
        return -1;
    Object **dp = obj_dict_ptr(self);
    if (!dp) {
        err_set_string(&Exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !IS_DICT(value)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                   TYPE(value)->tp_name);
        return -1;
    }
    Object *old = *dp;
    *dp = value ? NEWREF(value) : NULL;
    XDECREF(old);
    return 0;
}

static Object *subtype_get_weakref(Object *self, void *closure) {
    Object *w = *(Object **)((char *)self + TYPE(self)->tp_weaklistoffset);
    return NEWREF(w ? w : NONE);
}

#define DICT_DOC "dictionary for instance variables"
#define WEAKREF_DOC "list of weak references to the object"
static GetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, DICT_DOC},
    {"__weakref__", subtype_get_weakref, NULL, WEAKREF_DOC},
    {NULL}
};
static GetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, DICT_DOC},
    {NULL}
};
static GetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_get_weakref, NULL, WEAKREF_DOC},
    {NULL}
};

/* ---- creating classes ------------------------------------------------------------------------ */

TypeObject *type_calculate_metaclass(TypeObject *meta, Object *bases) {
    TypeObject *winner = meta;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        TypeObject *t = TYPE(TUPLE_GET(bases, i));
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) { winner = t; continue; }
        err_set_string(&Exc_TypeError, "metaclass conflict: the metaclass of a derived class "
                       "must be a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Does t add C fields to base's layout (ignoring a __dict__ or __weakref__ slot it added)? */
static bool extra_ivars(TypeObject *t, TypeObject *base) {
    ssize_t ts = t->tp_basicsize, bs = base->tp_basicsize;
    if (t->tp_itemsize || base->tp_itemsize)
        return ts != bs || t->tp_itemsize != base->tp_itemsize;
    bool heap = t->tp_flags & TPFLAGS_HEAPTYPE;
    if (heap && t->tp_weaklistoffset && !base->tp_weaklistoffset &&
        t->tp_weaklistoffset + (ssize_t)sizeof(Object *) == ts)
        ts -= sizeof(Object *);
    if (heap && t->tp_dictoffset > 0 && !base->tp_dictoffset &&
        t->tp_dictoffset + (ssize_t)sizeof(Object *) == ts)
        ts -= sizeof(Object *);
    return ts != bs;
}

/* The most derived base that fixes the instance layout. */
static TypeObject *solid_base(TypeObject *t) {
    TypeObject *base = t->tp_base ? solid_base(t->tp_base) : &BaseObjectType;
    return extra_ivars(t, base) ? t : base;
}

static TypeObject *best_base(Object *bases) {
    TypeObject *base = NULL, *winner = NULL;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        Object *b = TUPLE_GET(bases, i);
        if (!is_type(b)) {
            err_set_string(&Exc_TypeError, "bases must be types");
            return NULL;
        }
        TypeObject *bt = (TypeObject *)b;
        if (!(bt->tp_flags & TPFLAGS_READY) && type_ready(bt) < 0) return NULL;
        if (!(bt->tp_flags & TPFLAGS_BASETYPE)) {
            err_format(&Exc_TypeError, "type '%.100s' is not an acceptable base type",
                       bt->tp_name);
            return NULL;
        }
        TypeObject *cand = solid_base(bt);
        if (!winner) { winner = cand; base = bt; }
        else if (type_is_subtype(winner, cand)) ;
        else if (type_is_subtype(cand, winner)) { winner = cand; base = bt; }
        else {
            err_set_string(&Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* Private name mangling of __slots__ entries: "__x" in class _A becomes "_A__x". */
static Object *mangle(Object *cls, Object *name) {
    ssize_t n = STR_LEN(name);
    if (n < 2 || STR_AT(name, 0) != '_' || STR_AT(name, 1) != '_') return NEWREF(name);
    if (n >= 4 && STR_AT(name, n - 1) == '_' && STR_AT(name, n - 2) == '_') return NEWREF(name);
    if (str_find_char(name, '.', 0, n) >= 0) return NEWREF(name);
    ssize_t i = 0, cn = STR_LEN(cls);
    while (i < cn && STR_AT(cls, i) == '_') i++;
    if (i == cn) return NEWREF(name);
    Object *stripped = str_substring(cls, i, cn);
    if (!stripped) return NULL;
    Object *r = str_from_format("_%U%U", stripped, name);
    DECREF(stripped);
    if (r) str_intern_in_place(&r);
    return r;
}

typedef struct SlotsInfo {
    Object *names;           /* sorted tuple of the mangled member names, or NULL */
    bool add_dict, add_weak;
} SlotsInfo;

static int process_slots(Object *dict, Object *name, TypeObject *base, SlotsInfo *si) {
    bool may_dict = base->tp_dictoffset == 0;
    bool may_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    Object *slots = dict_getitem(dict, ID(__slots__));
    si->names = NULL;
    if (!slots) {
        if (err_occurred()) return -1;
        si->add_dict = may_dict;
        si->add_weak = may_weak;
        return 0;
    }
    si->add_dict = si->add_weak = false;
    Object *seq = IS_STR(slots) ? tuple_pack(1, slots) : seq_tuple(slots);
    if (!seq) return -1;
    Object *list = list_new(0);
    if (!list) goto fail;
    ssize_t n = TUPLE_LEN(seq);
    if (n > 0 && base->tp_itemsize) {
        err_format(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->tp_name);
        goto fail;
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *s = TUPLE_GET(seq, i);
        if (!IS_STR(s)) {
            err_format(&Exc_TypeError, "__slots__ items must be strings, not '%.200s'",
                       TYPE(s)->tp_name);
            goto fail;
        }
        if (!str_is_identifier(s)) {
            err_set_string(&Exc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (str_eq(s, ID(__dict__))) {
            if (!may_dict || si->add_dict) {
                err_set_string(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            si->add_dict = true;
            continue;
        }
        if (str_eq(s, ID(__weakref__))) {
            if (!may_weak || si->add_weak) {
                err_set_string(&Exc_TypeError, "__weakref__ slot disallowed: either we already "
                               "got one, or __itemsize__ != 0");
                goto fail;
            }
            si->add_weak = true;
            continue;
        }
        Object *m = mangle(name, s);
        if (!m) goto fail;
        int clash = dict_contains(dict, m);
        if (clash) {
            if (clash > 0)
                err_format(&Exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            DECREF(m);
            goto fail;
        }
        int r = list_append(list, m);
        DECREF(m);
        if (r < 0) goto fail;
    }
    if (list_sort(list) < 0) goto fail;
    si->names = list_as_tuple(list);
    DECREF(list);
    DECREF(seq);
    return si->names ? 0 : -1;
fail:
    XDECREF(list);
    DECREF(seq);
    return -1;
}

/* __new__ is an implicit staticmethod; __init_subclass__ and __class_getitem__ are implicit
 * classmethods. */
static int wrap_implicit(Object *dict, Object *name, Object *(*wrap)(Object *)) {
    Object *f = dict_getitem(dict, name);
    if (!f || !IS_FUNCTION(f)) return err_occurred() ? -1 : 0;
    Object *w = wrap(f);
    if (!w) return -1;
    int r = dict_setitem(dict, name, w);
    DECREF(w);
    return r;
}

static int set_names(TypeObject *t) {
    Object *copy = dict_copy(t->tp_dict);
    if (!copy) return -1;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(copy, &pos, &k, &v)) {
        Object *f = obj_lookup_special(v, ID(__set_name__));
        if (!f) {
            if (err_occurred()) goto fail;
            continue;
        }
        Object *r = obj_call2(f, OBJ(t), k);
        DECREF(f);
        if (!r) {
            Object *cause = err_fetch();
            err_format(&Exc_RuntimeError, "Error calling __set_name__ on '%.100s' instance %R "
                       "in '%.100s'", TYPE(v)->tp_name, k, t->tp_name);
            Object *exc = err_fetch();
            exc_set_context(exc, NEWREF(cause));
            exc_set_cause(exc, cause);
            err_restore(exc);
            goto fail;
        }
        DECREF(r);
    }
    DECREF(copy);
    return 0;
fail:
    DECREF(copy);
    return -1;
}

/* super(type, obj).name: borrowed, NULL when absent. */
static Object *super_find(TypeObject *type, TypeObject *start, Object *name) {
    Object *mro = start->tp_mro;
    if (!mro) return NULL;
    ssize_t n = TUPLE_LEN(mro), i = 0;
    while (i < n && TUPLE_GET(mro, i) != OBJ(type)) i++;
    for (i++; i < n; i++) {
        Object *r = dict_getitem(((TypeObject *)TUPLE_GET(mro, i))->tp_dict, name);
        if (r || err_occurred()) return r;
    }
    return NULL;
}

/* super(t, t).__init_subclass__(**kwargs). */
static int init_subclass(TypeObject *t, Object *const *kwvals, Object *kwnames) {
    Object *f = super_find(t, t, ID(__init_subclass__));
    if (!f) return err_occurred() ? -1 : 0;
    descrgetfunc get = TYPE(f)->tp_descr_get;
    f = get ? get(f, NULL, OBJ(t)) : NEWREF(f);
    if (!f) return -1;
    Object *r = obj_call(f, kwvals, 0, kwnames);
    DECREF(f);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *type_new_impl(TypeObject *meta, Object *name, Object *bases, Object *orig,
                             Object *const *kwvals, Object *kwnames) {
    TypeObject *base;
    if (TUPLE_LEN(bases) == 0) {
        base = &BaseObjectType;
        bases = tuple_pack(1, base);
        if (!bases) return NULL;
    } else {
        for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
            Object *b = TUPLE_GET(bases, i);
            if (is_type(b)) continue;
            int has = obj_hasattr(b, ID(__mro_entries__));
            if (has)
                return err_format(&Exc_TypeError, "type() doesn't support MRO entry resolution; "
                                  "use types.new_class()");
        }
        if (!(base = best_base(bases))) return NULL;
        INCREF(bases);
    }
    Object *dict = dict_copy(orig);
    SlotsInfo si = { NULL, false, false };
    HeapTypeObject *ht = NULL;
    if (!dict || process_slots(dict, name, base, &si) < 0) goto fail;
    ssize_t nslots = si.names ? TUPLE_LEN(si.names) : 0;
    /* One more MemberDef than slots: the table's NULL terminator. */
    ht = (HeapTypeObject *)obj_alloc_var(meta, nslots + 1);
    if (!ht) goto fail;
    TypeObject *t = &ht->ht_type;
    t->tp_flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
    t->tp_as_number = &ht->as_number;
    t->tp_as_sequence = &ht->as_sequence;
    t->tp_as_mapping = &ht->as_mapping;
    t->tp_bases = bases;
    bases = NULL;
    t->tp_base = (TypeObject *)NEWREF_(base);
    t->tp_dict = dict;
    dict = NULL;
    t->tp_dealloc = subtype_dealloc;
    t->tp_traverse = subtype_traverse;
    t->tp_clear = subtype_clear;
    t->tp_free = obj_free;
    ht->ht_name = NEWREF(name);
    ht->ht_slots = si.names;
    si.names = NULL;
    ssize_t ulen;
    const char *tp_name = str_as_utf8_len(name, &ulen);
    if (!tp_name) goto fail_t;
    if ((ssize_t)strlen(tp_name) != ulen) {
        err_set_string(&Exc_ValueError, "type name must not contain null characters");
        goto fail_t;
    }
    t->tp_name = tp_name;

    Object *d = t->tp_dict;
    int has = dict_contains(d, ID(__module__));
    if (has < 0) goto fail_t;
    if (!has && hook_get_globals) {
        Object *g = hook_get_globals();
        Object *mod = g ? dict_getitem(g, ID(__name__)) : NULL;
        if (mod && dict_setitem(d, ID(__module__), mod) < 0) goto fail_t;
    }
    Object *q = dict_getitem(d, ID(__qualname__));
    if (q) {
        if (!IS_STR(q)) {
            err_format(&Exc_TypeError, "type __qualname__ must be a str, not %s", TYPE(q)->tp_name);
            goto fail_t;
        }
        ht->ht_qualname = NEWREF(q);
        if (dict_delitem(d, ID(__qualname__)) < 0) goto fail_t;
    } else {
        ht->ht_qualname = NEWREF(name);
    }
    if (wrap_implicit(d, ID(__new__), staticmethod_new) < 0 ||
        wrap_implicit(d, ID(__init_subclass__), classmethod_new) < 0 ||
        wrap_implicit(d, ID(__class_getitem__), classmethod_new) < 0)
        goto fail_t;

    /* Layout: header (base's fields), __slots__ members, __weakref__; the __dict__ lives in the
     * pre-header, or after the items of a variable-size base. */
    ssize_t off = base->tp_basicsize;
    MemberDef *members = (MemberDef *)((char *)ht + meta->tp_basicsize);
    for (ssize_t i = 0; i < nslots; i++) {
        members[i].name = str_as_utf8(TUPLE_GET(ht->ht_slots, i));
        members[i].type = T_OBJECT_EX;
        members[i].offset = off;
        off += sizeof(Object *);
    }
    t->tp_members = members;
    if (si.add_dict && base->tp_itemsize) {
        t->tp_dictoffset = -(ssize_t)sizeof(Object *);
        off += sizeof(Object *);
    }
    if (si.add_weak) {
        t->tp_weaklistoffset = off;
        off += sizeof(Object *);
    }
    if (si.add_dict && !base->tp_itemsize) {
        t->tp_flags |= TPFLAGS_MANAGED_DICT;
        t->tp_dictoffset = -off - 3 * (ssize_t)sizeof(Object *);   /* what 3.11 reports */
    }
    t->tp_basicsize = off;
    t->tp_itemsize = base->tp_itemsize;
    if (t->tp_weaklistoffset && t->tp_dictoffset) t->tp_getset = subtype_getsets_full;
    else if (t->tp_weaklistoffset) t->tp_getset = subtype_getsets_weakref_only;
    else if (t->tp_dictoffset) t->tp_getset = subtype_getsets_dict_only;

    if (type_ready(t) < 0) goto fail_t;
    slots_fixup(t);
    /* Classes whose instances keep their __dict__ in the pre-header share its keys. */
    if (t->tp_flags & TPFLAGS_MANAGED_DICT) CACHED_KEYS(t) = dict_keys_for_class();

    Object *cell = dict_getitem(d, ID(__classcell__));
    if (cell) {
        if (!IS_CELL(cell)) {
            err_format(&Exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                       OBJ(TYPE(cell)));
            goto fail_t;
        }
        cell_set(cell, OBJ(t));
        if (dict_delitem(d, ID(__classcell__)) < 0) goto fail_t;
    }
    if (set_names(t) < 0 || init_subclass(t, kwvals, kwnames) < 0) goto fail_t;
    return OBJ(t);
fail:
    XDECREF(bases);
    XDECREF(dict);
    XDECREF(si.names);
    return NULL;
fail_t:
    DECREF(ht);
    return NULL;
}

static Object *type_new(TypeObject *meta, Object *const *args, ssize_t nargs, Object *kwnames) {
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (meta == &TypeType && nargs == 1 && nkw == 0) return NEWREF_(TYPE(args[0]));
    if (nargs != 3)
        return err_format(&Exc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                          nargs);
    Object *name = args[0], *bases = args[1], *dict = args[2];
    if (!IS_STR(name))
        return err_format(&Exc_TypeError, "type.__new__() argument 1 must be str, not %.200s",
                          TYPE(name)->tp_name);
    if (!IS_TUPLE(bases))
        return err_format(&Exc_TypeError, "type.__new__() argument 2 must be tuple, not %.200s",
                          TYPE(bases)->tp_name);
    if (!IS_DICT(dict))
        return err_format(&Exc_TypeError, "type.__new__() argument 3 must be dict, not %.200s",
                          TYPE(dict)->tp_name);
    TypeObject *winner = type_calculate_metaclass(meta, bases);
    if (!winner) return NULL;
    if (winner != meta) {
        if (winner->tp_new != type_new) return winner->tp_new(winner, args, nargs, kwnames);
        meta = winner;
    }
    return type_new_impl(meta, name, bases, dict, args + nargs, kwnames);
}

/* ---- type's slots ---------------------------------------------------------------------------- */

static Object *type_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames) {
    TypeObject *type = (TypeObject *)callable;
    if (type->tp_vectorcall) return type->tp_vectorcall(callable, args, nargs, kwnames);
    if (type == &TypeType) {
        ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
        if (nargs == 1 && nkw == 0) return NEWREF_(TYPE(args[0]));
        if (nargs != 1 && nargs != 3)
            return err_format(&Exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!type->tp_new)
        return err_format(&Exc_TypeError, "cannot create '%s' instances", type->tp_name);
    Object *obj = type->tp_new(type, args, nargs, kwnames);
    if (!obj) return NULL;
    /* __new__ returning something else than an instance skips __init__. */
    if (!type_is_subtype(TYPE(obj), type)) return obj;
    type = TYPE(obj);
    if (type->tp_init && type->tp_init(obj, args, nargs, kwnames) < 0) {
        DECREF(obj);
        return NULL;
    }
    return obj;
}

static int type_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs == 1 && kwnames && TUPLE_LEN(kwnames) > 0) {
        err_set_string(&Exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        err_set_string(&Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static Object *type_repr(Object *self) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) return str_from_format("<class '%s'>", t->tp_name);
    Object *mod = type_get_module(t);
    if (!mod) err_clear();
    Object *qual = type_get_qualname(t), *r;
    if (mod && IS_STR(mod) && !str_eq_cstr(mod, "builtins"))
        r = str_from_format("<class '%U.%U'>", mod, qual);
    else
        r = str_from_format("<class '%U'>", qual);
    XDECREF(mod);
    DECREF(qual);
    return r;
}

static Object *type_getattro(Object *self, Object *name) {
    TypeObject *type = (TypeObject *)self, *meta = TYPE(self);
    if (!IS_STR(name))
        return err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                          TYPE(name)->tp_name);
    if (!(type->tp_flags & TPFLAGS_READY) && type_ready(type) < 0) return NULL;
    Object *meta_attr = type_lookup(meta, name), *r;
    descrgetfunc meta_get = NULL;
    if (meta_attr) {
        INCREF(meta_attr);
        meta_get = TYPE(meta_attr)->tp_descr_get;
        if (meta_get && TYPE(meta_attr)->tp_descr_set) {
            r = meta_get(meta_attr, self, OBJ(meta));
            DECREF(meta_attr);
            return r;
        }
    }
    Object *attr = type_lookup(type, name);
    if (attr) {
        XDECREF(meta_attr);
        descrgetfunc get = TYPE(attr)->tp_descr_get;
        if (!get) return NEWREF(attr);
        INCREF(attr);
        r = get(attr, NULL, self);
        DECREF(attr);
        return r;
    }
    if (meta_get) {
        r = meta_get(meta_attr, self, OBJ(meta));
        DECREF(meta_attr);
        return r;
    }
    if (meta_attr) return meta_attr;
    return err_format(&Exc_AttributeError, "type object '%.50s' has no attribute '%U'",
                      type->tp_name, name);
}

static bool is_dunder(Object *name) {
    ssize_t n = STR_LEN(name);
    return n > 4 && STR_AT(name, 0) == '_' && STR_AT(name, 1) == '_' &&
           STR_AT(name, n - 1) == '_' && STR_AT(name, n - 2) == '_';
}

static int type_setattro(Object *self, Object *name, Object *value) {
    TypeObject *type = (TypeObject *)self;
    if (!IS_STR(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                   TYPE(name)->tp_name);
        return -1;
    }
    if (!(type->tp_flags & TPFLAGS_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                   type->tp_name);
        return -1;
    }
    INCREF(name);
    if (IS_STR_EXACT(name) && !((StrObject *)name)->state.interned) str_intern_in_place(&name);
    int r;
    Object *descr = type_lookup(TYPE(self), name);
    descrsetfunc set = descr ? TYPE(descr)->tp_descr_set : NULL;
    if (set) {
        INCREF(descr);
        r = set(descr, self, value);
        DECREF(descr);
    } else {
        /* Invalidate first: the old value's release may run code that looks the name up. */
        type_modified(type);
        if (value) {
            r = dict_setitem(type->tp_dict, name, value);
        } else {
            r = dict_delitem(type->tp_dict, name);
            if (r < 0 && err_matches(&Exc_KeyError)) {
                err_clear();
                err_format(&Exc_AttributeError, "type object '%.50s' has no attribute '%U'",
                           type->tp_name, name);
            }
        }
    }
    if (r == 0) {
        type_modified(type);
        if (is_dunder(name)) slots_update(type, name);
    }
    DECREF(name);
    return r;
}

static void type_dealloc(Object *self) {
    TypeObject *t = (TypeObject *)self;
    HeapTypeObject *ht = (HeapTypeObject *)self;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) {
        fprintf(stderr, "Fatal error: deallocating static type %s\n", t->tp_name);
        abort();
    }
    gc_untrack(self);
    /* A class dying while an exception is pending (a failed class creation) keeps it. */
    Object *exc = err_fetch();
    type_modified(t);
    if (t->tp_bases)
        for (ssize_t i = 0; i < TUPLE_LEN(t->tp_bases); i++)
            remove_subclass((TypeObject *)TUPLE_GET(t->tp_bases, i), t);
    if (hook_clear_weakrefs) hook_clear_weakrefs(self);
    XDECREF(t->tp_base);
    CLEAR(t->tp_dict);
    CLEAR(t->tp_bases);
    CLEAR(t->tp_mro);
    CLEAR(t->tp_subclasses);
    CLEAR(ht->ht_name);
    CLEAR(ht->ht_qualname);
    CLEAR(ht->ht_slots);
    CLEAR(ht->ht_module);
    dict_keys_release(((ClassObject *)self)->ht_cached_keys);
    ((ClassObject *)self)->ht_cached_keys = NULL;
    err_restore(exc);
    TYPE(self)->tp_free(self);
}

static int type_traverse(Object *self, visitproc visit, void *arg) {
    TypeObject *t = (TypeObject *)self;
    /* Static types are not allocated objects: the collector must not follow them. */
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) return 0;
    VISIT(t->tp_dict);
    VISIT(t->tp_mro);
    VISIT(t->tp_bases);
    VISIT(t->tp_base);
    VISIT(((HeapTypeObject *)t)->ht_module);
    return 0;
}

static int type_clear(Object *self) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) return 0;
    type_modified(t);
    if (t->tp_dict) dict_clear(t->tp_dict);
    CLEAR(t->tp_mro);
    return 0;
}

/* ---- type's attributes ----------------------------------------------------------------------- */

/* CPython's check_set_special_type_attr. */
static int check_special_set(TypeObject *t, Object *value, const char *name) {
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                   t->tp_name);
        return -1;
    }
    if (!value) {
        err_format(&Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                   t->tp_name);
        return -1;
    }
    return 0;
}

static Object *type_get_name_attr(Object *self, void *c) { return type_name((TypeObject *)self); }

static int type_set_name_attr(Object *self, Object *value, void *c) {
    TypeObject *t = (TypeObject *)self;
    if (check_special_set(t, value, "__name__") < 0) return -1;
    if (!IS_STR(value)) {
        err_format(&Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->tp_name,
                   TYPE(value)->tp_name);
        return -1;
    }
    ssize_t n;
    const char *u = str_as_utf8_len(value, &n);
    if (!u) return -1;
    if ((ssize_t)strlen(u) != n) {
        err_set_string(&Exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    HeapTypeObject *ht = (HeapTypeObject *)t;
    Object *old = ht->ht_name;
    ht->ht_name = NEWREF(value);
    t->tp_name = u;
    DECREF(old);
    return 0;
}

static Object *type_get_qualname_attr(Object *self, void *c) {
    return type_get_qualname((TypeObject *)self);
}

static int type_set_qualname_attr(Object *self, Object *value, void *c) {
    TypeObject *t = (TypeObject *)self;
    if (check_special_set(t, value, "__qualname__") < 0) return -1;
    if (!IS_STR(value)) {
        err_format(&Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                   t->tp_name, TYPE(value)->tp_name);
        return -1;
    }
    SETREF(((HeapTypeObject *)t)->ht_qualname, NEWREF(value));
    return 0;
}

static Object *type_get_module_attr(Object *self, void *c) {
    return type_get_module((TypeObject *)self);
}

/* Store a special attribute in the class dict (__module__, __doc__). */
static int set_in_dict(Object *self, Object *name, Object *value, const char *cname) {
    TypeObject *t = (TypeObject *)self;
    if (check_special_set(t, value, cname) < 0) return -1;
    type_modified(t);
    return dict_setitem(t->tp_dict, name, value);
}

static int type_set_module_attr(Object *self, Object *value, void *c) {
    return set_in_dict(self, ID(__module__), value, "__module__");
}

static Object *type_get_bases(Object *self, void *c) {
    return NEWREF(((TypeObject *)self)->tp_bases);
}

/* Recompute the MRO and slots of t and every class below it after a __bases__ change. */
static int mro_hierarchy(TypeObject *t) {
    if (mro_internal(t) < 0) return -1;
    slots_fixup(t);
    Object *subs = type_subclasses_list(t);
    if (!subs) return -1;
    for (ssize_t i = 0; i < LIST_LEN(subs); i++)
        if (mro_hierarchy((TypeObject *)LIST_GET(subs, i)) < 0) { DECREF(subs); return -1; }
    DECREF(subs);
    return 0;
}

static int type_set_bases(Object *self, Object *value, void *c) {
    TypeObject *t = (TypeObject *)self;
    if (check_special_set(t, value, "__bases__") < 0) return -1;
    if (!IS_TUPLE(value)) {
        err_format(&Exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->tp_name,
                   TYPE(value)->tp_name);
        return -1;
    }
    if (TUPLE_LEN(value) == 0) {
        err_format(&Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                   t->tp_name);
        return -1;
    }
    for (ssize_t i = 0; i < TUPLE_LEN(value); i++) {
        Object *b = TUPLE_GET(value, i);
        if (!is_type(b)) {
            err_format(&Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                       t->tp_name, TYPE(b)->tp_name);
            return -1;
        }
        if (type_is_subtype((TypeObject *)b, t)) {
            err_set_string(&Exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    TypeObject *nb = best_base(value);
    if (!nb) return -1;
    TypeObject *ob = t->tp_base;
    if (solid_base(nb) != solid_base(ob) ||
        solid_dealloc_base(nb)->tp_dealloc != solid_dealloc_base(ob)->tp_dealloc) {
        err_format(&Exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                   nb->tp_name, ob->tp_name);
        return -1;
    }
    Object *old_bases = t->tp_bases;
    for (ssize_t i = 0; i < TUPLE_LEN(old_bases); i++)
        remove_subclass((TypeObject *)TUPLE_GET(old_bases, i), t);
    t->tp_bases = NEWREF(value);
    t->tp_base = (TypeObject *)NEWREF_(nb);
    int r = mro_hierarchy(t);
    if (r < 0) {
        /* Put everything back as it was. */
        Object *exc = err_fetch();
        SETREF(t->tp_bases, old_bases);
        old_bases = NULL;
        SETREF(t->tp_base, ob);
        ob = NULL;
        mro_hierarchy(t);
        err_clear();
        err_restore(exc);
    }
    for (ssize_t i = 0; i < TUPLE_LEN(t->tp_bases); i++)
        add_subclass((TypeObject *)TUPLE_GET(t->tp_bases, i), t);
    XDECREF(old_bases);
    XDECREF(ob);
    type_modified(t);
    return r;
}

static Object *type_get_dict(Object *self, void *c) {
    return mappingproxy_new(((TypeObject *)self)->tp_dict);
}

static Object *type_get_doc(Object *self, void *c) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE) && t->tp_doc)
        return cfunction_doc_from(short_name(t), t->tp_doc);
    Object *d = dict_getitem(t->tp_dict, ID(__doc__));
    if (!d) return err_occurred() ? NULL : NEWREF(NONE);
    descrgetfunc get = TYPE(d)->tp_descr_get;
    return get ? get(d, NULL, self) : NEWREF(d);
}

static int type_set_doc(Object *self, Object *value, void *c) {
    return set_in_dict(self, ID(__doc__), value, "__doc__");
}

static Object *type_get_abstract(Object *self, void *c) {
    Object *r = self == OBJ(&TypeType) ? NULL
                : dict_getitem(((TypeObject *)self)->tp_dict, ID(__abstractmethods__));
    if (!r) {
        if (!err_occurred()) err_set_string(&Exc_AttributeError, "__abstractmethods__");
        return NULL;
    }
    return NEWREF(r);
}

static int type_set_abstract(Object *self, Object *value, void *c) {
    TypeObject *t = (TypeObject *)self;
    int abstract = 0, r;
    if (value) {
        abstract = obj_is_true(value);
        if (abstract < 0) return -1;
        r = dict_setitem(t->tp_dict, ID(__abstractmethods__), value);
    } else {
        r = dict_delitem(t->tp_dict, ID(__abstractmethods__));
        if (r < 0 && err_matches(&Exc_KeyError)) {
            err_clear();
            err_set_string(&Exc_AttributeError, "__abstractmethods__");
        }
    }
    if (r < 0) return -1;
    type_modified(t);
    if (abstract) t->tp_flags |= TPFLAGS_IS_ABSTRACT;
    else t->tp_flags &= ~TPFLAGS_IS_ABSTRACT;
    return 0;
}

static Object *type_get_annotations(Object *self, void *c) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE))
        return err_format(&Exc_AttributeError, "type object '%s' has no attribute "
                          "'__annotations__'", t->tp_name);
    Object *a = dict_getitem(t->tp_dict, ID(__annotations__));
    if (a) {
        descrgetfunc get = TYPE(a)->tp_descr_get;
        return get ? get(a, NULL, self) : NEWREF(a);
    }
    if (err_occurred()) return NULL;
    a = dict_new();
    if (a && dict_setitem(t->tp_dict, ID(__annotations__), a) < 0) CLEAR(a);
    if (a) type_modified(t);
    return a;
}

static int type_set_annotations(Object *self, Object *value, void *c) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->tp_flags & TPFLAGS_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '__annotations__' attribute of immutable type "
                   "'%s'", t->tp_name);
        return -1;
    }
    int r;
    if (value) {
        r = dict_setitem(t->tp_dict, ID(__annotations__), value);
    } else {
        r = dict_delitem(t->tp_dict, ID(__annotations__));
        if (r < 0 && err_matches(&Exc_KeyError)) {
            err_clear();
            err_set_string(&Exc_AttributeError, "__annotations__");
        }
    }
    type_modified(t);
    return r;
}

static GetSetDef type_getsets[] = {
    {"__name__", type_get_name_attr, type_set_name_attr, NULL},
    {"__qualname__", type_get_qualname_attr, type_set_qualname_attr, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
    {"__module__", type_get_module_attr, type_set_module_attr, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {NULL}
};

static MemberDef type_members[] = {
    {"__basicsize__", T_SSIZE, offsetof(TypeObject, tp_basicsize), READONLY},
    {"__itemsize__", T_SSIZE, offsetof(TypeObject, tp_itemsize), READONLY},
    {"__flags__", T_SSIZE, offsetof(TypeObject, tp_flags), READONLY},
    {"__weakrefoffset__", T_SSIZE, offsetof(TypeObject, tp_weaklistoffset), READONLY},
    {"__base__", T_OBJECT, offsetof(TypeObject, tp_base), READONLY},
    {"__dictoffset__", T_SSIZE, offsetof(TypeObject, tp_dictoffset), READONLY},
    {"__mro__", T_OBJECT, offsetof(TypeObject, tp_mro), READONLY},
    {NULL}
};

static Object *type_mro_method(Object *self, Object *unused) {
    Object *t = mro_implementation((TypeObject *)self);
    if (!t) return NULL;
    Object *l = seq_list(t);
    DECREF(t);
    return l;
}

static Object *type_subclasses(Object *self, Object *unused) {
    return type_subclasses_list((TypeObject *)self);
}

static Object *type_prepare(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames) {
    return dict_new();
}

static Object *type_dir(Object *self, Object *unused) {
    Object *d = dict_new();
    if (!d) return NULL;
    if (merge_class_dict(d, self) < 0) { DECREF(d); return NULL; }
    Object *r = dict_keys_list(d);
    DECREF(d);
    return r;
}

static Object *type_sizeof(Object *self, Object *unused) {
    TypeObject *t = (TypeObject *)self;
    ssize_t size = sizeof(TypeObject);
    if (t->tp_flags & TPFLAGS_HEAPTYPE) {
        /* As CPython: the class and its shared keys, not its __slots__ members. */
        size = sizeof(ClassObject);
        if (CACHED_KEYS(t)) size += dict_keys_sizeof(CACHED_KEYS(t));
    }
    return int_from_ssize(size);
}

static MethodDef type_methods[] = {
    {"mro", (void *)type_mro_method, METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", (void *)type_subclasses, METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__prepare__", (void *)type_prepare, METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", (void *)type_instancecheck_impl, METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", (void *)type_subclasscheck_impl, METH_O,
     "Check if a class is a subclass."},
    {"__dir__", (void *)type_dir, METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", (void *)type_sizeof, METH_NOARGS,
     "Return memory consumption of the type object."},
    {NULL}
};

/* T.__new__(S, ...): the built-in method every type with tp_new exposes. */
static Object *tp_new_wrapper(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    TypeObject *type = (TypeObject *)self;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
    Object *arg0 = args[0];
    if (!is_type(arg0))
        return err_format(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          type->tp_name, TYPE(arg0)->tp_name);
    TypeObject *sub = (TypeObject *)arg0;
    if (!type_is_subtype(sub, type))
        return err_format(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          type->tp_name, sub->tp_name, sub->tp_name, type->tp_name);
    /* The C type that lays out sub's instances must be this one (or share its tp_new). */
    TypeObject *staticbase = sub;
    while (staticbase && staticbase->tp_new == slot_tp_new) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->tp_new != type->tp_new)
        return err_format(&Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          type->tp_name, sub->tp_name, staticbase->tp_name);
    return type->tp_new(sub, args + 1, nargs - 1, kwnames);
}

MethodDef type_new_methoddef = {
    "__new__", (void *)tp_new_wrapper, METH_FASTCALL | METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."
};

/* X | Y of classes: a types.UnionType (unionobject.c). */
static NumberMethods type_as_number = { .nb_or = union_type_or };

TypeObject TypeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "type",
    .tp_as_number = &type_as_number,
    .tp_basicsize = sizeof(ClassObject),
    .tp_itemsize = sizeof(MemberDef),
    .tp_dealloc = type_dealloc,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_TYPE_SUBCLASS,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getsets,
    .tp_base = &BaseObjectType,
    .tp_dictoffset = offsetof(TypeObject, tp_dict),
    .tp_weaklistoffset = offsetof(TypeObject, tp_weaklist),
    .tp_init = type_init,
    .tp_new = type_new,
    .tp_free = obj_free,
};

/* ---- super ----------------------------------------------------------------------------------- */

typedef struct SuperObject {
    OB_HEAD;
    TypeObject *type;       /* the class super() was called in */
    Object *obj;            /* the instance or class it binds to, or NULL */
    TypeObject *obj_type;   /* obj's type, or obj itself when it is a subclass of type */
} SuperObject;

/* The type whose MRO super(type, obj) walks: new reference, or NULL with TypeError. */
static TypeObject *supercheck(TypeObject *type, Object *obj) {
    if (is_type(obj) && type_is_subtype((TypeObject *)obj, type))
        return (TypeObject *)NEWREF(obj);
    if (type_is_subtype(TYPE(obj), type)) return (TypeObject *)NEWREF_(TYPE(obj));
    Object *cls;
    if (obj_lookup_attr(obj, ID(__class__), &cls) < 0) return NULL;
    if (cls) {
        if (is_type(cls) && cls != OBJ(TYPE(obj)) && type_is_subtype((TypeObject *)cls, type))
            return (TypeObject *)cls;
        DECREF(cls);
    }
    err_set_string(&Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_set(SuperObject *su, TypeObject *type, Object *obj) {
    TypeObject *obj_type = NULL;
    if (obj == NONE) obj = NULL;
    if (obj) {
        if (!(obj_type = supercheck(type, obj))) return -1;
        INCREF(obj);
    }
    INCREF(type);
    SETREF(su->type, type);
    SETREF(su->obj, obj);
    SETREF(su->obj_type, obj_type);
    return 0;
}

static int super_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (args_no_kwargs("super", kwnames) < 0) return -1;
    if (args_check_positional("super", nargs, 0, 2) < 0) return -1;
    TypeObject *type;
    Object *obj = NULL;
    if (nargs == 0) {
        if (!hook_super_args) {
            err_set_string(&Exc_RuntimeError, "super(): no arguments");
            return -1;
        }
        if (hook_super_args(&type, &obj) < 0) return -1;
    } else {
        if (!is_type(args[0])) {
            err_format(&Exc_TypeError, "super() argument 1 must be a type, not %.200s",
                       TYPE(args[0])->tp_name);
            return -1;
        }
        type = (TypeObject *)args[0];
        if (nargs == 2) obj = args[1];
    }
    return super_set((SuperObject *)self, type, obj);
}

static Object *super_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    return obj_alloc(type);
}

/* super(...) itself, without going through type_call. */
static Object *super_vectorcall(Object *callable, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    Object *su = obj_alloc(&SuperType);
    if (su && super_init(su, args, nargs, kwnames) < 0) CLEAR(su);
    return su;
}

static void super_dealloc(Object *self) {
    SuperObject *su = (SuperObject *)self;
    gc_untrack(self);
    CLEAR(su->obj);
    CLEAR(su->type);
    CLEAR(su->obj_type);
    TYPE(self)->tp_free(self);
}

static int super_traverse(Object *self, visitproc visit, void *arg) {
    SuperObject *su = (SuperObject *)self;
    VISIT(su->obj);
    VISIT(su->type);
    VISIT(su->obj_type);
    return 0;
}

static Object *super_repr(Object *self) {
    SuperObject *su = (SuperObject *)self;
    if (su->obj_type)
        return str_from_format("<super: <class '%s'>, <%s object>>",
                               su->type ? su->type->tp_name : "NULL", su->obj_type->tp_name);
    return str_from_format("<super: <class '%s'>, NULL>", su->type ? su->type->tp_name : "NULL");
}

static Object *super_getattro(Object *self, Object *name) {
    SuperObject *su = (SuperObject *)self;
    TypeObject *start = su->obj_type;
    /* super().__class__ is the super object's own class. */
    if (start && IS_STR(name) && !str_eq(name, ID(__class__))) {
        Object *res = super_find(su->type, start, name);
        if (res) {
            descrgetfunc get = TYPE(res)->tp_descr_get;
            if (!get) return NEWREF(res);
            INCREF(res);
            Object *r = get(res, su->obj == OBJ(start) ? NULL : su->obj, OBJ(start));
            DECREF(res);
            return r;
        }
        if (err_occurred()) return NULL;
    }
    return obj_generic_getattr(self, name);
}

static Object *super_descr_get(Object *self, Object *obj, Object *type) {
    SuperObject *su = (SuperObject *)self;
    if (!obj || obj == NONE || su->obj) return NEWREF(self);
    Object *n = obj_alloc(TYPE(self));
    if (n && super_set((SuperObject *)n, su->type, obj) < 0) CLEAR(n);
    return n;
}

static MemberDef super_members[] = {
    {"__thisclass__", T_OBJECT, offsetof(SuperObject, type), READONLY,
     "the class invoking super()"},
    {"__self__", T_OBJECT, offsetof(SuperObject, obj), READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", T_OBJECT, offsetof(SuperObject, obj_type), READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL}
};

TypeObject SuperType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(SuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_new = super_new,
    .tp_vectorcall = super_vectorcall,
};

/* ---- start-up -------------------------------------------------------------------------------- */

void types_init(void) {
    static TypeObject *const types[] = {
        &BaseObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType, &SuperType,
        &CFunctionType, &MethodDescrType, &ClassMethodDescrType, &MemberDescrType,
        &GetSetDescrType, &WrapperDescrType, &MethodWrapperType, &ClassMethodType,
        &StaticMethodType, &PropertyType, &MappingProxyType,
    };
    slots_init();
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        if (type_ready(types[i]) < 0) {
            fprintf(stderr, "Fatal error: cannot initialise type %s\n", types[i]->tp_name);
            abort();
        }
    }
}
