# Printing exception groups with the interpreter's own printer (sys.__excepthook__, writing to
# sys.stderr, here sys.stdout): nesting, chains inside groups, notes, width and depth limits.
import sys
import traceback

class Masked:
    """Writes to stdout with this file's path shown as FILE (it depends on the checkout)."""
    def write(self, s):
        return sys.__stdout__.write(s.replace(__file__, "FILE"))
    def flush(self):
        sys.__stdout__.flush()
masked = Masked()
sys.stderr = masked

def show(e, **kw):
    print("=" * 20)
    sys.__excepthook__(type(e), e, e.__traceback__)

def raiser(exc):
    raise exc

def caught(f, *args):
    try:
        f(*args)
    except BaseException as e:
        return e

def leaf(cls, msg):
    return caught(raiser, cls(msg))

show(ExceptionGroup("plain", [ValueError(1), TypeError(2)]))
show(caught(raiser, ExceptionGroup("raised", [leaf(ValueError, "a"), leaf(KeyError, "b")])))

# nested groups, each level raised from a function
def nested():
    try:
        raise ExceptionGroup("inner", [leaf(OSError, "x"), leaf(IndexError, "y")])
    except ExceptionGroup as inner:
        raise ExceptionGroup("outer", [inner, leaf(ValueError, "z")])
show(caught(nested))

# chained exceptions inside members, and a chain on the group itself
def with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
def with_cause():
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("caused") from k
show(caught(raiser, ExceptionGroup("chains", [caught(with_context), caught(with_cause)])))
def group_with_context():
    try:
        raise TypeError("first")
    except TypeError:
        raise ExceptionGroup("second", [ValueError(1)])
show(caught(group_with_context))

# notes on groups and members
g = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
g.add_note("group note")
g.add_note("two\nlines")
g.exceptions[0].add_note("member note")
show(g)

# base exceptions
show(BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(3)]))

# width: 15 members shown, then "and N more"
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("wide16", [ValueError(i) for i in range(16)]))
show(ExceptionGroup("exactly15", [KeyError(i) for i in range(15)]))
show(ExceptionGroup("narrow", [ValueError(i) for i in range(17)]), limit=None)

# depth: deeper than 10 levels is cut
g = ValueError("bottom")
for i in range(12):
    g = ExceptionGroup(f"level {i}", [g, TypeError(i)])
show(g)

# except* results printed
def star():
    try:
        raise ExceptionGroup("eg", [leaf(ValueError, 1), leaf(TypeError, 2)])
    except* ValueError:
        raise KeyError("from handler")
show(caught(star))

# recursion inside a member, and a SyntaxError member
def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)
se = SyntaxError("bad syntax", ("f.py", 3, 5, "a = $$ b\n", 3, 7))
show(ExceptionGroup("mixed", [caught(recurse, 8), se]))

# a cycle through __context__ inside a group
a, b = ValueError("a"), TypeError("b")
a.__context__ = b
b.__context__ = a
show(ExceptionGroup("cycle", [a, b]))

# the same leaf twice
v = leaf(ValueError, "twice")
show(ExceptionGroup("dup", [v, ExceptionGroup("again", [v])]))

# notes that are not a list
g = ExceptionGroup("odd notes", [KeyError(1)])
g.__notes__ = "ab"
show(g)
g.__notes__ = 7
show(g)
sys.stderr = sys.__stderr__
print("done")
