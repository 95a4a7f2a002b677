/* bytearray.c — the mutable byte array.
 *
 * Layout and growth are CPython's: the bytes live in a separate buffer of ob_alloc bytes
 * (getsizeof(bytearray()) == 56 + ob_alloc), of which ob_start .. ob_start + ob_size is the
 * value, followed by a NUL.  Growing over-allocates by 1/8 (plus 3 or 6) when the new size is
 * within 1/8 of the current allocation, and allocates exactly otherwise; shrinking below half
 * reallocates.  Deleting a prefix only moves ob_start (the "logical offset"), so popping from
 * the front is O(1) amortised, as in CPython.
 *
 * The read-only methods are bytes.c's (bytes_common_methods), joined to the mutators below. */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include <string.h>
#include <limits.h>

#define BA(o)       ((ByteArrayObject *)(o))
#define BA_DATA(o)  (BA(o)->ob_start)

static int ba_resize(Object *self, ssize_t size) {
    ByteArrayObject *b = BA(self);
    if (size == SIZE(self)) return 0;
    if (size < 0) {
        err_set_string(&Exc_SystemError, "Negative size passed to bytearray resize");
        return -1;
    }
    if (b->ob_exports > 0) {
        err_set_string(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    ssize_t alloc = b->ob_alloc;
    ssize_t offset = b->ob_start - b->ob_bytes;
    if (size + offset + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1;           /* major downsize: shrink to fit */
        } else {
            SIZE(self) = size;          /* minor downsize: keep the buffer */
            b->ob_start[size] = '\0';
            return 0;
        }
    } else if (size <= alloc + (alloc >> 3)) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);   /* moderate growth: over-allocate */
    } else {
        alloc = size + 1;               /* big jump: exact */
    }
    if (alloc > SSIZE_MAX - 8) { err_no_memory(); return -1; }
    char *p;
    if (offset > 0) {
        p = mem_alloc((size_t)alloc);
        if (!p) { err_no_memory(); return -1; }
        memcpy(p, b->ob_start, (size_t)(size < SIZE(self) ? size : SIZE(self)));
        mem_free(b->ob_bytes);
    } else {
        p = mem_realloc(b->ob_bytes, (size_t)alloc);
        if (!p) { err_no_memory(); return -1; }
    }
    b->ob_bytes = b->ob_start = p;
    b->ob_alloc = alloc;
    SIZE(self) = size;
    p[size] = '\0';
    return 0;
}

static Object *ba_alloc(TypeObject *type, const void *p, ssize_t n) {
    Object *self = obj_alloc(type);
    if (!self) return NULL;
    if (n > 0) {
        char *buf = mem_alloc((size_t)n + 1);
        if (!buf) { DECREF(self); return err_no_memory(); }
        if (p) memcpy(buf, p, (size_t)n);
        buf[n] = '\0';
        BA(self)->ob_bytes = BA(self)->ob_start = buf;
        BA(self)->ob_alloc = n + 1;
        SIZE(self) = n;
    }
    return self;
}

Object *bytearray_from_data(const void *p, ssize_t n) {
    return ba_alloc(&ByteArrayType, p, n);
}

/* Whether o exports a buffer (reading a released or strided memoryview may still fail). */
static bool has_buffer(Object *o) { return IS_BYTES(o) || IS_BYTEARRAY(o) || obj_has_buffer(o); }

/* The buffer protocol: the bytes in place, writable.  While a view is out the bytearray
 * cannot change size (ob_exports, checked by ba_resize and ba_setslice). */
static char ba_empty[1];      /* the memory of an empty bytearray's view (never written) */

static int ba_getbuffer(Object *self, Buffer *view, int flags) {
    char *p = BA_DATA(self) ? BA_DATA(self) : ba_empty;
    if (buffer_fill(view, self, p, SIZE(self), false, flags) < 0) return -1;
    BA(self)->ob_exports++;
    return 0;
}

static void ba_releasebuffer(Object *self, Buffer *view) { BA(self)->ob_exports--; }

static BufferProcs ba_as_buffer = {
    .bf_getbuffer = ba_getbuffer,
    .bf_releasebuffer = ba_releasebuffer,
};

/* Replace self[lo:hi] by the n bytes at p (p may point into self: the caller copies first). */
static int ba_setslice(Object *self, ssize_t lo, ssize_t hi, const char *p, ssize_t n) {
    ByteArrayObject *b = BA(self);
    ssize_t len = SIZE(self), growth = n - (hi - lo);
    if (growth != 0 && b->ob_exports > 0) {
        err_set_string(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (growth < 0) {
        if (lo == 0) {
            /* Cutting a prefix: move the start instead of the bytes. */
            b->ob_start -= growth;
            if (ba_resize(self, len + growth) < 0) return -1;
        } else {
            memmove(b->ob_start + lo + n, b->ob_start + hi, (size_t)(len - hi));
            if (ba_resize(self, len + growth) < 0) return -1;
        }
    } else if (growth > 0) {
        if (len > SSIZE_MAX - growth) { err_no_memory(); return -1; }
        if (ba_resize(self, len + growth) < 0) return -1;
        memmove(BA_DATA(self) + lo + n, BA_DATA(self) + hi, (size_t)(len - hi));
    }
    if (n) memcpy(BA_DATA(self) + lo, p, (size_t)n);
    return 0;
}

/* The bytes of an assigned value: a new bytes object (from a buffer or an iterable of ints). */
static Object *value_bytes(Object *v) {
    if (has_buffer(v)) return bytes_from_buffer(v);
    if (IS_INT(v) || IS_STR(v) || !(TYPE(v)->tp_iter || (TYPE(v)->tp_as_sequence &&
                                                           TYPE(v)->tp_as_sequence->sq_item)))
        return err_format(&Exc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return bytes_from_iterable_into(v, true);
}

/* ---- construction ---------------------------------------------------------------------------- */

static Object *ba_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    return ba_alloc(type, NULL, 0);
}

static int ba_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("bytearray", args, nargs, kwnames, kwlist, 0, 3, a) < 0) return -1;
    if (SIZE(self) && ba_resize(self, 0) < 0) return -1;
    Object *x = a[0], *data = NULL;
    /* The argument types are checked first, as by CPython's argument clinic. */
    for (int i = 1; i <= 2; i++)
        if (a[i] && !IS_STR(a[i])) {
            err_format(&Exc_TypeError, "bytearray() argument '%s' must be str, not %.100s",
                       kwlist[i], TYPE(a[i])->tp_name);
            return -1;
        }
    if (!x) {
        if (a[1] || a[2]) {
            err_set_string(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                                : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (IS_STR(x)) {
        if (!a[1]) {
            err_set_string(&Exc_TypeError, "string argument without an encoding");
            return -1;
        }
        const char *enc, *errs = NULL;
        if (!(enc = str_as_utf8(a[1])) || (a[2] && !(errs = str_as_utf8(a[2])))) return -1;
        data = str_encode(x, enc, errs);
    } else if (a[1] || a[2]) {
        err_set_string(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                            : "errors without a string argument");
        return -1;
    } else if (has_buffer(x)) {
        data = bytes_from_buffer(x);
    } else if (IS_INT(x) || (TYPE(x)->tp_as_number && TYPE(x)->tp_as_number->nb_index)) {
        ssize_t n = num_as_ssize(x, &Exc_OverflowError);
        if (n == -1 && err_occurred()) return -1;
        if (n < 0) { err_set_string(&Exc_ValueError, "negative count"); return -1; }
        if (ba_resize(self, n) < 0) return -1;
        memset(BA_DATA(self), 0, (size_t)n);
        return 0;
    } else if (TYPE(x)->tp_iter || (TYPE(x)->tp_as_sequence && TYPE(x)->tp_as_sequence->sq_item)) {
        data = bytes_from_iterable_into(x, true);
    } else {
        err_format(&Exc_TypeError, "cannot convert '%.200s' object to bytearray", TYPE(x)->tp_name);
        return -1;
    }
    if (!data) return -1;
    int r = ba_setslice(self, 0, SIZE(self), BYTES_DATA(data), BYTES_LEN(data));
    DECREF(data);
    return r;
}

/* ---- slots ----------------------------------------------------------------------------------- */

static void ba_dealloc(Object *self) {
    mem_free(BA(self)->ob_bytes);
    TYPE(self)->tp_free(self);
}

static Object *ba_repr(Object *self) {
    Object *inner = bytes_repr_data(SIZE(self) ? BA_DATA(self) : "", SIZE(self), 'b');
    if (!inner) return NULL;
    Object *r = str_from_format("%s(%U)", TYPE(self)->tp_name, inner);
    DECREF(inner);
    return r;
}

static Object *ba_richcompare(Object *a, Object *b, int op) {
    if (!has_buffer(a) || !has_buffer(b)) RETURN_NOTIMPL;
    const char *pa, *pb;
    ssize_t na, nb;
    if (bytes_view(a, &pa, &na) < 0 || bytes_view(b, &pb, &nb) < 0) {
        err_clear();            /* unreadable (a strided memoryview): let the other side try */
        RETURN_NOTIMPL;
    }
    return bytes_compare_views(pa, na, pb, nb, op);
}

static ssize_t ba_length(Object *self) { return SIZE(self); }

/* The bytes of b for a concatenation: 0, or -1 with "can't concat B to A" (any reason). */
static int concat_view(Object *a, Object *b, const char **p, ssize_t *n) {
    if (has_buffer(b) && bytes_view(b, p, n) == 0) return 0;
    err_clear();
    err_format(&Exc_TypeError, "can't concat %.100s to %.100s", TYPE(b)->tp_name,
               TYPE(a)->tp_name);
    return -1;
}

static Object *ba_concat(Object *a, Object *b) {
    const char *pa, *pb;
    ssize_t na, nb;
    if (concat_view(a, b, &pb, &nb) < 0) return NULL;
    bytes_view(a, &pa, &na);
    if (na > SSIZE_MAX - nb) return err_no_memory();
    Object *r = bytearray_from_data(NULL, na + nb);
    if (!r) return NULL;
    if (na + nb) {
        memcpy(BA_DATA(r), pa, (size_t)na);
        memcpy(BA_DATA(r) + na, pb, (size_t)nb);
    }
    return r;
}

static Object *ba_iconcat(Object *self, Object *b) {
    const char *pb;
    ssize_t nb, n = SIZE(self);
    if (concat_view(self, b, &pb, &nb) < 0) return NULL;
    if (n > SSIZE_MAX - nb) return err_no_memory();
    if (b == self) {
        if (ba_resize(self, 2 * n) < 0) return NULL;
        memcpy(BA_DATA(self) + n, BA_DATA(self), (size_t)n);
    } else {
        if (ba_resize(self, n + nb) < 0) return NULL;
        if (nb) memcpy(BA_DATA(self) + n, pb, (size_t)nb);
    }
    return NEWREF(self);
}

static int fill_repeat(char *dst, const char *src, ssize_t n, ssize_t count) {
    size_t total = (size_t)(n * count), done = (size_t)n;
    if (n == 1) { memset(dst, src[0], total); return 0; }
    if (dst != src) memcpy(dst, src, (size_t)n);
    while (done < total) {
        size_t c = done <= total - done ? done : total - done;
        memcpy(dst + done, dst, c);
        done += c;
    }
    return 0;
}

static Object *ba_repeat(Object *self, ssize_t count) {
    ssize_t n = SIZE(self);
    if (count < 0) count = 0;
    if (n && count > SSIZE_MAX / n) return err_no_memory();
    Object *r = bytearray_from_data(NULL, n * count);
    if (r && n && count) fill_repeat(BA_DATA(r), BA_DATA(self), n, count);
    return r;
}

static Object *ba_irepeat(Object *self, ssize_t count) {
    ssize_t n = SIZE(self);
    if (count < 0) count = 0;
    if (n && count > SSIZE_MAX / n) return err_no_memory();
    if (ba_resize(self, n * count) < 0) return NULL;
    if (n && count) fill_repeat(BA_DATA(self), BA_DATA(self), n, count);
    return NEWREF(self);
}

static Object *ba_item(Object *self, ssize_t i) {
    if (i < 0 || i >= SIZE(self))
        return err_format(&Exc_IndexError, "bytearray index out of range");
    return NEWREF(SMALL_INT((unsigned char)BA_DATA(self)[i]));
}

static int ba_contains(Object *self, Object *x) { return bytes_contains_impl(self, x); }

static bool is_index(Object *o) {
    return IS_INT(o) || (TYPE(o)->tp_as_number && TYPE(o)->tp_as_number->nb_index);
}

static Object *ba_subscript(Object *self, Object *key) {
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, SIZE(self), &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) return bytearray_from_data(n ? BA_DATA(self) + start : NULL, n);
        Object *r = bytearray_from_data(NULL, n);
        if (!r) return NULL;
        for (ssize_t i = 0, k = start; i < n; i++, k += step) BA_DATA(r)[i] = BA_DATA(self)[k];
        return r;
    }
    if (is_index(key)) {
        ssize_t i = num_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred()) return NULL;
        if (i < 0) i += SIZE(self);
        return ba_item(self, i);
    }
    return err_format(&Exc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                      TYPE(key)->tp_name);
}

static int ba_ass_item(Object *self, ssize_t i, Object *v) {
    if (i < 0 || i >= SIZE(self)) {
        err_set_string(&Exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v) return ba_setslice(self, i, i + 1, NULL, 0);
    int b;
    if (bytes_byte_value(v, &b) < 0) return -1;
    BA_DATA(self)[i] = (char)b;
    return 0;
}

static int ba_ass_subscript(Object *self, Object *key, Object *v) {
    if (!IS_SLICE(key)) {
        if (!is_index(key)) {
            err_format(&Exc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                       TYPE(key)->tp_name);
            return -1;
        }
        ssize_t i = num_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred()) return -1;
        if (i < 0) i += SIZE(self);
        return ba_ass_item(self, i, v);
    }
    ssize_t start, stop, step;
    ssize_t n = slice_indices(key, SIZE(self), &start, &stop, &step);
    if (n < 0) return -1;
    Object *data = NULL;
    if (v) {
        data = value_bytes(v);   /* a copy, so assigning self to a slice of self works */
        if (!data) return -1;
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = data ? ba_setslice(self, start, stop, BYTES_DATA(data), BYTES_LEN(data))
                 : ba_setslice(self, start, stop, NULL, 0);
    } else if (!data) {
        /* Delete an extended slice: compact the kept bytes forward. */
        if (n > 0) {
            if (step < 0) { start += (n - 1) * step; step = -step; }
            char *d = BA_DATA(self);
            ssize_t len = SIZE(self), w = start;
            for (ssize_t i = start, k = 0; i < len; i++) {
                if (k < n && i == start + k * step) { k++; continue; }
                d[w++] = d[i];
            }
            r = ba_resize(self, len - n);
        }
    } else {
        if (BYTES_LEN(data) != n) {
            err_format(&Exc_ValueError,
                       "attempt to assign bytes of size %zd to extended slice of size %zd",
                       BYTES_LEN(data), n);
            r = -1;
        } else {
            for (ssize_t i = 0, k = start; i < n; i++, k += step)
                BA_DATA(self)[k] = BYTES_DATA(data)[i];
        }
    }
    XDECREF(data);
    return r;
}

static Object *ba_iter(Object *self) { return bytes_iter_new(&ByteArrayIterType, self); }

static Object *ba_mod(Object *a, Object *b) {
    if (!IS_BYTEARRAY(a)) RETURN_NOTIMPL;
    Object *fmt = bytes_from_data(SIZE(a) ? BA_DATA(a) : "", SIZE(a));
    if (!fmt) return NULL;
    Object *r = str_percent_format(fmt, b);
    DECREF(fmt);
    if (!r) return NULL;
    Object *ba = bytearray_from_data(BYTES_DATA(r), BYTES_LEN(r));
    DECREF(r);
    return ba;
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *ba_append(Object *self, Object *x) {
    int b;
    if (bytes_byte_value(x, &b) < 0) return NULL;
    ssize_t n = SIZE(self);
    if (ba_resize(self, n + 1) < 0) return NULL;
    BA_DATA(self)[n] = (char)b;
    RETURN_NONE;
}

static Object *ba_extend(Object *self, Object *x) {
    if (has_buffer(x)) {
        const char *p;
        ssize_t n;
        if (bytes_view(x, &p, &n) < 0) {
            err_clear();
            return err_format(&Exc_TypeError, "can't set %.100s slice from %.100s",
                              TYPE(self)->tp_name, TYPE(x)->tp_name);
        }
        if (x == self) {
            Object *r = ba_iconcat(self, x);
            if (!r) return NULL;
            DECREF(r);
            RETURN_NONE;
        }
        if (ba_setslice(self, SIZE(self), SIZE(self), p, n) < 0) return NULL;
        RETURN_NONE;
    }
    if (!(TYPE(x)->tp_iter || (TYPE(x)->tp_as_sequence && TYPE(x)->tp_as_sequence->sq_item)))
        return err_format(&Exc_TypeError, "can't extend bytearray with %.100s", TYPE(x)->tp_name);
    Object *data = bytes_from_iterable_into(x, true);
    if (!data) return NULL;
    int r = ba_setslice(self, SIZE(self), SIZE(self), BYTES_DATA(data), BYTES_LEN(data));
    DECREF(data);
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_insert(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("insert", nargs, 2, 2) < 0) return NULL;
    ssize_t i = num_as_ssize(args[0], &Exc_OverflowError);
    if (i == -1 && err_occurred()) return NULL;
    int b;
    if (bytes_byte_value(args[1], &b) < 0) return NULL;
    ssize_t n = SIZE(self);
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    char c = (char)b;
    if (ba_setslice(self, i, i, &c, 1) < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_pop(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("pop", nargs, 0, 1) < 0) return NULL;
    ssize_t i = -1, n = SIZE(self);
    if (nargs && (i = num_as_ssize(args[0], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    if (n == 0) return err_format(&Exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_format(&Exc_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)BA_DATA(self)[i];
    if (ba_setslice(self, i, i + 1, NULL, 0) < 0) return NULL;
    return NEWREF(SMALL_INT(c));
}

static Object *ba_remove(Object *self, Object *x) {
    int b;
    if (bytes_byte_value(x, &b) < 0) return NULL;
    char *p = SIZE(self) ? memchr(BA_DATA(self), b, (size_t)SIZE(self)) : NULL;
    if (!p) return err_format(&Exc_ValueError, "value not found in bytearray");
    ssize_t i = p - BA_DATA(self);
    if (ba_setslice(self, i, i + 1, NULL, 0) < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_clear(Object *self, Object *u) {
    if (ba_resize(self, 0) < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_copy(Object *self, Object *u) {
    return bytearray_from_data(SIZE(self) ? BA_DATA(self) : NULL, SIZE(self));
}

static Object *ba_reverse(Object *self, Object *u) {
    char *p = BA_DATA(self);
    for (ssize_t i = 0, j = SIZE(self) - 1; i < j; i++, j--) {
        char t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
    RETURN_NONE;
}

static Object *ba_alloc_m(Object *self, Object *u) { return int_from_ssize(BA(self)->ob_alloc); }

static Object *ba_sizeof(Object *self, Object *u) {
    return int_from_ssize((ssize_t)sizeof(ByteArrayObject) + BA(self)->ob_alloc);
}

static MethodDef ba_own_methods[] = {
    {"append", ba_append, METH_O, NULL},
    {"extend", ba_extend, METH_O, NULL},
    {"insert", ba_insert, METH_FASTCALL, NULL},
    {"pop", ba_pop, METH_FASTCALL, NULL},
    {"remove", ba_remove, METH_O, NULL},
    {"clear", ba_clear, METH_NOARGS, NULL},
    {"copy", ba_copy, METH_NOARGS, NULL},
    {"reverse", ba_reverse, METH_NOARGS, NULL},
    {"__alloc__", ba_alloc_m, METH_NOARGS, NULL},
    {"__sizeof__", ba_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberMethods ba_as_number = { .nb_remainder = ba_mod };

static SequenceMethods ba_as_sequence = {
    .sq_length = ba_length,
    .sq_concat = ba_concat,
    .sq_repeat = ba_repeat,
    .sq_item = ba_item,
    .sq_ass_item = ba_ass_item,
    .sq_contains = ba_contains,
    .sq_inplace_concat = ba_iconcat,
    .sq_inplace_repeat = ba_irepeat,
};

static MappingMethods ba_as_mapping = {
    .mp_length = ba_length,
    .mp_subscript = ba_subscript,
    .mp_ass_subscript = ba_ass_subscript,
};

TypeObject ByteArrayType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(ByteArrayObject),
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_doc =
        "bytearray(iterable_of_ints) -> bytearray\n"
        "bytearray(string, encoding[, errors]) -> bytearray\n"
        "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        "bytearray() -> empty bytes array",
    .tp_dealloc = ba_dealloc,
    .tp_free = obj_free,
    .tp_repr = ba_repr,
    .tp_str = ba_repr,
    .tp_hash = obj_hash_not_implemented,
    .tp_richcompare = ba_richcompare,
    .tp_as_number = &ba_as_number,
    .tp_as_sequence = &ba_as_sequence,
    .tp_as_mapping = &ba_as_mapping,
    .tp_iter = ba_iter,
    .tp_init = ba_tp_init,
    .tp_new = ba_tp_new,
    .tp_as_buffer = &ba_as_buffer,
};

void bytearray_init(void) {
    if (!ByteArrayType.tp_methods)
        ByteArrayType.tp_methods = methods_concat(bytes_common_methods, ba_own_methods);
}
