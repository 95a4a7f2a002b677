# int methods: to_bytes/from_bytes, round with negative ndigits, pow with modulus, hash, attributes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(1, "big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True), int.from_bytes([1, 2, 3], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(round(1234), round(1234, 1), round(1234, -1), round(1235, -1), round(1245, -1), round(-1250, -2), round(1500, -3), round(5, -1), round(15, -1), round(2 ** 70, -20))
print(type(round(5, 2)), round(7, -5))
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1), pow(4, -1, 7), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 20, True, False]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (-5).__abs__())
print((10).as_integer_ratio(), (7).__index__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__())
print(int.__name__, type(5).__name__, isinstance(True, int), (42).__class__ is int, int.__bases__)
print((6).__divmod__(4), (6).__rdivmod__(20), (6).__floordiv__(0.5), (3).__rpow__(2))
