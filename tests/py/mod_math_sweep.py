# math: every one-argument function over a sweep of values, compared digit for digit
import math
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc',
         'exp', 'expm1', 'fabs', 'gamma', 'lgamma', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
         'log', 'log2', 'log10', 'degrees', 'radians', 'frexp', 'modf', 'floor', 'ceil', 'trunc']
xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 10.0, 0.1, 1e-300, 5e-324, 1e300, -1e300, 710.0,
      -710.0, 0.7, 3, -3, 10**20, float('inf'), float('-inf'), float('nan')]
s = 99
for i in range(120):
    s = (s * 1103515245 + 12345) % 2**31
    xs.append((s / 2**31 - 0.5) * 10 ** ((s % 13) - 6))
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))
ys = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 3.0, float('inf'), float('-inf'), float('nan'), 1e308, -0.3]
for name in ['atan2', 'copysign', 'remainder', 'fmod', 'pow', 'hypot']:
    f = getattr(math, name)
    out = []
    for x in xs[:60]:
        for y in ys:
            try:
                out.append(repr(f(x, y)))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__[0])
    print(name, ' '.join(out))
