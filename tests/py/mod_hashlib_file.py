# hashlib.file_digest: BytesIO (getbuffer), real binary files (readinto), digest given by name
# or constructor, odd buffer sizes, and its errors
import hashlib
import io
import os
import re

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(r.name, r.hexdigest())
    except Exception as e:
        print(type(e).__name__, re.sub("0x[0-9a-f]+", "0x...", str(e)))

data = bytes(range(256)) * 1000 + b"end"
show(hashlib.file_digest, io.BytesIO(data), "sha256")
show(hashlib.file_digest, io.BytesIO(data), hashlib.md5)
show(hashlib.file_digest, io.BytesIO(b""), "SHA1")
path = "mod_hashlib_file.tmp"
with open(path, "wb") as f:
    f.write(data)
try:
    with open(path, "rb") as f:
        show(hashlib.file_digest, f, "sha512")
    with open(path, "rb") as f:
        show(hashlib.file_digest, f, hashlib.sha1, _bufsize=1000)
    with open(path, "rb") as f:
        show(hashlib.file_digest, f, "md5", _bufsize=7)
    with open(path, "rb", buffering=0) as f:
        show(hashlib.file_digest, f, "sha224")
    with open(path, "r") as f:
        try:
            hashlib.file_digest(f, "md5")
        except ValueError as e:
            print("ValueError", str(e).startswith("'<_io.TextIOWrapper name="),
                  str(e).endswith("' is not a file-like object in binary reading mode."))
finally:
    os.remove(path)
print(hashlib.sha256(data).hexdigest())

class Reader:
    """Hands out the data a few bytes at a time through readinto()."""
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), 100, len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

class Digest:
    """A digest object of one's own: file_digest only calls update()."""
    name = "mine"
    def __init__(self):
        self.parts = []
    def update(self, b):
        self.parts.append(bytes(b))
    def hexdigest(self):
        return "%d parts, %d bytes" % (len(self.parts), sum(map(len, self.parts)))

show(hashlib.file_digest, Reader(data), "sha256")
show(hashlib.file_digest, Reader(b"abc" * 100), Digest)
show(hashlib.file_digest, io.BytesIO(b"abc"), Digest)

class NotReadable(Reader):
    def readable(self):
        return False

show(hashlib.file_digest, NotReadable(b"x"), "md5")
show(hashlib.file_digest, object(), "md5")
show(hashlib.file_digest, io.BytesIO(b""), "nope")
show(hashlib.file_digest, io.BytesIO(b""), 3)
show(hashlib.file_digest, io.BytesIO(b""))
show(hashlib.file_digest)
show(hashlib.file_digest, 1, 2, 3)
show(hashlib.file_digest, io.BytesIO(b""), "md5", bufsize=3)
