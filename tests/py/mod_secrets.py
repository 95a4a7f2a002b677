import secrets
import string

for n in (None, 0, 1, 16, 33):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), all(c in '0123456789abcdef' for c in h),
          len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(len({secrets.token_hex(16) for _ in range(20)}))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(set(secrets.randbelow(3) for _ in range(300)) == {0, 1, 2})
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('a') , secrets.choice([1, 2, 3]) in (1, 2, 3), secrets.choice(range(5, 6)))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
r = secrets.SystemRandom()
print(0 <= r.random() < 1, r.randint(3, 3))
for a, b in [('abc', 'abc'), ('abc', 'abd'), ('ab', 'abc'), (b'x', b'x'), (b'x', bytearray(b'x')),
             (memoryview(b'yz'), b'yz'), (b'', b''), ('', ''), (b'a', b'b')]:
    print(repr(a)[:20], repr(b), secrets.compare_digest(a, b))
for a, b in [('a', b'a'), (b'a', 'a'), ('é', 'é'), ('a', 'é'), (1, 2), (None, 'x'), ([], b'a')]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
for f, arg in [(secrets.randbelow, 0), (secrets.randbelow, -5), (secrets.token_bytes, -1),
               (secrets.choice, [])]:
    try:
        f(arg)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(sorted(secrets.__all__))
