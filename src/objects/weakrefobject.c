/* weakrefobject.c — weak references: weakref.ref (ReferenceType), weakref.proxy (ProxyType and
 * CallableProxyType), and the clearing of an object's weak references when it dies.
 *
 * A weak reference points at its referent without counting: the referent keeps, at its type's
 * tp_weaklistoffset, the head of a doubly linked list of every WeakrefObject pointing at it, so
 * that when it dies its dealloc can find them (weakref_clear_all) and set each one's wr_object
 * to None before the memory is reused.  Callbacks run at that moment, after every reference of
 * the list is dead (so no callback can reach the dying object through another reference).
 *
 * As in CPython 3.11, at most one callback-less exact `ref` and one callback-less proxy exist
 * per referent: weakref.ref(o) twice returns the same object.  They are kept at the front of the
 * list (ref first, then proxy) so that finding them is O(1); other references go after them,
 * newest first, which is the order getweakrefs() reports and callbacks run in.
 *
 * A proxy forwards every operation to its referent (unwrapping proxies among the operands), and
 * raises ReferenceError once the referent is gone; it is unhashable.  A proxy to a callable is a
 * CallableProxyType, which forwards calls as well.
 *
 * Weak references take part in the cycle collector (they are tracked; only the callback is a
 * strong reference): see handle_weakrefs in runtime/gc.c for how references to unreachable
 * objects are cleared before any finalizer runs. */
#include "weakref.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "funcobj.h"
#include "../runtime/gc.h"
#include <string.h>

/* ---- the list of an object's weak references ------------------------------------------------ */

static bool is_shared_ref(WeakrefObject *w) {
    return TYPE(w) == &WeakrefRefType && !w->wr_callback;
}

static bool is_shared_proxy(WeakrefObject *w) {
    return IS_WEAKREF_PROXY(w) && !w->wr_callback;
}

/* The shared callback-less ref and proxy of a list, or NULL: they can only be its first two. */
static void shared_refs(WeakrefObject *head, WeakrefObject **ref, WeakrefObject **proxy) {
    *ref = *proxy = NULL;
    if (head && is_shared_ref(head)) {
        *ref = head;
        head = head->wr_next;
    }
    if (head && is_shared_proxy(head)) *proxy = head;
}

static void insert_head(WeakrefObject *w, WeakrefObject **list) {
    WeakrefObject *next = *list;
    w->wr_prev = NULL;
    w->wr_next = next;
    if (next) next->wr_prev = w;
    *list = w;
}

static void insert_after(WeakrefObject *w, WeakrefObject *prev) {
    w->wr_prev = prev;
    w->wr_next = prev->wr_next;
    if (prev->wr_next) prev->wr_next->wr_prev = w;
    prev->wr_next = w;
}

/* A reference that is not shared goes right after the shared ones. */
static void insert_other(WeakrefObject *w, WeakrefObject **list) {
    WeakrefObject *ref, *proxy;
    shared_refs(*list, &ref, &proxy);
    WeakrefObject *prev = proxy ? proxy : ref;
    if (prev) insert_after(w, prev);
    else insert_head(w, list);
}

void weakref_clear_ref(WeakrefObject *w) {
    Object *o = w->wr_object;
    if (o == NONE) return;
    WeakrefObject **list = weakref_list_ptr(o);
    if (*list == w) *list = w->wr_next;
    if (w->wr_prev) w->wr_prev->wr_next = w->wr_next;
    if (w->wr_next) w->wr_next->wr_prev = w->wr_prev;
    w->wr_prev = w->wr_next = NULL;
    w->wr_object = NONE;
}

/* Kill w and drop its callback. */
static void clear_weakref(WeakrefObject *w) {
    weakref_clear_ref(w);
    CLEAR(w->wr_callback);
}

static void call_callback(Object *w, Object *callback) {
    Object *r = obj_call1(callback, w);
    if (r) DECREF(r);
    else err_write_unraisable(callback);
}

/* Up to this many callbacks are collected on the C stack when an object dies: objects rarely
 * have more than a few weak references with callbacks. */
#define CLEAR_STACK_PAIRS 8

void weakref_clear_all(Object *o) {
    WeakrefObject **list = weakref_list_ptr(o);
    /* The shared references come first and have no callback: they just die. */
    while (*list && !(*list)->wr_callback) clear_weakref(*list);
    if (!*list) return;
    ssize_t n = 0;
    for (WeakrefObject *w = *list; w; w = w->wr_next) n++;
    Object *stack[2 * CLEAR_STACK_PAIRS];
    Object **pairs = n <= CLEAR_STACK_PAIRS ? stack : mem_alloc(sizeof(Object *) * 2 * n);
    if (!pairs) {
        /* No memory to remember the callbacks: the references still must die. */
        while (*list) clear_weakref(*list);
        return;
    }
    Object *saved = err_fetch();
    /* Kill every reference first, keeping (reference, callback) for those still alive; a
     * reference whose own count is 0 is being deallocated and gets no call. */
    ssize_t k = 0;
    WeakrefObject *w = *list;
    for (ssize_t i = 0; i < n && w; i++) {
        WeakrefObject *next = w->wr_next;
        Object *cb = w->wr_callback;
        w->wr_callback = NULL;
        weakref_clear_ref(w);
        if (cb && REFCNT(w) > 0) {
            pairs[2 * k] = NEWREF(OBJ(w));
            pairs[2 * k + 1] = cb;
            k++;
        } else {
            XDECREF(cb);
        }
        w = next;
    }
    for (ssize_t i = 0; i < k; i++) call_callback(pairs[2 * i], pairs[2 * i + 1]);
    /* Released last to first, as CPython releases the tuple it collects them in. */
    for (ssize_t i = 2 * k - 1; i >= 0; i--) DECREF(pairs[i]);
    if (pairs != stack) mem_free(pairs);
    err_restore(saved);
}

ssize_t weakref_count(Object *o) {
    if (!weakref_supported(TYPE(o))) return 0;
    ssize_t n = 0;
    for (WeakrefObject *w = *weakref_list_ptr(o); w; w = w->wr_next) n++;
    return n;
}

Object *weakref_list(Object *o) {
    Object *l = list_new(0);
    if (!l || !weakref_supported(TYPE(o))) return l;
    for (WeakrefObject *w = *weakref_list_ptr(o); w; w = w->wr_next)
        if (list_append(l, OBJ(w)) < 0) {
            DECREF(l);
            return NULL;
        }
    return l;
}

/* ---- creation ----------------------------------------------------------------------------- */

static Object *ref_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

static int check_referent(Object *ob) {
    if (weakref_supported(TYPE(ob))) return 0;
    err_format(&Exc_TypeError, "cannot create weak reference to '%s' object", TYPE(ob)->tp_name);
    return -1;
}

/* A new reference object of `type` (not yet in the list); NULL on failure.  obj_alloc may run
 * a collection, whose callbacks may change ob's list: callers look at the list afterwards. */
static WeakrefObject *alloc_ref(TypeObject *type, Object *ob, Object *callback) {
    WeakrefObject *w = (WeakrefObject *)obj_alloc(type);
    if (!w) return NULL;
    w->hash = -1;
    w->wr_object = ob;
    w->wr_callback = callback ? NEWREF(callback) : NULL;
    w->vectorcall = ref_call;
    return w;
}

/* weakref.ref(ob, callback) for `type` (ref or a subclass). */
static Object *ref_new(TypeObject *type, Object *ob, Object *callback) {
    if (check_referent(ob) < 0) return NULL;
    if (callback == NONE) callback = NULL;
    WeakrefObject **list = weakref_list_ptr(ob), *ref, *proxy;
    bool shared = !callback && type == &WeakrefRefType;
    if (shared) {
        shared_refs(*list, &ref, &proxy);
        if (ref) return NEWREF(OBJ(ref));
    }
    WeakrefObject *w = alloc_ref(type, ob, callback);
    if (!w) return NULL;
    if (shared) insert_head(w, list);
    else insert_other(w, list);
    return OBJ(w);
}

Object *weakref_new_ref(Object *ob, Object *callback) {
    return ref_new(&WeakrefRefType, ob, callback);
}

Object *weakref_new_proxy(Object *ob, Object *callback) {
    if (check_referent(ob) < 0) return NULL;
    if (callback == NONE) callback = NULL;
    WeakrefObject **list = weakref_list_ptr(ob), *ref, *proxy;
    shared_refs(*list, &ref, &proxy);
    if (!callback && proxy) return NEWREF(OBJ(proxy));
    TypeObject *type = obj_callable(ob) ? &WeakrefCallableProxyType : &WeakrefProxyType;
    WeakrefObject *w = alloc_ref(type, ob, callback);
    if (!w) return NULL;
    shared_refs(*list, &ref, &proxy);
    if (callback) {
        insert_other(w, list);
    } else if (proxy) {
        /* A callback run by a collection in obj_alloc made one meanwhile: use that one. */
        w->wr_object = NONE;
        DECREF(w);
        return NEWREF(OBJ(proxy));
    } else if (ref) {
        insert_after(w, ref);
    } else {
        insert_head(w, list);
    }
    return OBJ(w);
}

/* ---- weakref.ref ---------------------------------------------------------------------------- */

static Object *ref_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                          Object *kwnames) {
    /* Keywords are left to __init__ (a subclass's may take some). */
    if (args_check_positional("__new__", nargs, 1, 2) < 0) return NULL;
    return ref_new(type, args[0], nargs > 1 ? args[1] : NULL);
}

static int ref_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (args_no_kwargs("ref", kwnames) < 0) return -1;
    return args_check_positional("__init__", nargs, 1, 2);
}

static void ref_dealloc(Object *self) {
    gc_untrack(self);
    clear_weakref((WeakrefObject *)self);
    TYPE(self)->tp_free(self);
}

static int ref_traverse(Object *self, visitproc visit, void *arg) {
    Object *cb = ((WeakrefObject *)self)->wr_callback;
    return cb ? visit(cb, arg) : 0;
}

static int ref_clear(Object *self) {
    clear_weakref((WeakrefObject *)self);
    return 0;
}

/* r(): the referent, or None. */
static Object *ref_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (args_no_kwargs("weakref", kwnames) < 0 ||
        args_check_positional("weakref", nargs, 0, 0) < 0)
        return NULL;
    return NEWREF(WEAKREF_GET(self));
}

/* The referent's hash, remembered: a dead reference still hashes if it was hashed alive (so it
 * can be found, and removed, in a dict it was put in). */
static int64_t ref_hash(Object *self) {
    WeakrefObject *w = (WeakrefObject *)self;
    if (w->hash != -1) return w->hash;
    Object *o = w->wr_object;
    if (o == NONE) {
        err_set_string(&Exc_TypeError, "weak object has gone away");
        return -1;
    }
    INCREF(o);
    w->hash = obj_hash(o);
    DECREF(o);
    return w->hash;
}

static Object *ref_repr(Object *self) {
    Object *o = WEAKREF_GET(self);
    if (o == NONE) return str_from_format("<weakref at %p; dead>", self);
    INCREF(o);
    /* __name__ is looked up as a special method (on the type): a function or a class shows its
     * name, a module (whose __name__ is in its dict) does not. */
    Object *r, *name = obj_lookup_special(o, ID(__name__));
    if (!name) err_clear();     /* a failing descriptor just means no name */
    if (name && IS_STR(name))
        r = str_from_format("<weakref at %p; to '%s' at %p (%U)>", self, TYPE(o)->tp_name, o,
                            name);
    else
        r = str_from_format("<weakref at %p; to '%s' at %p>", self, TYPE(o)->tp_name, o);
    XDECREF(name);
    DECREF(o);
    return r;
}

/* Live references compare as their referents; a dead one equals only itself.  No ordering. */
static Object *ref_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_WEAKREF(a) || !IS_WEAKREF(b)) RETURN_NOTIMPL;
    Object *x = WEAKREF_GET(a), *y = WEAKREF_GET(b);
    if (x == NONE || y == NONE) return bool_from((a == b) == (op == CMP_EQ));
    INCREF(x);
    INCREF(y);
    Object *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static MemberDef ref_members[] = {
    {"__callback__", T_OBJECT, offsetof(WeakrefObject, wr_callback), READONLY,
     "The callback of the weak reference, or None."},
    {NULL}
};

TypeObject WeakrefRefType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(WeakrefObject),
    .tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    .tp_dealloc = ref_dealloc,
    .tp_repr = ref_repr,
    .tp_hash = ref_hash,
    .tp_call = ref_call,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_richcompare = ref_richcompare,
    .tp_members = ref_members,
    .tp_init = ref_tp_init,
    .tp_new = ref_tp_new,
};

/* ---- proxies -------------------------------------------------------------------------------- */

/* The referent of proxy p as a new reference; ReferenceError when it is gone. */
static Object *proxy_target(Object *p) {
    Object *o = WEAKREF_GET(p);
    if (o == NONE) {
        err_set_string(&Exc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return NEWREF(o);
}

/* An operand, with a proxy replaced by its referent (new reference). */
static Object *unwrap(Object *o) {
    return IS_WEAKREF_PROXY(o) ? proxy_target(o) : NEWREF(o);
}

/* The binary operators, numbered as num_binary_op wants them (CPython's NB_* values, the
 * argument of BINARY_OP); the in-place form of each is its number plus NB_INPLACE_OFFSET. */
enum { NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
       NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9,
       NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_OFFSET = 13 };

static Object *proxy_binary(Object *a, Object *b, int op) {
    Object *x = unwrap(a);
    if (!x) return NULL;
    Object *y = unwrap(b);
    if (!y) {
        DECREF(x);
        return NULL;
    }
    Object *r = num_binary_op(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

#define PROXY_BINARY(name, op) \
    static Object *proxy_##name(Object *a, Object *b) { return proxy_binary(a, b, op); } \
    static Object *proxy_i##name(Object *a, Object *b) { \
        return proxy_binary(a, b, (op) + NB_INPLACE_OFFSET); \
    }
PROXY_BINARY(add, NB_ADD)
PROXY_BINARY(sub, NB_SUBTRACT)
PROXY_BINARY(mul, NB_MULTIPLY)
PROXY_BINARY(mod, NB_REMAINDER)
PROXY_BINARY(lshift, NB_LSHIFT)
PROXY_BINARY(rshift, NB_RSHIFT)
PROXY_BINARY(and, NB_AND)
PROXY_BINARY(xor, NB_XOR)
PROXY_BINARY(or, NB_OR)
PROXY_BINARY(floordiv, NB_FLOOR_DIVIDE)
PROXY_BINARY(truediv, NB_TRUE_DIVIDE)
PROXY_BINARY(matmul, NB_MATRIX_MULTIPLY)

static Object *proxy_divmod(Object *a, Object *b) {
    Object *x = unwrap(a), *y = x ? unwrap(b) : NULL, *r = NULL;
    if (y) r = num_divmod(x, y);
    XDECREF(x);
    XDECREF(y);
    return r;
}

/* pow(a, b, c) and a **= b (whose third operand is always None). */
static Object *proxy_power3(Object *a, Object *b, Object *c, bool inplace) {
    Object *x = unwrap(a), *y = x ? unwrap(b) : NULL, *z = y ? unwrap(c) : NULL, *r = NULL;
    if (z) r = inplace ? num_binary_op(x, y, NB_POWER + NB_INPLACE_OFFSET) : num_power(x, y, z);
    XDECREF(x);
    XDECREF(y);
    XDECREF(z);
    return r;
}

static Object *proxy_pow(Object *a, Object *b, Object *c) { return proxy_power3(a, b, c, false); }
static Object *proxy_ipow(Object *a, Object *b, Object *c) { return proxy_power3(a, b, c, true); }

#define PROXY_UNARY(name, fn) \
    static Object *proxy_##name(Object *p) { \
        Object *o = proxy_target(p); \
        if (!o) return NULL; \
        Object *r = fn(o); \
        DECREF(o); \
        return r; \
    }
PROXY_UNARY(neg, num_negative)
PROXY_UNARY(pos, num_positive)
PROXY_UNARY(abs, num_absolute)
PROXY_UNARY(invert, num_invert)
PROXY_UNARY(int, num_long)
PROXY_UNARY(float, num_float)
PROXY_UNARY(index, num_index)
PROXY_UNARY(str, obj_str)
PROXY_UNARY(iter, obj_get_iter)

static int proxy_bool(Object *p) {
    Object *o = proxy_target(p);
    if (!o) return -1;
    int r = obj_is_true(o);
    DECREF(o);
    return r;
}

static ssize_t proxy_length(Object *p) {
    Object *o = proxy_target(p);
    if (!o) return -1;
    ssize_t r = obj_length(o);
    DECREF(o);
    return r;
}

static int proxy_contains(Object *p, Object *v) {
    Object *o = proxy_target(p);
    if (!o) return -1;
    int r = obj_contains(o, v);
    DECREF(o);
    return r;
}

static Object *proxy_getitem(Object *p, Object *key) {
    Object *o = proxy_target(p);
    if (!o) return NULL;
    Object *r = obj_getitem(o, key);
    DECREF(o);
    return r;
}

static int proxy_setitem(Object *p, Object *key, Object *v) {
    Object *o = proxy_target(p);
    if (!o) return -1;
    int r = v ? obj_setitem(o, key, v) : obj_delitem(o, key);
    DECREF(o);
    return r;
}

static Object *proxy_getattro(Object *p, Object *name) {
    Object *o = proxy_target(p);
    if (!o) return NULL;
    Object *r = obj_getattr(o, name);
    DECREF(o);
    return r;
}

static int proxy_setattro(Object *p, Object *name, Object *v) {
    Object *o = proxy_target(p);
    if (!o) return -1;
    int r = obj_setattr(o, name, v);
    DECREF(o);
    return r;
}

static Object *proxy_richcompare(Object *a, Object *b, int op) {
    Object *x = unwrap(a), *y = x ? unwrap(b) : NULL, *r = NULL;
    if (y) r = obj_richcompare(x, y, op);
    XDECREF(x);
    XDECREF(y);
    return r;
}

static Object *proxy_iternext(Object *p) {
    Object *o = proxy_target(p);
    if (!o) return NULL;
    Object *r = NULL;
    if (!TYPE(o)->tp_iternext)
        err_format(&Exc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                   TYPE(o)->tp_name);
    else
        r = iter_next(o);
    DECREF(o);
    return r;
}

static Object *proxy_call(Object *p, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *o = proxy_target(p);
    if (!o) return NULL;
    Object *r = obj_call(o, args, nargs, kwnames);
    DECREF(o);
    return r;
}

static Object *proxy_repr(Object *p) {
    Object *o = WEAKREF_GET(p);
    return str_from_format("<weakproxy at %p to %s at %p>", p, TYPE(o)->tp_name, o);
}

static Object *proxy_bytes(Object *p, Object *unused) {
    Object *o = proxy_target(p);
    if (!o) return NULL;
    Object *r = obj_call1(OBJ(&BytesType), o);
    DECREF(o);
    return r;
}

static Object *proxy_reversed(Object *p, Object *unused) {
    Object *o = proxy_target(p);
    if (!o) return NULL;
    Object *r = obj_call_method(o, "__reversed__", NULL, 0);
    DECREF(o);
    return r;
}

static NumberMethods proxy_as_number = {
    .nb_add = proxy_add, .nb_subtract = proxy_sub, .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod, .nb_divmod = proxy_divmod, .nb_power = proxy_pow,
    .nb_negative = proxy_neg, .nb_positive = proxy_pos, .nb_absolute = proxy_abs,
    .nb_bool = proxy_bool, .nb_invert = proxy_invert,
    .nb_lshift = proxy_lshift, .nb_rshift = proxy_rshift,
    .nb_and = proxy_and, .nb_xor = proxy_xor, .nb_or = proxy_or,
    .nb_int = proxy_int, .nb_float = proxy_float,
    .nb_inplace_add = proxy_iadd, .nb_inplace_subtract = proxy_isub,
    .nb_inplace_multiply = proxy_imul, .nb_inplace_remainder = proxy_imod,
    .nb_inplace_power = proxy_ipow,
    .nb_inplace_lshift = proxy_ilshift, .nb_inplace_rshift = proxy_irshift,
    .nb_inplace_and = proxy_iand, .nb_inplace_xor = proxy_ixor, .nb_inplace_or = proxy_ior,
    .nb_floor_divide = proxy_floordiv, .nb_true_divide = proxy_truediv,
    .nb_inplace_floor_divide = proxy_ifloordiv, .nb_inplace_true_divide = proxy_itruediv,
    .nb_index = proxy_index,
    .nb_matrix_multiply = proxy_matmul, .nb_inplace_matrix_multiply = proxy_imatmul,
};

static SequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static MappingMethods proxy_as_mapping = {
    .mp_length = proxy_length,
    .mp_subscript = proxy_getitem,
    .mp_ass_subscript = proxy_setitem,
};

static MethodDef proxy_methods[] = {
    {"__bytes__", (void *)proxy_bytes, METH_NOARGS, NULL},
    {"__reversed__", (void *)proxy_reversed, METH_NOARGS, NULL},
    {NULL}
};

#define PROXY_TYPE_COMMON \
    .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
    .tp_basicsize = sizeof(WeakrefObject), \
    .tp_flags = TPFLAGS_HAVE_GC, \
    .tp_dealloc = ref_dealloc, \
    .tp_repr = proxy_repr, \
    .tp_as_number = &proxy_as_number, \
    .tp_as_sequence = &proxy_as_sequence, \
    .tp_as_mapping = &proxy_as_mapping, \
    .tp_hash = obj_hash_not_implemented, \
    .tp_str = proxy_str, \
    .tp_getattro = proxy_getattro, \
    .tp_setattro = proxy_setattro, \
    .tp_traverse = ref_traverse, \
    .tp_clear = ref_clear, \
    .tp_richcompare = proxy_richcompare, \
    .tp_iter = proxy_iter, \
    .tp_iternext = proxy_iternext

TypeObject WeakrefProxyType = {
    PROXY_TYPE_COMMON,
    .tp_name = "weakref.ProxyType",
    .tp_methods = proxy_methods,
};

TypeObject WeakrefCallableProxyType = {
    PROXY_TYPE_COMMON,
    .tp_name = "weakref.CallableProxyType",
    .tp_call = proxy_call,
};

/* ---- start-up ------------------------------------------------------------------------------- */

void weakref_types_init(void) {
    type_ready(&WeakrefRefType);
    type_ready(&WeakrefProxyType);
    type_ready(&WeakrefCallableProxyType);
    hook_clear_weakrefs = weakref_clear_all;
}
