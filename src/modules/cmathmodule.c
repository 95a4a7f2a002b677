/* cmathmodule.c — the cmath module: mathematical functions of complex numbers.
 *
 * For finite arguments the formulas are CPython's (Kahan-style care near the branch cuts,
 * scaling against overflow and subnormal loss), so the last bits agree.  For infinite and NaN
 * arguments CPython uses tables of C99 Annex G values; glibc's complex functions implement the
 * same annex, so they give those values here, while the errors CPython raises for some of them
 * (an infinite imaginary part for exp, cosh, sinh, tanh, rect) follow CPython's rules. */
#include "modules.h"
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

typedef struct { double real, imag; } Cx;

#define LARGE_DOUBLE       (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE  (sqrt(LARGE_DOUBLE))
#define LOG_LARGE_DOUBLE   (log(LARGE_DOUBLE))
#define SQRT_DBL_MIN       (sqrt(DBL_MIN))
#define SCALE_UP           (2 * (DBL_MANT_DIG / 2) + 1)      /* 53: makes subnormals normal */
#define SCALE_DOWN         (-(SCALE_UP + 1) / 2)
#define LN2   0.6931471805599453094
#define LN10  2.302585092994045684

static bool finite2(Cx z) { return isfinite(z.real) && isfinite(z.imag); }
static Cx from_c(double complex c) { return (Cx){creal(c), cimag(c)}; }
/* A C complex with exactly these parts (x + y*I would turn an infinite y into NaNs; C11's CMPLX
 * is not everywhere): a complex is laid out as two doubles. */
static double complex to_c(Cx z) {
    union { double complex c; double d[2]; } u;
    u.d[0] = z.real;
    u.d[1] = z.imag;
    return u.c;
}

/* The argument as a complex: complex, __complex__, or a real number. */
static int as_complex(Object *o, Cx *out) {
    if (IS_COMPLEX(o)) {
        *out = (Cx){((ComplexObject *)o)->real, ((ComplexObject *)o)->imag};
        return 0;
    }
    Object *meth = obj_lookup_special(o, ID(dunder_complex));
    if (meth) {
        Object *r = obj_call0(meth);
        DECREF(meth);
        if (!r) return -1;
        if (!IS_COMPLEX(r)) {
            err_format(&Exc_TypeError, "__complex__ returned non-complex (type %.200s)",
                       TYPE(r)->tp_name);
            DECREF(r);
            return -1;
        }
        *out = (Cx){((ComplexObject *)r)->real, ((ComplexObject *)r)->imag};
        DECREF(r);
        return 0;
    }
    if (err_occurred()) return -1;
    double d = float_as_double(o);
    if (d == -1.0 && err_occurred()) return -1;
    *out = (Cx){d, 0.0};
    return 0;
}

static Object *result(Cx z) {
    if (errno == EDOM) return err_format(&Exc_ValueError, "math domain error");
    if (errno == ERANGE) return err_format(&Exc_OverflowError, "math range error");
    return complex_from_doubles(z.real, z.imag);
}

/* ---- the functions on finite values (CPython's algorithms) -------------------------------- */

static Cx c_sqrt(Cx z) {
    double s, d, ax, ay;
    if (!finite2(z)) { errno = 0; return from_c(csqrt(to_c(z))); }
    if (z.real == 0.0 && z.imag == 0.0) { errno = 0; return (Cx){0.0, z.imag}; }
    ax = fabs(z.real);
    ay = fabs(z.imag);
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* hypot(ax, ay) would be subnormal: scale up first */
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    d = ay / (2.0 * s);
    errno = 0;
    if (z.real >= 0.0) return (Cx){s, copysign(d, z.imag)};
    return (Cx){d, copysign(s, z.imag)};
}

static Cx c_exp(Cx z) {
    Cx r;
    if (!finite2(z)) {
        r = from_c(cexp(to_c(z)));
        if (isinf(z.real) && z.real < 0 && isinf(z.imag)) r = (Cx){0.0, 0.0};
        errno = isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0)) ? EDOM : 0;
        return r;
    }
    double l;
    if (z.real > LOG_LARGE_DOUBLE) {
        l = exp(z.real - 1.0);
        r = (Cx){l * cos(z.imag) * M_E, l * sin(z.imag) * M_E};
    } else {
        l = exp(z.real);
        r = (Cx){l * cos(z.imag), l * sin(z.imag)};
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static Cx c_log(Cx z) {
    Cx r;
    if (!finite2(z)) { errno = 0; return from_c(clog(to_c(z))); }
    double ax = fabs(z.real), ay = fabs(z.imag);
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.real = log(hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            r.real = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                     DBL_MANT_DIG * LN2;
        } else {
            errno = EDOM;       /* log(0) */
            return (Cx){-HUGE_VAL, atan2(z.imag, z.real)};
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            r.real = log(h);
        }
    }
    r.imag = atan2(z.imag, z.real);
    errno = 0;
    return r;
}

/* Smith's complex division (CPython's _Py_c_quot): EDOM for a zero divisor. */
static Cx c_quot(Cx a, Cx b) {
    double abr = fabs(b.real), abi = fabs(b.imag);
    if (abr >= abi) {
        if (abr == 0.0) { errno = EDOM; return (Cx){0.0, 0.0}; }
        double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
        return (Cx){(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        return (Cx){(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return (Cx){NAN, NAN};
}

/* |z| with C99's rule that an infinite part wins over a NaN (CPython's _Py_c_abs). */
static double c_abs(Cx z) {
    if (!finite2(z)) {
        errno = 0;
        if (isinf(z.real)) return fabs(z.real);
        if (isinf(z.imag)) return fabs(z.imag);
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

static Cx c_cosh(Cx z) {
    Cx r;
    if (!finite2(z)) {
        r = from_c(ccosh(to_c(z)));
        if (isnan(z.real) && z.imag == 0.0) r.imag = 0.0;
        errno = isinf(z.imag) && !isnan(z.real) ? EDOM : 0;
        return r;
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        /* cosh(z.real) overflows although cosh(z) may not */
        double x1 = z.real - copysign(1.0, z.real);
        r = (Cx){cos(z.imag) * cosh(x1) * M_E, sin(z.imag) * sinh(x1) * M_E};
    } else {
        r = (Cx){cos(z.imag) * cosh(z.real), sin(z.imag) * sinh(z.real)};
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static Cx c_sinh(Cx z) {
    Cx r;
    if (!finite2(z)) {
        r = from_c(csinh(to_c(z)));
        if (z.real == 0.0 && isnan(z.imag)) r.real = 0.0;
        errno = isinf(z.imag) && !isnan(z.real) ? EDOM : 0;
        return r;
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        double x1 = z.real - copysign(1.0, z.real);
        r = (Cx){cos(z.imag) * sinh(x1) * M_E, sin(z.imag) * cosh(x1) * M_E};
    } else {
        r = (Cx){cos(z.imag) * sinh(z.real), sin(z.imag) * cosh(z.real)};
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static Cx c_tanh(Cx z) {
    Cx r;
    if (!finite2(z)) {
        r = from_c(ctanh(to_c(z)));
        if (isinf(z.real) && isinf(z.imag)) r = (Cx){copysign(1.0, z.real), 0.0};
        if (z.real == 0.0 && isnan(z.imag)) r = (Cx){NAN, NAN};     /* C99, not C11 */
        errno = isinf(z.imag) && isfinite(z.real) ? EDOM : 0;
        return r;
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        r = (Cx){copysign(1.0, z.real), 4.0 * sin(z.imag) * cos(z.imag) * exp(-2.0 * fabs(z.real))};
    } else {
        double tx = tanh(z.real), ty = tan(z.imag), cx = 1.0 / cosh(z.real);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        r = (Cx){tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
    }
    errno = 0;
    return r;
}

static Cx c_acos(Cx z) {
    Cx r;
    if (!finite2(z)) {
        errno = 0;
        if (isinf(z.real) && isnan(z.imag)) return (Cx){NAN, HUGE_VAL};
        return from_c(cacos(to_c(z)));
    }
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        r.real = atan2(fabs(z.imag), z.real);
        double l = log(hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
        r.imag = z.real < 0.0 ? -copysign(l, z.imag) : copysign(l, -z.imag);
    } else {
        Cx s1 = c_sqrt((Cx){1.0 - z.real, -z.imag});
        Cx s2 = c_sqrt((Cx){1.0 + z.real, z.imag});
        r.real = 2.0 * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    errno = 0;
    return r;
}

static Cx c_acosh(Cx z) {
    Cx r;
    if (!finite2(z)) {
        errno = 0;
        if (z.real == 0.0 && isnan(z.imag)) return (Cx){NAN, NAN};
        return from_c(cacosh(to_c(z)));
    }
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        r.real = log(hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
        r.imag = atan2(z.imag, z.real);
    } else {
        Cx s1 = c_sqrt((Cx){z.real - 1.0, z.imag});
        Cx s2 = c_sqrt((Cx){z.real + 1.0, z.imag});
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2.0 * atan2(s1.imag, s2.real);
    }
    errno = 0;
    return r;
}

static Cx c_asinh(Cx z) {
    Cx r;
    if (!finite2(z)) { errno = 0; return from_c(casinh(to_c(z))); }
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        double l = log(hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
        r.real = z.imag >= 0.0 ? copysign(l, z.real) : -copysign(l, -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    } else {
        Cx s1 = c_sqrt((Cx){1.0 + z.imag, -z.real});
        Cx s2 = c_sqrt((Cx){1.0 - z.imag, z.real});
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    errno = 0;
    return r;
}

static Cx c_atanh(Cx z) {
    Cx r;
    if (!finite2(z)) { errno = 0; return from_c(catanh(to_c(z))); }
    if (z.real < 0.0) {
        /* atanh(z) = -atanh(-z), so the computation below sees z.real >= 0 */
        r = c_atanh((Cx){-z.real, -z.imag});
        return (Cx){-r.real, -r.imag};
    }
    double ay = fabs(z.imag);
    errno = 0;
    if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        /* atanh(z) ~ 1/z +/- i*pi/2 for large z */
        double h = hypot(z.real / 2.0, z.imag / 2.0);
        r.real = z.real / 4.0 / h / h;
        r.imag = -copysign(M_PI / 2.0, -z.imag);
    } else if (z.real == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            r = (Cx){HUGE_VAL, z.imag};
            errno = EDOM;
        } else {
            r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.0)));
            r.imag = copysign(atan2(2.0, -ay) / 2, z.imag);
        }
    } else {
        r.real = log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0;
        r.imag = -atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0;
    }
    return r;
}

/* The circular functions through the hyperbolic ones: f(z) = -i g(iz) and friends. */
static Cx c_asin(Cx z) {
    if (isinf(z.real) && isnan(z.imag)) { errno = 0; return (Cx){NAN, -HUGE_VAL}; }
    Cx s = c_asinh((Cx){-z.imag, z.real});
    return (Cx){s.imag, -s.real};
}
static Cx c_atan(Cx z) {
    if (isinf(z.real) && isnan(z.imag)) {
        errno = 0;
        return (Cx){copysign(M_PI / 2.0, z.real), -0.0};
    }
    Cx s = c_atanh((Cx){-z.imag, z.real});
    return (Cx){s.imag, -s.real};
}
static Cx c_cos(Cx z) { return c_cosh((Cx){-z.imag, z.real}); }
static Cx c_sin(Cx z) {
    Cx s = c_sinh((Cx){-z.imag, z.real});
    return (Cx){s.imag, -s.real};
}
static Cx c_tan(Cx z) {
    Cx s = c_tanh((Cx){-z.imag, z.real});
    return (Cx){s.imag, -s.real};
}

static Cx c_log10(Cx z) {
    int saved;
    Cx r = c_log(z);
    saved = errno;
    r.real /= LN10;
    r.imag /= LN10;
    errno = saved;
    return r;
}

static Object *apply(Object *arg, Cx (*f)(Cx)) {
    Cx z;
    if (as_complex(arg, &z) < 0) return NULL;
    errno = 0;
    Cx r = f(z);
    return result(r);
}

#define FUNC(name) static Object *cm_##name(Object *self, Object *z) { return apply(z, c_##name); }
FUNC(sqrt) FUNC(exp) FUNC(log10) FUNC(acos) FUNC(acosh) FUNC(asin) FUNC(asinh) FUNC(atan)
FUNC(atanh) FUNC(cos) FUNC(cosh) FUNC(sin) FUNC(sinh) FUNC(tan) FUNC(tanh)

static Object *cm_log(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("log", nargs, 1, 2) < 0) return NULL;
    Cx x, y;
    if (as_complex(args[0], &x) < 0) return NULL;
    if (nargs == 2 && as_complex(args[1], &y) < 0) return NULL;
    errno = 0;
    x = c_log(x);
    if (nargs == 2) {
        int e = errno;
        y = c_log(y);
        if (!errno) errno = e;
        if (!errno) x = c_quot(x, y);
    }
    return result(x);
}

static Object *cm_phase(Object *self, Object *arg) {
    Cx z;
    if (as_complex(arg, &z) < 0) return NULL;
    return float_from_double(atan2(z.imag, z.real));
}

static Object *cm_polar(Object *self, Object *arg) {
    Cx z;
    if (as_complex(arg, &z) < 0) return NULL;
    double phi = atan2(z.imag, z.real), r = c_abs(z);
    if (errno) return err_format(&Exc_OverflowError, "math range error");
    Object *a = float_from_double(r), *b = float_from_double(phi);
    Object *t = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Object *cm_rect(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("rect", nargs, 2, 2) < 0) return NULL;
    double r, phi;
    r = float_as_double(args[0]);
    if (r == -1.0 && err_occurred()) return NULL;
    phi = float_as_double(args[1]);
    if (phi == -1.0 && err_occurred()) return NULL;
    Cx z;
    errno = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            double sgn = r > 0 ? 1.0 : -1.0;
            z = (Cx){sgn * copysign(HUGE_VAL, cos(phi)), sgn * copysign(HUGE_VAL, sin(phi))};
        } else if (r == 0.0) {
            z = (Cx){0.0, 0.0};
        } else if (isinf(r) && isnan(phi)) {
            z = (Cx){HUGE_VAL, NAN};
        } else if (isinf(r)) {                  /* phi == 0 */
            z = (Cx){r, phi * (r > 0 ? 1.0 : -1.0)};
        } else if (isnan(r) && phi == 0.0) {
            z = (Cx){r, 0.0};
        } else {
            z = (Cx){NAN, NAN};
        }
        if (r != 0.0 && !isnan(r) && isinf(phi)) errno = EDOM;
    } else if (phi == 0.0) {
        z = (Cx){r, r * phi};
    } else {
        z = (Cx){r * cos(phi), r * sin(phi)};
    }
    return result(z);
}

static Object *test2(Object *arg, int kind) {
    Cx z;
    if (as_complex(arg, &z) < 0) return NULL;
    switch (kind) {
    case 0: return bool_from(finite2(z));
    case 1: return bool_from(isinf(z.real) || isinf(z.imag));
    default: return bool_from(isnan(z.real) || isnan(z.imag));
    }
}
static Object *cm_isfinite(Object *self, Object *z) { return test2(z, 0); }
static Object *cm_isinf(Object *self, Object *z) { return test2(z, 1); }
static Object *cm_isnan(Object *self, Object *z) { return test2(z, 2); }

static Object *cm_isclose(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("isclose", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    Cx x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (as_complex(a[0], &x) < 0 || as_complex(a[1], &y) < 0) return NULL;
    if (a[2] && (rel_tol = float_as_double(a[2])) == -1.0 && err_occurred()) return NULL;
    if (a[3] && (abs_tol = float_as_double(a[3])) == -1.0 && err_occurred()) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_format(&Exc_ValueError, "tolerances must be non-negative");
    if (x.real == y.real && x.imag == y.imag) RETURN_TRUE;
    if (isinf(x.real) || isinf(x.imag) || isinf(y.real) || isinf(y.imag)) RETURN_FALSE;
    double diff = c_abs((Cx){x.real - y.real, x.imag - y.imag});
    return bool_from(diff <= rel_tol * c_abs(y) || diff <= rel_tol * c_abs(x) || diff <= abs_tol);
}

#define O(name) {#name, (void *)cm_##name, METH_O, NULL}
static MethodDef cmath_methods[] = {
    O(acos), O(acosh), O(asin), O(asinh), O(atan), O(atanh), O(cos), O(cosh), O(exp),
    {"isclose", (void *)cm_isclose, METH_FASTCALL | METH_KEYWORDS, NULL},
    O(isfinite), O(isinf), O(isnan), {"log", (void *)cm_log, METH_FASTCALL, NULL}, O(log10),
    O(phase), O(polar), {"rect", (void *)cm_rect, METH_FASTCALL, NULL}, O(sin), O(sinh),
    O(sqrt), O(tan), O(tanh),
    {NULL}
};

static int cmath_init(Object *m) {
    if (module_add(m, "pi", float_from_double(M_PI)) < 0 ||
        module_add(m, "e", float_from_double(M_E)) < 0 ||
        module_add(m, "tau", float_from_double(2.0 * M_PI)) < 0 ||
        module_add(m, "inf", float_from_double(INFINITY)) < 0 ||
        module_add(m, "infj", complex_from_doubles(0.0, INFINITY)) < 0 ||
        module_add(m, "nan", float_from_double(NAN)) < 0 ||
        module_add(m, "nanj", complex_from_doubles(0.0, NAN)) < 0)
        return -1;
    return 0;
}

ModuleDef cmath_module_def = {
    "cmath",
    "This module provides access to mathematical functions for complex\n"
    "numbers.",
    cmath_methods, cmath_init
};
