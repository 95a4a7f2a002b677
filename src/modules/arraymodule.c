/* arraymodule.c — the array module: compact arrays of C numbers (and 'u' characters).
 *
 * An array is CPython's arrayobject: a variable-size header whose ob_size is the item count,
 * a raw buffer (ob_item) of `allocated` items of the typecode's C size, and the descriptor of
 * its typecode.  Items are converted on the way in (with the exact range checks and messages
 * of CPython 3.11, which differ from code to code because CPython goes through different
 * PyArg converters) and boxed on the way out.  The buffer grows like CPython's (about 1/16
 * extra), so buffer_info() and __sizeof__ behave alike.  Arrays hold no object references, so
 * they are not tracked by the collector (as in CPython).
 *
 * Arrays export their items through the buffer protocol (format = the typecode, 'w' for 'u'
 * as CPython on Linux), so bytes(a), memoryview(a), b"".join([a]) and struct see the machine
 * values; while an export is out the array cannot change size (BufferError), since the view
 * points into ob_item.
 *
 * Not provided: pickling (__reduce_ex__), fromfile/tofile, and array('u') initialisation from
 * a non-'u' array. */
#include "modules.h"
#include "../objects/weakref.h"
#include <limits.h>
#include <string.h>

typedef struct {
    char typecode;
    int itemsize;
    const char *format;         /* of the exported buffer (static storage) */
} TypeDesc;

static const TypeDesc descriptors[] = {
    {'b', 1, "b"}, {'B', 1, "B"}, {'u', 4, "w"}, {'h', 2, "h"}, {'H', 2, "H"}, {'i', 4, "i"},
    {'I', 4, "I"}, {'l', 8, "l"}, {'L', 8, "L"}, {'q', 8, "q"}, {'Q', 8, "Q"}, {'f', 4, "f"},
    {'d', 8, "d"},
};
#define NDESC (sizeof descriptors / sizeof *descriptors)

typedef struct {
    OB_VAR_HEAD;
    char *ob_item;
    ssize_t allocated;
    const TypeDesc *desc;
    Object *weakreflist;
    ssize_t ob_exports;         /* buffers exported and not yet released */
} ArrayObject;

static TypeObject ArrayType, ArrayIterType;
#define IS_ARRAY(o) IS_INSTANCE(o, &ArrayType)
#define ITEMSIZE(a) (((ArrayObject *)(a))->desc->itemsize)
#define TC(a) (((ArrayObject *)(a))->desc->typecode)

/* ---- conversion of items -------------------------------------------------------------------- */

/* The item at p as a Python object. */
static Object *get_value(char tc, const char *p) {
    switch (tc) {
    case 'b': return int_from_long(*(const signed char *)p);
    case 'B': return int_from_long(*(const unsigned char *)p);
    case 'u': { uint32_t c; memcpy(&c, p, 4); return str_from_codepoint(c); }
    case 'h': { short v; memcpy(&v, p, 2); return int_from_long(v); }
    case 'H': { unsigned short v; memcpy(&v, p, 2); return int_from_long(v); }
    case 'i': { int v; memcpy(&v, p, 4); return int_from_long(v); }
    case 'I': { unsigned v; memcpy(&v, p, 4); return int_from_ulonglong(v); }
    case 'l': { long v; memcpy(&v, p, 8); return int_from_long(v); }
    case 'L': { unsigned long v; memcpy(&v, p, 8); return int_from_ulonglong(v); }
    case 'q': { long long v; memcpy(&v, p, 8); return int_from_ssize((ssize_t)v); }
    case 'Q': { unsigned long long v; memcpy(&v, p, 8); return int_from_ulonglong(v); }
    case 'f': { float v; memcpy(&v, p, 4); return float_from_double(v); }
    default: { double v; memcpy(&v, p, 8); return float_from_double(v); }
    }
}

/* v as a C long through __index__; OverflowError "Python int too large to convert to C long". */
static int index_long(Object *v, long *out) {
    Object *i = num_index(v);
    if (!i) return -1;
    int overflow;
    long x = int_as_long_overflow(i, &overflow);
    DECREF(i);
    if (overflow) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = x;
    return 0;
}

static int range_error(const char *what, bool high) {
    err_format(&Exc_OverflowError, "%s is %s", what,
               high ? "greater than maximum" : "less than minimum");
    return -1;
}

/* v as an unsigned value of `bits` bits (CPython's PyLong_AsUnsigned* messages). */
static int index_unsigned(Object *v, unsigned long long *out, bool longlong) {
    Object *i = num_index(v);
    if (!i) return -1;
    int sign = int_sign(i);
    size_t bits = int_bit_length(i);
    unsigned long long x = sign > 0 && bits <= 64 ? int_as_ulonglong(i) : 0;
    DECREF(i);
    if (sign < 0) {
        err_set_string(&Exc_OverflowError,
                       longlong ? "can't convert negative int to unsigned"
                                : "can't convert negative value to unsigned int");
        return -1;
    }
    if (bits > 64) {
        err_set_string(&Exc_OverflowError, longlong ? "int too big to convert"
                       : "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = x;
    return 0;
}

/* Store v at p; 0 or -1 with CPython's error. */
static int set_value(char tc, char *p, Object *v) {
    long x;
    unsigned long long u;
    switch (tc) {
    case 'b': case 'h':
        /* CPython converts with PyArg "h" first, so both report short ranges. */
        if (index_long(v, &x) < 0) return -1;
        if (x < SHRT_MIN || x > SHRT_MAX) return range_error("signed short integer", x > 0);
        if (tc == 'h') { short s = (short)x; memcpy(p, &s, 2); return 0; }
        if (x < -128 || x > 127) return range_error("signed char", x > 0);
        *(signed char *)p = (signed char)x;
        return 0;
    case 'B':
        if (index_long(v, &x) < 0) return -1;
        if (x < 0 || x > 255) return range_error("unsigned byte integer", x > 0);
        *(unsigned char *)p = (unsigned char)x;
        return 0;
    case 'H': case 'i':
        if (index_long(v, &x) < 0) return -1;
        if (x < INT_MIN || x > INT_MAX) return range_error("signed integer", x > 0);
        if (tc == 'i') { int i = (int)x; memcpy(p, &i, 4); return 0; }
        if (x < 0 || x > USHRT_MAX) return range_error("unsigned short", x > 0);
        { unsigned short s = (unsigned short)x; memcpy(p, &s, 2); }
        return 0;
    case 'I':
        if (index_unsigned(v, &u, false) < 0) return -1;
        if (u > UINT_MAX) return range_error("unsigned int", true);
        { unsigned i = (unsigned)u; memcpy(p, &i, 4); }
        return 0;
    case 'l':
        if (index_long(v, &x) < 0) return -1;
        memcpy(p, &x, 8);
        return 0;
    case 'L': case 'Q':
        if (index_unsigned(v, &u, tc == 'Q') < 0) return -1;
        memcpy(p, &u, 8);
        return 0;
    case 'q': {
        Object *i = num_index(v);
        if (!i) return -1;
        int overflow;
        long long q = int_as_long_overflow(i, &overflow);
        DECREF(i);
        if (overflow) {
            err_set_string(&Exc_OverflowError, "int too big to convert");
            return -1;
        }
        memcpy(p, &q, 8);
        return 0;
    }
    case 'u': {
        if (!IS_STR(v) || STR_LEN(v) != 1) {
            err_set_string(&Exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t c = STR_AT(v, 0);
        memcpy(p, &c, 4);
        return 0;
    }
    default: {
        if (!IS_FLOAT(v) && !num_check(v)) {
            err_format(&Exc_TypeError, "must be real number, not %.50s", TYPE(v)->tp_name);
            return -1;
        }
        double d = float_as_double(v);
        if (d == -1.0 && err_occurred()) return -1;
        if (tc == 'f') { float f = (float)d; memcpy(p, &f, 4); }
        else memcpy(p, &d, 8);
        return 0;
    }
    }
}

/* ---- storage -------------------------------------------------------------------------------- */

/* 0, or -1 with BufferError when the array is exporting buffers and n would change its size. */
static int array_check_resize(ArrayObject *a, ssize_t n) {
    if (a->ob_exports > 0 && n != SIZE(a)) {
        err_set_string(&Exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    return 0;
}

/* Make room for n items (CPython's growth: n + n/16 + 3 or 7, unless shrinking a little). */
static int array_resize(ArrayObject *a, ssize_t n) {
    if (array_check_resize(a, n) < 0) return -1;
    if (a->allocated >= n && SIZE(a) < n + 16 && a->ob_item) {
        SIZE(a) = n;
        return 0;
    }
    if (n == 0) {
        mem_free(a->ob_item);
        a->ob_item = NULL;
        SIZE(a) = 0;
        a->allocated = 0;
        return 0;
    }
    ssize_t alloc = (n >> 4) + (SIZE(a) < 8 ? 3 : 7) + n;
    int isz = a->desc->itemsize;
    if (alloc > SSIZE_MAX / isz) { err_no_memory(); return -1; }
    char *p = mem_realloc(a->ob_item, (size_t)(alloc * isz));
    if (!p) { err_no_memory(); return -1; }
    a->ob_item = p;
    a->allocated = alloc;
    SIZE(a) = n;
    return 0;
}

static ArrayObject *array_alloc(TypeObject *type, const TypeDesc *desc, ssize_t n) {
    ArrayObject *a = (ArrayObject *)obj_alloc(type);
    if (!a) return NULL;
    a->desc = desc;
    if (n > 0) {
        if (n > SSIZE_MAX / desc->itemsize ||
            !(a->ob_item = mem_alloc((size_t)(n * desc->itemsize)))) {
            DECREF(a);
            err_no_memory();
            return NULL;
        }
        a->allocated = n;
        SIZE(a) = n;
    }
    return a;
}

static Object *array_from_data(const TypeDesc *desc, const char *data, ssize_t n) {
    ArrayObject *a = array_alloc(&ArrayType, desc, n);
    if (a && n) memcpy(a->ob_item, data, (size_t)(n * desc->itemsize));
    return OBJ(a);
}

static int array_append(ArrayObject *a, Object *v) {
    char buf[8];
    if (set_value(a->desc->typecode, buf, v) < 0) return -1;
    ssize_t n = SIZE(a);
    if (array_resize(a, n + 1) < 0) return -1;
    memcpy(a->ob_item + n * a->desc->itemsize, buf, (size_t)a->desc->itemsize);
    return 0;
}

static int array_extend_iter(ArrayObject *a, Object *iterable) {
    Object *it = obj_get_iter(iterable), *v;
    if (!it) return -1;
    while ((v = iter_next(it))) {
        int rc = array_append(a, v);
        DECREF(v);
        if (rc < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static int array_extend_array(ArrayObject *a, ArrayObject *b) {
    if (a->desc != b->desc) {
        err_set_string(&Exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    ssize_t n = SIZE(a), m = SIZE(b), isz = a->desc->itemsize;
    if (m == 0) return 0;
    if (n > SSIZE_MAX - m) { err_no_memory(); return -1; }
    if (array_resize(a, n + m) < 0) return -1;
    memmove(a->ob_item + n * isz, b->ob_item, (size_t)(m * isz));   /* b may be a */
    return 0;
}

static int frombytes_impl(ArrayObject *a, const char *p, ssize_t n) {
    int isz = a->desc->itemsize;
    if (n % isz) {
        err_set_string(&Exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    ssize_t old = SIZE(a), add = n / isz;
    if (add == 0) return 0;
    if (array_resize(a, old + add) < 0) return -1;
    memcpy(a->ob_item + old * isz, p, (size_t)n);
    return 0;
}

static int fromunicode_impl(ArrayObject *a, Object *s) {
    ssize_t n = STR_LEN(s), old = SIZE(a);
    if (n == 0) return 0;
    if (array_resize(a, old + n) < 0) return -1;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_AT(s, i);
        memcpy(a->ob_item + (old + i) * 4, &c, 4);
    }
    return 0;
}

/* ---- construction --------------------------------------------------------------------------- */

static const TypeDesc *desc_for(int c) {
    for (size_t i = 0; i < NDESC; i++)
        if (descriptors[i].typecode == c) return &descriptors[i];
    return NULL;
}

static Object *array_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && type == &ArrayType)
        return err_format(&Exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1)
        return err_format(&Exc_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2)
        return err_format(&Exc_TypeError, "array() takes at most 2 arguments (%zd given)",
                          nargs);
    Object *tc = args[0], *init = nargs > 1 ? args[1] : NULL;
    if (!IS_STR(tc) || STR_LEN(tc) != 1)
        return err_format(&Exc_TypeError,
                          "array() argument 1 must be a unicode character, not %.50s",
                          TYPE(tc)->tp_name);
    const TypeDesc *desc = desc_for((int)STR_AT(tc, 0));
    if (!desc)
        return err_format(&Exc_ValueError,
                          "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    if (init && IS_STR(init) && desc->typecode != 'u')
        return err_format(&Exc_TypeError,
                          "cannot use a str to initialize an array with typecode '%c'",
                          desc->typecode);
    if (init && IS_ARRAY(init) && TC(init) == 'u' && desc->typecode != 'u')
        return err_format(&Exc_TypeError,
                          "cannot use a unicode array to initialize an array with typecode "
                          "'%c'", desc->typecode);
    ArrayObject *a = array_alloc(type, desc, 0);
    if (!a) return NULL;
    int rc = 0;
    if (!init || init == NONE) {
        rc = 0;
    } else if (IS_STR(init)) {
        rc = fromunicode_impl(a, init);
    } else if (IS_BYTES(init) || IS_BYTEARRAY(init)) {
        const char *p;
        ssize_t n;
        rc = bytes_view(init, &p, &n) < 0 ? -1 : frombytes_impl(a, p, n);
    } else if (IS_ARRAY(init) && ((ArrayObject *)init)->desc == desc) {
        rc = array_extend_array(a, (ArrayObject *)init);
    } else {
        rc = array_extend_iter(a, init);
    }
    if (rc < 0) { DECREF(a); return NULL; }
    return OBJ(a);
}

/* ---- the buffer protocol -------------------------------------------------------------------- */

static char empty_items[8];     /* the memory of an empty array's view (never written) */

static int array_getbuffer(Object *self, Buffer *view, int flags) {
    ArrayObject *a = (ArrayObject *)self;
    view->buf = a->ob_item ? a->ob_item : empty_items;
    view->obj = NEWREF(self);
    view->itemsize = a->desc->itemsize;
    view->len = SIZE(a) * view->itemsize;
    view->format = a->desc->format;
    view->readonly = false;
    view->ndim = 1;
    view->shape[0] = SIZE(a);
    view->strides[0] = view->itemsize;
    a->ob_exports++;
    return 0;
}

static void array_releasebuffer(Object *self, Buffer *view) {
    ((ArrayObject *)self)->ob_exports--;
}

static BufferProcs array_as_buffer = {
    .bf_getbuffer = array_getbuffer,
    .bf_releasebuffer = array_releasebuffer,
};

static void array_dealloc(Object *self) {
    ArrayObject *a = (ArrayObject *)self;
    if (a->weakreflist) weakref_clear_all(self);
    mem_free(a->ob_item);
    TYPE(self)->tp_free(self);
}

/* ---- sequence protocol ---------------------------------------------------------------------- */

static ssize_t array_length(Object *self) { return SIZE(self); }

static Object *array_item(Object *self, ssize_t i) {
    ArrayObject *a = (ArrayObject *)self;
    if (i < 0 || i >= SIZE(a))
        return err_format(&Exc_IndexError, "array index out of range");
    return get_value(a->desc->typecode, a->ob_item + i * a->desc->itemsize);
}

static Object *array_slice(ArrayObject *a, ssize_t start, ssize_t step, ssize_t n) {
    int isz = a->desc->itemsize;
    ArrayObject *r = array_alloc(&ArrayType, a->desc, n);
    if (!r) return NULL;
    if (step == 1) {
        if (n) memcpy(r->ob_item, a->ob_item + start * isz, (size_t)(n * isz));
    } else {
        for (ssize_t i = 0, j = start; i < n; i++, j += step)
            memcpy(r->ob_item + i * isz, a->ob_item + j * isz, (size_t)isz);
    }
    return OBJ(r);
}

static Object *array_subscript(Object *self, Object *key) {
    ArrayObject *a = (ArrayObject *)self;
    if (IS_SLICE(key)) {
        ssize_t start, stop, step, n = slice_indices(key, SIZE(a), &start, &stop, &step);
        if (n < 0) return NULL;
        return array_slice(a, start, step, n);
    }
    if (!(TYPE(key)->tp_as_number && TYPE(key)->tp_as_number->nb_index))
        return err_format(&Exc_TypeError, "array indices must be integers");
    ssize_t i = num_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred()) return NULL;
    if (i < 0) i += SIZE(a);
    return array_item(self, i);
}

/* Delete the items of a slice (any step). */
static int array_del_slice(ArrayObject *a, ssize_t start, ssize_t step, ssize_t n) {
    int isz = a->desc->itemsize;
    ssize_t len = SIZE(a);
    if (n <= 0) return 0;
    if (array_check_resize(a, len - n) < 0) return -1;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    if (step == 1) {
        memmove(a->ob_item + start * isz, a->ob_item + (start + n) * isz,
                (size_t)((len - start - n) * isz));
    } else {
        ssize_t dst = start, src = start;
        for (ssize_t k = 0; src < len; src++) {
            if (k < n && src == start + k * step) { k++; continue; }
            memmove(a->ob_item + dst * isz, a->ob_item + src * isz, (size_t)isz);
            dst++;
        }
    }
    return array_resize(a, len - n);
}

static int array_ass_subscript(Object *self, Object *key, Object *v) {
    ArrayObject *a = (ArrayObject *)self;
    int isz = a->desc->itemsize;
    if (!IS_SLICE(key)) {
        if (!(TYPE(key)->tp_as_number && TYPE(key)->tp_as_number->nb_index)) {
            err_set_string(&Exc_TypeError, "array indices must be integers");
            return -1;
        }
        ssize_t i = num_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred()) return -1;
        if (i < 0) i += SIZE(a);
        if (i < 0 || i >= SIZE(a)) {
            err_set_string(&Exc_IndexError, "array assignment index out of range");
            return -1;
        }
        if (!v) return array_del_slice(a, i, 1, 1);
        return set_value(a->desc->typecode, a->ob_item + i * isz, v);
    }
    ssize_t start, stop, step, n = slice_indices(key, SIZE(a), &start, &stop, &step);
    if (n < 0) return -1;
    if (!v) return array_del_slice(a, start, step, n);
    if (!IS_ARRAY(v)) {
        err_format(&Exc_TypeError, "can only assign array (not \"%.200s\") to array slice",
                   TYPE(v)->tp_name);
        return -1;
    }
    ArrayObject *b = (ArrayObject *)v;
    if (b->desc != a->desc) {
        err_set_string(&Exc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    ssize_t m = SIZE(b);
    Object *copy = NULL;
    if (b == a) {
        /* Assigning an array to a slice of itself: work from a copy. */
        copy = array_slice(a, 0, 1, m);
        if (!copy) return -1;
        b = (ArrayObject *)copy;
    }
    int rc = 0;
    if (step == 1) {
        ssize_t len = SIZE(a);
        if (stop < start) stop = start;
        ssize_t tail = len - stop, newlen = start + m + tail;
        if (array_check_resize(a, newlen) < 0) { rc = -1; goto out; }
        if (m > n) {
            if (array_resize(a, newlen) < 0) { rc = -1; goto out; }
            memmove(a->ob_item + (start + m) * isz, a->ob_item + stop * isz, (size_t)(tail * isz));
        } else {
            memmove(a->ob_item + (start + m) * isz, a->ob_item + stop * isz, (size_t)(tail * isz));
            if (array_resize(a, newlen) < 0) { rc = -1; goto out; }
        }
        if (m) memcpy(a->ob_item + start * isz, b->ob_item, (size_t)(m * isz));
    } else if (m != n) {
        err_format(&Exc_ValueError,
                   "attempt to assign array of size %zd to extended slice of size %zd", m, n);
        rc = -1;
    } else {
        for (ssize_t i = 0, j = start; i < n; i++, j += step)
            memcpy(a->ob_item + j * isz, b->ob_item + i * isz, (size_t)isz);
    }
out:
    XDECREF(copy);
    return rc;
}

static int array_contains(Object *self, Object *v) {
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *item = array_item(self, i);
        if (!item) return -1;
        int eq = obj_richcompare_bool(item, v, CMP_EQ);
        DECREF(item);
        if (eq) return eq;
    }
    return 0;
}

static Object *array_concat(Object *self, Object *other) {
    if (!IS_ARRAY(other))
        return err_format(&Exc_TypeError, "can only append array (not \"%.200s\") to array",
                          TYPE(other)->tp_name);
    ArrayObject *a = (ArrayObject *)self, *b = (ArrayObject *)other;
    if (a->desc != b->desc)
        return err_format(&Exc_TypeError, "bad argument type for built-in operation");
    ssize_t n = SIZE(a), m = SIZE(b);
    ArrayObject *r = array_alloc(&ArrayType, a->desc, n + m);
    if (!r) return NULL;
    int isz = a->desc->itemsize;
    if (n) memcpy(r->ob_item, a->ob_item, (size_t)(n * isz));
    if (m) memcpy(r->ob_item + n * isz, b->ob_item, (size_t)(m * isz));
    return OBJ(r);
}

static Object *array_repeat(Object *self, ssize_t count) {
    ArrayObject *a = (ArrayObject *)self;
    if (count < 0) count = 0;
    ssize_t n = SIZE(a);
    if (n && count > SSIZE_MAX / n) return err_no_memory();
    ArrayObject *r = array_alloc(&ArrayType, a->desc, n * count);
    if (!r) return NULL;
    size_t chunk = (size_t)(n * a->desc->itemsize);
    for (ssize_t i = 0; i < count; i++) memcpy(r->ob_item + i * chunk, a->ob_item, chunk);
    return OBJ(r);
}

static Object *array_inplace_concat(Object *self, Object *other) {
    if (!IS_ARRAY(other))
        return err_format(&Exc_TypeError,
                          "can only extend array with array (not \"%.200s\")",
                          TYPE(other)->tp_name);
    if (array_extend_array((ArrayObject *)self, (ArrayObject *)other) < 0) return NULL;
    return NEWREF(self);
}

static Object *array_inplace_repeat(Object *self, ssize_t count) {
    ArrayObject *a = (ArrayObject *)self;
    ssize_t n = SIZE(a);
    if (count <= 0 || n == 0) {
        if (array_resize(a, 0) < 0) return NULL;
        return NEWREF(self);
    }
    if (count > SSIZE_MAX / n) return err_no_memory();
    if (array_resize(a, n * count) < 0) return NULL;
    size_t chunk = (size_t)(n * a->desc->itemsize);
    for (ssize_t i = 1; i < count; i++) memcpy(a->ob_item + i * chunk, a->ob_item, chunk);
    return NEWREF(self);
}

static Object *array_richcompare(Object *self, Object *other, int op) {
    if (!IS_ARRAY(other)) RETURN_NOTIMPL;
    ssize_t na = SIZE(self), nb = SIZE(other);
    if (na != nb && (op == CMP_EQ || op == CMP_NE)) return bool_from(op == CMP_NE);
    ssize_t i = 0;
    Object *x = NULL, *y = NULL;
    for (; i < na && i < nb; i++) {
        x = array_item(self, i);
        y = x ? array_item(other, i) : NULL;
        if (!y) { XDECREF(x); return NULL; }
        int eq = obj_richcompare_bool(x, y, CMP_EQ);
        if (eq != 1) {
            if (eq < 0) { DECREF(x); DECREF(y); return NULL; }
            break;
        }
        CLEAR(x);
        CLEAR(y);
    }
    if (i >= na || i >= nb) return compare_sizes(na, nb, op);
    Object *r;
    if (op == CMP_EQ) r = bool_from(false);
    else if (op == CMP_NE) r = bool_from(true);
    else r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *array_repr(Object *self) {
    ArrayObject *a = (ArrayObject *)self;
    const char *name = TYPE(self)->tp_name, *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    char tc = a->desc->typecode;
    if (SIZE(a) == 0) return str_from_format("%s('%c')", name, tc);
    Object *body;
    if (tc == 'u') {
        Object *s = obj_getattr_str(self, "tounicode");
        Object *u = s ? obj_call0(s) : NULL;
        XDECREF(s);
        body = u ? obj_repr(u) : NULL;
        XDECREF(u);
    } else {
        Object *l = list_new(SIZE(a));
        if (!l) return NULL;
        for (ssize_t i = 0; i < SIZE(a); i++) {
            Object *v = array_item(self, i);
            if (!v) { DECREF(l); return NULL; }
            LIST_SET(l, i, v);
        }
        body = obj_repr(l);
        DECREF(l);
    }
    if (!body) return NULL;
    Object *r = str_from_format("%s('%c', %U)", name, tc, body);
    DECREF(body);
    return r;
}

/* ---- methods -------------------------------------------------------------------------------- */

static Object *m_append(Object *self, Object *v) {
    if (array_append((ArrayObject *)self, v) < 0) return NULL;
    RETURN_NONE;
}

static Object *m_extend(Object *self, Object *v) {
    int rc = IS_ARRAY(v) ? array_extend_array((ArrayObject *)self, (ArrayObject *)v)
                         : array_extend_iter((ArrayObject *)self, v);
    if (rc < 0) return NULL;
    RETURN_NONE;
}

static Object *m_buffer_info(Object *self, Object *unused) {
    Object *addr = int_from_ssize((ssize_t)(intptr_t)((ArrayObject *)self)->ob_item);
    Object *len = int_from_ssize(SIZE(self));
    Object *r = addr && len ? tuple_pack(2, addr, len) : NULL;
    XDECREF(addr);
    XDECREF(len);
    return r;
}

static Object *m_byteswap(Object *self, Object *unused) {
    ArrayObject *a = (ArrayObject *)self;
    int isz = a->desc->itemsize;
    for (ssize_t i = 0; i < SIZE(a); i++) {
        char *p = a->ob_item + i * isz;
        for (int j = 0; j < isz / 2; j++) {
            char t = p[j];
            p[j] = p[isz - 1 - j];
            p[isz - 1 - j] = t;
        }
    }
    RETURN_NONE;
}

static Object *m_count(Object *self, Object *v) {
    ssize_t n = 0;
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *item = array_item(self, i);
        if (!item) return NULL;
        int eq = obj_richcompare_bool(item, v, CMP_EQ);
        DECREF(item);
        if (eq < 0) return NULL;
        n += eq;
    }
    return int_from_ssize(n);
}

static Object *m_index(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("index", nargs, 1, 3) < 0) return NULL;
    ssize_t start = 0, stop = SSIZE_MAX, n = SIZE(self);
    if (nargs > 1 && slice_index_arg(args[1], &start) < 0) return NULL;
    if (nargs > 2 && slice_index_arg(args[2], &stop) < 0) return NULL;
    if (start < 0 && (start += n) < 0) start = 0;
    if (stop < 0 && (stop += n) < 0) stop = 0;
    for (ssize_t i = start; i < stop && i < SIZE(self); i++) {
        Object *item = array_item(self, i);
        if (!item) return NULL;
        int eq = obj_richcompare_bool(item, args[0], CMP_EQ);
        DECREF(item);
        if (eq < 0) return NULL;
        if (eq) return int_from_ssize(i);
    }
    return err_format(&Exc_ValueError, "array.index(x): x not in array");
}

static Object *m_remove(Object *self, Object *v) {
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *item = array_item(self, i);
        if (!item) return NULL;
        int eq = obj_richcompare_bool(item, v, CMP_EQ);
        DECREF(item);
        if (eq < 0) return NULL;
        if (eq) {
            if (array_del_slice((ArrayObject *)self, i, 1, 1) < 0) return NULL;
            RETURN_NONE;
        }
    }
    return err_format(&Exc_ValueError, "array.remove(x): x not in array");
}

static Object *m_insert(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("insert", nargs, 2, 2) < 0) return NULL;
    ArrayObject *a = (ArrayObject *)self;
    ssize_t i = num_as_ssize(args[0], &Exc_OverflowError), n = SIZE(a);
    if (i == -1 && err_occurred()) return NULL;
    char buf[8];
    if (set_value(a->desc->typecode, buf, args[1]) < 0) return NULL;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    if (array_resize(a, n + 1) < 0) return NULL;
    int isz = a->desc->itemsize;
    memmove(a->ob_item + (i + 1) * isz, a->ob_item + i * isz, (size_t)((n - i) * isz));
    memcpy(a->ob_item + i * isz, buf, (size_t)isz);
    RETURN_NONE;
}

static Object *m_pop(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("pop", nargs, 0, 1) < 0) return NULL;
    ssize_t i = -1, n = SIZE(self);
    if (nargs && (i = num_as_ssize(args[0], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    if (n == 0) return err_format(&Exc_IndexError, "pop from empty array");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_format(&Exc_IndexError, "pop index out of range");
    Object *v = array_item(self, i);
    if (v && array_del_slice((ArrayObject *)self, i, 1, 1) < 0) CLEAR(v);
    return v;
}

static Object *m_reverse(Object *self, Object *unused) {
    ArrayObject *a = (ArrayObject *)self;
    int isz = a->desc->itemsize;
    char tmp[8];
    for (ssize_t i = 0, j = SIZE(a) - 1; i < j; i++, j--) {
        memcpy(tmp, a->ob_item + i * isz, (size_t)isz);
        memcpy(a->ob_item + i * isz, a->ob_item + j * isz, (size_t)isz);
        memcpy(a->ob_item + j * isz, tmp, (size_t)isz);
    }
    RETURN_NONE;
}

static Object *m_tobytes(Object *self, Object *unused) {
    ArrayObject *a = (ArrayObject *)self;
    return bytes_from_data(a->ob_item ? a->ob_item : "", SIZE(a) * a->desc->itemsize);
}

static Object *m_frombytes(Object *self, Object *b) {
    Buffer v;
    if (obj_get_buffer(b, &v, BUF_SIMPLE) < 0) return NULL;
    if (v.itemsize != 1) {
        buffer_release(&v);
        return err_format(&Exc_TypeError, "a bytes-like object is required");
    }
    int rc = frombytes_impl((ArrayObject *)self, v.buf, v.len);
    buffer_release(&v);
    if (rc < 0) return NULL;
    RETURN_NONE;
}

static Object *m_tolist(Object *self, Object *unused) {
    Object *l = list_new(SIZE(self));
    if (!l) return NULL;
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *v = array_item(self, i);
        if (!v) { DECREF(l); return NULL; }
        LIST_SET(l, i, v);
    }
    return l;
}

static Object *m_fromlist(Object *self, Object *l) {
    if (!IS_LIST(l)) return err_format(&Exc_TypeError, "arg must be list");
    ArrayObject *a = (ArrayObject *)self;
    ssize_t old = SIZE(a);
    for (ssize_t i = 0; i < LIST_LEN(l); i++) {
        if (array_append(a, LIST_GET(l, i)) < 0) {
            array_resize(a, old);
            return NULL;
        }
    }
    RETURN_NONE;
}

static Object *m_tounicode(Object *self, Object *unused) {
    ArrayObject *a = (ArrayObject *)self;
    if (a->desc->typecode != 'u')
        return err_format(&Exc_ValueError,
                          "tounicode() may only be called on unicode type arrays");
    return str_from_ucs4((const uint32_t *)(a->ob_item ? a->ob_item : (char *)""), SIZE(a));
}

static Object *m_fromunicode(Object *self, Object *s) {
    if (!IS_STR(s))
        return err_format(&Exc_TypeError, "fromunicode() argument must be str, not %.50s",
                          TYPE(s)->tp_name);
    if (TC(self) != 'u')
        return err_format(&Exc_ValueError,
                          "fromunicode() may only be called on unicode type arrays");
    if (fromunicode_impl((ArrayObject *)self, s) < 0) return NULL;
    RETURN_NONE;
}

static Object *m_copy(Object *self, Object *unused) {
    ArrayObject *a = (ArrayObject *)self;
    return array_from_data(a->desc, a->ob_item, SIZE(a));
}

static Object *m_deepcopy(Object *self, Object *memo) { return m_copy(self, NULL); }

static Object *m_sizeof(Object *self, Object *unused) {
    ArrayObject *a = (ArrayObject *)self;
    return int_from_ssize(TYPE(self)->tp_basicsize + a->allocated * a->desc->itemsize);
}

static Object *a_get_typecode(Object *self, void *c) {
    return str_from_codepoint((uint32_t)(unsigned char)TC(self));
}

static Object *a_get_itemsize(Object *self, void *c) { return int_from_long(ITEMSIZE(self)); }

static MethodDef array_methods[] = {
    {"append", (void *)m_append, METH_O, "Append new value v to the end of the array."},
    {"buffer_info", (void *)m_buffer_info, METH_NOARGS,
     "Return a tuple (address, length) giving the current memory address and the length in "
     "items of the buffer used to hold array's contents."},
    {"byteswap", (void *)m_byteswap, METH_NOARGS, "Byteswap all items of the array."},
    {"count", (void *)m_count, METH_O, "Return number of occurrences of v in the array."},
    {"extend", (void *)m_extend, METH_O, "Append items to the end of the array."},
    {"frombytes", (void *)m_frombytes, METH_O,
     "Appends items from the string, interpreting it as an array of machine values, as if it "
     "had been read from a file using the fromfile() method."},
    {"fromlist", (void *)m_fromlist, METH_O, "Append items to array from list."},
    {"fromunicode", (void *)m_fromunicode, METH_O,
     "Extends this array with data from the unicode string ustr."},
    {"index", (void *)m_index, METH_FASTCALL,
     "Return index of first occurrence of v in the array."},
    {"insert", (void *)m_insert, METH_FASTCALL,
     "Insert a new item v into the array before position i."},
    {"pop", (void *)m_pop, METH_FASTCALL,
     "Return the i-th element and delete it from the array."},
    {"remove", (void *)m_remove, METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", (void *)m_reverse, METH_NOARGS, "Reverse the order of the items in the array."},
    {"tobytes", (void *)m_tobytes, METH_NOARGS,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tolist", (void *)m_tolist, METH_NOARGS,
     "Convert array to an ordinary list with the same items."},
    {"tounicode", (void *)m_tounicode, METH_NOARGS,
     "Extends this array with data from the unicode string ustr."},
    {"__copy__", (void *)m_copy, METH_NOARGS, "Return a copy of the array."},
    {"__deepcopy__", (void *)m_deepcopy, METH_O, "Return a copy of the array."},
    {"__sizeof__", (void *)m_sizeof, METH_NOARGS,
     "Size of the array in memory, in bytes."},
    {NULL}
};

static GetSetDef array_getset[] = {
    {"typecode", a_get_typecode, NULL, "the typecode character used to create the array",
     NULL},
    {"itemsize", a_get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL}
};

static SequenceMethods array_as_sequence = {
    .sq_length = array_length,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_item = array_item,
    .sq_contains = array_contains,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
};

static MappingMethods array_as_mapping = {
    .mp_length = array_length,
    .mp_subscript = array_subscript,
    .mp_ass_subscript = array_ass_subscript,
};

/* ---- iterator ------------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    ArrayObject *array;         /* NULL once exhausted */
    ssize_t index;
} ArrayIterObject;

static Object *array_iter(Object *self) {
    ArrayIterObject *it = (ArrayIterObject *)obj_alloc(&ArrayIterType);
    if (!it) return NULL;
    it->array = (ArrayObject *)NEWREF(self);
    return OBJ(it);
}

static void arrayiter_dealloc(Object *self) {
    XDECREF(((ArrayIterObject *)self)->array);
    TYPE(self)->tp_free(self);
}

static Object *arrayiter_next(Object *self) {
    ArrayIterObject *it = (ArrayIterObject *)self;
    if (!it->array) return NULL;
    if (it->index < SIZE(it->array)) return array_item(OBJ(it->array), it->index++);
    CLEAR(it->array);
    return NULL;
}

static TypeObject ArrayIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(ArrayIterObject),
    .tp_dealloc = arrayiter_dealloc,
    .tp_iter = iter_self, .tp_iternext = arrayiter_next,
};

static TypeObject ArrayType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "array.array",
    .tp_basicsize = sizeof(ArrayObject),
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_doc = "array(typecode [, initializer]) -> array\n\n"
              "Return a new array whose items are restricted by typecode, and\n"
              "initialized from the optional initializer value, which must be a list,\n"
              "string or iterable over elements of the appropriate type.",
    .tp_new = array_new, .tp_dealloc = array_dealloc, .tp_repr = array_repr,
    .tp_hash = obj_hash_not_implemented, .tp_richcompare = array_richcompare,
    .tp_as_sequence = &array_as_sequence, .tp_as_mapping = &array_as_mapping,
    .tp_iter = array_iter, .tp_methods = array_methods, .tp_getset = array_getset,
    .tp_weaklistoffset = offsetof(ArrayObject, weakreflist),
    .tp_as_buffer = &array_as_buffer,
};

static int array_module_init(Object *m) {
    if (type_ready(&ArrayType) < 0 || type_ready(&ArrayIterType) < 0) return -1;
    return module_add(m, "array", NEWREF_(&ArrayType)) < 0 ||
           module_add(m, "ArrayType", NEWREF_(&ArrayType)) < 0 ||
           module_add(m, "typecodes", str_from_cstr("bBuhHiIlLqQfd")) < 0 ? -1 : 0;
}

ModuleDef array_module_def = {
    "array",
    "This module defines an object type which can efficiently represent\n"
    "an array of basic values: characters, integers, floating point\n"
    "numbers.  Arrays are sequence types and behave very much like lists,\n"
    "except that the type of objects stored in them is constrained.\n",
    NULL,
    array_module_init,
};
