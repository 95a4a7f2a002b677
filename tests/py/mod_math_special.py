# math: gamma/lgamma/erf (CPython's own algorithms), fsum's exact rounding, nextafter/ulp
import math

def row(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(name, ' '.join(out))

xs = [0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 10.0, 22.0, 23.0, 24.0, 30.5, 100.0, 140.5, 171.0, 171.7,
      200.5, 1e-10, 1e-25, -0.5, -1.5, -2.5, -7.25, -140.25, -200.5, -250.5, 0.0, -0.0, -1.0,
      -3.0, float('inf'), float('-inf'), float('nan'), 1e308]
s = 12345
for i in range(60):
    s = (s * 1103515245 + 12345) % 2**31
    xs.append((s / 2**31 - 0.5) * 60)
row('gamma', math.gamma, xs)
row('lgamma', math.lgamma, xs)
row('erf', math.erf, xs)
row('erfc', math.erfc, xs)

vals = [(s * 7919 % 1000003) / 997.0 - 500 for s in range(500)]
print(math.fsum(vals), sum(vals))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1e100, 1, -1e100, 1e-100]), math.fsum([0.1] * 10))
print([math.fsum([0.1] * n) for n in range(12)])
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(iter([2.5, 2.5])), math.fsum([float('inf'), 1.0]))
print(math.fsum([1e308, -1e308, 1e308 / 3]), math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([-0.0, -0.0]))
for bad in ([1e308, 1e308], [float('inf'), float('-inf')], 'abc', 5):
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5), math.ulp(1e300), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))
