/* format.c — formatting: the format-spec mini-language (format(), __format__), printf-style
 * formatting (str % args, bytes % args) and str.format / str.format_map.
 *
 * format-spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type] is parsed once
 * into a Spec, validated per type with CPython's messages, and numbers are laid out by one
 * routine (render_number): sign, prefix, digits (grouped by 3, or by 4 for '_' with b/o/x/X),
 * the rest (fraction, exponent, '%'), then padding by alignment.  Zero padding with '='
 * alignment and grouping extends the digits themselves, so separators appear in the padding
 * ('0,001,234'), as CPython does.  Output is collected in a U4Buf (fill may be any code point).
 *
 * Integers become digits through int_to_decimal_string / int_to_base; floats through
 * double_to_string (numbers.h), in lower case — upper-case types are applied here — and without
 * the sign and negative-zero flags, which are applied here too (one place for the rules).
 *
 * printf-style formatting shares the engine between str and bytes: output is collected as code
 * points (bytes mode stays below 256) and turned into bytes at the end. */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include <string.h>
#include <stdio.h>
#include <limits.h>
#include <math.h>

/* ---- the format-spec mini-language ----------------------------------------------------------- */

typedef struct Spec {
    uint32_t fill;
    uint32_t align;         /* '<' '>' '^' '=' */
    uint32_t sign;          /* 0, '+', '-', ' ' */
    bool no_neg_0, alternate;
    ssize_t width;          /* -1: none */
    uint32_t thousands;     /* 0, ',' or '_' */
    int group;              /* digits per group: 3, or 4 for '_' with b/o/x/X */
    ssize_t precision;      /* -1: none */
    uint32_t type;          /* 0: none */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Digits at *pos: the number of digits read (0 for none), -1 on overflow (error set). */
static int read_int(Object *s, ssize_t *pos, ssize_t *out) {
    ssize_t v = 0;
    int n = 0;
    while (*pos < STR_LEN(s)) {
        uint32_t c = STR_AT(s, *pos);
        if (c < '0' || c > '9') break;
        if (v > (SSIZE_MAX - (ssize_t)(c - '0')) / 10) {
            err_set_string(&Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (ssize_t)(c - '0');
        (*pos)++;
        n++;
    }
    *out = v;
    return n;
}

static void bad_thousands(uint32_t sep, uint32_t type) {
    if (type > 32 && type < 127)
        err_format(&Exc_ValueError, "Cannot specify '%c' with '%c'.", (int)sep, (int)type);
    else
        err_format(&Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", (int)sep, (unsigned)type);
}

static int parse_spec(Object *spec, Spec *f, uint32_t default_type, uint32_t default_align,
                      Object *value) {
    ssize_t n = spec ? STR_LEN(spec) : 0, pos = 0;
    bool fill_given = false, align_given = false;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = f->alternate = false;
    f->width = f->precision = -1;
    f->thousands = 0;
    f->group = 3;
    f->type = default_type;
    if (n == 0) return 0;
    if (n >= 2 && is_align(STR_AT(spec, 1))) {
        f->fill = STR_AT(spec, 0);
        f->align = STR_AT(spec, 1);
        fill_given = align_given = true;
        pos = 2;
    } else if (is_align(STR_AT(spec, 0))) {
        f->align = STR_AT(spec, 0);
        align_given = true;
        pos = 1;
    }
    if (pos < n) {
        uint32_t c = STR_AT(spec, pos);
        if (c == '+' || c == '-' || c == ' ') { f->sign = c; pos++; }
    }
    if (pos < n && STR_AT(spec, pos) == 'z') { f->no_neg_0 = true; pos++; }
    if (pos < n && STR_AT(spec, pos) == '#') { f->alternate = true; pos++; }
    if (!fill_given && pos < n && STR_AT(spec, pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    ssize_t w;
    int k = read_int(spec, &pos, &w);
    if (k < 0) return -1;
    if (k > 0) f->width = w;
    if (pos < n && STR_AT(spec, pos) == ',') { f->thousands = ','; pos++; }
    if (pos < n && STR_AT(spec, pos) == '_') {
        if (f->thousands) {
            err_set_string(&Exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->thousands = '_';
        pos++;
    }
    if (pos < n && STR_AT(spec, pos) == ',' && f->thousands == '_') {
        err_set_string(&Exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < n && STR_AT(spec, pos) == '.') {
        pos++;
        ssize_t p;
        k = read_int(spec, &pos, &p);
        if (k < 0) return -1;
        if (k == 0) {
            err_set_string(&Exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        f->precision = p;
    }
    if (n - pos > 1) {
        err_format(&Exc_ValueError, "Invalid format specifier '%U' for object of type '%.200s'",
                   spec, TYPE(value)->tp_name);
        return -1;
    }
    if (n - pos == 1) f->type = STR_AT(spec, pos);
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') { f->group = 4; break; }
            /* fall through */
        default:
            bad_thousands(f->thousands, f->type);
            return -1;
        }
    }
    return 0;
}

static Object *unknown_code(uint32_t type, Object *value) {
    if (type > 32 && type < 128)
        return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                          (int)type, TYPE(value)->tp_name);
    return err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                      (unsigned)type, TYPE(value)->tp_name);
}

static int put_fill(U4Buf *b, uint32_t fill, ssize_t n) {
    if (n <= 0) return 0;
    if (u4_grow(b, n) < 0) return -1;
    for (ssize_t i = 0; i < n; i++) u4_put(b, fill);
    return 0;
}

/* Padding before and after a body of `len` characters, by alignment. */
static void split_padding(const Spec *f, ssize_t len, ssize_t *left, ssize_t *right) {
    ssize_t pad = f->width > len ? f->width - len : 0;
    switch (f->align) {
    case '<': *left = 0; *right = pad; break;
    case '^': *left = pad / 2; *right = pad - pad / 2; break;
    default: *left = pad; *right = 0; break;    /* '>' ('=' is handled by the caller) */
    }
}

Object *format_str(Object *s, Object *spec) {
    if (!spec || STR_LEN(spec) == 0)
        return IS_STR_EXACT(s) ? NEWREF(s) : str_subtype_copy(&StrType, s);
    Spec f;
    if (parse_spec(spec, &f, 's', '<', s) < 0) return NULL;
    if (f.type != 's') return unknown_code(f.type, s);
    if (f.sign) {
        return err_format(&Exc_ValueError, f.sign == ' '
                                               ? "Space not allowed in string format specifier"
                                               : "Sign not allowed in string format specifier");
    }
    if (f.no_neg_0)
        return err_format(&Exc_ValueError,
                          "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return err_format(&Exc_ValueError,
                          "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return err_format(&Exc_ValueError, "'=' alignment not allowed in string format specifier");
    ssize_t len = STR_LEN(s);
    if (f.precision >= 0 && len > f.precision) len = f.precision;
    if (len == STR_LEN(s) && f.width <= len)
        return IS_STR_EXACT(s) ? NEWREF(s) : str_subtype_copy(&StrType, s);
    ssize_t left, right;
    split_padding(&f, len, &left, &right);
    U4Buf b;
    u4_init(&b);
    Object *body = str_substring(s, 0, len);
    if (!body || put_fill(&b, f.fill, left) < 0 || u4_append_str(&b, body) < 0 ||
        put_fill(&b, f.fill, right) < 0) {
        XDECREF(body);
        u4_discard(&b);
        return NULL;
    }
    DECREF(body);
    return u4_finish(&b);
}

/* Lay out a number.  digits: the integer digits (ASCII, may be empty for inf/nan); rest: what
 * follows them (decimal point, fraction, exponent, '%', or "inf").  Appends to b. */
static int render_number(U4Buf *b, const Spec *f, bool negative, const char *prefix,
                         const char *digits, ssize_t nd, const char *rest, ssize_t nrest,
                         bool use_sign_spec) {
    uint32_t sign = negative         ? '-'
                    : !use_sign_spec ? 0
                    : f->sign == '+' ? '+'
                    : f->sign == ' ' ? ' '
                                     : 0;
    ssize_t np = (ssize_t)strlen(prefix), ns = sign ? 1 : 0;
    uint32_t sep = f->thousands;
    int group = f->group;
    /* How many digits, counting zero padding done inside the grouping. */
    ssize_t ndig = nd;
    if (sep && nd > 0 && f->fill == '0' && f->align == '=' && f->width > 0) {
        ssize_t need = f->width - ns - np - nrest;
        while (ndig + (ndig - 1) / group < need) ndig++;
    }
    ssize_t nseps = sep && ndig > 0 ? (ndig - 1) / group : 0;
    ssize_t body = ns + np + ndig + nseps + nrest;
    ssize_t left = 0, right = 0, mid = 0;
    if (f->align == '=') mid = f->width > body ? f->width - body : 0;
    else split_padding(f, body, &left, &right);
    if (u4_grow(b, body + left + right + mid) < 0) return -1;
    for (ssize_t i = 0; i < left; i++) u4_put(b, f->fill);
    if (sign) u4_put(b, sign);
    for (ssize_t i = 0; i < np; i++) u4_put(b, (uint8_t)prefix[i]);
    for (ssize_t i = 0; i < mid; i++) u4_put(b, f->fill);
    for (ssize_t i = 0; i < ndig; i++) {
        ssize_t from_right = ndig - i;     /* digits remaining including this one */
        if (sep && i > 0 && from_right % group == 0) u4_put(b, sep);
        ssize_t k = i - (ndig - nd);       /* index into digits, negative in the padding */
        u4_put(b, k < 0 ? '0' : (uint8_t)digits[k]);
    }
    for (ssize_t i = 0; i < nrest; i++) u4_put(b, (uint8_t)rest[i]);
    for (ssize_t i = 0; i < right; i++) u4_put(b, f->fill);
    return 0;
}

/* Format a double into b: the shared part of float and complex formatting.  type is the
 * (validated) presentation type, 0 for none; add_dot_0 as the float repr. */
static int render_double(U4Buf *b, const Spec *f, double d, uint32_t type, int flags,
                         bool use_sign_spec, int default_precision) {
    ssize_t prec = f->precision;
    bool pct = false, upper = false;
    char code;
    if (type == 0) {
        code = 'r';
    } else {
        if (type == 'n') type = 'g';
        if (type == '%') { type = 'f'; d *= 100; pct = true; }
        upper = type == 'E' || type == 'F' || type == 'G';
        code = (char)(upper ? type + 32 : type);
    }
    if (prec < 0) prec = default_precision;
    else if (code == 'r') code = 'g';
    if (prec > INT_MAX) {
        err_set_string(&Exc_ValueError, "precision too big");
        return -1;
    }
    if (f->alternate) flags |= DTOS_ALT;
    char *text = double_to_string(d, code, (int)prec, flags);
    if (!text) { if (!err_occurred()) err_no_memory(); return -1; }
    if (upper) for (char *p = text; *p; p++) if (*p >= 'a' && *p <= 'z') *p -= 32;
    const char *p = text;
    bool negative = *p == '-';
    if (negative) p++;
    else if (*p == '+') p++;
    ssize_t nd = 0;
    while (p[nd] >= '0' && p[nd] <= '9') nd++;
    if (negative && f->no_neg_0) {
        /* 'z': a result that rounds to zero loses its minus sign. */
        bool zero = true;
        for (const char *q = p; *q && zero; q++) if (*q >= '1' && *q <= '9') zero = false;
        if (zero && isfinite(d)) negative = false;
    }
    ssize_t nrest = (ssize_t)strlen(p + nd);
    char *rest = mem_alloc((size_t)nrest + 2);
    if (!rest) { mem_free(text); err_no_memory(); return -1; }
    memcpy(rest, p + nd, (size_t)nrest);
    if (pct) rest[nrest++] = '%';
    int r = render_number(b, f, negative, "", p, nd, rest, nrest, use_sign_spec);
    mem_free(rest);
    mem_free(text);
    return r;
}

static bool is_float_type(uint32_t t) {
    return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%' ||
           t == 'n' || t == 0;
}

Object *format_float(double d, Object *spec) {
    Spec f;
    /* Error messages name the value's type: a stack float stands in for the value. */
    FloatObject tmp = { .ob_base = OBJECT_HEAD_INIT(&FloatType), .ob_fval = d };
    if (parse_spec(spec, &f, 0, '>', (Object *)&tmp) < 0) return NULL;
    if (!is_float_type(f.type)) return unknown_code(f.type, (Object *)&tmp);
    U4Buf b;
    u4_init(&b);
    int flags = f.type == 0 ? DTOS_ADD_DOT_0 : 0;
    if (render_double(&b, &f, d, f.type, flags, true, f.type == 0 ? 0 : 6) < 0) {
        u4_discard(&b);
        return NULL;
    }
    return u4_finish(&b);
}

Object *format_complex(double re, double im, Object *spec) {
    Spec f;
    ComplexObject tmp = { .ob_base = OBJECT_HEAD_INIT(&ComplexType), .real = re, .imag = im };
    if (parse_spec(spec, &f, 0, '>', (Object *)&tmp) < 0) return NULL;
    if (!is_float_type(f.type) || f.type == '%') return unknown_code(f.type, (Object *)&tmp);
    if (f.fill == '0')
        return err_format(&Exc_ValueError,
                          "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return err_format(&Exc_ValueError,
                          "'=' alignment flag is not allowed in complex format specifier");
    bool skip_re = false, parens = false;
    if (f.type == 0) {
        if (re == 0.0 && copysign(1.0, re) == 1.0) skip_re = true;
        else parens = true;
    }
    /* Each part is rendered without padding; the whole is padded at the end. */
    Spec part = f;
    part.width = -1;
    part.align = '>';
    U4Buf body;
    u4_init(&body);
    int defprec = f.type == 0 ? 0 : 6;
    if (parens && u4_append(&body, '(') < 0) goto fail;
    if (!skip_re && render_double(&body, &part, re, f.type, 0, true, defprec) < 0) goto fail;
    {
        /* The imaginary part always shows its sign after a real part. */
        Spec ip = part;
        if (!skip_re) ip.sign = '+';
        if (render_double(&body, &ip, im, f.type, 0, true, defprec) < 0) goto fail;
    }
    if (u4_append(&body, 'j') < 0 || (parens && u4_append(&body, ')') < 0)) goto fail;
    ssize_t left, right;
    split_padding(&f, body.len, &left, &right);
    if (left == 0 && right == 0) return u4_finish(&body);
    U4Buf b;
    u4_init(&b);
    if (put_fill(&b, f.fill, left) < 0 || u4_grow(&b, body.len) < 0) { u4_discard(&b); goto fail; }
    for (ssize_t i = 0; i < body.len; i++) u4_put(&b, body.p[i]);
    if (put_fill(&b, f.fill, right) < 0) { u4_discard(&b); goto fail; }
    u4_discard(&body);
    return u4_finish(&b);
fail:
    u4_discard(&body);
    return NULL;
}

/* Digits of |v| in base (10, 2, 8, 16) as a new, unshared str (ASCII), and its sign. */
static Object *int_digits(Object *v, int base, bool *negative) {
    Object *s = base == 10 ? int_to_decimal_string(v) : int_to_base(v, base);
    if (!s) return NULL;
    *negative = STR_LEN(s) > 0 && STR_AT(s, 0) == '-';
    ssize_t skip = (*negative ? 1 : 0) + (base == 10 ? 0 : 2);
    /* A fresh string (never a shared singleton), so callers may upper-case it in place. */
    Object *d = str_new(STR_LEN(s) - skip, 127);
    if (d) memcpy(STR_DATA(d), (char *)STR_DATA(s) + skip, (size_t)(STR_LEN(s) - skip));
    DECREF(s);
    return d;
}

Object *format_int(Object *v, Object *spec) {
    if (!spec || STR_LEN(spec) == 0) return obj_str(v);
    Spec f;
    if (parse_spec(spec, &f, 'd', '>', v) < 0) return NULL;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(v);
        if (d == -1.0 && err_occurred()) return NULL;
        return format_float(d, spec);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return unknown_code(f.type, v);
    }
    if (f.precision >= 0)
        return err_format(&Exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        return err_format(&Exc_ValueError,
                          "Negative zero coercion (z) not allowed in integer format specifier");
    U4Buf b;
    u4_init(&b);
    if (f.type == 'c') {
        if (f.sign)
            return err_format(&Exc_ValueError,
                              "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return err_format(&Exc_ValueError,
                              "Alternate form (#) not allowed with integer format specifier 'c'");
        long x = int_as_long(v);
        if (x == -1 && err_occurred()) return NULL;
        if (x < 0 || x > 0x10ffff)
            return err_format(&Exc_OverflowError, "%%c arg not in range(0x110000)");
        ssize_t left, right;
        split_padding(&f, 1, &left, &right);
        if (f.align == '=') { left = f.width > 1 ? f.width - 1 : 0; right = 0; }
        if (put_fill(&b, f.fill, left) < 0 || u4_append(&b, (uint32_t)x) < 0 ||
            put_fill(&b, f.fill, right) < 0) {
            u4_discard(&b);
            return NULL;
        }
        return u4_finish(&b);
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    bool negative;
    Object *digits = int_digits(v, base, &negative);
    if (!digits) return NULL;
    if (f.type == 'X') {
        char *p = STR_DATA(digits);     /* unshared (int_digits): ours to change */
        for (ssize_t i = 0; i < STR_LEN(digits); i++) if (p[i] >= 'a' && p[i] <= 'f') p[i] -= 32;
    }
    const char *prefix = "";
    if (f.alternate) {
        prefix = f.type == 'b' ? "0b" : f.type == 'o' ? "0o" : f.type == 'x' ? "0x" :
                 f.type == 'X' ? "0X" : "";
    }
    int r = render_number(&b, &f, negative, prefix, STR_DATA(digits), STR_LEN(digits), "", 0, true);
    DECREF(digits);
    if (r < 0) {
        u4_discard(&b);
        return NULL;
    }
    return u4_finish(&b);
}

/* ---- printf-style formatting: str % args, bytes % args --------------------------------------- */

enum { PF_LEFT = 1, PF_SIGN = 2, PF_BLANK = 4, PF_ALT = 8, PF_ZERO = 16 };

typedef struct PctCtx {
    Object *args;           /* the right operand */
    ssize_t argidx, arglen; /* CPython's scheme: arglen -1 for a single non-tuple argument */
    Object *dict;           /* mapping for %(key)s, or NULL */
    bool bytes;             /* formatting bytes */
} PctCtx;

static Object *next_arg(PctCtx *c) {
    if (c->argidx < c->arglen) {
        c->argidx++;
        return c->arglen < 0 ? c->args : TUPLE_GET(c->args, c->argidx - 1);
    }
    return err_format(&Exc_TypeError, "not enough arguments for format string");
}

/* Append text (code points from a str, or bytes) with width/precision and flags. */
static int pct_put_text(U4Buf *b, Object *s, int flags, ssize_t width, ssize_t prec) {
    ssize_t n;
    if (IS_STR(s)) n = STR_LEN(s);
    else n = SIZE(s);
    if (prec >= 0 && n > prec) n = prec;
    ssize_t pad = width > n ? width - n : 0;
    if (!(flags & PF_LEFT) && put_fill(b, ' ', pad) < 0) return -1;
    if (u4_grow(b, n) < 0) return -1;
    if (IS_STR(s)) {
        for (ssize_t i = 0; i < n; i++) u4_put(b, STR_AT(s, i));
    } else {
        const char *p;
        ssize_t len;
        bytes_view(s, &p, &len);
        for (ssize_t i = 0; i < n; i++) u4_put(b, (uint8_t)p[i]);
    }
    if ((flags & PF_LEFT) && put_fill(b, ' ', pad) < 0) return -1;
    return 0;
}

/* Sign, prefix, zero padding to `prec` digits and to the width with '0', or spaces. */
static int pct_put_number(U4Buf *b, bool negative, const char *prefix, const char *digits,
                          ssize_t nd, const char *rest, ssize_t nrest, int flags, ssize_t width,
                          ssize_t prec) {
    char sign = negative ? '-' : (flags & PF_SIGN) ? '+' : (flags & PF_BLANK) ? ' ' : 0;
    ssize_t np = (ssize_t)strlen(prefix);
    ssize_t zeros = prec > nd ? prec - nd : 0;
    ssize_t body = (sign ? 1 : 0) + np + zeros + nd + nrest;
    ssize_t pad = width > body ? width - body : 0;
    if (u4_grow(b, body + pad) < 0) return -1;
    if (pad && !(flags & PF_LEFT) && !(flags & PF_ZERO))
        for (ssize_t i = 0; i < pad; i++) u4_put(b, ' ');
    if (sign) u4_put(b, (uint8_t)sign);
    for (ssize_t i = 0; i < np; i++) u4_put(b, (uint8_t)prefix[i]);
    if (pad && !(flags & PF_LEFT) && (flags & PF_ZERO))
        for (ssize_t i = 0; i < pad; i++) u4_put(b, '0');
    for (ssize_t i = 0; i < zeros; i++) u4_put(b, '0');
    for (ssize_t i = 0; i < nd; i++) u4_put(b, (uint8_t)digits[i]);
    for (ssize_t i = 0; i < nrest; i++) u4_put(b, (uint8_t)rest[i]);
    if (pad && (flags & PF_LEFT))
        for (ssize_t i = 0; i < pad; i++) u4_put(b, ' ');
    return 0;
}

static int pct_integer(U4Buf *b, Object *v, uint32_t type, int flags, ssize_t width, ssize_t prec) {
    Object *iobj;
    bool hexish = type == 'o' || type == 'x' || type == 'X';
    if (IS_INT(v)) {
        iobj = NEWREF(v);
    } else {
        if (!num_check(v)) goto wrongtype;
        iobj = hexish ? num_index(v) : num_long(v);
        if (!iobj) {
            if (err_matches(&Exc_TypeError)) { err_clear(); goto wrongtype; }
            return -1;
        }
    }
    {
        int base = type == 'o' ? 8 : hexish ? 16 : 10;
        bool negative;
        Object *digits = int_digits(iobj, base, &negative);
        DECREF(iobj);
        if (!digits) return -1;
        if (type == 'X') {
            char *p = STR_DATA(digits);
            for (ssize_t i = 0; i < STR_LEN(digits); i++)
                if (p[i] >= 'a' && p[i] <= 'f') p[i] -= 32;
        }
        const char *prefix = !(flags & PF_ALT) ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" :
                             type == 'X' ? "0X" : "";
        int r = pct_put_number(b, negative, prefix, STR_DATA(digits), STR_LEN(digits), "", 0,
                               flags, width, prec);
        DECREF(digits);
        return r;
    }
wrongtype:
    if (hexish)
        err_format(&Exc_TypeError, "%%%c format: an integer is required, not %.200s", (int)type,
                   TYPE(v)->tp_name);
    else
        err_format(&Exc_TypeError, "%%%c format: a real number is required, not %.200s",
                   (int)type, TYPE(v)->tp_name);
    return -1;
}

static int pct_float(U4Buf *b, Object *v, uint32_t type, int flags, ssize_t width, ssize_t prec) {
    if (!IS_FLOAT(v) && !num_check(v)) {
        err_format(&Exc_TypeError, "must be real number, not %.200s", TYPE(v)->tp_name);
        return -1;
    }
    double d = IS_FLOAT(v) ? FLOAT_VAL(v) : float_as_double(v);
    if (d == -1.0 && err_occurred()) return -1;
    if (prec < 0) prec = 6;
    if (prec > INT_MAX) { err_set_string(&Exc_ValueError, "precision too big"); return -1; }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char *text = double_to_string(d, (char)(upper ? type + 32 : type), (int)prec,
                                  (flags & PF_ALT) ? DTOS_ALT : 0);
    if (!text) { if (!err_occurred()) err_no_memory(); return -1; }
    if (upper) for (char *p = text; *p; p++) if (*p >= 'a' && *p <= 'z') *p -= 32;
    const char *p = text;
    bool negative = *p == '-';
    if (negative) p++;
    int r = pct_put_number(b, negative, "", p, (ssize_t)strlen(p), "", 0, flags, width, -1);
    mem_free(text);
    return r;
}

static int pct_char(U4Buf *b, Object *v, PctCtx *c, int flags, ssize_t width) {
    uint32_t ch;
    if (c->bytes) {
        if (IS_BYTES(v) || IS_BYTEARRAY(v)) {
            const char *p;
            ssize_t n;
            bytes_view(v, &p, &n);
            if (n != 1) goto bad_bytes;
            ch = (uint8_t)p[0];
        } else if (IS_INT(v) || (TYPE(v)->tp_as_number && TYPE(v)->tp_as_number->nb_index)) {
            ssize_t x = num_as_ssize(v, NULL);
            if (x == -1 && err_occurred()) return -1;
            if (x < 0 || x > 255) {
                err_set_string(&Exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            ch = (uint32_t)x;
        } else {
        bad_bytes:
            err_set_string(&Exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return -1;
        }
    } else if (IS_STR(v)) {
        if (STR_LEN(v) != 1) goto bad_str;
        ch = STR_AT(v, 0);
    } else if (IS_INT(v)) {
        long x = int_as_long(v);
        if (x == -1 && err_occurred()) {
            if (!err_matches(&Exc_OverflowError)) return -1;
            err_clear();
            x = -1;
        }
        if (x < 0 || x > 0x10ffff) {
            err_set_string(&Exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        ch = (uint32_t)x;
    } else {
    bad_str:
        err_set_string(&Exc_TypeError, "%c requires int or char");
        return -1;
    }
    ssize_t pad = width > 1 ? width - 1 : 0;
    if (!(flags & PF_LEFT) && put_fill(b, ' ', pad) < 0) return -1;
    if (u4_append(b, ch) < 0) return -1;
    if ((flags & PF_LEFT) && put_fill(b, ' ', pad) < 0) return -1;
    return 0;
}

/* The text of v for %s/%r/%a/%b: a new str (str mode) or bytes (bytes mode). */
static Object *pct_text(PctCtx *c, Object *v, uint32_t type) {
    if (!c->bytes) {
        if (type == 's') return obj_str(v);
        return type == 'r' ? obj_repr(v) : obj_ascii(v);
    }
    if (type == 'r' || type == 'a') {
        Object *s = obj_ascii(v);
        if (!s) return NULL;
        Object *r = bytes_from_data(STR_DATA(s), STR_LEN(s));   /* ascii() is ASCII */
        DECREF(s);
        return r;
    }
    if (IS_BYTES(v) || IS_BYTEARRAY(v)) return NEWREF(v);
    static Object *bytes_name;
    if (!bytes_name && !(bytes_name = str_intern_cstr("__bytes__"))) return NULL;
    Object *meth = obj_lookup_special(v, bytes_name);
    if (meth) {
        Object *r = obj_call0(meth);
        DECREF(meth);
        if (r && !IS_BYTES(r)) {
            err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                       TYPE(r)->tp_name);
            CLEAR(r);
        }
        return r;
    }
    if (err_occurred()) return NULL;
    if (obj_has_buffer(v)) return bytes_from_buffer(v);    /* any other exporter (a copy) */
    return err_format(&Exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, "
                      "not '%.200s'", TYPE(v)->tp_name);
}

/* Read the format as code points (str) or bytes. */
static inline uint32_t fmt_at(Object *fmt, bool bytes, ssize_t i) {
    return bytes ? (uint8_t)BYTES_DATA(fmt)[i] : STR_AT(fmt, i);
}

Object *str_percent_format(Object *fmt, Object *args) {
    PctCtx c;
    c.bytes = !IS_STR(fmt);
    c.args = args;
    if (IS_TUPLE(args)) { c.arglen = TUPLE_LEN(args); c.argidx = 0; }
    else { c.arglen = -1; c.argidx = -2; }
    c.dict = NULL;
    /* CPython's test: any mapping-like operand that is not a tuple nor the format's own kind of
     * text (str for str; str and buffers for bytes) may serve %(key)s. */
    if (TYPE(args)->tp_as_mapping && TYPE(args)->tp_as_mapping->mp_subscript && !IS_TUPLE(args) &&
        !IS_STR(args) && !(c.bytes && (IS_BYTES(args) || IS_BYTEARRAY(args))))
        c.dict = args;
    ssize_t n = c.bytes ? BYTES_LEN(fmt) : STR_LEN(fmt);
    U4Buf b;
    u4_init(&b);
    ssize_t i = 0;
    while (i < n) {
        uint32_t ch = fmt_at(fmt, c.bytes, i);
        if (ch != '%') {
            ssize_t j = i;
            while (j < n && fmt_at(fmt, c.bytes, j) != '%') j++;
            if (u4_grow(&b, j - i) < 0) goto fail;
            for (; i < j; i++) u4_put(&b, fmt_at(fmt, c.bytes, i));
            continue;
        }
        ssize_t start = i++;
        if (i >= n) { err_set_string(&Exc_ValueError, "incomplete format"); goto fail; }
        Object *v = NULL, *keyval = NULL;
        if (fmt_at(fmt, c.bytes, i) == '(') {
            if (!c.dict) { err_set_string(&Exc_TypeError, "format requires a mapping"); goto fail; }
            ssize_t depth = 1, k = ++i;
            while (i < n && depth) {
                uint32_t x = fmt_at(fmt, c.bytes, i);
                if (x == '(') depth++;
                else if (x == ')') depth--;
                i++;
            }
            if (depth) { err_set_string(&Exc_ValueError, "incomplete format key"); goto fail; }
            Object *key = c.bytes ? bytes_from_data(BYTES_DATA(fmt) + k, i - 1 - k)
                                  : str_substring(fmt, k, i - 1);
            if (!key) goto fail;
            keyval = obj_getitem(c.dict, key);
            DECREF(key);
            if (!keyval) goto fail;
            c.arglen = -1;
            c.argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t x = fmt_at(fmt, c.bytes, i);
            int fl = x == '-' ? PF_LEFT : x == '+' ? PF_SIGN : x == ' ' ? PF_BLANK :
                     x == '#' ? PF_ALT : x == '0' ? PF_ZERO : 0;
            if (!fl) break;
            flags |= fl;
        }
        ssize_t width = -1, prec = -1;
        for (int part = 0; part < 2; part++) {
            ssize_t *dst = part ? &prec : &width;
            if (part) {
                if (i >= n || fmt_at(fmt, c.bytes, i) != '.') break;
                i++;
                *dst = 0;
            }
            if (i < n && fmt_at(fmt, c.bytes, i) == '*') {
                i++;
                Object *w = next_arg(&c);
                if (!w) { XDECREF(keyval); goto fail; }
                if (!IS_INT(w)) {
                    err_set_string(&Exc_TypeError, "* wants int");
                    XDECREF(keyval);
                    goto fail;
                }
                ssize_t val = int_as_ssize(w);
                if (val == -1 && err_occurred()) { XDECREF(keyval); goto fail; }
                if (!part && val < 0) { flags |= PF_LEFT; val = -val; }
                *dst = part && val < 0 ? -1 : val;
            } else {
                while (i < n) {
                    uint32_t x = fmt_at(fmt, c.bytes, i);
                    if (x < '0' || x > '9') break;
                    if (*dst < 0) *dst = 0;
                    if (*dst > (SSIZE_MAX - 9) / 10) {
                        err_set_string(&Exc_ValueError,
                                       part ? "precision too big" : "width too big");
                        XDECREF(keyval);
                        goto fail;
                    }
                    *dst = *dst * 10 + (ssize_t)(x - '0');
                    i++;
                }
            }
        }
        while (i < n) {     /* length modifiers are accepted and ignored */
            uint32_t x = fmt_at(fmt, c.bytes, i);
            if (x != 'h' && x != 'l' && x != 'L') break;
            i++;
        }
        if (i >= n) {
            err_set_string(&Exc_ValueError, "incomplete format");
            XDECREF(keyval);
            goto fail;
        }
        uint32_t type = fmt_at(fmt, c.bytes, i++);
        if (type == '%' && i - start == 2) {
            XDECREF(keyval);
            if (u4_append(&b, '%') < 0) goto fail;
            continue;
        }
        if (keyval) { v = keyval; c.argidx = -1; }   /* the key's value is the argument (CPython) */
        else if (!(v = next_arg(&c))) goto fail;
        int r;
        switch (type) {
        case '%':
            r = u4_append(&b, '%');
            break;
        case 's': case 'r': case 'a': case 'b':
            if (type == 'b' && !c.bytes) goto unsupported;
            {
                Object *t = pct_text(&c, v, type == 'b' ? 's' : type);
                if (!t) { r = -1; break; }
                r = pct_put_text(&b, t, flags, width, prec);
                DECREF(t);
            }
            break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            r = pct_integer(&b, v, type, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            r = pct_float(&b, v, type, flags, width, prec);
            break;
        case 'c':
            r = pct_char(&b, v, &c, flags, width);
            break;
        default:
        unsupported:
            if (type > 32 && type < 127)
                err_format(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                           (int)type, (unsigned)type, i - 1);
            else
                err_format(&Exc_ValueError,
                           "unsupported format character '\\x%x' (0x%x) at index %zd",
                           (unsigned)type, (unsigned)type, i - 1);
            r = -1;
        }
        XDECREF(keyval);
        if (r < 0) goto fail;
    }
    if (c.argidx < c.arglen && !c.dict) {
        err_set_string(&Exc_TypeError,
                       c.bytes ? "not all arguments converted during bytes formatting"
                               : "not all arguments converted during string formatting");
        goto fail;
    }
    if (c.bytes) {
        Object *r = bytes_from_data(NULL, b.len);
        if (r) for (ssize_t k = 0; k < b.len; k++) BYTES_DATA(r)[k] = (char)b.p[k];
        u4_discard(&b);
        return r;
    }
    return u4_finish(&b);
fail:
    u4_discard(&b);
    return NULL;
}

/* ---- str.format ------------------------------------------------------------------------------ */

typedef struct FmtCtx {
    Object *const *args;
    ssize_t nargs;
    Object *kwnames;            /* tuple or NULL */
    Object *const *kwvalues;
    Object *mapping;            /* format_map, else NULL */
    int numbering;              /* 0 unknown, 1 automatic, 2 manual */
    ssize_t next_auto;
} FmtCtx;

static int render_format(U4Buf *out, Object *s, ssize_t start, ssize_t end, FmtCtx *c, int depth);

/* An all-digits name is a positional index: its value, or -1 (-2 on overflow, error set). */
static ssize_t as_index(Object *s, ssize_t a, ssize_t b) {
    if (a == b) return -1;
    ssize_t v = 0;
    for (ssize_t i = a; i < b; i++) {
        uint32_t ch = STR_AT(s, i);
        if (ch < '0' || ch > '9') return -1;
        if (v > (SSIZE_MAX - 9) / 10) {
            err_set_string(&Exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (ssize_t)(ch - '0');
    }
    return v;
}

/* The object named by the first part of a field name (borrowed or new: always new here). */
static Object *lookup_first(Object *s, ssize_t a, ssize_t b, FmtCtx *c) {
    ssize_t idx;
    if (a == b) {
        if (c->numbering == 2) {
            return err_format(&Exc_ValueError, "cannot switch from manual field specification "
                                               "to automatic field numbering");
        }
        c->numbering = 1;
        idx = c->next_auto++;
    } else {
        idx = as_index(s, a, b);
        if (idx == -2) return NULL;
        if (idx >= 0) {
            if (c->numbering == 1) {
                return err_format(&Exc_ValueError, "cannot switch from automatic field numbering "
                                                   "to manual field specification");
            }
            c->numbering = 2;
        }
    }
    if (idx >= 0) {
        if (c->mapping)
            return err_format(&Exc_ValueError, "Format string contains positional fields");
        if (idx >= c->nargs)
            return err_format(&Exc_IndexError,
                              "Replacement index %zd out of range for positional args tuple", idx);
        return NEWREF(c->args[idx]);
    }
    Object *key = str_substring(s, a, b);
    if (!key) return NULL;
    Object *v = NULL;
    if (c->mapping) {
        v = obj_getitem(c->mapping, key);
    } else {
        ssize_t nk = c->kwnames ? TUPLE_LEN(c->kwnames) : 0;
        for (ssize_t k = 0; k < nk; k++)
            if (str_eq(TUPLE_GET(c->kwnames, k), key)) { v = NEWREF(c->kwvalues[k]); break; }
        if (!v) err_set_object(&Exc_KeyError, key);
    }
    DECREF(key);
    return v;
}

/* Resolve a field name: first part, then .attr and [key] accessors. */
static Object *resolve_field(Object *s, ssize_t a, ssize_t b, FmtCtx *c) {
    ssize_t i = a;
    while (i < b && STR_AT(s, i) != '.' && STR_AT(s, i) != '[') i++;
    Object *obj = lookup_first(s, a, i, c);
    while (obj && i < b) {
        uint32_t ch = STR_AT(s, i++);
        ssize_t k = i;
        Object *next = NULL;
        if (ch == '.') {
            while (i < b && STR_AT(s, i) != '.' && STR_AT(s, i) != '[') i++;
            if (i == k) {
                err_set_string(&Exc_ValueError, "Empty attribute in format string");
            } else {
                Object *name = str_substring(s, k, i);
                if (name) { next = obj_getattr(obj, name); DECREF(name); }
            }
        } else if (ch == '[') {
            while (i < b && STR_AT(s, i) != ']') i++;
            if (i >= b) {
                err_set_string(&Exc_ValueError, "Missing ']' in format string");
            } else if (i == k) {
                err_set_string(&Exc_ValueError, "Empty attribute in format string");
            } else {
                ssize_t idx = as_index(s, k, i);
                Object *key = idx >= 0    ? int_from_ssize(idx)
                              : idx == -1 ? str_substring(s, k, i)
                                          : NULL;
                if (key) { next = obj_getitem(obj, key); DECREF(key); }
                i++;
                if (next && i < b && STR_AT(s, i) != '.' && STR_AT(s, i) != '[') {
                    err_set_string(&Exc_ValueError,
                                   "Only '.' or '[' may follow ']' in format field specifier");
                    CLEAR(next);
                }
            }
        } else {
            err_set_string(&Exc_ValueError,
                           "Only '.' or '[' may follow ']' in format field specifier");
        }
        DECREF(obj);
        obj = next;
    }
    return obj;
}

/* Parse and render the field that starts after the '{' at *pos; *pos ends after its '}'. */
static int render_field(U4Buf *out, Object *s, ssize_t *pos, ssize_t end, FmtCtx *c, int depth) {
    ssize_t i = *pos, name_start = i;
    uint32_t ch = 0;
    while (i < end) {
        ch = STR_AT(s, i++);
        if (ch == '{') {
            err_set_string(&Exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (i < end && STR_AT(s, i) != ']') i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    ssize_t name_end = i - 1;
    uint32_t conversion = 0;
    ssize_t spec_start = i, spec_end = i;
    bool spec_nested = false;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (i >= end) {
                err_set_string(&Exc_ValueError,
                               "end of string while looking for conversion specifier");
                return -1;
            }
            conversion = STR_AT(s, i++);
            if (i < end) {
                uint32_t x = STR_AT(s, i++);
                if (x == '}') { spec_start = spec_end = i - 1; goto parsed; }
                if (x != ':') {
                    err_set_string(&Exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec_start = i;
        int count = 1;
        while (i < end) {
            uint32_t x = STR_AT(s, i++);
            if (x == '{') { spec_nested = true; count++; }
            else if (x == '}' && --count == 0) { spec_end = i - 1; goto parsed; }
        }
        err_set_string(&Exc_ValueError, "unmatched '{' in format spec");
        return -1;
    } else if (ch != '}') {
        err_set_string(&Exc_ValueError, "expected '}' before end of string");
        return -1;
    }
parsed:
    *pos = i;
    Object *obj = resolve_field(s, name_start, name_end, c);
    if (!obj) return -1;
    if (conversion) {
        Object *conv;
        switch (conversion) {
        case 'r': conv = obj_repr(obj); break;
        case 's': conv = obj_str(obj); break;
        case 'a': conv = obj_ascii(obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                err_format(&Exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                err_format(&Exc_ValueError, "Unknown conversion specifier \\x%x",
                           (unsigned)conversion);
            conv = NULL;
        }
        DECREF(obj);
        if (!(obj = conv)) return -1;
    }
    Object *spec;
    if (spec_nested) {
        if (depth <= 0) {
            DECREF(obj);
            err_set_string(&Exc_ValueError, "Max string recursion exceeded");
            return -1;
        }
        U4Buf sb;
        u4_init(&sb);
        if (render_format(&sb, s, spec_start, spec_end, c, depth - 1) < 0) {
            u4_discard(&sb);
            DECREF(obj);
            return -1;
        }
        spec = u4_finish(&sb);
    } else {
        spec = str_substring(s, spec_start, spec_end);
    }
    if (!spec) { DECREF(obj); return -1; }
    Object *text = obj_format(obj, spec);
    DECREF(spec);
    DECREF(obj);
    if (!text) return -1;
    int r = u4_append_str(out, text);
    DECREF(text);
    return r;
}

static int render_format(U4Buf *out, Object *s, ssize_t start, ssize_t end, FmtCtx *c, int depth) {
    ssize_t i = start;
    while (i < end) {
        uint32_t ch = STR_AT(s, i);
        if (ch == '{' || ch == '}') {
            bool doubled = i + 1 < end && STR_AT(s, i + 1) == ch;
            if (doubled) {
                if (u4_append(out, ch) < 0) return -1;
                i += 2;
                continue;
            }
            if (ch == '}') {
                err_set_string(&Exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            if (i + 1 >= end) {
                err_set_string(&Exc_ValueError, "Single '{' encountered in format string");
                return -1;
            }
            i++;
            if (render_field(out, s, &i, end, c, depth) < 0) return -1;
            continue;
        }
        ssize_t j = i;
        while (j < end && STR_AT(s, j) != '{' && STR_AT(s, j) != '}') j++;
        if (u4_grow(out, j - i) < 0) return -1;
        for (; i < j; i++) u4_put(out, STR_AT(s, i));
    }
    return 0;
}

/* Nested replacement fields may appear in a spec one level deep, as CPython allows. */
#define FORMAT_RECURSION 2

Object *str_format_method(Object *fmt, Object *const *args, ssize_t nargs, Object *kwnames) {
    FmtCtx c = { args, nargs, kwnames, args + nargs, NULL, 0, 0 };
    U4Buf b;
    u4_init(&b);
    if (render_format(&b, fmt, 0, STR_LEN(fmt), &c, FORMAT_RECURSION - 1) < 0) {
        u4_discard(&b);
        return NULL;
    }
    return u4_finish(&b);
}

Object *str_format_map(Object *fmt, Object *mapping) {
    FmtCtx c = { NULL, 0, NULL, NULL, mapping, 0, 0 };
    U4Buf b;
    u4_init(&b);
    if (render_format(&b, fmt, 0, STR_LEN(fmt), &c, FORMAT_RECURSION - 1) < 0) {
        u4_discard(&b);
        return NULL;
    }
    return u4_finish(&b);
}
