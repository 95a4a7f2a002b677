/* structseq.c — named tuples made in C (sys.version_info, sys.flags, sys.float_info ...).
 *
 * A struct-sequence type is a subclass of tuple whose fields are read-only members pointing at
 * the tuple's items, and whose repr names them: sys.version_info(major=3, minor=11, ...). */
#include "structseq.h"
#include "objects.h"
#include <string.h>

static Object *structseq_repr(Object *self) {
    StrBuilder sb;
    sb_init(&sb);
    TypeObject *t = TYPE(self);
    sb_append_cstr(&sb, t->tp_name);
    sb_append_char(&sb, '(');
    for (ssize_t i = 0; i < TUPLE_LEN(self); i++) {
        if (i) sb_append_cstr(&sb, ", ");
        sb_append_cstr(&sb, t->tp_members[i].name);
        sb_append_char(&sb, '=');
        if (sb_append_repr(&sb, TUPLE_GET(self, i)) < 0) { sb_discard(&sb); return NULL; }
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static void structseq_dealloc(Object *self) {
    gc_untrack(self);
    for (ssize_t i = TUPLE_LEN(self) - 1; i >= 0; i--) XDECREF(TUPLE_GET(self, i));
    obj_free(self);
}

static int structseq_traverse(Object *self, visitproc visit, void *arg) {
    for (ssize_t i = 0; i < TUPLE_LEN(self); i++) {
        Object *o = TUPLE_GET(self, i);
        if (o) { int r = visit(o, arg); if (r) return r; }
    }
    return 0;
}

/* Types with hidden fields (structseq_init_type_n) keep them after the visible items, so their
 * instances hold n_fields items, counted from the member table of the struct-sequence type
 * (found through the bases for subclasses). */
static void hidden_dealloc(Object *self);

static ssize_t n_fields_of(TypeObject *t) {
    for (; t; t = t->tp_base) {
        if (t->tp_dealloc != hidden_dealloc || !t->tp_members) continue;
        ssize_t n = 0;
        while (t->tp_members[n].name) n++;
        return n;
    }
    return 0;
}

static void hidden_dealloc(Object *self) {
    gc_untrack(self);
    for (ssize_t i = n_fields_of(TYPE(self)) - 1; i >= 0; i--) XDECREF(TUPLE_GET(self, i));
    obj_free(self);
}

static int hidden_traverse(Object *self, visitproc visit, void *arg) {
    ssize_t n = n_fields_of(TYPE(self));
    for (ssize_t i = 0; i < n; i++) {
        Object *o = TUPLE_GET(self, i);
        if (o) { int r = visit(o, arg); if (r) return r; }
    }
    return 0;
}

int structseq_init_type(TypeObject *t, const char *name, const char *const *fields) {
    int n = 0;
    while (fields[n]) n++;
    MemberDef *members = mem_calloc((size_t)n + 1, sizeof(MemberDef));
    if (!members) { err_no_memory(); return -1; }
    for (int i = 0; i < n; i++) {
        members[i].name = fields[i];
        members[i].type = T_OBJECT;
        members[i].offset = (ssize_t)(offsetof(TupleObject, ob_item) + (size_t)i * sizeof(Object *));
        members[i].flags = READONLY;
    }
    TypeObject init = {
        .ob_base = VAR_HEAD_INIT(&TypeType, 0),
        .tp_name = name,
        .tp_basicsize = (ssize_t)offsetof(TupleObject, ob_item),
        .tp_itemsize = sizeof(Object *),
        .tp_dealloc = structseq_dealloc,
        .tp_repr = structseq_repr,
        .tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS,
        .tp_traverse = structseq_traverse,
        .tp_members = members,
        .tp_base = &TupleType,
    };
    *t = init;
    return type_ready(t);
}

/* The visible length of t's instances: n_sequence_fields when the type has hidden fields. */
static ssize_t n_sequence_fields(TypeObject *t, ssize_t n) {
    Object *v = t->tp_dict ? dict_getitem_str(t->tp_dict, "n_sequence_fields") : NULL;
    return v && IS_INT(v) ? int_as_ssize(v) : n;
}

Object *structseq_new(TypeObject *t, Object *const *items, ssize_t n) {
    Object *o = obj_alloc_var(t, n);
    if (!o) return NULL;
    for (ssize_t i = 0; i < n; i++) TUPLE_SET(o, i, NEWREF(items[i]));
    ssize_t visible = n_sequence_fields(t, n);
    if (visible < n) SIZE(o) = visible;     /* the rest are hidden fields */
    return o;
}

/* T(sequence): the visible fields, then optionally the hidden ones (None when absent). */
static Object *structseq_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    static const char *const kwlist[] = {"sequence", "dict", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(type->tp_name, args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *seq = seq_tuple(a[0]);
    if (!seq) return NULL;
    TypeObject *st = type;
    while (st && st->tp_dealloc != hidden_dealloc) st = st->tp_base;
    ssize_t nfields = 0, len = TUPLE_LEN(seq);
    while (st && st->tp_members[nfields].name) nfields++;
    ssize_t nseq = n_sequence_fields(st ? st : type, nfields);
    if (len < nseq || len > nfields) {
        if (nseq == nfields)
            err_format(&Exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                       type->tp_name, nseq, len);
        else if (len < nseq)
            err_format(&Exc_TypeError, "%s() takes an at least %zd-sequence (%zd-sequence given)",
                       type->tp_name, nseq, len);
        else
            err_format(&Exc_TypeError, "%s() takes an at most %zd-sequence (%zd-sequence given)",
                       type->tp_name, nfields, len);
        DECREF(seq);
        return NULL;
    }
    Object *o = obj_alloc_var(type, nfields);
    if (!o) { DECREF(seq); return NULL; }
    for (ssize_t i = 0; i < nfields; i++) {
        Object *v = i < len ? TUPLE_GET(seq, i) : NULL;
        if (!v && a[1] && IS_DICT(a[1]))
            v = dict_getitem_str(a[1], st->tp_members[i].name);
        TUPLE_SET(o, i, NEWREF(v ? v : NONE));
    }
    SIZE(o) = nseq;
    DECREF(seq);
    return o;
}

int structseq_init_type_n(TypeObject *t, const char *name, const char *const *fields,
                          int n_in_sequence) {
    if (structseq_init_type(t, name, fields) < 0) return -1;
    int n = 0;
    while (fields[n]) n++;
    t->tp_new = structseq_tp_new;
    t->tp_dealloc = hidden_dealloc;
    t->tp_traverse = hidden_traverse;
    Object *d = t->tp_dict;
    Object *nf = int_from_long(n), *ns = int_from_long(n_in_sequence), *nu = int_from_long(0);
    int bad = !nf || !ns || !nu || dict_setitem_str(d, "n_fields", nf) < 0 ||
              dict_setitem_str(d, "n_sequence_fields", ns) < 0 ||
              dict_setitem_str(d, "n_unnamed_fields", nu) < 0;
    XDECREF(nf);
    XDECREF(ns);
    XDECREF(nu);
    if (bad) return -1;
    /* __new__ was made by type_ready from the inherited slot: make it this one. */
    Object *newf = cfunction_new(&type_new_methoddef, (Object *)t, NULL);
    if (!newf) return -1;
    int r = dict_setitem(d, ID(__new__), newf);
    DECREF(newf);
    if (r < 0) return -1;
    type_modified(t);
    return 0;
}
