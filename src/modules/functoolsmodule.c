/* functoolsmodule.c — _functools: the parts of functools that must be fast, in C (as CPython's
 * _functools).  src/lib/functools.py builds the module users import on top of these.
 *
 *   reduce(function, iterable[, initial])
 *   partial        a callable holding a function and leading arguments.  A partial of a partial
 *                  (whose __call__ is still partial's and which has no __dict__) is flattened
 *                  at construction, so calls cost one level however they were built.
 *   cmp_to_key     returns a KeyWrapper callable making KeyWrapper instances, whose
 *                  comparisons call the old-style cmp function.
 *   _lru_cache_wrapper
 *                  the object lru_cache() returns.  Three strategies, chosen once by maxsize:
 *                  0 (no cache, count misses), None (an unbounded dict key -> result), and
 *                  bounded: a dict key -> LruNode plus a circular doubly-linked list of the
 *                  nodes in order of use (the oldest after the root), so a hit moves a node to
 *                  the end and a miss on a full cache evicts the node after the root.
 *                  Keys are built as CPython's: the positional arguments, then a marker object
 *                  and the keyword names and values, then (typed=True) the argument types; a
 *                  single exact int or str argument is its own key.
 *
 * Messages, reprs and attribute names follow CPython 3.11.  Pickling support (__reduce__,
 * __setstate__) is not provided. */
#include "modules.h"
#include "../runtime/gc.h"
#include "../objects/weakref.h"
#include <string.h>

#define VISIT(o) do { if ((o) && (r = visit(OBJ(o), arg)) != 0) return r; } while (0)

/* __dict__ of objects keeping it at a fixed field (partial, _lru_cache_wrapper). */
static Object *dict_field_get(Object **slot) {
    if (!*slot && !(*slot = dict_new())) return NULL;
    return NEWREF(*slot);
}

static int dict_field_set(Object **slot, Object *v) {
    if (!v) {
        err_set_string(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!IS_DICT(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                   TYPE(v)->tp_name);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}

static Object *class_getitem(Object *cls, Object *arg) {
    return generic_alias_new(cls, arg);    /* partial[int]: a types.GenericAlias */
}

/* ---- reduce --------------------------------------------------------------------------------- */

static Object *functools_reduce(Object *module, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && args_no_kwargs("reduce", kwnames) < 0) return NULL;
    if (args_check_positional("reduce", nargs, 2, 3) < 0) return NULL;
    Object *func = args[0];
    Object *it = obj_get_iter(args[1]);
    if (!it) {
        if (err_matches(&Exc_TypeError))
            err_set_string(&Exc_TypeError, "reduce() arg 2 must support iteration");
        return NULL;
    }
    Object *result = nargs > 2 ? NEWREF(args[2]) : NULL, *item;
    while ((item = iter_next(it))) {
        if (!result) {
            result = item;
            continue;
        }
        Object *r = obj_call2(func, result, item);
        DECREF(item);
        DECREF(result);
        if (!(result = r)) break;
    }
    DECREF(it);
    if (err_occurred()) { XDECREF(result); return NULL; }
    if (!result)
        err_set_string(&Exc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

/* ---- partial -------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *fn;
    Object *args;               /* tuple */
    Object *kw;                 /* dict */
    Object *dict;               /* __dict__, NULL until used */
    Object *weakreflist;
} PartialObject;

static TypeObject PartialType;
static Object *partial_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

static Object *partial_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    if (nargs < 1)
        return err_format(&Exc_TypeError, "type 'partial' takes at least one argument");
    Object *func = args[0], *pargs = empty_tuple, *pkw = NULL;
    if (IS_INSTANCE(func, &PartialType) && TYPE(func)->tp_call == partial_call &&
        !((PartialObject *)func)->dict) {
        PartialObject *inner = (PartialObject *)func;
        pargs = inner->args;
        pkw = inner->kw;
        func = inner->fn;
    }
    if (!obj_callable(func))
        return err_format(&Exc_TypeError, "the first argument must be callable");
    PartialObject *p = (PartialObject *)obj_alloc(type);
    if (!p) return NULL;
    p->fn = NEWREF(func);
    ssize_t n1 = TUPLE_LEN(pargs), n2 = nargs - 1;
    if (!(p->args = tuple_new(n1 + n2))) goto fail;
    for (ssize_t i = 0; i < n1; i++) TUPLE_SET(p->args, i, NEWREF(TUPLE_GET(pargs, i)));
    for (ssize_t i = 0; i < n2; i++) TUPLE_SET(p->args, n1 + i, NEWREF(args[1 + i]));
    if (!(p->kw = pkw ? dict_copy(pkw) : dict_new())) goto fail;
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (dict_setitem(p->kw, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) goto fail;
    return OBJ(p);
fail:
    DECREF(p);
    return NULL;
}

static void partial_dealloc(Object *self) {
    PartialObject *p = (PartialObject *)self;
    gc_untrack(self);
    if (p->weakreflist) weakref_clear_all(self);
    XDECREF(p->fn);
    XDECREF(p->args);
    XDECREF(p->kw);
    XDECREF(p->dict);
    TYPE(self)->tp_free(self);
}

static int partial_traverse(Object *self, visitproc visit, void *arg) {
    PartialObject *p = (PartialObject *)self;
    int r;
    VISIT(p->fn);
    VISIT(p->args);
    VISIT(p->kw);
    VISIT(p->dict);
    return 0;
}

static int partial_clear(Object *self) {
    PartialObject *p = (PartialObject *)self;
    CLEAR(p->fn);
    CLEAR(p->args);
    CLEAR(p->kw);
    CLEAR(p->dict);
    return 0;
}

/* fn(*p.args, *args, **{**p.kw, **kwargs}), with the arguments laid out in one C array. */
static Object *partial_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    PartialObject *p = (PartialObject *)self;
    ssize_t np = TUPLE_LEN(p->args), nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    ssize_t pkw = DICT_LEN(p->kw);
    if (np == 0 && pkw == 0) return obj_call(p->fn, args, nargs, kwnames);
    Object *small[16], **stack = small;
    ssize_t cap = np + nargs + nkw + pkw;
    if (cap > 16 && !(stack = mem_alloc((size_t)cap * sizeof(Object *)))) return err_no_memory();
    memcpy(stack, TUPLE_ITEMS(p->args), (size_t)np * sizeof(Object *));
    memcpy(stack + np, args, (size_t)nargs * sizeof(Object *));
    Object *r = NULL, *names = NULL, *merged = NULL;
    ssize_t total = np + nargs;
    if (pkw == 0) {
        memcpy(stack + total, args + nargs, (size_t)nkw * sizeof(Object *));
        r = obj_call(p->fn, stack, total, kwnames);
        goto done;
    }
    /* Call keywords override the stored ones: merge into a dict, then lay it out. */
    if (!(merged = dict_copy(p->kw))) goto done;
    for (ssize_t i = 0; i < nkw; i++)
        if (dict_setitem(merged, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) goto done;
    ssize_t nk = DICT_LEN(merged), pos = 0, i = 0;
    if (!(names = tuple_new(nk))) goto done;
    Object *k, *v;
    while (dict_next(merged, &pos, &k, &v)) {
        TUPLE_SET(names, i, NEWREF(k));
        stack[total + i++] = v;
    }
    r = obj_call(p->fn, stack, total, names);
done:
    XDECREF(names);
    XDECREF(merged);
    if (stack != small) mem_free(stack);
    return r;
}

static Object *partial_repr(Object *self) {
    PartialObject *p = (PartialObject *)self;
    int rc = repr_enter(self);
    if (rc < 0) return NULL;
    if (rc > 0) return str_from_cstr("...");
    StrBuilder sb;
    sb_init(&sb);
    Object *r = NULL;
    /* Hold the parts: the repr of an argument may change this partial. */
    Object *fn = NEWREF(p->fn), *pargs = NEWREF(p->args), *kw = NEWREF(p->kw);
    if (sb_append_format(&sb, "%s(%R", TYPE(self)->tp_name, fn) < 0) goto fail;
    for (ssize_t i = 0; i < TUPLE_LEN(pargs); i++)
        if (sb_append_format(&sb, ", %R", TUPLE_GET(pargs, i)) < 0) goto fail;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(kw, &pos, &k, &v))
        if (sb_append_format(&sb, ", %S=%R", k, v) < 0) goto fail;
    if (sb_append_cstr(&sb, ")") < 0) goto fail;
    r = sb_finish(&sb);
    goto out;
fail:
    sb_discard(&sb);
out:
    DECREF(fn);
    DECREF(pargs);
    DECREF(kw);
    repr_leave(self);
    return r;
}

static Object *partial_get_dict(Object *self, void *c) {
    return dict_field_get(&((PartialObject *)self)->dict);
}

static int partial_set_dict(Object *self, Object *v, void *c) {
    return dict_field_set(&((PartialObject *)self)->dict, v);
}

/* (type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or None)) */
static Object *partial_reduce(Object *self, Object *unused) {
    PartialObject *p = (PartialObject *)self;
    Object *kw = p->kw ? p->kw : NONE;
    Object *d = p->dict ? p->dict : NONE;
    Object *fnargs = tuple_pack(1, p->fn);
    Object *state = fnargs ? tuple_pack(4, p->fn, p->args, kw, d) : NULL;
    Object *r = state ? tuple_pack(3, OBJ(TYPE(self)), fnargs, state) : NULL;
    XDECREF(fnargs);
    XDECREF(state);
    return r;
}

static Object *partial_setstate(Object *self, Object *state) {
    PartialObject *p = (PartialObject *)self;
    if (!IS_TUPLE(state))
        return err_format(&Exc_TypeError, "argument to __setstate__ must be a tuple");
    if (TUPLE_LEN(state) != 4)
        return err_format(&Exc_TypeError, "expected 4 items in state, got %zd",
                          TUPLE_LEN(state));
    Object *fn = TUPLE_GET(state, 0), *fnargs = TUPLE_GET(state, 1);
    Object *kw = TUPLE_GET(state, 2), *d = TUPLE_GET(state, 3);
    if (!obj_callable(fn) || !IS_TUPLE(fnargs) || (kw != NONE && !IS_DICT(kw)))
        return err_format(&Exc_TypeError, "invalid partial state");
    Object *newargs = IS_TUPLE_EXACT(fnargs) ? NEWREF(fnargs)
                                             : tuple_from_array(TUPLE_ITEMS(fnargs),
                                                                TUPLE_LEN(fnargs));
    Object *newkw = kw == NONE ? dict_new() : dict_copy(kw);
    if (!newargs || !newkw) { XDECREF(newargs); XDECREF(newkw); return NULL; }
    SETREF(p->fn, NEWREF(fn));
    SETREF(p->args, newargs);
    SETREF(p->kw, newkw);
    if (d == NONE) CLEAR(p->dict);
    else SETREF(p->dict, NEWREF(d));
    RETURN_NONE;
}

static MemberDef partial_members[] = {
    {"func", T_OBJECT, offsetof(PartialObject, fn), READONLY,
     "function object to use in future partial calls"},
    {"args", T_OBJECT, offsetof(PartialObject, args), READONLY,
     "tuple of arguments to future partial calls"},
    {"keywords", T_OBJECT, offsetof(PartialObject, kw), READONLY,
     "dictionary of keyword arguments to future partial calls"},
    {NULL}
};

static GetSetDef partial_getset[] = {
    {"__dict__", partial_get_dict, partial_set_dict, NULL, NULL},
    {NULL}
};

static MethodDef partial_methods[] = {
    {"__reduce__", (void *)partial_reduce, METH_NOARGS, NULL},
    {"__setstate__", (void *)partial_setstate, METH_O, NULL},
    {"__class_getitem__", (void *)class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL}
};

static TypeObject PartialType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "functools.partial",
    .tp_basicsize = sizeof(PartialObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "partial(func, *args, **keywords) - new function with partial application\n"
              "    of the given arguments and keywords.\n",
    .tp_new = partial_new, .tp_dealloc = partial_dealloc, .tp_traverse = partial_traverse,
    .tp_clear = partial_clear, .tp_call = partial_call, .tp_repr = partial_repr,
    .tp_getattro = obj_generic_getattr, .tp_setattro = obj_generic_setattr,
    .tp_members = partial_members, .tp_getset = partial_getset, .tp_methods = partial_methods,
    .tp_dictoffset = offsetof(PartialObject, dict),
    .tp_weaklistoffset = offsetof(PartialObject, weakreflist),
};

/* ---- cmp_to_key ----------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *cmp;
    Object *object;             /* NULL in the callable cmp_to_key returns */
} KeyObject;

static TypeObject KeyType;

static Object *key_make(Object *cmp, Object *object) {
    KeyObject *k = (KeyObject *)obj_alloc(&KeyType);
    if (!k) return NULL;
    k->cmp = NEWREF(cmp);
    k->object = object ? NEWREF(object) : NULL;
    return OBJ(k);
}

static void key_dealloc(Object *self) {
    KeyObject *k = (KeyObject *)self;
    gc_untrack(self);
    XDECREF(k->cmp);
    XDECREF(k->object);
    TYPE(self)->tp_free(self);
}

static int key_traverse(Object *self, visitproc visit, void *arg) {
    KeyObject *k = (KeyObject *)self;
    int r;
    VISIT(k->cmp);
    VISIT(k->object);
    return 0;
}

static int key_clear(Object *self) {
    KeyObject *k = (KeyObject *)self;
    CLEAR(k->cmp);
    CLEAR(k->object);
    return 0;
}

static Object *key_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"obj", NULL};
    Object *a[1] = {NULL};
    if (args_parse("K", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    return key_make(((KeyObject *)self)->cmp, a[0]);
}

static Object *key_richcompare(Object *self, Object *other, int op) {
    if (TYPE(other) != &KeyType)
        return err_format(&Exc_TypeError, "other argument must be K instance");
    KeyObject *a = (KeyObject *)self, *b = (KeyObject *)other;
    if (!a->object || !b->object)
        return err_format(&Exc_AttributeError, "object");
    Object *res = obj_call2(a->cmp, a->object, b->object);
    if (!res) return NULL;
    Object *r = obj_richcompare(res, SMALL_INT(0), op);
    DECREF(res);
    return r;
}

static MemberDef key_members[] = {
    {"obj", T_OBJECT, offsetof(KeyObject, object), 0, "Value wrapped by a key function."},
    {NULL}
};

static TypeObject KeyType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "functools.KeyWrapper",
    .tp_basicsize = sizeof(KeyObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = key_dealloc, .tp_traverse = key_traverse, .tp_clear = key_clear,
    .tp_call = key_call, .tp_richcompare = key_richcompare,
    .tp_hash = obj_hash_not_implemented, .tp_members = key_members,
};

static Object *functools_cmp_to_key(Object *module, Object *const *args, ssize_t nargs,
                                    Object *kwnames) {
    static const char *const kwlist[] = {"mycmp", NULL};
    Object *a[1] = {NULL};
    if (args_parse("cmp_to_key", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    return key_make(a[0], NULL);
}

/* ---- _lru_cache_wrapper --------------------------------------------------------------------- */

typedef struct LruLink { struct LruLink *prev, *next; } LruLink;

/* A cache entry of a bounded cache: in the dict (as the value of its key) and in the list. */
typedef struct {
    OB_HEAD;
    LruLink link;
    Object *key, *result;
} LruNode;

static TypeObject LruNodeType;

typedef struct {
    OB_HEAD;
    Object *func;
    Object *cache;              /* dict */
    Object *cache_info_type;
    Object *dict;               /* __dict__ */
    Object *weakreflist;
    ssize_t maxsize;            /* -1: unbounded */
    bool typed;
    ssize_t hits, misses;
    LruLink root;               /* bounded: the list of nodes, oldest first */
} LruObject;

static Object *kwd_mark;        /* separates positional from keyword parts of keys */

static void lrunode_dealloc(Object *self) {
    LruNode *n = (LruNode *)self;
    XDECREF(n->key);
    XDECREF(n->result);
    TYPE(self)->tp_free(self);
}

static TypeObject LruNodeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "functools._lru_list_elem",
    .tp_basicsize = sizeof(LruNode),
    .tp_dealloc = lrunode_dealloc,
};

static inline void link_remove(LruLink *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

static inline void link_append(LruLink *root, LruLink *l) {
    l->prev = root->prev;
    l->next = root;
    root->prev->next = l;
    root->prev = l;
}

#define NODE_OF(l) ((LruNode *)((char *)(l) - offsetof(LruNode, link)))

/* The cache key of a call (new reference). */
static Object *make_key(Object *const *args, ssize_t nargs, Object *kwnames, bool typed) {
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (!typed && nkw == 0) {
        if (nargs == 1 && (IS_STR_EXACT(args[0]) || IS_INT_EXACT(args[0])))
            return NEWREF(args[0]);
        return tuple_from_array(args, nargs);
    }
    ssize_t size = nargs + (nkw ? 1 + 2 * nkw : 0) + (typed ? nargs + nkw : 0), j = 0;
    Object *key = tuple_new(size);
    if (!key) return NULL;
    for (ssize_t i = 0; i < nargs; i++) TUPLE_SET(key, j++, NEWREF(args[i]));
    if (nkw) {
        TUPLE_SET(key, j++, NEWREF(kwd_mark));
        for (ssize_t i = 0; i < nkw; i++) {
            TUPLE_SET(key, j++, NEWREF(TUPLE_GET(kwnames, i)));
            TUPLE_SET(key, j++, NEWREF(args[nargs + i]));
        }
    }
    if (typed) {
        for (ssize_t i = 0; i < nargs + nkw; i++) TUPLE_SET(key, j++, NEWREF_(TYPE(args[i])));
    }
    return key;
}

static Object *lru_uncached(LruObject *lru, Object *const *args, ssize_t nargs, Object *kw) {
    lru->misses++;
    return obj_call(lru->func, args, nargs, kw);
}

static Object *lru_unbounded(LruObject *lru, Object *const *args, ssize_t nargs, Object *kw) {
    Object *key = make_key(args, nargs, kw, lru->typed);
    if (!key) return NULL;
    int64_t hash = obj_hash(key);
    if (hash == -1) { DECREF(key); return NULL; }
    Object *r = dict_getitem_hash(lru->cache, key, hash);
    if (r) {
        lru->hits++;
        DECREF(key);
        return NEWREF(r);
    }
    if (err_occurred()) { DECREF(key); return NULL; }
    lru->misses++;
    r = obj_call(lru->func, args, nargs, kw);
    if (r && dict_setitem_hash(lru->cache, key, hash, r) < 0) CLEAR(r);
    DECREF(key);
    return r;
}

static Object *lru_bounded(LruObject *lru, Object *const *args, ssize_t nargs, Object *kw) {
    Object *key = make_key(args, nargs, kw, lru->typed);
    if (!key) return NULL;
    int64_t hash = obj_hash(key);
    if (hash == -1) { DECREF(key); return NULL; }
    LruNode *node = (LruNode *)dict_getitem_hash(lru->cache, key, hash);
    if (node) {
        link_remove(&node->link);
        link_append(&lru->root, &node->link);
        lru->hits++;
        DECREF(key);
        return NEWREF(node->result);
    }
    if (err_occurred()) { DECREF(key); return NULL; }
    lru->misses++;
    Object *result = obj_call(lru->func, args, nargs, kw);
    if (!result) { DECREF(key); return NULL; }
    /* The call may have cached this key itself (recursion): keep that entry. */
    if (dict_getitem_hash(lru->cache, key, hash) || err_occurred()) {
        DECREF(key);
        if (err_occurred()) CLEAR(result);
        return result;
    }
    if (DICT_LEN(lru->cache) >= lru->maxsize && lru->root.next != &lru->root) {
        LruNode *old = NODE_OF(lru->root.next);
        link_remove(&old->link);
        INCREF(old);
        int rc = dict_delitem(lru->cache, old->key);
        DECREF(old);
        if (rc < 0) { DECREF(key); DECREF(result); return NULL; }
    }
    node = (LruNode *)obj_alloc(&LruNodeType);
    if (!node) { DECREF(key); DECREF(result); return NULL; }
    node->key = key;
    node->result = NEWREF(result);
    if (dict_setitem_hash(lru->cache, key, hash, OBJ(node)) < 0) {
        DECREF(node);
        DECREF(result);
        return NULL;
    }
    link_append(&lru->root, &node->link);
    DECREF(node);
    return result;
}

static Object *lru_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    LruObject *lru = (LruObject *)self;
    if (lru->maxsize == 0) return lru_uncached(lru, args, nargs, kwnames);
    if (lru->maxsize < 0) return lru_unbounded(lru, args, nargs, kwnames);
    return lru_bounded(lru, args, nargs, kwnames);
}

static Object *lru_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"user_function", "maxsize", "typed", "cache_info_type",
                                         NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("_lru_cache_wrapper", args, nargs, kwnames, kwlist, 4, 4, a) < 0)
        return NULL;
    if (!obj_callable(a[0]))
        return err_format(&Exc_TypeError, "the first argument must be callable");
    ssize_t maxsize;
    if (a[1] == NONE) {
        maxsize = -1;
    } else if (IS_INT(a[1])) {
        maxsize = num_as_ssize(a[1], &Exc_OverflowError);
        if (maxsize == -1 && err_occurred()) return NULL;
        if (maxsize < 0) maxsize = 0;
    } else {
        return err_format(&Exc_TypeError, "maxsize should be integer or None");
    }
    int typed = obj_is_true(a[2]);
    if (typed < 0) return NULL;
    Object *cache = dict_new();
    if (!cache) return NULL;
    LruObject *lru = (LruObject *)obj_alloc(type);
    if (!lru) { DECREF(cache); return NULL; }
    lru->func = NEWREF(a[0]);
    lru->cache = cache;
    lru->cache_info_type = NEWREF(a[3]);
    lru->maxsize = maxsize;
    lru->typed = typed;
    lru->root.prev = lru->root.next = &lru->root;
    return OBJ(lru);
}

/* Empty the cache: the list is forgotten first, so node deallocs never see it. */
static void lru_clear_cache(LruObject *lru) {
    lru->root.prev = lru->root.next = &lru->root;
    lru->hits = lru->misses = 0;
    if (lru->cache) {
        Object *old = lru->cache;
        Object *fresh = dict_new();
        if (fresh) {
            lru->cache = fresh;
            DECREF(old);
        } else {
            err_clear();
            dict_clear(old);
        }
    }
}

static void lru_dealloc(Object *self) {
    LruObject *lru = (LruObject *)self;
    gc_untrack(self);
    if (lru->weakreflist) weakref_clear_all(self);
    lru->root.prev = lru->root.next = &lru->root;
    XDECREF(lru->cache);
    XDECREF(lru->func);
    XDECREF(lru->cache_info_type);
    XDECREF(lru->dict);
    TYPE(self)->tp_free(self);
}

static int lru_traverse(Object *self, visitproc visit, void *arg) {
    LruObject *lru = (LruObject *)self;
    int r;
    /* The nodes are not tracked: the references they own are visited from here. */
    for (LruLink *l = lru->root.next; l && l != &lru->root; l = l->next) {
        VISIT(NODE_OF(l)->key);
        VISIT(NODE_OF(l)->result);
    }
    VISIT(lru->func);
    VISIT(lru->cache);
    VISIT(lru->cache_info_type);
    VISIT(lru->dict);
    return 0;
}

static int lru_tp_clear(Object *self) {
    LruObject *lru = (LruObject *)self;
    lru->root.prev = lru->root.next = &lru->root;
    CLEAR(lru->cache);
    CLEAR(lru->func);
    CLEAR(lru->cache_info_type);
    CLEAR(lru->dict);
    return 0;
}

static Object *lru_descr_get(Object *self, Object *obj, Object *type) {
    if (!obj || obj == NONE) return NEWREF(self);
    return method_new(self, obj);
}

static Object *lru_cache_info(Object *self, Object *unused) {
    LruObject *lru = (LruObject *)self;
    Object *h = int_from_ssize(lru->hits), *m = int_from_ssize(lru->misses);
    Object *mx = lru->maxsize < 0 ? NEWREF(NONE) : int_from_ssize(lru->maxsize);
    Object *cur = int_from_ssize(lru->cache ? DICT_LEN(lru->cache) : 0);
    Object *r = NULL;
    if (h && m && mx && cur) {
        Object *argv[4] = {h, m, mx, cur};
        r = obj_call(lru->cache_info_type, argv, 4, NULL);
    }
    XDECREF(h); XDECREF(m); XDECREF(mx); XDECREF(cur);
    return r;
}

static Object *lru_cache_clear(Object *self, Object *unused) {
    lru_clear_cache((LruObject *)self);
    RETURN_NONE;
}

static Object *lru_copy(Object *self, Object *unused) { return NEWREF(self); }
static Object *lru_deepcopy(Object *self, Object *memo) { return NEWREF(self); }

static Object *lru_reduce(Object *self, Object *unused) {
    return obj_getattr_str(self, "__qualname__");
}

static Object *lru_get_dict(Object *self, void *c) {
    return dict_field_get(&((LruObject *)self)->dict);
}

static int lru_set_dict(Object *self, Object *v, void *c) {
    return dict_field_set(&((LruObject *)self)->dict, v);
}

static MethodDef lru_methods[] = {
    {"cache_info", (void *)lru_cache_info, METH_NOARGS, "Report cache statistics"},
    {"cache_clear", (void *)lru_cache_clear, METH_NOARGS, "Clear the cache and cache statistics"},
    {"__reduce__", (void *)lru_reduce, METH_NOARGS, NULL},
    {"__copy__", (void *)lru_copy, METH_NOARGS, NULL},
    {"__deepcopy__", (void *)lru_deepcopy, METH_O, NULL},
    {NULL}
};

static GetSetDef lru_getset[] = {
    {"__dict__", lru_get_dict, lru_set_dict, NULL, NULL},
    {NULL}
};

static TypeObject LruType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "functools._lru_cache_wrapper",
    .tp_basicsize = sizeof(LruObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Create a cached callable that wraps another function.\n\n"
              "user_function:      the function being cached\n\n"
              "maxsize:  0         for no caching\n"
              "          None      for unlimited cache size\n"
              "          n         for a bounded cache\n\n"
              "typed:    False     cache f(3) and f(3.0) as identical calls\n"
              "          True      cache f(3) and f(3.0) as distinct calls\n\n"
              "cache_info_type:    namedtuple class with the fields:\n"
              "                        hits misses currsize maxsize\n",
    .tp_new = lru_new, .tp_dealloc = lru_dealloc, .tp_traverse = lru_traverse,
    .tp_clear = lru_tp_clear, .tp_call = lru_call, .tp_descr_get = lru_descr_get,
    .tp_getattro = obj_generic_getattr, .tp_setattro = obj_generic_setattr,
    .tp_methods = lru_methods, .tp_getset = lru_getset,
    .tp_dictoffset = offsetof(LruObject, dict),
    .tp_weaklistoffset = offsetof(LruObject, weakreflist),
};

/* ---- the module ----------------------------------------------------------------------------- */

static MethodDef functools_methods[] = {
    {"reduce", (void *)functools_reduce, METH_FASTCALL | METH_KEYWORDS,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value."},
    {"cmp_to_key", (void *)functools_cmp_to_key, METH_FASTCALL | METH_KEYWORDS,
     "Convert a cmp= function into a key= function."},
    {NULL}
};

static int functools_init(Object *m) {
    static TypeObject *const types[] = {&PartialType, &KeyType, &LruNodeType, &LruType};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_ready(types[i]) < 0) return -1;
    if (!kwd_mark && !(kwd_mark = obj_call0(OBJ(&BaseObjectType)))) return -1;
    return module_add(m, "partial", NEWREF_(&PartialType)) < 0 ||
           module_add(m, "KeyWrapper", NEWREF_(&KeyType)) < 0 ||
           module_add(m, "_lru_cache_wrapper", NEWREF_(&LruType)) < 0 ? -1 : 0;
}

ModuleDef functools_c_module_def = {
    "_functools",
    "Tools that operate on functions.",
    functools_methods,
    functools_init,
};
