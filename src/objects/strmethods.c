/* strmethods.c — the methods of str (find, split, replace, case mappings, predicates, ...).
 *
 * Every method works on the code-point arrays directly, in the strings' own kinds.  Since every
 * str is stored in its narrowest kind (str.c), a needle wider than the haystack cannot occur in
 * it, and a narrower needle is widened once into a scratch buffer, so the search loops compare
 * like with like.  Kind-1 searches use memchr/memmem (glibc's two-way search); others a
 * first-character scan.
 *
 * Case mappings use the full mappings of unicodedb (so 'ß'.upper() == 'SS'), with CPython's
 * final-sigma rule in lower(), title(), capitalize() and swapcase(), and an ASCII fast path. */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include "unicodedb.h"
#include <string.h>
#include <limits.h>

#define MAX_FOR(o) (STR_IS_ASCII(o) ? 127u : STR_KIND(o) == 1 ? 255u : \
                    STR_KIND(o) == 2 ? 65535u : 0x10ffffu)

static inline void wr(int kind, void *d, ssize_t i, uint32_t c) {
    if (kind == 1) ((uint8_t *)d)[i] = (uint8_t)c;
    else if (kind == 2) ((uint16_t *)d)[i] = (uint16_t)c;
    else ((uint32_t *)d)[i] = c;
}

/* Result of a method that may return self unchanged: exact str shares, subclasses copy. */
static Object *unchanged(Object *self) {
    if (IS_STR_EXACT(self)) return NEWREF(self);
    return str_subtype_copy(&StrType, self);
}

/* ---- searching ------------------------------------------------------------------------------- */

typedef struct Needle { const void *p; ssize_t n; void *tmp; } Needle;

/* Make sub comparable with a haystack of `kind`: 1 when it cannot occur there (wider), 0 ready,
 * -1 MemoryError. */
static int needle_init(Needle *nd, Object *sub, int kind) {
    int sk = STR_KIND(sub);
    nd->n = STR_LEN(sub);
    nd->tmp = NULL;
    if (sk > kind) return 1;
    if (sk == kind) { nd->p = STR_DATA(sub); return 0; }
    nd->tmp = mem_alloc((size_t)(nd->n * kind) + 1);
    if (!nd->tmp) { err_no_memory(); return -1; }
    for (ssize_t i = 0; i < nd->n; i++) wr(kind, nd->tmp, i, STR_AT(sub, i));
    nd->p = nd->tmp;
    return 0;
}

static void needle_free(Needle *nd) { mem_free(nd->tmp); }

/* First (or last, when reverse) index of needle p[0:m] in h[start:end], or -1. */
static ssize_t search(int kind, const void *h, ssize_t start, ssize_t end, const void *p,
                      ssize_t m, bool reverse) {
    if (kind == 1) return strlib_search1(h, start, end, p, m, reverse);
    if (end - start < m) return -1;
    if (m == 0) return reverse ? end : start;
    const char *hb = h, *pb = p;
    if (!reverse) {
        uint32_t first = STR_READ(kind, p, 0);
        for (ssize_t i = start; i + m <= end; i++) {
            if (STR_READ(kind, h, i) == first &&
                (m == 1 || memcmp(hb + i * kind, pb, (size_t)(m * kind)) == 0))
                return i;
        }
        return -1;
    }
    uint32_t first = STR_READ(kind, p, 0);
    for (ssize_t i = end - m; i >= start; i--) {
        if (STR_READ(kind, h, i) == first &&
            (m == 1 || memcmp(hb + i * kind, pb, (size_t)(m * kind)) == 0))
            return i;
    }
    return -1;
}

/* Index of sub in s[start:end] (indices already adjusted), or -1; -2 on error. */
static ssize_t find_in(Object *s, Object *sub, ssize_t start, ssize_t end, bool reverse) {
    if (start > STR_LEN(s)) return -1;
    Needle nd;
    int r = needle_init(&nd, sub, STR_KIND(s));
    if (r) return r > 0 ? -1 : -2;
    ssize_t i = search(STR_KIND(s), STR_DATA(s), start, end, nd.p, nd.n, reverse);
    needle_free(&nd);
    return i;
}

/* Non-overlapping occurrences of sub in s[start:end], at most maxcount; -1 on error. */
static ssize_t count_in(Object *s, Object *sub, ssize_t start, ssize_t end, ssize_t maxcount) {
    if (start > STR_LEN(s)) return 0;
    if (STR_LEN(sub) == 0) {
        ssize_t n = end - start + 1;
        if (n < 0) n = 0;
        return n < maxcount ? n : maxcount;
    }
    Needle nd;
    int r = needle_init(&nd, sub, STR_KIND(s));
    if (r) return r > 0 ? 0 : -1;
    ssize_t count = 0, i = start;
    while (count < maxcount) {
        i = search(STR_KIND(s), STR_DATA(s), i, end, nd.p, nd.n, false);
        if (i < 0) break;
        count++;
        i += nd.n;
    }
    needle_free(&nd);
    return count;
}

static int slice_index(Object *o, ssize_t *out) {
    if (o == NONE) return 0;
    if (!IS_INT(o) && !(TYPE(o)->tp_as_number && TYPE(o)->tp_as_number->nb_index)) {
        err_set_string(&Exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t v = num_as_ssize(o, NULL);
    if (v == -1 && err_occurred()) return -1;
    *out = v;
    return 0;
}

/* Arguments (sub[, start[, end]]) of find & co, of str and of bytes. */
int strlib_find_arity(const char *name, ssize_t nargs) {
    if (nargs < 1) {
        err_format(&Exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -1;
    }
    if (nargs > 3) {
        err_format(&Exc_TypeError, "%s() takes at most 3 arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

int strlib_find_range(Object *const *args, ssize_t nargs, ssize_t *start, ssize_t *end) {
    *start = 0;
    *end = SSIZE_MAX;
    if (nargs > 1 && slice_index(args[1], start) < 0) return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0) return -1;
    return 0;
}

int strlib_find_args(const char *name, Object *const *args, ssize_t nargs, Object **sub,
                     ssize_t *start, ssize_t *end) {
    if (strlib_find_arity(name, nargs) < 0) return -1;
    *sub = args[0];
    return strlib_find_range(args, nargs, start, end);
}

static int need_str(Object *o) {
    if (IS_STR(o)) return 0;
    err_format(&Exc_TypeError, "must be str, not %.100s", TYPE(o)->tp_name);
    return -1;
}

static Object *find_common(Object *self, Object *const *args, ssize_t nargs, const char *name,
                           bool reverse, bool raise) {
    Object *sub;
    ssize_t start, end;
    if (strlib_find_args(name, args, nargs, &sub, &start, &end) < 0 || need_str(sub) < 0)
        return NULL;
    strlib_adjust(&start, &end, STR_LEN(self));
    ssize_t i = find_in(self, sub, start, end, reverse);
    if (i == -2) return NULL;
    if (i == -1 && raise) return err_format(&Exc_ValueError, "substring not found");
    return int_from_ssize(i);
}

STRLIB_FIND_METHODS(str, find_common)

static Object *str_count(Object *self, Object *const *args, ssize_t nargs) {
    Object *sub;
    ssize_t start, end;
    if (strlib_find_args("count", args, nargs, &sub, &start, &end) < 0 || need_str(sub) < 0)
        return NULL;
    strlib_adjust(&start, &end, STR_LEN(self));
    ssize_t n = count_in(self, sub, start, end, SSIZE_MAX);
    return n < 0 ? NULL : int_from_ssize(n);
}

/* Does s[start:end] start (or end) with sub?  Indices not yet adjusted. */
static int tailmatch(Object *s, Object *sub, ssize_t start, ssize_t end, bool at_end) {
    ssize_t len = STR_LEN(s), m = STR_LEN(sub);
    strlib_adjust(&start, &end, len);
    end -= m;
    if (end < start) return 0;
    if (m == 0) return 1;
    if (STR_KIND(sub) > STR_KIND(s)) return 0;
    ssize_t at = at_end ? end : start;
    if (STR_KIND(sub) == STR_KIND(s))
        return memcmp((char *)STR_DATA(s) + at * STR_KIND(s), STR_DATA(sub),
                      (size_t)(m * STR_KIND(s))) == 0;
    for (ssize_t i = 0; i < m; i++)
        if (STR_AT(s, at + i) != STR_AT(sub, i)) return 0;
    return 1;
}

static Object *startend(Object *self, Object *const *args, ssize_t nargs, const char *name,
                        bool at_end) {
    Object *sub;
    ssize_t start, end;
    if (strlib_find_args(name, args, nargs, &sub, &start, &end) < 0) return NULL;
    if (IS_TUPLE(sub)) {
        for (ssize_t i = 0; i < TUPLE_LEN(sub); i++) {
            Object *x = TUPLE_GET(sub, i);
            if (!IS_STR(x))
                return err_format(&Exc_TypeError, "tuple for %s must only contain str, not %.100s",
                                  name, TYPE(x)->tp_name);
            if (tailmatch(self, x, start, end, at_end)) RETURN_TRUE;
        }
        RETURN_FALSE;
    }
    if (!IS_STR(sub))
        return err_format(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %.100s",
                          name, TYPE(sub)->tp_name);
    return bool_from(tailmatch(self, sub, start, end, at_end));
}

static Object *str_startswith(Object *self, Object *const *args, ssize_t nargs) {
    return startend(self, args, nargs, "startswith", false);
}
static Object *str_endswith(Object *self, Object *const *args, ssize_t nargs) {
    return startend(self, args, nargs, "endswith", true);
}

/* ---- case mappings --------------------------------------------------------------------------- */

static inline bool ascii_lower(uint32_t c) { return c >= 'a' && c <= 'z'; }
static inline bool ascii_upper(uint32_t c) { return c >= 'A' && c <= 'Z'; }

/* Final sigma: 'Σ' at i lowers to 'ς' when a cased letter precedes it and none follows (skipping
 * case-ignorable characters both ways). */
static uint32_t lower_sigma(Object *s, ssize_t i) {
    ssize_t n = STR_LEN(s), j = i - 1;
    while (j >= 0 && unicode_iscaseignorable(STR_AT(s, j))) j--;
    bool final = j >= 0 && unicode_iscased(STR_AT(s, j));
    if (final) {
        j = i + 1;
        while (j < n && unicode_iscaseignorable(STR_AT(s, j))) j++;
        final = j == n || !unicode_iscased(STR_AT(s, j));
    }
    return final ? 0x3C2 : 0x3C3;
}

static int map_lower(Object *s, ssize_t i, uint32_t c, uint32_t out[3]) {
    if (c == 0x3A3) { out[0] = lower_sigma(s, i); return 1; }
    return unicode_case_map(c, UDB_MAP_LOWER, out);
}

enum { CM_LOWER, CM_UPPER, CM_CASEFOLD, CM_SWAPCASE, CM_TITLE, CM_CAPITALIZE };

static Object *case_map(Object *self, int mode) {
    ssize_t n = STR_LEN(self);
    if (STR_IS_ASCII(self)) {
        Object *r = str_new(n, 127);
        if (!r || n == 0) return r;
        const uint8_t *p = STR_DATA(self);
        uint8_t *q = STR_DATA(r);
        bool prev_cased = false;
        for (ssize_t i = 0; i < n; i++) {
            uint8_t c = p[i];
            bool up = ascii_upper(c), lo = ascii_lower(c);
            switch (mode) {
            case CM_LOWER: case CM_CASEFOLD: if (up) c += 32; break;
            case CM_UPPER: if (lo) c -= 32; break;
            case CM_SWAPCASE: if (up) c += 32; else if (lo) c -= 32; break;
            case CM_TITLE:
                if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            default:    /* capitalize */
                if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
                break;
            }
            q[i] = c;
        }
        return r;
    }
    U4Buf b;
    u4_init(&b);
    bool prev_cased = false;
    uint32_t m[3];
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_AT(self, i);
        int k;
        switch (mode) {
        case CM_LOWER: k = map_lower(self, i, c, m); break;
        case CM_UPPER: k = unicode_case_map(c, UDB_MAP_UPPER, m); break;
        case CM_CASEFOLD: k = unicode_case_map(c, UDB_MAP_FOLD, m); break;
        case CM_SWAPCASE:
            if (unicode_isupper(c)) k = map_lower(self, i, c, m);
            else if (unicode_islower(c)) k = unicode_case_map(c, UDB_MAP_UPPER, m);
            else { m[0] = c; k = 1; }
            break;
        case CM_TITLE:
            k = prev_cased ? map_lower(self, i, c, m) : unicode_case_map(c, UDB_MAP_TITLE, m);
            prev_cased = unicode_iscased(c);
            break;
        default:
            k = i == 0 ? unicode_case_map(c, UDB_MAP_TITLE, m) : map_lower(self, i, c, m);
            break;
        }
        if (u4_grow(&b, k) < 0) { u4_discard(&b); return NULL; }
        for (int j = 0; j < k; j++) u4_put(&b, m[j]);
    }
    return u4_finish(&b);
}

static Object *str_lower(Object *self, Object *u) { return case_map(self, CM_LOWER); }
static Object *str_upper(Object *self, Object *u) { return case_map(self, CM_UPPER); }
static Object *str_casefold(Object *self, Object *u) { return case_map(self, CM_CASEFOLD); }
static Object *str_swapcase(Object *self, Object *u) { return case_map(self, CM_SWAPCASE); }
static Object *str_title(Object *self, Object *u) { return case_map(self, CM_TITLE); }
static Object *str_capitalize(Object *self, Object *u) { return case_map(self, CM_CAPITALIZE); }

/* ---- predicates ------------------------------------------------------------------------------ */

static Object *all_chars(Object *self, bool (*pred)(uint32_t), bool empty_result) {
    ssize_t n = STR_LEN(self);
    if (n == 0) return bool_from(empty_result);
    int kind = STR_KIND(self);
    const void *d = STR_DATA(self);
    for (ssize_t i = 0; i < n; i++)
        if (!pred(STR_READ(kind, d, i))) RETURN_FALSE;
    RETURN_TRUE;
}

static bool p_alpha(uint32_t c) { return unicode_isalpha(c); }
static bool p_alnum(uint32_t c) { return unicode_isalnum(c); }
static bool p_decimal(uint32_t c) { return unicode_isdecimal(c); }
static bool p_digit(uint32_t c) { return unicode_isdigit(c); }
static bool p_numeric(uint32_t c) { return unicode_isnumeric(c); }
static bool p_space(uint32_t c) { return unicode_isspace(c); }
static bool p_printable(uint32_t c) {
    return (c >= ' ' && c < 0x7f) || (c > 0x7f && unicode_isprintable(c));
}

static Object *str_isalpha(Object *self, Object *u) { return all_chars(self, p_alpha, false); }
static Object *str_isalnum(Object *self, Object *u) { return all_chars(self, p_alnum, false); }
static Object *str_isdecimal(Object *self, Object *u) { return all_chars(self, p_decimal, false); }
static Object *str_isdigit(Object *self, Object *u) { return all_chars(self, p_digit, false); }
static Object *str_isnumeric(Object *self, Object *u) { return all_chars(self, p_numeric, false); }
static Object *str_isspace(Object *self, Object *u) { return all_chars(self, p_space, false); }
static Object *str_isprintable(Object *self, Object *u) {
    return all_chars(self, p_printable, true);
}
static Object *str_isascii(Object *self, Object *u) { return bool_from(STR_IS_ASCII(self)); }

/* islower() (upper false) or isupper(): a cased character, and none of the other case or title. */
static inline Object *str_iscase(Object *self, bool upper) {
    bool cased = false;
    for (ssize_t i = 0, n = STR_LEN(self); i < n; i++) {
        uint32_t c = STR_AT(self, i);
        if ((upper ? unicode_islower(c) : unicode_isupper(c)) || unicode_istitle(c)) RETURN_FALSE;
        if (!cased && (upper ? unicode_isupper(c) : unicode_islower(c))) cased = true;
    }
    return bool_from(cased);
}

static Object *str_islower(Object *self, Object *u) { return str_iscase(self, false); }
static Object *str_isupper(Object *self, Object *u) { return str_iscase(self, true); }

static Object *str_istitle(Object *self, Object *u) {
    bool cased = false, prev_cased = false;
    for (ssize_t i = 0, n = STR_LEN(self); i < n; i++) {
        uint32_t c = STR_AT(self, i);
        if (unicode_isupper(c) || unicode_istitle(c)) {
            if (prev_cased) RETURN_FALSE;
            prev_cased = cased = true;
        } else if (unicode_islower(c)) {
            if (!prev_cased) RETURN_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_from(cased);
}

bool str_is_identifier(Object *s) {
    ssize_t n = STR_LEN(s);
    if (n == 0) return false;
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    if (!unicode_isxidstart(STR_READ(kind, d, 0))) return false;
    for (ssize_t i = 1; i < n; i++)
        if (!unicode_isxidcontinue(STR_READ(kind, d, i))) return false;
    return true;
}

static Object *str_isidentifier(Object *self, Object *u) {
    return bool_from(str_is_identifier(self));
}

/* ---- strip, padding -------------------------------------------------------------------------- */

static Object *do_strip(Object *self, Object *const *args, ssize_t nargs, int how,
                        const char *name) {
    if (args_check_positional(name, nargs, 0, 1) < 0) return NULL;
    Object *chars = nargs ? args[0] : NONE;
    if (chars != NONE && !IS_STR(chars))
        return err_format(&Exc_TypeError, "%s arg must be None or str", name);
    ssize_t i = 0, j = STR_LEN(self);
    int kind = STR_KIND(self);
    const void *d = STR_DATA(self);
    if (chars == NONE) {
        if (how & STRIP_LEFT) while (i < j && unicode_isspace(STR_READ(kind, d, i))) i++;
        if (how & STRIP_RIGHT) while (j > i && unicode_isspace(STR_READ(kind, d, j - 1))) j--;
    } else {
        ssize_t nc = STR_LEN(chars);
        if (how & STRIP_LEFT)
            while (i < j && str_find_char(chars, STR_READ(kind, d, i), 0, nc) >= 0) i++;
        if (how & STRIP_RIGHT)
            while (j > i && str_find_char(chars, STR_READ(kind, d, j - 1), 0, nc) >= 0) j--;
    }
    if (i == 0 && j == STR_LEN(self)) return unchanged(self);
    return str_substring(self, i, j);
}

STRLIB_STRIP_METHODS(str, do_strip)

/* self with `left` and `right` copies of fill around it. */
static Object *pad(Object *self, ssize_t left, ssize_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return unchanged(self);
    ssize_t n = STR_LEN(self);
    uint32_t m = MAX_FOR(self);
    if (fill > m) m = fill;
    Object *r = str_new(left + n + right, m);
    if (!r) return NULL;
    int kind = STR_KIND(r);
    void *d = STR_DATA(r);
    for (ssize_t i = 0; i < left; i++) wr(kind, d, i, fill);
    for (ssize_t i = 0; i < n; i++) wr(kind, d, left + i, STR_AT(self, i));
    for (ssize_t i = 0; i < right; i++) wr(kind, d, left + n + i, fill);
    return r;
}

static int parse_just(const char *name, Object *const *args, ssize_t nargs, ssize_t *width,
                      uint32_t *fill) {
    if (args_check_positional(name, nargs, 1, 2) < 0) return -1;
    *width = num_as_ssize(args[0], &Exc_OverflowError);
    if (*width == -1 && err_occurred()) return -1;
    *fill = ' ';
    if (nargs > 1) {
        Object *f = args[1];
        if (!IS_STR(f)) {
            err_format(&Exc_TypeError, "The fill character must be a unicode character, not %.100s",
                       TYPE(f)->tp_name);
            return -1;
        }
        if (STR_LEN(f) != 1) {
            err_set_string(&Exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = STR_AT(f, 0);
    }
    return 0;
}

static Object *str_ljust(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t w;
    uint32_t f;
    if (parse_just("ljust", args, nargs, &w, &f) < 0) return NULL;
    return pad(self, 0, w - STR_LEN(self), f);
}

static Object *str_rjust(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t w;
    uint32_t f;
    if (parse_just("rjust", args, nargs, &w, &f) < 0) return NULL;
    return pad(self, w - STR_LEN(self), 0, f);
}

static Object *str_center(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t w;
    uint32_t f;
    if (parse_just("center", args, nargs, &w, &f) < 0) return NULL;
    ssize_t marg = w - STR_LEN(self);
    if (marg <= 0) return unchanged(self);
    /* CPython puts the odd space on the left when the width is odd. */
    ssize_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}

static Object *str_zfill(Object *self, Object *arg) {
    ssize_t w = num_as_ssize(arg, &Exc_OverflowError);
    if (w == -1 && err_occurred()) return NULL;
    ssize_t fill = w - STR_LEN(self);
    if (fill <= 0) return unchanged(self);
    Object *r = pad(self, fill, 0, '0');
    if (!r) return NULL;
    uint32_t c = STR_AT(r, fill);
    if (c == '+' || c == '-') {
        /* The sign moves in front of the zeros. */
        wr(STR_KIND(r), STR_DATA(r), 0, c);
        wr(STR_KIND(r), STR_DATA(r), fill, '0');
    }
    return r;
}

static Object *str_expandtabs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"tabsize", NULL};
    Object *a[1] = {NULL};
    if (args_parse("expandtabs", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    ssize_t tabsize = 8;
    if (a[0]) {
        tabsize = num_as_ssize(a[0], &Exc_OverflowError);
        if (tabsize == -1 && err_occurred()) return NULL;
    }
    if (str_find_char(self, '\t', 0, STR_LEN(self)) < 0) return unchanged(self);
    U4Buf b;
    u4_init(&b);
    ssize_t col = 0;
    for (ssize_t i = 0, n = STR_LEN(self); i < n; i++) {
        uint32_t c = STR_AT(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                ssize_t k = tabsize - col % tabsize;
                if (u4_grow(&b, k) < 0) goto fail;
                for (ssize_t j = 0; j < k; j++) u4_put(&b, ' ');
                col += k;
            }
            continue;
        }
        if (u4_append(&b, c) < 0) goto fail;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    return u4_finish(&b);
fail:
    u4_discard(&b);
    return NULL;
}

/* ---- split, join, partition, replace --------------------------------------------------------- */

static int append_piece(Object *list, Object *self, ssize_t i, ssize_t j) {
    Object *p = (i == 0 && j == STR_LEN(self)) ? unchanged(self) : str_substring(self, i, j);
    if (!p) return -1;
    int r = list_append(list, p);
    DECREF(p);
    return r;
}

static int parse_split(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                       Object **sep, ssize_t *maxsplit) {
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, 0, 2, a) < 0) return -1;
    *sep = a[0] && a[0] != NONE ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1]) {
        *maxsplit = num_as_ssize(a[1], &Exc_OverflowError);
        if (*maxsplit == -1 && err_occurred()) return -1;
    }
    if (*maxsplit < 0) *maxsplit = SSIZE_MAX;
    if (*sep) {
        if (!IS_STR(*sep)) {
            err_format(&Exc_TypeError, "must be str or None, not %.100s", TYPE(*sep)->tp_name);
            return -1;
        }
        if (STR_LEN(*sep) == 0) {
            err_set_string(&Exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static Object *split_impl(Object *self, Object *sep, ssize_t maxsplit, bool reverse) {
    Object *list = list_new(0);
    if (!list) return NULL;
    ssize_t n = STR_LEN(self);
    int kind = STR_KIND(self);
    const void *d = STR_DATA(self);
    if (!sep) {
        /* Runs of whitespace separate; leading and trailing whitespace gives no empty pieces. */
        if (!reverse) {
            ssize_t i = 0;
            while (true) {
                while (i < n && unicode_isspace(STR_READ(kind, d, i))) i++;
                if (i == n) break;
                if (maxsplit-- == 0) {     /* the rest, trailing whitespace included */
                    if (append_piece(list, self, i, n) < 0) goto fail;
                    break;
                }
                ssize_t j = i;
                while (j < n && !unicode_isspace(STR_READ(kind, d, j))) j++;
                if (append_piece(list, self, i, j) < 0) goto fail;
                i = j;
            }
        } else {
            ssize_t j = n;
            while (true) {
                while (j > 0 && unicode_isspace(STR_READ(kind, d, j - 1))) j--;
                if (j == 0) break;
                if (maxsplit-- == 0) {     /* the rest, leading whitespace included */
                    if (append_piece(list, self, 0, j) < 0) goto fail;
                    break;
                }
                ssize_t i = j;
                while (i > 0 && !unicode_isspace(STR_READ(kind, d, i - 1))) i--;
                if (append_piece(list, self, i, j) < 0) goto fail;
                j = i;
            }
            if (list_reverse(list) < 0) goto fail;
        }
        return list;
    }
    Needle nd;
    int r = needle_init(&nd, sep, kind);
    if (r < 0) goto fail;
    if (r > 0) {
        if (append_piece(list, self, 0, n) < 0) goto fail;
        return list;
    }
    if (!reverse) {
        ssize_t i = 0;
        while (maxsplit-- > 0) {
            ssize_t k = search(kind, d, i, n, nd.p, nd.n, false);
            if (k < 0) break;
            if (append_piece(list, self, i, k) < 0) { needle_free(&nd); goto fail; }
            i = k + nd.n;
        }
        if (append_piece(list, self, i, n) < 0) { needle_free(&nd); goto fail; }
    } else {
        ssize_t j = n;
        while (maxsplit-- > 0) {
            ssize_t k = search(kind, d, 0, j, nd.p, nd.n, true);
            if (k < 0) break;
            if (append_piece(list, self, k + nd.n, j) < 0) { needle_free(&nd); goto fail; }
            j = k;
        }
        if (append_piece(list, self, 0, j) < 0 || list_reverse(list) < 0) {
            needle_free(&nd);
            goto fail;
        }
    }
    needle_free(&nd);
    return list;
fail:
    DECREF(list);
    return NULL;
}

static Object *str_split(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *sep;
    ssize_t maxsplit;
    if (parse_split("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    return split_impl(self, sep, maxsplit, false);
}

static Object *str_rsplit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *sep;
    ssize_t maxsplit;
    if (parse_split("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    return split_impl(self, sep, maxsplit, true);
}

static inline bool is_linebreak(uint32_t c) {
    return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

static Object *str_splitlines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"keepends", NULL};
    Object *a[1] = {NULL};
    if (args_parse("splitlines", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    bool keep = false;
    if (a[0]) {
        ssize_t v = num_as_ssize(a[0], NULL);
        if (v == -1 && err_occurred()) return NULL;
        keep = v != 0;
    }
    Object *list = list_new(0);
    if (!list) return NULL;
    ssize_t n = STR_LEN(self), i = 0;
    while (i < n) {
        ssize_t j = i;
        while (j < n && !is_linebreak(STR_AT(self, j))) j++;
        ssize_t eol = j;
        if (j < n) {
            if (STR_AT(self, j) == '\r' && j + 1 < n && STR_AT(self, j + 1) == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (append_piece(list, self, i, eol) < 0) { DECREF(list); return NULL; }
        i = j;
    }
    return list;
}

Object *str_join(Object *sep, Object *iterable) {
    Object *seq;
    if (IS_LIST_EXACT(iterable) || IS_TUPLE_EXACT(iterable)) {
        seq = NEWREF(iterable);
    } else {
        seq = seq_list(iterable);
        if (!seq) {
            if (err_matches(&Exc_TypeError) && !TYPE(iterable)->tp_iter &&
                !(TYPE(iterable)->tp_as_sequence && TYPE(iterable)->tp_as_sequence->sq_item)) {
                err_clear();
                err_set_string(&Exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
    }
    Object **items = IS_TUPLE(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
    ssize_t count = IS_TUPLE(seq) ? TUPLE_LEN(seq) : LIST_LEN(seq);
    Object *r = NULL;
    if (count == 1 && IS_STR_EXACT(items[0])) {
        r = NEWREF(items[0]);
        goto done;
    }
    ssize_t seplen = STR_LEN(sep), total = 0;
    uint32_t m = count > 1 ? MAX_FOR(sep) : 0;
    for (ssize_t i = 0; i < count; i++) {
        Object *it = items[i];
        if (!IS_STR(it)) {
            err_format(&Exc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                       i, TYPE(it)->tp_name);
            goto done;
        }
        ssize_t add = STR_LEN(it) + (i ? seplen : 0);
        if (total > SSIZE_MAX - add) {
            err_set_string(&Exc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
        total += add;
        if (STR_LEN(it) && MAX_FOR(it) > m) m = MAX_FOR(it);
    }
    r = str_new(total, m);
    if (!r || total == 0) goto done;
    {
        int kind = STR_KIND(r);
        char *d = STR_DATA(r);
        ssize_t at = 0;
        for (ssize_t i = 0; i < count; i++) {
            if (i && seplen) {
                if (STR_KIND(sep) == kind)
                    memcpy(d + at * kind, STR_DATA(sep), (size_t)(seplen * kind));
                else for (ssize_t k = 0; k < seplen; k++) wr(kind, d, at + k, STR_AT(sep, k));
                at += seplen;
            }
            Object *it = items[i];
            ssize_t len = STR_LEN(it);
            if (STR_KIND(it) == kind) memcpy(d + at * kind, STR_DATA(it), (size_t)(len * kind));
            else for (ssize_t k = 0; k < len; k++) wr(kind, d, at + k, STR_AT(it, k));
            at += len;
        }
    }
done:
    DECREF(seq);
    return r;
}

static Object *str_m_join(Object *self, Object *iterable) { return str_join(self, iterable); }

static Object *partition(Object *self, Object *sep, bool reverse) {
    if (need_str(sep) < 0) return NULL;
    if (STR_LEN(sep) == 0) return err_format(&Exc_ValueError, "empty separator");
    ssize_t n = STR_LEN(self);
    ssize_t k = find_in(self, sep, 0, n, reverse);
    if (k == -2) return NULL;
    Object *a, *b, *c;
    if (k < 0) {
        Object *whole = unchanged(self);
        if (!whole) return NULL;
        Object *t = reverse ? tuple_pack(3, empty_str, empty_str, whole)
                            : tuple_pack(3, whole, empty_str, empty_str);
        DECREF(whole);
        return t;
    }
    a = str_substring(self, 0, k);
    b = IS_STR_EXACT(sep) ? NEWREF(sep) : str_subtype_copy(&StrType, sep);
    c = str_substring(self, k + STR_LEN(sep), n);
    return strlib_triple(a, b, c);
}

Object *strlib_triple(Object *a, Object *b, Object *c) {
    Object *t = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return t;
}

static Object *str_partition(Object *self, Object *sep) { return partition(self, sep, false); }
static Object *str_rpartition(Object *self, Object *sep) { return partition(self, sep, true); }

static Object *str_replace(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("replace", nargs, 2, 3) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (!IS_STR(args[i]))
            return err_format(&Exc_TypeError, "replace() argument %d must be str, not %.100s",
                              i + 1, TYPE(args[i])->tp_name);
    Object *old = args[0], *new = args[1];
    ssize_t maxcount = -1;
    if (nargs > 2) {
        maxcount = num_as_ssize(args[2], &Exc_OverflowError);
        if (maxcount == -1 && err_occurred()) return NULL;
    }
    if (maxcount < 0) maxcount = SSIZE_MAX;
    ssize_t n = STR_LEN(self), on = STR_LEN(old), nn = STR_LEN(new);
    ssize_t count = count_in(self, old, 0, n, maxcount);
    if (count < 0) return NULL;
    if (count == 0) return unchanged(self);
    if (nn > on && (nn - on) > (SSIZE_MAX - n) / count)
        return err_format(&Exc_OverflowError, "replace string is too long");
    ssize_t total = n + count * (nn - on);
    uint32_t m = MAX_FOR(self);
    if (nn && MAX_FOR(new) > m) m = MAX_FOR(new);
    Object *r = str_new(total, m);
    if (!r || total == 0) return r;
    int kind = STR_KIND(r), skind = STR_KIND(self);
    void *d = STR_DATA(r);
    const void *s = STR_DATA(self);
    ssize_t at = 0, i = 0;
    if (on == 0) {
        /* Empty old: new goes before each character, `count` times. */
        for (ssize_t c = 0; c < count; c++) {
            for (ssize_t j = 0; j < nn; j++) wr(kind, d, at++, STR_AT(new, j));
            if (i < n) wr(kind, d, at++, STR_READ(skind, s, i++));
        }
    } else {
        Needle nd;
        if (needle_init(&nd, old, skind) != 0) { DECREF(r); return NULL; }
        for (ssize_t c = 0; c < count; c++) {
            ssize_t k = search(skind, s, i, n, nd.p, nd.n, false);
            if (skind == kind) {
                memcpy((char *)d + at * kind, (const char *)s + i * kind, (size_t)((k - i) * kind));
                at += k - i;
            } else {
                for (ssize_t j = i; j < k; j++) wr(kind, d, at++, STR_READ(skind, s, j));
            }
            for (ssize_t j = 0; j < nn; j++) wr(kind, d, at++, STR_AT(new, j));
            i = k + on;
        }
        needle_free(&nd);
    }
    for (ssize_t j = i; j < n; j++) wr(kind, d, at++, STR_READ(skind, s, j));
    /* The replaced text may have held the only wide characters: keep the narrowest kind. */
    if (m > 127) {
        uint32_t real = str_max_char(kind, d, total);
        if ((real < 128) || (real < 256 ? 1 : real < 65536 ? 2 : 4) != kind) {
            Object *x = str_from_kind_data(kind, d, total);
            DECREF(r);
            r = x;
        }
    }
    return r;
}

static Object *str_removeprefix(Object *self, Object *p) {
    if (!IS_STR(p))
        return err_format(&Exc_TypeError, "removeprefix() argument must be str, not %.100s",
                          TYPE(p)->tp_name);
    if (tailmatch(self, p, 0, SSIZE_MAX, false) && STR_LEN(p))
        return str_substring(self, STR_LEN(p), STR_LEN(self));
    return unchanged(self);
}

static Object *str_removesuffix(Object *self, Object *p) {
    if (!IS_STR(p))
        return err_format(&Exc_TypeError, "removesuffix() argument must be str, not %.100s",
                          TYPE(p)->tp_name);
    if (STR_LEN(p) && tailmatch(self, p, 0, SSIZE_MAX, true))
        return str_substring(self, 0, STR_LEN(self) - STR_LEN(p));
    return unchanged(self);
}

/* ---- translate, maketrans -------------------------------------------------------------------- */

static Object *str_translate(Object *self, Object *table) {
    U4Buf b;
    u4_init(&b);
    for (ssize_t i = 0, n = STR_LEN(self); i < n; i++) {
        uint32_t c = STR_AT(self, i);
        Object *key = int_from_long((long)c);
        if (!key) goto fail;
        Object *v = obj_getitem(table, key);
        DECREF(key);
        if (!v) {
            if (!err_matches(&Exc_LookupError)) goto fail;
            err_clear();
            if (u4_append(&b, c) < 0) goto fail;
            continue;
        }
        int r = 0;
        if (v == NONE) {
        } else if (IS_INT(v)) {
            long x = int_as_long(v);
            if ((x == -1 && err_occurred()) || x < 0 || x > 0x10ffff) {
                err_clear();
                err_set_string(&Exc_ValueError, "character mapping must be in range(0x110000)");
                r = -1;
            } else {
                r = u4_append(&b, (uint32_t)x);
            }
        } else if (IS_STR(v)) {
            r = u4_append_str(&b, v);
        } else {
            err_set_string(&Exc_TypeError, "character mapping must return integer, None or str");
            r = -1;
        }
        DECREF(v);
        if (r < 0) goto fail;
    }
    return u4_finish(&b);
fail:
    u4_discard(&b);
    return NULL;
}

static Object *str_maketrans(Object *unused, Object *const *args, ssize_t nargs) {
    if (args_check_positional("maketrans", nargs, 1, 3) < 0) return NULL;
    Object *d = dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        Object *x = args[0], *k, *v;
        if (!IS_DICT(x)) {
            err_set_string(&Exc_TypeError,
                           "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        ssize_t pos = 0;
        while (dict_next(x, &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (STR_LEN(k) != 1) {
                    err_set_string(&Exc_ValueError,
                                   "string keys in translate table must be of length 1");
                    goto fail;
                }
                Object *ik = int_from_long((long)STR_AT(k, 0));
                if (!ik) goto fail;
                int r = dict_setitem(d, ik, v);
                DECREF(ik);
                if (r < 0) goto fail;
            } else if (IS_INT(k)) {
                if (dict_setitem(d, k, v) < 0) goto fail;
            } else {
                err_set_string(&Exc_TypeError,
                               "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    for (ssize_t i = 0; i < nargs; i++)
        if (!IS_STR(args[i])) {
            err_format(&Exc_TypeError, "maketrans() argument %zd must be str, not %.100s",
                       i + 1, TYPE(args[i])->tp_name);
            goto fail;
        }
    Object *x = args[0], *y = args[1];
    if (STR_LEN(x) != STR_LEN(y)) {
        err_set_string(&Exc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (ssize_t i = 0; i < STR_LEN(x); i++) {
        Object *k = int_from_long((long)STR_AT(x, i));
        Object *v = int_from_long((long)STR_AT(y, i));
        int r = k && v ? dict_setitem(d, k, v) : -1;
        XDECREF(k);
        XDECREF(v);
        if (r < 0) goto fail;
    }
    if (nargs == 3) {
        Object *z = args[2];
        for (ssize_t i = 0; i < STR_LEN(z); i++) {
            Object *k = int_from_long((long)STR_AT(z, i));
            int r = k ? dict_setitem(d, k, NONE) : -1;
            XDECREF(k);
            if (r < 0) goto fail;
        }
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

/* ---- encode, format -------------------------------------------------------------------------- */

/* The (encoding=None, errors=None) arguments of str.encode and bytes.decode, as UTF-8 (NULL when
 * absent) in s[0] and s[1]. */
int strlib_codec_args(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                      const char *s[2]) {
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, 0, 2, a) < 0) return -1;
    s[0] = s[1] = NULL;
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!IS_STR(a[i])) {
            err_format(&Exc_TypeError, "%s() argument '%s' must be str, not %.100s", name,
                       kwlist[i], TYPE(a[i])->tp_name);
            return -1;
        }
        if (!(s[i] = str_as_utf8(a[i]))) return -1;
    }
    return 0;
}

static Object *str_m_encode(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    const char *s[2];
    if (strlib_codec_args("encode", args, nargs, kwnames, s) < 0) return NULL;
    return str_encode(self, s[0], s[1]);
}

static Object *str_m_format(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return str_format_method(self, args, nargs, kwnames);
}

static Object *str_m_format_map(Object *self, Object *mapping) {
    return str_format_map(self, mapping);
}

MethodDef str_methods[] = {
    {"encode", str_m_encode, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"replace", str_replace, METH_FASTCALL, NULL},
    {"split", str_split, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"rsplit", str_rsplit, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"join", str_m_join, METH_O, NULL},
    {"capitalize", str_capitalize, METH_NOARGS, NULL},
    {"casefold", str_casefold, METH_NOARGS, NULL},
    {"title", str_title, METH_NOARGS, NULL},
    {"center", str_center, METH_FASTCALL, NULL},
    {"count", str_count, METH_FASTCALL, NULL},
    {"expandtabs", str_expandtabs, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"find", str_find, METH_FASTCALL, NULL},
    {"partition", str_partition, METH_O, NULL},
    {"index", str_index, METH_FASTCALL, NULL},
    {"ljust", str_ljust, METH_FASTCALL, NULL},
    {"lower", str_lower, METH_NOARGS, NULL},
    {"lstrip", str_lstrip, METH_FASTCALL, NULL},
    {"rfind", str_rfind, METH_FASTCALL, NULL},
    {"rindex", str_rindex, METH_FASTCALL, NULL},
    {"rjust", str_rjust, METH_FASTCALL, NULL},
    {"rstrip", str_rstrip, METH_FASTCALL, NULL},
    {"rpartition", str_rpartition, METH_O, NULL},
    {"splitlines", str_splitlines, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"strip", str_strip, METH_FASTCALL, NULL},
    {"swapcase", str_swapcase, METH_NOARGS, NULL},
    {"translate", str_translate, METH_O, NULL},
    {"upper", str_upper, METH_NOARGS, NULL},
    {"startswith", str_startswith, METH_FASTCALL, NULL},
    {"endswith", str_endswith, METH_FASTCALL, NULL},
    {"removeprefix", str_removeprefix, METH_O, NULL},
    {"removesuffix", str_removesuffix, METH_O, NULL},
    {"isascii", str_isascii, METH_NOARGS, NULL},
    {"islower", str_islower, METH_NOARGS, NULL},
    {"isupper", str_isupper, METH_NOARGS, NULL},
    {"istitle", str_istitle, METH_NOARGS, NULL},
    {"isspace", str_isspace, METH_NOARGS, NULL},
    {"isdecimal", str_isdecimal, METH_NOARGS, NULL},
    {"isdigit", str_isdigit, METH_NOARGS, NULL},
    {"isnumeric", str_isnumeric, METH_NOARGS, NULL},
    {"isalpha", str_isalpha, METH_NOARGS, NULL},
    {"isalnum", str_isalnum, METH_NOARGS, NULL},
    {"isidentifier", str_isidentifier, METH_NOARGS, NULL},
    {"isprintable", str_isprintable, METH_NOARGS, NULL},
    {"zfill", str_zfill, METH_O, NULL},
    {"format", str_m_format, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"format_map", str_m_format_map, METH_O, NULL},
    {"__format__", str_m_format_spec, METH_O, NULL},
    {"maketrans", str_maketrans, METH_FASTCALL | METH_STATIC, NULL},
    {"__sizeof__", str_m_sizeof, METH_NOARGS, NULL},
    {"__getnewargs__", str_m_getnewargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
