/* float.c — the float type: IEEE doubles in a boxed object.
 *
 * Allocation: freed exact floats go to a free list of at most FLOAT_FREELIST_MAX (CPython 3.11's
 * number), linked through their type pointer, and are handed out again without touching the
 * allocator.
 *
 * Text: the C library does the hard part.  glibc's printf rounds the exact binary value correctly
 * and strtod is correctly rounded, so repr's shortest round-trip digits come from trying 15, 16
 * and 17 significant digits: any decimal of at most 15 digits survives a trip through a double
 * (DBL_DIG), so when 15 digits round-trip, stripping their trailing zeros gives the shortest
 * string; otherwise 16, and 17 always work.  Layout (where the point goes, when to switch to an
 * exponent) follows CPython's PyOS_double_to_string rules exactly.
 *
 * Comparison with ints is exact, as CPython's: a float and an int of more than 48 bits are
 * compared by exponent first and, at equal exponents, as integers. */
#include "numbers.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "../runtime/hash.h"
#include <math.h>
#include <ctype.h>
#include <float.h>
#include <errno.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>

/* CPython 3.11 keeps up to 100 freed floats for reuse (PyFloat_MAXFREELIST). */
#define FLOAT_FREELIST_MAX 100
static FloatObject *free_list;
static int numfree;

/* new reference */
Object *float_from_double(double v)
{
    FloatObject *f = free_list;
    if (f) {
        free_list = (FloatObject *)f->ob_base.ob_type;
        numfree--;
        f->ob_base.ob_type = &FloatType;
        f->ob_base.ob_refcnt = 1;
    } else {
        f = (FloatObject *)obj_alloc(&FloatType);
        if (!f) return NULL;
    }
    f->ob_fval = v;
    return OBJ(f);
}

static void float_dealloc(Object *self)
{
    if (IS_FLOAT_EXACT(self) && numfree < FLOAT_FREELIST_MAX) {
        self->ob_type = (TypeObject *)free_list;
        free_list = (FloatObject *)self;
        numfree++;
        return;
    }
    TYPE(self)->tp_free(self);
}

/* A float of value v of type `type` (float or a subclass). */
static Object *float_subtype_new(TypeObject *type, double v)
{
    if (type == &FloatType) return float_from_double(v);
    Object *o = obj_alloc(type);
    if (o) FLOAT_VAL(o) = v;
    return o;
}

double float_as_double(Object *o)
{
    if (IS_FLOAT(o)) return FLOAT_VAL(o);
    NumberMethods *nb = TYPE(o)->tp_as_number;
    if (nb && nb->nb_float) {
        Object *r = nb->nb_float(o);
        if (!r) return -1.0;
        if (!IS_FLOAT(r)) {
            err_format(&Exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                       TYPE(o)->tp_name, TYPE(r)->tp_name);
            DECREF(r);
            return -1.0;
        }
        double v = FLOAT_VAL(r);
        DECREF(r);
        return v;
    }
    if (nb && nb->nb_index) {
        Object *i = num_index(o);
        if (!i) return -1.0;
        double v = int_as_double(i);
        DECREF(i);
        return v;
    }
    err_format(&Exc_TypeError, "must be real number, not %.50s", TYPE(o)->tp_name);
    return -1.0;
}

/* ================================================================================================
 * Parsing
 * ============================================================================================= */

static bool is_dig(char c) { return c >= '0' && c <= '9'; }
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool match_word(const char *s, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - s) < n) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i]) return false;
    return true;
}

/* Parse the longest float at s[0..end): [sign] (inf | infinity | nan | decimal).  Returns the
 * end of what was parsed, s itself when nothing was.  Underscores must already be gone. */
const char *float_parse_prefix(const char *s, const char *end, double *out)
{
    const char *p = s;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (match_word(p, end, "infinity") || match_word(p, end, "inf")) {
        *out = neg ? -INFINITY : INFINITY;
        return p + (match_word(p, end, "infinity") ? 8 : 3);
    }
    if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return p + 3;
    }
    const char *q = p;
    ssize_t nd = 0;
    while (q < end && is_dig(*q)) q++, nd++;
    if (q < end && *q == '.') {
        q++;
        while (q < end && is_dig(*q)) q++, nd++;
    }
    if (nd == 0) return s;
    if (q < end && (*q | 0x20) == 'e') {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-')) e++;
        if (e < end && is_dig(*e)) {
            while (e < end && is_dig(*e)) e++;
            q = e;
        }
    }
    /* strtod needs a terminated copy; the text is validated, so it parses exactly [p, q) */
    char small[64], *buf = small;
    size_t n = (size_t)(q - p);
    if (n >= sizeof small && !(buf = mem_alloc(n + 1))) {
        err_no_memory();
        *out = -1.0;
        return NULL;
    }
    memcpy(buf, p, n);
    buf[n] = 0;
    double v = strtod(buf, NULL);
    if (buf != small) mem_free(buf);
    *out = neg ? -v : v;
    return q;
}

/* Copy s without underscores into out (room for len + 1), checking each underscore sits between
 * two ASCII digits (PEP 515).  Returns the new length, or -1 when an underscore is misplaced. */
ssize_t num_strip_underscores(const char *s, ssize_t len, char *out)
{
    ssize_t k = 0;
    for (ssize_t i = 0; i < len; i++) {
        if (s[i] == '_') {
            if (i == 0 || i == len - 1 || !is_dig(s[i - 1]) || !is_dig(s[i + 1])) return -1;
            continue;
        }
        out[k++] = s[i];
    }
    out[k] = 0;
    return k;
}

/* float(text): s[0..len) ASCII; orig is shown by the error (NULL: a str made from s). */
static Object *float_parse(TypeObject *type, const char *s, ssize_t len, Object *orig)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    char *clean = NULL;
    if (memchr(p, '_', (size_t)(end - p))) {
        clean = mem_alloc((size_t)(end - p) + 1);
        if (!clean) return err_no_memory();
        ssize_t n = num_strip_underscores(p, end - p, clean);
        if (n < 0) goto invalid;
        p = clean;
        end = clean + n;
    }
    double v;
    const char *q = float_parse_prefix(p, end, &v);
    if (!q) { mem_free(clean); return NULL; }
    if (q == p || q != end) goto invalid;
    mem_free(clean);
    return float_subtype_new(type, v);

invalid:
    mem_free(clean);
    if (orig) return err_format(&Exc_ValueError, "could not convert string to float: %R", orig);
    Object *str = str_from_utf8_lossy(s, len);
    if (!str) return NULL;
    err_format(&Exc_ValueError, "could not convert string to float: %R", str);
    DECREF(str);
    return NULL;
}

Object *float_from_string(const char *s, ssize_t len)
{
    return float_parse(&FloatType, s, len, NULL);
}

/* ================================================================================================
 * Text
 * ============================================================================================= */

/* The p-digit decimal one unit away from s ("d.ddde±x", p digits) in the last digit, towards
 * dir (+1 or -1), written into out the same way. */
static void step_last_digit(const char *s, int dir, char *out, size_t outsz)
{
    char digs[40];
    int n = 0;
    const char *c = s;
    for (; *c && *c != 'e' && n < 39; c++)
        if (is_dig(*c)) digs[n++] = *c;
    int exp = atoi(c + 1), i = n - 1;
    if (dir > 0) {
        while (i >= 0 && digs[i] == '9') digs[i--] = '0';
        if (i >= 0) digs[i]++;
        else { digs[0] = '1'; exp++; }           /* 9.99 + 1 unit = 1.00e(x+1) */
    } else {
        while (i >= 0 && digs[i] == '0') digs[i--] = '9';
        digs[i]--;
        if (digs[0] == '0') {                      /* 1.00 - 1 unit = 9.99e(x-1) */
            memmove(digs, digs + 1, (size_t)n - 1);
            digs[n - 1] = '9';
            exp--;
        }
    }
    snprintf(out, outsz, "%c.%.*se%+03d", digs[0], n - 1, digs + 1, exp);
}

/* Significant digits of x > 0 (finite), trailing zeros removed, and the decimal point position:
 * x ≈ 0.d1d2d3... * 10**decpt.  ndig > 0 asks for that many digits correctly rounded; ndig 0 for
 * the shortest string that reads back as x.  Returns a mem_alloc'd string, *nd its length. */
static char *get_digits(double x, int ndig, int *nd, int *decpt)
{
    char small[64], *buf = small;
    if (ndig > 0) {
        int n = snprintf(small, sizeof small, "%.*e", ndig - 1, x);
        if (n >= (int)sizeof small) {
            if (!(buf = mem_alloc((size_t)n + 1))) return NULL;
            snprintf(buf, (size_t)n + 1, "%.*e", ndig - 1, x);
        }
    } else {
        /* subnormals carry fewer than 15 significant digits: search them from 1 */
        /* The correctly rounded p digits may fall just outside x's rounding interval while their
         * neighbour one unit away, on x's side, is inside it: that neighbour is then the
         * shortest text (2.0**-44 is 5.684341886080802e-14, not ...8015e-14). */
        for (int p = x < DBL_MIN ? 1 : 15; p <= 17; p++) {
            snprintf(small, sizeof small, "%.*e", p - 1, x);
            if (p == 17 || strtod(small, NULL) == x) break;
            char near[64];
            int dir = strtod(small, NULL) < x ? 1 : -1;
            step_last_digit(small, dir, near, sizeof near);
            if (strtod(near, NULL) == x) { memcpy(small, near, sizeof near); break; }
        }
    }
    char *digits = mem_alloc(strlen(buf) + 1);
    if (digits) {
        int n = 0;
        const char *c = buf;
        for (; *c && *c != 'e'; c++)
            if (is_dig(*c)) digits[n++] = *c;
        *decpt = atoi(c + 1) + 1;
        while (n > 1 && digits[n - 1] == '0') n--;
        digits[n] = 0;
        *nd = n;
    }
    if (buf != small) mem_free(buf);
    return digits;
}

/* Grow-only text buffer for the layout below. */
typedef struct { char *p; size_t len, cap; bool failed; } Buf;

static void buf_put(Buf *b, char c, size_t times)
{
    if (b->failed) return;
    if (b->len + times + 1 > b->cap) {
        size_t cap = (b->len + times + 1) * 2;
        char *np = mem_realloc(b->p, cap);
        if (!np) { b->failed = true; return; }
        b->p = np;
        b->cap = cap;
    }
    memset(b->p + b->len, c, times);
    b->len += times;
    b->p[b->len] = 0;
}

static void buf_puts(Buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) buf_put(b, s[i], 1);
}

static bool buf_init(Buf *b)
{
    b->len = 0;
    b->cap = 32;
    b->failed = false;
    b->p = mem_alloc(b->cap);
    if (b->p) b->p[0] = 0;
    return b->p != NULL;
}

static char *buf_finish(Buf *b)
{
    if (!b->failed) return b->p;
    mem_free(b->p);
    return NULL;
}

static char *dtos_layout(bool neg, const char *digits, int nd, int decpt, bool repr,
                         int precision, int flags, bool upper);

char *double_to_string(double d, char code, int precision, int flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char lc = upper ? (char)(code + 32) : code;
    bool neg = !isnan(d) && signbit(d);
    Buf b;

    if (!isfinite(d) || lc == 'e' || lc == 'f') {
        if (!buf_init(&b)) return NULL;
        if (!isfinite(d)) {
            if (neg) buf_put(&b, '-', 1);
            else if (flags & DTOS_SIGN) buf_put(&b, '+', 1);
            buf_puts(&b, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
            return buf_finish(&b);
        }
        char fmt[8], *f = fmt;
        *f++ = '%';
        if (flags & DTOS_ALT) *f++ = '#';
        *f++ = '.'; *f++ = '*'; *f++ = code; *f = 0;
        int n = snprintf(NULL, 0, fmt, precision, fabs(d));
        char *tmp = mem_alloc((size_t)n + 1);
        if (!tmp) { mem_free(b.p); return NULL; }
        snprintf(tmp, (size_t)n + 1, fmt, precision, fabs(d));
        if (neg && (flags & DTOS_NO_NEG_0)) {
            bool zero = true;
            for (char *c = tmp; *c && (*c | 0x20) != 'e'; c++) zero &= !(is_dig(*c) && *c != '0');
            neg = !zero;
        }
        if (neg) buf_put(&b, '-', 1);
        else if (flags & DTOS_SIGN) buf_put(&b, '+', 1);
        buf_puts(&b, tmp, (size_t)n);
        mem_free(tmp);
        return buf_finish(&b);
    }

    /* 'g' and 'r': digits, then CPython's layout */
    bool repr = lc == 'r';
    if (!repr && precision == 0) precision = 1;
    if (d == 0.0) return dtos_layout(neg, "0", 1, 1, repr, precision, flags, upper);
    int nd, decpt;
    char *digits = get_digits(fabs(d), repr ? 0 : precision, &nd, &decpt);
    if (!digits) return NULL;
    char *r = dtos_layout(neg, digits, nd, decpt, repr, precision, flags, upper);
    mem_free(digits);
    return r;
}

/* Place the decimal point (and maybe an exponent) in the digit string: PyOS_double_to_string's
 * format_float_short.  Zero digits are conceptually extended with zeros on both sides. */
static char *dtos_layout(bool neg, const char *digits, int nd, int decpt, bool repr,
                         int precision, int flags, bool upper)
{
    bool add_dot_0 = (flags & DTOS_ADD_DOT_0) != 0, alt = (flags & DTOS_ALT) != 0;
    if (neg && (flags & DTOS_NO_NEG_0) && nd == 1 && digits[0] == '0') neg = false;
    bool use_exp;
    if (repr) use_exp = decpt <= -4 || decpt > 16;
    else use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
    int vend = nd;
    if (!repr && alt && precision > vend) vend = precision;
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    if (!use_exp && add_dot_0) { if (vend < decpt + 1) vend = decpt + 1; }
    else if (vend < decpt) vend = decpt;

    Buf b;
    if (!buf_init(&b)) return NULL;
    if (neg) buf_put(&b, '-', 1);
    else if (flags & DTOS_SIGN) buf_put(&b, '+', 1);
    if (decpt <= 0) {
        buf_puts(&b, "0.", 2);
        buf_put(&b, '0', (size_t)-decpt);
        buf_puts(&b, digits, (size_t)nd);
        if (vend > nd) buf_put(&b, '0', (size_t)(vend - nd));
    } else if (decpt >= nd) {
        buf_puts(&b, digits, (size_t)nd);
        buf_put(&b, '0', (size_t)(decpt - nd));
        if (vend > decpt) {
            buf_put(&b, '.', 1);
            buf_put(&b, '0', (size_t)(vend - decpt));
        } else if (alt) {
            buf_put(&b, '.', 1);
        }
    } else {
        buf_puts(&b, digits, (size_t)decpt);
        buf_put(&b, '.', 1);
        buf_puts(&b, digits + decpt, (size_t)(nd - decpt));
        if (vend > nd) buf_put(&b, '0', (size_t)(vend - nd));
    }
    if (use_exp) {
        char e[16];
        int n = snprintf(e, sizeof e, "%c%+.02d", upper ? 'E' : 'e', exp);
        buf_puts(&b, e, (size_t)n);
    }
    return buf_finish(&b);
}

Object *float_repr_double(double d)
{
    char small[32];
    /* integral values below 1e16 print as the integer and ".0" */
    if (d > -1e16 && d < 1e16 && d == (double)(long long)d && !(d == 0.0 && signbit(d))) {
        int n = snprintf(small, sizeof small, "%lld.0", (long long)d);
        Object *s = str_new(n, 127);
        if (s) memcpy(STR_DATA(s), small, (size_t)n);
        return s;
    }
    char *t = double_to_string(d, 'r', 0, DTOS_ADD_DOT_0);
    if (!t) return err_no_memory();
    size_t n = strlen(t);
    Object *s = str_new((ssize_t)n, 127);
    if (s) memcpy(STR_DATA(s), t, n);
    mem_free(t);
    return s;
}

static Object *float_repr(Object *self) { return float_repr_double(FLOAT_VAL(self)); }

/* ================================================================================================
 * Hashing and comparison
 * ============================================================================================= */

/* The hash of the rational value of v modulo 2**61 - 1, so that hash(2.0) == hash(2) and
 * hash(0.5) == hash(Fraction(1, 2)): the mantissa is folded in 28 bits at a time, then the
 * binary exponent becomes a rotation (2**61 ≡ 1). */
int64_t hash_double(Object *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        return hash_pointer(inst);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    const uint64_t mod = (uint64_t)HASH_MODULUS;
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & mod) | x >> (HASH_BITS - 28);
        m *= 268435456.0;          /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= mod) x -= mod;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & mod) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(Object *self) { return hash_double(self, FLOAT_VAL(self)); }

static bool cmp_doubles(double i, double j, int op)
{
    switch (op) {
    case CMP_LT: return i < j;
    case CMP_LE: return i <= j;
    case CMP_EQ: return i == j;
    case CMP_NE: return i != j;
    case CMP_GT: return i > j;
    default:     return i >= j;
    }
}

static const int swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };

/* Compare the finite double v with the int w exactly. */
static Object *compare_with_int(double v, Object *w, int op)
{
    int vsign = v == 0.0 ? 0 : v < 0.0 ? -1 : 1, wsign = int_sign(w);
    if (vsign != wsign) return bool_from(cmp_doubles(vsign, wsign, op));
    size_t nbits = int_bit_length(w);
    if (nbits <= 48) return bool_from(cmp_doubles(v, int_as_double(w), op));
    /* same sign, w has more bits than a double's mantissa can hold exactly */
    Object *ww = NULL, *vv = NULL, *r = NULL;
    if (wsign < 0) {
        v = -v;
        op = swapped_op[op];
        if (!(ww = int_neg(w))) return NULL;
    } else {
        ww = NEWREF(w);
    }
    int exponent;
    frexp(v, &exponent);
    if (exponent < 0 || (size_t)exponent != nbits) {
        bool less = exponent < 0 || (size_t)exponent < nbits;
        DECREF(ww);
        return bool_from(cmp_doubles(less ? 1.0 : 2.0, less ? 2.0 : 1.0, op));
    }
    double intpart, fracpart = modf(v, &intpart);
    if (!(vv = int_from_double(intpart))) goto done;
    if (fracpart != 0.0) {
        /* the lost fraction as a final 1 bit: compare 2*vv + 1 with 2*ww */
        Object *t = int_lshift(vv, SMALL_INT(1));
        if (!t) goto done;
        SETREF(vv, int_add(t, SMALL_INT(1)));
        DECREF(t);
        if (!vv) goto done;
        if (!(t = int_lshift(ww, SMALL_INT(1)))) goto done;
        SETREF(ww, t);
    }
    r = int_richcompare(vv, ww, op);
done:
    XDECREF(vv);
    XDECREF(ww);
    return r;
}

static Object *float_richcompare(Object *a, Object *b, int op)
{
    if (!IS_FLOAT(a)) RETURN_NOTIMPL;
    double i = FLOAT_VAL(a);
    if (IS_FLOAT(b)) return bool_from(cmp_doubles(i, FLOAT_VAL(b), op));
    if (!IS_INT(b)) RETURN_NOTIMPL;
    if (!isfinite(i)) return bool_from(cmp_doubles(i, 0.0, op));
    return compare_with_int(i, b, op);
}

/* ================================================================================================
 * Arithmetic
 * ============================================================================================= */

/* Operand as a double: 1 done, 0 not a number we handle (NotImplemented), -1 error. */
static int to_double(Object *o, double *out)
{
    if (IS_FLOAT(o)) { *out = FLOAT_VAL(o); return 1; }
    if (IS_INT(o)) {
        *out = int_as_double(o);
        return *out == -1.0 && err_occurred() ? -1 : 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y) do { \
        int ra_ = to_double(a, &x); if (ra_ <= 0) { if (ra_ < 0) return NULL; RETURN_NOTIMPL; } \
        int rb_ = to_double(b, &y); if (rb_ <= 0) { if (rb_ < 0) return NULL; RETURN_NOTIMPL; } \
    } while (0)

static Object *float_add(Object *a, Object *b)
{
    double x, y; CONVERT_BOTH(a, b, x, y);
    return float_from_double(x + y);
}

static Object *float_sub(Object *a, Object *b)
{
    double x, y; CONVERT_BOTH(a, b, x, y);
    return float_from_double(x - y);
}

static Object *float_mul(Object *a, Object *b)
{
    double x, y; CONVERT_BOTH(a, b, x, y);
    return float_from_double(x * y);
}

static Object *float_div(Object *a, Object *b)
{
    double x, y; CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        err_set_string(&Exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return float_from_double(x / y);
}

/* Python's modulo: the result takes the sign of the divisor. */
static double float_mod_value(double x, double y)
{
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static Object *float_rem(Object *a, Object *b)
{
    double x, y; CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        err_set_string(&Exc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    return float_from_double(float_mod_value(x, y));
}

/* floor(x / y) and x mod y, kept consistent (x == floordiv * y + mod, nearly). */
static void float_divmod_values(double x, double y, double *fdiv, double *fmodv)
{
    double mod = fmod(x, y), div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *fdiv = floordiv;
    *fmodv = mod;
}

static Object *float_floordiv(Object *a, Object *b)
{
    double x, y, q, r; CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        err_set_string(&Exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    float_divmod_values(x, y, &q, &r);
    return float_from_double(q);
}

static Object *float_divmod(Object *a, Object *b)
{
    double x, y, q, r; CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        err_set_string(&Exc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    float_divmod_values(x, y, &q, &r);
    Object *qo = float_from_double(q), *ro = float_from_double(r), *t = NULL;
    if (qo && ro) t = tuple_pack(2, qo, ro);
    XDECREF(qo);
    XDECREF(ro);
    return t;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* OverflowError(errno, strerror) / ValueError(...) as CPython's PyErr_SetFromErrno. */
static Object *err_from_math_errno(int e)
{
    Object *args[2] = { int_from_long(e), str_from_cstr(strerror(e)) };
    if (args[0] && args[1]) {
        Object *exc = exc_new(e == ERANGE ? &Exc_OverflowError : &Exc_ValueError, args, 2);
        if (exc) err_restore(exc);
    }
    XDECREF(args[0]);
    XDECREF(args[1]);
    return NULL;
}

/* x ** y with C99's special cases settled as CPython does, and a complex result for a negative
 * base raised to a non-integer power. */
static Object *float_pow(Object *a, Object *b, Object *c)
{
    double x, y; CONVERT_BOTH(a, b, x, y);
    if (c != NONE) {
        err_set_string(&Exc_TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    if (y == 0.0) return float_from_double(1.0);
    if (isnan(x)) return float_from_double(x);
    if (isnan(y)) return float_from_double(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        x = fabs(x);
        if (x == 1.0) return float_from_double(1.0);
        return float_from_double((y > 0) == (x > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return float_from_double(odd ? x : fabs(x));
        return float_from_double(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        bool odd = is_odd_integer(y);
        if (y < 0) {
            err_set_string(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return float_from_double(odd ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) return ComplexType.tp_as_number->nb_power(a, b, c);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return float_from_double(negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (errno == 0 && isinf(r)) errno = ERANGE;
    else if (errno == ERANGE && r == 0.0) errno = 0;    /* underflow is not an error */
    if (negate) r = -r;
    if (errno) return err_from_math_errno(errno);
    return float_from_double(r);
}

static Object *float_neg(Object *a) { return float_from_double(-FLOAT_VAL(a)); }
static Object *float_abs(Object *a) { return float_from_double(fabs(FLOAT_VAL(a))); }
static int float_bool(Object *a) { return FLOAT_VAL(a) != 0.0; }

static Object *float_float(Object *a)
{
    if (IS_FLOAT_EXACT(a)) return NEWREF(a);
    return float_from_double(FLOAT_VAL(a));
}

static Object *float_trunc(Object *a, Object *unused) { return int_from_double(FLOAT_VAL(a)); }
static Object *float_int(Object *a) { return int_from_double(FLOAT_VAL(a)); }

/* ================================================================================================
 * Methods
 * ============================================================================================= */

static Object *float_is_integer(Object *self, Object *unused)
{
    double x = FLOAT_VAL(self);
    return bool_from(isfinite(x) && floor(x) == x);
}

static Object *float_as_integer_ratio(Object *self, Object *unused)
{
    double x = FLOAT_VAL(self);
    if (isinf(x)) {
        err_set_string(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        err_set_string(&Exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    Object *num = int_from_double(m), *den = NULL, *t = NULL, *sh = NULL;
    if (!num) return NULL;
    if (!(sh = int_from_long(e < 0 ? -e : e))) goto done;
    if (e > 0) {
        SETREF(num, int_lshift(num, sh));
        den = NEWREF(SMALL_INT(1));
    } else {
        den = int_lshift(SMALL_INT(1), sh);
    }
    if (num && den) t = tuple_pack(2, num, den);
done:
    XDECREF(num); XDECREF(den); XDECREF(sh);
    return t;
}

static Object *float_floor_m(Object *self, Object *unused)
{
    return int_from_double(floor(FLOAT_VAL(self)));
}

static Object *float_ceil_m(Object *self, Object *unused)
{
    return int_from_double(ceil(FLOAT_VAL(self)));
}
static Object *float_conjugate(Object *self, Object *unused) { return float_float(self); }

/* CPython's bounds on ndigits beyond which rounding changes nothing (or leaves zero). */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

/* Round x to a multiple of 10**-nd exactly (half to even), for nd < 0: x's integer part carries
 * all the information, its fraction only breaks ties. */
static Object *round_negative(double x, ssize_t nd)
{
    double ip, frac = modf(x, &ip);
    Object *xi = int_from_double(ip), *p = NULL, *q = NULL, *r = NULL, *res = NULL, *e = NULL;
    if (!xi) return NULL;
    bool neg = x < 0;
    if (neg) SETREF(xi, int_neg(xi));
    if (!xi || !(e = int_from_ssize(-nd))) goto done;
    if (!(p = IntType.tp_as_number->nb_power(SMALL_INT(10), e, NONE))) goto done;
    if (!(q = int_floordiv(xi, p)) || !(r = int_mod(xi, p))) goto done;
    Object *r2 = int_add(r, r);
    if (!r2) goto done;
    int c = int_compare(r2, p);
    DECREF(r2);
    bool odd = SIZE(q) != 0 && (((IntObject *)q)->ob_digit[0] & 1);
    if (c > 0 || (c == 0 && (frac != 0.0 || odd))) {
        SETREF(q, int_add(q, SMALL_INT(1)));
        if (!q) goto done;
    }
    Object *v = int_mul(q, p);
    if (!v) goto done;
    double rv = int_as_double(v);
    DECREF(v);
    if (rv == -1.0 && err_occurred()) {
        if (!err_matches(&Exc_OverflowError)) goto done;
        err_clear();
        err_set_string(&Exc_OverflowError, "rounded value too large to represent");
        goto done;
    }
    res = float_from_double(neg ? -rv : rv);
done:
    XDECREF(xi); XDECREF(e); XDECREF(p); XDECREF(q); XDECREF(r);
    return res;
}

static Object *float_round(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("__round__", nargs, 0, 1) < 0) return NULL;
    double x = FLOAT_VAL(self);
    if (nargs == 0 || args[0] == NONE) return int_from_double(nearbyint(x));
    ssize_t nd = num_as_ssize(args[0], NULL);
    if (nd == -1 && err_occurred()) return NULL;
    if (!isfinite(x) || x == 0.0) return float_from_double(x);
    if (nd > NDIGITS_MAX) return float_from_double(x);
    if (nd < NDIGITS_MIN) return float_from_double(0.0 * x);
    if (nd < 0) return round_negative(x, nd);
    char *t = double_to_string(x, 'f', (int)nd, 0);
    if (!t) return err_no_memory();
    double r = strtod(t, NULL);
    mem_free(t);
    if (isinf(r)) {
        err_set_string(&Exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return float_from_double(r);
}

static Object *float_hex(Object *self, Object *unused)
{
    double x = FLOAT_VAL(self);
    if (!isfinite(x)) return float_repr_double(x);
    char buf[64];
    if (x == 0.0) return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    int n = 0;
    if (x < 0) buf[n++] = '-';
    buf[n++] = '0';
    buf[n++] = 'x';
    buf[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    buf[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {   /* 13 hex digits of fraction */
        m *= 16.0;
        buf[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "p%+d", e);
    return str_from_cstr(buf);
}

/* float.fromhex(s): validate the grammar, then let strtod (correctly rounded for hexadecimal
 * input too) do the arithmetic. */
static Object *float_fromhex(Object *cls, Object *arg)
{
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "fromhex() argument must be str, not %.200s",
                          TYPE(arg)->tp_name);
    ssize_t len;
    char *tofree;
    const char *s = num_text_ascii(arg, &len, &tofree);
    if (!s) return NULL;
    const char *p = s, *end = s + len;
    double v = 0.0;
    bool ok = false;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    const char *q = p;
    bool neg = false;
    if (q < end && (*q == '+' || *q == '-')) neg = *q++ == '-';
    if ((match_word(q, end, "infinity") && end - q == 8) ||
        (match_word(q, end, "inf") && end - q == 3)) {
        v = neg ? -INFINITY : INFINITY;
        ok = true;
    } else if (match_word(q, end, "nan") && end - q == 3) {
        v = neg ? -NAN : NAN;
        ok = true;
    } else {
        if (end - q >= 2 && q[0] == '0' && (q[1] | 0x20) == 'x') q += 2;
        char *buf = mem_alloc((size_t)(end - q) + 8);
        if (!buf) { mem_free(tofree); return err_no_memory(); }
        size_t k = 0;
        buf[k++] = neg ? '-' : '+';
        buf[k++] = '0';
        buf[k++] = 'x';
        int nd = 0;
        while (q < end && isxdigit((unsigned char)*q)) buf[k++] = *q++, nd++;
        if (q < end && *q == '.') {
            buf[k++] = *q++;
            while (q < end && isxdigit((unsigned char)*q)) buf[k++] = *q++, nd++;
        }
        bool good = nd > 0;
        if (good && q < end && (*q | 0x20) == 'p') {
            buf[k++] = *q++;
            if (q < end && (*q == '+' || *q == '-')) buf[k++] = *q++;
            good = q < end && is_dig(*q);
            while (q < end && is_dig(*q)) buf[k++] = *q++;
        }
        buf[k] = 0;
        if (good && q == end) {
            v = strtod(buf, NULL);
            ok = true;
            if (isinf(v)) {
                mem_free(buf);
                mem_free(tofree);
                err_set_string(&Exc_OverflowError,
                               "hexadecimal value too large to represent as a float");
                return NULL;
            }
        }
        mem_free(buf);
    }
    mem_free(tofree);
    if (!ok) {
        err_set_string(&Exc_ValueError, "invalid hexadecimal floating-point string");
        return NULL;
    }
    Object *r = float_from_double(v);
    if (r && (TypeObject *)cls != &FloatType) SETREF(r, obj_call1(cls, r));
    return r;
}

static Object *float_getnewargs(Object *self, Object *unused)
{
    Object *f = float_from_double(FLOAT_VAL(self));
    if (!f) return NULL;
    Object *t = tuple_pack(1, f);
    DECREF(f);
    return t;
}

static Object *float_format_m(Object *self, Object *spec)
{
    if (!IS_STR(spec))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %.200s",
                          TYPE(spec)->tp_name);
    return format_float(FLOAT_VAL(self), spec);
}

static Object *float_getformat(Object *cls, Object *arg)
{
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "__getformat__() argument must be str, not %.200s",
                          TYPE(arg)->tp_name);
    if (!str_eq_cstr(arg, "double") && !str_eq_cstr(arg, "float")) {
        err_set_string(&Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return str_from_cstr("IEEE, little-endian");
}

static MethodDef float_methods[] = {
    { "conjugate", (void *)float_conjugate, METH_NOARGS,
      "Return self, the complex conjugate of any float." },
    { "__trunc__", (void *)float_trunc, METH_NOARGS,
      "Return the Integral closest to x between 0 and x." },
    { "__floor__", (void *)float_floor_m, METH_NOARGS, "Return the floor as an Integral." },
    { "__ceil__", (void *)float_ceil_m, METH_NOARGS, "Return the ceiling as an Integral." },
    { "__round__", (void *)float_round, METH_FASTCALL,
      "Return the Integral closest to x, rounding half toward even.\n\n"
      "When an argument is passed, work like built-in round(x, ndigits)." },
    { "as_integer_ratio", (void *)float_as_integer_ratio, METH_NOARGS, "Return integer ratio." },
    { "fromhex", (void *)float_fromhex, METH_O | METH_CLASS,
      "Create a floating-point number from a hexadecimal string." },
    { "hex", (void *)float_hex, METH_NOARGS,
      "Return a hexadecimal representation of a floating-point number." },
    { "is_integer", (void *)float_is_integer, METH_NOARGS,
      "Return True if the float is an integer." },
    { "__getnewargs__", (void *)float_getnewargs, METH_NOARGS, NULL },
    { "__getformat__", (void *)float_getformat, METH_O | METH_CLASS,
      "You probably don't want to use this function." },
    { "__format__", (void *)float_format_m, METH_O, "Formats the float according to format_spec." },
    { NULL }
};

static Object *float_get_real(Object *self, void *c) { return float_float(self); }
static Object *float_get_imag(Object *self, void *c) { return float_from_double(0.0); }

static GetSetDef float_getset[] = {
    { "real", float_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL }
};

/* ---- float(x) -------------------------------------------------------------------------------- */

static Object *float_from_object(TypeObject *type, Object *x)
{
    if (IS_FLOAT_EXACT(x) && type == &FloatType) return NEWREF(x);
    if (IS_STR(x) || IS_BYTES(x) || IS_BYTEARRAY(x)) {
        ssize_t len;
        char *tofree;
        const char *s = num_text_ascii(x, &len, &tofree);
        if (!s) return NULL;
        Object *r = float_parse(type, s, len, x);
        mem_free(tofree);
        return r;
    }
    NumberMethods *nb = TYPE(x)->tp_as_number;
    if (!IS_FLOAT(x) && !(nb && (nb->nb_float || nb->nb_index)))
        return err_format(&Exc_TypeError,
                          "float() argument must be a string or a real number, not '%.200s'",
                          TYPE(x)->tp_name);
    double v = float_as_double(x);
    if (v == -1.0 && err_occurred()) return NULL;
    return float_subtype_new(type, v);
}

static Object *float_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (args_no_kwargs("float", kwnames) < 0) return NULL;
    if (args_check_positional("float", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return float_subtype_new(type, 0.0);
    return float_from_object(type, args[0]);
}

static Object *float_vectorcall(Object *callable, Object *const *args, ssize_t nargs,
                                Object *kwnames)
{
    TypeObject *t = (TypeObject *)callable;
    if (t == &FloatType) return float_new(t, args, nargs, kwnames);
    Object *o = t->tp_new(t, args, nargs, kwnames);
    if (o && t->tp_init && IS_INSTANCE(o, t) && t->tp_init(o, args, nargs, kwnames) < 0) CLEAR(o);
    return o;
}

static NumberMethods float_as_number = {
    .nb_add = float_add, .nb_subtract = float_sub, .nb_multiply = float_mul,
    .nb_remainder = float_rem, .nb_divmod = float_divmod, .nb_power = float_pow,
    .nb_negative = float_neg, .nb_positive = float_float, .nb_absolute = float_abs,
    .nb_bool = float_bool, .nb_int = float_int, .nb_float = float_float,
    .nb_floor_divide = float_floordiv, .nb_true_divide = float_div,
};

TypeObject FloatType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(FloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_base = &BaseObjectType,
    .tp_new = float_new,
    .tp_vectorcall = float_vectorcall,
};
