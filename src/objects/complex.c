/* complex.c — complex numbers as pairs of doubles.
 *
 * The arithmetic reproduces CPython's results bit for bit, so it uses the same formulas:
 * Smith's method for division (scale by the larger part of the divisor to avoid overflow),
 * repeated squaring for small integral powers (|n| <= 100, more accurate than exp/log) and the
 * polar form otherwise.  Errors travel as errno values (EDOM, ERANGE) from the kernels to the
 * slot functions, which turn them into CPython's exceptions.
 *
 * Only == and != are defined; ordering comparisons return NotImplemented, so the generic code
 * raises "'<' not supported between instances of 'complex' and 'complex'". */
#include "numbers.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "../runtime/hash.h"
#include <math.h>
#include <errno.h>
#include <string.h>

typedef struct { double real, imag; } Cplx;

static inline Cplx cval(Object *o)
{
    return (Cplx){ ((ComplexObject *)o)->real, ((ComplexObject *)o)->imag };
}
#define CVAL(o) cval(OBJ(o))

static Object *complex_subtype_new(TypeObject *type, double re, double im)
{
    Object *o = obj_alloc(type);
    if (o) {
        ((ComplexObject *)o)->real = re;
        ((ComplexObject *)o)->imag = im;
    }
    return o;
}

Object *complex_from_doubles(double re, double im)
{
    return complex_subtype_new(&ComplexType, re, im);
}

static Object *complex_from_c(Cplx c) { return complex_from_doubles(c.real, c.imag); }

/* ---- kernels --------------------------------------------------------------------------------- */

static Cplx c_sum(Cplx a, Cplx b) { return (Cplx){ a.real + b.real, a.imag + b.imag }; }
static Cplx c_diff(Cplx a, Cplx b) { return (Cplx){ a.real - b.real, a.imag - b.imag }; }
static Cplx c_prod(Cplx a, Cplx b)
{
    return (Cplx){ a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real };
}

/* a / b by Smith's method; errno = EDOM for a zero divisor. */
static Cplx c_quot(Cplx a, Cplx b)
{
    double abr = fabs(b.real), abi = fabs(b.imag);
    Cplx r;
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abi >= abr) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {                      /* a NaN in the divisor */
        r.real = r.imag = NAN;
    }
    return r;
}

static Cplx c_pow(Cplx a, Cplx b)
{
    Cplx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag), len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real), phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* x ** n for n >= 0 by binary powering. */
static Cplx c_powu(Cplx x, long n)
{
    Cplx r = { 1.0, 0.0 }, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static Cplx c_powi(Cplx x, long n)
{
    if (n > 0) return c_powu(x, n);
    return c_quot((Cplx){ 1.0, 0.0 }, c_powu(x, -n));
}

/* |z|: infinite if either part is, NaN if either part is (and none infinite), else hypot with
 * overflow reported through errno. */
static double c_abs(Cplx z)
{
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real)) { errno = 0; return fabs(z.real); }
        if (isinf(z.imag)) { errno = 0; return fabs(z.imag); }
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

/* ---- operand conversion ---------------------------------------------------------------------- */

/* 1: converted; 0: not a number complex handles (NotImplemented); -1: error. */
static int to_complex(Object *o, Cplx *out)
{
    if (IS_COMPLEX(o)) { *out = CVAL(o); return 1; }
    if (IS_FLOAT(o)) { out->real = FLOAT_VAL(o); out->imag = 0.0; return 1; }
    if (IS_INT(o)) {
        out->real = int_as_double(o);
        out->imag = 0.0;
        return out->real == -1.0 && err_occurred() ? -1 : 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y) do { \
        int ra_ = to_complex(a, &x); if (ra_ <= 0) { if (ra_ < 0) return NULL; RETURN_NOTIMPL; } \
        int rb_ = to_complex(b, &y); if (rb_ <= 0) { if (rb_ < 0) return NULL; RETURN_NOTIMPL; } \
    } while (0)

static Object *complex_add(Object *a, Object *b)
{
    Cplx x, y; CONVERT_BOTH(a, b, x, y);
    return complex_from_c(c_sum(x, y));
}

static Object *complex_sub(Object *a, Object *b)
{
    Cplx x, y; CONVERT_BOTH(a, b, x, y);
    return complex_from_c(c_diff(x, y));
}

static Object *complex_mul(Object *a, Object *b)
{
    Cplx x, y; CONVERT_BOTH(a, b, x, y);
    return complex_from_c(c_prod(x, y));
}

static Object *complex_div(Object *a, Object *b)
{
    Cplx x, y; CONVERT_BOTH(a, b, x, y);
    errno = 0;
    Cplx q = c_quot(x, y);
    if (errno == EDOM) {
        err_set_string(&Exc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return complex_from_c(q);
}

static Object *complex_pow(Object *a, Object *b, Object *c)
{
    Cplx x, y; CONVERT_BOTH(a, b, x, y);
    if (c != NONE) {
        err_set_string(&Exc_ValueError, "complex modulo");
        return NULL;
    }
    errno = 0;
    Cplx p;
    /* small integral exponents: repeated multiplication is faster and more accurate */
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0)
        p = c_powi(x, (long)y.real);
    else
        p = c_pow(x, y);
    if (isinf(p.real) || isinf(p.imag)) { if (errno == 0) errno = ERANGE; }
    else if (errno == ERANGE) errno = 0;
    if (errno == EDOM) {
        err_set_string(&Exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        err_set_string(&Exc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return complex_from_c(p);
}

static Object *complex_neg(Object *a)
{
    Cplx c = CVAL(a);
    return complex_from_doubles(-c.real, -c.imag);
}

static Object *complex_pos(Object *a)
{
    if (TYPE(a) == &ComplexType) return NEWREF(a);
    return complex_from_c(CVAL(a));
}

static Object *complex_abs(Object *a)
{
    double r = c_abs(CVAL(a));
    if (errno == ERANGE) {
        err_set_string(&Exc_OverflowError, "absolute value too large");
        return NULL;
    }
    return float_from_double(r);
}

static int complex_bool(Object *a) { return CVAL(a).real != 0.0 || CVAL(a).imag != 0.0; }

/* ---- comparison, hashing, text --------------------------------------------------------------- */

static Object *complex_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_COMPLEX(a)) RETURN_NOTIMPL;
    Cplx x = CVAL(a);
    bool eq;
    if (IS_INT(b)) {
        /* an int equals the complex only if imag is 0 and the real part equals it exactly,
         * which float's comparison decides without rounding the int */
        if (x.imag != 0.0) {
            eq = false;
        } else {
            Object *f = float_from_double(x.real);
            if (!f) return NULL;
            Object *r = FloatType.tp_richcompare(f, b, op);
            DECREF(f);
            return r;
        }
    } else if (IS_FLOAT(b)) {
        eq = x.real == FLOAT_VAL(b) && x.imag == 0.0;
    } else if (IS_COMPLEX(b)) {
        eq = x.real == CVAL(b).real && x.imag == CVAL(b).imag;
    } else {
        RETURN_NOTIMPL;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t complex_hash(Object *self)
{
    Cplx c = CVAL(self);
    uint64_t hr = (uint64_t)hash_double(self, c.real), hi = (uint64_t)hash_double(self, c.imag);
    int64_t h = (int64_t)(hr + (uint64_t)HASH_IMAG * hi);
    return h == -1 ? -2 : h;
}

/* "(1+2j)", or "2j" when the real part is +0.0. */
static Object *complex_repr(Object *self)
{
    Cplx c = CVAL(self);
    char *re = NULL, *im;
    bool bare = c.real == 0.0 && !signbit(c.real);
    if (!bare && !(re = double_to_string(c.real, 'r', 0, 0))) return err_no_memory();
    im = double_to_string(c.imag, 'r', 0, bare ? 0 : DTOS_SIGN);
    if (!im) { mem_free(re); return err_no_memory(); }
    Object *s = bare ? str_from_format("%sj", im) : str_from_format("(%s%sj)", re, im);
    mem_free(re);
    mem_free(im);
    return s;
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *complex_conjugate(Object *self, Object *unused)
{
    return complex_from_doubles(CVAL(self).real, -CVAL(self).imag);
}

static Object *complex_complex(Object *self, Object *unused) { return complex_pos(self); }

static Object *complex_getnewargs(Object *self, Object *unused)
{
    Object *r = float_from_double(CVAL(self).real), *i = float_from_double(CVAL(self).imag);
    Object *t = NULL;
    if (r && i) t = tuple_pack(2, r, i);
    XDECREF(r);
    XDECREF(i);
    return t;
}

static Object *complex_format_m(Object *self, Object *spec)
{
    if (!IS_STR(spec))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %.200s",
                          TYPE(spec)->tp_name);
    return format_complex(CVAL(self).real, CVAL(self).imag, spec);
}

static MethodDef complex_methods[] = {
    { "conjugate", (void *)complex_conjugate, METH_NOARGS,
      "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__complex__", (void *)complex_complex, METH_NOARGS,
      "Convert this value to exact type complex." },
    { "__getnewargs__", (void *)complex_getnewargs, METH_NOARGS, NULL },
    { "__format__", (void *)complex_format_m, METH_O,
      "Convert to a string according to format_spec." },
    { NULL }
};

static MemberDef complex_members[] = {
    { "real", T_DOUBLE, offsetof(ComplexObject, real), READONLY,
      "the real part of a complex number" },
    { "imag", T_DOUBLE, offsetof(ComplexObject, imag), READONLY,
      "the imaginary part of a complex number" },
    { NULL }
};

/* ---- complex(real, imag) --------------------------------------------------------------------- */

static Object *malformed(void)
{
    err_set_string(&Exc_ValueError, "complex() arg is a malformed string");
    return NULL;
}

/* complex(text): "1+2j", "(1-j)", "2.5", "j", with whitespace around and inside brackets. */
static Object *complex_from_text(TypeObject *type, Object *v)
{
    ssize_t len;
    char *tofree, *clean = NULL;
    const char *s = num_text_ascii(v, &len, &tofree);
    if (!s) return NULL;
    if (memchr(s, '_', (size_t)len)) {
        if (!(clean = mem_alloc((size_t)len + 1))) { mem_free(tofree); return err_no_memory(); }
        len = num_strip_underscores(s, len, clean);
        s = clean;
    }
    Object *res = NULL;
    if (len < 0) {
        err_format(&Exc_ValueError, "could not convert string to complex: %R", v);
        goto done;
    }
    const char *p = s, *end = s + len, *q;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
#define SKIP_SPACE() while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++
    SKIP_SPACE();
    if (p < end && *p == '(') { bracket = true; p++; SKIP_SPACE(); }
    if (!(q = float_parse_prefix(p, end, &z))) goto done;
    if (q != p) {
        p = q;
        if (p < end && (*p == '+' || *p == '-')) {        /* <float><signed-float>j, <float>±j */
            x = z;
            if (!(q = float_parse_prefix(p, end, &y))) goto done;
            if (q != p) p = q;
            else y = *p++ == '+' ? 1.0 : -1.0;
            if (!(p < end && (*p | 0x20) == 'j')) { malformed(); goto done; }
            p++;
        } else if (p < end && (*p | 0x20) == 'j') {      /* <float>j */
            p++;
            y = z;
        } else {                                          /* <float> */
            x = z;
        }
    } else {                                              /* j, +j, -j */
        y = 1.0;
        if (p < end && (*p == '+' || *p == '-')) y = *p++ == '+' ? 1.0 : -1.0;
        if (!(p < end && (*p | 0x20) == 'j')) { malformed(); goto done; }
        p++;
    }
    SKIP_SPACE();
    if (bracket) {
        if (!(p < end && *p == ')')) { malformed(); goto done; }
        p++;
        SKIP_SPACE();
    }
#undef SKIP_SPACE
    if (p != end) { malformed(); goto done; }
    res = complex_subtype_new(type, x, y);
done:
    mem_free(clean);
    mem_free(tofree);
    return res;
}

/* o.__complex__() if o has one: 1 with *out set (a new reference to a complex), 0 if absent,
 * -1 on error. */
static int try_complex_method(Object *o, Object **out)
{
    *out = NULL;
    Object *m = obj_lookup_special(o, ID(dunder_complex));
    if (!m) return err_occurred() ? -1 : 0;
    Object *r = obj_call0(m);
    DECREF(m);
    if (!r) return -1;
    if (!IS_COMPLEX(r)) {
        err_format(&Exc_TypeError, "__complex__ returned non-complex (type %.200s)",
                   TYPE(r)->tp_name);
        DECREF(r);
        return -1;
    }
    *out = r;
    return 1;
}

static bool is_number_for_complex(Object *o)
{
    NumberMethods *nb = TYPE(o)->tp_as_number;
    return nb && (IS_COMPLEX(o) || nb->nb_float || nb->nb_index);
}

Object *complex_from_object(Object *o)
{
    if (TYPE(o) == &ComplexType) return NEWREF(o);
    return obj_call1(OBJ(&ComplexType), o);
}

static Object *complex_new_impl(TypeObject *type, Object *r, Object *i)
{
    if (!r) r = SMALL_INT(0);
    if (TYPE(r) == &ComplexType && !i && type == &ComplexType) return NEWREF(r);
    if (IS_STR(r)) {
        if (i) {
            err_set_string(&Exc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        return complex_from_text(type, r);
    }
    if (i && IS_STR(i)) {
        err_set_string(&Exc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    Object *special;
    int rc = try_complex_method(r, &special);
    if (rc < 0) return NULL;
    if (rc > 0) r = special;                  /* owned below through `special` */
    Object *res = NULL;
    if (!is_number_for_complex(r)) {
        err_format(&Exc_TypeError,
                   "complex() first argument must be a string or a number, not '%.200s'",
                   TYPE(r)->tp_name);
        goto done;
    }
    if (i && !is_number_for_complex(i)) {
        err_format(&Exc_TypeError, "complex() second argument must be a number, not '%.200s'",
                   TYPE(i)->tp_name);
        goto done;
    }
    /* the result is r + i*1j, whatever the parts' own imaginary parts */
    Cplx cr = { 0.0, 0.0 }, ci = { 0.0, 0.0 };
    bool cr_complex = false, ci_complex = false;
    if (IS_COMPLEX(r)) {
        cr = CVAL(r);
        cr_complex = true;
    } else {
        cr.real = float_as_double(r);
        if (cr.real == -1.0 && err_occurred()) goto done;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (IS_COMPLEX(i)) {
        ci = CVAL(i);
        ci_complex = true;
    } else {
        ci.real = float_as_double(i);
        if (ci.real == -1.0 && err_occurred()) goto done;
    }
    if (ci_complex) cr.real -= ci.imag;
    if (cr_complex && i) ci.real += cr.imag;
    res = complex_subtype_new(type, cr.real, ci.real);
done:
    XDECREF(special);
    return res;
}

static Object *complex_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const kwlist[] = { "real", "imag", NULL };
    Object *a[2] = { NULL, NULL };
    if (args_parse("complex", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return NULL;
    return complex_new_impl(type, a[0], a[1]);
}

static Object *complex_vectorcall(Object *callable, Object *const *args, ssize_t nargs,
                                  Object *kwnames)
{
    TypeObject *t = (TypeObject *)callable;
    if (t == &ComplexType) return complex_new(t, args, nargs, kwnames);
    Object *o = t->tp_new(t, args, nargs, kwnames);
    if (o && t->tp_init && IS_INSTANCE(o, t) && t->tp_init(o, args, nargs, kwnames) < 0) CLEAR(o);
    return o;
}

static void complex_dealloc(Object *self) { TYPE(self)->tp_free(self); }

static NumberMethods complex_as_number = {
    .nb_add = complex_add, .nb_subtract = complex_sub, .nb_multiply = complex_mul,
    .nb_power = complex_pow, .nb_negative = complex_neg, .nb_positive = complex_pos,
    .nb_absolute = complex_abs, .nb_bool = complex_bool, .nb_true_divide = complex_div,
};

TypeObject ComplexType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(ComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
              "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_base = &BaseObjectType,
    .tp_new = complex_new,
    .tp_vectorcall = complex_vectorcall,
};
