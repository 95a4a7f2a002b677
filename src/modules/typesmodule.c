/* typesmodule.c — _types: the C part of the types module, types.SimpleNamespace.
 *
 * A SimpleNamespace is an object whose attributes live in its __dict__ (tp_dictoffset), made
 * from keyword arguments; it compares equal to another namespace with equal attributes and
 * shows them in its repr in the order they were set.  src/lib/types.py builds the rest of the
 * types module (FunctionType, new_class, ...) in Python. */
#include "modules.h"
#include "../runtime/gc.h"

typedef struct Namespace {
    OB_HEAD;
    Object *dict;
} Namespace;

static TypeObject NamespaceType;

static Object *namespace_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    Namespace *ns = (Namespace *)obj_alloc(type);
    if (!ns) return NULL;
    ns->dict = dict_new();
    if (!ns->dict) { DECREF(ns); return NULL; }
    return (Object *)ns;
}

static int namespace_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs > 0) {
        err_set_string(&Exc_TypeError, "no positional arguments expected");
        return -1;
    }
    Object *d = ((Namespace *)self)->dict;
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (dict_setitem(d, TUPLE_GET(kwnames, i), args[i]) < 0) return -1;
    return 0;
}

static void namespace_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((Namespace *)self)->dict);
    TYPE(self)->tp_free(self);
}

static int namespace_traverse(Object *self, visitproc visit, void *arg) {
    Object *d = ((Namespace *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int namespace_tp_clear(Object *self) {
    CLEAR(((Namespace *)self)->dict);
    return 0;
}

static Object *namespace_repr(Object *self) {
    const char *name = TYPE(self) == &NamespaceType ? "namespace" : TYPE(self)->tp_name;
    int rec = repr_enter(self);
    if (rec) return rec < 0 ? NULL : str_from_format("%s(...)", name);
    StrBuilder sb;
    sb_init(&sb);
    sb_append_format(&sb, "%s(", name);
    Object *d = ((Namespace *)self)->dict, *k, *v;
    ssize_t pos = 0;
    bool first = true;
    while (d && dict_next(d, &pos, &k, &v)) {
        if (!IS_STR(k)) continue;
        INCREF(k);
        INCREF(v);
        int r = sb_append_format(&sb, first ? "%U=%R" : ", %U=%R", k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) { sb_discard(&sb); repr_leave(self); return NULL; }
        first = false;
    }
    sb_append_cstr(&sb, ")");
    repr_leave(self);
    return sb_finish(&sb);
}

static Object *namespace_richcompare(Object *a, Object *b, int op) {
    if (IS_INSTANCE(a, &NamespaceType) && IS_INSTANCE(b, &NamespaceType) &&
        (op == CMP_EQ || op == CMP_NE))
        return obj_richcompare(((Namespace *)a)->dict, ((Namespace *)b)->dict, op);
    RETURN_NOTIMPL;
}

static Object *namespace_reduce(Object *self, Object *unused) {
    Object *d = ((Namespace *)self)->dict;
    return tuple_pack(3, (Object *)TYPE(self), empty_tuple, d ? d : NONE);
}

static Object *namespace_dict_get(Object *self, void *c) {
    Namespace *ns = (Namespace *)self;
    if (!ns->dict && !(ns->dict = dict_new())) return NULL;
    return NEWREF(ns->dict);
}

static MethodDef namespace_methods[] = {
    {"__reduce__", namespace_reduce, METH_NOARGS, NULL},
    {NULL}
};

static GetSetDef namespace_getset[] = {
    {"__dict__", namespace_dict_get, NULL, NULL, NULL},
    {NULL}
};

static TypeObject NamespaceType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(Namespace),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .tp_dealloc = namespace_dealloc,
    .tp_repr = namespace_repr,
    .tp_hash = obj_hash_not_implemented,
    .tp_getattro = obj_generic_getattr,
    .tp_setattro = obj_generic_setattr,
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_tp_clear,
    .tp_richcompare = namespace_richcompare,
    .tp_methods = namespace_methods,
    .tp_getset = namespace_getset,
    .tp_dictoffset = offsetof(Namespace, dict),
    .tp_init = namespace_init,
    .tp_new = namespace_tp_new,
};

static int types_c_init(Object *m) {
    if (type_ready(&NamespaceType) < 0) return -1;
    return module_add(m, "SimpleNamespace", NEWREF_(&NamespaceType));
}

ModuleDef types_c_module_def = {
    "_types",
    "Helpers for the types module (SimpleNamespace).",
    NULL,
    types_c_init,
};
