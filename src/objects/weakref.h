/* weakref.h — weak references (weakrefobject.c): weakref.ref, weakref.proxy and the list of
 * weak references every weakly referenceable object carries.
 *
 * An object can be weakly referenced when its type's tp_weaklistoffset is positive: the word at
 * that offset heads a doubly linked list of the WeakrefObjects that point to it (CPython 3.11's
 * layout, so `__weakref__` and ctypes see what they see in CPython).  The list keeps CPython's
 * order: the shared callback-less `ref` first, then the shared callback-less proxy, then the
 * others, newest first.  When the object dies its type's dealloc calls weakref_clear_all (after
 * untracking it, before releasing its contents), which kills every reference and calls the
 * callbacks; the cycle collector kills references to unreachable objects itself
 * (runtime/gc.c, handle_weakrefs) with weakref_clear_ref. */
#ifndef OURO_WEAKREF_H
#define OURO_WEAKREF_H

#include "../runtime/object.h"

typedef struct WeakrefObject {
    OB_HEAD;
    /* The referent, not counted; None (NONE) once the reference is dead. */
    Object *wr_object;
    Object *wr_callback;                /* counted, or NULL */
    int64_t hash;                       /* the referent's hash once asked for, else -1 */
    struct WeakrefObject *wr_prev, *wr_next;    /* siblings in the referent's list */
    callfunc vectorcall;                /* CPython keeps one per object: same size (64) */
} WeakrefObject;

extern TypeObject WeakrefRefType;           /* weakref.ReferenceType (weakref.ref) */
extern TypeObject WeakrefProxyType;         /* weakref.ProxyType */
extern TypeObject WeakrefCallableProxyType; /* weakref.CallableProxyType */

#define IS_WEAKREF_REF(o)    IS_INSTANCE(o, &WeakrefRefType)
#define IS_WEAKREF_PROXY(o)  (TYPE(o) == &WeakrefProxyType || TYPE(o) == &WeakrefCallableProxyType)
#define IS_WEAKREF(o)        (IS_WEAKREF_REF(o) || IS_WEAKREF_PROXY(o))
/* The referent, borrowed: NONE when the reference is dead. */
#define WEAKREF_GET(o)       (((WeakrefObject *)(o))->wr_object)

/* Can instances of t be weakly referenced? */
static inline bool weakref_supported(TypeObject *t) { return t->tp_weaklistoffset > 0; }
/* The head of o's list of weak references (o's type must support them). */
static inline WeakrefObject **weakref_list_ptr(Object *o) {
    return (WeakrefObject **)((char *)o + TYPE(o)->tp_weaklistoffset);
}

/* weakref.ref(ob, callback) / weakref.proxy(ob, callback): new references; callback may be NULL
 * or None.  TypeError "cannot create weak reference to 'int' object". */
Object *weakref_new_ref(Object *ob, Object *callback);
Object *weakref_new_proxy(Object *ob, Object *callback);
/* getweakrefcount(o) and getweakrefs(o) (a new list). */
ssize_t weakref_count(Object *o);
Object *weakref_list(Object *o);

/* CPython's PyObject_ClearWeakRefs: o (whose count is 0, being deallocated) loses all its weak
 * references, and the callbacks of those still alive are called, in list order; an exception in
 * a callback is reported as unraisable ("Exception ignored in: <callback>").  A pending
 * exception is kept aside meanwhile.  Cheap when o has none. */
void weakref_clear_all(Object *o);
/* Kill one reference without calling its callback, which stays set (CPython's
 * _PyWeakref_ClearRef; the collector calls the callback itself when it must). */
void weakref_clear_ref(WeakrefObject *wr);

/* Ready the three types and install hook_clear_weakrefs (abstract.h).  Idempotent. */
void weakref_types_init(void);

#endif
