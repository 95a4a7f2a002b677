# Chained exceptions, limits, recursion summaries, notes, SyntaxError blocks, TracebackException.
import sys
import traceback

class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
out = Out()

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    traceback.print_exception(e, file=out)
    print("--- no chain")
    traceback.print_exception(e, file=out, chain=False)

try:
    try:
        [][3]
    except IndexError:
        {}["k"]
except KeyError as e:
    out.write("".join(traceback.format_exception(e)))

try:
    try:
        raise OSError("first")
    except OSError:
        raise RuntimeError("second") from None
except RuntimeError as e:
    out.write("".join(traceback.format_exception(e)))

def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0
try:
    rec(0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    out.write("".join(lines[:2] + lines[-5:]))
    print(len(lines))
    print(len(traceback.format_exception(e, limit=3)), len(traceback.format_exception(e, limit=-2)))
    out.write("".join(traceback.format_exception(e, limit=-2)))
    out.write("".join(traceback.format_exception(e, limit=0)))

print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError("k")))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr("m")))
e = ValueError("with notes")
e.add_note("note one")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
for src, name in (("x = (1,\n", "<s>"), ("a b", "file.py"), ("  x = 1", "f.py"),
                  ("def f():\nreturn", "g.py")):
    try:
        compile(src, name, "exec")
    except SyntaxError as err:
        print(traceback.format_exception_only(err))

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
print(traceback.format_exception_only(BadStr()))

try:
    raise TypeError("via TracebackException")
except TypeError as err:
    te = traceback.TracebackException.from_exception(err)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[0].name)
    out.write("".join(te.format()))
    print(list(te.format_exception_only()))

# A cycle of contexts is printed once.
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
out.write("".join(traceback.format_exception(a)))
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as err:
    print(err)
try:
    traceback.format_exception(42)
except TypeError as err:
    print(err)
