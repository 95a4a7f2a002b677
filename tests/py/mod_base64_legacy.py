# base64: the legacy MIME interface: encodebytes/decodebytes (76-character lines) and
# encode/decode between binary file objects, plus their type checks
import base64
import array
import io

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(base64.MAXLINESIZE, base64.MAXBINSIZE)
for n in [0, 1, 56, 57, 58, 114, 115, 200]:
    data = bytes(range(n))
    enc = base64.encodebytes(data)
    lines = enc.split(b"\n")
    print(n, len(enc), [len(x) for x in lines], base64.decodebytes(enc) == data)
show(base64.encodebytes, b"Aladdin:open sesame")
show(base64.encodebytes, bytearray(b"abc"))
show(base64.encodebytes, memoryview(b"abc"))
show(base64.encodebytes, array.array("B", b"abc"))
show(base64.encodebytes, array.array("b", [1, -1]))
show(base64.encodebytes, array.array("i", [1]))
show(base64.encodebytes, memoryview(b"abcdefgh").cast("I"))
show(base64.encodebytes, "abc")
show(base64.encodebytes, None)
show(base64.decodebytes, b"QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n")
show(base64.decodebytes, bytearray(b"YWJj\n"))
show(base64.decodebytes, b"YWJj\nZGVm\n")
show(base64.decodebytes, b"YWJ")
show(base64.decodebytes, "YWJj")
show(base64.decodebytes, array.array("i", [1]))
show(base64.decodebytes, 5)

# file objects
src = io.BytesIO(bytes(range(256)) * 3)
dst = io.BytesIO()
print(base64.encode(src, dst))
text = dst.getvalue()
print(len(text), text.count(b"\n"), text[:80])
back = io.BytesIO()
print(base64.decode(io.BytesIO(text), back))
print(back.getvalue() == bytes(range(256)) * 3)

class Trickle:
    """A reader that hands out at most 5 bytes per read."""
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        n = min(n, 5)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

out = io.BytesIO()
base64.encode(Trickle(b"x" * 130), out)
print(out.getvalue())
out = io.BytesIO()
base64.decode(io.BytesIO(b"eHh4\neXl5\n\nenp6\n"), out)
print(out.getvalue())
try:
    base64.decode(io.BytesIO(b"eHh\n"), io.BytesIO())
except Exception as e:
    print(type(e).__name__, e)
