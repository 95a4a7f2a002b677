# str/repr, derive, subgroup and split, and the metadata the derived groups keep.
def show(label, g):
    if g is None:
        print(label, None)
        return
    print(label, repr(g), "|", str(g))

v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError(3), KeyError(4)
inner = ExceptionGroup("inner", [v2, k1])
eg = ExceptionGroup("outer", [v1, t1, inner])
show("eg", eg)
print(str(ExceptionGroup("one", [v1])), "/", str(ExceptionGroup("", [v1, v2])))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])))
print(eg.message, eg.exceptions, eg.args)

# derive makes a plain group with the message, and none of the metadata
d = eg.derive([TypeError("x")])
show("derive", d)
print(d.__traceback__, d.__cause__, d.__context__, d.__suppress_context__)
show("derive base", eg.derive([KeyboardInterrupt()]))
try:
    eg.derive([])
except ValueError as e:
    print("ValueError", e)

# subgroup
show("sub ValueError", eg.subgroup(ValueError))
show("sub (TypeError, KeyError)", eg.subgroup((TypeError, KeyError)))
show("sub OSError", eg.subgroup(OSError))
print("sub Exception is eg:", eg.subgroup(Exception) is eg)
print("sub ExceptionGroup is eg:", eg.subgroup(ExceptionGroup) is eg)
show("sub predicate", eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("sub inner by identity", eg.subgroup(lambda e: e is inner))
def is_group(e):
    return isinstance(e, ExceptionGroup) and e.message == "inner"
show("sub group predicate", eg.subgroup(is_group))

# split
for m in (ValueError, TypeError, KeyError, (ValueError, KeyError), OSError, Exception):
    match, rest = eg.split(m)
    show("split match " + str(m), match)
    show("split rest  " + str(m), rest)
match, rest = eg.split(lambda e: e is v1 or e is k1)
show("pred match", match)
show("pred rest", rest)

# bad matchers
for bad in (1, "ValueError", [ValueError], (ValueError, 1), print, int, object(), None):
    for meth in (eg.split, eg.subgroup):
        try:
            meth(bad)
        except TypeError as e:
            print(meth.__name__, "TypeError", e)
for meth in (eg.split, eg.subgroup, eg.derive):
    try:
        meth()
    except TypeError as e:
        print(meth.__name__, "TypeError", e)

# metadata: traceback, cause, context and a copy of the notes
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError("a"), TypeError("b")]) from OSError("cause")
except ExceptionGroup as e:
    g = e
g.add_note("a note")
match, rest = g.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__traceback__ is g.__traceback__, part.__cause__ is g.__cause__,
          part.__context__ is g.__context__, part.__suppress_context__, part.__notes__,
          part.__notes__ is g.__notes__)
match.__notes__.append("only match")
print(g.__notes__, match.__notes__, rest.__notes__)

# context without cause: the derived groups suppress it (PyException_SetCause)
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("ctxonly", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    g = e
m, r = g.split(TypeError)
print(g.__suppress_context__, m.__suppress_context__, m.__context__, r.__cause__)

# notes that are no list
g = ExceptionGroup("n", [ValueError(), TypeError()])
g.__notes__ = ("t1", "t2")
print(g.split(ValueError)[0].__notes__)
g.__notes__ = 42
print(hasattr(g.split(ValueError)[0], "__notes__"))

# derive overridden: split uses it
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
m = MyEG("mine", [ValueError(1), TypeError(2)], 7)
a, b = m.split(ValueError)
print(type(a).__name__, a.code, repr(a), type(b).__name__, b.code)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)

# subclass without derive override gives plain groups
class Plain(ExceptionGroup):
    pass
a, b = Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(a).__name__, type(b).__name__)

# predicates that raise
def boom(e):
    raise RuntimeError("in predicate")
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError", e)

# deep nesting
g = ValueError("leaf")
for i in range(50):
    g = ExceptionGroup(f"level{i}", [g, TypeError(i)])
sub = g.subgroup(ValueError)
depth = 0
while isinstance(sub, ExceptionGroup):
    depth += 1
    sub = sub.exceptions[0]
print(depth, repr(sub))
