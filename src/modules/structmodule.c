/* structmodule.c — _struct: conversion between Python values and C structs packed in bytes
 * (src/lib/struct.py re-exports it as `struct`, as CPython does).
 *
 * A format is compiled once into a Struct: the byte order/size/alignment mode from its first
 * character ('@' native with alignment, '=' native order with standard sizes, '<' little, '>'
 * and '!' big endian), then one FormatCode per packed field with its kind, offset and size
 * (a count before 's' or 'p' is the field's length; before other codes it repeats them).
 * pack and unpack then walk the codes over a flat byte buffer.  Compiled Structs of the
 * module-level functions are kept in a small cache keyed by the format, as CPython's.
 *
 * Native sizes and alignments are those of this C compiler (x86-64 Linux: long and pointers 8
 * bytes); standard sizes are 1/2/4/8 regardless of platform.  Integer range checks and their
 * messages follow CPython 3.11 exactly, including its quirks: 'b', 'B', 'h', 'H' report
 * "byte/ubyte/short/ushort format requires ...", 4-byte codes report "'i' format requires
 * ...", and 8-byte codes report "argument out of range".  Half floats ('e') are converted by
 * hand with round-half-even.  Buffers are bytes and bytearray (no memoryview in ouro yet). */
#include "modules.h"
#include "../runtime/gc.h"
#include "../objects/weakref.h"
#include <ctype.h>
#include <limits.h>
#include <float.h>
#include <math.h>
#include <string.h>

static Object *struct_error;    /* struct.error */
static Object *struct_cache;    /* format -> Struct, for the module-level functions */
/* CPython's cache bound: past it the cache is emptied rather than evicted piecemeal. */
#define MAXCACHE 100

/* ---- the format table ----------------------------------------------------------------------- */

typedef enum { K_PAD, K_CHAR, K_BOOL, K_INT, K_UINT, K_FLOAT, K_STRING, K_PASCAL,
               K_PTR } Kind;

typedef struct {
    char code;
    Kind kind;
    unsigned char native_size, native_align;
    unsigned char std_size;     /* 0: not available in standard modes */
} CodeInfo;

#define ALIGNOF(t) ((unsigned char)_Alignof(t))
static const CodeInfo code_table[] = {
    {'x', K_PAD, 1, 1, 1},
    {'c', K_CHAR, 1, 1, 1},
    {'b', K_INT, 1, 1, 1},
    {'B', K_UINT, 1, 1, 1},
    {'?', K_BOOL, sizeof(_Bool), ALIGNOF(_Bool), 1},
    {'h', K_INT, sizeof(short), ALIGNOF(short), 2},
    {'H', K_UINT, sizeof(short), ALIGNOF(short), 2},
    {'i', K_INT, sizeof(int), ALIGNOF(int), 4},
    {'I', K_UINT, sizeof(int), ALIGNOF(int), 4},
    {'l', K_INT, sizeof(long), ALIGNOF(long), 4},
    {'L', K_UINT, sizeof(long), ALIGNOF(long), 4},
    {'q', K_INT, sizeof(long long), ALIGNOF(long long), 8},
    {'Q', K_UINT, sizeof(long long), ALIGNOF(long long), 8},
    {'n', K_INT, sizeof(ssize_t), ALIGNOF(ssize_t), 0},
    {'N', K_UINT, sizeof(size_t), ALIGNOF(size_t), 0},
    {'e', K_FLOAT, 2, 2, 2},
    {'f', K_FLOAT, sizeof(float), ALIGNOF(float), 4},
    {'d', K_FLOAT, sizeof(double), ALIGNOF(double), 8},
    {'s', K_STRING, 1, 1, 1},
    {'p', K_PASCAL, 1, 1, 1},
    {'P', K_PTR, sizeof(void *), ALIGNOF(void *), 0},
};

static const CodeInfo *code_lookup(char c) {
    for (size_t i = 0; i < sizeof code_table / sizeof *code_table; i++)
        if (code_table[i].code == c) return &code_table[i];
    return NULL;
}

typedef struct {
    const CodeInfo *info;
    ssize_t offset;
    ssize_t size;               /* bytes of this field (the length for 's' and 'p') */
} FormatCode;

typedef struct {
    OB_HEAD;
    ssize_t size;               /* bytes of a packed struct */
    ssize_t len;                /* values packed */
    FormatCode *codes;          /* len entries (pad bytes have none) */
    bool native;                /* '@': native sizes and alignment */
    bool little;                /* byte order of multi-byte fields */
    Object *format;             /* str */
    Object *weakreflist;
} StructObject;

static TypeObject StructType, UnpackIterType;

static Object *error_msg(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    Object *msg = str_from_formatv(fmt, va);
    va_end(va);
    if (msg) {
        err_set_object((TypeObject *)struct_error, msg);
        DECREF(msg);
    }
    return NULL;
}

static const bool host_little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

/* Compile the format (a str) into s.  0, or -1 with struct.error set. */
static int struct_compile(StructObject *s, Object *format) {
    ssize_t flen;
    const char *fmt = str_as_utf8_len(format, &flen);
    if (!fmt) return -1;
    const char *p = fmt, *end = fmt + flen;
    s->native = false;
    s->little = host_little;
    switch (p < end ? *p : 0) {
    case '<': s->little = true; p++; break;
    case '>': case '!': s->little = false; p++; break;
    case '=': p++; break;
    case '@': p++; s->native = true; break;
    default: s->native = true; break;
    }
    /* Two passes: count fields and size, then fill in the codes. */
    for (int pass = 0; pass < 2; pass++) {
        ssize_t size = 0, len = 0;
        for (const char *q = p; q < end; q++) {
            if (isspace((unsigned char)*q)) continue;
            ssize_t num = 1;
            if (isdigit((unsigned char)*q)) {
                num = 0;
                for (; q < end && isdigit((unsigned char)*q); q++) {
                    if (num >= (SSIZE_MAX - 9) / 10) {
                        error_msg("total struct size too long");
                        return -1;
                    }
                    num = num * 10 + (*q - '0');
                }
                if (q == end) {
                    error_msg("repeat count given without format specifier");
                    return -1;
                }
            }
            const CodeInfo *ci = code_lookup(*q);
            if (!ci || (!s->native && ci->std_size == 0)) {
                error_msg("bad char in struct format");
                return -1;
            }
            ssize_t isize = s->native ? ci->native_size : ci->std_size;
            if (s->native && size > 0 && ci->native_align > 1) {
                ssize_t a = ci->native_align;
                size = (size + a - 1) / a * a;
            }
            if (num > (SSIZE_MAX - size) / isize) {
                error_msg("total struct size too long");
                return -1;
            }
            if (ci->kind == K_STRING || ci->kind == K_PASCAL) {
                if (pass) s->codes[len] = (FormatCode){ci, size, num};
                len++;
                size += num;
            } else if (ci->kind == K_PAD) {
                size += num;
            } else {
                for (ssize_t i = 0; i < num; i++) {
                    if (pass) s->codes[len] = (FormatCode){ci, size, isize};
                    len++;
                    size += isize;
                }
            }
        }
        if (pass == 0) {
            s->size = size;
            s->len = len;
            s->codes = mem_alloc((size_t)(len ? len : 1) * sizeof(FormatCode));
            if (!s->codes) { err_no_memory(); return -1; }
        }
    }
    return 0;
}

/* ---- packing -------------------------------------------------------------------------------- */

/* The int of a value to pack, through __index__: new reference, or struct.error. */
static Object *get_int(Object *v) {
    if (IS_INT(v)) return NEWREF(v);
    if (TYPE(v)->tp_as_number && TYPE(v)->tp_as_number->nb_index) return num_index(v);
    return error_msg("required argument is not an integer");
}

/* Store the low `size` bytes of u in the given byte order. */
static void store_uint(char *p, unsigned long long u, ssize_t size, bool little) {
    for (ssize_t i = 0; i < size; i++) {
        unsigned char byte = (unsigned char)(u >> (8 * i));
        p[little ? i : size - 1 - i] = (char)byte;
    }
}

static unsigned long long load_uint(const char *p, ssize_t size, bool little) {
    unsigned long long u = 0;
    for (ssize_t i = 0; i < size; i++) {
        unsigned char byte = (unsigned char)p[little ? i : size - 1 - i];
        u |= (unsigned long long)byte << (8 * i);
    }
    return u;
}

/* CPython picks a packer per code: the native ones for '@', and also for '<'/'=' codes whose
 * standard size is the native one (on a little-endian host); its own little-endian ones for
 * 'l'/'L'; and big-endian ones for '>'/'!'.  They differ in their range messages, reproduced
 * here: 1-byte codes and native 2-byte ones say "byte/ubyte/short/ushort format requires",
 * the others "'c' format requires"; unsigned codes other than those reject negatives with
 * "argument out of range"; big-endian 8-byte codes overflow with OverflowError (which
 * pack_into_buf turns into "int too large to convert", as CPython's pack loop does). */
static int pack_int(StructObject *s, const FormatCode *fc, Object *v, char *p) {
    Object *iv = get_int(v);
    if (!iv) return -1;
    const CodeInfo *ci = fc->info;
    bool is_signed = ci->kind == K_INT;
    bool native_like = s->native || (s->little == host_little &&
                                     ci->native_size == ci->std_size);
    bool big = !native_like && !s->little;
    char c = ci->code;
    ssize_t size = fc->size;
    int overflow;
    unsigned long long u;
    if (size == 8 && big) {
        if (is_signed) {
            long long x = int_as_long_overflow(iv, &overflow);
            u = (unsigned long long)x;
        } else {
            overflow = int_sign(iv) < 0 || int_bit_length(iv) > 64;
            u = overflow ? 0 : int_as_ulonglong(iv);
        }
        DECREF(iv);
        if (overflow) {
            err_set_string(&Exc_OverflowError, "int too big to convert");
            return -1;
        }
    } else if (is_signed || size == 1 || (size == 2 && !big)) {
        long long x = int_as_long_overflow(iv, &overflow);
        DECREF(iv);
        if (overflow) { error_msg("argument out of range"); return -1; }
        if (size < 8) {
            long long lo = is_signed ? -(1LL << (8 * size - 1)) : 0;
            long long hi = is_signed ? (1LL << (8 * size - 1)) - 1 : (1LL << (8 * size)) - 1;
            if (x < lo || x > hi) {
                static const char *const names[2][2] = {{"ubyte", "ushort"}, {"byte", "short"}};
                if (size == 1 || (size == 2 && !big))
                    error_msg("%s format requires %lld <= number <= %lld",
                              names[is_signed][size - 1], lo, hi);
                else
                    error_msg("'%c' format requires %lld <= number <= %lld", c, lo, hi);
                return -1;
            }
        }
        u = (unsigned long long)x;
    } else {
        if (int_sign(iv) < 0 || int_bit_length(iv) > 64) {
            DECREF(iv);
            error_msg("argument out of range");
            return -1;
        }
        u = int_as_ulonglong(iv);
        DECREF(iv);
        if (size < 8 && u >> (8 * size)) {
            error_msg("'%c' format requires 0 <= number <= %lld", c,
                      (long long)((1ULL << (8 * size)) - 1));
            return -1;
        }
    }
    store_uint(p, u, size, s->little);
    return 0;
}

/* IEEE 754 binary16 of x, rounded half to even; -1 with OverflowError when too large. */
static int pack_half(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) { *out = sign | 0x7e00; return 0; }
    if (isinf(x)) { *out = sign | 0x7c00; return 0; }
    if (a == 0) { *out = sign; return 0; }
    int e;
    double f = frexp(a, &e);            /* a = f * 2**e, 0.5 <= f < 1 */
    /* Normal halves have e in [-13, 16]; below, the value is subnormal (units of 2**-24). */
    double scaled;
    int bits_exp;
    if (e < -13) {
        scaled = ldexp(a, 24);          /* in units of the smallest subnormal */
        bits_exp = 0;
    } else {
        scaled = ldexp(f, 11);          /* 11 significant bits, in [1024, 2048) */
        bits_exp = e + 14;              /* biased exponent: (e - 1) + 15 */
    }
    double r = nearbyint(scaled);       /* the default rounding mode: half to even */
    unsigned m = (unsigned)r;
    if (bits_exp == 0) {
        /* A subnormal that rounded up into the normal range gets exponent 1 naturally. */
        *out = sign | (uint16_t)m;
        return 0;
    }
    if (m == 2048) { m = 1024; bits_exp++; }
    if (bits_exp >= 31) {
        err_set_string(&Exc_OverflowError, "float too large to pack with e format");
        return -1;
    }
    *out = sign | (uint16_t)(bits_exp << 10) | (uint16_t)(m - 1024);
    return 0;
}

static double unpack_half(uint16_t h) {
    int sign = h >> 15, exp = (h >> 10) & 0x1f;
    unsigned m = h & 0x3ff;
    double v;
    if (exp == 0) v = ldexp(m, -24);
    else if (exp == 31) v = m ? NAN : INFINITY;
    else v = ldexp(m + 1024, exp - 25);
    return sign ? -v : v;
}

static int pack_float(const FormatCode *fc, Object *v, char *p, bool little, bool native) {
    double x = float_as_double(v);
    if (x == -1.0 && err_occurred()) {
        err_clear();
        error_msg("required argument is not a float");
        return -1;
    }
    switch (fc->info->code) {
    case 'e': {
        uint16_t h;
        if (pack_half(x, &h) < 0) return -1;
        store_uint(p, h, 2, little);
        return 0;
    }
    case 'f': {
        float y = (float)x;
        if (!native && isinf(y) && !isinf(x)) {
            err_set_string(&Exc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t bits;
        memcpy(&bits, &y, 4);
        store_uint(p, bits, 4, little);
        return 0;
    }
    default: {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        store_uint(p, bits, 8, little);
        return 0;
    }
    }
}

static int pack_one(StructObject *s, const FormatCode *fc, Object *v, char *p) {
    switch (fc->info->kind) {
    case K_INT: case K_UINT:
        return pack_int(s, fc, v, p);
    case K_FLOAT:
        return pack_float(fc, v, p, s->little, s->native);
    case K_BOOL: {
        int t = obj_is_true(v);
        if (t < 0) return -1;
        *p = (char)t;
        return 0;
    }
    case K_CHAR:
        if (!IS_BYTES(v) || BYTES_LEN(v) != 1) {
            error_msg("char format requires a bytes object of length 1");
            return -1;
        }
        *p = BYTES_DATA(v)[0];
        return 0;
    case K_STRING: case K_PASCAL: {
        const char *data;
        ssize_t n;
        if (!(IS_BYTES(v) || IS_BYTEARRAY(v)) || bytes_view(v, &data, &n) < 0) {
            err_clear();
            error_msg("argument for '%c' must be a bytes object", fc->info->code);
            return -1;
        }
        ssize_t size = fc->size;
        if (fc->info->kind == K_STRING) {
            memcpy(p, data, (size_t)(n < size ? n : size));
            return 0;
        }
        if (size == 0) return 0;
        if (n > size - 1) n = size - 1;
        memcpy(p + 1, data, (size_t)n);
        *p = (char)(unsigned char)(n > 255 ? 255 : n);
        return 0;
    }
    case K_PTR: {
        Object *iv = get_int(v);
        if (!iv) return -1;
        unsigned long long u;
        int overflow;
        if (int_sign(iv) < 0) {
            long long x = int_as_long_overflow(iv, &overflow);
            u = (unsigned long long)x;
        } else {
            overflow = int_bit_length(iv) > 64;
            u = overflow ? 0 : int_as_ulonglong(iv);
        }
        DECREF(iv);
        if (overflow) { error_msg("int too large to convert"); return -1; }
        store_uint(p, u, fc->size, s->little);
        return 0;
    }
    case K_PAD:
        break;
    }
    return 0;
}

/* Pack args into buf (s->size bytes, zeroed by the caller). */
static int pack_into_buf(StructObject *s, Object *const *args, ssize_t nargs, char *buf,
                         const char *who) {
    if (nargs != s->len) {
        error_msg("%s expected %zd items for packing (got %zd)", who, s->len, nargs);
        return -1;
    }
    for (ssize_t i = 0; i < s->len; i++) {
        if (pack_one(s, &s->codes[i], args[i], buf + s->codes[i].offset) < 0) {
            if (IS_INT(args[i]) && err_matches(&Exc_OverflowError)) {
                err_clear();
                error_msg("int too large to convert");
            }
            return -1;
        }
    }
    return 0;
}

/* ---- unpacking ------------------------------------------------------------------------------ */

static Object *unpack_one(StructObject *s, const FormatCode *fc, const char *p) {
    ssize_t size = fc->size;
    switch (fc->info->kind) {
    case K_INT: {
        unsigned long long u = load_uint(p, size, s->little);
        if (size < 8) {
            unsigned long long signbit = 1ULL << (8 * size - 1);
            if (u & signbit) u |= ~((signbit << 1) - 1);
        }
        return int_from_ssize((ssize_t)(long long)u);
    }
    case K_UINT: case K_PTR:
        return int_from_ulonglong(load_uint(p, size, s->little));
    case K_FLOAT:
        if (fc->info->code == 'e') {
            return float_from_double(unpack_half((uint16_t)load_uint(p, 2, s->little)));
        } else if (fc->info->code == 'f') {
            uint32_t bits = (uint32_t)load_uint(p, 4, s->little);
            float y;
            memcpy(&y, &bits, 4);
            return float_from_double(y);
        } else {
            uint64_t bits = load_uint(p, 8, s->little);
            double d;
            memcpy(&d, &bits, 8);
            return float_from_double(d);
        }
    case K_BOOL:
        return bool_from(*p != 0);
    case K_CHAR:
        return bytes_from_data(p, 1);
    case K_STRING:
        return bytes_from_data(p, size);
    case K_PASCAL: {
        ssize_t n = (unsigned char)*p;
        if (n >= size) n = size - 1;
        return bytes_from_data(p + 1, n < 0 ? 0 : n);
    }
    case K_PAD:
        break;
    }
    RETURN_NONE;
}

static Object *unpack_buf(StructObject *s, const char *buf) {
    Object *t = tuple_new(s->len);
    if (!t) return NULL;
    for (ssize_t i = 0; i < s->len; i++) {
        Object *v = unpack_one(s, &s->codes[i], buf + s->codes[i].offset);
        if (!v) { DECREF(t); return NULL; }
        TUPLE_SET(t, i, v);
    }
    return t;
}

/* A readable contiguous buffer (any exporter: bytes, bytearray, memoryview, array...). */
static int get_buffer(Object *o, const char **p, ssize_t *n) { return bytes_view(o, p, n); }

/* ---- the Struct type ------------------------------------------------------------------------ */

static Object *struct_new(TypeObject *type, Object *const *args, ssize_t nargs,
                          Object *kwnames) {
    static const char *const kwlist[] = {"format", NULL};
    Object *a[1] = {NULL};
    if (args_parse("Struct", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    Object *format;
    if (IS_STR(a[0])) {
        format = NEWREF(a[0]);
    } else if (IS_BYTES(a[0])) {
        format = str_decode(BYTES_DATA(a[0]), BYTES_LEN(a[0]), "ascii", NULL);
        if (!format) return NULL;
    } else {
        return err_format(&Exc_TypeError,
                          "Struct() argument 1 must be a str or bytes object, not %.100s",
                          TYPE(a[0])->tp_name);
    }
    StructObject *s = (StructObject *)obj_alloc(type);
    if (!s) { DECREF(format); return NULL; }
    s->format = format;
    if (struct_compile(s, format) < 0) { DECREF(s); return NULL; }
    return OBJ(s);
}

static void struct_dealloc(Object *self) {
    StructObject *s = (StructObject *)self;
    if (s->weakreflist) weakref_clear_all(self);
    XDECREF(s->format);
    mem_free(s->codes);
    TYPE(self)->tp_free(self);
}

static Object *s_pack(Object *self, Object *const *args, ssize_t nargs) {
    StructObject *s = (StructObject *)self;
    Object *b = bytes_from_data(NULL, s->size);
    if (!b) return NULL;
    memset(BYTES_DATA(b), 0, (size_t)s->size);
    if (pack_into_buf(s, args, nargs, BYTES_DATA(b), "pack") < 0) { DECREF(b); return NULL; }
    return b;
}

static Object *s_pack_into(Object *self, Object *const *args, ssize_t nargs) {
    StructObject *s = (StructObject *)self;
    if (nargs < 1) return error_msg("pack_into expected buffer argument");
    if (nargs < 2) return error_msg("pack_into expected offset argument");
    if (nargs - 2 != s->len)
        return error_msg("pack_into expected %zd items for packing (got %zd)", s->len,
                         nargs - 2);
    /* The export is held while the values convert, so their __index__ cannot resize it. */
    Buffer view;
    if (obj_get_buffer(args[0], &view, BUF_WRITABLE) < 0) {
        err_clear();
        return err_format(&Exc_TypeError,
                          "argument must be read-write bytes-like object, not %.100s",
                          TYPE(args[0])->tp_name);
    }
    ssize_t offset = num_as_ssize(args[1], &Exc_IndexError);
    ssize_t blen = view.len;
    if (offset == -1 && err_occurred()) goto fail;
    if (offset < 0) {
        if (offset + s->size > 0) {
            error_msg("no space to pack %zd bytes at offset %zd", s->size, offset);
            goto fail;
        }
        if (offset + blen < 0) {
            error_msg("offset %zd out of range for %zd-byte buffer", offset, blen);
            goto fail;
        }
        offset += blen;
    }
    if (blen - offset < s->size) {
        error_msg("pack_into requires a buffer of at least %zu bytes for packing %zd "
                  "bytes at offset %zd (actual buffer size is %zd)",
                  (size_t)s->size + (size_t)offset, s->size, offset, blen);
        goto fail;
    }
    /* Pack into a scratch copy first, so a failing value leaves the buffer untouched. */
    char small[256], *tmp = small;
    if (s->size > (ssize_t)sizeof small && !(tmp = mem_alloc((size_t)s->size))) {
        err_no_memory();
        goto fail;
    }
    memset(tmp, 0, (size_t)s->size);
    int rc = pack_into_buf(s, args + 2, nargs - 2, tmp, "pack_into");
    if (rc == 0) memcpy(view.buf + offset, tmp, (size_t)s->size);
    if (tmp != small) mem_free(tmp);
    buffer_release(&view);
    if (rc < 0) return NULL;
    RETURN_NONE;
fail:
    buffer_release(&view);
    return NULL;
}

static Object *s_unpack(Object *self, Object *buffer) {
    StructObject *s = (StructObject *)self;
    const char *p;
    ssize_t n;
    if (get_buffer(buffer, &p, &n) < 0) return NULL;
    if (n != s->size) return error_msg("unpack requires a buffer of %zd bytes", s->size);
    return unpack_buf(s, p);
}

static Object *unpack_from_impl(StructObject *s, Object *buffer, Object *offobj) {
    const char *p;
    ssize_t n, offset = 0;
    if (get_buffer(buffer, &p, &n) < 0) return NULL;
    if (offobj) {
        offset = num_as_ssize(offobj, &Exc_OverflowError);
        if (offset == -1 && err_occurred()) return NULL;
    }
    if (offset < 0) {
        if (offset + n < 0)
            return error_msg("offset %zd out of range for %zd-byte buffer", offset, n);
        offset += n;
    }
    if (n - offset < s->size)
        return error_msg("unpack_from requires a buffer of at least %zu bytes for unpacking "
                         "%zd bytes at offset %zd (actual buffer size is %zd)",
                         (size_t)s->size + (size_t)offset, s->size, offset, n);
    return unpack_buf(s, p + offset);
}

static Object *s_unpack_from(Object *self, Object *const *args, ssize_t nargs,
                             Object *kwnames) {
    static const char *const kwlist[] = {"buffer", "offset", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("unpack_from", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    return unpack_from_impl((StructObject *)self, a[0], a[1]);
}

/* unpack_iterator: walks a copy of the buffer's bytes (a bytes object). */
typedef struct {
    OB_HEAD;
    StructObject *s;
    Object *data;               /* bytes */
    ssize_t index;
} UnpackIterObject;

static Object *s_iter_unpack(Object *self, Object *buffer) {
    StructObject *s = (StructObject *)self;
    const char *p;
    ssize_t n;
    if (s->size == 0) return error_msg("cannot iteratively unpack with a struct of length 0");
    if (get_buffer(buffer, &p, &n) < 0) return NULL;
    if (n % s->size != 0)
        return error_msg("iterative unpacking requires a buffer of a multiple of %zd bytes",
                         s->size);
    Object *data = IS_BYTES(buffer) ? NEWREF(buffer) : bytes_from_data(p, n);
    if (!data) return NULL;
    UnpackIterObject *it = (UnpackIterObject *)obj_alloc(&UnpackIterType);
    if (!it) { DECREF(data); return NULL; }
    it->s = (StructObject *)NEWREF(self);
    it->data = data;
    return OBJ(it);
}

static Object *s_sizeof(Object *self, Object *unused) {
    StructObject *s = (StructObject *)self;
    return int_from_ssize(TYPE(self)->tp_basicsize +
                          (ssize_t)sizeof(FormatCode) * (s->len + 1));
}

static Object *s_get_size(Object *self, void *c) {
    return int_from_ssize(((StructObject *)self)->size);
}

static Object *s_get_format(Object *self, void *c) {
    return NEWREF(((StructObject *)self)->format);
}

static MethodDef struct_methods[] = {
    {"iter_unpack", (void *)s_iter_unpack, METH_O,
     "Return an iterator yielding tuples unpacked from the given bytes."},
    {"pack", (void *)s_pack, METH_FASTCALL,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... "
     "packed according\nto the format string S.format."},
    {"pack_into", (void *)s_pack_into, METH_FASTCALL,
     "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", (void *)s_unpack, METH_O, "Return a tuple containing unpacked values."},
    {"unpack_from", (void *)s_unpack_from, METH_FASTCALL | METH_KEYWORDS,
     "Return a tuple containing unpacked values."},
    {"__sizeof__", (void *)s_sizeof, METH_NOARGS,
     "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL}
};

static GetSetDef struct_getset[] = {
    {"format", s_get_format, NULL, "struct format string", NULL},
    {"size", s_get_size, NULL, "struct size in bytes", NULL},
    {NULL}
};

static TypeObject StructType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(StructObject),
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_doc = "Struct(format)\n--\n\nCreate a compiled struct object.",
    .tp_new = struct_new, .tp_dealloc = struct_dealloc,
    .tp_methods = struct_methods, .tp_getset = struct_getset,
    .tp_weaklistoffset = offsetof(StructObject, weakreflist),
};

static void unpackiter_dealloc(Object *self) {
    UnpackIterObject *it = (UnpackIterObject *)self;
    gc_untrack(self);
    XDECREF(it->s);
    XDECREF(it->data);
    TYPE(self)->tp_free(self);
}

static int unpackiter_traverse(Object *self, visitproc visit, void *arg) {
    UnpackIterObject *it = (UnpackIterObject *)self;
    int r;
    if (it->s && (r = visit(OBJ(it->s), arg)) != 0) return r;
    if (it->data && (r = visit(it->data, arg)) != 0) return r;
    return 0;
}

static Object *unpackiter_next(Object *self) {
    UnpackIterObject *it = (UnpackIterObject *)self;
    if (!it->data) return NULL;
    if (it->index >= BYTES_LEN(it->data)) { CLEAR(it->data); return NULL; }
    Object *r = unpack_buf(it->s, BYTES_DATA(it->data) + it->index);
    it->index += it->s->size;
    return r;
}

static Object *unpackiter_length_hint(Object *self, Object *unused) {
    UnpackIterObject *it = (UnpackIterObject *)self;
    ssize_t left = it->data ? (BYTES_LEN(it->data) - it->index) / it->s->size : 0;
    return int_from_ssize(left);
}

static MethodDef unpackiter_methods[] = {
    {"__length_hint__", (void *)unpackiter_length_hint, METH_NOARGS, NULL},
    {NULL}
};

static TypeObject UnpackIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_struct.unpack_iterator",
    .tp_basicsize = sizeof(UnpackIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = unpackiter_dealloc, .tp_traverse = unpackiter_traverse,
    .tp_iter = iter_self, .tp_iternext = unpackiter_next, .tp_methods = unpackiter_methods,
};

/* ---- module-level functions ----------------------------------------------------------------- */

/* The compiled Struct for a format (new reference), through the cache. */
static Object *cache_struct(Object *fmt) {
    if (!struct_cache && !(struct_cache = dict_new())) return NULL;
    if (TYPE(fmt) == &StructType) return NEWREF(fmt);
    Object *s = dict_getitem(struct_cache, fmt);
    if (s) return NEWREF(s);
    if (err_occurred()) {
        /* An unhashable format: compile it anyway (and report the type problem there). */
        err_clear();
        return struct_new(&StructType, &fmt, 1, NULL);
    }
    s = struct_new(&StructType, &fmt, 1, NULL);
    if (!s) return NULL;
    if (DICT_LEN(struct_cache) >= MAXCACHE) dict_clear(struct_cache);
    if (dict_setitem(struct_cache, fmt, s) < 0) { DECREF(s); return NULL; }
    return s;
}

static Object *m_calcsize(Object *m, Object *fmt) {
    Object *s = cache_struct(fmt);
    if (!s) return NULL;
    Object *r = int_from_ssize(((StructObject *)s)->size);
    DECREF(s);
    return r;
}

static Object *m_pack(Object *m, Object *const *args, ssize_t nargs) {
    if (nargs < 1) return err_format(&Exc_TypeError, "pack expected at least 1 argument, got 0");
    Object *s = cache_struct(args[0]);
    if (!s) return NULL;
    Object *r = s_pack(s, args + 1, nargs - 1);
    DECREF(s);
    return r;
}

static Object *m_pack_into(Object *m, Object *const *args, ssize_t nargs) {
    if (nargs < 1)
        return err_format(&Exc_TypeError, "pack_into expected at least 1 argument, got 0");
    Object *s = cache_struct(args[0]);
    if (!s) return NULL;
    Object *r = s_pack_into(s, args + 1, nargs - 1);
    DECREF(s);
    return r;
}

static Object *m_unpack(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("unpack", nargs, 2, 2) < 0) return NULL;
    Object *s = cache_struct(args[0]);
    if (!s) return NULL;
    Object *r = s_unpack(s, args[1]);
    DECREF(s);
    return r;
}

static Object *m_unpack_from(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"format", "buffer", "offset", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("unpack_from", args, nargs, kwnames, kwlist, 2, 3, a) < 0) return NULL;
    Object *s = cache_struct(a[0]);
    if (!s) return NULL;
    Object *r = unpack_from_impl((StructObject *)s, a[1], a[2]);
    DECREF(s);
    return r;
}

static Object *m_iter_unpack(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("iter_unpack", nargs, 2, 2) < 0) return NULL;
    Object *s = cache_struct(args[0]);
    if (!s) return NULL;
    Object *r = s_iter_unpack(s, args[1]);
    DECREF(s);
    return r;
}

static Object *m_clearcache(Object *m, Object *unused) {
    if (struct_cache) dict_clear(struct_cache);
    RETURN_NONE;
}

static MethodDef struct_module_methods[] = {
    {"_clearcache", (void *)m_clearcache, METH_NOARGS, "Clear the internal cache."},
    {"calcsize", (void *)m_calcsize, METH_O,
     "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", (void *)m_iter_unpack, METH_FASTCALL,
     "Return an iterator yielding tuples unpacked from the given bytes."},
    {"pack", (void *)m_pack, METH_FASTCALL,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values "
     "v1, v2, ... packed according\nto the format string."},
    {"pack_into", (void *)m_pack_into, METH_FASTCALL,
     "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", (void *)m_unpack, METH_FASTCALL,
     "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", (void *)m_unpack_from, METH_FASTCALL | METH_KEYWORDS,
     "Return a tuple containing values unpacked according to the format string."},
    {NULL}
};

/* struct.error: class error(Exception) with __module__ 'struct'. */
static Object *make_error(void) {
    Object *name = str_from_cstr("error"), *bases = tuple_pack(1, OBJ(&Exc_Exception));
    Object *ns = dict_new(), *mod = str_from_cstr("struct"), *r = NULL;
    if (name && bases && ns && mod && dict_setitem_str(ns, "__module__", mod) == 0) {
        Object *args[3] = {name, bases, ns};
        r = obj_call(OBJ(&TypeType), args, 3, NULL);
    }
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return r;
}

static int struct_module_init(Object *m) {
    if (type_ready(&StructType) < 0 || type_ready(&UnpackIterType) < 0) return -1;
    if (!struct_error && !(struct_error = make_error())) return -1;
    return module_add(m, "Struct", NEWREF_(&StructType)) < 0 ||
           module_add(m, "error", NEWREF(struct_error)) < 0 ? -1 : 0;
}

ModuleDef struct_c_module_def = {
    "_struct",
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n",
    struct_module_methods,
    struct_module_init,
};
