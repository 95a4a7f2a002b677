# cmath: every function over a grid of complex numbers, digit for digit
import cmath
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.5, 1e-310, 1e308, -1e308, 1e-20, 0.71, 1.73, 100.0, 710.0]
s = 3
for i in range(24):
    s = (s * 1103515245 + 12345) % 2**31
    vals.append((s / 2**31 - 0.5) * 10 ** ((s % 9) - 4))
zs = [complex(a, b) for a in vals for b in vals[::3]]
for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh',
             'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))
