# bytes construction, repr of every byte class, indexing (ints), slicing, comparison, hashing, errors.
print(bytes(), bytes(4), bytes([0, 65, 255]), bytes(range(5)), bytes(b"abc"), bytes("héllo", "utf-8"), bytes(bytearray(b"xy")))
print(bytes(range(0, 256, 17)))
print(b"\x00\x01\t\n\r\x0b\x0c\x1f !\"#'\\~\x7f\x80\xfe\xff", b"'", b'"', b"'\"", b"\\")
print(repr(b"it's"), repr(b'say "x"'), str(b"z"), len(b"\x00\x00"), b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], b"abcdef"[::2])
b = b"hello world"
print(b[0], type(b[0]).__name__, b[:5], b[6:], b[-5:], b[100:], b[2:8:2], list(b[:3]), [c for c in b"AZ"])
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", b"a" == "a", b"a" != "a")
print(hash(b"abc") == hash(b"abc"), b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"b" in b"abc", 98 in b"abc", 0 in b"a\x00")
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes([1, 2]).hex())
print(b"%s|%d|%x|%c|%5s|%-4b|%r" % (b"bs", 42, 255, 65, b"ab", b"x", b"r"), b"%%" % ())
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1), lambda: bytes.fromhex("zz"), lambda: b"a"[5],
            lambda: b"a" + "b", lambda: bytes([1.5]), lambda: b"abc" < "abd"]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bytes(3) == b"\x00" * 3, b"abc".__len__(), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"), bytes(reversed(b"abc")))
print(isinstance(b"", bytes), type(b"x").__name__, bytes.__name__, b"x".__class__ is bytes, bytes is not bytearray)
