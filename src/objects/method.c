/* method.c — bound methods: a callable paired with the object it was read from.
 *
 * Calling one calls im_func with im_self prepended.  The eval loop avoids creating bound methods
 * for `o.m(...)` altogether (LOAD_METHOD), and unpacks them in CALL; this file serves the
 * remaining calls, prepending self in a small on-stack array when the call is short enough
 * (METHOD_STACK_ARGS) so that the common case allocates nothing.  Attributes the method type
 * does not define itself (__name__, __qualname__, __module__, any function attribute) are read
 * from im_func, as CPython's method_getattro does. */
#include "funcobj.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "weakref.h"
#include "../runtime/gc.h"
#include "../runtime/hash.h"
#include <string.h>

/* Calls with up to this many arguments (self included) build the argument array on the C stack:
 * enough for nearly every method call, small enough to keep the frame cheap. */
#define METHOD_STACK_ARGS 8

Object *method_new(Object *func, Object *self) {
    MethodObject *m = (MethodObject *)obj_alloc(&MethodType);
    if (!m)
        return NULL;
    m->im_func = NEWREF(func);
    m->im_self = NEWREF(self);
    return (Object *)m;
}

static void method_dealloc(Object *self) {
    MethodObject *m = (MethodObject *)self;
    gc_untrack(self);
    if (m->im_weakreflist) weakref_clear_all(self);
    CLEAR(m->im_self);
    CLEAR(m->im_func);
    TYPE(self)->tp_free(self);
}

static int method_traverse(Object *self, visitproc visit, void *arg) {
    MethodObject *m = (MethodObject *)self;
    int r = m->im_func ? visit(m->im_func, arg) : 0;
    return r ? r : (m->im_self ? visit(m->im_self, arg) : 0);
}

static Object *method_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    MethodObject *m = (MethodObject *)self;
    ssize_t total = nargs + (kwnames ? TUPLE_LEN(kwnames) : 0) + 1;
    Object *small[METHOD_STACK_ARGS];
    Object **buf = total <= METHOD_STACK_ARGS ? small : mem_alloc(sizeof(Object *) * total);
    if (!buf)
        return err_no_memory();
    buf[0] = m->im_self;
    if (total > 1)
        memcpy(buf + 1, args, sizeof(Object *) * (total - 1));
    Object *r = obj_call(m->im_func, buf, nargs + 1, kwnames);
    if (buf != small)
        mem_free(buf);
    return r;
}

static Object *method_repr(Object *self) {
    MethodObject *m = (MethodObject *)self;
    Object *name = NULL;
    if (obj_lookup_attr(m->im_func, ID(__qualname__), &name) < 0)
        return NULL;
    if (!name && obj_lookup_attr(m->im_func, ID(__name__), &name) < 0)
        return NULL;
    if (name && !IS_STR(name))
        CLEAR(name);
    Object *r = str_from_format("<bound method %s of %R>",
                                name ? str_as_utf8(name) : "?", m->im_self);
    XDECREF(name);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_METHOD(b))
        RETURN_NOTIMPL;
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    int eq = x->im_self == y->im_self;
    if (eq) {
        eq = obj_richcompare_bool(x->im_func, y->im_func, CMP_EQ);
        if (eq < 0)
            return NULL;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Object *self) {
    MethodObject *m = (MethodObject *)self;
    int64_t y = obj_hash(m->im_func);
    if (y == -1)
        return -1;
    int64_t x = hash_pointer(m->im_self) ^ y;
    return x == -1 ? -2 : x;
}

/* Attributes of the method type itself first, then those of the function. */
static Object *method_getattro(Object *self, Object *name) {
    TypeObject *tp = TYPE(self);
    Object *descr = type_lookup(tp, name);
    if (descr) {
        descrgetfunc get = TYPE(descr)->tp_descr_get;
        if (get)
            return get(descr, self, (Object *)tp);
        return NEWREF(descr);
    }
    return obj_getattr(((MethodObject *)self)->im_func, name);
}

static Object *method_get_doc(Object *self, void *c) {
    return obj_getattr(((MethodObject *)self)->im_func, ID(__doc__));
}

static Object *method_descr_get(Object *self, Object *obj, Object *type) {
    return NEWREF(self);
}

static Object *method_reduce(Object *self, Object *unused) {
    MethodObject *m = (MethodObject *)self;
    Object *getattr_fn = NULL, *name = obj_getattr(m->im_func, ID(__name__));
    if (!name)
        return NULL;
    Object *b = hook_builtins ? hook_builtins() : NULL;
    getattr_fn = b ? dict_getitem_str(b, "getattr") : NULL;
    if (!getattr_fn) {
        DECREF(name);
        return err_format(&Exc_TypeError, "cannot reduce method");
    }
    Object *args = tuple_pack(2, m->im_self, name);
    DECREF(name);
    if (!args)
        return NULL;
    Object *r = tuple_pack(2, getattr_fn, args);
    DECREF(args);
    return r;
}

static MethodDef method_methods[] = {
    { "__reduce__", (void *)method_reduce, METH_NOARGS, NULL },
    { NULL }
};

static MemberDef method_members[] = {
    { "__func__", T_OBJECT, offsetof(MethodObject, im_func), READONLY, NULL },
    { "__self__", T_OBJECT, offsetof(MethodObject, im_self), READONLY, NULL },
    { NULL }
};

static GetSetDef method_getset[] = {
    { "__doc__", method_get_doc, NULL, NULL, NULL },
    { NULL }
};

/* method(function, instance) */
static Object *method_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                             Object *kwnames) {
    if (args_no_kwargs("method", kwnames) < 0 ||
        args_check_positional("method", nargs, 2, 2) < 0)
        return NULL;
    if (!obj_callable(args[0]))
        return err_format(&Exc_TypeError, "first argument must be callable");
    if (args[1] == NONE)
        return err_format(&Exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

TypeObject MethodType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(MethodObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = method_dealloc,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = method_call,
    .tp_getattro = method_getattro,
    .tp_setattro = obj_generic_setattr,
    .tp_traverse = method_traverse,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(MethodObject, im_weakreflist),
    .tp_methods = method_methods,
    .tp_members = method_members,
    .tp_getset = method_getset,
    .tp_descr_get = method_descr_get,
    .tp_new = method_tp_new,
    .tp_doc = "Create a bound instance method object.",
};
