/* memoryview.c — memoryview over bytes and bytearray (basic: one dimension, format 'B').
 *
 * A view is (obj, start, len, step) over the bytes of its base object; every access reads
 * through the base's current data pointer.  A view of a bytearray counts as an export of it
 * (ob_exports), so the bytearray cannot be resized while the view is alive and unreleased
 * (BufferError, as in CPython).  Views are readonly over bytes and writable over bytearray;
 * slicing gives a new view of the same base (steps allowed).  bytes_view() (bytes.c) reads a
 * view: a contiguous one directly, a stepped one through a cached contiguous copy.
 *
 * Not provided: cast(), multi-dimensional shapes and formats other than 'B' (memoryview of
 * array.array is a TypeError here). */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include "../runtime/hash.h"
#include <string.h>

#define MV(o) ((MemoryViewObject *)(o))

static const char *mv_base_data(Object *base) {
    if (IS_BYTEARRAY(base)) {
        const char *p = ((ByteArrayObject *)base)->ob_start;
        return p ? p : "";
    }
    return BYTES_DATA(base);
}

static ssize_t mv_base_len(Object *base) { return SIZE(base); }

/* 0, or -1 with ValueError when the view was released. */
static int mv_check(Object *self) {
    if (MV(self)->released) {
        err_set_string(&Exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* The byte offset of item i of a live view (clamped to the base's current size). */
static inline ssize_t mv_offset(Object *self, ssize_t i) {
    return MV(self)->start + i * MV(self)->step;
}

static Object *mv_make(TypeObject *type, Object *base, ssize_t start, ssize_t len, ssize_t step,
                       bool readonly) {
    MemoryViewObject *v = (MemoryViewObject *)obj_alloc(type);
    if (!v) return NULL;
    v->obj = NEWREF(base);
    v->start = start;
    v->len = len;
    v->step = step;
    v->readonly = readonly;
    v->released = false;
    v->cache = NULL;
    if (IS_BYTEARRAY(base)) ((ByteArrayObject *)base)->ob_exports++;
    return (Object *)v;
}

Object *memoryview_from_object(Object *o) {
    if (IS_MEMORYVIEW(o)) {
        if (mv_check(o) < 0) return NULL;
        MemoryViewObject *m = MV(o);
        return mv_make(&MemoryViewType, m->obj, m->start, m->len, m->step, m->readonly);
    }
    if (IS_BYTES(o)) return mv_make(&MemoryViewType, o, 0, SIZE(o), 1, true);
    if (IS_BYTEARRAY(o)) return mv_make(&MemoryViewType, o, 0, SIZE(o), 1, false);
    return err_format(&Exc_TypeError, "memoryview: a bytes-like object is required, not '%.200s'",
                      TYPE(o)->tp_name);
}

/* The contiguous bytes of a live view: (*p, *n), valid while the view lives. */
int memoryview_data(Object *self, const char **p, ssize_t *n) {
    MemoryViewObject *m = MV(self);
    *p = "";
    *n = 0;
    if (mv_check(self) < 0) return -1;
    ssize_t blen = mv_base_len(m->obj), len = m->len;
    const char *base = mv_base_data(m->obj);
    if (m->step == 1) {
        if (m->start + len > blen) len = blen > m->start ? blen - m->start : 0;
        *p = base + m->start;
        *n = len;
        return 0;
    }
    /* A stepped view: gather into the cache (kept when its contents are unchanged, so two
     * views taken during one operation stay valid). */
    Object *c = bytes_from_data(NULL, len);
    if (!c) return -1;
    char *q = BYTES_DATA(c);
    for (ssize_t i = 0; i < len; i++) {
        ssize_t off = mv_offset(self, i);
        q[i] = off >= 0 && off < blen ? base[off] : 0;
    }
    if (m->cache && BYTES_LEN(m->cache) == len && memcmp(BYTES_DATA(m->cache), q, (size_t)len) == 0)
        DECREF(c);
    else
        SETREF(m->cache, c);
    *p = BYTES_DATA(m->cache);
    *n = len;
    return 0;
}

static void mv_release_base(Object *self) {
    MemoryViewObject *m = MV(self);
    if (m->released) return;
    m->released = true;
    if (IS_BYTEARRAY(m->obj)) ((ByteArrayObject *)m->obj)->ob_exports--;
}

static void mv_dealloc(Object *self) {
    mv_release_base(self);
    CLEAR(MV(self)->obj);
    CLEAR(MV(self)->cache);
    TYPE(self)->tp_free(self);
}

static Object *mv_repr(Object *self) {
    return str_from_format(MV(self)->released ? "<released memory at %p>" : "<memory at %p>",
                           (void *)self);
}

static Object *mv_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"object", NULL};
    Object *a[1] = {NULL};
    if (args_parse("memoryview", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    return memoryview_from_object(a[0]);
}

static Object *mv_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    return mv_tp_new((TypeObject *)type, args, nargs, kwnames);
}

/* ---- sequence and mapping --------------------------------------------------------------------- */

static ssize_t mv_length(Object *self) {
    if (mv_check(self) < 0) return -1;
    return MV(self)->len;
}

static int mv_index(Object *self, Object *key, ssize_t *out) {
    ssize_t i = num_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += MV(self)->len;
    if (i < 0 || i >= MV(self)->len) {
        err_set_string(&Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    ssize_t off = mv_offset(self, i);
    if (off >= mv_base_len(MV(self)->obj)) {
        err_set_string(&Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = off;
    return 0;
}

static bool is_index(Object *o) {
    return IS_INT(o) || (TYPE(o)->tp_as_number && TYPE(o)->tp_as_number->nb_index);
}

static Object *mv_subscript(Object *self, Object *key) {
    if (mv_check(self) < 0) return NULL;
    MemoryViewObject *m = MV(self);
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0) return NULL;
        return mv_make(&MemoryViewType, m->obj, m->start + start * m->step, n, step * m->step,
                       m->readonly);
    }
    if (IS_TUPLE(key))
        return err_format(&Exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (!is_index(key))
        return err_format(&Exc_TypeError, "memoryview: invalid slice key");
    ssize_t off;
    if (mv_index(self, key, &off) < 0) return NULL;
    return NEWREF(SMALL_INT((unsigned char)mv_base_data(m->obj)[off]));
}

static Object *mv_item(Object *self, ssize_t i) {
    Object *k = int_from_ssize(i);
    if (!k) return NULL;
    Object *r = mv_subscript(self, k);
    DECREF(k);
    return r;
}

static int mv_ass_subscript(Object *self, Object *key, Object *value) {
    if (mv_check(self) < 0) return -1;
    MemoryViewObject *m = MV(self);
    if (m->readonly) {
        err_set_string(&Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        err_set_string(&Exc_TypeError, "cannot delete memory");
        return -1;
    }
    char *base = ((ByteArrayObject *)m->obj)->ob_start;
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0) return -1;
        const char *p;
        ssize_t vn;
        if (bytes_view(value, &p, &vn) < 0) return -1;
        if (vn != n) {
            err_set_string(&Exc_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        /* Copy first: value may overlap the view. */
        char *tmp = n ? mem_alloc((size_t)n) : NULL;
        if (n && !tmp) { err_no_memory(); return -1; }
        if (n) memcpy(tmp, p, (size_t)n);
        ssize_t blen = mv_base_len(m->obj);
        for (ssize_t i = 0; i < n; i++) {
            ssize_t off = mv_offset(self, start + i * step);
            if (off >= 0 && off < blen) base[off] = tmp[i];
        }
        mem_free(tmp);
        return 0;
    }
    if (!is_index(key)) {
        err_set_string(&Exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    ssize_t off;
    if (mv_index(self, key, &off) < 0) return -1;
    if (!is_index(value)) {
        err_format(&Exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    ssize_t v = num_as_ssize(value, NULL);
    if (v == -1 && err_occurred()) {
        if (!err_matches(&Exc_OverflowError)) return -1;
        err_clear();
        v = -1;
    }
    if (v < 0 || v > 255) {
        err_set_string(&Exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    base[off] = (char)v;
    return 0;
}

static Object *mv_iter(Object *self) {
    if (mv_check(self) < 0) return NULL;
    return seqiter_new(self);
}

/* ---- comparison and hashing ------------------------------------------------------------------ */

static Object *mv_richcompare(Object *a, Object *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) RETURN_NOTIMPL;
    Object *self = IS_MEMORYVIEW(a) ? a : b, *other = self == a ? b : a;
    if (MV(self)->released || (IS_MEMORYVIEW(other) && MV(other)->released))
        return bool_from((a == b) == (op == CMP_EQ));
    if (!IS_BYTES(other) && !IS_BYTEARRAY(other) && !IS_MEMORYVIEW(other)) RETURN_NOTIMPL;
    const char *p, *q;
    ssize_t n, k;
    Object *copy = NULL;
    if (memoryview_data(self, &p, &n) < 0) return NULL;
    if (IS_MEMORYVIEW(other) && MV(other)->step != 1) {
        /* Both may be stepped views sharing nothing: take a private copy of the first. */
        if (!(copy = bytes_from_data(p, n))) return NULL;
        p = BYTES_DATA(copy);
    }
    if (bytes_view(other, &q, &k) < 0) { XDECREF(copy); return NULL; }
    bool eq = n == k && (n == 0 || memcmp(p, q, (size_t)n) == 0);
    XDECREF(copy);
    return bool_from(eq == (op == CMP_EQ));
}

static int64_t mv_hash(Object *self) {
    if (mv_check(self) < 0) return -1;
    if (!MV(self)->readonly) {
        err_set_string(&Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    const char *p;
    ssize_t n;
    if (memoryview_data(self, &p, &n) < 0) return -1;
    return hash_bytes(p, (size_t)n);
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *mv_tobytes(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"order", NULL};
    Object *a[1] = {NULL};
    if (args_parse("tobytes", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    const char *p;
    ssize_t n;
    if (memoryview_data(self, &p, &n) < 0) return NULL;
    return bytes_from_data(p, n);
}

static Object *mv_tolist(Object *self, Object *u) {
    const char *p;
    ssize_t n;
    if (memoryview_data(self, &p, &n) < 0) return NULL;
    Object *l = list_new(n);
    if (!l) return NULL;
    for (ssize_t i = 0; i < n; i++) LIST_SET(l, i, NEWREF(SMALL_INT((unsigned char)p[i])));
    return l;
}

static Object *mv_hex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *b = mv_tobytes(self, NULL, 0, NULL);
    if (!b) return NULL;
    Object *meth = obj_getattr_str(b, "hex");
    DECREF(b);
    if (!meth) return NULL;
    Object *r = obj_call(meth, args, nargs, kwnames);
    DECREF(meth);
    return r;
}

static Object *mv_release(Object *self, Object *u) {
    mv_release_base(self);
    RETURN_NONE;
}

static Object *mv_enter(Object *self, Object *u) {
    if (mv_check(self) < 0) return NULL;
    return NEWREF(self);
}

static Object *mv_exit(Object *self, Object *const *args, ssize_t nargs) {
    mv_release_base(self);
    RETURN_NONE;
}

static Object *mv_toreadonly(Object *self, Object *u) {
    if (mv_check(self) < 0) return NULL;
    MemoryViewObject *m = MV(self);
    return mv_make(&MemoryViewType, m->obj, m->start, m->len, m->step, true);
}

static MethodDef mv_methods[] = {
    {"tobytes", (void *)mv_tobytes, METH_FASTCALL | METH_KEYWORDS,
     "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"hex", (void *)mv_hex, METH_FASTCALL | METH_KEYWORDS,
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release, METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", mv_enter, METH_NOARGS, NULL},
    {"__exit__", (void *)mv_exit, METH_FASTCALL, NULL},
    {NULL}
};

/* ---- attributes ------------------------------------------------------------------------------ */

#define LIVE(self) if (mv_check(self) < 0) return NULL

static Object *mv_get_obj(Object *self, void *c) { LIVE(self); return NEWREF(MV(self)->obj); }
static Object *mv_get_nbytes(Object *self, void *c) { LIVE(self); return int_from_ssize(MV(self)->len); }
static Object *mv_get_readonly(Object *self, void *c) { LIVE(self); return bool_from(MV(self)->readonly); }
static Object *mv_get_itemsize(Object *self, void *c) { LIVE(self); return NEWREF(SMALL_INT(1)); }
static Object *mv_get_format(Object *self, void *c) { LIVE(self); return str_from_cstr("B"); }
static Object *mv_get_ndim(Object *self, void *c) { LIVE(self); return NEWREF(SMALL_INT(1)); }
static Object *mv_get_shape(Object *self, void *c) {
    LIVE(self);
    Object *n = int_from_ssize(MV(self)->len);
    if (!n) return NULL;
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}
static Object *mv_get_strides(Object *self, void *c) {
    LIVE(self);
    Object *n = int_from_ssize(MV(self)->step);
    if (!n) return NULL;
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}
static Object *mv_get_suboffsets(Object *self, void *c) { LIVE(self); return tuple_new(0); }
static Object *mv_get_contiguous(Object *self, void *c) {
    LIVE(self);
    return bool_from(MV(self)->step == 1 || MV(self)->len <= 1);
}

static GetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", mv_get_nbytes, NULL, "The amount of space in bytes that the array would use in\n a contiguous representation.", NULL},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", mv_get_format, NULL, "A string containing the format (in struct module style)\n for each element in the view.", NULL},
    {"ndim", mv_get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.", NULL},
    {"shape", mv_get_shape, NULL, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", NULL},
    {"strides", mv_get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.", NULL},
    {"suboffsets", mv_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {NULL}
};

static SequenceMethods mv_as_sequence = {
    .sq_length = mv_length,
    .sq_item = mv_item,
};

static MappingMethods mv_as_mapping = {
    .mp_length = mv_length,
    .mp_subscript = mv_subscript,
    .mp_ass_subscript = mv_ass_subscript,
};

TypeObject MemoryViewType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(MemoryViewObject),
    .tp_doc = "Create a new memoryview object which references the given object.",
    .tp_dealloc = mv_dealloc,
    .tp_free = obj_free,
    .tp_repr = mv_repr,
    .tp_hash = mv_hash,
    .tp_richcompare = mv_richcompare,
    .tp_as_sequence = &mv_as_sequence,
    .tp_as_mapping = &mv_as_mapping,
    .tp_iter = mv_iter,
    .tp_methods = mv_methods,
    .tp_getset = mv_getset,
    .tp_new = mv_tp_new,
    .tp_vectorcall = mv_vectorcall,
};
