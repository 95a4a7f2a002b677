/* descr.c — descriptors: how C types expose their methods and fields, plus the descriptor
 * types Python code uses directly (classmethod, staticmethod, property) and mappingproxy.
 *
 * type_ready (type.c) turns each row of a type's tables into one descriptor in the type's dict:
 *   MethodDef           -> method_descriptor         (list.append)
 *   MethodDef|METH_CLASS-> classmethod_descriptor    (dict.fromkeys)
 *   MethodDef|METH_STATIC -> staticmethod(builtin)   (str.maketrans)
 *   MemberDef           -> member_descriptor         (a C field; __slots__ too)
 *   GetSetDef           -> getset_descriptor         (C getter/setter functions)
 *   slot (WrapperBase)  -> wrapper_descriptor        (int.__add__), bound: method-wrapper
 * All share DescrObject's head (the owning type and the name) and check, when bound or called
 * unbound, that the object is an instance of that type — the only thing that makes it safe for
 * the C code behind them to cast self.
 *
 * Binding a method descriptor creates a builtin_function_or_method; calls of the form o.m(...)
 * avoid that: MethodDescrType has TPFLAGS_METHOD_DESCRIPTOR, so the VM calls the descriptor
 * with self as first argument (method_descr_vectorcall). */
#include "funcobj.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "../runtime/gc.h"
#include "../runtime/hash.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#define D(o) ((DescrObject *)(o))
#define IS_TYPE_OBJECT(o) TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TYPE_SUBCLASS)

/* ---- the common head ------------------------------------------------------------------------- */

static Object *descr_alloc(TypeObject *descrtype, TypeObject *type, const char *name)
{
    DescrObject *d = (DescrObject *)obj_alloc(descrtype);
    if (d == NULL)
        return NULL;
    d->d_type = (TypeObject *)NEWREF_(type);
    if ((d->d_name = str_intern_cstr(name)) == NULL) {
        DECREF(d);
        return NULL;
    }
    return (Object *)d;
}

static void descr_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(D(o)->d_type);
    CLEAR(D(o)->d_name);
    CLEAR(D(o)->d_qualname);
    TYPE(o)->tp_free(o);
}

static int descr_traverse(Object *o, visitproc visit, void *arg)
{
    return D(o)->d_type != NULL ? visit((Object *)D(o)->d_type, arg) : 0;
}

/* obj must be an instance of the descriptor's type before C code may treat it as one. */
static int descr_check(DescrObject *d, Object *obj)
{
    if (IS_INSTANCE(obj, d->d_type))
        return 0;
    err_format(&Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
               d->d_name, d->d_type->tp_name, TYPE(obj)->tp_name);
    return -1;
}

static Object *descr_get_qualname(Object *o, void *c)
{
    DescrObject *d = D(o);
    if (d->d_qualname == NULL) {
        Object *tq = cfunction_type_qualname(d->d_type);
        if (tq == NULL)
            return NULL;
        d->d_qualname = str_from_format("%U.%U", tq, d->d_name);
        DECREF(tq);
        if (d->d_qualname == NULL)
            return NULL;
    }
    return NEWREF(d->d_qualname);
}

static Object *descr_get_objclass(Object *o, void *c) { return NEWREF((Object *)D(o)->d_type); }
static Object *descr_get_name(Object *o, void *c) { return NEWREF(D(o)->d_name); }

static Object *descr_repr_as(Object *o, const char *kind)
{
    return str_from_format("<%s '%U' of '%s' objects>", kind, D(o)->d_name, D(o)->d_type->tp_name);
}

#define DESCR_COMMON_GETSET \
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL }, \
    { "__name__", descr_get_name, NULL, NULL, NULL }, \
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL }

/* ---- method_descriptor ----------------------------------------------------------------------- */

#define MD(o) ((MethodDescrObject *)(o))

static Object *method_descr_vectorcall(Object *descr, Object *const *args, ssize_t nargs,
                                       Object *kwnames)
{
    if (nargs < 1) {
        Object *q = descr_get_qualname(descr, NULL);
        if (q != NULL) {
            err_format(&Exc_TypeError, "unbound method %U() needs an argument", q);
            DECREF(q);
        }
        return NULL;
    }
    if (descr_check(D(descr), args[0]) < 0)
        return NULL;
    return methoddef_call(MD(descr)->d_method, args[0], args + 1, nargs - 1, kwnames);
}

static Object *method_descr_get(Object *descr, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(descr);
    if (descr_check(D(descr), obj) < 0)
        return NULL;
    return cfunction_new(MD(descr)->d_method, obj, NULL);
}

Object *descr_new_method(TypeObject *type, MethodDef *ml)
{
    Object *d = descr_alloc(&MethodDescrType, type, ml->name);
    if (d != NULL) {
        MD(d)->d_method = ml;
        MD(d)->vectorcall = method_descr_vectorcall;
    }
    return d;
}

static Object *method_descr_repr(Object *o) { return descr_repr_as(o, "method"); }

static Object *method_descr_get_doc(Object *o, void *c)
{
    return cfunction_doc_from(MD(o)->d_method->name, MD(o)->d_method->doc);
}

static Object *method_descr_get_signature(Object *o, void *c)
{
    return cfunction_signature_from(MD(o)->d_method->name, MD(o)->d_method->doc);
}

static GetSetDef method_descr_getset[] = {
    DESCR_COMMON_GETSET,
    { "__doc__", method_descr_get_doc, NULL, NULL, NULL },
    { "__text_signature__", method_descr_get_signature, NULL, NULL, NULL },
    { NULL },
};

TypeObject MethodDescrType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(MethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_descr_repr,
    .tp_call = method_descr_vectorcall,
    .tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = method_descr_getset,
    .tp_descr_get = method_descr_get,
};

/* ---- classmethod_descriptor ------------------------------------------------------------------ */

/* The class a METH_CLASS function is bound to must be a subtype of the descriptor's type. */
static int classmethod_check(DescrObject *d, Object *type)
{
    if (!IS_TYPE_OBJECT(type)) {
        err_format(&Exc_TypeError,
                   "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2",
                   d->d_name, d->d_type->tp_name, TYPE(type)->tp_name);
        return -1;
    }
    if (!type_is_subtype((TypeObject *)type, d->d_type)) {
        err_format(&Exc_TypeError, "descriptor '%U' requires a subtype of '%s' but received '%s'",
                   d->d_name, d->d_type->tp_name, ((TypeObject *)type)->tp_name);
        return -1;
    }
    return 0;
}

static Object *classmethod_descr_get(Object *descr, Object *obj, Object *type)
{
    if (type == NULL) {
        if (obj == NULL)
            return err_format(&Exc_TypeError,
                              "descriptor '%U' for type '%s' needs either an object or a type",
                              D(descr)->d_name, D(descr)->d_type->tp_name);
        type = (Object *)TYPE(obj);
    }
    if (classmethod_check(D(descr), type) < 0)
        return NULL;
    return cfunction_new(MD(descr)->d_method, type, NULL);
}

static Object *classmethod_descr_call(Object *descr, Object *const *args, ssize_t nargs,
                                      Object *kwnames)
{
    if (nargs < 1)
        return err_format(&Exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          D(descr)->d_name, D(descr)->d_type->tp_name);
    if (classmethod_check(D(descr), args[0]) < 0)
        return NULL;
    return methoddef_call(MD(descr)->d_method, args[0], args + 1, nargs - 1, kwnames);
}

Object *descr_new_classmethod(TypeObject *type, MethodDef *ml)
{
    Object *d = descr_alloc(&ClassMethodDescrType, type, ml->name);
    if (d != NULL) {
        MD(d)->d_method = ml;
        MD(d)->vectorcall = classmethod_descr_call;
    }
    return d;
}

TypeObject ClassMethodDescrType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(MethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_descr_repr,
    .tp_call = classmethod_descr_call,
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = method_descr_getset,
    .tp_descr_get = classmethod_descr_get,
};

Object *descr_new_static(TypeObject *type, MethodDef *ml)
{
    Object *f = cfunction_new(ml, (Object *)type, NULL);
    if (f == NULL)
        return NULL;
    Object *sm = staticmethod_new(f);
    DECREF(f);
    return sm;
}

/* ---- member_descriptor ----------------------------------------------------------------------- */

#define MEMBER(o) (((MemberDescrObject *)(o))->d_member)

static Object *member_get(Object *descr, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(descr);
    if (descr_check(D(descr), obj) < 0)
        return NULL;
    MemberDef *m = MEMBER(descr);
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case T_OBJECT: {
        Object *v = *(Object **)addr;
        return NEWREF(v ? v : NONE);
    }
    case T_OBJECT_EX: {
        Object *v = *(Object **)addr;
        if (v == NULL)
            return err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'",
                              TYPE(obj)->tp_name, m->name);
        return NEWREF(v);
    }
    case T_SSIZE:  return int_from_ssize(*(ssize_t *)addr);
    case T_INT:    return int_from_long(*(int *)addr);
    case T_DOUBLE: return float_from_double(*(double *)addr);
    case T_BOOL:   return bool_from(*(char *)addr != 0);
    default:
        return err_format(&Exc_SystemError, "bad memberdescr type for %s", m->name);
    }
}

static int member_set(Object *descr, Object *obj, Object *v)
{
    if (descr_check(D(descr), obj) < 0)
        return -1;
    MemberDef *m = MEMBER(descr);
    char *addr = (char *)obj + m->offset;
    if (m->flags & READONLY) {
        err_set_string(&Exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (v == NULL && m->type != T_OBJECT && m->type != T_OBJECT_EX) {
        err_set_string(&Exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case T_OBJECT_EX:
        if (v == NULL && *(Object **)addr == NULL) {
            err_set_string(&Exc_AttributeError, m->name);
            return -1;
        }
        /* fall through */
    case T_OBJECT: {
        XINCREF(v);
        Object *old = *(Object **)addr;
        *(Object **)addr = v;
        XDECREF(old);
        return 0;
    }
    case T_SSIZE: {
        if (!IS_INT(v)) {
            err_set_string(&Exc_TypeError, "an integer is required");
            return -1;
        }
        ssize_t x = int_as_ssize(v);
        if (x == -1 && err_occurred())
            return -1;
        *(ssize_t *)addr = x;
        return 0;
    }
    case T_INT: {
        Object *i = num_index(v);
        if (i == NULL)
            return -1;
        long x = int_as_long(i);
        DECREF(i);
        if (x == -1 && err_occurred())
            return -1;
        *(int *)addr = (int)x;     /* CPython truncates too (with a warning) */
        return 0;
    }
    case T_DOUBLE: {
        double x = float_as_double(v);
        if (x == -1.0 && err_occurred())
            return -1;
        *(double *)addr = x;
        return 0;
    }
    case T_BOOL:
        if (!IS_BOOL(v)) {
            err_set_string(&Exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = v == TRUE_OBJ;
        return 0;
    default:
        err_format(&Exc_SystemError, "bad memberdescr type for %s", m->name);
        return -1;
    }
}

Object *descr_new_member(TypeObject *type, MemberDef *m)
{
    Object *d = descr_alloc(&MemberDescrType, type, m->name);
    if (d != NULL)
        MEMBER(d) = m;
    return d;
}

static Object *member_repr(Object *o) { return descr_repr_as(o, "member"); }

static Object *member_get_doc(Object *o, void *c)
{
    const char *doc = MEMBER(o)->doc;
    if (doc == NULL)
        RETURN_NONE;
    return str_from_cstr(doc);
}

static GetSetDef member_getset[] = {
    DESCR_COMMON_GETSET,
    { "__doc__", member_get_doc, NULL, NULL, NULL },
    { NULL },
};

TypeObject MemberDescrType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(MemberDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = member_getset,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
};

/* ---- getset_descriptor ----------------------------------------------------------------------- */

#define GETSET(o) (((GetSetDescrObject *)(o))->d_getset)

static Object *getset_get(Object *descr, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(descr);
    if (descr_check(D(descr), obj) < 0)
        return NULL;
    GetSetDef *g = GETSET(descr);
    if (g->get == NULL)
        return err_format(&Exc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                          D(descr)->d_name, D(descr)->d_type->tp_name);
    return g->get(obj, g->closure);
}

static int getset_set(Object *descr, Object *obj, Object *v)
{
    if (descr_check(D(descr), obj) < 0)
        return -1;
    GetSetDef *g = GETSET(descr);
    if (g->set == NULL) {
        err_format(&Exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                   D(descr)->d_name, D(descr)->d_type->tp_name);
        return -1;
    }
    return g->set(obj, v, g->closure);
}

Object *descr_new_getset(TypeObject *type, GetSetDef *g)
{
    Object *d = descr_alloc(&GetSetDescrType, type, g->name);
    if (d != NULL)
        GETSET(d) = g;
    return d;
}

static Object *getset_repr(Object *o) { return descr_repr_as(o, "attribute"); }

static Object *getset_get_doc(Object *o, void *c)
{
    const char *doc = GETSET(o)->doc;
    if (doc == NULL)
        RETURN_NONE;
    return str_from_cstr(doc);
}

static GetSetDef getset_getset[] = {
    DESCR_COMMON_GETSET,
    { "__doc__", getset_get_doc, NULL, NULL, NULL },
    { NULL },
};

TypeObject GetSetDescrType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(GetSetDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = getset_getset,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
};

/* ---- wrapper_descriptor and method-wrapper --------------------------------------------------- */

#define WD(o) ((WrapperDescrObject *)(o))

/* Run the slot behind a wrapper for self (already type-checked). */
static Object *wrapper_call(WrapperDescrObject *d, Object *self, Object *const *args,
                            ssize_t nargs, Object *kwnames)
{
    WrapperBase *base = d->d_base;
    if (base->flags & WRAPPER_KEYWORDS) {
        wrapperfunc_kw f = (wrapperfunc_kw)(void (*)(void))base->wrapper;
        return f(self, args, nargs, kwnames, d->d_wrapped);
    }
    if (kwnames != NULL && TUPLE_LEN(kwnames) > 0)
        return err_format(&Exc_TypeError, "wrapper %s() takes no keyword arguments", base->name);
    return base->wrapper(self, args, nargs, d->d_wrapped);
}

static Object *wrapper_descr_call(Object *descr, Object *const *args, ssize_t nargs,
                                  Object *kwnames)
{
    DescrObject *d = D(descr);
    if (nargs < 1)
        return err_format(&Exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          d->d_name, d->d_type->tp_name);
    if (!IS_INSTANCE(args[0], d->d_type))
        return err_format(&Exc_TypeError,
                          "descriptor '%U' requires a '%s' object but received a '%s'",
                          d->d_name, d->d_type->tp_name, TYPE(args[0])->tp_name);
    return wrapper_call(WD(descr), args[0], args + 1, nargs - 1, kwnames);
}

typedef struct MethodWrapperObject {
    OB_HEAD;
    WrapperDescrObject *descr;
    Object *self;
} MethodWrapperObject;
#define MW(o) ((MethodWrapperObject *)(o))

static Object *method_wrapper_new(Object *descr, Object *self)
{
    MethodWrapperObject *w = (MethodWrapperObject *)obj_alloc(&MethodWrapperType);
    if (w == NULL)
        return NULL;
    w->descr = (WrapperDescrObject *)NEWREF(descr);
    w->self = NEWREF(self);
    return (Object *)w;
}

static Object *wrapper_descr_get(Object *descr, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(descr);
    if (descr_check(D(descr), obj) < 0)
        return NULL;
    return method_wrapper_new(descr, obj);
}

Object *descr_new_wrapper(TypeObject *type, WrapperBase *base, void *wrapped)
{
    Object *d = descr_alloc(&WrapperDescrType, type, base->name);
    if (d != NULL) {
        WD(d)->d_base = base;
        WD(d)->d_wrapped = wrapped;
    }
    return d;
}

static Object *wrapper_descr_repr(Object *o) { return descr_repr_as(o, "slot wrapper"); }

static Object *wrapper_descr_get_doc(Object *o, void *c)
{
    return cfunction_doc_from(WD(o)->d_base->name, WD(o)->d_base->doc);
}

static Object *wrapper_descr_get_signature(Object *o, void *c)
{
    return cfunction_signature_from(WD(o)->d_base->name, WD(o)->d_base->doc);
}

static GetSetDef wrapper_descr_getset[] = {
    DESCR_COMMON_GETSET,
    { "__doc__", wrapper_descr_get_doc, NULL, NULL, NULL },
    { "__text_signature__", wrapper_descr_get_signature, NULL, NULL, NULL },
    { NULL },
};

TypeObject WrapperDescrType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(WrapperDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = wrapper_descr_repr,
    .tp_call = wrapper_descr_call,
    .tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = wrapper_descr_getset,
    .tp_descr_get = wrapper_descr_get,
};

static void method_wrapper_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(MW(o)->descr);
    CLEAR(MW(o)->self);
    TYPE(o)->tp_free(o);
}

static int method_wrapper_traverse(Object *o, visitproc visit, void *arg)
{
    int r;
    if (MW(o)->descr != NULL && (r = visit((Object *)MW(o)->descr, arg)) != 0)
        return r;
    return MW(o)->self != NULL ? visit(MW(o)->self, arg) : 0;
}

static Object *method_wrapper_call(Object *o, Object *const *args, ssize_t nargs,
                                   Object *kwnames)
{
    return wrapper_call(MW(o)->descr, MW(o)->self, args, nargs, kwnames);
}

static Object *method_wrapper_repr(Object *o)
{
    return str_from_format("<method-wrapper '%s' of %s object at %p>", MW(o)->descr->d_base->name,
                           TYPE(MW(o)->self)->tp_name, (void *)MW(o)->self);
}

static Object *method_wrapper_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(a) != &MethodWrapperType ||
        TYPE(b) != &MethodWrapperType)
        RETURN_NOTIMPL;
    bool eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return bool_from(eq == (op == CMP_EQ));
}

static int64_t method_wrapper_hash(Object *o)
{
    int64_t h = hash_pointer(MW(o)->self) ^ hash_pointer(MW(o)->descr);
    return h == -1 ? -2 : h;
}

static Object *mw_get_self(Object *o, void *c) { return NEWREF(MW(o)->self); }
static Object *mw_get_objclass(Object *o, void *c)
{
    return NEWREF((Object *)MW(o)->descr->d.d_type);
}
static Object *mw_get_name(Object *o, void *c) { return NEWREF(MW(o)->descr->d.d_name); }
static Object *mw_get_qualname(Object *o, void *c)
{
    return descr_get_qualname((Object *)MW(o)->descr, NULL);
}
static Object *mw_get_doc(Object *o, void *c)
{
    return wrapper_descr_get_doc((Object *)MW(o)->descr, NULL);
}
static Object *mw_get_signature(Object *o, void *c)
{
    return wrapper_descr_get_signature((Object *)MW(o)->descr, NULL);
}

static GetSetDef method_wrapper_getset[] = {
    { "__self__", mw_get_self, NULL, NULL, NULL },
    { "__objclass__", mw_get_objclass, NULL, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL, NULL },
    { "__qualname__", mw_get_qualname, NULL, NULL, NULL },
    { "__doc__", mw_get_doc, NULL, NULL, NULL },
    { "__text_signature__", mw_get_signature, NULL, NULL, NULL },
    { NULL },
};

TypeObject MethodWrapperType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(MethodWrapperObject),
    .tp_dealloc = method_wrapper_dealloc,
    .tp_repr = method_wrapper_repr,
    .tp_hash = method_wrapper_hash,
    .tp_call = method_wrapper_call,
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_traverse = method_wrapper_traverse,
    .tp_richcompare = method_wrapper_richcompare,
    .tp_getset = method_wrapper_getset,
};

/* ---- classmethod and staticmethod ------------------------------------------------------------ */

/* CPython's classmethod / staticmethod objects: the callable and a __dict__ (which __init__
 * fills with the callable's __module__, __name__, __qualname__, __doc__ and __annotations__,
 * as functools.wraps would, so the wrapper documents itself). */
typedef struct CallableWrapperObject {
    OB_HEAD;
    Object *callable;
    Object *dict;
} CallableWrapperObject;
#define CW(o) ((CallableWrapperObject *)(o))

static Object *cw_alloc(TypeObject *type, Object *callable)
{
    Object *o = obj_alloc(type);
    if (o != NULL && callable != NULL)
        CW(o)->callable = NEWREF(callable);
    return o;
}

Object *classmethod_new(Object *callable) { return cw_alloc(&ClassMethodType, callable); }
Object *staticmethod_new(Object *callable) { return cw_alloc(&StaticMethodType, callable); }

static Object *cw_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return cw_alloc(type, NULL);
}

static void cw_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(CW(o)->callable);
    CLEAR(CW(o)->dict);
    TYPE(o)->tp_free(o);
}

static int cw_traverse(Object *o, visitproc visit, void *arg)
{
    int r;
    if (CW(o)->callable != NULL && (r = visit(CW(o)->callable, arg)) != 0)
        return r;
    return CW(o)->dict != NULL ? visit(CW(o)->dict, arg) : 0;
}

static int cw_clear(Object *o)
{
    CLEAR(CW(o)->callable);
    CLEAR(CW(o)->dict);
    return 0;
}

static const char *const wrapped_attrs[] = {
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL,
};

static int cw_init_as(const char *name, Object *self, Object *const *args, ssize_t nargs,
                      Object *kwnames)
{
    if (kwnames != NULL && TUPLE_LEN(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
        return -1;
    }
    XINCREF(args[0]);
    SETREF(CW(self)->callable, args[0]);
    for (int i = 0; wrapped_attrs[i] != NULL; i++) {
        Object *key = str_intern_cstr(wrapped_attrs[i]), *v;
        if (key == NULL)
            return -1;
        int found = obj_lookup_attr(args[0], key, &v);
        int r = found > 0 ? obj_setattr(self, key, v) : found;
        if (found > 0)
            DECREF(v);
        DECREF(key);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int classmethod_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return cw_init_as("classmethod", self, args, nargs, kwnames);
}

static int staticmethod_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return cw_init_as("staticmethod", self, args, nargs, kwnames);
}

static Object *classmethod_get(Object *self, Object *obj, Object *type)
{
    if (type == NULL)
        type = (Object *)TYPE(obj);
    Object *f = CW(self)->callable;
    if (f == NULL)
        return err_format(&Exc_RuntimeError, "uninitialized classmethod object");
    /* 3.9-3.12 chain descriptors: classmethod(property(...)) binds the inner one to the class. */
    descrgetfunc get = TYPE(f)->tp_descr_get;
    if (get != NULL)
        return get(f, type, type);
    return method_new(f, type);
}

static Object *staticmethod_get(Object *self, Object *obj, Object *type)
{
    if (CW(self)->callable == NULL)
        return err_format(&Exc_RuntimeError, "uninitialized staticmethod object");
    return NEWREF(CW(self)->callable);
}

static Object *staticmethod_call(Object *self, Object *const *args, ssize_t nargs,
                                 Object *kwnames)
{
    if (CW(self)->callable == NULL)
        return err_format(&Exc_RuntimeError, "uninitialized staticmethod object");
    return obj_call(CW(self)->callable, args, nargs, kwnames);
}

static Object *classmethod_repr(Object *self)
{
    return str_from_format("<classmethod(%R)>", CW(self)->callable ? CW(self)->callable : NONE);
}

static Object *staticmethod_repr(Object *self)
{
    return str_from_format("<staticmethod(%R)>", CW(self)->callable ? CW(self)->callable : NONE);
}

/* True if any of the objects says __isabstractmethod__ (abc's test for abstract members). */
static Object *any_abstract(Object *const *objs, int n)
{
    static Object *name;
    if (name == NULL && (name = str_intern_cstr("__isabstractmethod__")) == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        if (objs[i] == NULL)
            continue;
        Object *v;
        int found = obj_lookup_attr(objs[i], name, &v);
        if (found < 0)
            return NULL;
        if (found > 0) {
            int t = obj_is_true(v);
            DECREF(v);
            if (t != 0)
                return t < 0 ? NULL : bool_from(true);
        }
    }
    return bool_from(false);
}

static Object *cw_get_isabstract(Object *self, void *c)
{
    return any_abstract(&CW(self)->callable, 1);
}

static Object *cw_get_dict(Object *self, void *c)
{
    if (CW(self)->dict == NULL && (CW(self)->dict = dict_new()) == NULL)
        return NULL;
    return NEWREF(CW(self)->dict);
}

static int cw_set_dict(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!IS_DICT(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   TYPE(v)->tp_name);
        return -1;
    }
    INCREF(v);
    SETREF(CW(self)->dict, v);
    return 0;
}

static GetSetDef cw_getset[] = {
    { "__isabstractmethod__", cw_get_isabstract, NULL, NULL, NULL },
    { "__dict__", cw_get_dict, cw_set_dict, NULL, NULL },
    { NULL },
};

static MemberDef cw_members[] = {
    { "__func__", T_OBJECT, offsetof(CallableWrapperObject, callable), READONLY, NULL },
    { "__wrapped__", T_OBJECT, offsetof(CallableWrapperObject, callable), READONLY, NULL },
    { NULL },
};

TypeObject ClassMethodType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(CallableWrapperObject),
    .tp_dealloc = cw_dealloc,
    .tp_repr = classmethod_repr,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "classmethod(function) -> method\n\n"
              "Convert a function to be a class method.",
    .tp_traverse = cw_traverse,
    .tp_clear = cw_clear,
    .tp_members = cw_members,
    .tp_getset = cw_getset,
    .tp_descr_get = classmethod_get,
    .tp_dictoffset = offsetof(CallableWrapperObject, dict),
    .tp_init = classmethod_init,
    .tp_new = cw_tp_new,
};

TypeObject StaticMethodType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(CallableWrapperObject),
    .tp_dealloc = cw_dealloc,
    .tp_repr = staticmethod_repr,
    .tp_call = staticmethod_call,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "staticmethod(function) -> method\n\n"
              "Convert a function to be a static method.",
    .tp_traverse = cw_traverse,
    .tp_clear = cw_clear,
    .tp_members = cw_members,
    .tp_getset = cw_getset,
    .tp_descr_get = staticmethod_get,
    .tp_dictoffset = offsetof(CallableWrapperObject, dict),
    .tp_init = staticmethod_init,
    .tp_new = cw_tp_new,
};

/* ---- property -------------------------------------------------------------------------------- */

typedef struct PropertyObject {
    OB_HEAD;
    Object *fget, *fset, *fdel;
    Object *doc;
    Object *name;               /* set by __set_name__, for messages */
    int getter_doc;             /* doc was taken from fget: a new getter brings its own */
} PropertyObject;
#define PR(o) ((PropertyObject *)(o))

static Object *property_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                               Object *kwnames)
{
    return obj_alloc(type);
}

static void property_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(PR(o)->fget);
    CLEAR(PR(o)->fset);
    CLEAR(PR(o)->fdel);
    CLEAR(PR(o)->doc);
    CLEAR(PR(o)->name);
    TYPE(o)->tp_free(o);
}

static int property_traverse(Object *o, visitproc visit, void *arg)
{
    Object *fields[] = { PR(o)->fget, PR(o)->fset, PR(o)->fdel, PR(o)->doc, PR(o)->name };
    for (int i = 0; i < 5; i++) {
        int r;
        if (fields[i] != NULL && (r = visit(fields[i], arg)) != 0)
            return r;
    }
    return 0;
}

static int property_clear(Object *o)
{
    CLEAR(PR(o)->fget);
    CLEAR(PR(o)->fset);
    CLEAR(PR(o)->fdel);
    CLEAR(PR(o)->doc);
    CLEAR(PR(o)->name);
    return 0;
}

static void set_or_clear(Object **slot, Object *v)
{
    if (v == NONE)
        v = NULL;
    XINCREF(v);
    SETREF(*slot, v);
}

static int property_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const kwlist[] = { "fget", "fset", "fdel", "doc", NULL };
    Object *a[4] = { NULL, NULL, NULL, NULL };
    if (args_parse("property", args, nargs, kwnames, kwlist, 0, 4, a) < 0)
        return -1;
    PropertyObject *p = PR(self);
    set_or_clear(&p->fget, a[0]);
    set_or_clear(&p->fset, a[1]);
    set_or_clear(&p->fdel, a[2]);
    CLEAR(p->name);
    p->getter_doc = 0;
    Object *doc = a[3] != NULL && a[3] != NONE ? NEWREF(a[3]) : NULL;
    if (doc == NULL && p->fget != NULL) {
        if (obj_lookup_attr(p->fget, ID(__doc__), &doc) < 0)
            return -1;
        p->getter_doc = 1;
    }
    if (TYPE(self) == &PropertyType) {
        SETREF(p->doc, doc);
        return 0;
    }
    /* In a subclass, the class's own __doc__ would shadow the slot: put it in the instance. */
    int r = obj_setattr(self, ID(__doc__), doc ? doc : NONE);
    XDECREF(doc);
    return r;
}

static Object *property_owner_name(Object *obj)
{
    return cfunction_type_qualname(TYPE(obj));
}

/* AttributeError "property 'x' of 'A' object has no <what>". */
static Object *property_missing(Object *self, Object *obj, const char *what)
{
    Object *q = property_owner_name(obj);
    if (q == NULL)
        return NULL;
    if (PR(self)->name != NULL)
        err_format(&Exc_AttributeError, "property %R of %R object has no %s", PR(self)->name, q,
                   what);
    else
        err_format(&Exc_AttributeError, "property of %R object has no %s", q, what);
    DECREF(q);
    return NULL;
}

static Object *property_get(Object *self, Object *obj, Object *type)
{
    if (obj == NULL || obj == NONE)
        return NEWREF(self);
    if (PR(self)->fget == NULL)
        return property_missing(self, obj, "getter");
    return obj_call(PR(self)->fget, &obj, 1, NULL);
}

static int property_set(Object *self, Object *obj, Object *value)
{
    Object *f = value == NULL ? PR(self)->fdel : PR(self)->fset;
    if (f == NULL) {
        property_missing(self, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    Object *args[2] = { obj, value };
    Object *r = obj_call(f, args, value == NULL ? 1 : 2, NULL);
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

/* getter/setter/deleter: a copy of the property (of its own type) with one function replaced. */
static Object *property_copy(Object *self, Object *get, Object *set, Object *del)
{
    PropertyObject *p = PR(self);
    if (get == NULL || get == NONE)
        get = p->fget ? p->fget : NONE;
    if (set == NULL || set == NONE)
        set = p->fset ? p->fset : NONE;
    if (del == NULL || del == NONE)
        del = p->fdel ? p->fdel : NONE;
    /* A doc that came from the getter is taken again from the (possibly new) getter. */
    Object *doc = (p->getter_doc && get != NONE) || p->doc == NULL ? NONE : p->doc;
    Object *f[4] = { get, set, del, doc };
    Object *r = obj_call((Object *)TYPE(self), f, 4, NULL);
    if (r != NULL && IS_INSTANCE(r, &PropertyType)) {
        XINCREF(p->name);
        SETREF(PR(r)->name, p->name);
    }
    return r;
}

static Object *property_getter(Object *self, Object *f) { return property_copy(self, f, 0, 0); }
static Object *property_setter(Object *self, Object *f) { return property_copy(self, 0, f, 0); }
static Object *property_deleter(Object *self, Object *f) { return property_copy(self, 0, 0, f); }

static Object *property_set_name(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("__set_name__", nargs, 2, 2) < 0)
        return NULL;
    INCREF(args[1]);
    SETREF(PR(self)->name, args[1]);
    RETURN_NONE;
}

static Object *property_get_isabstract(Object *self, void *c)
{
    Object *fs[3] = { PR(self)->fget, PR(self)->fset, PR(self)->fdel };
    return any_abstract(fs, 3);
}

static MethodDef property_methods[] = {
    { "getter", property_getter, METH_O,
      "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", property_setter, METH_O,
      "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", property_deleter, METH_O,
      "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", property_set_name, METH_FASTCALL, "Method to set name of a property." },
    { NULL },
};

static MemberDef property_members[] = {
    { "fget", T_OBJECT, offsetof(PropertyObject, fget), READONLY, NULL },
    { "fset", T_OBJECT, offsetof(PropertyObject, fset), READONLY, NULL },
    { "fdel", T_OBJECT, offsetof(PropertyObject, fdel), READONLY, NULL },
    { "__doc__", T_OBJECT, offsetof(PropertyObject, doc), 0, NULL },
    { NULL },
};

static GetSetDef property_getset[] = {
    { "__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL },
    { NULL },
};

TypeObject PropertyType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(PropertyObject),
    .tp_dealloc = property_dealloc,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "Property attribute.\n\n"
              "  fget\n    function to be used for getting an attribute value\n"
              "  fset\n    function to be used for setting an attribute value\n"
              "  fdel\n    function to be used for del'ing an attribute\n"
              "  doc\n    docstring",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getset,
    .tp_descr_get = property_get,
    .tp_descr_set = property_set,
    .tp_init = property_init,
    .tp_new = property_tp_new,
};

/* ---- mappingproxy ---------------------------------------------------------------------------- */

typedef struct MappingProxyObject { OB_HEAD; Object *mapping; } MappingProxyObject;
#define MP(o) (((MappingProxyObject *)(o))->mapping)

Object *mappingproxy_new(Object *mapping)
{
    Object *p = obj_alloc(&MappingProxyType);
    if (p != NULL)
        MP(p) = NEWREF(mapping);
    return p;
}

/* mappingproxy(mapping): anything with __getitem__ except a list or tuple. */
static Object *mappingproxy_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                   Object *kwnames)
{
    static const char *const kwlist[] = { "mapping", NULL };
    Object *m = NULL;
    if (args_parse("mappingproxy", args, nargs, kwnames, kwlist, 1, 1, &m) < 0)
        return NULL;
    if (IS_LIST(m) || IS_TUPLE(m) || TYPE(m)->tp_as_mapping == NULL ||
        TYPE(m)->tp_as_mapping->mp_subscript == NULL)
        return err_format(&Exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                          TYPE(m)->tp_name);
    return mappingproxy_new(m);
}

static void mappingproxy_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(MP(o));
    TYPE(o)->tp_free(o);
}

static int mappingproxy_traverse(Object *o, visitproc visit, void *arg)
{
    return MP(o) != NULL ? visit(MP(o), arg) : 0;
}

static ssize_t mappingproxy_len(Object *o) { return obj_length(MP(o)); }
static Object *mappingproxy_getitem(Object *o, Object *k) { return obj_getitem(MP(o), k); }
static int mappingproxy_contains(Object *o, Object *k)
{
    if (IS_DICT_EXACT(MP(o)))
        return dict_contains(MP(o), k);
    return obj_contains(MP(o), k);
}
static Object *mappingproxy_iter(Object *o) { return obj_get_iter(MP(o)); }
static Object *mappingproxy_str(Object *o) { return obj_str(MP(o)); }
static Object *mappingproxy_repr(Object *o)
{
    return str_from_format("mappingproxy(%R)", MP(o));
}
static Object *mappingproxy_richcompare(Object *o, Object *other, int op)
{
    return obj_richcompare(MP(o), other, op);
}

static Object *mappingproxy_get(Object *o, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("get", nargs, 1, 2) < 0)
        return NULL;
    Object *call[2] = { args[0], nargs > 1 ? args[1] : NONE };
    return obj_call_method(MP(o), "get", call, 2);
}

static Object *mappingproxy_keys(Object *o, Object *u)
{
    return obj_call_method(MP(o), "keys", NULL, 0);
}
static Object *mappingproxy_values(Object *o, Object *u)
{
    return obj_call_method(MP(o), "values", NULL, 0);
}
static Object *mappingproxy_items(Object *o, Object *u)
{
    return obj_call_method(MP(o), "items", NULL, 0);
}
static Object *mappingproxy_copy(Object *o, Object *u)
{
    return obj_call_method(MP(o), "copy", NULL, 0);
}
static Object *mappingproxy_reversed(Object *o, Object *u)
{
    return obj_call_method(MP(o), "__reversed__", NULL, 0);
}

static MethodDef mappingproxy_methods[] = {
    { "get", mappingproxy_get, METH_FASTCALL,
      "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None." },
    { "keys", mappingproxy_keys, METH_NOARGS, "D.keys() -> a set-like object providing a view on "
      "D's keys" },
    { "values", mappingproxy_values, METH_NOARGS, "D.values() -> an object providing a view on "
      "D's values" },
    { "items", mappingproxy_items, METH_NOARGS, "D.items() -> a set-like object providing a view "
      "on D's items" },
    { "copy", mappingproxy_copy, METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "__reversed__", mappingproxy_reversed, METH_NOARGS, "D.__reversed__() -> reverse iterator" },
    { NULL },
};

static MappingMethods mappingproxy_as_mapping = {
    .mp_length = mappingproxy_len,
    .mp_subscript = mappingproxy_getitem,
};

static SequenceMethods mappingproxy_as_sequence = {
    .sq_contains = mappingproxy_contains,
};

TypeObject MappingProxyType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MappingProxyObject),
    .tp_dealloc = mappingproxy_dealloc,
    .tp_repr = mappingproxy_repr,
    .tp_as_sequence = &mappingproxy_as_sequence,
    .tp_as_mapping = &mappingproxy_as_mapping,
    .tp_hash = obj_hash_not_implemented,
    .tp_str = mappingproxy_str,
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_traverse = mappingproxy_traverse,
    .tp_richcompare = mappingproxy_richcompare,
    .tp_iter = mappingproxy_iter,
    .tp_methods = mappingproxy_methods,
    .tp_new = mappingproxy_tp_new,
};

/* ---- start-up -------------------------------------------------------------------------------- */

void descr_init(void)
{
    static TypeObject *const types[] = {
        &CFunctionType, &MethodDescrType, &ClassMethodDescrType, &MemberDescrType,
        &GetSetDescrType, &WrapperDescrType, &MethodWrapperType, &ClassMethodType,
        &StaticMethodType, &PropertyType, &MappingProxyType,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        if (type_ready(types[i]) < 0) {
            fprintf(stderr, "ouro: cannot initialise %s\n", types[i]->tp_name);
            abort();
        }
    }
}
