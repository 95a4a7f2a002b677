/* module.c — module objects: a named namespace dict.
 *
 * Attribute access is the generic one over md_dict (tp_dictoffset), then a module-level
 * __getattr__ (PEP 562), then CPython 3.11's AttributeError texts.  Built-in modules are made from
 * a ModuleDef table (module_from_def); md_def remembers it so repr can say "(built-in)". */
#include "funcobj.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "weakref.h"
#include "../runtime/gc.h"

/* Fill the standard entries of a fresh module dict. */
static int module_init_dict(Object *dict, Object *name, Object *doc) {
    if (!doc)
        doc = NONE;
    if (dict_setitem(dict, ID(__name__), name) < 0 || dict_setitem(dict, ID(__doc__), doc) < 0 ||
        dict_setitem(dict, ID(__package__), NONE) < 0 ||
        dict_setitem(dict, ID(__loader__), NONE) < 0 ||
        dict_setitem(dict, ID(__spec__), NONE) < 0)
        return -1;
    return 0;
}

static ModuleObject *module_alloc(TypeObject *type) {
    ModuleObject *m = (ModuleObject *)obj_alloc(type);
    if (!m)
        return NULL;
    if (!(m->md_dict = dict_new())) {
        DECREF(m);
        return NULL;
    }
    return m;
}

Object *module_new(Object *name) {
    ModuleObject *m = module_alloc(&ModuleType);
    if (!m)
        return NULL;
    m->md_name = NEWREF(name);
    if (module_init_dict(m->md_dict, name, NULL) < 0) {
        DECREF(m);
        return NULL;
    }
    return (Object *)m;
}

int module_add(Object *m, const char *name, Object *v) {
    if (!v)
        return -1;
    int r = dict_setitem_str(MODULE_DICT(m), name, v);
    DECREF(v);
    return r;
}

Object *module_from_def(ModuleDef *def) {
    Object *name = str_from_cstr(def->name);
    if (!name)
        return NULL;
    ModuleObject *m = (ModuleObject *)module_new(name);
    DECREF(name);
    if (!m)
        return NULL;
    m->md_def = def;
    if (def->doc) {
        Object *doc = str_from_cstr(def->doc);
        if (!doc || dict_setitem(m->md_dict, ID(__doc__), doc) < 0) {
            XDECREF(doc);
            DECREF(m);
            return NULL;
        }
        DECREF(doc);
    }
    for (MethodDef *ml = def->methods; ml && ml->name; ml++) {
        Object *f = cfunction_new(ml, (Object *)m, m->md_name);
        if (!f || module_add((Object *)m, ml->name, f) < 0) {
            DECREF(m);
            return NULL;
        }
    }
    if (def->init && def->init((Object *)m) < 0) {
        DECREF(m);
        return NULL;
    }
    return (Object *)m;
}

static void module_dealloc(Object *self) {
    ModuleObject *m = (ModuleObject *)self;
    gc_untrack(self);
    if (m->md_weaklist) weakref_clear_all(self);
    CLEAR(m->md_dict);
    CLEAR(m->md_name);
    TYPE(self)->tp_free(self);
}

static int module_traverse(Object *self, visitproc visit, void *arg) {
    ModuleObject *m = (ModuleObject *)self;
    int r = m->md_dict ? visit(m->md_dict, arg) : 0;
    return r ? r : (m->md_name ? visit(m->md_name, arg) : 0);
}

static int module_clear(Object *self) {
    CLEAR(((ModuleObject *)self)->md_dict);
    return 0;
}

/* The module's __name__ as a str, borrowed, or NULL (no exception). */
static Object *module_name(Object *self) {
    Object *d = MODULE_DICT(self);
    Object *name = d ? dict_getitem(d, ID(__name__)) : NULL;
    if (!name && err_occurred())
        err_clear();
    return name && IS_STR(name) ? name : NULL;
}

static Object *module_repr(Object *self) {
    Object *name = module_name(self);
    Object *d = MODULE_DICT(self);
    Object *file = d ? dict_getitem(d, ID(__file__)) : NULL;
    if (!file && err_occurred())
        err_clear();
    const char *n = name ? NULL : "?";
    if (file && IS_STR(file))
        return n ? str_from_format("<module '?' from %R>", file)
                 : str_from_format("<module %R from %R>", name, file);
    if (((ModuleObject *)self)->md_def)
        return n ? str_from_format("<module '?' (built-in)>")
                 : str_from_format("<module %R (built-in)>", name);
    return n ? str_from_format("<module '?'>") : str_from_format("<module %R>", name);
}

/* True when the module is still being imported (__spec__._initializing). */
static bool module_initializing(Object *self) {
    Object *spec = dict_getitem(MODULE_DICT(self), ID(__spec__));
    if (!spec || spec == NONE) {
        err_clear();
        return false;
    }
    static Object *initializing;     /* "_initializing", interned once and kept */
    if (!initializing && !(initializing = str_intern_cstr("_initializing"))) {
        err_clear();
        return false;
    }
    Object *v = NULL;
    if (obj_lookup_attr(spec, initializing, &v) <= 0) {
        err_clear();
        return false;
    }
    int t = obj_is_true(v);
    DECREF(v);
    if (t < 0)
        err_clear();
    return t > 0;
}

static void set_attribute_error_info(Object *self, Object *name) {
    Object *exc = err_occurred();
    if (exc && IS_INSTANCE(exc, &Exc_AttributeError)) {
        AttributeErrorObject *ae = (AttributeErrorObject *)exc;
        if (!ae->name)
            ae->name = NEWREF(name);
        if (!ae->obj)
            ae->obj = NEWREF(self);
    }
}

static Object *module_getattro(Object *self, Object *name) {
    Object *r = obj_generic_getattr(self, name);
    if (r || !err_matches(&Exc_AttributeError))
        return r;
    err_clear();
    Object *d = MODULE_DICT(self);
    if (d) {
        Object *getattr = dict_getitem(d, ID(__getattr__));
        if (getattr)
            return obj_call1(getattr, name);
        if (err_occurred())
            return NULL;
        Object *mname = module_name(self);
        if (mname) {
            if (module_initializing(self))
                err_format(&Exc_AttributeError, "partially initialized module '%U' has no "
                           "attribute '%U' (most likely due to a circular import)", mname, name);
            else
                err_format(&Exc_AttributeError, "module '%U' has no attribute '%U'", mname,
                           name);
            set_attribute_error_info(self, name);
            return NULL;
        }
    }
    err_format(&Exc_AttributeError, "module has no attribute '%U'", name);
    set_attribute_error_info(self, name);
    return NULL;
}

/* module(name, doc=None) */
static Object *module_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                             Object *kwnames) {
    return (Object *)module_alloc(type);
}

static int module_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = { "name", "doc", NULL };
    Object *a[2] = { NULL, NULL };
    if (args_parse("module", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return -1;
    if (!IS_STR(a[0])) {
        err_format(&Exc_TypeError, "module() argument 'name' must be str, not %s",
                   TYPE(a[0])->tp_name);
        return -1;
    }
    ModuleObject *m = (ModuleObject *)self;
    SETREF(m->md_name, NEWREF(a[0]));
    return module_init_dict(m->md_dict, a[0], a[1]);
}

/* dir(module): the module's __dir__ function if it defines one, else its names. */
static Object *module_dir(Object *self, Object *unused) {
    Object *d = MODULE_DICT(self);
    if (!d || !IS_DICT(d))
        return err_format(&Exc_TypeError, "<module>.__dict__ is not a dictionary");
    Object *f = dict_getitem(d, ID(__dir__));
    if (f)
        return obj_call0(f);
    if (err_occurred())
        return NULL;
    return dict_keys_list(d);
}

/* __annotations__ lives in the module dict, created on first access (3.10+). */
static Object *module_get_annotations(Object *self, void *c) {
    Object *d = MODULE_DICT(self);
    Object *a = dict_getitem(d, ID(__annotations__));
    if (a)
        return NEWREF(a);
    if (err_occurred())
        return NULL;
    if (!(a = dict_new()))
        return NULL;
    if (dict_setitem(d, ID(__annotations__), a) < 0)
        CLEAR(a);
    return a;
}

static int module_set_annotations(Object *self, Object *v, void *c) {
    Object *d = MODULE_DICT(self);
    if (v)
        return dict_setitem(d, ID(__annotations__), v);
    if (dict_delitem(d, ID(__annotations__)) < 0) {
        if (err_matches(&Exc_KeyError)) {
            err_clear();
            err_set_object(&Exc_AttributeError, ID(__annotations__));
        }
        return -1;
    }
    return 0;
}

static MethodDef module_methods[] = {
    { "__dir__", (void *)module_dir, METH_NOARGS,
      "__dir__() -> list\nspecialized dir() implementation" },
    { NULL }
};

static MemberDef module_members[] = {
    { "__dict__", T_OBJECT, offsetof(ModuleObject, md_dict), READONLY, NULL },
    { NULL }
};

static GetSetDef module_getset[] = {
    { "__annotations__", module_get_annotations, module_set_annotations, NULL, NULL },
    { NULL }
};

TypeObject ModuleType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(ModuleObject),
    .tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = obj_generic_setattr,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_weaklistoffset = offsetof(ModuleObject, md_weaklist),
    .tp_methods = module_methods,
    .tp_members = module_members,
    .tp_getset = module_getset,
    .tp_dictoffset = offsetof(ModuleObject, md_dict),
    .tp_init = module_tp_init,
    .tp_new = module_tp_new,
    .tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument "
              "can have any type.",
};
