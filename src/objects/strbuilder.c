/* strbuilder.c — StrBuilder, and str_from_format (CPython's PyUnicode_FromFormat).
 *
 * A builder collects UTF-8 in one growing buffer and remembers the class of the widest code
 * point appended (ASCII, latin-1, BMP, astral), so sb_finish() can allocate the final string in
 * its narrowest kind at once and decode straight into it.  Lone surrogates are carried through
 * as their 3-byte sequences (never produced by valid UTF-8 input, so nothing is ambiguous).
 *
 * An append that fails (memory, or an exception raised by repr()) sets `failed`; later appends
 * are ignored and sb_finish() returns NULL with that exception still set, so a caller may check
 * only the result of sb_finish(). */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include <string.h>
#include <stdio.h>
#include <limits.h>

/* Initial capacity: most messages and reprs are shorter. */
#define SB_INITIAL 64

void sb_init(StrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->maxchar = 0;
    sb->failed = false;
}

static int sb_reserve(StrBuilder *sb, ssize_t extra) {
    if (sb->failed) return -1;
    if (sb->len + extra <= sb->cap) return 0;
    if (extra > SSIZE_MAX / 2 - sb->len) {
        err_no_memory();
        sb->failed = true;
        return -1;
    }
    ssize_t cap = sb->cap ? sb->cap : SB_INITIAL;
    while (cap < sb->len + extra) cap *= 2;
    char *p = mem_realloc(sb->buf, (size_t)cap);
    if (!p) {
        err_no_memory();
        sb->failed = true;
        return -1;
    }
    sb->buf = p;
    sb->cap = cap;
    return 0;
}

static inline uint32_t class_of(uint32_t c) {
    return c < 0x80 ? 0x7f : c < 0x100 ? 0xff : c < 0x10000 ? 0xffff : 0x10ffff;
}

int sb_append_char(StrBuilder *sb, uint32_t c) {
    if (sb_reserve(sb, 4) < 0) return -1;
    char *q = sb->buf + sb->len;
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
    sb->len = q - sb->buf;
    if (c > sb->maxchar) sb->maxchar = class_of(c);
    return 0;
}

int sb_append_str(StrBuilder *sb, Object *s) {
    ssize_t n = str_utf8_size(s);
    if (sb_reserve(sb, n) < 0) return -1;
    str_utf8_copy(s, sb->buf + sb->len);
    sb->len += n;
    if (!STR_IS_ASCII(s)) {
        int k = STR_KIND(s);
        uint32_t m = k == 1 ? 0xff : k == 2 ? 0xffff : 0x10ffff;
        if (m > sb->maxchar) sb->maxchar = m;
    }
    return 0;
}

int sb_append_utf8(StrBuilder *sb, const char *s, ssize_t n) {
    if (n < 0) n = (ssize_t)strlen(s);
    if (n == 0) return 0;       /* an empty builder has no buffer yet: nothing to copy into */
    ssize_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i < n) {
        /* Non-ASCII: decode (invalid bytes become U+FFFD) to learn the width and be safe. */
        if (sb_reserve(sb, 0) < 0) return -1;
        Object *str = str_from_utf8_lossy(s, n);
        if (!str) { sb->failed = true; return -1; }
        int r = sb_append_str(sb, str);
        DECREF(str);
        return r;
    }
    if (sb_reserve(sb, n) < 0) return -1;
    memcpy(sb->buf + sb->len, s, (size_t)n);
    sb->len += n;
    return 0;
}

int sb_append_cstr(StrBuilder *sb, const char *s) {
    return sb_append_utf8(sb, s, (ssize_t)strlen(s));
}

int sb_append_repr(StrBuilder *sb, Object *o) {
    if (sb->failed) return -1;
    Object *r = obj_repr(o);
    if (!r) { sb->failed = true; return -1; }
    int res = sb_append_str(sb, r);
    DECREF(r);
    return res;
}

int sb_append_format(StrBuilder *sb, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    int r = sb_append_vformat(sb, fmt, va);
    va_end(va);
    return r;
}

void sb_discard(StrBuilder *sb) {
    mem_free(sb->buf);
    sb_init(sb);
}

Object *sb_finish(StrBuilder *sb) {
    if (sb->failed) {
        sb_discard(sb);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)sb->buf;
    ssize_t n = sb->len;
    Object *r;
    if (sb->maxchar < 0x80) {
        r = str_from_kind_data(1, p, n);
    } else {
        ssize_t count = 0;
        for (ssize_t i = 0; i < n; i++) count += (p[i] & 0xC0) != 0x80;
        r = str_new(count, sb->maxchar);
        if (r) {
            int kind = STR_KIND(r);
            void *d = STR_DATA(r);
            for (ssize_t i = 0, j = 0; i < n; j++) {
                uint32_t c = p[i];
                int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                if (len == 2) c &= 0x1F;
                else if (len == 3) c &= 0x0F;
                else if (len == 4) c &= 0x07;
                for (int k = 1; k < len; k++) c = (c << 6) | (p[i + k] & 0x3F);
                i += len;
                if (kind == 1) ((uint8_t *)d)[j] = (uint8_t)c;
                else if (kind == 2) ((uint16_t *)d)[j] = (uint16_t)c;
                else ((uint32_t *)d)[j] = c;
            }
            /* One character below 256 must be the cached singleton. */
            if (count == 1 && kind == 1) {
                uint32_t c = ((uint8_t *)d)[0];
                DECREF(r);
                r = NEWREF(str_latin1_char(c));
            }
        }
    }
    sb_discard(sb);
    return r;
}

/* ---- PyUnicode_FromFormat -------------------------------------------------------------------- */

/* Append s padded to `width` code points and cut to `prec` (-1: no limit). */
static int append_padded(StrBuilder *sb, Object *s, int width, int prec, bool left) {
    ssize_t n = STR_LEN(s);
    Object *cut = NULL;
    if (prec >= 0 && n > prec) {
        cut = str_substring(s, 0, prec);
        if (!cut) { sb->failed = true; return -1; }
        s = cut;
        n = prec;
    }
    int r = 0;
    if (!left) for (ssize_t i = n; i < width && r == 0; i++) r = sb_append_char(sb, ' ');
    if (r == 0) r = sb_append_str(sb, s);
    if (left) for (ssize_t i = n; i < width && r == 0; i++) r = sb_append_char(sb, ' ');
    XDECREF(cut);
    return r;
}

static int append_object(StrBuilder *sb, Object *s, int width, int prec, bool left) {
    if (!s) { sb->failed = true; return -1; }
    int r =
        (width < 0 && prec < 0) ? sb_append_str(sb, s) : append_padded(sb, s, width, prec, left);
    DECREF(s);
    return r;
}

int sb_append_vformat(StrBuilder *sb, const char *fmt, va_list va_in) {
    va_list va;
    va_copy(va, va_in);
    const char *f = fmt;
    while (*f && !sb->failed) {
        if (*f != '%') {
            const char *run = f;
            while (*f && *f != '%') f++;
            sb_append_utf8(sb, run, f - run);
            continue;
        }
        const char *spec = f++;
        if (*f == '%') { sb_append_char(sb, '%'); f++; continue; }
        bool left = false, zero = false;
        while (*f == '-' || *f == '0') {
            if (*f == '-') left = true; else zero = true;
            f++;
        }
        int width = -1, prec = -1;
        if (*f == '*') { width = va_arg(va, int); f++; }
        else if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            if (*f == '*') { prec = va_arg(va, int); f++; }
            else {
                prec = 0;
                while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
            }
        }
        int lng = 0;    /* 1: l, 2: ll, 3: z */
        if (*f == 'l') { lng = 1; f++; if (*f == 'l') { lng = 2; f++; } }
        else if (*f == 'z') { lng = 3; f++; }
        char conv = *f ? *f++ : '\0';
        char num[96], cfmt[32];
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            /* Rebuild a C format with the same flags, width and precision. */
            int k = 0;
            cfmt[k++] = '%';
            if (left) cfmt[k++] = '-';
            if (zero) cfmt[k++] = '0';
            k += snprintf(cfmt + k, sizeof cfmt - (size_t)k, "%s%s", width >= 0 ? "*" : "",
                          prec >= 0 ? ".*" : "");
            const char *mod = lng == 1 ? "l" : lng == 2 ? "ll" : lng == 3 ? "z" : "";
            snprintf(cfmt + k, sizeof cfmt - (size_t)k, "%s%c", mod, conv == 'i' ? 'd' : conv);
            bool sgn = conv == 'd' || conv == 'i';
            long long sv = 0;
            unsigned long long uv = 0;
            if (sgn) sv = lng == 1 ? va_arg(va, long) : lng == 2 ? va_arg(va, long long)
                        : lng == 3 ? (long long)va_arg(va, ssize_t) : va_arg(va, int);
            else
                uv = lng == 1   ? va_arg(va, unsigned long)
                     : lng == 2 ? va_arg(va, unsigned long long)
                     : lng == 3 ? va_arg(va, size_t)
                                : va_arg(va, unsigned int);
            /* Pass the value at the width the modifier names. */
            int w = width, pr = prec;
#define EMIT(v)                                                    \
    (w >= 0 && pr >= 0 ? snprintf(num, sizeof num, cfmt, w, pr, v) \
     : w >= 0          ? snprintf(num, sizeof num, cfmt, w, v)     \
     : pr >= 0         ? snprintf(num, sizeof num, cfmt, pr, v)    \
                       : snprintf(num, sizeof num, cfmt, v))
            if (sgn) {
                if (lng == 1) EMIT((long)sv);
                else if (lng == 2) EMIT(sv);
                else if (lng == 3) EMIT((ssize_t)sv);
                else EMIT((int)sv);
            } else {
                if (lng == 1) EMIT((unsigned long)uv);
                else if (lng == 2) EMIT(uv);
                else if (lng == 3) EMIT((size_t)uv);
                else EMIT((unsigned int)uv);
            }
#undef EMIT
            sb_append_cstr(sb, num);
            break;
        }
        case 'c':
            sb_append_char(sb, (uint32_t)va_arg(va, int));
            break;
        case 'p': {
            void *ptr = va_arg(va, void *);
            snprintf(num, sizeof num, "%p", ptr);
            /* CPython always shows the 0x prefix (some libcs omit it). */
            if (num[0] != '0' || (num[1] != 'x' && num[1] != 'X')) {
                snprintf(num, sizeof num, "0x%llx", (unsigned long long)(uintptr_t)ptr);
            }
            sb_append_cstr(sb, num);
            break;
        }
        case 's': {
            const char *s = va_arg(va, const char *);
            if (!s) s = "(null)";
            if (width < 0 && prec < 0) sb_append_cstr(sb, s);
            else append_object(sb, str_from_utf8_lossy(s, -1), width, prec, left);
            break;
        }
        case 'U':
            append_object(sb, NEWREF(va_arg(va, Object *)), width, prec, left);
            break;
        case 'V': {
            Object *o = va_arg(va, Object *);
            const char *s = va_arg(va, const char *);
            append_object(sb, o ? NEWREF(o) : str_from_utf8_lossy(s, -1), width, prec, left);
            break;
        }
        case 'S': append_object(sb, obj_str(va_arg(va, Object *)), width, prec, left); break;
        case 'R': append_object(sb, obj_repr(va_arg(va, Object *)), width, prec, left); break;
        case 'A': append_object(sb, obj_ascii(va_arg(va, Object *)), width, prec, left); break;
        default:
            /* Unknown conversion: CPython copies the rest of the format verbatim. */
            sb_append_cstr(sb, spec);
            f = spec + strlen(spec);
            break;
        }
    }
    va_end(va);
    return sb->failed ? -1 : 0;
}

Object *str_from_formatv(const char *fmt, va_list va) {
    StrBuilder sb;
    sb_init(&sb);
    sb_append_vformat(&sb, fmt, va);
    return sb_finish(&sb);
}

Object *str_from_format(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    Object *r = str_from_formatv(fmt, va);
    va_end(va);
    return r;
}
