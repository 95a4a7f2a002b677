# cmath: infinities, NaNs and signed zeros (C99 Annex G values, CPython's errors)
import cmath
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 2.5, -2.5, inf, -inf, nan]
for name in ['sqrt', 'exp', 'log', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
             'sin', 'sinh', 'tan', 'tanh']:
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(repr(getattr(cmath, name)(complex(a, b))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[0])
    print(name, ' '.join(out))
out = []
for a in vals:
    for b in vals:
        try:
            out.append(repr(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
print('rect', ' '.join(out))
