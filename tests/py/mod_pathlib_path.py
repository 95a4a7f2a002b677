# pathlib concrete paths: filesystem queries and changes, glob/rglob, I/O,
# resolve/absolute/expanduser, and CPython's error messages.
import os
import tempfile
from pathlib import Path, PosixPath

base = Path(tempfile.mkdtemp())
old = os.getcwd()
os.chdir(base)

print(Path.cwd() == base.resolve(), Path.cwd().is_absolute())
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
print(Path("x/~").expanduser(), Path("/~").expanduser())

d = Path("d")
d.mkdir()
print(d.exists(), d.is_dir(), d.is_file(), d.is_symlink(), oct(d.stat().st_mode & 0o170000))
for kwargs in [{}, {"exist_ok": True}]:
    try:
        d.mkdir(**kwargs)
        print("mkdir ok", kwargs)
    except FileExistsError as e:
        print("FileExistsError", e)
try:
    Path("a/b/c").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
Path("a/b/c").mkdir(parents=True)
Path("a/b/c").mkdir(parents=True, exist_ok=True)
print(Path("a/b/c").is_dir())

f = d / "f.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size)
print(f.write_bytes(b"\x00\x01"), f.read_bytes(), f.is_file(), f.exists())
print((d / "g.bin").write_bytes(bytearray(b"xy")))
try:
    f.write_text(b"x")
except TypeError as e:
    print("TypeError", e)
with f.open("w", encoding="utf-8") as h:
    h.write("via open")
with f.open() as h:
    print(h.read())
with f.open("rb") as h:
    print(h.read())
try:
    Path("missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e)

print(Path("nope").exists(), Path("nope").is_dir(), Path("nope").is_file(),
      Path("nope").is_symlink(), Path("d/f.txt/x").exists())

t = Path("t.txt")
t.touch()
print(t.exists(), t.read_text() == "")
t.touch()
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e)
t.unlink()
print(t.exists())
try:
    t.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
t.unlink(missing_ok=True)

r = f.rename("d/renamed.txt")
print(repr(r), f.exists(), r.exists())
Path("d/other.txt").write_text("o")
r2 = r.replace(Path("d/other.txt"))
print(repr(r2), r2.read_text(), sorted(p.name for p in d.iterdir()))
print(sorted(d.iterdir()))

ln = Path("link")
ln.symlink_to("d/other.txt")
print(ln.is_symlink(), ln.is_file(), ln.readlink(), ln.resolve() == (base / "d/other.txt").resolve())
print(ln.lstat().st_mode & 0o170000 == 0o120000, ln.stat().st_size)
print(ln.samefile("d/other.txt"), ln.samefile(Path("d/g.bin")))
Path("dangling").symlink_to("nowhere")
print(Path("dangling").exists(), Path("dangling").is_symlink())
try:
    Path("nope").samefile("d")
except FileNotFoundError as e:
    print("FileNotFoundError", e)

print(repr(Path("x/../d").absolute().relative_to(base.resolve())) if False else Path("d").absolute() == Path.cwd() / "d")
print(Path("/abs").absolute(), Path("d/../d/./other.txt").resolve().relative_to(Path.cwd()))
print(Path("nope/x").resolve() == Path.cwd() / "nope/x")
try:
    Path("nope").resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", os.path.basename(e.filename))

try:
    d.rmdir()
except OSError as e:
    print(type(e).__name__, e)
try:
    Path("nope").rmdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e)

# glob and rglob
for n in ["a/x.py", "a/b/y.py", "a/b/c/z.py", "a/b/c/w.txt", "a/.hid.py", "top.py"]:
    Path(n).write_text(n)


def g(it):
    return sorted(str(p) for p in it)


print(g(Path(".").glob("*.py")))
print(g(Path("a").glob("*")))
print(g(Path(".").glob("a/*.py")))
print(g(Path(".").glob("*/*.py")))
print(g(Path(".").glob("**/*.py")))
print(g(Path("a").glob("**")))
print(g(Path("a").glob("b/")))
print(g(Path("a").glob("**/c/*")))
print(g(Path("a").rglob("*.txt")))
print(g(Path(".").rglob("?.py")))
print(g(Path("a").glob("[wz].*")), g(Path("a").rglob("[wz].*")))
print(g(Path("a").glob("b/c/z.py")), g(Path("a").glob("nope/*")), g(Path("nope").glob("*")))
print(g(Path("top.py").glob("*")))
for pat in ["", "/abs/*", "a**"]:
    try:
        list(Path(".").glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

print(sorted(p.name for p in Path(".").iterdir()))
try:
    list(Path("nope").iterdir())
except FileNotFoundError as e:
    print("FileNotFoundError", e)

Path("ch").write_text("c")
Path("ch").chmod(0o600)
print(oct(Path("ch").stat().st_mode & 0o777))
Path("hard").hardlink_to("ch")
print(Path("hard").samefile("ch"), Path("hard").stat().st_nlink)

os.chdir(old)
import shutil
shutil.rmtree(base)
print(base.exists())
