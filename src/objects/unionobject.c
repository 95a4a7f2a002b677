/* unionobject.c — types.UnionType, what `int | str` makes (PEP 604).
 *
 * X | Y is defined (type.__or__, GenericAlias.__or__, UnionType.__or__ and their reflections)
 * when both sides are None, a class, a GenericAlias or a union; anything else gives
 * NotImplemented, so typing's own objects can answer.  The arguments are flattened (a union
 * inside a union contributes its own), None becomes NoneType, and duplicates go (by identity,
 * by equality for GenericAliases), as CPython 3.11 does; a single survivor is returned itself
 * (`int | int` is int).  A union compares and hashes as the set of its arguments, shows as
 * `int | list[int] | None`, and isinstance()/issubclass() accept it like a tuple of its
 * arguments (abstract.c). */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "../runtime/gc.h"

typedef struct UnionObject {
    OB_HEAD;
    Object *args;           /* a tuple of at least two items */
    Object *parameters;     /* the type variables among them, made on first use (or NULL) */
} UnionObject;

#define UNION(o) ((UnionObject *)(o))

static bool is_unionable(Object *o) {
    return o == NONE || IS_INSTANCE(o, &TypeType) || TYPE(o) == &GenericAliasType ||
           IS_UNION(o);
}

/* Append o (or its arguments, for a union) to list unless already there. */
static int add_arg(Object *list, Object *o) {
    if (IS_UNION(o)) {
        Object *args = UNION(o)->args;
        for (ssize_t i = 0; i < TUPLE_LEN(args); i++)
            if (add_arg(list, TUPLE_GET(args, i)) < 0) return -1;
        return 0;
    }
    if (o == NONE) o = OBJ(TYPE(NONE));
    for (ssize_t i = 0; i < LIST_LEN(list); i++) {
        Object *have = LIST_GET(list, i);
        int same = have == o;
        if (!same && TYPE(o) == &GenericAliasType && TYPE(have) == &GenericAliasType &&
            (same = obj_richcompare_bool(have, o, CMP_EQ)) < 0)
            return -1;
        if (same) return 0;
    }
    return list_append(list, o);
}

Object *union_type_or(Object *a, Object *b) {
    if (!is_unionable(a) || !is_unionable(b)) RETURN_NOTIMPL;
    Object *list = list_new(0);
    if (!list || add_arg(list, a) < 0 || add_arg(list, b) < 0) {
        XDECREF(list);
        return NULL;
    }
    if (LIST_LEN(list) == 1) {
        Object *only = NEWREF(LIST_GET(list, 0));
        DECREF(list);
        return only;
    }
    Object *args = list_as_tuple(list);
    DECREF(list);
    if (!args) return NULL;
    UnionObject *u = (UnionObject *)obj_alloc(&UnionType);
    if (!u) {
        DECREF(args);
        return NULL;
    }
    u->args = args;
    return (Object *)u;
}

Object *union_args(Object *u) { return UNION(u)->args; }

static void union_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(UNION(self)->args);
    CLEAR(UNION(self)->parameters);
    TYPE(self)->tp_free(self);
}

static int union_traverse(Object *self, visitproc visit, void *arg) {
    int r;
    if (UNION(self)->args && (r = visit(UNION(self)->args, arg))) return r;
    if (UNION(self)->parameters && (r = visit(UNION(self)->parameters, arg))) return r;
    return 0;
}

static Object *union_repr(Object *self) {
    StrBuilder sb;
    sb_init(&sb);
    Object *args = UNION(self)->args;
    for (ssize_t i = 0; i < TUPLE_LEN(args); i++) {
        Object *p = TUPLE_GET(args, i);
        if ((i && sb_append_cstr(&sb, " | ") < 0) ||
            (p == OBJ(TYPE(NONE)) ? sb_append_cstr(&sb, "None")
                                  : generic_alias_repr_item(&sb, p)) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    }
    return sb_finish(&sb);
}

/* Both sides' arguments as frozensets: unions are equal when those are. */
static Object *union_richcompare(Object *a, Object *b, int op) {
    if (!IS_UNION(b) || (op != CMP_EQ && op != CMP_NE)) RETURN_NOTIMPL;
    Object *sa = frozenset_new(UNION(a)->args), *sb = sa ? frozenset_new(UNION(b)->args) : NULL;
    Object *r = sb ? obj_richcompare(sa, sb, op) : NULL;
    XDECREF(sa);
    XDECREF(sb);
    return r;
}

static int64_t union_hash(Object *self) {
    Object *s = frozenset_new(UNION(self)->args);
    if (!s) return -1;
    int64_t h = obj_hash(s);
    DECREF(s);
    return h;
}

static Object *union_get_parameters(Object *self, void *closure) {
    UnionObject *u = UNION(self);
    if (!u->parameters) {
        if (!(u->parameters = generic_parameters(u->args))) return NULL;
    }
    return NEWREF(u->parameters);
}

/* BINARY_OP's argument for | (CPython's NB_OR), for num_binary_op. */
#define OP_BITOR 7

/* u[X, ...]: the type variables replaced by X, ... in order, the arguments joined again with |
 * (so `(int | T)[str]` is `int | str`); CPython's error for a union without them. */
static Object *union_getitem(Object *self, Object *key) {
    Object *params = union_get_parameters(self, NULL);
    Object *args = params ? generic_substitute(self, UNION(self)->args, params, key) : NULL, *r = NULL;
    XDECREF(params);
    for (ssize_t i = 0; args && i < TUPLE_LEN(args); i++) {
        Object *a = TUPLE_GET(args, i);
        Object *joined = r ? num_binary_op(r, a, OP_BITOR) : NEWREF(a);
        XDECREF(r);
        if (!(r = joined)) break;
    }
    XDECREF(args);
    return r;
}

/* u.__module__ is the type's ("types"), which typing relies on, as in CPython. */
static Object *union_getattro(Object *self, Object *name) {
    if (IS_STR(name) && str_eq_cstr(name, "__module__"))
        return obj_getattr(OBJ(TYPE(self)), name);
    return obj_generic_getattr(self, name);
}

static GetSetDef union_getsets[] = {
    {"__parameters__", union_get_parameters, NULL, NULL},
    {NULL}
};

static MemberDef union_members[] = {
    {"__args__", T_OBJECT, offsetof(UnionObject, args), READONLY, NULL},
    {NULL}
};

static NumberMethods union_as_number = { .nb_or = union_type_or };
static MappingMethods union_as_mapping = { .mp_subscript = union_getitem };

TypeObject UnionType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(UnionObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .tp_dealloc = union_dealloc,
    .tp_free = obj_free,
    .tp_repr = union_repr,
    .tp_hash = union_hash,
    .tp_richcompare = union_richcompare,
    .tp_getattro = union_getattro,
    .tp_traverse = union_traverse,
    .tp_as_number = &union_as_number,
    .tp_as_mapping = &union_as_mapping,
    .tp_members = union_members,
    .tp_getset = union_getsets,
};
