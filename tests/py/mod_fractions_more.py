# fractions: hashes agree with ints/floats, limit_denominator, exact arithmetic properties
from fractions import Fraction as F
import math, sys

M = sys.hash_info.modulus
ok = True
for n in range(-30, 31):
    for d in range(1, 25):
        f = F(n, d)
        if f.denominator == 1 and hash(f) != hash(f.numerator): ok = False; print('int', n, d)
        x = n / d
        if F(x) == f and hash(f) != hash(x): ok = False; print('float', n, d)
print('hash agrees', ok)
for f in [F(1, M), F(-1, M), F(M, 2), F(M + 1, M), F(2**64, 3), F(-2**100, 7), F(1, 2**61), F(-1, 2)]:
    print(f, hash(f))
print(hash(F(1, M)) == hash(float('inf')), hash(F(-1, M)) == hash(float('-inf')), hash(F(-1)) == -2)
print(hash(F(0.1)) == hash(0.1), hash(F(1e300)) == hash(1e300), hash(F(5e-324)) == hash(5e-324))

pi = F(math.pi)
print(pi, pi.as_integer_ratio())
for m in (1, 2, 3, 7, 10, 57, 100, 113, 1000, 10**6, 10**9):
    print(m, pi.limit_denominator(m), (-pi).limit_denominator(m))
print(F(1, 3).limit_denominator(3), F(10, 7).limit_denominator(1), F(99, 100).limit_denominator(1))
print(F('3.14159265358979323846264338327950288419716939937510').limit_denominator(1000))

# exact rational arithmetic
a, b = F(355, 113), F(-22, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 3, b ** -2, -a, abs(b))
print(sum(F(1, n) for n in range(1, 21)))
h = F(0)
for n in range(1, 30):
    h += F(1, n * (n + 1))
print(h, h == 1 - F(1, 30))
print(F(2, 3) ** 100 == F(2 ** 100, 3 ** 100), (F(2, 3) ** 100).denominator == 3 ** 100)
print(F(1, 3) + 1/3, type(F(1, 3) + 1/3).__name__, 1/3 + F(1, 3) == F(1, 3) + 1/3)
print(F(1, 2) < F(2, 3) < 1 < 1.5 < F(7, 4), F(1, 3) == F(2, 6), F(1, 3) != 0.333)
print(sorted([F(1, 3), F(-1, 2), 0.25, 2, F(5, 3), -1]))
print(min(F(1, 3), 0.3), max(F(7, 2), 3), F(5, 3) in {F(10, 6)}, F(4, 2) in {2})
print(round(F(-7, 2)), round(F(-9, 2)), round(F(11, 4), 1), round(F(-11, 4), 1), round(F(1, 8), 2), type(round(F(1, 3))).__name__)
print(math.floor(F(-1, 3)), math.ceil(F(-1, 3)), int(F(-1, 3)), math.trunc(F(-4, 3)), float(F(-4, 3)))
print(F(10**50, 3) // 7, F(-10**50, 3) % 7, F(1, 10**30) * 10**30)
print(F(3, 4) * 1j, (2 + 0j) ** F(1, 2), F(1, 2) ** 0.5, F(-1, 4) ** 0.5)
for s in ['1/3', '-1/3', '+0.5', '1e2', '1E-2', '.25', '3.', '1_0/3_0', '  7/8\n', '1.5e-1', '0/5', '-0', '2.5e+3']:
    print(repr(s), F(s))
for s in ['1/', '/2', '1.2/3', '1e', 'e3', '1__0', '_1', '1/3.0', '0x10', 'nan', 'inf', '1/-3', '- 1', '1 /3']:
    try:
        print(repr(s), F(s))
    except ValueError as e:
        print('ValueError', e)
print(F(F(1, 2), 3), F(3, F(1, 2)), F(F(1, 2), F(3, 4)))
for bad in [(1.5, 2), ('1', 2), (1, 2.0), (None,), ([],)]:
    try:
        F(*bad)
    except TypeError as e:
        print('TypeError', e)
print(F.from_float(1.5), F.from_float(-0.0), F.from_float(2**70))
try:
    F.from_float(F(1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    F.from_float(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
print(F(1, 2).__reduce__())
