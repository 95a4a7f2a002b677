# random: the Mersenne Twister seeded exactly as CPython (ints, floats, str/bytes via SHA-512)
import random

seeds = [0, 1, 2, 42, 123456789, -7, 2**31, 2**32 - 1, 2**32, 2**64 + 5, 10**50, -10**30,
         3.14, -2.5, 0.0, 'hello', '', 'ünïcödé', 'x' * 200, b'bytes', b'', bytearray(b'xyz'),
         True, False]
for seed in seeds:
    random.seed(seed)
    print(repr(seed)[:30], [random.random() for _ in range(3)], random.getrandbits(32),
          random.getrandbits(64), random.getrandbits(100))
for n in range(0, 70, 7):
    random.seed(n)
    print(n, [random.getrandbits(k) for k in (1, 2, 8, 16, 31, 32, 33, 63, 64, 65, 128)])
random.seed(5)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(8), random.randbytes(13))
for v in (1, 2):
    for s in ('abc', b'abc', 1234):
        random.seed(s, version=v)
        print(v, s, random.random())
r = random.Random(99)
print(r.random(), r.getrandbits(40))
r.seed(99)
print(r.random())
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [random.random() for _ in range(5)]
random.setstate(state)
print(a == [random.random() for _ in range(5)])
x = random.Random(2024)
y = random.Random()
y.setstate(x.getstate())
print([x.randint(0, 100) for _ in range(8)] == [y.randint(0, 100) for _ in range(8)])
random.seed(None)
print(type(random.random()).__name__, 0 <= random.random() < 1)
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
