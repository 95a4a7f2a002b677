# binascii: hexlify / unhexlify (b2a_hex / a2b_hex), separators, inputs and errors
import binascii
import array

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(0, 256, 17))
show(binascii.hexlify, data)
show(binascii.b2a_hex, b"")
show(binascii.hexlify, b"\x00\xff\x10")
show(binascii.hexlify, bytearray(b"abc"))
show(binascii.hexlify, memoryview(b"hello"))
show(binascii.hexlify, array.array("H", [1, 2, 0xffff]))
show(binascii.hexlify, data=b"kw")
# separators, grouping from the right (positive) and from the left (negative)
for sep in ["-", b":", " "]:
    for n in [1, 2, 3, -2, -3, 0, 5, 6, -6, 100]:
        show(binascii.hexlify, b"\x01\x02\x03\x04\x05", sep, n)
show(binascii.b2a_hex, b"\x01\x02\x03", sep="|")
show(binascii.b2a_hex, b"\x01\x02\x03\x04", sep="_", bytes_per_sep=3)
show(binascii.hexlify, b"abc", bytes_per_sep=2)
show(binascii.hexlify, b"", "-")
show(binascii.hexlify, b"abc", "\xe9")
show(binascii.hexlify, b"ab", b"\xe9")
show(binascii.hexlify, b"ab", "-", True)
# separator and argument errors
show(binascii.hexlify, b"abc", "")
show(binascii.hexlify, b"abc", "--")
show(binascii.hexlify, b"abc", "\u20ac")
show(binascii.hexlify, b"abc", 1)
show(binascii.hexlify, b"abc", None)
show(binascii.hexlify, b"abc", bytearray(b"-"))
show(binascii.hexlify, b"abc", "-", 2 ** 70)
show(binascii.hexlify, b"abc", "-", "x")
show(binascii.hexlify, b"abc", "-", 1.0)
show(binascii.hexlify, "abc")
show(binascii.hexlify, 5)
show(binascii.hexlify, memoryview(b"abcd")[::2])
show(binascii.hexlify)
show(binascii.hexlify, b"a", "-", 1, 3)
show(binascii.hexlify, b"a", bogus=1)

# unhexlify
show(binascii.unhexlify, b"0123456789abcdefABCDEF")
show(binascii.a2b_hex, "48656c6c6f")
show(binascii.unhexlify, bytearray(b"ff00"))
show(binascii.unhexlify, memoryview(b"7a7A"))
show(binascii.unhexlify, b"")
show(binascii.unhexlify, "")
show(binascii.unhexlify, b"abc")
show(binascii.unhexlify, "0g")
show(binascii.unhexlify, b"41 42")
show(binascii.unhexlify, "\xe91")
show(binascii.unhexlify, 12)
show(binascii.unhexlify, None)
show(binascii.unhexlify, memoryview(b"6161")[::2])
show(binascii.unhexlify)
show(binascii.unhexlify, b"61", b"62")
show(binascii.unhexlify, hexstr=b"61")
# round trip
blob = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(blob)) == blob)
print(binascii.unhexlify(binascii.hexlify(blob).upper()) == blob)
print(binascii.hexlify(blob, ":", 4)[:40])
# the error class
e = binascii.Error
print(e, e.__mro__, e.__module__, binascii.Incomplete.__mro__)
try:
    binascii.unhexlify(b"1")
except ValueError as exc:
    print("caught as ValueError:", type(exc).__name__, exc.args)
print(binascii.hexlify.__name__, binascii.a2b_hex.__name__, binascii.unhexlify.__name__)
