# hashlib.pbkdf2_hmac: RFC 6070 vectors, every digest, dklen, bytes-like inputs, long keys,
# and its errors
import hashlib

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# RFC 6070 (PBKDF2-HMAC-SHA1)
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword",
                          b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "SHA256", "sha-512"]:
    for dk in [None, 1, 20, 65, 130]:
        print(name, dk, hashlib.pbkdf2_hmac(name, b"pw", b"salt", 3, dk).hex())
# keys longer than a block are hashed first
print(hashlib.pbkdf2_hmac("sha256", b"k" * 64, b"s", 2).hex())
print(hashlib.pbkdf2_hmac("sha256", b"k" * 65, b"s", 2).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 200, b"", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", bytearray(b"p" * 100), memoryview(b"s"), 3, 50).hex())
print(hashlib.pbkdf2_hmac(hash_name="md5", password=b"", salt=b"", iterations=1, dklen=2))
# errors
show(hashlib.pbkdf2_hmac, "foo", b"p", b"s", 1)
show(hashlib.pbkdf2_hmac, "foo", b"p", b"s", 0)
show(hashlib.pbkdf2_hmac, 1, b"p", b"s", 1)
show(hashlib.pbkdf2_hmac, "sha1", "p", b"s", 1)
show(hashlib.pbkdf2_hmac, "sha1", b"p", 5, 1)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 0)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", -1)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 1.0)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 2 ** 40)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 2 ** 70)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 0, 0)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 1, 0)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 1, -1)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 1, 1.5)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 1, 2 ** 40)
show(hashlib.pbkdf2_hmac, "sha1", b"p", b"s", 1, 2 ** 70)
show(hashlib.pbkdf2_hmac, "sha1", b"p")
try:
    hashlib.pbkdf2_hmac("nope", b"p", b"s", 1)
except ValueError as e:
    print(type(e).__module__, type(e).__name__, [c.__name__ for c in type(e).__mro__])
