# pathlib pure paths: parsing, str/repr, parts, names, suffixes, with_*,
# relative_to, match, comparisons and their errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import pathlib

P = PurePosixPath
for args in [(), ("",), (".",), ("a",), ("a/b",), ("/a/b/",), ("a//b",), ("a/./b",),
             ("a/../b",), ("//a",), ("///a",), ("/",), ("a", "b", "c"), ("a", "/b", "c"),
             (P("x/y"), "z"), ("~/x",)]:
    p = P(*args)
    print(repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive))
print(repr(PurePath("a/b")), type(PurePath()).__name__, type(Path()).__name__)
print(repr(Path("/x", "y")), PosixPath("q"))

p = P("/usr/lib/python3.11/foo.tar.gz")
print(p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, p.parent.parent, list(p.parents))
print(p.parents, len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::-1])
try:
    p.parents[9]
except IndexError as e:
    print("IndexError", e)
for s in ["", ".", "/", "a", ".bashrc", "a.", "a..b", "a.b.c", "..", "x/.hidden.txt"]:
    q = P(s)
    print(repr(s), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem), q.parent)
print(P("rel/a").parents[1], list(P("rel/a").parents))

print(p.with_name("bar.txt"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("baz"))
print(P("a/b").with_suffix(".c"), P("a/b.c").with_stem("d"))
for f, arg in [(P("a/b").with_name, ""), (P("a/b").with_name, "x/y"), (P("a/b").with_name, "/x"),
               (P("/").with_name, "x"), (P("").with_name, "x"), (P("a").with_suffix, "c"),
               (P("a").with_suffix, "."), (P("a").with_suffix, "./c"), (P("/").with_suffix, ".c"),
               (P("a").with_stem, "")]:
    try:
        print(f(arg))
    except ValueError as e:
        print("ValueError", e)

print(P("/a/b/c").relative_to("/a"), P("/a/b/c").relative_to("/", "a", "b"),
      repr(P("a/b").relative_to("a/b")), P("a/b").relative_to(""))
for a, b in [("/a/b", "/c"), ("a/b", "/a"), ("/a", "a"), ("a", "b")]:
    try:
        P(a).relative_to(b)
    except ValueError as e:
        print("ValueError", e)
try:
    P("a").relative_to()
except TypeError as e:
    print("TypeError", e)
print(P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/c"), P("a").is_relative_to("a"))

print(P("a") / "b" / "c", "x" / P("y"), P("a") / P("/abs"), P("a").joinpath("b", "c/d"))
print(P("/a/b.py").match("*.py"), P("/a/b.py").match("b/*.py"), P("/a/b.py").match("a/*.py"),
      P("/a/b.py").match("/a/*.py"), P("/a/b.py").match("/*.py"), P("a/b.py").match("/a/*.py"),
      P("b.PY").match("*.py"), P("a/b/c").match("a/*"), P("x[1].txt").match("x[0-9].txt"))
try:
    P("a").match("")
except ValueError as e:
    print("ValueError", e)

print(P("a/b").as_posix(), P("/a b/ü").as_uri(), bytes(P("a/b")))
try:
    P("a").as_uri()
except ValueError as e:
    print("ValueError", e)
print(P("/a").is_absolute(), P("a").is_absolute(), P("a").is_reserved())

print(P("a") == P("a"), P("a") == P("a/"), P("a") == "a", P("a") != P("b"), P("a") == PosixPath("a"))
print(P("a") < P("b"), P("a/b") > P("a"), sorted([P("c"), P("a/b"), P("a"), P("/z")]))
print(hash(P("a/b")) == hash(P("a//b")), len({P("a"), P("a/."), PosixPath("a")}))
for op in ["P('a') < 'a'", "P('a') / 3", "3 / P('a')", "P(3)", "P(b'x')", "P('a').with_name(3)"]:
    try:
        eval(op)
    except TypeError as e:
        print("TypeError", e)
import os
print(os.fspath(P("a/b")), os.path.join(P("a"), "b"), str(P("a")) + "!", f"{P('/x')}")
print(isinstance(PosixPath("a"), PurePosixPath), isinstance(PosixPath("a"), Path),
      PosixPath.__mro__[1:3])
print(sorted(pathlib.__all__))
try:
    pathlib.WindowsPath("a")
except NotImplementedError as e:
    print("NotImplementedError", e)
