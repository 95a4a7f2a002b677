# base64: b64encode/b64decode with altchars and validate, the standard_ and urlsafe_ variants
import base64
import binascii
import array

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for n in range(7):
    data = b"\xfb\xff\xbf any"[:n]
    enc = base64.b64encode(data)
    print(n, enc, base64.b64decode(enc) == data, base64.standard_b64encode(data) == enc,
          base64.urlsafe_b64encode(data), base64.b64encode(data, b"*$"))
show(base64.b64encode, bytearray(b"abc"))
show(base64.b64encode, memoryview(b"abcd"))
show(base64.b64encode, array.array("h", [1, 2]))
show(base64.b64encode, b"\xfb\xff", altchars=b"-_")
show(base64.b64encode, b"\xfb\xff", bytearray(b"-_"))
show(base64.b64encode, b"\xfb\xff", b"abc")
show(base64.b64encode, b"\xfb\xff", "-_")
show(base64.b64encode, "text")
show(base64.b64encode, 123)
show(base64.b64encode)

show(base64.b64decode, b"YWJj")
show(base64.b64decode, "YWJj")
show(base64.b64decode, bytearray(b"YWJj"))
show(base64.b64decode, memoryview(b"YWJj"))
show(base64.b64decode, array.array("B", b"YWJj"))
show(base64.b64decode, b"YW Jj\n")
show(base64.b64decode, b"YW Jj\n", validate=True)
show(base64.b64decode, b"YWJ")
show(base64.b64decode, b"YWJjZ")
show(base64.b64decode, b"YQ=", validate=True)
show(base64.b64decode, b"Y!Q==", validate=True)
show(base64.b64decode, b"YQ===", validate=True)
show(base64.b64decode, b"=YQ==", validate=True)
show(base64.b64decode, b"YQ==", validate=True)
show(base64.b64decode, b"-_8=", altchars=b"-_")
show(base64.b64decode, "-_8=", "-_")
show(base64.b64decode, b"-_8=", altchars=b"-")
show(base64.b64decode, b"+/8=", altchars=b"-_")
show(base64.b64decode, "\xe9")
show(base64.b64decode, 3.5)
show(base64.b64decode, None)
show(base64.b64decode, b"YQ==", altchars=5)
show(base64.standard_b64decode, b"+/8=")
show(base64.standard_b64decode, b"-_8=")
show(base64.urlsafe_b64decode, b"-_8=")
show(base64.urlsafe_b64decode, "-_8=")
show(base64.urlsafe_b64decode, b"+/8=")
show(base64.urlsafe_b64decode, b"-_8")
show(base64.urlsafe_b64encode, b"\xfb\xff\xfe")
show(base64.urlsafe_b64encode, "x")
blob = bytes(range(256)) * 50
print(base64.b64decode(base64.b64encode(blob)) == blob,
      base64.urlsafe_b64decode(base64.urlsafe_b64encode(blob)) == blob,
      base64.b64decode(base64.b64encode(blob, b"._"), b"._", True) == blob)
print(base64.__all__)
print(sorted(n for n in dir(base64) if not n.startswith("_") and n not in ("binascii", "struct", "re")))
