# tempfile: names, mkstemp/mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory, SpooledTemporaryFile.  Prints only relative facts.
import os
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb())
d = tempfile.gettempdir()
print(type(d).__name__, os.path.isabs(d), os.path.isdir(d))
print(tempfile.gettempdirb() == os.fsencode(d))
print(sorted(tempfile.__all__))

base = tempfile.mkdtemp(prefix="ouro-", suffix="-t")
print(os.path.isdir(base), os.path.basename(base).startswith("ouro-"),
      base.endswith("-t"), len(os.path.basename(base)) == len("ouro-") + 8 + 2)
print(oct(os.stat(base).st_mode & 0o777))

fd, name = tempfile.mkstemp(suffix=".txt", prefix="pre", dir=base)
print(type(fd).__name__, os.path.dirname(name) == base, os.path.basename(name)[:3],
      name.endswith(".txt"), oct(os.stat(name).st_mode & 0o777))
os.write(fd, b"hello")
os.close(fd)
with open(name, "rb") as f:
    print(f.read())

fd, bname = tempfile.mkstemp(dir=os.fsencode(base))
os.close(fd)
print(type(bname).__name__, os.path.basename(bname)[:3])
try:
    tempfile.mkstemp(prefix=b"a", suffix="b")
except TypeError as e:
    print("TypeError:", e)

rel = tempfile.mkdtemp(dir=".")
print(rel.startswith("./tmp"), len(rel))
os.rmdir(rel)

# NamedTemporaryFile, deleted on close
with tempfile.NamedTemporaryFile(dir=base, suffix=".dat") as f:
    print(type(f).__name__, f.delete, os.path.exists(f.name), f.name.endswith(".dat"))
    f.write(b"abc\ndef\n")
    f.flush()
    f.seek(0)
    print(f.read(), f.mode, f.closed)
    f.seek(0)
    print(list(f))
    kept = f.name
print(os.path.exists(kept), f.closed)

f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False, prefix="keep")
f.write("text\n")
f.close()
print(os.path.exists(f.name), os.path.basename(f.name)[:4])
with open(f.name) as g:
    print(repr(g.read()))
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(mode="w", encoding="utf-8", dir=base)
print(f.file.name == f.name, f.encoding, f.mode)
f.close()
f.close()

# TemporaryFile: no name on disk
before = sorted(os.listdir(base))
with tempfile.TemporaryFile(dir=base) as t:
    print(type(t.name).__name__, sorted(os.listdir(base)) == before)
    t.write(b"xyz")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile("w+", dir=base) as t:
    t.write("text")
    t.seek(0)
    print(t.read(), t.mode)

# TemporaryDirectory
with tempfile.TemporaryDirectory(dir=base, prefix="td") as tdname:
    print(type(tdname).__name__, os.path.isdir(tdname), os.path.basename(tdname)[:2])
    os.mkdir(os.path.join(tdname, "sub"))
    with open(os.path.join(tdname, "sub", "f"), "w") as h:
        h.write("x")
print(os.path.exists(tdname))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td) == "<TemporaryDirectory %r>" % td.name)
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()

# SpooledTemporaryFile
s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
print(s._rolled, s.mode, s.name)
s.write(b"12345")
print(s._rolled, s.tell())
s.write(b"678901234")
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode="w+") as s:
    s.write("abc")
    s.seek(0)
    print(s.read(), s._rolled)
    s.rollover()
    print(s._rolled, s.tell())

print(sorted(n[:3] for n in os.listdir(base)))
for n in os.listdir(base):
    os.unlink(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))

# collected TemporaryDirectory cleans itself up; the wrapper's repr
td = tempfile.TemporaryDirectory()
n = td.name
del td
print(os.path.exists(n))
f = tempfile.NamedTemporaryFile()
print(repr(f).startswith("<tempfile._TemporaryFileWrapper object at 0x"))
f.close()
m = tempfile.mktemp(dir=".")
print(m.startswith("./tmp"), os.path.exists(m))
