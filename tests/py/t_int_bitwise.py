# int bitwise operators with negatives and big values; shifts; bit_length and bit_count.
vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 40, -(2 ** 40) + 3]
for a in vals:
    print(a, ~a, a & 0xF, a | 0xF, a ^ 0xF, a & -8, a | -8, a ^ -8)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(1 << 0, 1 << 1, 1 << 31, 1 << 64, 3 << 100, -1 << 10, -3 << 65)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 100, -7 >> 1, 7 >> 1, (2 ** 100) >> 99)
print((-(2 ** 100)) >> 1, (-(2 ** 100) - 1) >> 99, (2 ** 100 + 12345) >> 64)
print((2 ** 70 - 1) & (2 ** 35 + 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70), -(2 ** 70) & 0xFFFF)
print(-(2 ** 70) | 0xFF, ~(2 ** 70), (-(2 ** 70)) ^ -1, (2 ** 64 - 1) & -(2 ** 32))
for v in (0, 1, 2, 3, 7, 8, 255, 256, -1, -255, 2 ** 64, 2 ** 64 - 1, -(2 ** 64)):
    print(v, v.bit_length(), v.bit_count())
print(True & False, True | False, True ^ True, ~True, type(True & True), type(True & 1))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, bin(~0b1100))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(0 << 1000, 5 >> 1000, -5 >> 1000)
