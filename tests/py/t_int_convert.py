# int conversions: int() from strings in bases, str/hex/oct/bin/format, int() of floats and bools.
print(int("0"), int("-0"), int("+12"), int("  42\n"), int("1_2_3"), int("000123"))
for s, b in [("ff", 16), ("FF", 16), ("777", 8), ("1010", 2), ("z", 36), ("Zz", 36), ("10", 3), ("-11", 7)]:
    print(s, b, int(s, b))
for s in ["0x1f", "0o17", "0b101", "-0x10", "0", "  12  ", "1_0"]:
    print(s, int(s, 0))
print(int("0x1f", 16), int("0b11", 2), int("0o7", 8))
print(int(3.7), int(-3.7), int(1e18), int(2.5e20), int(True), int(False), int(-0.9))
for v in [0, 1, -1, 255, -255, 4096, 65535, -(2 ** 16) - 1]:
    print(v, str(v), hex(v), oct(v), bin(v))
print(format(255, "x"), format(255, "#X"), format(255, "o"), format(255, "b"), format(-5, "b"))
print(format(1234567, ","), format(1234567, "_"), format(1234567, "_x"), format(42, "08d"), format(-42, "08d"))
print(format(42, "+"), format(42, " "), format(-42, " "), format(42, "^9"), format(42, "*<6"), format(42, "=+8"))
print(repr(10), str(-10), int(" \t7 "))
print(int.from_bytes(b"\xff\xfe", "big"), int("1" * 40), str(10 ** 20)[:5], format(2 ** 70, "x"), format(-(2 ** 40), "X"))
print(bool(0), bool(-1), bool(2 ** 100), float(7), float(-2 ** 70), complex(3))
for bad in ["", " ", "1.5", "abc", "1__0", "_1", "0x", "12a", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad, base in [("2", 2), ("9", 8), ("g", 16), ("10", 1), ("10", 37)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
