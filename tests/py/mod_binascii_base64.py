# binascii: b2a_base64 / a2b_base64, newline, strict_mode and every decoding error
import binascii
import array

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for n in range(8):
    show(binascii.b2a_base64, b"abcdefg"[:n])
show(binascii.b2a_base64, bytes(range(256))[:64], newline=False)
show(binascii.b2a_base64, b"\xfb\xff\xfe", newline=0)
show(binascii.b2a_base64, bytearray(b"bytearray"))
show(binascii.b2a_base64, memoryview(b"view"))
show(binascii.b2a_base64, array.array("i", [1, -1]))
show(binascii.b2a_base64, "str")
show(binascii.b2a_base64, None)
show(binascii.b2a_base64, memoryview(b"abcd")[::2])
show(binascii.b2a_base64)
show(binascii.b2a_base64, data=b"a")
show(binascii.b2a_base64, b"a", True)
show(binascii.b2a_base64, b"a", newline="x")
show(binascii.b2a_base64, b"a", newline=2 ** 80)
show(binascii.b2a_base64, b"a", newline=1.0)
show(binascii.b2a_base64, b"a", nl=1)

cases = [b"YWJj", "YWJj", b"YWJjZA==", b"YWJjZGU=", b"YWJjZA", b"YWJjZGU", b"YWJjZ",
         b"YW Jj\n", b"YWJj\n\nYWJj", b"YW\x00Jj", b"YWJjZA=\n=", b"YWJjZA===", b"YWJjZ===",
         b"YWJj=", b"=YWJj", b"YW!Jj", b"YW==Jj", b"YW=j", b"YW=a==", b"YWJjZA=a",
         b"YWJjZ=A=", b"====", b"=", b"", b"YQ", b"YQ=", b"YQ==", b"Y===", b"Y", b"YQ==YQ==",
         b"-_-_", b"+/+/", bytearray(b"Zm9v"), memoryview(b"YmFy")]
for c in cases:
    print(repr(c) if not isinstance(c, memoryview) else "memoryview", end=" -> ")
    show(binascii.a2b_base64, c)
    print("   strict", end=" -> ")
    show(binascii.a2b_base64, c, strict_mode=True)
show(binascii.a2b_base64, "\xe9")
show(binascii.a2b_base64, 3)
show(binascii.a2b_base64, memoryview(b"YWJj")[::2])
show(binascii.a2b_base64, b"YQ==", strict_mode="x")
show(binascii.a2b_base64, b"YQ==", strict_mode=None)
show(binascii.a2b_base64, b"YQ==", strict_mode=1)
show(binascii.a2b_base64, b"YQ==", True)
show(binascii.a2b_base64, b"a", 1, 2)
show(binascii.a2b_base64)
show(binascii.a2b_base64, data=b"YQ==")
# the long message counts the data characters decoded so far
for k in range(5):
    show(binascii.a2b_base64, b"QUJD" * k + b"Q")
blob = bytes(range(256)) * 3
enc = binascii.b2a_base64(blob)
print(len(enc), binascii.a2b_base64(enc) == blob, binascii.a2b_base64(enc[:-1], strict_mode=True) == blob)
