/* function.c — Python functions: a code object bound to globals, defaults and a closure.
 *
 * Calling a function goes through its `vectorcall` field, which the VM sets (function_vectorcall,
 * installed by ceval_init) so that objects/ never calls into vm/ directly; the eval loop
 * recognises functions and runs them without going through here at all.  Reading a function
 * from a class gives a bound method (tp_descr_get).  Arbitrary attributes live in func_dict,
 * created on first use (tp_dictoffset lets the generic getattr/setattr find it). */
#include "funcobj.h"
#include "code.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "weakref.h"
#include "../runtime/gc.h"

callfunc function_vectorcall;
Object *(*hook_builtins)(void);

/* The builtins of a function with these globals: globals['__builtins__'] (a module's dict or
 * the dict itself), else the interpreter's.  Borrowed. */
static Object *builtins_from_globals(Object *globals) {
    Object *b = dict_getitem(globals, ID(__builtins__));
    if (b && IS_MODULE(b))
        return MODULE_DICT(b);
    if (b && IS_DICT(b))
        return b;
    if (err_occurred())
        err_clear();
    return hook_builtins ? hook_builtins() : NULL;
}

Object *function_new(Object *code, Object *globals, Object *qualname) {
    FunctionObject *f = (FunctionObject *)obj_alloc(&FunctionType);
    if (!f)
        return NULL;
    CodeObject *co = (CodeObject *)code;
    f->func_code = NEWREF(code);
    f->func_globals = NEWREF(globals);
    Object *b = builtins_from_globals(globals);
    f->func_builtins = b ? NEWREF(b) : dict_new();
    f->func_name = NEWREF(co->co_name);
    f->func_qualname = NEWREF(qualname ? qualname : co->co_qualname);
    Object *doc = TUPLE_LEN(co->co_consts) > 0 ? TUPLE_GET(co->co_consts, 0) : NULL;
    f->func_doc = NEWREF(doc && IS_STR(doc) ? doc : NONE);
    Object *module = dict_getitem(globals, ID(__name__));
    if (!module && err_occurred())
        err_clear();
    f->func_module = NEWREF(module ? module : NONE);
    f->vectorcall = function_vectorcall;
    if (!f->func_builtins) {
        DECREF(f);
        return NULL;
    }
    return (Object *)f;
}

static int func_traverse(Object *self, visitproc visit, void *arg) {
    FunctionObject *f = (FunctionObject *)self;
    Object *parts[] = { f->func_code, f->func_globals, f->func_builtins, f->func_name,
                        f->func_qualname, f->func_defaults, f->func_kwdefaults,
                        f->func_closure, f->func_doc, f->func_dict, f->func_module,
                        f->func_annotations };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (parts[i]) {
            int r = visit(parts[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int func_clear(Object *self) {
    FunctionObject *f = (FunctionObject *)self;
    CLEAR(f->func_globals);
    CLEAR(f->func_builtins);
    CLEAR(f->func_module);
    CLEAR(f->func_defaults);
    CLEAR(f->func_kwdefaults);
    CLEAR(f->func_doc);
    CLEAR(f->func_dict);
    CLEAR(f->func_closure);
    CLEAR(f->func_annotations);
    return 0;
}

static void func_dealloc(Object *self) {
    FunctionObject *f = (FunctionObject *)self;
    gc_untrack(self);
    if (f->func_weakreflist) weakref_clear_all(self);
    func_clear(self);
    CLEAR(f->func_code);
    CLEAR(f->func_name);
    CLEAR(f->func_qualname);
    TYPE(self)->tp_free(self);
}

static Object *func_repr(Object *self) {
    return str_from_format("<function %U at %p>", ((FunctionObject *)self)->func_qualname, self);
}

static Object *func_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return ((FunctionObject *)self)->vectorcall(self, args, nargs, kwnames);
}

static Object *func_descr_get(Object *self, Object *obj, Object *type) {
    if (obj == NULL || obj == NONE)
        return NEWREF(self);
    return method_new(self, obj);
}

/* ---- attributes ------------------------------------------------------------------------------ */

static Object *func_get_code(Object *self, void *c) {
    return NEWREF(((FunctionObject *)self)->func_code);
}
static int func_set_code(Object *self, Object *v, void *c) {
    if (!v || TYPE(v) != &CodeType) {
        err_set_string(&Exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    SETREF(((FunctionObject *)self)->func_code, NEWREF(v));
    return 0;
}

/* Settable attributes holding an object of one type or None (NULL inside). */
static Object *get_opt(Object *v) { return NEWREF(v ? v : NONE); }
static int set_opt(Object **slot, Object *v, bool ok, const char *msg) {
    if (v == NONE)
        v = NULL;
    if (v && !ok) {
        err_set_string(&Exc_TypeError, msg);
        return -1;
    }
    XINCREF(v);
    SETREF(*slot, v);
    return 0;
}

static Object *func_get_defaults(Object *self, void *c) {
    return get_opt(((FunctionObject *)self)->func_defaults);
}
static int func_set_defaults(Object *self, Object *v, void *c) {
    return set_opt(&((FunctionObject *)self)->func_defaults, v, v && IS_TUPLE(v),
                   "__defaults__ must be set to a tuple object");
}
static Object *func_get_kwdefaults(Object *self, void *c) {
    return get_opt(((FunctionObject *)self)->func_kwdefaults);
}
static int func_set_kwdefaults(Object *self, Object *v, void *c) {
    return set_opt(&((FunctionObject *)self)->func_kwdefaults, v, v && IS_DICT(v),
                   "__kwdefaults__ must be set to a dict object");
}

static Object *func_get_name(Object *self, void *c) {
    return NEWREF(((FunctionObject *)self)->func_name);
}
static int func_set_name(Object *self, Object *v, void *c) {
    if (!v || !IS_STR(v)) {
        err_set_string(&Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    SETREF(((FunctionObject *)self)->func_name, NEWREF(v));
    return 0;
}
static Object *func_get_qualname(Object *self, void *c) {
    return NEWREF(((FunctionObject *)self)->func_qualname);
}
static int func_set_qualname(Object *self, Object *v, void *c) {
    if (!v || !IS_STR(v)) {
        err_set_string(&Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    SETREF(((FunctionObject *)self)->func_qualname, NEWREF(v));
    return 0;
}

static Object *func_get_dict(Object *self, void *c) {
    FunctionObject *f = (FunctionObject *)self;
    if (!f->func_dict && !(f->func_dict = dict_new()))
        return NULL;
    return NEWREF(f->func_dict);
}
static int func_set_dict(Object *self, Object *v, void *c) {
    if (!v) {
        err_set_string(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!IS_DICT(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   TYPE(v)->tp_name);
        return -1;
    }
    SETREF(((FunctionObject *)self)->func_dict, NEWREF(v));
    return 0;
}

static Object *func_get_annotations(Object *self, void *c) {
    FunctionObject *f = (FunctionObject *)self;
    if (!f->func_annotations && !(f->func_annotations = dict_new()))
        return NULL;
    return NEWREF(f->func_annotations);
}
static int func_set_annotations(Object *self, Object *v, void *c) {
    return set_opt(&((FunctionObject *)self)->func_annotations, v, v && IS_DICT(v),
                   "__annotations__ must be set to a dict object");
}

static GetSetDef func_getset[] = {
    { "__code__", func_get_code, func_set_code, NULL, NULL },
    { "__defaults__", func_get_defaults, func_set_defaults, NULL, NULL },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL },
    { "__annotations__", func_get_annotations, func_set_annotations, NULL, NULL },
    { "__dict__", func_get_dict, func_set_dict, NULL, NULL },
    { "__name__", func_get_name, func_set_name, NULL, NULL },
    { "__qualname__", func_get_qualname, func_set_qualname, NULL, NULL },
    { NULL }
};

#define F_OFF(field) offsetof(FunctionObject, field)
static MemberDef func_members[] = {
    { "__closure__", T_OBJECT, F_OFF(func_closure), READONLY, NULL },
    { "__doc__", T_OBJECT, F_OFF(func_doc), 0, NULL },
    { "__globals__", T_OBJECT, F_OFF(func_globals), READONLY, NULL },
    { "__module__", T_OBJECT, F_OFF(func_module), 0, NULL },
    { "__builtins__", T_OBJECT, F_OFF(func_builtins), READONLY, NULL },
    { NULL }
};

/* function(code, globals, name=None, argdefs=None, closure=None) */
static Object *func_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    static const char *const kwlist[] = { "code", "globals", "name", "argdefs", "closure", NULL };
    Object *a[5] = { NULL };
    if (args_parse("function", args, nargs, kwnames, kwlist, 2, 5, a) < 0)
        return NULL;
    if (TYPE(a[0]) != &CodeType)
        return err_format(&Exc_TypeError, "function() argument 'code' must be code, not %s",
                          TYPE(a[0])->tp_name);
    if (!IS_DICT(a[1]))
        return err_format(&Exc_TypeError, "function() argument 'globals' must be dict, not %s",
                          TYPE(a[1])->tp_name);
    if (a[2] && a[2] != NONE && !IS_STR(a[2]))
        return err_format(&Exc_TypeError, "arg 3 (name) must be None or string");
    if (a[3] && a[3] != NONE && !IS_TUPLE(a[3]))
        return err_format(&Exc_TypeError, "arg 4 (defaults) must be None or tuple");
    CodeObject *co = (CodeObject *)a[0];
    ssize_t nfree = TUPLE_LEN(co->co_freevars);
    ssize_t nclosure = a[4] && a[4] != NONE ? (IS_TUPLE(a[4]) ? TUPLE_LEN(a[4]) : -1) : 0;
    if (nclosure < 0)
        return err_format(&Exc_TypeError, "arg 5 (closure) must be tuple");
    if (nfree && nclosure == 0)
        return err_format(&Exc_TypeError, "arg 5 (closure) must be tuple");
    if (nclosure != nfree)
        return err_format(&Exc_ValueError, "%U requires closure of length %zd, not %zd",
                          co->co_name, nfree, nclosure);
    for (ssize_t i = 0; i < nclosure; i++)
        if (!IS_CELL(TUPLE_GET(a[4], i)))
            return err_format(&Exc_TypeError, "arg 5 (closure) expected cell, found %s",
                              TYPE(TUPLE_GET(a[4], i))->tp_name);
    FunctionObject *f = (FunctionObject *)function_new(a[0], a[1], NULL);
    if (!f)
        return NULL;
    if (a[2] && a[2] != NONE)
        SETREF(f->func_name, NEWREF(a[2]));
    if (a[3] && a[3] != NONE)
        f->func_defaults = NEWREF(a[3]);
    if (nclosure)
        f->func_closure = NEWREF(a[4]);
    return (Object *)f;
}

TypeObject FunctionType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(FunctionObject),
    .tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = func_dealloc,
    .tp_repr = func_repr,
    .tp_call = func_call,
    .tp_getattro = obj_generic_getattr,
    .tp_setattro = obj_generic_setattr,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = offsetof(FunctionObject, func_weakreflist),
    .tp_getset = func_getset,
    .tp_members = func_members,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(FunctionObject, func_dict),
    .tp_new = func_tp_new,
    .tp_doc = "Create a function object.",
};
