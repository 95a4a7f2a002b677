/* mathmodule.c — the math module, with CPython 3.11's results and error messages.
 *
 * Most functions are thin wrappers over libm (the same glibc CPython uses here, so the last bits
 * agree), guarded the way CPython guards them: a NaN result from a non-NaN argument is a
 * "math domain error" (ValueError); an infinite result from a finite argument is a "math range
 * error" (OverflowError) for functions that can overflow, a domain error (a pole) for the others.
 * gamma and lgamma are CPython's own Lanczos approximations, not libm's, because CPython computes
 * them that way and programs print their digits.  hypot/dist use the compensated vector norm of
 * CPython 3.11 (correctly rounded in practice), fsum is Shewchuk's exact summation with
 * CPython's final half-even correction.  The integer functions (factorial, comb, perm, gcd, lcm,
 * isqrt) work on exact ints, with 64-bit fast paths. */
#include "modules.h"
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PI  3.141592653589793238462643383279502884197
#define LOGPI 1.144729885849400174143427351353058711647

/* ---- argument conversion ------------------------------------------------------------------- */

/* x as a double: exact floats and small ints without a call (the common cases). */
static inline int as_double(Object *o, double *out) {
    if (IS_FLOAT_EXACT(o)) { *out = FLOAT_VAL(o); return 0; }
    if (IS_INT_EXACT(o) && int_is_compact(o)) { *out = (double)int_compact_value(o); return 0; }
    double v = float_as_double(o);
    if (v == -1.0 && err_occurred()) return -1;
    *out = v;
    return 0;
}

static Object *domain_error(void) {
    return err_format(&Exc_ValueError, "math domain error");
}
static Object *range_error(void) {
    return err_format(&Exc_OverflowError, "math range error");
}

/* errno after a libm call: EDOM is a domain error, ERANGE an overflow unless the result is tiny
 * (an underflow, which is not an error).  Returns true when an exception was set. */
static bool is_error(double r) {
    if (errno == EDOM) { domain_error(); return true; }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5) return false;
        range_error();
        return true;
    }
    err_format(&Exc_ValueError, "math domain error");
    return true;
}

/* One-argument functions checked by their result (CPython's math_1). */
static Object *math_1(Object *arg, double (*f)(double), bool can_overflow) {
    double x, r;
    if (as_double(arg, &x) < 0) return NULL;
    errno = 0;
    r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && is_error(r)) return NULL;
    return float_from_double(r);
}

/* One-argument functions that report their errors through errno (CPython's math_1a). */
static Object *math_1a(Object *arg, double (*f)(double)) {
    double x, r;
    if (as_double(arg, &x) < 0) return NULL;
    errno = 0;
    r = f(x);
    if (errno && is_error(r)) return NULL;
    return float_from_double(r);
}

/* ---- gamma and lgamma: Lanczos' approximation with CPython's coefficients -------------------
 * g = 6.024680040776729583740234375 and N = 13 terms give about 1e-15 relative accuracy; the sum
 * is a rational function whose denominator is x(x+1)...(x+11).  Exact factorials are returned
 * for small positive integers. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0
};
#define NGAMMA_INTEGRAL 23      /* gamma(n) is exact in a double for n <= 23 */
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    /* Horner in x for small x, in 1/x for large x, so nothing overflows. */
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at the integers and half-integers. */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;     /* not -sin(pi*(y-1)): keeps +0.0 at y == 1 */
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_tgamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) { errno = EDOM; return copysign(HUGE_VAL, x); }
    if (x == floor(x)) {
        if (x < 0.0) { errno = EDOM; return NAN; }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, z;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    /* gamma overflows above 200 and underflows to +-0 below -200. */
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    /* The rounding error of y, so it can be corrected for below. */
    if (absx > lanczos_g_minus_half) { volatile double q = y - absx; z = q - lanczos_g_minus_half; }
    else { volatile double q = y - lanczos_g_minus_half; z = q - absx; }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) { errno = EDOM; return HUGE_VAL; }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = LOGPI - log(fabs(sinpi(absx))) - log(absx) - r;   /* reflection */
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* ---- the logarithms: libm plus CPython's special cases ----------------------------------- */

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

/* n = x * 2**e with 0.5 <= x < 1, x correctly rounded, for a positive int too large for a
 * double (CPython's _PyLong_Frexp). */
static int int_frexp(Object *n, double *x, long *e) {
    size_t bits = int_bit_length(n);
    /* Keep 60 bits (more than 53 + 2) and a sticky bit for what is shifted out, so the one
     * conversion to double rounds exactly as rounding the whole number would. */
    size_t shift = bits - 60;
    Object *sh = int_from_ssize((ssize_t)shift);
    Object *top = sh ? int_rshift(n, sh) : NULL;
    Object *back = top ? int_lshift(top, sh) : NULL;
    XDECREF(sh);
    if (!back) { XDECREF(top); return -1; }
    int cmp = int_compare(back, n);
    DECREF(back);
    unsigned long long m = int_as_ulonglong(top);
    DECREF(top);
    if (cmp != 0) m |= 1;
    double v = ldexp((double)m, -60);
    long ex = (long)bits;
    if (v == 1.0) { v = 0.5; ex++; }
    *x = v;
    *e = ex;
    return 0;
}

/* log of an int or float; ints too large for a double still have a logarithm. */
static Object *loghelper(Object *arg, double (*f)(double)) {
    if (IS_INT(arg)) {
        if (SIZE(arg) <= 0) return domain_error();
        double x;
        if (int_is_compact(arg)) return float_from_double(f((double)int_compact_value(arg)));
        x = int_as_double(arg);
        if (x == -1.0 && err_occurred()) {
            if (!err_matches(&Exc_OverflowError)) return NULL;
            err_clear();
            long e;
            if (int_frexp(arg, &x, &e) < 0) return NULL;
            return float_from_double(f(x) + f(2.0) * (double)e);
        }
        return float_from_double(f(x));
    }
    return math_1(arg, f, false);
}

static Object *math_log(Object *self, Object *const *args, ssize_t nargs) {
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "math.log requires 1 to 2 arguments");
    Object *num = loghelper(args[0], m_log);
    if (!num || nargs == 1) return num;
    Object *den = loghelper(args[1], m_log);
    if (!den) { DECREF(num); return NULL; }
    Object *r = num_binary_op(num, den, 11 /* NB_TRUE_DIVIDE */);
    DECREF(num);
    DECREF(den);
    return r;
}
static Object *math_log2(Object *self, Object *x) { return loghelper(x, m_log2); }
static Object *math_log10(Object *self, Object *x) { return loghelper(x, m_log10); }

/* ---- the simple one-argument functions ---------------------------------------------------- */

#define FUNC1(name, f, can_overflow) \
    static Object *math_##name(Object *self, Object *x) { return math_1(x, f, can_overflow); }
#define FUNC1A(name, f) \
    static Object *math_##name(Object *self, Object *x) { return math_1a(x, f); }
FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

static Object *math_degrees(Object *self, Object *arg) {
    double x;
    if (as_double(arg, &x) < 0) return NULL;
    return float_from_double(x * (180.0 / PI));
}

static Object *math_radians(Object *self, Object *arg) {
    double x;
    if (as_double(arg, &x) < 0) return NULL;
    return float_from_double(x * (PI / 180.0));
}

static Object *bool_result(Object *arg, int (*test)(double)) {
    double x;
    if (as_double(arg, &x) < 0) return NULL;
    return bool_from(test(x));
}
static int test_finite(double x) { return isfinite(x); }
static int test_inf(double x) { return isinf(x); }
static int test_nan(double x) { return isnan(x); }
static Object *math_isfinite(Object *self, Object *x) { return bool_result(x, test_finite); }
static Object *math_isinf(Object *self, Object *x) { return bool_result(x, test_inf); }
static Object *math_isnan(Object *self, Object *x) { return bool_result(x, test_nan); }

/* floor, ceil, trunc: ints come back unchanged, other types through their dunder. */
static Object *rounding(Object *x, Object *dunder, double (*f)(double)) {
    if (!IS_FLOAT_EXACT(x)) {
        if (IS_INT_EXACT(x)) return NEWREF(x);
        Object *meth = obj_lookup_special(x, dunder);
        if (meth) {
            Object *r = obj_call0(meth);
            DECREF(meth);
            return r;
        }
        if (err_occurred()) return NULL;
        if (f == trunc)
            return err_format(&Exc_TypeError, "type %.100s doesn't define __trunc__ method",
                              TYPE(x)->tp_name);
    }
    double v;
    if (as_double(x, &v) < 0) return NULL;
    return int_from_double(f(v));
}
static Object *math_floor(Object *self, Object *x) { return rounding(x, ID(__floor__), floor); }
static Object *math_ceil(Object *self, Object *x) { return rounding(x, ID(__ceil__), ceil); }
static Object *math_trunc(Object *self, Object *x) { return rounding(x, ID(__trunc__), trunc); }

/* ---- two-argument functions ------------------------------------------------------------- */

static int two_doubles(const char *name, Object *const *args, ssize_t nargs, double *x, double *y) {
    if (args_check_positional(name, nargs, 2, 2) < 0) return -1;
    if (as_double(args[0], x) < 0 || as_double(args[1], y) < 0) return -1;
    return 0;
}

/* CPython's math_2: NaN from non-NaNs is a domain error, inf from finite values a range one. */
static Object *math_2(const char *name, Object *const *args, ssize_t nargs,
                      double (*f)(double, double)) {
    double x, y, r;
    if (two_doubles(name, args, nargs, &x, &y) < 0) return NULL;
    errno = 0;
    r = f(x, y);
    if (isnan(r)) errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    else if (isinf(r)) errno = (isfinite(x) && isfinite(y)) ? ERANGE : 0;
    if (errno && is_error(r)) return NULL;
    return float_from_double(r);
}

static Object *math_atan2(Object *self, Object *const *args, ssize_t nargs) {
    return math_2("atan2", args, nargs, atan2);
}
static Object *math_copysign(Object *self, Object *const *args, ssize_t nargs) {
    return math_2("copysign", args, nargs, copysign);
}
static Object *math_remainder(Object *self, Object *const *args, ssize_t nargs) {
    return math_2("remainder", args, nargs, remainder);
}

static Object *math_fmod(Object *self, Object *const *args, ssize_t nargs) {
    double x, y, r;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return float_from_double(x);
    errno = 0;
    r = fmod(x, y);
    if (isnan(r)) errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    if (errno && is_error(r)) return NULL;
    return float_from_double(r);
}

/* pow: IEEE special values decided here, finite ** finite left to libm. */
static Object *math_pow(Object *self, Object *const *args, ssize_t nargs) {
    double x, y, r = 0.0;
    if (two_doubles("pow", args, nargs, &x, &y) < 0) return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) errno = EDOM;
        else if (isinf(r)) errno = x == 0.0 ? EDOM : ERANGE;
    }
    if (errno && is_error(r)) return NULL;
    return float_from_double(r);
}

static Object *math_ldexp(Object *self, Object *const *args, ssize_t nargs) {
    double x, r;
    if (args_check_positional("ldexp", nargs, 2, 2) < 0) return NULL;
    if (as_double(args[0], &x) < 0) return NULL;
    if (!IS_INT(args[1]))
        return err_format(&Exc_TypeError, "Expected an int as second argument to ldexp.");
    int overflow;
    long e = int_as_long_overflow(args[1], &overflow);
    if (overflow) e = overflow < 0 ? LONG_MIN : LONG_MAX;
    errno = 0;
    if (x == 0.0 || !isfinite(x)) r = x;
    else if (e > INT_MAX) { r = copysign(HUGE_VAL, x); errno = ERANGE; }
    else if (e < INT_MIN) r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r)) errno = ERANGE;
    }
    if (errno && is_error(r)) return NULL;
    return float_from_double(r);
}

static Object *pair_of_doubles(double a, double b) {
    Object *x = float_from_double(a), *y = float_from_double(b);
    Object *t = (x && y) ? tuple_pack(2, x, y) : NULL;
    XDECREF(x);
    XDECREF(y);
    return t;
}

static Object *math_frexp(Object *self, Object *arg) {
    double x;
    int e = 0;
    if (as_double(arg, &x) < 0) return NULL;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    Object *m = float_from_double(x), *ei = int_from_long(e);
    Object *t = (m && ei) ? tuple_pack(2, m, ei) : NULL;
    XDECREF(m);
    XDECREF(ei);
    return t;
}

static Object *math_modf(Object *self, Object *arg) {
    double x, ip;
    if (as_double(arg, &x) < 0) return NULL;
    if (isinf(x)) return pair_of_doubles(copysign(0.0, x), x);
    if (isnan(x)) return pair_of_doubles(x, x);
    x = modf(x, &ip);
    return pair_of_doubles(x, ip);
}

static Object *math_nextafter(Object *self, Object *const *args, ssize_t nargs) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0) return NULL;
    return float_from_double(nextafter(x, y));
}

static Object *math_ulp(Object *self, Object *arg) {
    double x;
    if (as_double(arg, &x) < 0) return NULL;
    if (isnan(x)) return float_from_double(x);
    x = fabs(x);
    if (isinf(x)) return float_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);       /* the largest float: use the gap below it */
        return float_from_double(x - x2);
    }
    return float_from_double(x2 - x);
}

static Object *math_isclose(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("isclose", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(a[0], &x) < 0 || as_double(a[1], &y) < 0) return NULL;
    if (a[2] && as_double(a[2], &rel_tol) < 0) return NULL;
    if (a[3] && as_double(a[3], &abs_tol) < 0) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_format(&Exc_ValueError, "tolerances must be non-negative");
    if (x == y) RETURN_TRUE;
    if (isinf(x) || isinf(y)) RETURN_FALSE;
    double diff = fabs(y - x);
    return bool_from(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

/* ---- hypot and dist: the norm of a vector, correctly rounded in practice -------------------
 * The coordinates are scaled by a power of two so the largest lies in [0.5, 1), squared exactly
 * (a product and its rounding error by fma), and summed with compensation; one Newton step on
 * the square root then corrects the last bit (CPython 3.11's vector_norm). */
typedef struct { double hi, lo; } DoubleLength;

static inline DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    return (DoubleLength){x, (a - x) + b};
}

static inline DoubleLength dl_mul(double x, double y) {
    double z = x * y;
    return (DoubleLength){z, fma(x, y, -z)};
}

static double vector_norm(ssize_t n, double *vec, double max, bool found_nan) {
    double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal first. */
        for (ssize_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (ssize_t i = 0; i < n; i++) {
        x = vec[i] * scale;                 /* lossless */
        pr = dl_mul(x, x);                  /* lossless */
        sm = dl_fast_sum(csum, pr.hi);      /* lossless */
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);                     /* differential correction */
    return h / scale;
}

#define NUM_STACK_ELEMS 16      /* coordinates kept on the C stack before allocating */

static Object *math_hypot(Object *self, Object *const *args, ssize_t nargs) {
    double stack[NUM_STACK_ELEMS], *coord = stack, max = 0.0;
    bool found_nan = false;
    if (nargs > NUM_STACK_ELEMS && !(coord = mem_alloc((size_t)nargs * sizeof(double))))
        return err_no_memory();
    for (ssize_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0) { if (coord != stack) mem_free(coord); return NULL; }
        x = fabs(x);
        coord[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, coord, max, found_nan);
    if (coord != stack) mem_free(coord);
    return float_from_double(r);
}

static Object *math_dist(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("dist", nargs, 2, 2) < 0) return NULL;
    Object *p = NULL, *q = NULL, *r = NULL;
    double stack[NUM_STACK_ELEMS], *diffs = stack, max = 0.0;
    bool found_nan = false;
    if (!(p = IS_TUPLE(args[0]) ? NEWREF(args[0]) : seq_tuple(args[0]))) return NULL;
    if (!(q = IS_TUPLE(args[1]) ? NEWREF(args[1]) : seq_tuple(args[1]))) goto done;
    ssize_t n = TUPLE_LEN(p);
    if (n != TUPLE_LEN(q)) {
        err_format(&Exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NUM_STACK_ELEMS && !(diffs = mem_alloc((size_t)n * sizeof(double)))) {
        err_no_memory();
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(TUPLE_GET(p, i), &px) < 0 || as_double(TUPLE_GET(q, i), &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    r = float_from_double(vector_norm(n, diffs, max, found_nan));
done:
    if (diffs != stack) mem_free(diffs);
    XDECREF(p);
    XDECREF(q);
    return r;
}

/* ---- fsum: Shewchuk's exact sum of floats --------------------------------------------------
 * `partials` holds non-overlapping floats, smallest magnitude first, whose exact sum is the sum
 * so far; each new value is added through them with exact two-sums.  Infinities and NaNs are
 * summed apart.  The final rounding is corrected to half-even across partials. */
#define NUM_PARTIALS 32

static Object *math_fsum(Object *self, Object *seq) {
    double ps[NUM_PARTIALS], *p = ps;
    ssize_t n = 0, m = NUM_PARTIALS;
    double special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
    Object *it = obj_get_iter(seq), *item, *result = NULL;
    if (!it) return NULL;
    for (;;) {
        item = iter_next(it);
        if (!item) { if (err_occurred()) goto done; break; }
        int bad = as_double(item, &x);
        DECREF(item);
        if (bad < 0) goto done;
        double xsave = x;
        ssize_t i = 0;
        for (ssize_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) { t = x; x = y; y = t; }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* An overflow of finite values, or an inf/nan among the inputs. */
                if (isfinite(xsave)) {
                    err_format(&Exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *np = mem_alloc((size_t)m * 2 * sizeof(double));
                    if (!np) { err_no_memory(); goto done; }
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != ps) mem_free(p);
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) err_format(&Exc_ValueError, "-inf + inf in fsum");
        else result = float_from_double(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* Add from the top down until the sum becomes inexact. */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    result = float_from_double(hi);
done:
    if (p != ps) mem_free(p);
    DECREF(it);
    return result;
}

/* ---- prod ------------------------------------------------------------------------------------ */

static Object *math_prod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"", "start", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("prod", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    Object *it = obj_get_iter(a[0]), *item;
    if (!it) return NULL;
    Object *result = a[1] ? NEWREF(a[1]) : NEWREF(SMALL_INT(1));
    while ((item = iter_next(it))) {
        Object *r;
        /* Fast paths: machine ints that do not overflow, and floats. */
        if (IS_INT_EXACT(result) && IS_INT_EXACT(item) && int_is_compact(result) &&
            int_is_compact(item)) {
            long v;
            if (!__builtin_mul_overflow(int_compact_value(result), int_compact_value(item), &v))
                r = int_from_long(v);
            else
                r = int_mul(result, item);
        } else if (IS_FLOAT_EXACT(result) && IS_FLOAT_EXACT(item)) {
            r = float_from_double(FLOAT_VAL(result) * FLOAT_VAL(item));
        } else {
            r = num_multiply(result, item);
        }
        DECREF(item);
        SETREF(result, r);
        if (!result) break;
    }
    DECREF(it);
    if (result && err_occurred()) CLEAR(result);
    return result;
}

/* ---- the integer functions ---------------------------------------------------------------- */

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) { uint64_t t = a % b; a = b; b = t; }
    return a;
}

/* |a| as an exact int (new reference). */
static Object *int_abs_exact(Object *a) {
    return int_sign(a) < 0 ? int_neg(a) : int_exact(a);
}

/* gcd of two exact ints (new reference): 64-bit Euclid when both fit, else big Euclid. */
static Object *int_gcd(Object *a, Object *b) {
    int oa, ob;
    long x = int_as_long_overflow(a, &oa), y = int_as_long_overflow(b, &ob);
    if (!oa && !ob && x != LONG_MIN && y != LONG_MIN)
        return int_from_ulonglong(gcd_u64((uint64_t)labs(x), (uint64_t)labs(y)));
    Object *u = int_abs_exact(a), *v = u ? int_abs_exact(b) : NULL;
    if (!v) { XDECREF(u); return NULL; }
    while (int_sign(v) != 0) {
        long vx = int_as_long_overflow(v, &ob), ux = int_as_long_overflow(u, &oa);
        if (!oa && !ob) {
            DECREF(u);
            DECREF(v);
            return int_from_ulonglong(gcd_u64((uint64_t)ux, (uint64_t)vx));
        }
        Object *r = int_mod(u, v);
        if (!r) { DECREF(u); DECREF(v); return NULL; }
        DECREF(u);
        u = v;
        v = r;
    }
    DECREF(v);
    return u;
}

/* gcd(*ints) and lcm(*ints): fold the arguments (each through __index__) with `combine`, starting
 * from the first one's absolute value; `empty` is the result with no arguments, and once the result
 * is `absorbing` (1 for gcd, 0 for lcm) the rest are only type-checked. */
static Object *fold_ints(Object *const *args, ssize_t nargs, long empty, long absorbing,
                         Object *(*combine)(Object *, Object *)) {
    if (nargs == 0) return NEWREF(SMALL_INT(empty));
    Object *res = num_index(args[0]);
    if (!res) return NULL;
    if (nargs == 1) { SETREF(res, int_abs_exact(res)); return res; }
    for (ssize_t i = 1; i < nargs; i++) {
        Object *x = num_index(args[i]);
        if (!x) { DECREF(res); return NULL; }
        if (res != SMALL_INT(absorbing)) SETREF(res, combine(res, x));
        DECREF(x);
        if (!res) return NULL;
    }
    return res;
}

static Object *math_gcd(Object *self, Object *const *args, ssize_t nargs) {
    return fold_ints(args, nargs, 0, 1, int_gcd);
}

static Object *int_lcm(Object *a, Object *b) {
    if (int_sign(a) == 0 || int_sign(b) == 0) return NEWREF(SMALL_INT(0));
    Object *g = int_gcd(a, b);
    if (!g) return NULL;
    Object *f = int_floordiv(a, g);
    DECREF(g);
    if (!f) return NULL;
    Object *ab = int_mul(f, b);
    DECREF(f);
    if (!ab) return NULL;
    Object *r = int_abs_exact(ab);
    DECREF(ab);
    return r;
}

static Object *math_lcm(Object *self, Object *const *args, ssize_t nargs) {
    return fold_ints(args, nargs, 1, 0, int_lcm);
}

/* The product lo * (lo+1) * ... * hi of a range of machine integers, by binary splitting so the
 * multiplications stay balanced. */
static Object *range_product(uint64_t lo, uint64_t hi) {
    if (hi - lo < 8) {
        unsigned __int128 acc = 1;
        uint64_t k = lo;
        Object *r = NULL;
        for (; k <= hi; k++) {
            if (acc * k >> 64) break;
            acc *= k;
        }
        if (k > hi) return int_from_ulonglong((uint64_t)acc);
        /* does not fit in 64 bits: finish with big ints */
        r = int_from_ulonglong((uint64_t)acc);
        for (; r && k <= hi; k++) {
            Object *kk = int_from_ulonglong(k);
            Object *p = kk ? int_mul(r, kk) : NULL;
            XDECREF(kk);
            SETREF(r, p);
        }
        return r;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    Object *a = range_product(lo, mid);
    Object *b = a ? range_product(mid + 1, hi) : NULL;
    Object *r = b ? int_mul(a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return r;
}

static Object *factorial_u64(uint64_t n) {
    if (n <= 20) {
        uint64_t f = 1;
        for (uint64_t i = 2; i <= n; i++) f *= i;
        return int_from_ulonglong(f);
    }
    return range_product(1, n);
}

static Object *math_factorial(Object *self, Object *arg) {
    Object *i = num_index(arg);
    if (!i) return NULL;
    int overflow;
    long x = int_as_long_overflow(i, &overflow);
    DECREF(i);
    if (overflow == 1)
        return err_format(&Exc_OverflowError, "factorial() argument should not exceed %ld",
                          LONG_MAX);
    if (overflow == -1 || x < 0)
        return err_format(&Exc_ValueError, "factorial() not defined for negative values");
    return factorial_u64((uint64_t)x);
}

/* n * (n-1) * ... * (n-k+1) // (k! if comb), for machine n and k (k <= n). */
static Object *perm_comb_small(uint64_t n, uint64_t k, bool comb) {
    if (k == 0) return NEWREF(SMALL_INT(1));
    if (!comb) return range_product(n - k + 1, n);
    /* Multiply then divide step by step: each partial result is a binomial coefficient, so the
     * division is exact.  Machine arithmetic while the values fit. */
    unsigned __int128 acc = 1;
    uint64_t i = 0;
    for (; i < k; i++) {
        unsigned __int128 t = acc * (n - i);
        if (t >> 64 || (acc != 0 && t / acc != (n - i))) break;
        acc = t / (i + 1);
    }
    if (i == k) return int_from_ulonglong((uint64_t)acc);
    if (k > 64) {
        /* Large k: n!/(k!(n-k)!) by products of ranges. */
        Object *num = range_product(n - k + 1, n), *den = num ? factorial_u64(k) : NULL;
        Object *r = den ? int_floordiv(num, den) : NULL;
        XDECREF(num);
        XDECREF(den);
        return r;
    }
    Object *r = int_from_ulonglong((uint64_t)acc);
    for (; r && i < k; i++) {
        Object *a = int_from_ulonglong(n - i), *b = int_from_ulonglong(i + 1);
        Object *p = (a && b) ? int_mul(r, a) : NULL;
        Object *q = p ? int_floordiv(p, b) : NULL;
        XDECREF(a);
        XDECREF(b);
        XDECREF(p);
        SETREF(r, q);
    }
    return r;
}

/* Big n: the falling product by big-int steps (k must be a machine int). */
static Object *perm_comb_big(Object *n, long long k, bool comb) {
    Object *r = NEWREF(SMALL_INT(1));
    for (long long i = 0; r && i < k; i++) {
        Object *ii = int_from_long((long)i);
        Object *f = ii ? int_sub(n, ii) : NULL;
        Object *p = f ? int_mul(r, f) : NULL;
        XDECREF(ii);
        XDECREF(f);
        if (p && comb) {
            Object *d = int_from_long((long)(i + 1));
            SETREF(p, d ? int_floordiv(p, d) : NULL);
            XDECREF(d);
        }
        SETREF(r, p);
    }
    return r;
}

static Object *perm_comb(Object *nobj, Object *kobj, bool comb) {
    Object *n = num_index(nobj), *k = n ? num_index(kobj) : NULL, *r = NULL;
    if (!k) goto done;
    if (int_sign(n) < 0) {
        err_format(&Exc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (int_sign(k) < 0) {
        err_format(&Exc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    int ovn, ovk;
    long ni = int_as_long_overflow(n, &ovn);
    long ki = int_as_long_overflow(k, &ovk);
    if (!ovn) {
        if (ovk || ki > ni) { r = NEWREF(SMALL_INT(0)); goto done; }
        if (comb && ni - ki < ki) ki = ni - ki;
        r = perm_comb_small((uint64_t)ni, (uint64_t)ki, comb);
        goto done;
    }
    /* n does not fit a machine int. */
    if (comb) {
        Object *nk = int_sub(n, k);
        if (!nk) goto done;
        if (int_sign(nk) < 0) { DECREF(nk); r = NEWREF(SMALL_INT(0)); goto done; }
        if (int_compare(nk, k) < 0) SETREF(k, nk); else DECREF(nk);
        ki = int_as_long_overflow(k, &ovk);
        if (ovk) {
            err_format(&Exc_OverflowError, "min(n - k, k) must not exceed %lld",
                       (long long)LONG_MAX);
            goto done;
        }
    } else if (ovk) {
        if (int_compare(k, n) > 0) { r = NEWREF(SMALL_INT(0)); goto done; }
        err_format(&Exc_OverflowError, "k must not exceed %lld", (long long)LONG_MAX);
        goto done;
    }
    r = perm_comb_big(n, ki, comb);
done:
    XDECREF(n);
    XDECREF(k);
    return r;
}

static Object *math_comb(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("comb", nargs, 2, 2) < 0) return NULL;
    return perm_comb(args[0], args[1], true);
}

static Object *math_perm(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("perm", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1 || args[1] == NONE) {
        return math_factorial(self, args[0]);
    }
    return perm_comb(args[0], args[1], false);
}

static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    /* The double square root is within one of the answer; fix it up exactly. */
    while (r > 0 && (unsigned __int128)r * r > n) r--;
    while ((unsigned __int128)(r + 1) * (r + 1) <= n) r++;
    return r;
}

static Object *math_isqrt(Object *self, Object *arg) {
    Object *n = num_index(arg);
    if (!n) return NULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        return err_format(&Exc_ValueError, "isqrt() argument must be nonnegative");
    }
    int ov;
    long v = int_as_long_overflow(n, &ov);
    if (!ov) { DECREF(n); return int_from_ulonglong(isqrt_u64((uint64_t)v)); }
    /* Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing.  The start
     * is 2**ceil(bits/2) >= sqrt(n). */
    size_t bits = int_bit_length(n);
    Object *sh = int_from_ssize((ssize_t)((bits + 1) / 2));
    Object *x = sh ? int_lshift(SMALL_INT(1), sh) : NULL;
    XDECREF(sh);
    while (x) {
        Object *q = int_floordiv(n, x);
        Object *s = q ? int_add(x, q) : NULL;
        Object *y = s ? int_rshift(s, SMALL_INT(1)) : NULL;
        XDECREF(q);
        XDECREF(s);
        if (!y) { CLEAR(x); break; }
        if (int_compare(y, x) >= 0) { DECREF(y); break; }
        SETREF(x, y);
    }
    DECREF(n);
    return x;
}

/* ---- the module --------------------------------------------------------------------------- */

#define O(name)     {#name, (void *)math_##name, METH_O, NULL}
#define FAST(name)  {#name, (void *)math_##name, METH_FASTCALL, NULL}
#define FASTKW(name) {#name, (void *)math_##name, METH_FASTCALL | METH_KEYWORDS, NULL}
static MethodDef math_methods[] = {
    O(acos), O(acosh), O(asin), O(asinh), O(atan), FAST(atan2), O(atanh), O(cbrt), O(ceil),
    FAST(comb), FAST(copysign), O(cos), O(cosh), O(degrees), FAST(dist), O(erf), O(erfc),
    O(exp), O(exp2), O(expm1), O(fabs), O(factorial), O(floor), FAST(fmod), O(frexp), O(fsum),
    O(gamma), FAST(gcd), FAST(hypot), FASTKW(isclose), O(isfinite), O(isinf), O(isnan),
    O(isqrt), FAST(lcm), FAST(ldexp), O(lgamma), FAST(log), O(log10), O(log1p), O(log2),
    O(modf), FAST(nextafter), FAST(perm), FAST(pow), FASTKW(prod), O(radians), FAST(remainder),
    O(sin), O(sinh), O(sqrt), O(tan), O(tanh), O(trunc), O(ulp),
    {NULL}
};

static int math_init(Object *m) {
    if (module_add(m, "pi", float_from_double(PI)) < 0 ||
        module_add(m, "e", float_from_double(2.718281828459045235360287471352662497757)) < 0 ||
        module_add(m, "tau", float_from_double(2.0 * PI)) < 0 ||
        module_add(m, "inf", float_from_double(INFINITY)) < 0 ||
        module_add(m, "nan", float_from_double(NAN)) < 0)
        return -1;
    return 0;
}

ModuleDef math_module_def = {
    "math",
    "This module provides access to the mathematical functions\n"
    "defined by the C standard.",
    math_methods, math_init
};
