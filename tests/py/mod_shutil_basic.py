# shutil: copies, trees, rmtree with onerror, move, which, errors.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            out.append(os.path.join(root, f))
        if not files and not dirs:
            out.append(root + "/")
    return out


def write(path, data):
    with open(path, "w") as f:
        f.write(data)


def read(path):
    with open(path) as f:
        return f.read()


write("a.txt", "alpha\n")
os.chmod("a.txt", 0o640)

# copyfileobj
import io
src = io.BytesIO(b"x" * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
src = io.StringIO("abcdef")
dst = io.StringIO()
shutil.copyfileobj(src, dst, 2)
print(dst.getvalue())

print(shutil.copyfile("a.txt", "b.txt"), read("b.txt"), oct(os.stat("b.txt").st_mode & 0o777))
shutil.copymode("a.txt", "b.txt")
print(oct(os.stat("b.txt").st_mode & 0o777))
os.mkdir("d")
print(shutil.copy("a.txt", "d"), oct(os.stat("d/a.txt").st_mode & 0o777))
print(shutil.copy2("a.txt", "d/c.txt"), read("d/c.txt"))
shutil.copystat("a.txt", "b.txt")
print(oct(os.stat("b.txt").st_mode & 0o777))

for args in [("a.txt", "a.txt"), ("missing", "x"), ("a.txt", "d"), ("a.txt", "nodir/x")]:
    try:
        shutil.copyfile(*args)
    except OSError as e:
        print(type(e).__name__, e)
try:
    shutil.copy("a.txt", "d/a.txt")
    shutil.copy("d/a.txt", "d")
except shutil.SameFileError as e:
    print("SameFileError", e, isinstance(e, shutil.Error), isinstance(e, OSError))
print(shutil.Error.__mro__)

# copytree
os.makedirs("src/sub/deep")
write("src/one.py", "1")
write("src/two.txt", "2")
write("src/sub/three.py", "3")
write("src/sub/deep/four.pyc", "4")
os.mkdir("src/empty")
print(shutil.copytree("src", "dst"))
print(tree("dst"))
try:
    shutil.copytree("src", "dst")
except FileExistsError as e:
    print("FileExistsError", e)
print(shutil.copytree("src", "dst", dirs_exist_ok=True))
print(shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.pyc", "t*")))
print(tree("dst2"))
seen = []


def ign(path, names):
    seen.append((path, sorted(names)))
    return {"sub"}


shutil.copytree("src", "dst3", ignore=ign)
print(seen)
print(tree("dst3"))
f = shutil.ignore_patterns("*.py")
print(sorted(f("x", ["a.py", "b.txt", "c.py"])))

# symlinks in trees
os.symlink("one.py", "src/link.py")
shutil.copytree("src", "dst4", symlinks=True)
print(os.path.islink("dst4/link.py"), os.readlink("dst4/link.py"))
shutil.copytree("src", "dst5")
print(os.path.islink("dst5/link.py"), read("dst5/link.py"))

# rmtree
shutil.rmtree("dst")
print(os.path.exists("dst"))
calls = []


def onerror(func, path, exc_info):
    calls.append((func.__name__, path, exc_info[0].__name__, str(exc_info[1])))


shutil.rmtree("nope", onerror=onerror)
shutil.rmtree("a.txt", onerror=onerror)
os.symlink("dst2", "lnk")
shutil.rmtree("lnk", onerror=onerror)
for c in calls:
    print(c)
shutil.rmtree("nope", ignore_errors=True)
try:
    shutil.rmtree("nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    shutil.rmtree("lnk")
except OSError as e:
    print(type(e).__name__, e)
os.unlink("lnk")

# move
print(shutil.move("b.txt", "moved.txt"), os.path.exists("b.txt"), read("moved.txt"))
print(shutil.move("moved.txt", "d"), sorted(os.listdir("d")))
print(shutil.move("dst2", "d"), tree("d"))
write("z.txt", "z")
write("d/z.txt", "old")
try:
    shutil.move("z.txt", "d")
except shutil.Error as e:
    print("Error", e)
try:
    shutil.move("d", "d/inner")
except shutil.Error as e:
    print("Error", e)
print(shutil.move("d", "e"), os.path.isdir("e"), os.path.exists("d"))

# which
print(shutil.which("sh", path="/bin:/usr/bin") in ("/bin/sh", "/usr/bin/sh"))
print(shutil.which("no-such-command-xyz"))
os.chmod("a.txt", 0o755)
print(shutil.which("a.txt", path="."), shutil.which("./a.txt"), shutil.which("a.txt", path=""))
os.chmod("a.txt", 0o644)
print(shutil.which("a.txt", path="."))
print(shutil.which("e", path="."))

# terminal size falls back or follows COLUMNS/LINES
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "40"
sz = shutil.get_terminal_size()
print(sz, sz.columns, sz.lines, tuple(sz))
os.environ["COLUMNS"] = "0"
print(shutil.get_terminal_size((33, 44)).columns)

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
