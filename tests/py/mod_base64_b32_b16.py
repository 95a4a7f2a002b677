# base64: Base32 (casefold, map01), base32hex and Base16 (casefold), with every error
import base64
import array

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# RFC 4648 section 10 test vectors
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    e32, h32, e16 = base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s)
    print(s, e32, h32, e16, base64.b32decode(e32) == s, base64.b32hexdecode(h32) == s,
          base64.b16decode(e16) == s)
show(base64.b32encode, bytearray(b"abc"))
show(base64.b32encode, memoryview(b"abcdef"))
show(base64.b32encode, array.array("H", [1, 2, 3]))
show(base64.b32encode, "abc")
show(base64.b32encode, 7)
show(base64.b32hexencode, "abc")

show(base64.b32decode, "MZXW6===")
show(base64.b32decode, bytearray(b"MZXW6==="))
show(base64.b32decode, memoryview(b"MZXW6YQ="))
show(base64.b32decode, b"mzxw6===")
show(base64.b32decode, b"mzxw6===", casefold=True)
show(base64.b32decode, b"mzxw6===", True)
show(base64.b32decode, b"MZXW6")
show(base64.b32decode, b"MZXW6=")
show(base64.b32decode, b"MZXW6==")
show(base64.b32decode, b"MZXW====")
show(base64.b32decode, b"MZ======")
show(base64.b32decode, b"M=======")
show(base64.b32decode, b"========")
show(base64.b32decode, b"MZXW6YQ=")
show(base64.b32decode, b"MZ=W6YQ=")
show(base64.b32decode, b"MZXW6YQ1")
show(base64.b32decode, b"MZXW6YQ8")
show(base64.b32decode, b"MZXW6YQ!")
show(base64.b32decode, b"ME======MZXW6===")
show(base64.b32decode, b"0MZXW6YQ")
show(base64.b32decode, b"01234567", map01=b"L")
show(base64.b32decode, b"01234567", map01="I")
show(base64.b32decode, b"01234567", map01=b"LI")
show(base64.b32decode, b"0l234567", True, b"L")
show(base64.b32decode, "\xe9" * 8)
show(base64.b32decode, 12)
show(base64.b32decode, b"MZXW6YQ=", map01=3)
show(base64.b32hexdecode, b"CPNMU===")
show(base64.b32hexdecode, b"cpnmu===")
show(base64.b32hexdecode, b"cpnmu===", casefold=True)
show(base64.b32hexdecode, b"CPNMUW")
show(base64.b32hexdecode, b"CPNMUWZ=")
show(base64.b32hexdecode, b"CPNMU===", map01=b"L")

show(base64.b16encode, b"\x00\x01\xab\xff")
show(base64.b16encode, bytearray(b"\xfe"))
show(base64.b16encode, "x")
show(base64.b16decode, b"00AbFF")
show(base64.b16decode, b"00ABFF")
show(base64.b16decode, "00ABFF")
show(base64.b16decode, b"00abff", casefold=True)
show(base64.b16decode, bytearray(b"00abff"), True)
show(base64.b16decode, b"0")
show(base64.b16decode, b"0G")
show(base64.b16decode, b"00 AB")
show(base64.b16decode, "\xe9\xe9")
show(base64.b16decode, None)
blob = bytes(range(256)) * 7 + b"x"
for k in range(6):
    chunk = blob[:len(blob) - k]
    print(k, base64.b32decode(base64.b32encode(chunk)) == chunk,
          base64.b32hexdecode(base64.b32hexencode(chunk).lower(), casefold=True) == chunk,
          base64.b16decode(base64.b16encode(chunk)) == chunk)
print(base64.b32encode(blob)[-24:], base64.b32hexencode(blob)[-24:])
