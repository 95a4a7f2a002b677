/* object.c (runtime) — allocation and release of objects' memory.
 *
 * Memory layout of one object, lowest address first:
 *     [managed-dict pre-header, 16 bytes]   only TPFLAGS_MANAGED_DICT types
 *     [GCHead, 16 bytes]                    only TPFLAGS_HAVE_GC types
 *     [ob_refcnt][ob_type][the type's fields...]
 * so the object's own address (its id) always starts with the count, as in CPython. */
#include "object.h"
#include "gc.h"
#include <string.h>

static size_t pre_header_size(TypeObject *t) {
    return (TYPE_HAS_FLAG(t, TPFLAGS_HAVE_GC) ? sizeof(GCHead) : 0) +
           (TYPE_HAS_FLAG(t, TPFLAGS_MANAGED_DICT) ? 2 * sizeof(Object *) : 0);
}

/* Declared in errors.h, which the runtime does not include: raising is the objects layer's. */
Object *err_no_memory(void);

static Object *alloc_bytes(TypeObject *type, size_t size) {
    size_t pre = pre_header_size(type);
    char *mem = mem_alloc(pre + size);
    if (!mem) return err_no_memory();
    memset(mem, 0, pre + size);
    Object *o = (Object *)(mem + pre);
    o->ob_refcnt = 1;
    o->ob_type = type;
    /* Instances of classes own a reference to their class, as in CPython. */
    if (TYPE_HAS_FLAG(type, TPFLAGS_HEAPTYPE)) INCREF(type);
    if (TYPE_HAS_FLAG(type, TPFLAGS_HAVE_GC)) {
        gc_track(o);
        gc_on_alloc();
    }
    return o;
}

Object *obj_alloc(TypeObject *type) {
    return alloc_bytes(type, (size_t)type->tp_basicsize);
}

Object *obj_alloc_var(TypeObject *type, ssize_t nitems) {
    /* Round up to a word, as CPython's _PyObject_VAR_SIZE does. */
    size_t size = ((size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize + 7) & ~(size_t)7;
    Object *o = alloc_bytes(type, size);
    if (o) SIZE(o) = nitems;
    return o;
}

void obj_free(Object *o) {
    TypeObject *t = TYPE(o);
    if (TYPE_HAS_FLAG(t, TPFLAGS_HAVE_GC)) {
        gc_untrack(o);
        gc_on_free();
    }
    mem_free((char *)o - pre_header_size(t));
}

void obj_dealloc(Object *o) {
    TYPE(o)->tp_dealloc(o);
}
