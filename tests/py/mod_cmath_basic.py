# cmath: the common functions, polar/rect, constants and errors
import cmath

for z in [0, 1, -1, 1j, -1j, 3 + 4j, -2.5 + 0.5j, 1e-300 + 1e-300j, 1e300 + 1e300j, 2, -4.0]:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z) < 700 else '-', cmath.phase(z), cmath.polar(z))
    if z:
        print(' ', cmath.log(z), cmath.log10(z), cmath.log(z, 2))
for r, phi in [(1, 0), (2, cmath.pi / 2), (1, cmath.pi), (0, 1), (3, -0.5), (1e300, 1)]:
    print(cmath.rect(r, phi))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 2, abs_tol=1.5), cmath.isclose(1j, 1j))
for z in [1 + 2j, complex('inf'), complex(0, float('nan')), 5]:
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
class C:
    def __complex__(self): return 1j
class F:
    def __float__(self): return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True))
for f, args in [(cmath.sqrt, ('1',)), (cmath.log, (0,)), (cmath.log, (1, 1)), (cmath.log, (1, 0)),
                (cmath.exp, (1000,)), (cmath.polar, (complex(1e308, 1e308),)), (cmath.atanh, (1,)),
                (cmath.isclose, (1, 2), ), (cmath.sqrt, (None,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
