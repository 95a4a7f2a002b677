import os, io
class P:
    def __fspath__(self):
        print("fspath called")
        return 'nope'
for f in (os.rmdir, os.stat, open, os.listdir):
    try:
        f(P())
    except OSError as e:
        print(f.__name__, repr(e.filename), type(e).__name__)
import tempfile
d = tempfile.mkdtemp()
class Q:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
fn = os.path.join(d, "x.txt")
with open(Q(fn), "w", encoding="locale") as f:
    print(f.encoding, f.name == fn, type(f.name).__name__)
    f.write("hi")
with open(Q(fn), encoding=io.text_encoding(None)) as f:
    print(f.read(), f.encoding)
try:
    "x".encode("locale")
except LookupError as e:
    print(e)
os.remove(fn); os.rmdir(d)
