# round() on floats: banker's rounding, ndigits positive/negative/zero, representation effects, return types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4999, 2.5001, 1e16, -0.4]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), type(round(v, 0)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, 1.25, 1.35, 12.345, -12.345, 3.14159265]:
    print(v, round(v, 1), round(v, 2), round(v, 3), round(v, 5))
for v in [1234.5678, -1234.5678, 1250.0, 1350.0, 15.0, 25.0, 0.001]:
    print(v, round(v, -1), round(v, -2), round(v, -3), round(v, -4))
print(round(1e300, -300), round(1e-300, 300), round(123.456, 100), round(123.456, -100), round(5e-324, 323))
print(round(0.0), round(-0.0), round(-0.0, 1), round(-0.4, 0), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(7.0), round(7.0, None), round(2 ** 60 + 0.0), round(1.5e20), round(-1e20, -19))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.0005:.3f} {-0.0:.1f} {-0.04:.1f}")
print("%.0f %.1f %.2f %.3f" % (0.5, 0.25, 0.125, 0.0625), "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25)
