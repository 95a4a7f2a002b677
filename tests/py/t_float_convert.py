# float conversions: float() from strings and ints, is_integer, as_integer_ratio, hex/fromhex, int(), errors.
for s in ["1", "1.5", "-2.5e3", "  3.25  ", ".5", "5.", "1_000.000_1", "1E-3", "+0.0", "-0", "16",
          "1e500", "-1e500", "1e-500", "00012.5000", "\t\n7\n"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "--1", "1_", "_1", "0x10", "1 2", "in f", "nan1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1.0], {}]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError:", e)
print(float(0), float(-5), float(True), float(2 ** 53 + 1), float(10 ** 308), float(1.5))
for v in [0.5, 0.1, -2.75, 3.0, 1e-3, 1e20, 0.0, -0.0, 1 / 3]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
for h in ["0x1p0", "0x1.8p1", "-0x1p-2", "0x.8", "0XAp0", "0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "1p4", "0x10"]:
    print(h, float.fromhex(h))
print(int(2.5), int(-2.5), int(1e10), int(0.9999999999999999), int(-0.0), int(1.5e19))
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__, (0.1).__trunc__(), (3.7).__floor__(), (3.2).__ceil__())
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"), float("4.9e-324"), float("2e-324"))
print(str(1e16), str(1.0e-5), repr(float("0.1")), float(str(0.1)) == 0.1, format(0.1, ".20f"), format(1 / 3, ".17g"))
