# builtin exception objects: args/str/repr of many types, KeyError repr quirk, OSError errno/strerror, attributes.
for e in [ValueError(), ValueError("m"), ValueError("a", 1), ValueError(None), ValueError(""), TypeError([1]), RuntimeError(("t",))]:
    print(repr(e), "|", str(e), "|", e.args)
for e in [KeyError("k"), KeyError(1), KeyError(""), KeyError(), KeyError("a", "b"), KeyError(("t",))]:
    print(repr(e), "|", str(e), "|", e.args)
o = OSError(2, "No such file or directory")
print(repr(o), str(o), o.errno, o.strerror, o.filename, o.args, type(o).__name__)
o2 = OSError(2, "No such file or directory", "x.txt")
print(repr(o2), str(o2), o2.filename, type(o2).__name__, o2.args)
o3 = OSError("just a message")
print(repr(o3), str(o3), o3.errno, o3.strerror)
print(type(OSError(13, "Permission denied")).__name__, type(OSError(17, "exists")).__name__)
s = StopIteration(5)
print(repr(s), s.value, StopIteration().value)
se = SystemExit(3)
print(repr(se), se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
ne = NameError("name 'x' is not defined", name="x")
print(repr(ne), ne.name)
ae = AttributeError("no attr", name="n", obj=5)
print(repr(ae), ae.name, ae.obj)
ie = ImportError("cannot import", name="mod", path="/p")
print(repr(ie), ie.name, ie.path, ie.msg)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(repr(ue), str(ue))
se2 = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n"))
print(repr(se2), str(se2), se2.filename, se2.lineno, se2.offset, se2.text, se2.msg)
print(str(IndexError("list index out of range")), repr(ZeroDivisionError("division by zero")), repr(AssertionError()))
e = Exception("base")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__, e.with_traceback(None) is e)
try:
    {"a": 1}["b"]
except KeyError as k:
    print(repr(k), str(k), k.args[0])
try:
    [].pop()
except IndexError as i:
    print(repr(i))
try:
    None.x
except AttributeError as a:
    print(repr(a), a.name, a.obj)
try:
    undefined_name_here
except NameError as n:
    print(repr(n), n.name)
try:
    "abc".index("z")
except ValueError as v:
    print(repr(v))
print(BaseException("x").args, Exception.__name__, ValueError.__doc__, KeyError.__qualname__)
