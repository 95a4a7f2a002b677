/* str.c — the str type: representation, construction, codecs, and the type's slots.
 *
 * Representation (strings.h): CPython 3.11's compact strings.  The code points follow the header
 * in the narrowest of three widths ("kinds": 1, 2 or 4 bytes) able to hold the largest one, and
 * every string is kept in that narrowest kind — so two equal strings always have the same kind,
 * and equality can compare bytes.  ASCII strings use a 48-byte header and are their own UTF-8;
 * other strings have a 72-byte header whose extra fields cache the UTF-8 form on demand.
 *
 * The empty string and the 256 one-character latin-1 strings are created once, immortal, and
 * returned by every operation whose result is one of them (slicing, indexing, decoding...).
 *
 * Codecs: str_decode/str_encode dispatch to codecs.c (the table of codecs and the error
 * handlers); the UTF-8 fast paths that source files, I/O and identifiers need stay here.
 *
 * The methods live in strmethods.c, the string builder and str_from_format in strbuilder.c,
 * formatting (format(), %, str.format) in format.c. */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include "unicodedb.h"
#include "../runtime/hash.h"
#include "../runtime/intern.h"
#include "../runtime/gc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

#define ASCII_HEADER   ((ssize_t)sizeof(StrObject))          /* 48 */
#define COMPACT_HEADER ((ssize_t)sizeof(CompactStrObject))   /* 72 */

Object *empty_str;
static Object *latin1[256];
Identifiers identifiers;

static inline int kind_for(uint32_t maxchar) {
    return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}

static inline void str_write(int kind, void *data, ssize_t i, uint32_t c) {
    if (kind == 1) ((uint8_t *)data)[i] = (uint8_t)c;
    else if (kind == 2) ((uint16_t *)data)[i] = (uint16_t)c;
    else ((uint32_t *)data)[i] = c;
}

/* ---- allocation ------------------------------------------------------------------------------ */

/* A new, uninitialised string of `type` (StrType or a subclass).  Exact strings bypass
 * obj_alloc: they are not GC objects and need no zeroing (every field is set here). */
static Object *str_alloc(TypeObject *type, ssize_t len, uint32_t maxchar) {
    int kind = kind_for(maxchar);
    bool ascii = maxchar < 128;
    ssize_t header = ascii ? ASCII_HEADER : COMPACT_HEADER;
    if (len < 0 || len > (SSIZE_MAX - header) / kind - 1)
        return err_no_memory();
    ssize_t size = header + (len + 1) * kind;
    StrObject *s;
    bool compact = type == &StrType;
    if (compact) {
        s = mem_alloc((size_t)size);
        if (!s) return err_no_memory();
        s->ob_base.ob_refcnt = 1;
        s->ob_base.ob_type = &StrType;
    } else {
        /* A subclass instance: CPython's legacy PyUnicodeObject, its code points in a buffer
         * of their own (unicode_subtype_new), so type.c lays out __dict__/__slots__ after the
         * fixed 80 bytes. */
        void *data = mem_alloc((size_t)((len + 1) * kind));
        if (!data) return err_no_memory();
        s = (StrObject *)obj_alloc(type);
        if (!s) { mem_free(data); return NULL; }
        ((LegacyStrObject *)s)->data = data;
    }
    s->length = len;
    s->hash = -1;
    memset(&s->state, 0, sizeof s->state);
    s->state.kind = (unsigned)kind;
    s->state.compact = compact;
    s->state.ascii = ascii;
    s->state.ready = 1;
    s->wstr = NULL;
    if (!compact) {
        CompactStrObject *c = (CompactStrObject *)s;
        c->utf8_length = ascii ? len : 0;      /* an ASCII one shares its data as UTF-8 */
        c->utf8 = ascii ? ((LegacyStrObject *)s)->data : NULL;
        c->wstr_length = 0;
    } else if (!ascii) {
        CompactStrObject *c = (CompactStrObject *)s;
        c->utf8_length = 0;
        c->utf8 = NULL;
        c->wstr_length = 0;
    }
    str_write(kind, STR_DATA(s), len, 0);
    return (Object *)s;
}

Object *str_new(ssize_t len, uint32_t maxchar) {
    if (len == 0 && empty_str) return NEWREF(empty_str);
    return str_alloc(&StrType, len, maxchar);
}

Object *str_latin1_char(uint32_t c) {
    Object *s = latin1[c];
    if (!s) {
        s = str_alloc(&StrType, 1, c);
        if (!s) return NULL;
        str_write(1, STR_DATA(s), 0, c);
        s->ob_refcnt = IMMORTAL_REFCNT;
        latin1[c] = s;
    }
    return s;
}

Object *str_from_codepoint(uint32_t c) {
    if (c < 256) {
        Object *s = str_latin1_char(c);
        return s ? NEWREF(s) : NULL;
    }
    Object *s = str_alloc(&StrType, 1, c);
    if (s) str_write(STR_KIND(s), STR_DATA(s), 0, c);
    return s;
}

uint32_t str_max_char(int kind, const void *data, ssize_t n) {
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (ssize_t i = 0; i < n; i++) m |= p[i];
        return m >= 128 ? 255 : m;  /* only the ascii/latin-1 distinction matters for kind 1 */
    }
    if (kind == 2) {
        const uint16_t *p = data;
        for (ssize_t i = 0; i < n && m < 256; i++) if (p[i] > m) m = p[i];
        return m;
    }
    const uint32_t *p = data;
    for (ssize_t i = 0; i < n && m < 65536; i++) if (p[i] > m) m = p[i];
    if (m >= 65536) return 0x10ffff;
    return m;
}

/* Copy n code points from (skind, src) into the string dst at position at. */
static void copy_chars(Object *dst, ssize_t at, int skind, const void *src, ssize_t n) {
    int dkind = STR_KIND(dst);
    void *d = STR_DATA(dst);
    if (dkind == skind) {
        memcpy((char *)d + at * dkind, src, (size_t)(n * skind));
        return;
    }
    for (ssize_t i = 0; i < n; i++) str_write(dkind, d, at + i, STR_READ(skind, src, i));
}

Object *str_from_kind_data(int kind, const void *data, ssize_t len) {
    if (len == 0) return NEWREF(empty_str);
    uint32_t m = str_max_char(kind, data, len);
    if (len == 1 && m < 256) return NEWREF(str_latin1_char(STR_READ(kind, data, 0)));
    Object *s = str_alloc(&StrType, len, m);
    if (s) copy_chars(s, 0, kind, data, len);
    return s;
}

Object *str_from_ucs4(const uint32_t *p, ssize_t n) {
    return str_from_kind_data(4, p, n);
}

Object *str_subtype_copy(TypeObject *type, Object *s) {
    ssize_t n = STR_LEN(s);
    int kind = STR_KIND(s);
    uint32_t m = STR_IS_ASCII(s) ? 127 : kind == 1 ? 255 : kind == 2 ? 65535 : 0x10ffff;
    Object *r = str_alloc(type, n, m);
    if (r) memcpy(STR_DATA(r), STR_DATA(s), (size_t)(n * kind));
    return r;
}

Object *str_substring(Object *s, ssize_t start, ssize_t end) {
    if (start < 0) start = 0;
    if (end > STR_LEN(s)) end = STR_LEN(s);
    if (start == 0 && end == STR_LEN(s) && IS_STR_EXACT(s)) return NEWREF(s);
    if (end <= start) return NEWREF(empty_str);
    int kind = STR_KIND(s);
    return str_from_kind_data(kind, (char *)STR_DATA(s) + start * kind, end - start);
}

static const char hexdigits[] = "0123456789abcdef";

/* ---- UTF-8 ----------------------------------------------------------------------------------- */

/* Decode one sequence at p (n > 0 bytes available, p[0] >= 0x80).  Returns the code point and
 * its length in *len, or -1 and in *len the error code of CPython's decoder: 0 truncated (the
 * input ends inside a valid prefix), 1 invalid start byte, k >= 2 invalid k-th byte.
 * With allow_surrogates, ED A0..BF xx (an encoded surrogate) is accepted. */
int32_t utf8_decode_one(const uint8_t *p, ssize_t n, int *len, bool allow_surrogates) {
    uint8_t b = p[0];
    int need;
    uint32_t c, lo = 0x80, hi = 0xBF;
    if (b < 0xC2) { *len = 1; return -1; }
    if (b < 0xE0) { need = 1; c = b & 0x1F; }
    else if (b < 0xF0) {
        need = 2; c = b & 0x0F;
        if (b == 0xE0) lo = 0xA0;
        else if (b == 0xED && !allow_surrogates) hi = 0x9F;
    } else if (b < 0xF5) {
        need = 3; c = b & 0x07;
        if (b == 0xF0) lo = 0x90;
        else if (b == 0xF4) hi = 0x8F;
    } else { *len = 1; return -1; }
    for (int k = 1; k <= need; k++) {
        if (k >= n) { *len = 0; return -1; }
        uint8_t x = p[k];
        if (x < lo || x > hi) { *len = k + 1; return -1; }
        lo = 0x80; hi = 0xBF;
        c = (c << 6) | (x & 0x3F);
    }
    *len = need + 1;
    return (int32_t)c;
}

static ssize_t ascii_prefix(const uint8_t *p, ssize_t n) {
    ssize_t i = 0;
    /* Eight bytes at a time: any high bit ends the ASCII run. */
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    while (i < n && p[i] < 0x80) i++;
    return i;
}

/* UTF-8 decoding: a validating fast path; any error goes to the codec (codecs.c), which has
 * the error handlers. */
static Object *utf8_decode(const char *s, ssize_t n, const char *errors) {
    const uint8_t *p = (const uint8_t *)s;
    ssize_t i = ascii_prefix(p, n);
    if (i == n) {
        if (n <= 1) return n ? NEWREF(str_latin1_char(p[0])) : NEWREF(empty_str);
        Object *r = str_alloc(&StrType, n, 127);
        if (r) memcpy(STR_DATA(r), s, (size_t)n);
        return r;
    }
    /* First pass: validate, count and find the widest code point. */
    ssize_t count = i;
    uint32_t maxchar = 127;
    while (i < n) {
        if (p[i] < 0x80) { i++; count++; continue; }
        int len;
        int32_t c = utf8_decode_one(p + i, n - i, &len, false);
        if (c < 0) return codec_decode(codec_utf8, s, n, errors, true, NULL, NULL);
        if ((uint32_t)c > maxchar) maxchar = (uint32_t)c;
        i += len;
        count++;
    }
    if (count == 1 && maxchar < 256) {
        int len;
        return NEWREF(str_latin1_char((uint32_t)utf8_decode_one(p, n, &len, false)));
    }
    Object *r = str_alloc(&StrType, count, maxchar);
    if (!r) return NULL;
    int kind = STR_KIND(r);
    void *d = STR_DATA(r);
    ssize_t j = 0;
    for (i = 0; i < n; j++) {
        if (p[i] < 0x80) { str_write(kind, d, j, p[i++]); continue; }
        int len;
        str_write(kind, d, j, (uint32_t)utf8_decode_one(p + i, n - i, &len, false));
        i += len;
    }
    return r;
}

Object *str_from_utf8(const char *s, ssize_t n) {
    if (n < 0) n = (ssize_t)strlen(s);
    return utf8_decode(s, n, NULL);
}

Object *str_from_utf8_lossy(const char *s, ssize_t n) {
    if (n < 0) n = (ssize_t)strlen(s);
    return utf8_decode(s, n, "replace");
}

Object *str_from_cstr(const char *s) {
    return utf8_decode(s, (ssize_t)strlen(s), NULL);
}

/* Bytes needed to encode code point c in UTF-8 (surrogates count 3). */
static inline int utf8_width(uint32_t c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static inline char *utf8_put(char *q, uint32_t c) {
    if (c < 0x80) *q++ = (char)c;
    else if (c < 0x800) {
        *q++ = (char)(0xC0 | (c >> 6));
        *q++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *q++ = (char)(0xE0 | (c >> 12));
        *q++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *q++ = (char)(0x80 | (c & 0x3F));
    } else {
        *q++ = (char)(0xF0 | (c >> 18));
        *q++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *q++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *q++ = (char)(0x80 | (c & 0x3F));
    }
    return q;
}

/* Index of the first surrogate of s at or after `from`, or -1. */
static ssize_t find_surrogate(Object *s, ssize_t from) {
    if (STR_KIND(s) == 1) return -1;
    for (ssize_t i = from; i < STR_LEN(s); i++) {
        uint32_t c = STR_AT(s, i);
        if (c >= 0xD800 && c < 0xE000) return i;
    }
    return -1;
}

static ssize_t surrogate_run_end(Object *s, ssize_t i) {
    while (i < STR_LEN(s)) {
        uint32_t c = STR_AT(s, i);
        if (c < 0xD800 || c >= 0xE000) break;
        i++;
    }
    return i;
}

/* The UTF-8 length of s, surrogates encoded as 3 bytes. */
static ssize_t utf8_size(Object *s) {
    ssize_t n = STR_LEN(s), size = n;
    if (STR_IS_ASCII(s)) return n;
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    for (ssize_t i = 0; i < n; i++) size += utf8_width(STR_READ(kind, d, i)) - 1;
    return size;
}

static void utf8_write(Object *s, char *q) {
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    for (ssize_t i = 0, n = STR_LEN(s); i < n; i++) q = utf8_put(q, STR_READ(kind, d, i));
}

const char *str_as_utf8_len(Object *s, ssize_t *len) {
    if (STR_IS_ASCII(s)) {
        if (len) *len = STR_LEN(s);
        return (const char *)STR_DATA(s);
    }
    CompactStrObject *c = (CompactStrObject *)s;
    if (!c->utf8) {
        ssize_t bad = find_surrogate(s, 0);
        if (bad >= 0) {
            err_unicode_encode("utf-8", s, bad, surrogate_run_end(s, bad),
                               "surrogates not allowed");
            return NULL;
        }
        ssize_t size = utf8_size(s);
        char *buf = mem_alloc((size_t)size + 1);
        if (!buf) { err_no_memory(); return NULL; }
        utf8_write(s, buf);
        buf[size] = '\0';
        c->utf8 = buf;
        c->utf8_length = size;
    }
    if (len) *len = c->utf8_length;
    return c->utf8;
}

const char *str_as_utf8(Object *s) { return str_as_utf8_len(s, NULL); }

/* Append the UTF-8 form of s (surrogates as 3-byte sequences) to dst, which has room for
 * utf8_size(s) bytes; used by the builder.  Returns the end. */
char *str_utf8_copy(Object *s, char *dst) {
    if (STR_IS_ASCII(s)) {
        if (STR_LEN(s))         /* dst may be NULL when nothing is to be copied */
            memcpy(dst, STR_DATA(s), (size_t)STR_LEN(s));
        return dst + STR_LEN(s);
    }
    CompactStrObject *c = (CompactStrObject *)s;
    if (c->utf8) {
        memcpy(dst, c->utf8, (size_t)c->utf8_length);
        return dst + c->utf8_length;
    }
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    for (ssize_t i = 0, n = STR_LEN(s); i < n; i++) dst = utf8_put(dst, STR_READ(kind, d, i));
    return dst;
}

ssize_t str_utf8_size(Object *s) {
    if (STR_IS_ASCII(s)) return STR_LEN(s);
    CompactStrObject *c = (CompactStrObject *)s;
    return c->utf8 ? c->utf8_length : utf8_size(s);
}

/* ---- codecs: dispatch (the codecs themselves are in codecs.c) ----------------------------- */

/* utf-8 keeps its fast paths here; everything else, and every error, goes to codecs.c. */
Object *str_decode(const char *s, ssize_t n, const char *encoding, const char *errors) {
    const Codec *c = codec_find(encoding);
    if (c == codec_utf8) {
        Object *r = utf8_decode(s, n, errors);
        if (!r) codec_wrap_failure("decoding", encoding);
        return r;
    }
    if (!c) return codec_decode_by_name(s, n, encoding, errors);
    Object *r = codec_decode(c, s, n, errors, true, NULL, NULL);
    if (!r) codec_wrap_failure("decoding", encoding);
    return r;
}

static Object *encode_impl(Object *s, const char *encoding, const char *errors) {
    const Codec *c = codec_find(encoding);
    if (codec_ascii_compatible(c) && STR_IS_ASCII(s))
        return bytes_from_data(STR_DATA(s), STR_LEN(s));
    if (c == codec_utf8 && find_surrogate(s, 0) < 0) {
        ssize_t size = str_utf8_size(s);
        Object *r = bytes_from_data(NULL, size);
        if (r) str_utf8_copy(s, BYTES_DATA(r));
        return r;
    }
    if (c == codec_find("latin-1") && STR_KIND(s) == 1)
        return bytes_from_data(STR_DATA(s), STR_LEN(s));
    return codec_encode(c, s, errors, NULL);
}

Object *str_encode(Object *s, const char *encoding, const char *errors) {
    if (!codec_find(encoding)) return codec_encode_by_name(s, encoding, errors);
    Object *r = encode_impl(s, encoding, errors);
    if (!r) codec_wrap_failure("encoding", encoding);
    return r;
}

/* ---- comparison and hashing ------------------------------------------------------------------ */

bool str_eq(Object *a, Object *b) {
    if (a == b) return true;
    ssize_t n = STR_LEN(a);
    if (n != STR_LEN(b) || STR_KIND(a) != STR_KIND(b)) return false;
    int64_t ha = ((StrObject *)a)->hash, hb = ((StrObject *)b)->hash;
    if (ha != -1 && hb != -1 && ha != hb) return false;
    return memcmp(STR_DATA(a), STR_DATA(b), (size_t)(n * STR_KIND(a))) == 0;
}

bool str_eq_cstr(Object *s, const char *c) {
    if (!STR_IS_ASCII(s)) {
        ssize_t n;
        const char *u = str_as_utf8_len(s, &n);
        if (!u) { err_clear(); return false; }
        return (size_t)n == strlen(c) && memcmp(u, c, (size_t)n) == 0;
    }
    size_t n = (size_t)STR_LEN(s);
    return strncmp(STR_DATA(s), c, n) == 0 && c[n] == '\0';
}

int str_compare(Object *a, Object *b) {
    ssize_t na = STR_LEN(a), nb = STR_LEN(b), n = na < nb ? na : nb;
    int ka = STR_KIND(a), kb = STR_KIND(b);
    const void *da = STR_DATA(a), *db = STR_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t x = STR_READ(ka, da, i), y = STR_READ(kb, db, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

int64_t str_hash(Object *s) {
    StrObject *o = (StrObject *)s;
    if (o->hash == -1)
        o->hash = hash_bytes(STR_DATA(s), (size_t)(o->length * o->state.kind));
    return o->hash;
}

static int64_t str_tp_hash(Object *s) { return str_hash(s); }

static Object *str_richcompare(Object *a, Object *b, int op) {
    if (!IS_STR(a) || !IS_STR(b)) RETURN_NOTIMPL;
    bool r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_eq(a, b) == (op == CMP_EQ);
    } else {
        int c = a == b ? 0 : str_compare(a, b);
        switch (op) {
        case CMP_LT: r = c < 0; break;
        case CMP_LE: r = c <= 0; break;
        case CMP_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return bool_from(r);
}

/* ---- concatenation, repetition, searching ---------------------------------------------------- */

static uint32_t max_of(Object *s) {
    if (STR_IS_ASCII(s)) return 127;
    int k = STR_KIND(s);
    return k == 1 ? 255 : k == 2 ? 65535 : 0x10ffff;
}

Object *str_concat(Object *a, Object *b) {
    if (!IS_STR(b))
        return err_format(&Exc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                          TYPE(b)->tp_name);
    if (!IS_STR(a))
        return err_format(&Exc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                          TYPE(a)->tp_name);
    ssize_t na = STR_LEN(a), nb = STR_LEN(b);
    if (nb == 0 && IS_STR_EXACT(a)) return NEWREF(a);
    if (na == 0 && IS_STR_EXACT(b)) return NEWREF(b);
    if (na > SSIZE_MAX - nb)
        return err_format(&Exc_OverflowError, "strings are too large to concat");
    uint32_t ma = max_of(a), mb = max_of(b);
    Object *r = str_alloc(&StrType, na + nb, ma > mb ? ma : mb);
    if (!r) return NULL;
    copy_chars(r, 0, STR_KIND(a), STR_DATA(a), na);
    copy_chars(r, na, STR_KIND(b), STR_DATA(b), nb);
    return r;
}

static Object *str_repeat(Object *s, ssize_t n) {
    ssize_t len = STR_LEN(s);
    if (n <= 0 || len == 0) return NEWREF(empty_str);
    if (n == 1 && IS_STR_EXACT(s)) return NEWREF(s);
    if (len > SSIZE_MAX / n) return err_format(&Exc_OverflowError, "repeated string is too long");
    Object *r = str_alloc(&StrType, len * n, max_of(s));
    if (!r) return NULL;
    int kind = STR_KIND(s);
    size_t chunk = (size_t)(len * kind), total = chunk * (size_t)n;
    char *d = STR_DATA(r);
    if (chunk == 1) {
        memset(d, *(char *)STR_DATA(s), total);
    } else {
        /* Doubling copies: log2(n) memcpy calls. */
        memcpy(d, STR_DATA(s), chunk);
        size_t done = chunk;
        while (done < total) {
            size_t c = done <= total - done ? done : total - done;
            memcpy(d + done, d, c);
            done += c;
        }
    }
    return r;
}

ssize_t str_find_char(Object *s, uint32_t c, ssize_t start, ssize_t end) {
    if (start < 0) start = 0;
    if (end > STR_LEN(s)) end = STR_LEN(s);
    if (start >= end) return -1;
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    if (kind == 1) {
        if (c > 255) return -1;
        const char *p = memchr((const char *)d + start, (int)c, (size_t)(end - start));
        return p ? p - (const char *)d : -1;
    }
    for (ssize_t i = start; i < end; i++)
        if (STR_READ(kind, d, i) == c) return i;
    return -1;
}

/* ---- repr ------------------------------------------------------------------------------------ */

Object *str_repr(Object *s) {
    ssize_t n = STR_LEN(s);
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    /* First pass: the quote character, the output length and its widest code point. */
    bool has_sq = false, has_dq = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_READ(kind, d, i);
        if (c == '\'') has_sq = true;
        else if (c == '"') has_dq = true;
    }
    uint32_t quote = has_sq && !has_dq ? '"' : '\'';
    ssize_t outlen = 2;
    uint32_t maxchar = 127;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_READ(kind, d, i);
        ssize_t w;
        if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r') w = 2;
        else if (c < ' ' || c == 0x7f) w = 4;
        else if (c < 0x7f) w = 1;
        else if (unicode_isprintable(c)) { w = 1; if (c > maxchar) maxchar = c; }
        else w = c < 0x100 ? 4 : c < 0x10000 ? 6 : 10;
        if (outlen > SSIZE_MAX - w)
            return err_format(&Exc_OverflowError, "string is too long to generate repr");
        outlen += w;
    }
    Object *r = str_alloc(&StrType, outlen, maxchar);
    if (!r) return NULL;
    int rk = STR_KIND(r);
    void *o = STR_DATA(r);
    ssize_t j = 0;
#define PUT(ch) str_write(rk, o, j++, (ch))
    PUT(quote);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_READ(kind, d, i);
        if (c == quote || c == '\\') { PUT('\\'); PUT(c); }
        else if (c == '\t') { PUT('\\'); PUT('t'); }
        else if (c == '\n') { PUT('\\'); PUT('n'); }
        else if (c == '\r') { PUT('\\'); PUT('r'); }
        else if ((c >= ' ' && c < 0x7f) || (c > 0x7f && unicode_isprintable(c))) PUT(c);
        else {
            int digits;
            PUT('\\');
            if (c < 0x100) { PUT('x'); digits = 2; }
            else if (c < 0x10000) { PUT('u'); digits = 4; }
            else { PUT('U'); digits = 8; }
            for (int k = digits - 1; k >= 0; k--) PUT((uint8_t)hexdigits[(c >> (4 * k)) & 15]);
        }
    }
    PUT(quote);
#undef PUT
    return r;
}

Object *str_ascii_escape(Object *s) {
    if (STR_IS_ASCII(s)) return NEWREF(s);
    U4Buf b;
    u4_init(&b);
    for (ssize_t i = 0, n = STR_LEN(s); i < n; i++) {
        uint32_t c = STR_AT(s, i);
        if (u4_grow(&b, 10) < 0) { u4_discard(&b); return NULL; }
        if (c < 0x80) { u4_put(&b, c); continue; }
        int digits;
        u4_put(&b, '\\');
        if (c < 0x100) { u4_put(&b, 'x'); digits = 2; }
        else if (c < 0x10000) { u4_put(&b, 'u'); digits = 4; }
        else { u4_put(&b, 'U'); digits = 8; }
        for (int k = digits - 1; k >= 0; k--) u4_put(&b, (uint8_t)hexdigits[(c >> (4 * k)) & 15]);
    }
    return u4_finish(&b);
}

/* ---- the UCS-4 buffer ------------------------------------------------------------------------ */

void u4_init(U4Buf *b) {
    b->p = b->small;
    b->len = 0;
    b->cap = (ssize_t)(sizeof b->small / sizeof b->small[0]);
    b->maxchar = 0;
}

int u4_grow(U4Buf *b, ssize_t extra) {
    if (b->len + extra <= b->cap) return 0;
    if (extra > SSIZE_MAX / 8 - b->len) { err_no_memory(); return -1; }
    ssize_t cap = b->cap + (b->cap >> 1) + extra;
    uint32_t *p;
    if (b->p == b->small) {
        p = mem_alloc((size_t)cap * 4);
        if (p) memcpy(p, b->small, (size_t)b->len * 4);
    } else {
        p = mem_realloc(b->p, (size_t)cap * 4);
    }
    if (!p) { err_no_memory(); return -1; }
    b->p = p;
    b->cap = cap;
    return 0;
}

int u4_append(U4Buf *b, uint32_t c) {
    if (u4_grow(b, 1) < 0) return -1;
    u4_put(b, c);
    return 0;
}

int u4_append_str(U4Buf *b, Object *s) {
    ssize_t n = STR_LEN(s);
    if (u4_grow(b, n) < 0) return -1;
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    for (ssize_t i = 0; i < n; i++) b->p[b->len + i] = STR_READ(kind, d, i);
    b->len += n;
    /* The class of the widest code point (ascii, latin-1, BMP, astral) is all that u4_finish
     * needs, and max_of gives that class exactly since every str is in its narrowest kind. */
    uint32_t m = max_of(s);
    if (n && m > b->maxchar) b->maxchar = m;
    return 0;
}

int u4_append_ascii(U4Buf *b, const char *s, ssize_t n) {
    if (u4_grow(b, n) < 0) return -1;
    for (ssize_t i = 0; i < n; i++) b->p[b->len++] = (uint8_t)s[i];
    return 0;
}

Object *u4_finish(U4Buf *b) {
    Object *r;
    ssize_t n = b->len;
    if (n == 0) r = NEWREF(empty_str);
    else if (n == 1 && b->p[0] < 256) r = NEWREF(str_latin1_char(b->p[0]));
    else {
        r = str_alloc(&StrType, n, b->maxchar);
        if (r) {
            if (STR_KIND(r) == 4) memcpy(STR_DATA(r), b->p, (size_t)n * 4);
            else copy_chars(r, 0, 4, b->p, n);
        }
    }
    u4_discard(b);
    return r;
}

void u4_discard(U4Buf *b) {
    if (b->p != b->small) mem_free(b->p);
    b->p = b->small;
    b->len = 0;
}

/* ---- slots ----------------------------------------------------------------------------------- */

static void str_dealloc(Object *self) {
    StrObject *s = (StrObject *)self;
    if (s->state.interned) intern_remove(self);
    if (!s->state.ascii) mem_free(((CompactStrObject *)s)->utf8);
    if (s->state.compact) {
        mem_free(self);                         /* allocated by str_alloc with mem_alloc */
    } else {
        mem_free(((LegacyStrObject *)s)->data);
        ((LegacyStrObject *)s)->data = NULL;
        TYPE(self)->tp_free(self);
    }
}

static Object *str_tp_str(Object *self) {
    if (IS_STR_EXACT(self)) return NEWREF(self);
    return str_subtype_copy(&StrType, self);
}

static ssize_t str_length(Object *self) { return STR_LEN(self); }

static Object *str_item(Object *self, ssize_t i) {
    if (i < 0 || i >= STR_LEN(self))
        return err_format(&Exc_IndexError, "string index out of range");
    uint32_t c = STR_AT(self, i);
    return str_from_codepoint(c);
}

static Object *str_subscript(Object *self, Object *key) {
    if (IS_INT(key) || (!IS_SLICE(key) && TYPE(key)->tp_as_number &&
                        TYPE(key)->tp_as_number->nb_index)) {
        ssize_t i = IS_INT(key) ? int_as_ssize(key) : num_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred()) {
            if (!err_matches(&Exc_OverflowError)) return NULL;
            err_clear();
            return err_format(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        if (i < 0) i += STR_LEN(self);
        return str_item(self, i);
    }
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, STR_LEN(self), &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) return str_substring(self, start, start + n);
        if (n <= 0) return NEWREF(empty_str);
        int kind = STR_KIND(self);
        const void *d = STR_DATA(self);
        uint32_t m = 0;
        for (ssize_t i = 0, k = start; i < n; i++, k += step) {
            uint32_t c = STR_READ(kind, d, k);
            if (c > m) m = c;
        }
        if (n == 1 && m < 256) return NEWREF(str_latin1_char(m));
        Object *r = str_alloc(&StrType, n, m);
        if (!r) return NULL;
        int rk = STR_KIND(r);
        void *o = STR_DATA(r);
        for (ssize_t i = 0, k = start; i < n; i++, k += step)
            str_write(rk, o, i, STR_READ(kind, d, k));
        return r;
    }
    return err_format(&Exc_TypeError, "string indices must be integers, not '%.200s'",
                      TYPE(key)->tp_name);
}

int str_contains(Object *s, Object *sub) {
    ssize_t n = STR_LEN(sub), len = STR_LEN(s);
    if (n == 0) return 1;
    if (n > len || STR_KIND(sub) > STR_KIND(s)) return 0;
    if (n == 1) return str_find_char(s, STR_AT(sub, 0), 0, len) >= 0;
    int kind = STR_KIND(s);
    if (kind == 1)
        return memmem(STR_DATA(s), (size_t)len, STR_DATA(sub), (size_t)n) != NULL;
    const void *d = STR_DATA(s);
    uint32_t first = STR_AT(sub, 0);
    for (ssize_t i = 0; i + n <= len; i++) {
        if (STR_READ(kind, d, i) != first) continue;
        ssize_t k = 1;
        while (k < n && STR_READ(kind, d, i + k) == STR_AT(sub, k)) k++;
        if (k == n) return 1;
    }
    return 0;
}

static int str_sq_contains(Object *self, Object *item) {
    if (!IS_STR(item)) {
        err_format(&Exc_TypeError, "'in <string>' requires string as left operand, not %.200s",
                   TYPE(item)->tp_name);
        return -1;
    }
    return str_contains(self, item);
}

static Object *str_mod(Object *a, Object *b) {
    if (!IS_STR(a)) RETURN_NOTIMPL;
    return str_percent_format(a, b);
}

/* str(object='') / str(object=b'', encoding='utf-8', errors='strict') */
static Object *str_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (kwnames || nargs != 1) {
        if (args_parse("str", args, nargs, kwnames, kwlist, 0, 3, a) < 0) return NULL;
    } else {
        a[0] = args[0];
    }
    Object *r;
    if (!a[1] && !a[2]) {
        r = a[0] ? obj_str(a[0]) : NEWREF(empty_str);
    } else {
        const char *enc = NULL, *errs = NULL;
        for (int i = 1; i <= 2; i++) {
            if (a[i] && !IS_STR(a[i]))
                return err_format(&Exc_TypeError, "str() argument '%s' must be str, not %.200s",
                                  kwlist[i], TYPE(a[i])->tp_name);
        }
        if (a[1] && !(enc = str_as_utf8(a[1]))) return NULL;
        if (a[2] && !(errs = str_as_utf8(a[2]))) return NULL;
        if (!a[0]) {
            r = NEWREF(empty_str);
        } else {
            const char *p;
            ssize_t n;
            if (IS_STR(a[0]))
                return err_format(&Exc_TypeError, "decoding str is not supported");
            if (!IS_BYTES_LIKE(a[0]))
                return err_format(&Exc_TypeError,
                                  "decoding to str: need a bytes-like object, %.200s found",
                                  TYPE(a[0])->tp_name);
            bytes_view(a[0], &p, &n);
            r = str_decode(p, n, enc, errs);
        }
    }
    if (!r || type == &StrType) return r;
    Object *sub = str_subtype_copy(type, r);
    DECREF(r);
    return sub;
}

/* ---- methods defined here (the rest are in strmethods.c) ------------------------------------- */

Object *str_m_sizeof(Object *self, Object *unused) {
    /* CPython's unicode___sizeof__: a legacy (subclass) string counts PyUnicodeObject and its
     * data block; an ASCII one's UTF-8 is its data, counted once. */
    ssize_t header = !STR_IS_COMPACT(self) ? (ssize_t)sizeof(LegacyStrObject)
                     : STR_IS_ASCII(self) ? ASCII_HEADER : COMPACT_HEADER;
    ssize_t size = header + (STR_LEN(self) + 1) * STR_KIND(self);
    if (!STR_IS_ASCII(self) && ((CompactStrObject *)self)->utf8)
        size += ((CompactStrObject *)self)->utf8_length + 1;
    return int_from_ssize(size);
}

Object *str_m_getnewargs(Object *self, Object *unused) {
    Object *copy = str_substring(self, 0, STR_LEN(self));
    if (!copy) return NULL;
    if (!IS_STR_EXACT(copy)) SETREF(copy, str_subtype_copy(&StrType, self));
    if (!copy) return NULL;
    Object *t = tuple_pack(1, copy);
    DECREF(copy);
    return t;
}

Object *str_m_format_spec(Object *self, Object *spec) {
    if (!IS_STR(spec))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %.200s",
                          TYPE(spec)->tp_name);
    return format_str(self, spec);
}

/* ---- iterators ------------------------------------------------------------------------------- */

typedef struct StrIterObject { OB_HEAD; ssize_t index; Object *seq; } StrIterObject;

static Object *str_iter(Object *self) {
    StrIterObject *it = (StrIterObject *)obj_alloc(STR_IS_ASCII(self) ? &StrAsciiIterType
                                                                      : &StrIterType);
    if (!it) return NULL;
    it->index = 0;
    it->seq = NEWREF(self);
    return (Object *)it;
}

static void striter_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((StrIterObject *)self)->seq);
    TYPE(self)->tp_free(self);
}

static Object *striter_next(Object *self) {
    StrIterObject *it = (StrIterObject *)self;
    Object *s = it->seq;
    if (!s) return NULL;
    if (it->index < STR_LEN(s)) {
        uint32_t c = STR_AT(s, it->index);
        it->index++;
        return str_from_codepoint(c);
    }
    it->seq = NULL;
    DECREF(s);
    return NULL;
}

static int striter_traverse(Object *self, visitproc visit, void *arg) {
    Object *s = ((StrIterObject *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *striter_length_hint(Object *self, Object *unused) {
    StrIterObject *it = (StrIterObject *)self;
    ssize_t n = it->seq ? STR_LEN(it->seq) - it->index : 0;
    return int_from_ssize(n < 0 ? 0 : n);
}


static MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define STRITER_TYPE(cname, pyname)                                                  \
    TypeObject cname = {                                                             \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0),                                      \
        .tp_name = pyname,                                                           \
        .tp_basicsize = sizeof(StrIterObject),                                       \
        .tp_flags = TPFLAGS_HAVE_GC,                                                 \
        .tp_dealloc = striter_dealloc,                                               \
        .tp_free = obj_free,                                                         \
        .tp_traverse = striter_traverse,                                             \
        .tp_iter = iter_self,                                                        \
        .tp_iternext = striter_next,                                                 \
        .tp_methods = striter_methods,                                               \
        .tp_hash = NULL,                                                             \
    };
STRITER_TYPE(StrIterType, "str_iterator")
STRITER_TYPE(StrAsciiIterType, "str_ascii_iterator")

/* ---- the type object ------------------------------------------------------------------------- */

static NumberMethods str_as_number = {
    .nb_remainder = str_mod,
};

static SequenceMethods str_as_sequence = {
    .sq_length = str_length,
    .sq_concat = str_concat,
    .sq_repeat = str_repeat,
    .sq_item = str_item,
    .sq_contains = str_sq_contains,
};

static MappingMethods str_as_mapping = {
    .mp_length = str_length,
    .mp_subscript = str_subscript,
};

TypeObject StrType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "str",
    /* CPython's str.__basicsize__ (80) and __itemsize__ (0): sizeof(PyUnicodeObject), the
     * layout of subclass instances (their code points are in a separate buffer). */
    .tp_basicsize = sizeof(LegacyStrObject),
    .tp_itemsize = 0,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object.",
    .tp_dealloc = str_dealloc,
    .tp_free = obj_free,
    .tp_repr = str_repr,
    .tp_str = str_tp_str,
    .tp_hash = str_tp_hash,
    .tp_richcompare = str_richcompare,
    .tp_as_number = &str_as_number,
    .tp_as_sequence = &str_as_sequence,
    .tp_as_mapping = &str_as_mapping,
    .tp_iter = str_iter,
    .tp_methods = str_methods,
    .tp_new = str_tp_new,
};

/* ---- start-up -------------------------------------------------------------------------------- */

Object *str_intern_cstr(const char *s) {
    Object *o = str_from_cstr(s);
    if (o) str_intern_in_place(&o);
    return o;
}

void str_intern_in_place(Object **p) {
    Object *s = *p;
    if (!IS_STR_EXACT(s) || ((StrObject *)s)->state.interned) return;
    Object *t = intern_lookup(s);
    if (t) {
        INCREF(t);
        *p = t;
        DECREF(s);
        return;
    }
    if (intern_add(s) < 0) err_clear();   /* not interning is harmless */
}

static void fatal(const char *what) {
    fprintf(stderr, "Fatal error: strings_init: %s\n", what);
    abort();
}

/* CPython 3.11 starts with these one-character strings already interned as objects of their
 * own — static strings of its deep-frozen start-up modules and identifier table — rather than
 * as the latin-1 singletons.  So there the constant 'x' and sys.intern(chr(120)) are that
 * other object, and `chr(120) is 'x'` is False, while `chr(48) is '0'` is True.  The list is
 * measured on CPython 3.11.7: the c for which the constant c is not chr(ord(c)). */
static const char frozen_one_char_names[] = "BCLST_abcdefhijklmnopqrstvwxy";

static void intern_one_char_strings(void) {
    for (const char *p = frozen_one_char_names; *p; p++) {
        Object *s = str_alloc(&StrType, 1, (uint8_t)*p);
        if (!s) fatal("out of memory");
        str_write(1, STR_DATA(s), 0, (uint8_t)*p);
        s->ob_refcnt = IMMORTAL_REFCNT;
        str_intern_in_place(&s);
    }
    for (uint32_t c = 0; c < 256; c++)
        if (c == 0 || !strchr(frozen_one_char_names, (int)c)) str_intern_in_place(&latin1[c]);
}

void strings_init(void) {
    static bool done;
    if (done) return;
    done = true;
    hash_init();
    empty_str = str_alloc(&StrType, 0, 0);
    if (!empty_str) fatal("out of memory");
    empty_str->ob_refcnt = IMMORTAL_REFCNT;
    for (uint32_t c = 0; c < 256; c++)
        if (!str_latin1_char(c)) fatal("out of memory");
    str_intern_in_place(&empty_str);
    intern_one_char_strings();
#define MAKE_ID_(n) if (!(identifiers.n = str_intern_cstr(#n))) fatal("out of memory");
#define MAKE_ID2_(n, text) if (!(identifiers.n = str_intern_cstr(text))) fatal("out of memory");
    IDENTIFIER_LIST(MAKE_ID_)
    IDENTIFIER_LIST2(MAKE_ID2_)
#undef MAKE_ID_
#undef MAKE_ID2_
    TypeObject *types[] = {&StrType, &StrIterType, &StrAsciiIterType, &BytesType,
                           &BytesIterType, &ByteArrayType, &ByteArrayIterType, &MemoryViewType};
    bytes_init();
    bytearray_init();
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) fatal(types[i]->tp_name);
}
