# hashlib: the hash objects (update, digest, hexdigest, copy, attributes, repr), constructors,
# hashlib.new and its names, bytes-like inputs, and every error message
import hashlib
import array
import re

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def addr(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, addr(repr(h)), type(h.digest()),
          len(h.digest()), type(h.hexdigest()), len(h.hexdigest()))

h = hashlib.sha256(b"hello ")
print(type(h), type(h).__name__, type(h).__module__)
c = h.copy()
print(type(c) is type(h), c is h, c == h)
print(h.update(b"world"))
print(h.hexdigest())
print(c.hexdigest())
c.update(b"world")
print(c.hexdigest() == h.hexdigest(), c.digest() == h.digest())
print(h.digest().hex() == h.hexdigest())
# digest() does not end the object
d1 = h.digest()
h.update(b"!")
print(d1 != h.digest(), h.hexdigest() == hashlib.sha256(b"hello world!").hexdigest())
# keyword forms and usedforsecurity
print(hashlib.md5(string=b"a").hexdigest())
print(hashlib.md5(b"a", usedforsecurity=False).hexdigest())
print(hashlib.new("sha1", data=b"a").hexdigest())
print(hashlib.new(name="md5", data=b"a").hexdigest())
print(hashlib.new("md5", usedforsecurity=False).hexdigest())
print(hashlib.new("md5", b"a", usedforsecurity=True).hexdigest())
# names OpenSSL knows, in any case
for n in ["SHA256", "Sha256", "sha-256", "SHA-256", "SHA1", "sha-1", "MD5", "Md5", "SHA512",
          "SHA-512", "sha384", "SHA224", "sha-224"]:
    show(lambda n: hashlib.new(n).name, n)
for n in ["foo", "", "sha3", "sha-", "md5 ", "md-5"]:
    show(hashlib.new, n)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha224", "sha256", "sha384",
                                               "sha512"}))
print(type(hashlib.algorithms_guaranteed), type(hashlib.algorithms_available))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.md5.__name__, hashlib.sha512.__name__, hashlib.md5.__doc__)

# bytes-like inputs
for data in [bytearray(b"abc"), memoryview(b"abc"), array.array("B", b"abc"),
             memoryview(bytearray(b"xabcx"))[1:4]]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1().copy().hexdigest()[:4])
    h = hashlib.sha256()
    h.update(data)
    print(h.hexdigest())
print(hashlib.sha256(array.array("i", [1, 2, 3])).hexdigest())
print(hashlib.sha512(array.array("d", [1.5])).hexdigest()[:32])

# errors
show(hashlib.md5, "text")
show(hashlib.md5, 1)
show(hashlib.md5, None)
show(hashlib.md5, [1, 2])
show(hashlib.md5, memoryview(b"abcd")[::2])
show(hashlib.md5, b"a", b"b")
show(hashlib.md5, b"a", string=b"x")
show(hashlib.md5, x=1)
show(hashlib.sha256, b"", b"", b"")
show(hashlib.new, "md5", "x")
show(hashlib.new, "foo", "x")
show(hashlib.new, "md5", None)
show(hashlib.new, "md5", 1)
show(hashlib.new, "md5", data=1)
show(hashlib.new)
show(hashlib.new, data=b"")
show(hashlib.new, "md5", b"", b"")
show(hashlib.new, "md5", x=1)
show(hashlib.new, b"md5")
show(hashlib.new, None)
show(hashlib.new, "md5\x00")
show(hashlib.new, "md5", b"a", data=b"")
h = hashlib.md5()
show(h.update, "x")
show(h.update, None)
show(h.update)
show(h.update, b"a", b"b")
show(h.digest, 1)
show(type(h))
show(setattr, h, "name", "x")
show(setattr, h, "digest_size", 3)
show(setattr, h, "foo", 3)
print(h.hexdigest())
