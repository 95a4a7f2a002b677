# hashlib: published test vectors (RFC 1321, FIPS 180-4 examples), empty and large inputs,
# block-boundary lengths, incremental updates against one-shot hashing
import hashlib

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
MSGS = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        b"1234567890" * 8,
        b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
        b"klmnopqrlmnopqrsmnopqrstnopqrstu"]
for name in NAMES:
    ctor = getattr(hashlib, name)
    for m in MSGS:
        print(name, len(m), ctor(m).hexdigest())

# every length around the one- and two-block padding boundaries
for name in NAMES:
    h = hashlib.new(name)
    acc = []
    for n in list(range(50, 70)) + list(range(108, 132)) + [239, 240, 255, 256, 257]:
        acc.append(hashlib.new(name, b"x" * n).hexdigest()[:8])
    print(name, " ".join(acc))

# a million 'a's (FIPS 180 long message) and 10 MB, one-shot and in odd-sized pieces
million = b"a" * 1000000
big = bytes(range(256)) * 40960
for name in NAMES:
    one = hashlib.new(name, big)
    inc = hashlib.new(name)
    step = 9973
    for i in range(0, len(big), step):
        inc.update(big[i:i + step])
    print(name, hashlib.new(name, million).hexdigest(), one.hexdigest() == inc.hexdigest(),
          one.hexdigest()[:16])

# byte-at-a-time updates across block boundaries
for name in NAMES:
    h = hashlib.new(name)
    data = bytes(range(200))
    for b in data:
        h.update(bytes([b]))
    print(name, h.hexdigest() == hashlib.new(name, data).hexdigest())
