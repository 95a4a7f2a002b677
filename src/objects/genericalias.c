/* genericalias.c — types.GenericAlias, what list[int] and dict[str, int] make (PEP 585).
 *
 * A GenericAlias holds (origin, args); calling it calls the origin (and tries to set
 * __orig_class__ on the result), attribute reads other than its own go to the origin, it shows
 * as CPython prints it (list[int], dict[str, __main__.A], tuple[()], Callable[[int], str]), and
 * as a base class it stands for its origin (__mro_entries__).  isinstance/issubclass against it
 * are TypeErrors; X | Y makes a types.UnionType (unionobject.c).  Not provided: type-variable
 * substitution.  generic_alias_class_getitem is the __class_getitem__ of list, dict, tuple,
 * set, frozenset, and the containers of the collections module; obj_getitem (abstract.c) uses
 * it for type[X]. */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "../runtime/gc.h"

typedef struct GenericAliasObject {
    OB_HEAD;
    Object *origin;
    Object *args;               /* a tuple */
    Object *parameters;         /* the type variables among args, made on first use (or NULL) */
} GenericAliasObject;

#define GA(o) ((GenericAliasObject *)(o))

TypeObject GenericAliasType;

Object *generic_alias_new(Object *origin, Object *args) {
    Object *targs = IS_TUPLE(args) ? NEWREF(args) : tuple_pack(1, args);
    if (!targs) return NULL;
    GenericAliasObject *ga = (GenericAliasObject *)obj_alloc(&GenericAliasType);
    if (!ga) { DECREF(targs); return NULL; }
    ga->origin = NEWREF(origin);
    ga->args = targs;
    return (Object *)ga;
}

/* METH_O | METH_CLASS: cls[args]. */
Object *generic_alias_class_getitem(Object *cls, Object *args) {
    return generic_alias_new(cls, args);
}

static void ga_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(GA(self)->origin);
    CLEAR(GA(self)->args);
    CLEAR(GA(self)->parameters);
    TYPE(self)->tp_free(self);
}

static int ga_traverse(Object *self, visitproc visit, void *arg) {
    int r;
    if (GA(self)->origin && (r = visit(GA(self)->origin, arg))) return r;
    if (GA(self)->args && (r = visit(GA(self)->args, arg))) return r;
    if (GA(self)->parameters && (r = visit(GA(self)->parameters, arg))) return r;
    return 0;
}

/* An interned attribute name (borrowed, kept for the process). */
static Object *attr_name(Object **slot, const char *s) {
    if (!*slot) *slot = str_intern_cstr(s);
    return *slot;
}

/* One argument as CPython's ga_repr_item shows it. */
int generic_alias_repr_item(StrBuilder *sb, Object *p) {
    static Object *s_origin, *s_args, *s_qualname, *s_module;
    if (!attr_name(&s_origin, "__origin__") || !attr_name(&s_args, "__args__") ||
        !attr_name(&s_qualname, "__qualname__") || !attr_name(&s_module, "__module__"))
        return -1;
    if (p == ELLIPSIS) return sb_append_cstr(sb, "...");
    Object *qualname = NULL, *module = NULL, *tmp = NULL;
    int r;
    if ((r = obj_lookup_attr(p, s_origin, &tmp)) < 0) return -1;
    if (r > 0) {
        DECREF(tmp);
        if ((r = obj_lookup_attr(p, s_args, &tmp)) < 0) return -1;
        if (r > 0) { DECREF(tmp); return sb_append_repr(sb, p); }
    }
    if (obj_lookup_attr(p, s_qualname, &qualname) < 0) return -1;
    if (!qualname) return sb_append_repr(sb, p);
    if (obj_lookup_attr(p, s_module, &module) < 0) { DECREF(qualname); return -1; }
    if (!module || module == NONE) {
        XDECREF(module);
        DECREF(qualname);
        return sb_append_repr(sb, p);
    }
    if (!(IS_STR(module) && str_eq_cstr(module, "builtins"))) {
        Object *m = obj_str(module);
        r = m ? sb_append_str(sb, m) : -1;
        XDECREF(m);
        if (r < 0 || sb_append_char(sb, '.') < 0) { DECREF(module); DECREF(qualname); return -1; }
    }
    Object *q = obj_str(qualname);
    r = q ? sb_append_str(sb, q) : -1;
    XDECREF(q);
    DECREF(module);
    DECREF(qualname);
    return r;
}

static Object *ga_repr(Object *self) {
    StrBuilder sb;
    sb_init(&sb);
    if (generic_alias_repr_item(&sb, GA(self)->origin) < 0 || sb_append_char(&sb, '[') < 0) goto fail;
    Object *args = GA(self)->args;
    ssize_t n = TUPLE_LEN(args);
    if (n == 0 && sb_append_cstr(&sb, "()") < 0) goto fail;
    for (ssize_t i = 0; i < n; i++) {
        if (i && sb_append_cstr(&sb, ", ") < 0) goto fail;
        Object *a = TUPLE_GET(args, i);
        if (IS_LIST(a)) {
            if (sb_append_char(&sb, '[') < 0) goto fail;
            for (ssize_t j = 0; j < LIST_LEN(a); j++) {
                if (j && sb_append_cstr(&sb, ", ") < 0) goto fail;
                if (generic_alias_repr_item(&sb, LIST_GET(a, j)) < 0) goto fail;
            }
            if (sb_append_char(&sb, ']') < 0) goto fail;
        } else if (generic_alias_repr_item(&sb, a) < 0) {
            goto fail;
        }
    }
    if (sb_append_char(&sb, ']') < 0) goto fail;
    return sb_finish(&sb);
fail:
    sb_discard(&sb);
    return NULL;
}

static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static Object *ga_getattro(Object *self, Object *name) {
    if (IS_STR(name)) {
        for (const char *const *p = attr_exceptions; ; p++) {
            if (!*p) return obj_getattr(GA(self)->origin, name);
            if (str_eq_cstr(name, *p)) break;
        }
    }
    return obj_generic_getattr(self, name);
}

static Object *ga_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *r = obj_call(GA(self)->origin, args, nargs, kwnames);
    if (!r) return NULL;
    static Object *s_orig_class;
    if (!attr_name(&s_orig_class, "__orig_class__")) { DECREF(r); return NULL; }
    if (obj_setattr(r, s_orig_class, self) < 0) {
        if (!err_matches(&Exc_AttributeError) && !err_matches(&Exc_TypeError)) {
            DECREF(r);
            return NULL;
        }
        err_clear();
    }
    return r;
}

static Object *ga_richcompare(Object *a, Object *b, int op) {
    if (TYPE(a) != &GenericAliasType || TYPE(b) != &GenericAliasType ||
        (op != CMP_EQ && op != CMP_NE))
        RETURN_NOTIMPL;
    int eq = obj_richcompare_bool(GA(a)->origin, GA(b)->origin, CMP_EQ);
    if (eq < 0) return NULL;
    if (eq) {
        eq = obj_richcompare_bool(GA(a)->args, GA(b)->args, CMP_EQ);
        if (eq < 0) return NULL;
    }
    return bool_from((eq != 0) == (op == CMP_EQ));
}

static int64_t ga_hash(Object *self) {
    int64_t h0 = obj_hash(GA(self)->origin);
    if (h0 == -1) return -1;
    int64_t h1 = obj_hash(GA(self)->args);
    if (h1 == -1) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static Object *ga_mro_entries(Object *self, Object *bases) {
    return tuple_pack(1, GA(self)->origin);
}

static Object *ga_instancecheck(Object *self, Object *x) {
    return err_format(&Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Object *ga_subclasscheck(Object *self, Object *x) {
    return err_format(&Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/* __parameters__: the type variables (objects with __typing_subst__, as 3.11's TypeVar and
 * ParamSpec) among the arguments and in their own __parameters__, in order, once each. */
static int collect_parameters(Object *list, Object *args) {
    static Object *s_subst, *s_params;
    if (!s_subst && !(s_subst = str_intern_cstr("__typing_subst__"))) return -1;
    if (!s_params && !(s_params = str_intern_cstr("__parameters__"))) return -1;
    for (ssize_t i = 0; i < TUPLE_LEN(args); i++) {
        Object *a = TUPLE_GET(args, i), *attr;
        if (IS_INSTANCE(a, &TypeType)) continue;
        int r = obj_lookup_attr(a, s_subst, &attr);
        if (r < 0) return -1;
        if (r > 0) {
            DECREF(attr);
            if ((r = obj_contains(list, a)) < 0 || (!r && list_append(list, a) < 0)) return -1;
            continue;
        }
        if (obj_lookup_attr(a, s_params, &attr) < 0) return -1;
        if (attr && IS_TUPLE(attr) && collect_parameters(list, attr) < 0) {
            DECREF(attr);
            return -1;
        }
        XDECREF(attr);
    }
    return 0;
}

Object *generic_parameters(Object *args) {
    Object *list = list_new(0);
    if (!list || collect_parameters(list, args) < 0) {
        XDECREF(list);
        return NULL;
    }
    Object *t = list_as_tuple(list);
    DECREF(list);
    return t;
}

/* The position of o in tuple t by identity, or -1. */
static ssize_t tuple_index_identity(Object *t, Object *o) {
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
        if (TUPLE_GET(t, i) == o) return i;
    return -1;
}

/* One argument with the type variables params replaced by items: a type variable itself, or
 * an argument having parameters of its own (list[T]) subscripted with theirs.  New reference. */
static Object *substitute(Object *a, Object *params, Object *items) {
    ssize_t i = tuple_index_identity(params, a);
    if (i >= 0) return NEWREF(TUPLE_GET(items, i));
    if (IS_INSTANCE(a, &TypeType) || (TYPE(a) != &GenericAliasType && !IS_UNION(a)))
        return NEWREF(a);
    Object *own = obj_getattr_str(a, "__parameters__");
    if (!own) return NULL;
    ssize_t n = IS_TUPLE(own) ? TUPLE_LEN(own) : 0;
    Object *sub = n ? tuple_new(n) : NULL;
    for (ssize_t j = 0; sub && j < n; j++) {
        ssize_t k = tuple_index_identity(params, TUPLE_GET(own, j));    /* params include own */
        TUPLE_SET(sub, j, NEWREF(k >= 0 ? TUPLE_GET(items, k) : TUPLE_GET(own, j)));
    }
    DECREF(own);
    if (!n) return NEWREF(a);
    Object *r = sub ? obj_getitem(a, TUPLE_LEN(sub) == 1 ? TUPLE_GET(sub, 0) : sub) : NULL;
    XDECREF(sub);
    return r;
}

Object *generic_substitute(Object *self, Object *args, Object *params, Object *key) {
    ssize_t n = TUPLE_LEN(params);
    if (n == 0) return err_format(&Exc_TypeError, "%R is not a generic class", self);
    Object *items = IS_TUPLE(key) ? NEWREF(key) : tuple_pack(1, key);
    if (!items) return NULL;
    if (TUPLE_LEN(items) != n) {
        err_format(&Exc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                   TUPLE_LEN(items) > n ? "many" : "few", self, TUPLE_LEN(items), n);
        DECREF(items);
        return NULL;
    }
    Object *r = tuple_new(TUPLE_LEN(args));
    for (ssize_t i = 0; r && i < TUPLE_LEN(args); i++) {
        Object *a = substitute(TUPLE_GET(args, i), params, items);
        if (!a) CLEAR(r);
        else TUPLE_SET(r, i, a);
    }
    DECREF(items);
    return r;
}

static Object *ga_get_parameters(Object *self, void *closure) {
    if (!GA(self)->parameters && !(GA(self)->parameters = generic_parameters(GA(self)->args)))
        return NULL;
    return NEWREF(GA(self)->parameters);
}

/* list[T][int] is list[int]. */
static Object *ga_getitem(Object *self, Object *key) {
    Object *params = ga_get_parameters(self, NULL);
    Object *args = params ? generic_substitute(self, GA(self)->args, params, key) : NULL;
    XDECREF(params);
    if (!args) return NULL;
    Object *r = generic_alias_new(GA(self)->origin, args);
    DECREF(args);
    return r;
}

static Object *ga_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (args_no_kwargs("GenericAlias", kwnames) < 0 ||
        args_check_positional("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return generic_alias_new(args[0], args[1]);
}

static MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_O, NULL},
    {"__instancecheck__", ga_instancecheck, METH_O, NULL},
    {"__subclasscheck__", ga_subclasscheck, METH_O, NULL},
    {NULL}
};

static MemberDef ga_members[] = {
    {"__origin__", T_OBJECT, offsetof(GenericAliasObject, origin), READONLY, NULL},
    {"__args__", T_OBJECT, offsetof(GenericAliasObject, args), READONLY, NULL},
    {NULL}
};

static GetSetDef ga_getsets[] = {
    {"__parameters__", ga_get_parameters, NULL, NULL},
    {NULL}
};

static NumberMethods ga_as_number = { .nb_or = union_type_or };

static MappingMethods ga_as_mapping = {
    .mp_subscript = ga_getitem,
};

TypeObject GenericAliasType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GenericAliasObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
              "and t.__args__ is (int,).",
    .tp_dealloc = ga_dealloc,
    .tp_free = obj_free,
    .tp_repr = ga_repr,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_as_number = &ga_as_number,
    .tp_traverse = ga_traverse,
    .tp_richcompare = ga_richcompare,
    .tp_as_mapping = &ga_as_mapping,
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getsets,
    .tp_new = ga_tp_new,
};
