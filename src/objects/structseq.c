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

Object *structseq_new(TypeObject *t, Object *const *items, ssize_t n) {
    Object *o = obj_alloc_var(t, n);
    if (!o) return NULL;
    for (ssize_t i = 0; i < n; i++) TUPLE_SET(o, i, NEWREF(items[i]));
    return o;
}
