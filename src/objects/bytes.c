/* bytes.c — the bytes type, and the read-only methods bytes and bytearray share.
 *
 * Every method that does not mutate is written once here, against a raw view (pointer, length)
 * of self, which may be a bytes or a bytearray; results are made "like self" (bytes for bytes
 * and its subclasses, bytearray for bytearray), as CPython's bytes_methods.c does.  The shared
 * MethodDef table (bytes_common_methods) is joined with each type's own methods at start-up.
 *
 * The empty bytes object and the 256 one-byte objects are created once and shared (CPython's
 * characters[] cache); they are immortal.  Exact bytes objects are allocated in one block with
 * the data inline (getsizeof(b"") == 33). */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include "../runtime/hash.h"
#include "../runtime/gc.h"
#include <string.h>
#include <limits.h>

#define BYTES_HEADER ((ssize_t)offsetof(BytesObject, ob_sval))   /* 32 */

static Object *empty_bytes;
static Object *one_byte[256];

/* ---- allocation ------------------------------------------------------------------------------ */

static Object *bytes_alloc(TypeObject *type, ssize_t n) {
    if (n < 0 || n > SSIZE_MAX - BYTES_HEADER - 8) return err_no_memory();
    BytesObject *b;
    if (type == &BytesType) {
        b = mem_alloc((size_t)(BYTES_HEADER + n + 1));
        if (!b) return err_no_memory();
        b->ob_base.ob_base.ob_refcnt = 1;
        b->ob_base.ob_base.ob_type = &BytesType;
        b->ob_base.ob_size = n;
    } else {
        b = (BytesObject *)obj_alloc_var(type, n);
        if (!b) return NULL;
    }
    b->ob_shash = -1;
    b->ob_sval[n] = '\0';
    return (Object *)b;
}

Object *bytes_from_data(const void *p, ssize_t n) {
    if (n == 0 && empty_bytes) return NEWREF(empty_bytes);
    if (n == 1 && p) {
        uint8_t c = *(const uint8_t *)p;
        if (!one_byte[c]) {
            Object *b = bytes_alloc(&BytesType, 1);
            if (!b) return NULL;
            BYTES_DATA(b)[0] = (char)c;
            b->ob_refcnt = IMMORTAL_REFCNT;
            one_byte[c] = b;
        }
        return NEWREF(one_byte[c]);
    }
    Object *b = bytes_alloc(&BytesType, n);
    if (b && p) memcpy(BYTES_DATA(b), p, (size_t)n);
    return b;
}

int bytes_resize(Object **pb, ssize_t n) {
    Object *b = *pb;
    if (n == BYTES_LEN(b)) return 0;
    if (b == empty_bytes || (BYTES_LEN(b) == 1 && b == one_byte[(uint8_t)BYTES_DATA(b)[0]]) ||
        n <= 1) {
        /* Shared objects are never resized: make a fresh one. */
        Object *r = bytes_from_data(BYTES_DATA(b), n < BYTES_LEN(b) ? n : BYTES_LEN(b));
        if (r && n > BYTES_LEN(b)) {
            DECREF(r);
            r = bytes_alloc(&BytesType, n);
            if (r) memcpy(BYTES_DATA(r), BYTES_DATA(b), (size_t)BYTES_LEN(b));
        }
        DECREF(b);
        *pb = r;
        return r ? 0 : -1;
    }
    BytesObject *nb = mem_realloc(b, (size_t)(BYTES_HEADER + n + 1));
    if (!nb) {
        DECREF(b);
        *pb = NULL;
        err_no_memory();
        return -1;
    }
    nb->ob_base.ob_size = n;
    nb->ob_shash = -1;
    nb->ob_sval[n] = '\0';
    *pb = (Object *)nb;
    return 0;
}

int bytes_view(Object *o, const char **p, ssize_t *n) {
    if (IS_BYTES(o)) {
        *p = BYTES_DATA(o);
        *n = BYTES_LEN(o);
        return 0;
    }
    if (IS_BYTEARRAY(o)) {
        *p = ((ByteArrayObject *)o)->ob_start;
        *n = SIZE(o);
        if (!*p) *p = "";
        return 0;
    }
    /* Any other exporter: its memory stays where it is while o lives unresized, so the view is
     * given back at once (see strings.h). */
    Buffer v;
    if (obj_get_buffer(o, &v, BUF_SIMPLE) < 0) return -1;
    *p = v.buf ? v.buf : "";
    *n = v.len;
    buffer_release(&v);
    return 0;
}

bool bytes_like_check(Object *o) {
    if (!obj_has_buffer(o)) return false;
    Buffer v;
    if (obj_get_buffer(o, &v, BUF_SIMPLE) < 0) {
        err_clear();
        return false;
    }
    buffer_release(&v);
    return true;
}

Object *bytes_from_buffer(Object *o) {
    Buffer v;
    if (obj_get_buffer(o, &v, BUF_STRIDED) < 0) return NULL;
    Object *r = v.len == 1 ? bytes_from_data(v.buf, 1) : bytes_from_data(NULL, v.len);
    if (r && v.len > 1) buffer_copy_to(BYTES_DATA(r), &v);
    buffer_release(&v);
    return r;
}

/* Whether o exports a buffer (a released or strided memoryview too: reading it then fails with
 * CPython's error). */
static bool has_buffer(Object *o) { return IS_BYTES(o) || IS_BYTEARRAY(o) || obj_has_buffer(o); }

/* The buffer protocol of bytes: the immutable inline data. */
static int bytes_getbuffer(Object *self, Buffer *view, int flags) {
    return buffer_fill(view, self, BYTES_DATA(self), BYTES_LEN(self), true, flags);
}

static BufferProcs bytes_as_buffer = { .bf_getbuffer = bytes_getbuffer };

Object *bytes_make(Object *like, const char *p, ssize_t n) {
    return IS_BYTEARRAY(like) ? bytearray_from_data(p, n) : bytes_from_data(p, n);
}

/* Like bytes_make, but self itself when the result equals it and self is an exact bytes. */
static Object *make_or_self(Object *self, const char *p, ssize_t n) {
    if (TYPE(self) == &BytesType && p == BYTES_DATA(self) && n == BYTES_LEN(self))
        return NEWREF(self);
    return bytes_make(self, p, n);
}

#define VIEW(o, p, n) const char *p; ssize_t n; bytes_view((o), &p, &n)

int bytes_byte_value(Object *o, int *out) {
    long v;
    if (IS_INT(o)) {
        int overflow;
        v = int_as_long_overflow(o, &overflow);
        if (overflow) v = -1;
    } else {
        Object *i = num_index(o);
        if (!i) return -1;
        int overflow;
        v = int_as_long_overflow(i, &overflow);
        if (overflow) v = -1;
        DECREF(i);
    }
    if (v < 0 || v > 255) {
        err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- repr ------------------------------------------------------------------------------------ */

static const char hexd[] = "0123456789abcdef";

Object *bytes_repr_data(const char *p, ssize_t n, char prefix) {
    bool sq = memchr(p, '\'', (size_t)n) != NULL, dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    ssize_t size = 3;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        size += (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r') ? 2 :
                (c < ' ' || c >= 0x7f) ? 4 : 1;
    }
    Object *r = str_new(size - (prefix ? 0 : 1), 127);
    if (!r) return NULL;
    char *q = STR_DATA(r);
    if (prefix) *q++ = prefix;
    *q++ = quote;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == quote || c == '\\') { *q++ = '\\'; *q++ = (char)c; }
        else if (c == '\t') { *q++ = '\\'; *q++ = 't'; }
        else if (c == '\n') { *q++ = '\\'; *q++ = 'n'; }
        else if (c == '\r') { *q++ = '\\'; *q++ = 'r'; }
        else if (c < ' ' || c >= 0x7f) {
            *q++ = '\\'; *q++ = 'x'; *q++ = hexd[c >> 4]; *q++ = hexd[c & 15];
        } else *q++ = (char)c;
    }
    *q++ = quote;
    return r;
}

static Object *bytes_repr(Object *self) {
    return bytes_repr_data(BYTES_DATA(self), BYTES_LEN(self), 'b');
}

/* ---- searching ------------------------------------------------------------------------------- */

/* (sub[, start[, end]]) where sub is bytes-like or an int; the needle goes to (*p, *m);
 * `byte` holds an int needle). */
static int parse_sub(const char *name, Object *const *args, ssize_t nargs, const char **p,
                     ssize_t *m, char *byte, ssize_t *start, ssize_t *end) {
    if (strlib_find_arity(name, nargs) < 0) return -1;
    Object *sub = args[0];
    if (has_buffer(sub)) {
        if (bytes_view(sub, p, m) < 0) return -1;
    } else if (IS_INT(sub) || (TYPE(sub)->tp_as_number && TYPE(sub)->tp_as_number->nb_index)) {
        int v;
        if (bytes_byte_value(sub, &v) < 0) return -1;
        *byte = (char)v;
        *p = byte;
        *m = 1;
    } else {
        err_format(&Exc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                   TYPE(sub)->tp_name);
        return -1;
    }
    return strlib_find_range(args, nargs, start, end);
}

static Object *bfind(Object *self, Object *const *args, ssize_t nargs, const char *name,
                     bool reverse, bool raise) {
    const char *p;
    ssize_t m, start, end;
    char byte;
    if (parse_sub(name, args, nargs, &p, &m, &byte, &start, &end) < 0) return NULL;
    VIEW(self, h, n);
    strlib_adjust(&start, &end, n);
    ssize_t i = start > n ? -1 : strlib_search1(h, start, end, p, m, reverse);
    if (i < 0 && raise) return err_format(&Exc_ValueError, "subsection not found");
    return int_from_ssize(i);
}

STRLIB_FIND_METHODS(b, bfind)

static Object *b_count(Object *self, Object *const *args, ssize_t nargs) {
    const char *p;
    ssize_t m, start, end;
    char byte;
    if (parse_sub("count", args, nargs, &p, &m, &byte, &start, &end) < 0) return NULL;
    VIEW(self, h, n);
    strlib_adjust(&start, &end, n);
    if (start > n) return int_from_ssize(0);
    if (m == 0) return int_from_ssize(end >= start ? end - start + 1 : 0);
    ssize_t count = 0;
    for (ssize_t i = start; (i = strlib_search1(h, i, end, p, m, false)) >= 0; i += m) count++;
    return int_from_ssize(count);
}

/* 1, 0, or -1 when sub cannot be read. */
static int btailmatch(Object *self, Object *sub, ssize_t start, ssize_t end, bool at_end) {
    VIEW(self, h, n);
    const char *p;
    ssize_t m;
    if (bytes_view(sub, &p, &m) < 0) return -1;
    strlib_adjust(&start, &end, n);
    end -= m;
    if (end < start) return 0;
    return memcmp(h + (at_end ? end : start), p, (size_t)m) == 0;
}

static Object *bstartend(Object *self, Object *const *args, ssize_t nargs, const char *name,
                         bool at_end) {
    Object *sub;
    ssize_t start, end;
    if (strlib_find_args(name, args, nargs, &sub, &start, &end) < 0) return NULL;
    if (IS_TUPLE(sub)) {
        for (ssize_t i = 0; i < TUPLE_LEN(sub); i++) {
            Object *x = TUPLE_GET(sub, i);
            if (!has_buffer(x))
                return err_format(&Exc_TypeError, "a bytes-like object is required, not '%.100s'",
                                  TYPE(x)->tp_name);
            int r = btailmatch(self, x, start, end, at_end);
            if (r) return r < 0 ? NULL : bool_from(true);
        }
        RETURN_FALSE;
    }
    if (!has_buffer(sub))
        return err_format(&Exc_TypeError,
                          "%s first arg must be bytes or a tuple of bytes, not %.100s", name,
                          TYPE(sub)->tp_name);
    int r = btailmatch(self, sub, start, end, at_end);
    return r < 0 ? NULL : bool_from(r);
}

static Object *b_startswith(Object *s, Object *const *a, ssize_t n) {
    return bstartend(s, a, n, "startswith", false);
}
static Object *b_endswith(Object *s, Object *const *a, ssize_t n) {
    return bstartend(s, a, n, "endswith", true);
}

/* ---- ASCII character classes (bytes methods are locale-free) --------------------------------- */

static inline bool b_isspace_c(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static inline bool b_islower_c(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool b_isupper_c(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool b_isalpha_c(unsigned char c) { return b_islower_c(c) || b_isupper_c(c); }
static inline bool b_isdigit_c(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool b_isalnum_c(unsigned char c) { return b_isalpha_c(c) || b_isdigit_c(c); }

static Object *b_all(Object *self, bool (*pred)(unsigned char)) {
    VIEW(self, p, n);
    if (n == 0) RETURN_FALSE;
    for (ssize_t i = 0; i < n; i++)
        if (!pred((unsigned char)p[i])) RETURN_FALSE;
    RETURN_TRUE;
}

static Object *b_isspace(Object *s, Object *u) { return b_all(s, b_isspace_c); }
static Object *b_isalpha(Object *s, Object *u) { return b_all(s, b_isalpha_c); }
static Object *b_isdigit(Object *s, Object *u) { return b_all(s, b_isdigit_c); }
static Object *b_isalnum(Object *s, Object *u) { return b_all(s, b_isalnum_c); }

static Object *b_isascii(Object *self, Object *u) {
    VIEW(self, p, n);
    for (ssize_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0x80) RETURN_FALSE;
    RETURN_TRUE;
}

static Object *b_iscase(Object *self, bool upper) {
    VIEW(self, p, n);
    bool cased = false;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (upper ? b_islower_c(c) : b_isupper_c(c)) RETURN_FALSE;
        if (upper ? b_isupper_c(c) : b_islower_c(c)) cased = true;
    }
    return bool_from(cased);
}

static Object *b_isupper(Object *s, Object *u) { return b_iscase(s, true); }
static Object *b_islower(Object *s, Object *u) { return b_iscase(s, false); }

static Object *b_istitle(Object *self, Object *u) {
    VIEW(self, p, n);
    bool cased = false, prev = false;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (b_isupper_c(c)) {
            if (prev) RETURN_FALSE;
            prev = cased = true;
        } else if (b_islower_c(c)) {
            if (!prev) RETURN_FALSE;
            prev = cased = true;
        } else prev = false;
    }
    return bool_from(cased);
}

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAP };

static Object *b_casemap(Object *self, int mode) {
    VIEW(self, p, n);
    Object *r = bytes_make(self, NULL, n);
    if (!r) return NULL;
    char *q = IS_BYTEARRAY(r) ? ((ByteArrayObject *)r)->ob_start : BYTES_DATA(r);
    bool prev = false;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        bool up = b_isupper_c(c), lo = b_islower_c(c);
        switch (mode) {
        case BC_LOWER: if (up) c += 32; break;
        case BC_UPPER: if (lo) c -= 32; break;
        case BC_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case BC_TITLE:
            if (prev) { if (up) c += 32; } else if (lo) c -= 32;
            prev = up || lo;
            break;
        default:
            if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
        }
        q[i] = (char)c;
    }
    return r;
}

static Object *b_lower(Object *s, Object *u) { return b_casemap(s, BC_LOWER); }
static Object *b_upper(Object *s, Object *u) { return b_casemap(s, BC_UPPER); }
static Object *b_swapcase(Object *s, Object *u) { return b_casemap(s, BC_SWAP); }
static Object *b_title(Object *s, Object *u) { return b_casemap(s, BC_TITLE); }
static Object *b_capitalize(Object *s, Object *u) { return b_casemap(s, BC_CAP); }

/* ---- strip, padding -------------------------------------------------------------------------- */

static Object *bstrip(Object *self, Object *const *args, ssize_t nargs, int how, const char *name) {
    if (args_check_positional(name, nargs, 0, 1) < 0) return NULL;
    VIEW(self, p, n);
    const char *chars = NULL;
    ssize_t nc = 0;
    if (nargs && args[0] != NONE && bytes_view(args[0], &chars, &nc) < 0) return NULL;
    ssize_t i = 0, j = n;
    if (!chars) {
        if (how & STRIP_LEFT) while (i < j && b_isspace_c((unsigned char)p[i])) i++;
        if (how & STRIP_RIGHT) while (j > i && b_isspace_c((unsigned char)p[j - 1])) j--;
    } else {
        if (how & STRIP_LEFT) while (i < j && memchr(chars, p[i], (size_t)nc)) i++;
        if (how & STRIP_RIGHT) while (j > i && memchr(chars, p[j - 1], (size_t)nc)) j--;
    }
    return make_or_self(self, p + i, j - i);
}

STRLIB_STRIP_METHODS(b, bstrip)

static Object *bpad(Object *self, ssize_t left, ssize_t right, char fill) {
    VIEW(self, p, n);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return make_or_self(self, p, n);
    Object *r = bytes_make(self, NULL, left + n + right);
    if (!r) return NULL;
    bytes_view(self, &p, &n);
    char *q = IS_BYTEARRAY(r) ? ((ByteArrayObject *)r)->ob_start : BYTES_DATA(r);
    memset(q, fill, (size_t)left);
    memcpy(q + left, p, (size_t)n);
    memset(q + left + n, fill, (size_t)right);
    return r;
}

static int parse_bjust(const char *name, Object *const *args, ssize_t nargs, ssize_t *w,
                       char *fill) {
    if (args_check_positional(name, nargs, 1, 2) < 0) return -1;
    *w = num_as_ssize(args[0], &Exc_OverflowError);
    if (*w == -1 && err_occurred()) return -1;
    *fill = ' ';
    if (nargs > 1) {
        const char *p;
        ssize_t n;
        if (!IS_BYTES(args[1]) && !IS_BYTEARRAY(args[1])) {
            err_format(&Exc_TypeError,
                       "%s() argument 2 must be a byte string of length 1, not %.100s", name,
                       TYPE(args[1])->tp_name);
            return -1;
        }
        if ((bytes_view(args[1], &p, &n), n != 1)) {
            err_format(&Exc_TypeError,
                       "%s() argument 2 must be a byte string of length 1, not %.100s", name,
                       TYPE(args[1])->tp_name);
            return -1;
        }
        *fill = p[0];
    }
    return 0;
}

static Object *b_ljust(Object *self, Object *const *a, ssize_t na) {
    ssize_t w; char f;
    if (parse_bjust("ljust", a, na, &w, &f) < 0) return NULL;
    return bpad(self, 0, w - SIZE(self), f);
}

static Object *b_rjust(Object *self, Object *const *a, ssize_t na) {
    ssize_t w; char f;
    if (parse_bjust("rjust", a, na, &w, &f) < 0) return NULL;
    return bpad(self, w - SIZE(self), 0, f);
}

static Object *b_center(Object *self, Object *const *a, ssize_t na) {
    ssize_t w; char f;
    if (parse_bjust("center", a, na, &w, &f) < 0) return NULL;
    ssize_t marg = w - SIZE(self);
    if (marg <= 0) return bpad(self, 0, 0, f);
    ssize_t left = marg / 2 + (marg & w & 1);
    return bpad(self, left, marg - left, f);
}

static Object *b_zfill(Object *self, Object *arg) {
    ssize_t w = num_as_ssize(arg, &Exc_OverflowError);
    if (w == -1 && err_occurred()) return NULL;
    ssize_t fill = w - SIZE(self);
    Object *r = bpad(self, fill, 0, '0');
    if (!r || fill <= 0) return r;
    char *q = IS_BYTEARRAY(r) ? ((ByteArrayObject *)r)->ob_start : BYTES_DATA(r);
    if (q[fill] == '+' || q[fill] == '-') {
        q[0] = q[fill];
        q[fill] = '0';
    }
    return r;
}

static Object *b_expandtabs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"tabsize", NULL};
    Object *a[1] = {NULL};
    if (args_parse("expandtabs", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    ssize_t tab = 8;
    if (a[0] && (tab = num_as_ssize(a[0], &Exc_OverflowError)) == -1 && err_occurred()) return NULL;
    VIEW(self, p, n);
    ssize_t size = 0, col = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tab > 0) { size += tab - col % tab; col += tab - col % tab; }
        } else {
            size++;
            col = (p[i] == '\n' || p[i] == '\r') ? 0 : col + 1;
        }
    }
    Object *r = bytes_make(self, NULL, size);
    if (!r) return NULL;
    char *q = IS_BYTEARRAY(r) ? ((ByteArrayObject *)r)->ob_start : BYTES_DATA(r);
    col = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tab > 0) {
                ssize_t k = tab - col % tab;
                memset(q, ' ', (size_t)k);
                q += k;
                col += k;
            }
        } else {
            *q++ = p[i];
            col = (p[i] == '\n' || p[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

/* ---- split, join, partition, replace --------------------------------------------------------- */

static int add_piece(Object *list, Object *self, const char *p, ssize_t n) {
    Object *x = make_or_self(self, p, n);
    if (!x) return -1;
    int r = list_append(list, x);
    DECREF(x);
    return r;
}

static Object *bsplit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames,
                      const char *name, bool reverse) {
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, 0, 2, a) < 0) return NULL;
    ssize_t maxsplit = -1;
    if (a[1] && (maxsplit = num_as_ssize(a[1], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    if (maxsplit < 0) maxsplit = SSIZE_MAX;
    const char *sep = NULL;
    ssize_t m = 0;
    if (a[0] && a[0] != NONE) {
        if (bytes_view(a[0], &sep, &m) < 0) return NULL;
        if (m == 0) return err_format(&Exc_ValueError, "empty separator");
    }
    VIEW(self, p, n);
    Object *list = list_new(0);
    if (!list) return NULL;
    if (!sep) {
        if (!reverse) {
            ssize_t i = 0;
            while (true) {
                while (i < n && b_isspace_c((unsigned char)p[i])) i++;
                if (i == n) break;
                ssize_t j = i;
                if (maxsplit-- == 0) {     /* the rest, trailing whitespace included */
                    if (add_piece(list, self, p + i, n - i) < 0) goto fail;
                    break;
                }
                while (j < n && !b_isspace_c((unsigned char)p[j])) j++;
                if (add_piece(list, self, p + i, j - i) < 0) goto fail;
                i = j;
            }
        } else {
            ssize_t j = n;
            while (true) {
                while (j > 0 && b_isspace_c((unsigned char)p[j - 1])) j--;
                if (j == 0) break;
                ssize_t i = j;
                if (maxsplit-- == 0) {     /* the rest, leading whitespace included */
                    if (add_piece(list, self, p, j) < 0) goto fail;
                    break;
                }
                while (i > 0 && !b_isspace_c((unsigned char)p[i - 1])) i--;
                if (add_piece(list, self, p + i, j - i) < 0) goto fail;
                j = i;
            }
            if (list_reverse(list) < 0) goto fail;
        }
        return list;
    }
    if (!reverse) {
        ssize_t i = 0, k;
        while (maxsplit-- > 0 && (k = strlib_search1(p, i, n, sep, m, false)) >= 0) {
            if (add_piece(list, self, p + i, k - i) < 0) goto fail;
            i = k + m;
        }
        if (add_piece(list, self, p + i, n - i) < 0) goto fail;
    } else {
        ssize_t j = n, k;
        while (maxsplit-- > 0 && (k = strlib_search1(p, 0, j, sep, m, true)) >= 0) {
            if (add_piece(list, self, p + k + m, j - k - m) < 0) goto fail;
            j = k;
        }
        if (add_piece(list, self, p, j) < 0 || list_reverse(list) < 0) goto fail;
    }
    return list;
fail:
    DECREF(list);
    return NULL;
}

static Object *b_split(Object *s, Object *const *a, ssize_t n, Object *kw) {
    return bsplit(s, a, n, kw, "split", false);
}
static Object *b_rsplit(Object *s, Object *const *a, ssize_t n, Object *kw) {
    return bsplit(s, a, n, kw, "rsplit", true);
}

static Object *b_splitlines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"keepends", NULL};
    Object *a[1] = {NULL};
    if (args_parse("splitlines", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    bool keep = false;
    if (a[0]) {
        ssize_t v = num_as_ssize(a[0], NULL);
        if (v == -1 && err_occurred()) return NULL;
        keep = v != 0;
    }
    VIEW(self, p, n);
    Object *list = list_new(0);
    if (!list) return NULL;
    for (ssize_t i = 0; i < n;) {
        ssize_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r') j++;
        ssize_t eol = j;
        if (j < n) {
            j += (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') ? 2 : 1;
            if (keep) eol = j;
        }
        if (add_piece(list, self, p + i, eol - i) < 0) { DECREF(list); return NULL; }
        i = j;
    }
    return list;
}

static Object *b_join(Object *self, Object *iterable) {
    Object *seq = IS_LIST_EXACT(iterable) || IS_TUPLE_EXACT(iterable) ? NEWREF(iterable)
                                                                       : seq_list(iterable);
    if (!seq) return NULL;
    Object **items = IS_TUPLE(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
    ssize_t count = SIZE(seq), total = 0;
    VIEW(self, sp, sn);
    Object *r = NULL;
    for (ssize_t i = 0; i < count; i++) {
        const char *ip;
        ssize_t in;
        if (!has_buffer(items[i]) || bytes_view(items[i], &ip, &in) < 0) {
            err_clear();
            err_format(&Exc_TypeError,
                       "sequence item %zd: expected a bytes-like object, %.80s found", i,
                       TYPE(items[i])->tp_name);
            goto done;
        }
        total += in + (i ? sn : 0);
    }
    r = bytes_make(self, NULL, total);
    if (!r) goto done;
    {
        char *q = IS_BYTEARRAY(r) ? ((ByteArrayObject *)r)->ob_start : BYTES_DATA(r);
        for (ssize_t i = 0; i < count; i++) {
            if (i) { memcpy(q, sp, (size_t)sn); q += sn; }
            VIEW(items[i], ip, in);
            memcpy(q, ip, (size_t)in);
            q += in;
        }
    }
done:
    DECREF(seq);
    return r;
}

static Object *bpartition(Object *self, Object *sepo, bool reverse) {
    const char *sep;
    ssize_t m;
    if (bytes_view(sepo, &sep, &m) < 0) return NULL;
    if (m == 0) return err_format(&Exc_ValueError, "empty separator");
    VIEW(self, p, n);
    ssize_t k = strlib_search1(p, 0, n, sep, m, reverse);
    Object *a, *b, *c;
    if (k < 0) {
        /* (self, b'', b'') or (b'', b'', self); separate objects, as bytearrays are mutable. */
        Object *whole = make_or_self(self, p, n);
        Object *e1 = bytes_make(self, "", 0), *e2 = bytes_make(self, "", 0);
        if (reverse) { a = e1; b = e2; c = whole; }
        else { a = whole; b = e1; c = e2; }
    } else {
        a = bytes_make(self, p, k);
        /* bytes.partition gives back the separator object itself (CPython's stringlib). */
        b = IS_BYTES(self) ? NEWREF(sepo) : bytes_make(self, sep, m);
        c = bytes_make(self, p + k + m, n - k - m);
    }
    return strlib_triple(a, b, c);
}

static Object *b_partition(Object *s, Object *sep) { return bpartition(s, sep, false); }
static Object *b_rpartition(Object *s, Object *sep) { return bpartition(s, sep, true); }

static Object *b_replace(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("replace", nargs, 2, 3) < 0) return NULL;
    const char *op, *np;
    ssize_t on, nn, maxcount = -1;
    if (bytes_view(args[0], &op, &on) < 0 || bytes_view(args[1], &np, &nn) < 0) return NULL;
    if (nargs > 2 && (maxcount = num_as_ssize(args[2], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    if (maxcount < 0) maxcount = SSIZE_MAX;
    VIEW(self, p, n);
    ssize_t count = 0;
    if (on == 0) count = n + 1 < maxcount ? n + 1 : maxcount;
    else
        for (ssize_t i = 0; count < maxcount && (i = strlib_search1(p, i, n, op, on, false)) >= 0;
             i += on)
            count++;
    if (count == 0) return make_or_self(self, p, n);
    if (nn > on && (nn - on) > (SSIZE_MAX - n) / count)
        return err_format(&Exc_OverflowError, "replace bytes is too long");
    Object *r = bytes_make(self, NULL, n + count * (nn - on));
    if (!r) return NULL;
    char *q = IS_BYTEARRAY(r) ? ((ByteArrayObject *)r)->ob_start : BYTES_DATA(r);
    ssize_t i = 0;
    for (ssize_t c = 0; c < count; c++) {
        if (on == 0) {
            memcpy(q, np, (size_t)nn);
            q += nn;
            if (i < n) *q++ = p[i++];
            continue;
        }
        ssize_t k = strlib_search1(p, i, n, op, on, false);
        memcpy(q, p + i, (size_t)(k - i));
        q += k - i;
        memcpy(q, np, (size_t)nn);
        q += nn;
        i = k + on;
    }
    memcpy(q, p + i, (size_t)(n - i));
    return r;
}

static Object *b_removefix(Object *self, Object *arg, bool suffix) {
    const char *a;
    ssize_t m;
    if (bytes_view(arg, &a, &m) < 0) return NULL;
    VIEW(self, p, n);
    if (m && m <= n && memcmp(suffix ? p + n - m : p, a, (size_t)m) == 0)
        return bytes_make(self, suffix ? p : p + m, n - m);
    return make_or_self(self, p, n);
}

static Object *b_removeprefix(Object *s, Object *a) { return b_removefix(s, a, false); }
static Object *b_removesuffix(Object *s, Object *a) { return b_removefix(s, a, true); }

/* ---- translate, maketrans, hex, fromhex, decode ---------------------------------------------- */

static Object *b_translate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"", "delete", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("translate", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    const char *table = NULL, *del = "";
    ssize_t tn = 0, dn = 0;
    if (a[0] != NONE) {
        if (bytes_view(a[0], &table, &tn) < 0) return NULL;
        if (tn != 256)
            return err_format(&Exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && bytes_view(a[1], &del, &dn) < 0) return NULL;
    bool drop[256] = {false};
    for (ssize_t i = 0; i < dn; i++) drop[(unsigned char)del[i]] = true;
    VIEW(self, p, n);
    char *buf = mem_alloc((size_t)n + 1);
    if (!buf) return err_no_memory();
    ssize_t k = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (drop[c]) continue;
        buf[k++] = table ? table[c] : (char)c;
    }
    Object *r = (k == n && table == NULL) ? make_or_self(self, p, n) : bytes_make(self, buf, k);
    mem_free(buf);
    return r;
}

static Object *b_maketrans(Object *unused, Object *const *args, ssize_t nargs) {
    if (args_check_positional("maketrans", nargs, 2, 2) < 0) return NULL;
    const char *f, *t;
    ssize_t fn, tn;
    if (bytes_view(args[0], &f, &fn) < 0 || bytes_view(args[1], &t, &tn) < 0) return NULL;
    if (fn != tn) return err_format(&Exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++) table[i] = (char)i;
    for (ssize_t i = 0; i < fn; i++) table[(unsigned char)f[i]] = t[i];
    return bytes_from_data(table, 256);
}

static Object *b_hex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("hex", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return NULL;
    char sep = 0;
    ssize_t per = 1;
    if (a[0]) {
        const char *sp;
        ssize_t sn;
        if (IS_STR(a[0])) {
            if (STR_LEN(a[0]) != 1) return err_format(&Exc_ValueError, "sep must be length 1.");
            if (STR_AT(a[0], 0) > 127) return err_format(&Exc_ValueError, "sep must be ASCII.");
            sep = (char)STR_AT(a[0], 0);
        } else if (IS_BYTES(a[0])) {       /* bytes only, as CPython (not other buffers) */
            if (bytes_view(a[0], &sp, &sn) < 0) return NULL;
            if (sn != 1) return err_format(&Exc_ValueError, "sep must be length 1.");
            sep = sp[0];
        } else {
            return err_format(&Exc_TypeError, "sep must be str or bytes.");
        }
    }
    if (a[1] && (per = num_as_ssize(a[1], &Exc_OverflowError)) == -1 && err_occurred()) return NULL;
    VIEW(self, p, n);
    ssize_t group = per < 0 ? -per : per;
    ssize_t nseps = (sep && group && n) ? (n - 1) / group : 0;
    Object *r = str_new(2 * n + nseps, 127);
    if (!r) return NULL;
    char *q = STR_DATA(r);
    for (ssize_t i = 0; i < n; i++) {
        if (nseps && i) {
            /* Positive: groups counted from the right; negative: from the left. */
            bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (cut) *q++ = sep;
        }
        unsigned char c = (unsigned char)p[i];
        *q++ = hexd[c >> 4];
        *q++ = hexd[c & 15];
    }
    return r;
}

static Object *b_fromhex(Object *cls, Object *arg) {
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "fromhex() argument must be str, not %.100s",
                          TYPE(arg)->tp_name);
    ssize_t n = STR_LEN(arg), k = 0;
    char *buf = mem_alloc((size_t)n / 2 + 1);
    if (!buf) return err_no_memory();
    for (ssize_t i = 0; i < n;) {
        uint32_t c = STR_AT(arg, i);
        if (c == ' ' || (c >= 9 && c <= 13)) { i++; continue; }
        int hi = hex_digit_value(c);
        if (hi < 0) goto bad_at_i;
        if (i + 1 >= n) { i++; goto bad_at_i; }
        int lo = hex_digit_value(STR_AT(arg, i + 1));
        if (lo < 0) { i++; goto bad_at_i; }
        buf[k++] = (char)(hi * 16 + lo);
        i += 2;
        continue;
    bad_at_i:
        mem_free(buf);
        return err_format(&Exc_ValueError,
                          "non-hexadecimal number found in fromhex() arg at position %zd", i);
    }
    Object *r;
    TypeObject *t = (TypeObject *)cls;
    if (t == &ByteArrayType) r = bytearray_from_data(buf, k);
    else {
        r = bytes_from_data(buf, k);
        if (r && t != &BytesType) SETREF(r, obj_call1(cls, r));
    }
    mem_free(buf);
    return r;
}

static Object *b_decode(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    const char *s[2];
    if (strlib_codec_args("decode", args, nargs, kwnames, s) < 0) return NULL;
    VIEW(self, p, n);
    return str_decode(p, n, s[0], s[1]);
}

MethodDef bytes_common_methods[] = {
    {"decode", b_decode, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"hex", b_hex, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"fromhex", b_fromhex, METH_O | METH_CLASS, NULL},
    {"count", b_count, METH_FASTCALL, NULL},
    {"find", b_find, METH_FASTCALL, NULL},
    {"rfind", b_rfind, METH_FASTCALL, NULL},
    {"index", b_index, METH_FASTCALL, NULL},
    {"rindex", b_rindex, METH_FASTCALL, NULL},
    {"startswith", b_startswith, METH_FASTCALL, NULL},
    {"endswith", b_endswith, METH_FASTCALL, NULL},
    {"join", b_join, METH_O, NULL},
    {"split", b_split, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"rsplit", b_rsplit, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"splitlines", b_splitlines, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"strip", b_strip, METH_FASTCALL, NULL},
    {"lstrip", b_lstrip, METH_FASTCALL, NULL},
    {"rstrip", b_rstrip, METH_FASTCALL, NULL},
    {"replace", b_replace, METH_FASTCALL, NULL},
    {"partition", b_partition, METH_O, NULL},
    {"rpartition", b_rpartition, METH_O, NULL},
    {"upper", b_upper, METH_NOARGS, NULL},
    {"lower", b_lower, METH_NOARGS, NULL},
    {"swapcase", b_swapcase, METH_NOARGS, NULL},
    {"title", b_title, METH_NOARGS, NULL},
    {"capitalize", b_capitalize, METH_NOARGS, NULL},
    {"isdigit", b_isdigit, METH_NOARGS, NULL},
    {"isalpha", b_isalpha, METH_NOARGS, NULL},
    {"isalnum", b_isalnum, METH_NOARGS, NULL},
    {"isspace", b_isspace, METH_NOARGS, NULL},
    {"isupper", b_isupper, METH_NOARGS, NULL},
    {"islower", b_islower, METH_NOARGS, NULL},
    {"istitle", b_istitle, METH_NOARGS, NULL},
    {"isascii", b_isascii, METH_NOARGS, NULL},
    {"center", b_center, METH_FASTCALL, NULL},
    {"ljust", b_ljust, METH_FASTCALL, NULL},
    {"rjust", b_rjust, METH_FASTCALL, NULL},
    {"zfill", b_zfill, METH_O, NULL},
    {"expandtabs", b_expandtabs, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"removeprefix", b_removeprefix, METH_O, NULL},
    {"removesuffix", b_removesuffix, METH_O, NULL},
    {"translate", b_translate, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"maketrans", b_maketrans, METH_FASTCALL | METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

MethodDef *methods_concat(const MethodDef *a, const MethodDef *b) {
    size_t na = 0, nb = 0;
    while (a[na].name) na++;
    while (b[nb].name) nb++;
    MethodDef *t = mem_calloc(na + nb + 1, sizeof(MethodDef));
    if (!t) return NULL;
    memcpy(t, a, na * sizeof(MethodDef));
    memcpy(t + na, b, nb * sizeof(MethodDef));
    return t;
}

/* ---- construction ---------------------------------------------------------------------------- */

/* The bytes of an iterable of ints, as a new bytes object.  The messages differ between bytes()
 * ("bytes must be in range(0, 256)") and bytearray(). */
Object *bytes_from_iterable_into(Object *it, bool bytearray_msgs) {
    Object *seq = IS_LIST(it) || IS_TUPLE(it) ? NEWREF(it) : seq_list(it);
    if (!seq) return NULL;
    ssize_t n = SIZE(seq);
    Object *r = bytes_alloc(&BytesType, n);
    if (!r) { DECREF(seq); return NULL; }
    for (ssize_t i = 0; i < n && i < SIZE(seq); i++) {
        Object *x = IS_TUPLE(seq) ? TUPLE_GET(seq, i) : LIST_GET(seq, i);
        ssize_t v = num_as_ssize(x, NULL);
        if (v == -1 && err_occurred()) goto fail;
        if (v < 0 || v > 255) {
            err_set_string(&Exc_ValueError, bytearray_msgs ? "byte must be in range(0, 256)"
                                                           : "bytes must be in range(0, 256)");
            goto fail;
        }
        BYTES_DATA(r)[i] = (char)v;
    }
    DECREF(seq);
    return r;
fail:
    DECREF(seq);
    DECREF(r);
    return NULL;
}

static Object *bytes_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("bytes", args, nargs, kwnames, kwlist, 0, 3, a) < 0) return NULL;
    Object *x = a[0], *r = NULL;
    /* The argument types are checked first, as by CPython's argument clinic. */
    for (int i = 1; i <= 2; i++)
        if (a[i] && !IS_STR(a[i]))
            return err_format(&Exc_TypeError, "bytes() argument '%s' must be str, not %.100s",
                              kwlist[i], TYPE(a[i])->tp_name);
    if (!x) {
        if (a[1] || a[2])
            return err_format(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                                   : "errors without a string argument");
        r = NEWREF(empty_bytes);
    } else if (IS_STR(x)) {
        if (!a[1]) return err_format(&Exc_TypeError, "string argument without an encoding");
        const char *enc, *errs = NULL;
        if (!(enc = str_as_utf8(a[1])) || (a[2] && !(errs = str_as_utf8(a[2])))) return NULL;
        r = str_encode(x, enc, errs);
    } else if (a[1] || a[2]) {
        return err_format(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                               : "errors without a string argument");
    } else {
        static Object *bytes_name;
        if (!bytes_name && !(bytes_name = str_intern_cstr("__bytes__"))) return NULL;
        Object *meth = obj_lookup_special(x, bytes_name);
        if (meth) {
            r = obj_call0(meth);
            DECREF(meth);
            if (r && !IS_BYTES(r)) {
                err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                           TYPE(r)->tp_name);
                CLEAR(r);
            }
            if (!r) return NULL;
        } else if (err_occurred()) {
            return NULL;
        } else if (has_buffer(x)) {
            r = bytes_from_buffer(x);
        } else if (IS_INT(x) || (TYPE(x)->tp_as_number && TYPE(x)->tp_as_number->nb_index)) {
            ssize_t n = num_as_ssize(x, &Exc_OverflowError);
            if (n == -1 && err_occurred()) return NULL;
            if (n < 0) return err_format(&Exc_ValueError, "negative count");
            r = bytes_alloc(&BytesType, n);
            if (r) memset(BYTES_DATA(r), 0, (size_t)n);
        } else if (TYPE(x)->tp_iter ||
                   (TYPE(x)->tp_as_sequence && TYPE(x)->tp_as_sequence->sq_item)) {
            r = bytes_from_iterable_into(x, false);
        } else {
            return err_format(&Exc_TypeError, "cannot convert '%.200s' object to bytes",
                              TYPE(x)->tp_name);
        }
    }
    if (!r || type == &BytesType) return r;
    Object *sub = bytes_alloc(type, BYTES_LEN(r));
    if (sub) memcpy(BYTES_DATA(sub), BYTES_DATA(r), (size_t)BYTES_LEN(r));
    DECREF(r);
    return sub;
}

/* ---- slots ----------------------------------------------------------------------------------- */

static void bytes_dealloc(Object *self) {
    if (TYPE(self) == &BytesType) mem_free(self);   /* allocated by bytes_alloc with mem_alloc */
    else TYPE(self)->tp_free(self);
}

static int64_t bytes_hash(Object *self) {
    BytesObject *b = (BytesObject *)self;
    if (b->ob_shash == -1) b->ob_shash = hash_bytes(b->ob_sval, (size_t)SIZE(self));
    return b->ob_shash;
}

/* Compare two raw views with op; shared with bytearray. */
Object *bytes_compare_views(const char *a, ssize_t na, const char *b, ssize_t nb, int op) {
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return bool_from(op == CMP_NE);
    ssize_t n = na < nb ? na : nb;
    int c = memcmp(a, b, (size_t)n);
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

static Object *bytes_richcompare(Object *a, Object *b, int op) {
    if (!IS_BYTES(a) || !IS_BYTES(b)) RETURN_NOTIMPL;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return bool_from(op == CMP_EQ);
    return bytes_compare_views(BYTES_DATA(a), BYTES_LEN(a), BYTES_DATA(b), BYTES_LEN(b), op);
}

static ssize_t bytes_length(Object *self) { return SIZE(self); }

static Object *bytes_concat(Object *a, Object *b) {
    const char *pa, *pb;
    ssize_t na, nb;
    if (!has_buffer(a) || !has_buffer(b) || bytes_view(a, &pa, &na) < 0 ||
        bytes_view(b, &pb, &nb) < 0) {
        err_clear();
        return err_format(&Exc_TypeError, "can't concat %.100s to %.100s",
                          TYPE(has_buffer(a) ? b : a)->tp_name,
                          TYPE(has_buffer(a) ? a : b)->tp_name);
    }
    if (nb == 0 && TYPE(a) == &BytesType) return NEWREF(a);
    if (na == 0 && TYPE(b) == &BytesType) return NEWREF(b);
    if (na > SSIZE_MAX - nb) return err_no_memory();
    Object *r = bytes_alloc(&BytesType, na + nb);
    if (!r) return NULL;
    memcpy(BYTES_DATA(r), pa, (size_t)na);
    memcpy(BYTES_DATA(r) + na, pb, (size_t)nb);
    return r;
}

static Object *bytes_repeat(Object *self, ssize_t count) {
    ssize_t n = SIZE(self);
    if (count < 0) count = 0;
    if (count == 1 && TYPE(self) == &BytesType) return NEWREF(self);
    if (n && count > SSIZE_MAX / n)
        return err_format(&Exc_OverflowError, "repeated bytes are too long");
    if (n == 0 || count == 0) return NEWREF(empty_bytes);
    Object *r = bytes_alloc(&BytesType, n * count);
    if (!r) return NULL;
    char *q = BYTES_DATA(r);
    if (n == 1) memset(q, BYTES_DATA(self)[0], (size_t)count);
    else {
        size_t total = (size_t)(n * count), done = (size_t)n;
        memcpy(q, BYTES_DATA(self), (size_t)n);
        while (done < total) {
            size_t c = done <= total - done ? done : total - done;
            memcpy(q + done, q, c);
            done += c;
        }
    }
    return r;
}

static Object *bytes_item(Object *self, ssize_t i) {
    if (i < 0 || i >= SIZE(self)) return err_format(&Exc_IndexError, "index out of range");
    return NEWREF(SMALL_INT((unsigned char)BYTES_DATA(self)[i]));
}

/* Shared by bytes and bytearray: `x in self`. */
int bytes_contains_impl(Object *self, Object *x) {
    VIEW(self, p, n);
    if (has_buffer(x) && !IS_INT(x)) {
        const char *q;
        ssize_t m;
        if (bytes_view(x, &q, &m) < 0) return -1;
        return strlib_search1(p, 0, n, q, m, false) >= 0;
    }
    if (!IS_INT(x) && !(TYPE(x)->tp_as_number && TYPE(x)->tp_as_number->nb_index)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%.100s'",
                   TYPE(x)->tp_name);
        return -1;
    }
    int v;
    if (bytes_byte_value(x, &v) < 0) return -1;
    return memchr(p, v, (size_t)n) != NULL;
}

static Object *bytes_subscript(Object *self, Object *key) {
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, SIZE(self), &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) {
            if (n == SIZE(self) && TYPE(self) == &BytesType) return NEWREF(self);
            return bytes_from_data(BYTES_DATA(self) + start, n);
        }
        Object *r = bytes_alloc(&BytesType, n > 0 ? n : 0);
        if (!r) return NULL;
        for (ssize_t i = 0, k = start; i < n; i++, k += step)
            BYTES_DATA(r)[i] = BYTES_DATA(self)[k];
        if (n <= 1) {
            Object *c = bytes_from_data(BYTES_DATA(r), n > 0 ? n : 0);
            DECREF(r);
            r = c;
        }
        return r;
    }
    if (IS_INT(key) || (TYPE(key)->tp_as_number && TYPE(key)->tp_as_number->nb_index)) {
        ssize_t i = num_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred()) return NULL;
        if (i < 0) i += SIZE(self);
        return bytes_item(self, i);
    }
    return err_format(&Exc_TypeError, "byte indices must be integers or slices, not %.200s",
                      TYPE(key)->tp_name);
}

static Object *bytes_mod(Object *a, Object *b) {
    if (!IS_BYTES(a)) RETURN_NOTIMPL;
    return str_percent_format(a, b);
}

static Object *bytes_m_getnewargs(Object *self, Object *u) {
    Object *b = bytes_from_data(BYTES_DATA(self), BYTES_LEN(self));
    if (!b) return NULL;
    Object *t = tuple_pack(1, b);
    DECREF(b);
    return t;
}

static Object *bytes_m_bytes(Object *self, Object *u) {
    if (TYPE(self) == &BytesType) return NEWREF(self);
    return bytes_from_data(BYTES_DATA(self), BYTES_LEN(self));
}

static Object *bytes_m_sizeof(Object *self, Object *u) {
    return int_from_ssize(BYTES_HEADER + SIZE(self) + 1);
}

static MethodDef bytes_own_methods[] = {
    {"__getnewargs__", bytes_m_getnewargs, METH_NOARGS, NULL},
    {"__bytes__", bytes_m_bytes, METH_NOARGS, NULL},
    {"__sizeof__", bytes_m_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- iterators (bytes_iterator and bytearray_iterator share this code) ----------------------- */

typedef struct BytesIterObject { OB_HEAD; ssize_t index; Object *seq; } BytesIterObject;

Object *bytes_iter_new(TypeObject *type, Object *seq) {
    BytesIterObject *it = (BytesIterObject *)obj_alloc(type);
    if (!it) return NULL;
    it->index = 0;
    it->seq = NEWREF(seq);
    return (Object *)it;
}

static Object *bytes_iter(Object *self) { return bytes_iter_new(&BytesIterType, self); }

static void biter_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((BytesIterObject *)self)->seq);
    TYPE(self)->tp_free(self);
}

static int biter_traverse(Object *self, visitproc visit, void *arg) {
    Object *s = ((BytesIterObject *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *biter_next(Object *self) {
    BytesIterObject *it = (BytesIterObject *)self;
    if (!it->seq) return NULL;
    const char *p = "";
    ssize_t n = 0;
    bytes_view(it->seq, &p, &n);   /* a bytearray may have changed size */
    if (it->index < n) return NEWREF(SMALL_INT((unsigned char)p[it->index++]));
    CLEAR(it->seq);
    return NULL;
}

static Object *biter_length_hint(Object *self, Object *u) {
    BytesIterObject *it = (BytesIterObject *)self;
    ssize_t n = it->seq ? SIZE(it->seq) - it->index : 0;
    return int_from_ssize(n < 0 ? 0 : n);
}

static MethodDef biter_methods[] = {
    {"__length_hint__", biter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define BYTESITER_TYPE(cname, pyname)                                   \
    TypeObject cname = {                                                \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0),                         \
        .tp_name = pyname,                                              \
        .tp_basicsize = sizeof(BytesIterObject),                        \
        .tp_flags = TPFLAGS_HAVE_GC,                                    \
        .tp_dealloc = biter_dealloc,                                    \
        .tp_free = obj_free,                                            \
        .tp_traverse = biter_traverse,                                  \
        .tp_iter = iter_self,                                           \
        .tp_iternext = biter_next,                                      \
        .tp_methods = biter_methods,                                    \
    };
BYTESITER_TYPE(BytesIterType, "bytes_iterator")
BYTESITER_TYPE(ByteArrayIterType, "bytearray_iterator")

/* ---- the type -------------------------------------------------------------------------------- */

static int bytes_sq_contains(Object *self, Object *x) { return bytes_contains_impl(self, x); }

static NumberMethods bytes_as_number = { .nb_remainder = bytes_mod };

static SequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_sq_contains,
};

static MappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

TypeObject BytesType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "bytes",
    .tp_basicsize = offsetof(BytesObject, ob_sval) + 1,
    .tp_itemsize = 1,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS,
    .tp_doc =
        "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
        "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
        "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
        "bytes() -> empty bytes object",
    .tp_dealloc = bytes_dealloc,
    .tp_free = obj_free,
    .tp_repr = bytes_repr,
    .tp_str = bytes_repr,
    .tp_hash = bytes_hash,
    .tp_richcompare = bytes_richcompare,
    .tp_as_number = &bytes_as_number,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_iter = bytes_iter,
    .tp_new = bytes_tp_new,
    .tp_as_buffer = &bytes_as_buffer,
};

void bytes_init(void) {
    if (!empty_bytes) {
        empty_bytes = bytes_alloc(&BytesType, 0);
        if (!empty_bytes) return;
        empty_bytes->ob_refcnt = IMMORTAL_REFCNT;
    }
    for (int c = 0; c < 256; c++) {
        char ch = (char)c;
        Object *b = bytes_from_data(&ch, 1);   /* fills the cache */
        XDECREF(b);
    }
    if (!BytesType.tp_methods) BytesType.tp_methods = methods_concat(bytes_common_methods,
                                                                     bytes_own_methods);
}
