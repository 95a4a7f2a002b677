# math: constants, rounding, roots, logarithms, trigonometry and their errors
import math

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, args, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [2.5, -2.5, 3.0, -0.5, 7, True, 10**30, 1e300, float('inf'), float('nan')]:
    show(math.floor, x); show(math.ceil, x); show(math.trunc, x)

class Num:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __float__(self): return 6.25
for f in (math.floor, math.ceil, math.trunc, math.sqrt):
    show(f, Num())
show(math.floor, 'x'); show(math.trunc, 'x'); show(math.sqrt, None)

for x in [0.0, 1.0, 2.0, 0.5, 100.0, 1e-10, 1e300, 3, 10**20]:
    show(math.sqrt, x); show(math.exp, x); show(math.log, x); show(math.log2, x); show(math.log10, x)
    show(math.log1p, x); show(math.expm1, x); show(math.cbrt, x); show(math.exp2, x)
show(math.sqrt, -1); show(math.log, 0); show(math.log, -1.5); show(math.exp, 1000); show(math.log1p, -1)
show(math.log, 8, 2); show(math.log, 100, 10); show(math.log, 10, 1); show(math.log); show(math.log, 1, 2, 3)

for x in [0.0, 0.5, -0.5, 1.0, -1.0, 2.0, math.pi / 3, 100.0]:
    for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan,
              math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh):
        show(f, x)
show(math.cosh, 1000); show(math.atan2, 1, 2); show(math.atan2, -0.0, -1.0); show(math.atan2, 1)
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
for a, b in [(5.5, 2), (-5.5, 2), (5, -3), (1e300, 3), (7.0, float('inf')), (5, 0)]:
    show(math.fmod, a, b); show(math.remainder, a, b); show(math.copysign, a, b); show(math.pow, a, b)
show(math.pow, 0.0, -1.0); show(math.pow, -8, 1 / 3); show(math.pow, 10, 400); show(math.pow, float('nan'), 0)
for x in [8.0, 0.0, -3, 1e-320, 123.456, float('inf')]:
    show(math.frexp, x); show(math.modf, x)
show(math.ldexp, 0.75, 4); show(math.ldexp, 1.0, 2000); show(math.ldexp, 1.0, -2000); show(math.ldexp, 1.0, 2.0)
show(math.isclose, 1.0, 1.0 + 1e-10); show(math.isclose, 1.0, 1.1); show(math.isclose, 1.0, 1.1, rel_tol=0.2)
show(math.isclose, 0.0, 1e-12, abs_tol=1e-11); show(math.isclose, 1, 2, rel_tol=-1)
show(math.isclose, math.inf, math.inf); show(math.isclose, math.inf, -math.inf)
for x in [1.0, math.inf, -math.inf, math.nan, 0]:
    print(math.isfinite(x), math.isinf(x), math.isnan(x))
show(math.hypot); show(math.hypot, -3); show(math.hypot, 3, 4); show(math.hypot, 1, 2, 3, 4, 5)
show(math.hypot, 1e-320, 1e-320); show(math.hypot, 1e308, 1e308); show(math.hypot, math.nan, math.inf)
show(math.dist, (1, 2), (4, 6)); show(math.dist, [0, 0, 0], (1, 1, 1)); show(math.dist, (1,), (1, 2))
