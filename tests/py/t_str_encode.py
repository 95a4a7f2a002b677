# str.encode and bytes.decode with utf-8 (default), ascii, latin-1 and error handlers; round trips.
for s in ["abc", "é", "€", "😀", "naïve café", "", "\x00\x7f\x80\xff", "a\u0301"]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b, list(b)[:6])
print("é".encode("latin-1"), "abc".encode("ascii"), b"\xe9".decode("latin-1"), "é".encode("utf8"), "x".encode("UTF-8"))
print(b"caf\xc3\xa9".decode(), b"\xe2\x82\xac".decode("utf-8"), b"\xf0\x9f\x98\x80".decode(), bytes("é", "utf-8"))
for bad in [lambda: "é".encode("ascii"), lambda: "€".encode("latin-1"), lambda: b"\xff".decode(), lambda: b"\xc3".decode("utf-8"),
            lambda: b"\x80abc".decode("ascii"), lambda: b"\xed\xa0\x80".decode(), lambda: "\ud800".encode()]:
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e)
print("é€x".encode("ascii", "ignore"), "é€x".encode("ascii", "replace"), "é€x".encode("ascii", "backslashreplace"), "é€x".encode("ascii", "xmlcharrefreplace"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode(errors="replace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ValueError), UnicodeError.__mro__[1].__name__)
try:
    b"ab\xc3(".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"abc"), str(bytearray(b"x"), "utf-8"))
