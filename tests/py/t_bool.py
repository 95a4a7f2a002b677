# bool: repr, arithmetic as ints, bitwise staying bool, conversions, bool() of many values, identity.
print(True, False, repr(True), str(False), type(True), type(True).__name__, bool.__bases__)
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True, abs(-True))
print(True & True, True & False, True | False, False ^ True, ~True, ~False, True << 3, True >> 1)
print(type(True & False), type(True | 1), type(True + 0), type(-True), type(True ^ False))
print(int(True), float(False), str(True), complex(True), bool(1), bool(0), bool(-1), bool(0.0), bool(1e-300))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(None))
print(bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"), bool(0j), bool(bytearray()), bool(frozenset()))
print(True == 1, False == 0, True is True, bool(1) is True, (1 == 1) is True, not 0, not 1, not not [1])
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), True.__class__ is bool)
print(sum([True, True, False, True]), [True, False].count(1), [1, 0, 1].count(True), max(True, 0))
print(True and 5, False and 5, True or 5, False or 5, 0 and True, 1 and False, None or False)
print({True: "t", 1: "one"}, {False, 0, 0.0}, hash(True), hash(False), "abc"[True], [10, 20][False])
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).conjugate())
print(f"{True}", f"{True:d}", f"{False:>6}|", "%d %s %r" % (True, True, False), format(True, "08b"))
print(bool.__name__, bool(bool), bool(print), True < 2, False > -1, sorted([True, False, 0, 1]))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool("False"), bool("0"), str(bool("")), 1 if True else 2, [x for x in [0, 1, "", "a", None, 2.0] if x])
