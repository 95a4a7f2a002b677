/* memoryview.c — memoryview: a one-dimensional view of any exporter of the buffer protocol.
 *
 * memoryview(obj) takes one export of obj (a Buffer asked with BUF_STRIDED) into a managed
 * buffer, which holds the only reference to obj and counts the views sharing it; slicing,
 * cast(), toreadonly() and memoryview(view) make new views of the same managed buffer, as in
 * CPython (so sys.getrefcount(obj) grows by one per memoryview() call, not per slice).  The
 * export is given back when the last of its views is released or dies, and until then a
 * bytearray or array.array refuses to resize (its memory must not move under the views).
 * Each view keeps its own geometry: the address of item 0, the item count, the stride in bytes
 * (negative for a reversed slice), the item size and the struct-module format.
 *
 * Items are read and written with CPython's native single-character formats (c b B ? h H i I
 * l L q Q n N P f d, optionally prefixed with '@') and its messages; other formats (array's 'w')
 * can be viewed as bytes but not indexed (NotImplementedError, as CPython).  A view exports
 * itself too (bytes(view), b"".join, struct...): a strided view refuses contiguous requests with
 * BufferError, and release() refuses while such exports are out.
 *
 * Not provided: multi-dimensional views (cast with a shape of more than one dimension). */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include "weakref.h"
#include "../runtime/hash.h"
#include <limits.h>
#include <string.h>

#define MV(o) ((MemoryViewObject *)(o))

/* The export behind a family of views (CPython's _PyManagedBufferObject, kept internal). */
typedef struct ManagedBuffer {
    ssize_t views;              /* unreleased views using it; the export goes at 0 */
    Buffer master;              /* master.obj is the views' `obj` attribute */
} ManagedBuffer;

/* ---- formats --------------------------------------------------------------------------------- */

/* The native formats cast() accepts, each with its static format strings (with and without the
 * optional '@', which the format attribute keeps) and the C size of one item. */
typedef struct { char code; int size; const char *plain, *at; } FormatDesc;

static const FormatDesc formats[] = {
    {'c', 1, "c", "@c"}, {'b', 1, "b", "@b"}, {'B', 1, "B", "@B"}, {'?', 1, "?", "@?"},
    {'h', 2, "h", "@h"}, {'H', 2, "H", "@H"}, {'i', 4, "i", "@i"}, {'I', 4, "I", "@I"},
    {'l', 8, "l", "@l"}, {'L', 8, "L", "@L"}, {'q', 8, "q", "@q"}, {'Q', 8, "Q", "@Q"},
    {'n', 8, "n", "@n"}, {'N', 8, "N", "@N"}, {'P', 8, "P", "@P"},
    {'f', 4, "f", "@f"}, {'d', 8, "d", "@d"},
};

/* The descriptor of a native single-character format (optional '@'), or NULL. */
static const FormatDesc *native_format(const char *fmt) {
    if (fmt[0] == '@') fmt++;
    if (!fmt[0] || fmt[1]) return NULL;
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (formats[i].code == fmt[0]) return &formats[i];
    return NULL;
}

static bool is_byte_format(const char *fmt) {
    const FormatDesc *d = native_format(fmt);
    return d && (d->code == 'B' || d->code == 'b' || d->code == 'c');
}

/* The item code of a view's format, or 0 with NotImplementedError (CPython's adjust_fmt). */
static char item_code(const char *format) {
    const char *f = format[0] == '@' ? format + 1 : format;
    if (f[0] && !f[1]) return f[0];
    err_format(&Exc_NotImplementedError, "memoryview: unsupported format %s", format);
    return 0;
}

/* The item at p as a Python object. */
static Object *unpack(const char *format, const char *p) {
    char c = item_code(format);
    switch (c) {
    case 0: return NULL;
    case 'B': return NEWREF(SMALL_INT(*(const unsigned char *)p));
    case 'b': return int_from_long(*(const signed char *)p);
    case 'c': return bytes_from_data(p, 1);
    case '?': return bool_from(*p != 0);
    case 'h': { short v; memcpy(&v, p, 2); return int_from_long(v); }
    case 'H': { unsigned short v; memcpy(&v, p, 2); return int_from_long(v); }
    case 'i': { int v; memcpy(&v, p, 4); return int_from_long(v); }
    case 'I': { unsigned v; memcpy(&v, p, 4); return int_from_ulonglong(v); }
    case 'l': case 'q': case 'n': {
        long long v;
        memcpy(&v, p, 8);
        return int_from_ssize((ssize_t)v);
    }
    case 'L': case 'Q': case 'N': case 'P': {
        unsigned long long v;
        memcpy(&v, p, 8);
        return int_from_ulonglong(v);
    }
    case 'f': { float v; memcpy(&v, p, 4); return float_from_double(v); }
    case 'd': { double v; memcpy(&v, p, 8); return float_from_double(v); }
    default:
        return err_format(&Exc_NotImplementedError, "memoryview: format %c not supported", c);
    }
}

static int pack_type_error(const char *format) {
    err_format(&Exc_TypeError, "memoryview: invalid type for format '%s'", format);
    return -1;
}

static int pack_value_error(const char *format) {
    err_format(&Exc_ValueError, "memoryview: invalid value for format '%s'", format);
    return -1;
}

/* A failed conversion: TypeError and OverflowError/ValueError become the format's messages
 * (CPython's fix_error_int); anything else passes through. */
static int pack_fix_error(const char *format) {
    if (err_matches(&Exc_TypeError)) { err_clear(); return pack_type_error(format); }
    if (err_matches(&Exc_OverflowError) || err_matches(&Exc_ValueError)) {
        err_clear();
        return pack_value_error(format);
    }
    return -1;
}

/* v as an integer item in [lo, hi] (signed) or [0, uhi] (unsigned). */
static int pack_int(const char *format, Object *v, bool is_signed, long long lo, long long hi,
                    unsigned long long uhi, long long *s, unsigned long long *u) {
    Object *i = num_index(v);
    if (!i) return pack_fix_error(format);
    int sign = int_sign(i);
    size_t bits = int_bit_length(i);
    if (is_signed) {
        int overflow;
        long long x = int_as_long_overflow(i, &overflow);
        DECREF(i);
        if (overflow || x < lo || x > hi) return pack_value_error(format);
        *s = x;
        return 0;
    }
    unsigned long long x = sign > 0 && bits <= 64 ? int_as_ulonglong(i) : 0;
    DECREF(i);
    if (sign < 0 || bits > 64 || x > uhi) return pack_value_error(format);
    *u = x;
    return 0;
}

/* Store v as the item at p; 0, or -1 with CPython's error. */
static int pack(const char *format, char *p, Object *v) {
    char c = item_code(format);
    long long s = 0;
    unsigned long long u = 0;
    switch (c) {
    case 0: return -1;
    case 'b':
        if (pack_int(format, v, true, SCHAR_MIN, SCHAR_MAX, 0, &s, &u) < 0) return -1;
        *(signed char *)p = (signed char)s;
        return 0;
    case 'B':
        if (pack_int(format, v, false, 0, 0, UCHAR_MAX, &s, &u) < 0) return -1;
        *(unsigned char *)p = (unsigned char)u;
        return 0;
    case 'h': {
        if (pack_int(format, v, true, SHRT_MIN, SHRT_MAX, 0, &s, &u) < 0) return -1;
        short x = (short)s;
        memcpy(p, &x, 2);
        return 0;
    }
    case 'H': {
        if (pack_int(format, v, false, 0, 0, USHRT_MAX, &s, &u) < 0) return -1;
        unsigned short x = (unsigned short)u;
        memcpy(p, &x, 2);
        return 0;
    }
    case 'i': {
        if (pack_int(format, v, true, INT_MIN, INT_MAX, 0, &s, &u) < 0) return -1;
        int x = (int)s;
        memcpy(p, &x, 4);
        return 0;
    }
    case 'I': {
        if (pack_int(format, v, false, 0, 0, UINT_MAX, &s, &u) < 0) return -1;
        unsigned x = (unsigned)u;
        memcpy(p, &x, 4);
        return 0;
    }
    case 'l': case 'q': case 'n':
        if (pack_int(format, v, true, LLONG_MIN, LLONG_MAX, 0, &s, &u) < 0) return -1;
        memcpy(p, &s, 8);
        return 0;
    case 'L': case 'Q': case 'N': case 'P':
        if (pack_int(format, v, false, 0, 0, ULLONG_MAX, &s, &u) < 0) return -1;
        memcpy(p, &u, 8);
        return 0;
    case 'f': case 'd': {
        double d = float_as_double(v);
        if (d == -1.0 && err_occurred()) return pack_fix_error(format);
        if (c == 'f') { float f = (float)d; memcpy(p, &f, 4); }
        else memcpy(p, &d, 8);
        return 0;
    }
    case '?': {
        int t = obj_is_true(v);
        if (t < 0) return -1;
        *p = (char)t;
        return 0;
    }
    case 'c':
        if (!IS_BYTES(v)) return pack_type_error(format);
        if (BYTES_LEN(v) != 1) return pack_value_error(format);
        *p = BYTES_DATA(v)[0];
        return 0;
    default:
        err_format(&Exc_NotImplementedError, "memoryview: format %c not supported", c);
        return -1;
    }
}

/* ---- views ----------------------------------------------------------------------------------- */

/* 0, or -1 with ValueError when the view was released. */
static int mv_check(Object *self) {
    if (MV(self)->released) {
        err_set_string(&Exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

static inline bool mv_contiguous(MemoryViewObject *m) {
    return m->len <= 1 || m->stride == m->itemsize;
}

/* A new view of mbuf (taking one more use of it) with the given geometry, which refers to
 * memory mbuf holds exported. */
static Object *mv_view(ManagedBuffer *mbuf, char *buf, ssize_t len, ssize_t stride,
                       ssize_t itemsize, const char *format, bool readonly) {
    MemoryViewObject *v = (MemoryViewObject *)obj_alloc(&MemoryViewType);
    if (!v) return NULL;
    v->mbuf = mbuf;
    mbuf->views++;
    v->hash = -1;
    v->buf = buf;
    v->len = len;
    v->stride = stride;
    v->itemsize = itemsize;
    v->format = format;
    v->readonly = readonly;
    return (Object *)v;
}

/* A view sharing m's export, with another geometry. */
static Object *mv_derive(MemoryViewObject *m, char *buf, ssize_t len, ssize_t stride,
                         ssize_t itemsize, const char *format, bool readonly) {
    return mv_view(m->mbuf, buf, len, stride, itemsize, format, readonly);
}

Object *memoryview_from_object(Object *o) {
    if (IS_MEMORYVIEW(o)) {
        if (mv_check(o) < 0) return NULL;
        MemoryViewObject *m = MV(o);
        return mv_derive(m, m->buf, m->len, m->stride, m->itemsize, m->format, m->readonly);
    }
    if (!obj_has_buffer(o))
        return err_format(&Exc_TypeError,
                          "memoryview: a bytes-like object is required, not '%.200s'",
                          TYPE(o)->tp_name);
    ManagedBuffer *mb = mem_alloc(sizeof *mb);
    if (!mb) return err_no_memory();
    mb->views = 0;
    if (obj_get_buffer(o, &mb->master, BUF_STRIDED) < 0) {
        mem_free(mb);
        return NULL;
    }
    Buffer *b = &mb->master;
    Object *v = mv_view(mb, b->buf, b->shape[0], b->strides[0], b->itemsize, b->format,
                        b->readonly);
    if (!v) {
        buffer_release(b);
        mem_free(mb);
    }
    return v;
}

/* The view's bytes in item order: a pointer into the base when contiguous, else a gathered
 * copy in *tmp (a new bytes the caller releases). */
static const char *mv_bytes(MemoryViewObject *m, Object **tmp) {
    *tmp = NULL;
    if (mv_contiguous(m)) return m->buf;
    ssize_t isz = m->itemsize;
    if (!(*tmp = bytes_from_data(NULL, m->len * isz))) return NULL;
    char *q = BYTES_DATA(*tmp);
    const char *p = m->buf;
    for (ssize_t i = 0; i < m->len; i++, p += m->stride, q += isz) memcpy(q, p, (size_t)isz);
    return BYTES_DATA(*tmp);
}

/* The view is released from now on; the last view of a managed buffer gives the export back
 * (which may free the base). */
static void mv_release_base(MemoryViewObject *m) {
    if (m->released) return;
    m->released = true;
    ManagedBuffer *mb = m->mbuf;
    m->mbuf = NULL;
    if (--mb->views == 0) {
        buffer_release(&mb->master);
        mem_free(mb);
    }
}

static void mv_dealloc(Object *self) {
    if (MV(self)->weakreflist) weakref_clear_all(self);
    mv_release_base(MV(self));
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

/* ---- the buffer protocol: a view exports its own geometry ------------------------------------ */

static int mv_getbuffer(Object *self, Buffer *view, int flags) {
    MemoryViewObject *m = MV(self);
    view->obj = NULL;
    if (mv_check(self) < 0) return -1;
    if ((flags & BUF_WRITABLE) && m->readonly) {
        err_set_string(&Exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    if (!(flags & BUF_STRIDED) && !mv_contiguous(m)) {
        err_set_string(&Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    view->buf = m->buf;
    view->obj = NEWREF(self);
    view->len = m->len * m->itemsize;
    view->itemsize = m->itemsize;
    view->format = m->format;
    view->readonly = m->readonly;
    view->ndim = 1;
    view->shape[0] = m->len;
    view->strides[0] = mv_contiguous(m) ? m->itemsize : m->stride;
    m->exports++;
    return 0;
}

static void mv_releasebuffer(Object *self, Buffer *view) { MV(self)->exports--; }

static BufferProcs mv_as_buffer = {
    .bf_getbuffer = mv_getbuffer,
    .bf_releasebuffer = mv_releasebuffer,
};

/* ---- sequence and mapping -------------------------------------------------------------------- */

static ssize_t mv_length(Object *self) {
    if (mv_check(self) < 0) return -1;
    return MV(self)->len;
}

static bool is_index(Object *o) {
    return IS_INT(o) || (TYPE(o)->tp_as_number && TYPE(o)->tp_as_number->nb_index);
}

/* The address of item `key` (an index), or NULL with IndexError. */
static char *mv_ptr(MemoryViewObject *m, Object *key) {
    ssize_t i = num_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred()) return NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        err_set_string(&Exc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return m->buf + i * m->stride;
}

/* A tuple key of a one-dimensional view: the address of its one index, or NULL with
 * CPython's errors (sub-views and multi-dimensional slices are not supported). */
static char *mv_tuple_ptr(MemoryViewObject *m, Object *key, bool *is_multislice) {
    ssize_t n = TUPLE_LEN(key);
    bool all_index = true, all_slice = n > 0;
    for (ssize_t i = 0; i < n; i++) {
        if (!is_index(TUPLE_GET(key, i))) all_index = false;
        if (!IS_SLICE(TUPLE_GET(key, i))) all_slice = false;
    }
    *is_multislice = !all_index && all_slice;
    if (!all_index) return NULL;
    if (n < 1) {
        err_set_string(&Exc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > 1) {
        err_format(&Exc_TypeError, "cannot index 1-dimension view with %zd-element tuple", n);
        return NULL;
    }
    return mv_ptr(m, TUPLE_GET(key, 0));
}

static Object *mv_subscript(Object *self, Object *key) {
    if (mv_check(self) < 0) return NULL;
    MemoryViewObject *m = MV(self);
    if (is_index(key)) {
        if (!item_code(m->format)) return NULL;
        char *p = mv_ptr(m, key);
        return p ? unpack(m->format, p) : NULL;
    }
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0) return NULL;
        return mv_derive(m, m->buf + start * m->stride, n, step * m->stride, m->itemsize,
                         m->format, m->readonly);
    }
    if (IS_TUPLE(key)) {
        bool multislice;
        char *p = mv_tuple_ptr(m, key, &multislice);
        if (p) return unpack(m->format, p);
        if (err_occurred()) return NULL;
        if (multislice)
            return err_format(&Exc_NotImplementedError,
                              "multi-dimensional slicing is not implemented");
    }
    return err_format(&Exc_TypeError, "memoryview: invalid slice key");
}

static Object *mv_item(Object *self, ssize_t i) {
    Object *k = int_from_ssize(i);
    if (!k) return NULL;
    Object *r = mv_subscript(self, k);
    DECREF(k);
    return r;
}

static bool same_format(const char *a, const char *b) {
    if (a[0] == '@') a++;
    if (b[0] == '@') b++;
    return strcmp(a, b) == 0;
}

/* m[start::step] (n items) = value, a buffer of the same format and length. */
static int mv_assign_slice(MemoryViewObject *m, ssize_t start, ssize_t step, ssize_t n,
                           Object *value) {
    Buffer src;
    if (obj_get_buffer(value, &src, BUF_STRIDED) < 0) return -1;
    if (!same_format(src.format, m->format) || src.itemsize != m->itemsize ||
        src.shape[0] != n) {
        buffer_release(&src);
        err_set_string(&Exc_ValueError,
                       "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* Gather first: the source may overlap the destination. */
    ssize_t isz = m->itemsize;
    char *tmp = src.len ? mem_alloc((size_t)src.len) : NULL;
    if (src.len && !tmp) { buffer_release(&src); err_no_memory(); return -1; }
    buffer_copy_to(tmp, &src);
    buffer_release(&src);
    char *d = m->buf + start * m->stride;
    for (ssize_t i = 0; i < n; i++, d += step * m->stride)
        memcpy(d, tmp + i * isz, (size_t)isz);
    mem_free(tmp);
    return 0;
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
    if (!item_code(m->format)) return -1;
    if (is_index(key)) {
        char *p = mv_ptr(m, key);
        return p ? pack(m->format, p, value) : -1;
    }
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0) return -1;
        return mv_assign_slice(m, start, step, n, value);
    }
    if (IS_TUPLE(key)) {
        bool multislice;
        char *p = mv_tuple_ptr(m, key, &multislice);
        if (p) return pack(m->format, p, value);
        if (err_occurred()) return -1;
        if (multislice) {
            err_set_string(&Exc_NotImplementedError,
                           "memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
    }
    err_set_string(&Exc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static Object *mv_iter(Object *self) {
    if (mv_check(self) < 0) return NULL;
    if (!item_code(MV(self)->format)) return NULL;
    return seqiter_new(self);
}

/* ---- comparison and hashing ------------------------------------------------------------------ */

/* Whether item a (format fa) equals item b (format fb): 1, 0 or -1.  One native format compares
 * as C values (so NaN != NaN, as CPython's unpack_cmp); different ones compare as objects. */
static int item_equal(const char *fa, const char *a, const char *fb, const char *b, ssize_t isz) {
    const FormatDesc *da = native_format(fa), *db = native_format(fb);
    if (da && db && da->code == db->code) {
        switch (da->code) {
        case 'f': { float x, y; memcpy(&x, a, 4); memcpy(&y, b, 4); return x == y; }
        case 'd': { double x, y; memcpy(&x, a, 8); memcpy(&y, b, 8); return x == y; }
        case '?': return (*a != 0) == (*b != 0);
        default: return memcmp(a, b, (size_t)isz) == 0;
        }
    }
    Object *x = unpack(fa, a);
    if (!x) return -1;
    Object *y = unpack(fb, b);
    if (!y) { DECREF(x); return -1; }
    int r = obj_richcompare_bool(x, y, CMP_EQ);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *mv_richcompare(Object *a, Object *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) RETURN_NOTIMPL;
    Object *self = IS_MEMORYVIEW(a) ? a : b, *other = self == a ? b : a;
    MemoryViewObject *m = MV(self);
    if (m->released || (IS_MEMORYVIEW(other) && MV(other)->released))
        return bool_from((a == b) == (op == CMP_EQ));
    Buffer w;
    if (obj_get_buffer(other, &w, BUF_STRIDED) < 0) {
        err_clear();
        RETURN_NOTIMPL;
    }
    int eq = w.shape[0] == m->len;
    bool fast = eq && same_format(m->format, w.format) && m->itemsize == w.itemsize &&
                is_byte_format(m->format) && mv_contiguous(m) &&
                buffer_is_contiguous(&w);
    if (fast) {
        eq = m->len == 0 || memcmp(m->buf, w.buf, (size_t)(m->len * m->itemsize)) == 0;
    } else {
        for (ssize_t i = 0; eq == 1 && i < m->len; i++)
            eq = item_equal(m->format, m->buf + i * m->stride, w.format,
                            w.buf + i * w.strides[0], m->itemsize);
    }
    buffer_release(&w);
    if (eq < 0) return NULL;
    return bool_from((eq == 1) == (op == CMP_EQ));
}

static int64_t mv_hash(Object *self) {
    MemoryViewObject *m = MV(self);
    if (m->hash != -1) return m->hash;
    if (mv_check(self) < 0) return -1;
    if (!m->readonly) {
        err_set_string(&Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_format(m->format)) {
        err_set_string(&Exc_ValueError,
                       "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (obj_hash(m->mbuf->master.obj) == -1) return -1;   /* keeps an unhashable base's message */
    Object *tmp;
    const char *p = mv_bytes(m, &tmp);
    if (!p) return -1;
    m->hash = hash_bytes(p, (size_t)(m->len * m->itemsize));
    XDECREF(tmp);
    return m->hash;
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *mv_tobytes(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"order", NULL};
    Object *a[1] = {NULL};
    if (args_parse("tobytes", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    if (a[0] && a[0] != NONE) {
        if (!IS_STR(a[0]))
            return err_format(&Exc_TypeError,
                              "tobytes() argument 'order' must be str or None, not %.50s",
                              TYPE(a[0])->tp_name);
        if (!str_eq_cstr(a[0], "C") && !str_eq_cstr(a[0], "F") && !str_eq_cstr(a[0], "A"))
            return err_format(&Exc_ValueError, "order must be 'C', 'F' or 'A'");
    }
    if (mv_check(self) < 0) return NULL;
    Object *tmp;
    const char *p = mv_bytes(MV(self), &tmp);
    if (!p) return NULL;
    if (tmp) return tmp;
    return bytes_from_data(p, MV(self)->len * MV(self)->itemsize);
}

static Object *mv_tolist(Object *self, Object *u) {
    if (mv_check(self) < 0) return NULL;
    MemoryViewObject *m = MV(self);
    if (!item_code(m->format)) return NULL;
    Object *l = list_new(m->len);
    if (!l) return NULL;
    for (ssize_t i = 0; i < m->len; i++) {
        Object *v = unpack(m->format, m->buf + i * m->stride);
        if (!v) { DECREF(l); return NULL; }
        LIST_SET(l, i, v);
    }
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

/* release() and __exit__: refused while buffers taken from the view are out. */
static int mv_do_release(Object *self) {
    MemoryViewObject *m = MV(self);
    if (m->released) return 0;
    if (m->exports > 0) {
        err_format(&Exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                   m->exports == 1 ? "" : "s");
        return -1;
    }
    mv_release_base(m);
    return 0;
}

static Object *mv_release(Object *self, Object *u) {
    if (mv_do_release(self) < 0) return NULL;
    RETURN_NONE;
}

static Object *mv_enter(Object *self, Object *u) {
    if (mv_check(self) < 0) return NULL;
    return NEWREF(self);
}

static Object *mv_exit(Object *self, Object *const *args, ssize_t nargs) {
    if (mv_do_release(self) < 0) return NULL;
    RETURN_NONE;
}

static Object *mv_toreadonly(Object *self, Object *u) {
    if (mv_check(self) < 0) return NULL;
    MemoryViewObject *m = MV(self);
    return mv_derive(m, m->buf, m->len, m->stride, m->itemsize, m->format, true);
}

/* cast(format[, shape]): reinterpret a C-contiguous view as items of another native format.
 * One side must be a byte format ('B', 'b' or 'c'), as in CPython. */
static Object *mv_cast(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"format", "shape", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("cast", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    if (mv_check(self) < 0) return NULL;
    MemoryViewObject *m = MV(self);
    if (!IS_STR(a[0]))
        return err_format(&Exc_TypeError, "cast() argument 'format' must be str, not %.50s",
                          TYPE(a[0])->tp_name);
    if (!mv_contiguous(m))
        return err_format(&Exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    if (a[1]) {
        if (!IS_LIST(a[1]) && !IS_TUPLE(a[1]))
            return err_format(&Exc_TypeError, "shape must be a list or a tuple");
        if (m->len == 0)
            return err_format(&Exc_TypeError,
                              "memoryview: cannot cast view with zeros in shape or strides");
        if (SIZE(a[1]) > 64)
            return err_format(&Exc_ValueError,
                              "memoryview: number of dimensions must not exceed 64");
    }
    Object *ascii = str_encode(a[0], "ascii", NULL);
    if (!ascii) return NULL;
    const FormatDesc *d = BYTES_LEN(ascii) == (ssize_t)strlen(BYTES_DATA(ascii))
                              ? native_format(BYTES_DATA(ascii)) : NULL;
    bool at = BYTES_DATA(ascii)[0] == '@';
    DECREF(ascii);
    if (!d)
        return err_format(&Exc_ValueError,
                          "memoryview: destination format must be a native single character "
                          "format prefixed with an optional '@'");
    if (!is_byte_format(m->format) && d->code != 'B' && d->code != 'b' && d->code != 'c')
        return err_format(&Exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    ssize_t nbytes = m->len * m->itemsize;
    if (nbytes % d->size)
        return err_format(&Exc_TypeError, "memoryview: length is not a multiple of itemsize");
    ssize_t n = nbytes / d->size;
    if (a[1]) {
        ssize_t ndim = SIZE(a[1]), product = 1;
        for (ssize_t i = 0; i < ndim; i++) {
            Object *x = IS_LIST(a[1]) ? LIST_GET(a[1], i) : TUPLE_GET(a[1], i);
            if (!IS_INT(x))
                return err_format(&Exc_TypeError,
                                  "memoryview.cast(): elements of shape must be integers");
            ssize_t k = num_as_ssize(x, NULL);
            if (k == -1 && err_occurred()) return NULL;
            if (k <= 0)
                return err_format(&Exc_ValueError,
                                  "memoryview.cast(): elements of shape must be integers > 0");
            if (product > SSIZE_MAX / k)
                return err_format(&Exc_ValueError,
                                  "memoryview.cast(): product(shape) > SSIZE_MAX");
            product *= k;
        }
        if (product != n)
            return err_format(&Exc_TypeError,
                              "memoryview: product(shape) * itemsize != buffer size");
        if (ndim != 1)      /* ouro's views are one-dimensional */
            return err_format(&Exc_NotImplementedError,
                              "memoryview: casts to %zd dimensions are not supported", ndim);
    }
    return mv_derive(m, m->buf, n, d->size, d->size, at ? d->at : d->plain, m->readonly);
}

static MethodDef mv_methods[] = {
    {"tobytes", (void *)mv_tobytes, METH_FASTCALL | METH_KEYWORDS,
     "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"hex", (void *)mv_hex, METH_FASTCALL | METH_KEYWORDS,
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"cast", (void *)mv_cast, METH_FASTCALL | METH_KEYWORDS,
     "Cast a memoryview to a new format or shape."},
    {"release", mv_release, METH_NOARGS,
     "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", mv_enter, METH_NOARGS, NULL},
    {"__exit__", (void *)mv_exit, METH_FASTCALL, NULL},
    {NULL}
};

/* ---- attributes ------------------------------------------------------------------------------ */

#define LIVE(self) if (mv_check(self) < 0) return NULL

static Object *tuple1(ssize_t v) {
    Object *n = int_from_ssize(v);
    if (!n) return NULL;
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}

static Object *mv_get_obj(Object *self, void *c) {
    LIVE(self);
    return NEWREF(MV(self)->mbuf->master.obj);
}
static Object *mv_get_nbytes(Object *self, void *c) {
    LIVE(self);
    return int_from_ssize(MV(self)->len * MV(self)->itemsize);
}
static Object *mv_get_readonly(Object *self, void *c) {
    LIVE(self);
    return bool_from(MV(self)->readonly);
}
static Object *mv_get_itemsize(Object *self, void *c) {
    LIVE(self);
    return int_from_ssize(MV(self)->itemsize);
}
static Object *mv_get_format(Object *self, void *c) {
    LIVE(self);
    return str_from_cstr(MV(self)->format);
}
static Object *mv_get_ndim(Object *self, void *c) { LIVE(self); return NEWREF(SMALL_INT(1)); }
static Object *mv_get_shape(Object *self, void *c) { LIVE(self); return tuple1(MV(self)->len); }
static Object *mv_get_strides(Object *self, void *c) {
    LIVE(self);
    return tuple1(MV(self)->stride);
}
static Object *mv_get_suboffsets(Object *self, void *c) { LIVE(self); return tuple_new(0); }
static Object *mv_get_contiguous(Object *self, void *c) {
    LIVE(self);
    return bool_from(mv_contiguous(MV(self)));
}

static GetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", mv_get_nbytes, NULL,
     "The amount of space in bytes that the array would use in\n"
     " a contiguous representation.", NULL},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", mv_get_itemsize, NULL,
     "The size in bytes of each element of the memoryview.", NULL},
    {"format", mv_get_format, NULL,
     "A string containing the format (in struct module style)\n"
     " for each element in the view.", NULL},
    {"ndim", mv_get_ndim, NULL,
     "An integer indicating how many dimensions of a multi-dimensional\n"
     " array the memory represents.", NULL},
    {"shape", mv_get_shape, NULL,
     "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", NULL},
    {"strides", mv_get_strides, NULL,
     "A tuple of ndim integers giving the size in bytes to access\n"
     " each element for each dimension of the array.", NULL},
    {"suboffsets", mv_get_suboffsets, NULL,
     "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", mv_get_contiguous, NULL,
     "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_contiguous, NULL,
     "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", mv_get_contiguous, NULL,
     "A bool indicating whether the memory is contiguous.", NULL},
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
    .tp_weaklistoffset = offsetof(MemoryViewObject, weakreflist),
    .tp_new = mv_tp_new,
    .tp_vectorcall = mv_vectorcall,
    .tp_as_buffer = &mv_as_buffer,
};
