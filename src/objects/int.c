/* int.c — arbitrary-precision integers.
 *
 * Representation (numbers.h): a magnitude in base 2**30 digits, least significant first, with the
 * sign carried by ob_size (CPython's layout, so sys.getsizeof agrees).  Values -5..256 are the
 * static small_ints[], returned by every constructor, so `x is 5` holds as in CPython.
 *
 * The file is layered:
 *   1. digit-array kernels (v_*): add, subtract, schoolbook and Karatsuba multiplication, Knuth's
 *      algorithm D; they know nothing of objects and never allocate except Karatsuba's scratch;
 *   2. construction and normalisation (int_alloc, int_norm, int_from_*);
 *   3. signed arithmetic on objects, each with a fast path for one-digit ("compact") operands,
 *      which fit a C long with room to spare (products of two digits need only 60 bits);
 *   4. text conversion (base 10**9 chunks for decimal, bit packing for power-of-two bases), with
 *      3.11's limit on decimal digits (int_max_str_digits);
 *   5. the Python-visible type: slots, methods, int() constructor.
 * Binary slots return NotImplemented unless both operands are ints; bool inherits everything. */
#include "numbers.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "unicodedb.h"
#include "../runtime/hash.h"
#include <string.h>
#include <math.h>
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
int int_max_str_digits = INT_MAX_STR_DIGITS_DEFAULT;

/* Below this many digits (of the smaller factor) schoolbook multiplication beats Karatsuba's
 * bookkeeping; 70 is CPython's tuned value for 30-bit digits. */
#define KARATSUBA_CUTOFF 70

#define ABS_SIZE(o)   (SIZE(o) < 0 ? -SIZE(o) : SIZE(o))
#define DIGITS(o)     (((IntObject *)(o))->ob_digit)

/* ================================================================================================
 * 1. Digit-array kernels
 * ============================================================================================= */

/* r = a + b with na >= nb; r has room for na + 1 digits (may alias a).  Returns r's length. */
static ssize_t v_add(digit *r, const digit *a, ssize_t na, const digit *b, ssize_t nb)
{
    digit carry = 0;
    ssize_t i;
    for (i = 0; i < nb; i++) {
        carry += a[i] + b[i];
        r[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_SHIFT;
    }
    r[i] = carry;
    return na + (carry != 0);
}

/* r = a - b with |a| >= |b| (na >= nb); r has na digits (may alias a). */
static void v_sub(digit *r, const digit *a, ssize_t na, const digit *b, ssize_t nb)
{
    digit borrow = 0;
    ssize_t i;
    for (i = 0; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        r[i] = borrow & DIGIT_MASK;
        borrow = (borrow >> DIGIT_SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        r[i] = borrow & DIGIT_MASK;
        borrow = (borrow >> DIGIT_SHIFT) & 1;
    }
}

/* x[0..m) += y[0..n), n <= m; returns the carry out of x[m-1]. */
static digit v_iadd(digit *x, ssize_t m, const digit *y, ssize_t n)
{
    digit carry = 0;
    ssize_t i;
    for (i = 0; i < n; i++) {
        carry += x[i] + y[i];
        x[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_SHIFT;
    }
    for (; carry && i < m; i++) {
        carry += x[i];
        x[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_SHIFT;
    }
    return carry;
}

/* x[0..m) -= y[0..n), n <= m; returns the borrow out of x[m-1]. */
static digit v_isub(digit *x, ssize_t m, const digit *y, ssize_t n)
{
    digit borrow = 0;
    ssize_t i;
    for (i = 0; i < n; i++) {
        borrow = x[i] - y[i] - borrow;
        x[i] = borrow & DIGIT_MASK;
        borrow = (borrow >> DIGIT_SHIFT) & 1;
    }
    for (; borrow && i < m; i++) {
        borrow = x[i] - borrow;
        x[i] = borrow & DIGIT_MASK;
        borrow = (borrow >> DIGIT_SHIFT) & 1;
    }
    return borrow;
}

static int v_cmp(const digit *a, ssize_t na, const digit *b, ssize_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    while (--na >= 0 && a[na] == b[na]) {}
    if (na < 0) return 0;
    return a[na] < b[na] ? -1 : 1;
}

/* Schoolbook r = a * b; r holds na + nb zeroed digits. */
static void v_mul(digit *r, const digit *a, ssize_t na, const digit *b, ssize_t nb)
{
    for (ssize_t i = 0; i < na; i++) {
        twodigits f = a[i], carry = 0;
        if (f == 0) continue;
        digit *pr = r + i;
        for (ssize_t j = 0; j < nb; j++) {
            carry += pr[j] + b[j] * f;
            pr[j] = (digit)(carry & DIGIT_MASK);
            carry >>= DIGIT_SHIFT;
        }
        pr[nb] = (digit)carry;
    }
}

/* Schoolbook r = a * a; r holds 2 * n zeroed digits.  Each cross product a[i]*a[j] (i < j)
 * appears twice in the square, so it is computed once against 2*a[i]: about half the work. */
static void v_sqr(digit *r, const digit *a, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++) {
        twodigits f = a[i];
        digit *pz = r + 2 * i;
        twodigits carry = *pz + f * f;
        *pz++ = (digit)(carry & DIGIT_MASK);
        carry >>= DIGIT_SHIFT;
        f <<= 1;
        for (ssize_t j = i + 1; j < n; j++) {
            carry += *pz + a[j] * f;
            *pz++ = (digit)(carry & DIGIT_MASK);
            carry >>= DIGIT_SHIFT;
        }
        while (carry) {
            carry += *pz;
            *pz++ = (digit)(carry & DIGIT_MASK);
            carry >>= DIGIT_SHIFT;
        }
    }
}

/* Karatsuba: r = a * b with na <= nb; r holds na + nb zeroed digits.  Splitting both factors at
 * h = nb/2 turns one product into three of half size:
 *     a*b = ah*bh*B^2h + ((ah+al)(bh+bl) - ah*bh - al*bl)*B^h + al*bl.
 * A factor much shorter than the other is handled by slicing the long one ("lopsided"), since
 * splitting would leave an empty high half.  Returns -1 when scratch memory runs out. */
static int kmul(digit *r, const digit *a, ssize_t na, const digit *b, ssize_t nb)
{
    bool square = a == b && na == nb;
    if (na < (square ? 2 * KARATSUBA_CUTOFF : KARATSUBA_CUTOFF)) {
        if (square) v_sqr(r, a, na);
        else v_mul(r, a, na, b, nb);
        return 0;
    }
    if (2 * na <= nb) {
        digit *tmp = mem_alloc((size_t)(2 * na) * sizeof(digit));
        if (!tmp) return -1;
        for (ssize_t off = 0; off < nb; off += na) {
            ssize_t chunk = nb - off < na ? nb - off : na;
            memset(tmp, 0, (size_t)(na + chunk) * sizeof(digit));
            if (kmul(tmp, b + off, chunk, a, na) < 0) { mem_free(tmp); return -1; }
            v_iadd(r + off, na + nb - off, tmp, na + chunk);
        }
        mem_free(tmp);
        return 0;
    }
    ssize_t h = nb >> 1;
    const digit *al = a, *ah = a + h, *bl = b, *bh = b + h;
    ssize_t nah = na - h, nbh = nb - h;
    if (kmul(r + 2 * h, ah, nah, bh, nbh) < 0 || kmul(r, al, h, bl, h) < 0) return -1;

    ssize_t n1 = (nah > h ? nah : h) + 1, n2 = nbh + 1;
    digit *s1 = mem_alloc((size_t)(2 * (n1 + n2)) * sizeof(digit));
    if (!s1) return -1;
    digit *s2 = s1 + n1, *t3 = s2 + n2;
    n1 = nah >= h ? v_add(s1, ah, nah, al, h) : v_add(s1, al, h, ah, nah);
    if (square) {
        s2 = s1;                  /* keeps kmul's squaring path for the middle product */
        n2 = n1;
    } else {
        n2 = v_add(s2, bh, nbh, bl, h);
    }
    ssize_t nt = n1 + n2;
    memset(t3, 0, (size_t)nt * sizeof(digit));
    int rc = n1 <= n2 ? kmul(t3, s1, n1, s2, n2) : kmul(t3, s2, n2, s1, n1);
    if (rc == 0) {
        v_isub(t3, nt, r + 2 * h, na + nb - 2 * h);
        v_isub(t3, nt, r, 2 * h);
        while (nt > 0 && t3[nt - 1] == 0) nt--;
        v_iadd(r + h, na + nb - h, t3, nt);
    }
    mem_free(s1);
    return rc;
}

/* q = a / d, returns a % d; q may alias a. */
static digit v_divrem1(digit *q, const digit *a, ssize_t n, digit d)
{
    twodigits rem = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        rem = (rem << DIGIT_SHIFT) | a[i];
        digit qd = (digit)(rem / d);
        q[i] = qd;
        rem -= (twodigits)qd * d;
    }
    return (digit)rem;
}

/* z = a << s (0 <= s < DIGIT_SHIFT); returns the bits shifted out of the top. z may alias a. */
static digit v_lshift(digit *z, const digit *a, ssize_t n, int s)
{
    digit carry = 0;
    for (ssize_t i = 0; i < n; i++) {
        twodigits acc = ((twodigits)a[i] << s) | carry;
        z[i] = (digit)acc & DIGIT_MASK;
        carry = (digit)(acc >> DIGIT_SHIFT);
    }
    return carry;
}

/* z = a >> s (0 <= s < DIGIT_SHIFT); returns the bits shifted out of the bottom. */
static digit v_rshift(digit *z, const digit *a, ssize_t n, int s)
{
    digit carry = 0, mask = ((digit)1 << s) - 1;
    for (ssize_t i = n - 1; i >= 0; i--) {
        twodigits acc = ((twodigits)carry << DIGIT_SHIFT) | a[i];
        carry = (digit)acc & mask;
        z[i] = (digit)(acc >> s);
    }
    return carry;
}

static int digit_bits(digit d)
{
    return d ? 32 - __builtin_clz(d) : 0;
}

/* Knuth's algorithm D: q = a / b, r = a % b for na >= nb >= 2, b normalised (top digit != 0).
 * q holds na - nb + 1 digits, r nb digits.  Both operands are first shifted so b's top digit has
 * its high bit set, which makes the two-digit quotient estimate at most 2 too large. */
static int v_divrem(digit *q, digit *r, const digit *a, ssize_t na, const digit *b, ssize_t nb)
{
    digit *u = mem_alloc((size_t)(na + 1 + nb) * sizeof(digit));
    if (!u) return -1;
    digit *v = u + na + 1;
    int d = DIGIT_SHIFT - digit_bits(b[nb - 1]);
    v_lshift(v, b, nb, d);
    u[na] = v_lshift(u, a, na, d);
    digit vtop = v[nb - 1], vsec = v[nb - 2];

    for (ssize_t j = na - nb; j >= 0; j--) {
        digit *uj = u + j;
        twodigits top = ((twodigits)uj[nb] << DIGIT_SHIFT) | uj[nb - 1];
        twodigits qhat = top / vtop, rhat = top - qhat * vtop;
        while (qhat >= DIGIT_BASE ||
               qhat * vsec > ((rhat << DIGIT_SHIFT) | uj[nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= DIGIT_BASE) break;
        }
        /* uj -= qhat * v, tracking a signed carry */
        stwodigits carry = 0;
        for (ssize_t i = 0; i < nb; i++) {
            stwodigits z = (stwodigits)uj[i] + carry - (stwodigits)qhat * v[i];
            uj[i] = (digit)z & DIGIT_MASK;
            carry = z >> DIGIT_SHIFT;    /* arithmetic shift: floor division by the base */
        }
        if ((stwodigits)uj[nb] + carry < 0) {     /* qhat was one too large: add v back */
            v_iadd(uj, nb, v, nb);
            qhat--;
        }
        uj[nb] = 0;
        q[j] = (digit)qhat;
    }
    v_rshift(r, u, nb, d);
    mem_free(u);
    return 0;
}

/* ================================================================================================
 * 2. Construction
 * ============================================================================================= */

/* A fresh exact int of n digits (contents zero), ob_size n.  CPython always allocates at least
 * one digit, so reading ob_digit[0] of zero is safe. */
#define MAX_LONG_DIGITS \
    ((PTRDIFF_MAX - (ssize_t)offsetof(IntObject, ob_digit)) / (ssize_t)sizeof(digit))

static IntObject *int_alloc(ssize_t n)
{
    if (n > MAX_LONG_DIGITS) {
        err_set_string(&Exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    IntObject *v = (IntObject *)obj_alloc_var(&IntType, n ? n : 1);
    if (v) SIZE(v) = n;
    return v;
}

/* Drop leading zero digits (keeping the sign of ob_size). */
static IntObject *int_norm(IntObject *v)
{
    ssize_t n = ABS_SIZE(v), i = n;
    while (i > 0 && v->ob_digit[i - 1] == 0) i--;
    if (i != n) SIZE(v) = SIZE(v) < 0 ? -i : i;
    return v;
}

/* Normalise v, and trade it for the shared small int of the same value if there is one.
 * Steals v; returns a new reference (NULL passes through). */
static Object *int_finish(IntObject *v)
{
    if (!v) return NULL;
    int_norm(v);
    ssize_t s = SIZE(v);
    if (s >= -1 && s <= 1) {
        long x = int_compact_value(OBJ(v));
        if (x >= SMALL_INT_MIN && x <= SMALL_INT_MAX) {
            DECREF(v);
            return NEWREF(SMALL_INT(x));
        }
    }
    return OBJ(v);
}

static Object *int_from_magnitude(unsigned long long m, bool neg)
{
    ssize_t n = 0;
    for (unsigned long long t = m; t; t >>= DIGIT_SHIFT) n++;
    IntObject *v = int_alloc(n);
    if (!v) return NULL;
    for (ssize_t i = 0; i < n; i++, m >>= DIGIT_SHIFT) v->ob_digit[i] = (digit)m & DIGIT_MASK;
    if (neg) SIZE(v) = -n;
    return OBJ(v);
}

/* new reference */
Object *int_from_long(long v)
{
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return NEWREF(SMALL_INT(v));
    unsigned long m = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    if (m < DIGIT_BASE) {
        IntObject *r = int_alloc(1);
        if (!r) return NULL;
        r->ob_digit[0] = (digit)m;
        if (v < 0) SIZE(r) = -1;
        return OBJ(r);
    }
    return int_from_magnitude(m, v < 0);
}

Object *int_from_ssize(ssize_t v) { return int_from_long((long)v); }

Object *int_from_ulonglong(unsigned long long v)
{
    if (v <= SMALL_INT_MAX) return NEWREF(SMALL_INT((long)v));
    return int_from_magnitude(v, false);
}

/* An exact int with the digits and sign given (digits copied). */
static Object *int_from_digits(const digit *d, ssize_t n, bool neg)
{
    IntObject *v = int_alloc(n);
    if (!v) return NULL;
    memcpy(v->ob_digit, d, (size_t)n * sizeof(digit));
    if (neg) SIZE(v) = -n;
    return int_finish(v);
}

/* int(o) for an int subclass instance (or any int): an exact int of the same value. */
Object *int_exact(Object *o)
{
    if (IS_INT_EXACT(o)) return NEWREF(o);
    return int_from_digits(DIGITS(o), ABS_SIZE(o), SIZE(o) < 0);
}

/* |a| << bits as a fresh (unnormalised) magnitude, bits >= 0. */
static IntObject *mag_lshift(const digit *a, ssize_t n, size_t bits)
{
    ssize_t wshift = (ssize_t)(bits / DIGIT_SHIFT);
    int rem = (int)(bits % DIGIT_SHIFT);
    IntObject *z = int_alloc(n + wshift + 1);
    if (!z) return NULL;
    z->ob_digit[n + wshift] = v_lshift(z->ob_digit + wshift, a, n, rem);
    return int_norm(z);
}

/* Exact int of the double d (truncated toward zero). */
Object *int_from_double(double d)
{
    if (isnan(d)) {
        err_set_string(&Exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(d)) {
        err_set_string(&Exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (d > -9.2e18 && d < 9.2e18) return int_from_long((long)d);
    int e;
    double frac = frexp(fabs(d), &e);          /* |d| = frac * 2**e, 0.5 <= frac < 1 */
    unsigned long long m = (unsigned long long)ldexp(frac, DBL_MANT_DIG);
    digit md[3] = { (digit)(m & DIGIT_MASK), (digit)((m >> 30) & DIGIT_MASK), (digit)(m >> 60) };
    IntObject *z = mag_lshift(md, 3, (size_t)(e - DBL_MANT_DIG));
    if (z && d < 0) SIZE(z) = -SIZE(z);
    return int_finish(z);
}

/* ================================================================================================
 * Conversions to C
 * ============================================================================================= */

/* The magnitude of o if it fits 64 bits; false otherwise. */
static bool mag_u64(Object *o, unsigned long long *out)
{
    ssize_t n = ABS_SIZE(o);
    const digit *d = DIGITS(o);
    if (n > 3 || (n == 3 && d[2] >= 16)) return false;
    unsigned long long m = 0;
    while (--n >= 0) m = (m << DIGIT_SHIFT) | d[n];
    *out = m;
    return true;
}

long int_as_long_overflow(Object *o, int *overflow)
{
    *overflow = 0;
    if (int_is_compact(o)) return int_compact_value(o);
    unsigned long long m;
    if (mag_u64(o, &m)) {
        if (SIZE(o) > 0 && m <= (unsigned long long)LONG_MAX) return (long)m;
        if (SIZE(o) < 0 && m <= (unsigned long long)LONG_MAX + 1) return (long)(0ULL - m);
    }
    *overflow = SIZE(o) < 0 ? -1 : 1;
    return -1;
}

long int_as_long(Object *o)
{
    int ovf;
    long v = int_as_long_overflow(o, &ovf);
    if (ovf) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return v;
}

ssize_t int_as_ssize(Object *o)
{
    int ovf;
    long v = int_as_long_overflow(o, &ovf);
    if (ovf) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)v;
}

unsigned long long int_as_ulonglong(Object *o)
{
    unsigned long long m;
    if (SIZE(o) < 0) {
        err_set_string(&Exc_OverflowError, "can't convert negative int to unsigned");
        return (unsigned long long)-1;
    }
    if (!mag_u64(o, &m)) {
        err_set_string(&Exc_OverflowError, "int too big to convert");
        return (unsigned long long)-1;
    }
    return m;
}

int int_sign(Object *o) { return SIZE(o) < 0 ? -1 : SIZE(o) > 0; }

static size_t mag_bit_length(const digit *d, ssize_t n)
{
    if (n == 0) return 0;
    return (size_t)(n - 1) * DIGIT_SHIFT + (size_t)digit_bits(d[n - 1]);
}

size_t int_bit_length(Object *o) { return mag_bit_length(DIGITS(o), ABS_SIZE(o)); }

/* Bits [shift, shift+64) of the magnitude, and whether any bit below `shift` is set. */
static unsigned long long mag_bits_at(const digit *d, ssize_t n, size_t shift, bool *sticky)
{
    ssize_t w = (ssize_t)(shift / DIGIT_SHIFT);
    int r = (int)(shift % DIGIT_SHIFT);
    unsigned long long x = 0;
    /* gather up to 4 digits starting at w (120 bits, enough for 64 + r) */
    unsigned __int128 acc = 0;
    for (ssize_t i = (w + 3 < n ? w + 3 : n - 1); i >= w; i--) acc = (acc << DIGIT_SHIFT) | d[i];
    x = (unsigned long long)(acc >> r);
    bool s = (r && (d[w] & (((digit)1 << r) - 1)));
    for (ssize_t i = 0; !s && i < w; i++) s = d[i] != 0;
    *sticky = s;
    return x;
}

/* Correctly rounded (half to even) conversion.  The top 64 bits with a sticky bit folded into the
 * lowest one hold everything the hardware's own 64-bit-to-double rounding needs: the sticky bit
 * lies 11 places below the rounding position, so it only breaks ties. */
static double mag_to_double(const digit *d, ssize_t n, bool *overflow)
{
    *overflow = false;
    size_t nbits = mag_bit_length(d, n);
    if (nbits <= 64) {
        unsigned long long m = 0;
        for (ssize_t i = n - 1; i >= 0; i--) m = (m << DIGIT_SHIFT) | d[i];
        return (double)m;
    }
    if (nbits > DBL_MAX_EXP) { *overflow = true; return 0.0; }
    bool sticky;
    size_t shift = nbits - 64;
    unsigned long long top = mag_bits_at(d, n, shift, &sticky);
    double r = ldexp((double)(top | sticky), (int)shift);
    if (isinf(r)) *overflow = true;
    return r;
}

double int_as_double(Object *o)
{
    if (int_is_compact(o)) return (double)int_compact_value(o);
    bool ovf;
    double r = mag_to_double(DIGITS(o), ABS_SIZE(o), &ovf);
    if (ovf) {
        err_set_string(&Exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return SIZE(o) < 0 ? -r : r;
}

/* ================================================================================================
 * 3. Arithmetic
 * ============================================================================================= */

int int_compare(Object *a, Object *b)
{
    ssize_t sa = SIZE(a), sb = SIZE(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    int c = v_cmp(DIGITS(a), ABS_SIZE(a), DIGITS(b), ABS_SIZE(b));
    return sa < 0 ? -c : c;
}

/* |a| + |b|, a fresh positive int. */
static IntObject *x_add(Object *a, Object *b)
{
    ssize_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    if (na < nb) { Object *t = a; a = b; b = t; ssize_t tn = na; na = nb; nb = tn; }
    IntObject *z = int_alloc(na + 1);
    if (!z) return NULL;
    SIZE(z) = v_add(z->ob_digit, DIGITS(a), na, DIGITS(b), nb);
    return z;
}

/* |a| - |b|, a fresh int with the sign of the difference. */
static IntObject *x_sub(Object *a, Object *b)
{
    ssize_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    int c = v_cmp(DIGITS(a), na, DIGITS(b), nb);
    bool neg = c < 0;
    if (neg) { Object *t = a; a = b; b = t; ssize_t tn = na; na = nb; nb = tn; }
    IntObject *z = int_alloc(na);
    if (!z) return NULL;
    v_sub(z->ob_digit, DIGITS(a), na, DIGITS(b), nb);
    int_norm(z);
    if (neg) SIZE(z) = -SIZE(z);
    return z;
}

static IntObject *negate_in_place(IntObject *z)
{
    if (z) SIZE(z) = -SIZE(z);
    return z;
}

Object *int_add(Object *a, Object *b)
{
    if (int_is_compact(a) && int_is_compact(b))
        return int_from_long(int_compact_value(a) + int_compact_value(b));
    if (SIZE(a) < 0)
        return int_finish(SIZE(b) < 0 ? negate_in_place(x_add(a, b)) : x_sub(b, a));
    return int_finish(SIZE(b) < 0 ? x_sub(a, b) : x_add(a, b));
}

Object *int_sub(Object *a, Object *b)
{
    if (int_is_compact(a) && int_is_compact(b))
        return int_from_long(int_compact_value(a) - int_compact_value(b));
    if (SIZE(a) < 0)
        return int_finish(negate_in_place(SIZE(b) < 0 ? x_sub(a, b) : x_add(a, b)));
    return int_finish(SIZE(b) < 0 ? x_add(a, b) : x_sub(a, b));
}

Object *int_mul(Object *a, Object *b)
{
    if (int_is_compact(a) && int_is_compact(b))
        return int_from_long(int_compact_value(a) * int_compact_value(b));
    ssize_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    if (na > nb) { Object *t = a; a = b; b = t; ssize_t tn = na; na = nb; nb = tn; }
    IntObject *z = int_alloc(na + nb);
    if (!z) return NULL;
    if (kmul(z->ob_digit, DIGITS(a), na, DIGITS(b), nb) < 0) {
        DECREF(z);
        return err_no_memory();
    }
    if ((SIZE(a) < 0) != (SIZE(b) < 0)) SIZE(z) = -SIZE(z);
    return int_finish(z);
}

Object *int_neg(Object *a)
{
    if (int_is_compact(a)) return int_from_long(-int_compact_value(a));
    return int_from_digits(DIGITS(a), ABS_SIZE(a), SIZE(a) > 0);
}

static Object *int_abs(Object *a)
{
    if (SIZE(a) < 0) return int_neg(a);
    return int_exact(a);
}

/* Truncated division of magnitudes: *pq = |a| / |b|, *pr = |a| % |b| (fresh, unnormalised
 * exact ints; either pointer may be NULL when not wanted).  b is nonzero. */
static int mag_divrem(Object *a, Object *b, IntObject **pq, IntObject **pr)
{
    ssize_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    IntObject *q = NULL, *r = NULL;
    if (v_cmp(DIGITS(a), na, DIGITS(b), nb) < 0) {
        q = int_alloc(0);
        r = int_alloc(na);
        if (!q || !r) goto fail;
        memcpy(r->ob_digit, DIGITS(a), (size_t)na * sizeof(digit));
    } else if (nb == 1) {
        q = int_alloc(na);
        r = int_alloc(1);
        if (!q || !r) goto fail;
        r->ob_digit[0] = v_divrem1(q->ob_digit, DIGITS(a), na, DIGITS(b)[0]);
    } else {
        q = int_alloc(na - nb + 1);
        r = int_alloc(nb);
        if (!q || !r) goto fail;
        if (v_divrem(q->ob_digit, r->ob_digit, DIGITS(a), na, DIGITS(b), nb) < 0) {
            err_no_memory();
            goto fail;
        }
    }
    int_norm(q);
    int_norm(r);
    if (pq) *pq = q; else DECREF(q);
    if (pr) *pr = r; else DECREF(r);
    return 0;
fail:
    XDECREF(q);
    XDECREF(r);
    return -1;
}

/* Floor division and modulo (Python's semantics: the remainder takes the divisor's sign).
 * *pq and/or *pr receive new references; b must be nonzero. */
static int int_divmod_floor(Object *a, Object *b, Object **pq, Object **pr)
{
    if (int_is_compact(a) && int_is_compact(b)) {
        long x = int_compact_value(a), y = int_compact_value(b);
        long q = x / y, r = x % y;
        if (r && ((r ^ y) < 0)) { r += y; q--; }
        if (pq && !(*pq = int_from_long(q))) return -1;
        if (pr && !(*pr = int_from_long(r))) { if (pq) CLEAR(*pq); return -1; }
        return 0;
    }
    IntObject *q, *r;
    if (mag_divrem(a, b, &q, &r) < 0) return -1;
    bool qneg = (SIZE(a) < 0) != (SIZE(b) < 0);
    if (qneg) SIZE(q) = -SIZE(q);
    if (SIZE(a) < 0) SIZE(r) = -SIZE(r);
    Object *qo = OBJ(q), *ro = OBJ(r);
    if (SIZE(r) != 0 && (SIZE(r) < 0) != (SIZE(b) < 0)) {
        /* floor: q -= 1, r += b */
        ro = int_add(OBJ(r), b);
        DECREF(r);
        if (!ro) { DECREF(q); return -1; }
        qo = int_sub(OBJ(q), SMALL_INT(1));
        DECREF(q);
        if (!qo) { DECREF(ro); return -1; }
    } else {
        qo = int_finish(q);
        ro = int_finish(r);
    }
    if (pq) *pq = qo; else DECREF(qo);
    if (pr) *pr = ro; else DECREF(ro);
    return 0;
}

Object *int_floordiv(Object *a, Object *b)
{
    if (SIZE(b) == 0) {
        err_set_string(&Exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    Object *q;
    return int_divmod_floor(a, b, &q, NULL) < 0 ? NULL : q;
}

Object *int_mod(Object *a, Object *b)
{
    if (SIZE(b) == 0) {
        err_set_string(&Exc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    Object *r;
    return int_divmod_floor(a, b, NULL, &r) < 0 ? NULL : r;
}

Object *int_divmod(Object *a, Object *b)
{
    if (SIZE(b) == 0) {
        err_set_string(&Exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    Object *q, *r;
    if (int_divmod_floor(a, b, &q, &r) < 0) return NULL;
    Object *t = tuple_new(2);
    if (!t) { DECREF(q); DECREF(r); return NULL; }
    TUPLE_SET(t, 0, q);
    TUPLE_SET(t, 1, r);
    return t;
}

/* a / b correctly rounded.  Small operands (both exact doubles) divide in hardware; otherwise
 * scale a so that the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer in the subnormal
 * range), keep whether anything was lost as a sticky bit, and round half to even once. */
Object *int_true_divide(Object *a, Object *b)
{
    if (SIZE(b) == 0) {
        err_set_string(&Exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    size_t abits = int_bit_length(a), bbits = int_bit_length(b);
    bool neg = (SIZE(a) < 0) != (SIZE(b) < 0);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG)
        return float_from_double(int_as_double(a) / int_as_double(b));
    if (SIZE(a) == 0) return float_from_double(neg ? -0.0 : 0.0);

    long diff = (long)abits - (long)bbits;
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return float_from_double(neg ? -0.0 : 0.0);
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;

    bool inexact = false;
    IntObject *x;
    if (shift <= 0) {
        x = mag_lshift(DIGITS(a), ABS_SIZE(a), (size_t)-shift);
    } else {
        ssize_t na = ABS_SIZE(a), w = shift / DIGIT_SHIFT;
        int r = (int)(shift % DIGIT_SHIFT);
        x = int_alloc(na - w);
        if (x) {
            for (ssize_t i = 0; i < w; i++) inexact |= DIGITS(a)[i] != 0;
            inexact |= v_rshift(x->ob_digit, DIGITS(a) + w, na - w, r) != 0;
            int_norm(x);
        }
    }
    if (!x) return NULL;
    IntObject *q, *rem;
    int rc = mag_divrem(OBJ(x), b, &q, &rem);
    DECREF(x);
    if (rc < 0) return NULL;
    inexact |= SIZE(rem) != 0;
    DECREF(rem);

    /* q now has at most DBL_MANT_DIG + 3 bits: it fits 64 */
    size_t qbits = int_bit_length(OBJ(q));
    unsigned long long m = 0;
    for (ssize_t i = SIZE(q) - 1; i >= 0; i--) m = (m << DIGIT_SHIFT) | q->ob_digit[i];
    DECREF(q);
    long keep = (long)qbits > DBL_MIN_EXP - shift ? (long)qbits : DBL_MIN_EXP - shift;
    int extra = (int)(keep - DBL_MANT_DIG);     /* low bits to round away */
    if (extra > 0) {
        unsigned long long half = 1ULL << (extra - 1), low = m & ((1ULL << extra) - 1);
        m >>= extra;
        if (low > half || (low == half && (inexact || (m & 1)))) m++;
        shift += extra;
    }
    double dx = ldexp((double)m, (int)shift);
    if (isinf(dx)) goto overflow;
    return float_from_double(neg ? -dx : dx);

overflow:
    err_set_string(&Exc_OverflowError, "integer division result too large for a float");
    return NULL;
}

/* ---- shifts ---------------------------------------------------------------------------------- */

static Object *shift_impl(Object *a, Object *b, bool left)
{
    if (SIZE(b) < 0) {
        err_set_string(&Exc_ValueError, "negative shift count");
        return NULL;
    }
    if (SIZE(a) == 0) return NEWREF(SMALL_INT(0));
    int ovf;
    long n = int_as_long_overflow(b, &ovf);
    if (left) {
        /* as CPython: a word shift beyond ssize_t, or a result beyond the most digits an int
         * may have, is an OverflowError; anything else is tried (and may be a MemoryError) */
        long wshift = n / DIGIT_SHIFT;
        if (ovf) {
            Object *w = int_floordiv(b, SMALL_INT(30));
            if (!w) return NULL;
            wshift = int_as_long_overflow(w, &ovf);
            DECREF(w);
        }
        if (ovf || wshift > MAX_LONG_DIGITS - ABS_SIZE(a) - 1) {
            err_set_string(&Exc_OverflowError, "too many digits in integer");
            return NULL;
        }
        if (wshift > ((ssize_t)1 << 40)) return err_no_memory();   /* 4 TiB: no allocator has it */
        if (int_is_compact(a) && n <= 32)
            return int_from_long(int_compact_value(a) * (1L << n));
        IntObject *z = mag_lshift(DIGITS(a), ABS_SIZE(a), (size_t)n);
        if (z && SIZE(a) < 0) SIZE(z) = -SIZE(z);
        return int_finish(z);
    }
    /* right shift rounds toward minus infinity: -(|a| >> n) - (bits lost ? 1 : 0) */
    if (int_is_compact(a))
        return int_from_long(ovf || n >= 63 ? (SIZE(a) < 0 ? -1 : 0) : int_compact_value(a) >> n);
    ssize_t na = ABS_SIZE(a);
    if (ovf || n / DIGIT_SHIFT >= na) return NEWREF(SMALL_INT(SIZE(a) < 0 ? -1 : 0));
    ssize_t w = n / DIGIT_SHIFT, nz = na - w;
    IntObject *z = int_alloc(nz);
    if (!z) return NULL;
    bool lost = v_rshift(z->ob_digit, DIGITS(a) + w, nz, (int)(n % DIGIT_SHIFT)) != 0;
    for (ssize_t i = 0; i < w && !lost; i++) lost = DIGITS(a)[i] != 0;
    if (SIZE(a) < 0) {
        digit one = 1;
        if (lost && v_iadd(z->ob_digit, nz, &one, 1)) {   /* carry out: z was all ones */
            IntObject *g = int_alloc(nz + 1);
            if (!g) { DECREF(z); return NULL; }
            g->ob_digit[nz] = 1;
            DECREF(z);
            z = g;
        }
        SIZE(z) = -SIZE(z);
    }
    return int_finish(z);
}

Object *int_lshift(Object *a, Object *b) { return shift_impl(a, b, true); }
Object *int_rshift(Object *a, Object *b) { return shift_impl(a, b, false); }

/* ---- bitwise operations -------------------------------------------------------------------------
 * Python gives negative ints an infinite two's-complement form.  Each operand is written into n
 * digits of two's complement (a negative one as ~(|x| - 1)), combined digit by digit with the sign
 * extension as padding, and a negative result converted back by the same identity. */

static void to_twos(digit *out, ssize_t n, Object *x)
{
    ssize_t nx = ABS_SIZE(x);
    memcpy(out, DIGITS(x), (size_t)nx * sizeof(digit));
    memset(out + nx, 0, (size_t)(n - nx) * sizeof(digit));
    if (SIZE(x) < 0) {
        digit one = 1;
        v_isub(out, n, &one, 1);
        for (ssize_t i = 0; i < n; i++) out[i] = ~out[i] & DIGIT_MASK;
    }
}

static Object *bitwise(Object *a, char op, Object *b)
{
    if (int_is_compact(a) && int_is_compact(b)) {
        long x = int_compact_value(a), y = int_compact_value(b);
        return int_from_long(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    ssize_t na = ABS_SIZE(a), nb = ABS_SIZE(b), n = (na > nb ? na : nb) + 1;
    bool sa = SIZE(a) < 0, sb = SIZE(b) < 0;
    bool sz = op == '&' ? (sa && sb) : op == '|' ? (sa || sb) : (sa != sb);
    IntObject *z = int_alloc(n);
    if (!z) return NULL;
    digit *tb = mem_alloc((size_t)n * sizeof(digit));
    if (!tb) { DECREF(z); return err_no_memory(); }
    digit *za = z->ob_digit;
    to_twos(za, n, a);
    to_twos(tb, n, b);
    for (ssize_t i = 0; i < n; i++)
        za[i] = op == '&' ? (za[i] & tb[i]) : op == '|' ? (za[i] | tb[i]) : (za[i] ^ tb[i]);
    mem_free(tb);
    if (sz) {
        /* |z| = ~z + 1; the top digit is all ones (sign extension), so no carry leaves n digits
         * except for -BASE**n, impossible here since n exceeds both operand sizes */
        for (ssize_t i = 0; i < n; i++) za[i] = ~za[i] & DIGIT_MASK;
        digit one = 1;
        v_iadd(za, n, &one, 1);
        int_norm(z);
        SIZE(z) = -SIZE(z);
    }
    return int_finish(z);
}

/* ---- power ----------------------------------------------------------------------------------- */

/* x mod m with floor semantics, m > 0: a new reference. */
static Object *mod_pos(Object *x, Object *m)
{
    Object *r;
    return int_divmod_floor(x, m, NULL, &r) < 0 ? NULL : r;
}

/* The inverse of a modulo n (n > 1) by the extended Euclidean algorithm. */
static Object *int_invmod(Object *a, Object *n)
{
    Object *b = NEWREF(n), *x0 = NEWREF(SMALL_INT(1)), *x1 = NEWREF(SMALL_INT(0));
    a = mod_pos(a, n);
    while (a && SIZE(b) != 0) {
        Object *q, *r;
        if (int_divmod_floor(a, b, &q, &r) < 0) goto fail;
        SETREF(a, b);
        b = r;
        Object *t = int_mul(q, x1);
        DECREF(q);
        if (!t) goto fail;
        Object *nx = int_sub(x0, t);
        DECREF(t);
        if (!nx) goto fail;
        SETREF(x0, x1);
        x1 = nx;
    }
    if (!a) goto fail;
    if (!(SIZE(a) == 1 && DIGITS(a)[0] == 1)) {
        err_set_string(&Exc_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    DECREF(a); DECREF(b); DECREF(x1);
    Object *res = mod_pos(x0, n);
    DECREF(x0);
    return res;
fail:
    XDECREF(a); DECREF(b); DECREF(x0); DECREF(x1);
    return NULL;
}

/* a ** e (e >= 0), reduced modulo m when m is not NULL (m > 1, 0 <= a < m).  Left-to-right
 * binary exponentiation over e's bits. */
static Object *pow_binary(Object *a, Object *e, Object *m)
{
    Object *z = NEWREF(SMALL_INT(1));
    size_t bits = int_bit_length(e);
    for (size_t i = bits; i-- > 0;) {
        Object *t = int_mul(z, z);
        DECREF(z);
        if (!t) return NULL;
        if (m) { z = mod_pos(t, m); DECREF(t); if (!z) return NULL; } else z = t;
        if ((DIGITS(e)[i / DIGIT_SHIFT] >> (i % DIGIT_SHIFT)) & 1) {
            t = int_mul(z, a);
            DECREF(z);
            if (!t) return NULL;
            if (m) { z = mod_pos(t, m); DECREF(t); if (!z) return NULL; } else z = t;
        }
    }
    return z;
}

static Object *int_pow(Object *a, Object *b, Object *c)
{
    if (!IS_INT(a) || !IS_INT(b) || (c != NONE && !IS_INT(c))) RETURN_NOTIMPL;
    if (c == NONE) {
        if (SIZE(b) < 0)     /* a negative exponent makes a float */
            return FloatType.tp_as_number->nb_power(a, b, c);
        if (int_is_compact(a) && int_is_compact(b)) {
            /* repeated squaring in C while it cannot overflow */
            long base = int_compact_value(a), e = int_compact_value(b), r = 1;
            bool ok = true;
            while (e && ok) {
                if (e & 1) ok = !__builtin_mul_overflow(r, base, &r);
                e >>= 1;
                if (e && ok) ok = !__builtin_mul_overflow(base, base, &base);
            }
            if (ok) return int_from_long(r);
        }
        return pow_binary(a, b, NULL);
    }
    if (SIZE(c) == 0) {
        err_set_string(&Exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    Object *m = int_abs(c);
    if (!m) return NULL;
    Object *res = NULL, *base = NULL, *e = NULL;
    if (SIZE(m) == 1 && DIGITS(m)[0] == 1) { DECREF(m); return NEWREF(SMALL_INT(0)); }
    if (SIZE(b) < 0) {
        base = int_invmod(a, m);
        e = int_neg(b);
    } else {
        base = mod_pos(a, m);
        e = NEWREF(b);
    }
    if (base && e) res = pow_binary(base, e, m);
    XDECREF(base);
    XDECREF(e);
    if (res && SIZE(c) < 0 && SIZE(res) != 0) SETREF(res, int_sub(res, m));
    DECREF(m);
    return res;
}

/* ---- hashing --------------------------------------------------------------------------------- */

/* The value modulo 2**61 - 1, folding one digit at a time (2**61 ≡ 1, so a left rotation by 30
 * within 61 bits multiplies by 2**30 modulo the prime). */
int64_t int_hash(Object *o)
{
    if (int_is_compact(o)) {
        long v = int_compact_value(o);
        return v == -1 ? -2 : v;
    }
    ssize_t n = ABS_SIZE(o);
    const digit *d = DIGITS(o);
    uint64_t x = 0;
    const uint64_t mod = (uint64_t)HASH_MODULUS;
    for (ssize_t i = n - 1; i >= 0; i--) {
        x = ((x << DIGIT_SHIFT) & mod) | (x >> (HASH_BITS - DIGIT_SHIFT));
        x += d[i];
        if (x >= mod) x -= mod;
    }
    int64_t h = SIZE(o) < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ================================================================================================
 * 4. Text conversion
 * ============================================================================================= */

#define LIMIT_TO_STR "Exceeds the limit (%d digits) for integer string conversion; " \
                     "use sys.set_int_max_str_digits() to increase the limit"
#define LIMIT_TO_INT "Exceeds the limit (%d digits) for integer string conversion: value has " \
                     "%zd digits; use sys.set_int_max_str_digits() to increase the limit"

/* An ASCII str of n bytes from buf. */
static Object *ascii_str(const char *buf, ssize_t n)
{
    Object *s = str_new(n, 127);
    if (s) memcpy(STR_DATA(s), buf, (size_t)n);
    return s;
}

/* Decimal: convert the magnitude to base 10**9 (each step multiplies the partial result by 2**30
 * and adds the next digit, from the top), then print the 9-digit groups. */
#define DEC_BASE  1000000000u
#define DEC_DIGS  9
Object *int_to_decimal_string(Object *o)
{
    char small[24];
    if (int_is_compact(o)) {
        long v = int_compact_value(o);
        unsigned long m = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
        char *p = small + sizeof small;
        do { *--p = (char)('0' + m % 10); m /= 10; } while (m);
        if (v < 0) *--p = '-';
        return ascii_str(p, small + sizeof small - p);
    }
    ssize_t n = ABS_SIZE(o);
    const digit *d = DIGITS(o);
    int limit = int_max_str_digits;
    if (limit > 0 && n >= 10 * INT_MAX_STR_DIGITS_THRESHOLD / (3 * DIGIT_SHIFT) + 2 &&
        limit / (3 * DIGIT_SHIFT) <= (n - 11) / 10) {
        return err_format(&Exc_ValueError, LIMIT_TO_STR, limit);
    }
    /* 30 bits < 3.34 decimal groups of 9 digits... each digit adds < 30/29.89 groups */
    ssize_t cap = 1 + n + n / 32 + 1;
    uint32_t *out = mem_alloc((size_t)cap * sizeof(uint32_t));
    if (!out) return err_no_memory();
    ssize_t size = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        digit hi = d[i];
        for (ssize_t j = 0; j < size; j++) {
            twodigits z = ((twodigits)out[j] << DIGIT_SHIFT) | hi;
            hi = (digit)(z / DEC_BASE);
            out[j] = (uint32_t)(z - (twodigits)hi * DEC_BASE);
        }
        while (hi) {
            out[size++] = hi % DEC_BASE;
            hi /= DEC_BASE;
        }
    }
    if (size == 0) out[size++] = 0;
    ssize_t ndig = (size - 1) * DEC_DIGS;
    for (uint32_t t = out[size - 1]; t; t /= 10) ndig++;
    if (limit > 0 && ndig > INT_MAX_STR_DIGITS_THRESHOLD && ndig > limit) {
        mem_free(out);
        return err_format(&Exc_ValueError, LIMIT_TO_STR, limit);
    }
    bool neg = SIZE(o) < 0;
    Object *s = str_new(ndig + neg, 127);
    if (!s) { mem_free(out); return NULL; }
    char *p = (char *)STR_DATA(s) + ndig + neg;
    for (ssize_t j = 0; j < size - 1; j++) {
        uint32_t g = out[j];
        for (int k = 0; k < DEC_DIGS; k++) { *--p = (char)('0' + g % 10); g /= 10; }
    }
    for (uint32_t g = out[size - 1]; g; g /= 10) *--p = (char)('0' + g % 10);
    if (neg) *--p = '-';
    mem_free(out);
    return s;
}

Object *int_to_base(Object *o, int base)
{
    if (base == 10) return int_to_decimal_string(o);
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    char prefix = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    size_t nbits = int_bit_length(o);
    ssize_t ndig = nbits ? (ssize_t)((nbits + bits - 1) / bits) : 1;
    bool neg = SIZE(o) < 0;
    ssize_t len = neg + 2 + ndig;
    Object *s = str_new(len, 127);
    if (!s) return NULL;
    char *buf = STR_DATA(s), *p = buf + len;
    const digit *d = DIGITS(o);
    ssize_t n = ABS_SIZE(o);
    twodigits acc = 0;
    int accbits = 0;
    ssize_t i = 0;
    for (ssize_t k = 0; k < ndig; k++) {
        if (accbits < bits && i < n) {
            acc |= (twodigits)d[i++] << accbits;
            accbits += DIGIT_SHIFT;
        }
        *--p = "0123456789abcdef"[acc & (twodigits)(base - 1)];
        acc >>= bits;
        accbits -= bits;
    }
    *--p = prefix;
    *--p = '0';
    if (neg) *--p = '-';
    return s;
}

/* ---- parsing --------------------------------------------------------------------------------- */

/* Digit values of ASCII characters for bases up to 36; 37 for anything else. */
static unsigned char digit_value[256];

static void init_digit_values(void)
{
    memset(digit_value, 37, sizeof digit_value);
    for (int c = '0'; c <= '9'; c++) digit_value[c] = (unsigned char)(c - '0');
    for (int c = 'a'; c <= 'z'; c++) digit_value[c] = (unsigned char)(c - 'a' + 10);
    for (int c = 'A'; c <= 'Z'; c++) digit_value[c] = (unsigned char)(c - 'A' + 10);
}

static bool ascii_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The text of a str, bytes or bytearray as ASCII for the number parsers: a str's Unicode
 * whitespace becomes ' ', its decimal digits (e.g. Arabic-Indic) their ASCII form, and any other
 * non-ASCII character '?' (which no parser accepts).  Returns a pointer to the text (borrowed
 * from o, or *tofree when converted; mem_free it), or NULL when o is not text (no error set). */
const char *num_text_ascii(Object *o, ssize_t *len, char **tofree)
{
    *tofree = NULL;
    if (IS_STR(o)) {
        ssize_t n = STR_LEN(o);
        *len = n;
        if (STR_IS_ASCII(o)) return (const char *)STR_DATA(o);
        char *buf = mem_alloc((size_t)n + 1);
        if (!buf) { err_no_memory(); return NULL; }
        int kind = STR_KIND(o);
        const void *data = STR_DATA(o);
        for (ssize_t i = 0; i < n; i++) {
            uint32_t c = STR_READ(kind, data, i);
            int dv;
            if (c < 128) buf[i] = (char)c;
            else if (unicode_isspace(c)) buf[i] = ' ';
            else if ((dv = unicode_decimal_value(c)) >= 0) buf[i] = (char)('0' + dv);
            else buf[i] = '?';
        }
        buf[n] = 0;
        *tofree = buf;
        return buf;
    }
    if (IS_BYTES(o)) { *len = BYTES_LEN(o); return BYTES_DATA(o); }
    if (IS_BYTEARRAY(o)) { *len = SIZE(o); return ((ByteArrayObject *)o)->ob_start; }
    return NULL;
}

/* Multiply-add in place: z[0..*n) = z * mul + add, growing *n by at most one (room assumed). */
static void v_muladd1(digit *z, ssize_t *n, digit mul, digit add)
{
    twodigits carry = add;
    for (ssize_t i = 0; i < *n; i++) {
        carry += (twodigits)z[i] * mul;
        z[i] = (digit)(carry & DIGIT_MASK);
        carry >>= DIGIT_SHIFT;
    }
    if (carry) z[(*n)++] = (digit)carry;
}

/* The value of the digits in s[0..len) (underscores skipped, all valid for base), nonnegative. */
static Object *digits_to_int(const char *s, ssize_t len, int base, ssize_t ndigits)
{
    if (ndigits <= 18 && base <= 10) {
        unsigned long long v = 0;
        for (ssize_t i = 0; i < len; i++)
            if (s[i] != '_') v = v * (unsigned)base + digit_value[(unsigned char)s[i]];
        return int_from_ulonglong(v);
    }
    if ((base & (base - 1)) == 0) {
        /* power of two: pack bits from the least significant end */
        int bits = __builtin_ctz((unsigned)base);
        ssize_t nd = (ssize_t)(((size_t)ndigits * bits + DIGIT_SHIFT - 1) / DIGIT_SHIFT);
        IntObject *z = int_alloc(nd);
        if (!z) return NULL;
        twodigits acc = 0;
        int accbits = 0;
        ssize_t k = 0;
        for (ssize_t i = len - 1; i >= 0; i--) {
            if (s[i] == '_') continue;
            acc |= (twodigits)digit_value[(unsigned char)s[i]] << accbits;
            accbits += bits;
            if (accbits >= DIGIT_SHIFT) {
                z->ob_digit[k++] = (digit)(acc & DIGIT_MASK);
                acc >>= DIGIT_SHIFT;
                accbits -= DIGIT_SHIFT;
            }
        }
        if (accbits) z->ob_digit[k++] = (digit)acc;
        return int_finish(z);
    }
    /* other bases: gather groups of `width` characters whose value fits a digit, then
     * z = z * base**width + group (quadratic, as CPython 3.11) */
    int width = 0;
    twodigits convmult = 1;
    while (convmult * (twodigits)base < DIGIT_BASE) { convmult *= (twodigits)base; width++; }
    double log_base = log((double)base) / log(2.0);
    ssize_t cap = (ssize_t)((double)ndigits * log_base / DIGIT_SHIFT) + 2;
    IntObject *z = int_alloc(cap);
    if (!z) return NULL;
    ssize_t n = 0;
    digit group = 0;
    twodigits mult = 1;
    for (ssize_t i = 0; i < len; i++) {
        if (s[i] == '_') continue;
        group = group * (digit)base + digit_value[(unsigned char)s[i]];
        mult *= (twodigits)base;
        if (mult == convmult) {
            v_muladd1(z->ob_digit, &n, (digit)mult, group);
            group = 0;
            mult = 1;
        }
    }
    if (mult > 1) v_muladd1(z->ob_digit, &n, (digit)mult, group);
    SIZE(z) = n;
    return int_finish(z);
}

/* int(text, base): parse s[0..len) (ASCII).  `orig` (may be NULL) is what the error message
 * shows; NULL means a str made from s.  Returns a new reference. */
Object *int_parse(const char *s, ssize_t len, int base, Object *orig)
{
    const char *p = s, *end = s + len;
    int obase = base;
    bool neg = false, zero_only = false, after_prefix = false;
    while (p < end && ascii_space((unsigned char)*p)) p++;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        zero_only = p < end && *p == '0';     /* "010" is not a literal; "0_0" is */
    }
    if (after_prefix && p < end && *p == '_') p++;   /* "0x_ff": one may follow a prefix */
    const char *start = p;
    ssize_t ndigits = 0;
    char prev = 0;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c == '_') {
            if (prev == '_' || p == start) break;
        } else if (digit_value[c] < base) {
            if (zero_only && c != '0') goto invalid;
            ndigits++;
        } else {
            break;
        }
        prev = (char)c;
        p++;
    }
    if (ndigits == 0 || prev == '_') goto invalid;
    if ((base & (base - 1)) != 0 && int_max_str_digits > 0 && ndigits > int_max_str_digits)
        return err_format(&Exc_ValueError, LIMIT_TO_INT, int_max_str_digits, ndigits);
    const char *dend = p;
    while (p < end && ascii_space((unsigned char)*p)) p++;
    if (p != end) goto invalid;
    Object *v = digits_to_int(start, dend - start, base, ndigits);
    if (v && neg && SIZE(v) != 0) {
        Object *t = int_neg(v);
        DECREF(v);
        v = t;
    }
    return v;

invalid:
    if (orig) return err_format(&Exc_ValueError, "invalid literal for int() with base %d: %.200R",
                                obase, orig);
    Object *str = str_from_utf8_lossy(s, len);
    if (!str) return NULL;
    err_format(&Exc_ValueError, "invalid literal for int() with base %d: %.200R", obase, str);
    DECREF(str);
    return NULL;
}

Object *int_from_string(const char *s, ssize_t len, int base)
{
    return int_parse(s, len, base, NULL);
}

/* The digit limit applies to literals too (CPython 3.11 reports it as a SyntaxError: the
 * compiler's business). */
Object *int_from_literal(const char *s, ssize_t len)
{
    return int_parse(s, len, 0, NULL);
}

/* int(text, base) for a str, bytes or bytearray object. */
static Object *int_from_text_object(Object *o, int base)
{
    ssize_t len;
    char *tofree;
    const char *s = num_text_ascii(o, &len, &tofree);
    if (!s) return err_occurred() ? NULL : err_bad_internal_call("int_from_text_object");
    Object *r = int_parse(s, len, base, o);
    mem_free(tofree);
    return r;
}

/* ---- bytes ----------------------------------------------------------------------------------- */

Object *int_from_bytes(const unsigned char *b, size_t n, bool little, bool is_signed)
{
    if (n == 0) return NEWREF(SMALL_INT(0));
    unsigned char top = little ? b[n - 1] : b[0];
    bool neg = is_signed && (top & 0x80);
    ssize_t nd = (ssize_t)((n * 8 + DIGIT_SHIFT - 1) / DIGIT_SHIFT);
    IntObject *z = int_alloc(nd);
    if (!z) return NULL;
    twodigits acc = 0;
    int accbits = 0, carry = 1;
    ssize_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned int byte = little ? b[i] : b[n - 1 - i];
        if (neg) {                       /* two's complement back to the magnitude: ~x + 1 */
            byte = (~byte & 0xff) + (unsigned)carry;
            carry = byte >> 8;
            byte &= 0xff;
        }
        acc |= (twodigits)byte << accbits;
        accbits += 8;
        if (accbits >= DIGIT_SHIFT) {
            z->ob_digit[k++] = (digit)(acc & DIGIT_MASK);
            acc >>= DIGIT_SHIFT;
            accbits -= DIGIT_SHIFT;
        }
    }
    if (accbits && k < nd) z->ob_digit[k++] = (digit)acc;
    int_norm(z);
    if (neg) SIZE(z) = -SIZE(z);
    return int_finish(z);
}

int int_to_bytes(Object *o, unsigned char *b, size_t n, bool little, bool is_signed)
{
    bool neg = SIZE(o) < 0;
    if (neg && !is_signed) {
        err_set_string(&Exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    size_t bits = int_bit_length(o);
    bool fits;
    if (!is_signed) fits = bits <= 8 * n;
    else if (!neg) fits = bits < 8 * n || (n == 0 && bits == 0);
    else {
        /* -2**(8n-1) <= o: |o| < 2**(8n-1), or |o| is exactly that power of two */
        fits = bits < 8 * n || (n == 0 && bits == 1);   /* CPython lets -1 fit in no bytes */
        if (!fits && bits == 8 * n && n > 0) {
            fits = true;
            const digit *d = DIGITS(o);
            ssize_t nd = ABS_SIZE(o);
            for (ssize_t i = 0; i < nd && fits; i++)
                fits = d[i] == (i == nd - 1 ? (digit)1 << ((bits - 1) % DIGIT_SHIFT) : 0);
        }
    }
    if (!fits) {
        err_set_string(&Exc_OverflowError, "int too big to convert");
        return -1;
    }
    const digit *d = DIGITS(o);
    ssize_t nd = ABS_SIZE(o), k = 0;
    twodigits acc = 0;
    int accbits = 0, carry = 1;
    for (size_t i = 0; i < n; i++) {
        if (accbits < 8 && k < nd) {
            acc |= (twodigits)d[k++] << accbits;
            accbits += DIGIT_SHIFT;
        }
        unsigned int byte = (unsigned int)(acc & 0xff);
        acc >>= 8;
        accbits -= 8;
        if (neg) {
            byte = (~byte & 0xff) + (unsigned)carry;
            carry = byte >> 8;
            byte &= 0xff;
        }
        b[little ? i : n - 1 - i] = (unsigned char)byte;
    }
    return 0;
}

/* ================================================================================================
 * 5. The type
 * ============================================================================================= */

#define CHECK_BINOP(a, b) do { if (!IS_INT(a) || !IS_INT(b)) RETURN_NOTIMPL; } while (0)

static Object *nb_add_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_add(a, b); }
static Object *nb_sub_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_sub(a, b); }
static Object *nb_mul_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_mul(a, b); }
static Object *nb_floordiv_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_floordiv(a, b); }
static Object *nb_mod_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_mod(a, b); }
static Object *nb_divmod_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_divmod(a, b); }
static Object *nb_truediv_(Object *a, Object *b)
{
    CHECK_BINOP(a, b);
    return int_true_divide(a, b);
}
static Object *nb_lshift_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_lshift(a, b); }
static Object *nb_rshift_(Object *a, Object *b) { CHECK_BINOP(a, b); return int_rshift(a, b); }
static Object *nb_and_(Object *a, Object *b) { CHECK_BINOP(a, b); return bitwise(a, '&', b); }
static Object *nb_or_(Object *a, Object *b) { CHECK_BINOP(a, b); return bitwise(a, '|', b); }
static Object *nb_xor_(Object *a, Object *b) { CHECK_BINOP(a, b); return bitwise(a, '^', b); }
static Object *nb_neg_(Object *a) { return int_neg(a); }
static Object *nb_pos_(Object *a) { return int_exact(a); }
static Object *nb_abs_(Object *a) { return int_abs(a); }
static int nb_bool_(Object *a) { return SIZE(a) != 0; }

static Object *nb_invert_(Object *a)
{
    if (int_is_compact(a)) return int_from_long(~int_compact_value(a));
    /* ~x == -(x + 1) */
    Object *t = int_add(a, SMALL_INT(1));
    if (!t) return NULL;
    Object *r = int_neg(t);
    DECREF(t);
    return r;
}

static Object *nb_float_(Object *a)
{
    double d = int_as_double(a);
    if (d == -1.0 && err_occurred()) return NULL;
    return float_from_double(d);
}

Object *int_richcompare(Object *a, Object *b, int op)
{
    if (!IS_INT(a) || !IS_INT(b)) RETURN_NOTIMPL;
    int c = a == b ? 0 : int_compare(a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default:     r = c >= 0; break;
    }
    return bool_from(r);
}

static Object *int_repr(Object *self) { return int_to_decimal_string(self); }

static void int_dealloc(Object *self)
{
    TYPE(self)->tp_free(self);
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *int_conjugate(Object *self, Object *unused) { return int_exact(self); }

static Object *int_bit_length_m(Object *self, Object *unused)
{
    return int_from_ulonglong(int_bit_length(self));
}

static Object *int_bit_count(Object *self, Object *unused)
{
    size_t c = 0;
    for (ssize_t i = 0, n = ABS_SIZE(self); i < n; i++)
        c += (size_t)__builtin_popcount(DIGITS(self)[i]);
    return int_from_ulonglong(c);
}

static Object *int_as_integer_ratio(Object *self, Object *unused)
{
    Object *n = int_exact(self);
    if (!n) return NULL;
    Object *t = tuple_pack(2, n, SMALL_INT(1));
    DECREF(n);
    return t;
}

static Object *int_getnewargs(Object *self, Object *unused)
{
    Object *n = int_exact(self);
    if (!n) return NULL;
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}

static Object *int_sizeof(Object *self, Object *unused)
{
    ssize_t n = ABS_SIZE(self);
    return int_from_ssize((ssize_t)offsetof(IntObject, ob_digit) +
                          (n > 1 ? n : 1) * (ssize_t)sizeof(digit));
}

static Object *int_format_m(Object *self, Object *spec)
{
    if (!IS_STR(spec))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %.200s",
                          TYPE(spec)->tp_name);
    return format_int(self, spec);
}

/* round(self, ndigits): with ndigits < 0, round half to even at 10**-ndigits. */
static Object *int_round(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("__round__", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return int_exact(self);
    Object *nd = num_index(args[0]);
    if (!nd) return NULL;
    if (SIZE(nd) >= 0) { DECREF(nd); return int_exact(self); }
    Object *e = int_neg(nd), *p = NULL, *q = NULL, *r = NULL, *res = NULL;
    DECREF(nd);
    if (!e) return NULL;
    p = int_pow(SMALL_INT(10), e, NONE);
    DECREF(e);
    if (!p || int_divmod_floor(self, p, &q, &r) < 0) goto done;
    Object *r2 = int_add(r, r);
    if (!r2) goto done;
    int c = int_compare(r2, p);
    DECREF(r2);
    if (c > 0 || (c == 0 && SIZE(q) != 0 && (DIGITS(q)[0] & 1))) {
        SETREF(q, int_add(q, SMALL_INT(1)));
        if (!q) goto done;
    }
    res = int_mul(q, p);
done:
    XDECREF(p); XDECREF(q); XDECREF(r);
    return res;
}

/* "little" / "big" -> 1 / 0; -1 with an error. */
static int parse_byteorder(Object *o, const char *fname)
{
    if (!o) return 0;
    if (!IS_STR(o)) {
        err_format(&Exc_TypeError, "%s() argument 'byteorder' must be str, not %.200s", fname,
                   TYPE(o)->tp_name);
        return -1;
    }
    if (str_eq_cstr(o, "little")) return 1;
    if (str_eq_cstr(o, "big")) return 0;
    err_set_string(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static Object *int_to_bytes_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const kwlist[] = { "length", "byteorder", "signed", NULL };
    Object *a[3] = { NULL, NULL, NULL };
    if (args_parse("to_bytes", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return NULL;
    ssize_t length = 1;
    if (a[0]) {
        length = num_as_ssize(a[0], &Exc_OverflowError);
        if (length == -1 && err_occurred()) return NULL;
        if (length < 0) {
            err_set_string(&Exc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int little = parse_byteorder(a[1], "to_bytes");
    if (little < 0) return NULL;
    int is_signed = a[2] ? obj_is_true(a[2]) : 0;
    if (is_signed < 0) return NULL;
    Object *b = bytes_from_data(NULL, length);
    if (!b) return NULL;
    if (int_to_bytes(self, (unsigned char *)BYTES_DATA(b), (size_t)length, little, is_signed) < 0) {
        DECREF(b);
        return NULL;
    }
    return b;
}

static Object *int_from_bytes_m(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const kwlist[] = { "bytes", "byteorder", "signed", NULL };
    Object *a[3] = { NULL, NULL, NULL };
    if (args_parse("from_bytes", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    int little = parse_byteorder(a[1], "from_bytes");
    if (little < 0) return NULL;
    int is_signed = a[2] ? obj_is_true(a[2]) : 0;
    if (is_signed < 0) return NULL;
    Object *data;
    if (IS_BYTES(a[0])) {
        data = NEWREF(a[0]);
    } else if (IS_STR(a[0]) || IS_INT(a[0])) {     /* bytes(5) would make five zero bytes */
        return err_format(&Exc_TypeError, "cannot convert '%.200s' object to bytes",
                          TYPE(a[0])->tp_name);
    } else {
        data = obj_call1(OBJ(&BytesType), a[0]);     /* bytes(x): buffers and iterables */
        if (!data) return NULL;
    }
    Object *v = int_from_bytes((const unsigned char *)BYTES_DATA(data), (size_t)BYTES_LEN(data),
                               little, is_signed);
    DECREF(data);
    if (v && (TypeObject *)cls != &IntType) SETREF(v, obj_call1(cls, v));
    return v;
}

static MethodDef int_methods[] = {
    { "conjugate", (void *)int_conjugate, METH_NOARGS,
      "Returns self, the complex conjugate of any int." },
    { "bit_length", (void *)int_bit_length_m, METH_NOARGS,
      "Number of bits necessary to represent self in binary." },
    { "bit_count", (void *)int_bit_count, METH_NOARGS,
      "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", (void *)int_to_bytes_m, METH_FASTCALL | METH_KEYWORDS,
      "Return an array of bytes representing an integer." },
    { "from_bytes", (void *)int_from_bytes_m, METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
      "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", (void *)int_as_integer_ratio, METH_NOARGS, "Return integer ratio." },
    { "__trunc__", (void *)int_conjugate, METH_NOARGS, "Truncating an Integral returns itself." },
    { "__floor__", (void *)int_conjugate, METH_NOARGS, "Flooring an Integral returns itself." },
    { "__ceil__", (void *)int_conjugate, METH_NOARGS, "Ceiling of an Integral returns itself." },
    { "__round__", (void *)int_round, METH_FASTCALL,
      "Rounding an Integral returns itself.\n"
      "Rounding with an ndigits argument also returns an integer." },
    { "__getnewargs__", (void *)int_getnewargs, METH_NOARGS, NULL },
    { "__format__", (void *)int_format_m, METH_O, "Convert to a string according to format_spec." },
    { "__sizeof__", (void *)int_sizeof, METH_NOARGS, "Returns size in memory, in bytes." },
    { NULL }
};

static Object *get_self(Object *self, void *c) { return int_exact(self); }
static Object *get_zero(Object *self, void *c) { return NEWREF(SMALL_INT(0)); }
static Object *get_one(Object *self, void *c) { return NEWREF(SMALL_INT(1)); }

static GetSetDef int_getset[] = {
    { "real", get_self, NULL, "the real part of a complex number", NULL },
    { "imag", get_zero, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", get_self, NULL, "the numerator of a rational number in lowest terms", NULL },
    { "denominator", get_one, NULL, "the denominator of a rational number in lowest terms", NULL },
    { NULL }
};

/* ---- int(x), int(x, base) -------------------------------------------------------------------- */

/* int(o) for one argument: __int__, __index__, __trunc__, then text.  New reference, exact int. */
Object *int_from_object(Object *o)
{
    if (IS_INT_EXACT(o)) return NEWREF(o);
    NumberMethods *nb = TYPE(o)->tp_as_number;
    if (nb && (nb->nb_int || nb->nb_index)) {
        bool via_int = nb->nb_int != NULL;
        Object *r = via_int ? nb->nb_int(o) : nb->nb_index(o);
        if (!r) return NULL;
        if (!IS_INT(r)) {
            err_format(&Exc_TypeError, "__%s__ returned non-int (type %.200s)",
                       via_int ? "int" : "index", TYPE(r)->tp_name);
            DECREF(r);
            return NULL;
        }
        if (!IS_INT_EXACT(r)) SETREF(r, int_exact(r));
        return r;
    }
    Object *trunc = obj_lookup_special(o, ID(__trunc__));
    if (trunc) {
        Object *r = obj_call0(trunc);
        DECREF(trunc);
        if (!r || IS_INT_EXACT(r)) return r;
        if (IS_INT(r)) { SETREF(r, int_exact(r)); return r; }
        NumberMethods *rnb = TYPE(r)->tp_as_number;
        if (!rnb || !rnb->nb_index) {
            err_format(&Exc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                       TYPE(r)->tp_name);
            DECREF(r);
            return NULL;
        }
        Object *i = num_index(r);
        DECREF(r);
        if (i && !IS_INT_EXACT(i)) SETREF(i, int_exact(i));
        return i;
    }
    if (err_occurred()) return NULL;
    if (IS_STR(o) || IS_BYTES(o) || IS_BYTEARRAY(o)) return int_from_text_object(o, 10);
    return err_format(&Exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%.200s'", TYPE(o)->tp_name);
}

static Object *int_new_exact(Object *x, Object *obase)
{
    if (!obase) {
        if (!x) return NEWREF(SMALL_INT(0));
        return int_from_object(x);
    }
    if (!x) {
        err_set_string(&Exc_TypeError, "int() missing string argument");
        return NULL;
    }
    ssize_t base = num_as_ssize(obase, NULL);
    if (base == -1 && err_occurred()) return NULL;
    if ((base != 0 && base < 2) || base > 36) {
        err_set_string(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (IS_STR(x) || IS_BYTES(x) || IS_BYTEARRAY(x)) return int_from_text_object(x, (int)base);
    err_set_string(&Exc_TypeError, "int() can't convert non-string with explicit base");
    return NULL;
}

static Object *int_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 2)
        return err_format(&Exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                          nargs + nkw);
    Object *x = nargs > 0 ? args[0] : NULL, *base = nargs > 1 ? args[1] : NULL;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *k = TUPLE_GET(kwnames, i);
        if (str_eq_cstr(k, "base") && !base) {
            base = args[nargs + i];
        } else if (str_eq_cstr(k, "base")) {
            return err_format(&Exc_TypeError,
                              "argument for int() given by name ('base') and position (2)");
        } else {
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for int()", k);
        }
    }
    Object *v = int_new_exact(x, base);
    if (!v || type == &IntType) return v;
    /* a subclass: copy the digits into an instance of it */
    ssize_t n = ABS_SIZE(v);
    Object *r = obj_alloc_var(type, n ? n : 1);
    if (r) {
        SIZE(r) = SIZE(v);
        memcpy(DIGITS(r), DIGITS(v), (size_t)n * sizeof(digit));
    }
    DECREF(v);
    return r;
}

/* Calling int itself: skip the generic type-call machinery.  A subclass reaching here (should
 * the slot be inherited) gets the generic behaviour: __new__ then __init__. */
static Object *int_vectorcall(Object *callable, Object *const *args, ssize_t nargs,
                              Object *kwnames)
{
    TypeObject *t = (TypeObject *)callable;
    if (t == &IntType) {
        if (nargs == 1 && !kwnames) return int_from_object(args[0]);
        return int_new(t, args, nargs, kwnames);
    }
    Object *o = t->tp_new(t, args, nargs, kwnames);
    if (o && t->tp_init && IS_INSTANCE(o, t) && t->tp_init(o, args, nargs, kwnames) < 0) CLEAR(o);
    return o;
}

static NumberMethods int_as_number = {
    .nb_add = nb_add_, .nb_subtract = nb_sub_, .nb_multiply = nb_mul_,
    .nb_remainder = nb_mod_, .nb_divmod = nb_divmod_, .nb_power = int_pow,
    .nb_negative = nb_neg_, .nb_positive = nb_pos_, .nb_absolute = nb_abs_,
    .nb_bool = nb_bool_, .nb_invert = nb_invert_,
    .nb_lshift = nb_lshift_, .nb_rshift = nb_rshift_,
    .nb_and = nb_and_, .nb_xor = nb_xor_, .nb_or = nb_or_,
    .nb_int = nb_pos_, .nb_float = nb_float_,
    .nb_floor_divide = nb_floordiv_, .nb_true_divide = nb_truediv_,
    .nb_index = nb_pos_,
};

TypeObject IntType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "int",
    .tp_basicsize = offsetof(IntObject, ob_digit),
    .tp_itemsize = sizeof(digit),
    .tp_dealloc = int_dealloc,
    .tp_repr = int_repr,
    .tp_as_number = &int_as_number,
    .tp_hash = int_hash,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.  If x is a number, return x.__int__().  For floating point\n"
              "numbers, this truncates towards zero.",
    .tp_richcompare = int_richcompare,
    .tp_methods = int_methods,
    .tp_getset = int_getset,
    .tp_base = &BaseObjectType,
    .tp_new = int_new,
    .tp_vectorcall = int_vectorcall,
};

/* ---- start-up -------------------------------------------------------------------------------- */

void int_init(void)
{
    init_digit_values();
    for (long v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        IntObject *o = &small_ints[v - SMALL_INT_MIN];
        o->ob_base.ob_base.ob_refcnt = IMMORTAL_REFCNT;
        o->ob_base.ob_base.ob_type = &IntType;
        o->ob_base.ob_size = v < 0 ? -1 : v > 0;
        o->ob_digit[0] = (digit)(v < 0 ? -v : v);
    }
}

/* Ready the four number types (bool's slot table is derived from int's first). */
void numbers_init(void)
{
    int_init();
    bool_init();
    type_ready(&IntType);
    type_ready(&BoolType);
    type_ready(&FloatType);
    type_ready(&ComplexType);
}
