# BaseExceptionGroup / ExceptionGroup construction: argument checks and the type picked.
def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(ExceptionGroup)
attempt(ExceptionGroup, "m")
attempt(ExceptionGroup, "m", 1)
attempt(ExceptionGroup, "m", None)
attempt(ExceptionGroup, "m", {ValueError(): 1})
attempt(ExceptionGroup, "m", [])
attempt(ExceptionGroup, "m", ())
attempt(ExceptionGroup, "m", [1])
attempt(ExceptionGroup, "m", [ValueError(), "x"])
attempt(ExceptionGroup, "m", [ValueError, TypeError()])
attempt(ExceptionGroup, 1, [ValueError()])
attempt(ExceptionGroup, None, [ValueError()])
attempt(ExceptionGroup, b"m", [ValueError()])
attempt(ExceptionGroup, "m", [ValueError()], 3)
attempt(ExceptionGroup, "m", excs=[ValueError()])
attempt(ExceptionGroup, "m", [KeyboardInterrupt()])
attempt(ExceptionGroup, "m", [ValueError(), SystemExit(2)])
attempt(BaseExceptionGroup, "m", [ValueError()])
attempt(BaseExceptionGroup, "m", [KeyboardInterrupt()])
attempt(BaseExceptionGroup, "m", [ValueError(), GeneratorExit()])
attempt(BaseExceptionGroup, "m", "abc")
attempt(BaseExceptionGroup, "m", (ValueError(), TypeError()))
attempt(ExceptionGroup, "m", range(0))

# a generator is not a sequence; a class with __getitem__ is
attempt(ExceptionGroup, "m", (e for e in [ValueError()]))
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return KeyError(i)
        raise IndexError(i)
    def __len__(self):
        return 2
print(ExceptionGroup("m", Seq()).exceptions)

# the hierarchy
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(BaseExceptionGroup.__doc__)
print(ExceptionGroup.__module__, BaseExceptionGroup.__name__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[int, str])

# user subclasses
class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
attempt(MyEG, "m", [ValueError()])
attempt(MyEG, "m", [KeyboardInterrupt()])
attempt(MyBEG, "m", [ValueError()])
attempt(MyBEG, "m", [KeyboardInterrupt()])

class WithInit(ExceptionGroup):
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
        self.extra = extra
    def __new__(cls, msg, excs, extra):
        return super().__new__(cls, msg, excs)
w = WithInit("w", [ValueError(1)], 42)
print(repr(w), w.extra, w.args, w.message, w.exceptions)

class BadInit(ExceptionGroup):
    def __init__(self, a):
        pass
attempt(BadInit, "x", [ValueError()])

# attributes are read-only
eg = ExceptionGroup("m", [ValueError(1)])
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print("AttributeError", e)
print(type(eg.exceptions), eg.args[1] is not eg.exceptions)
lst = [ValueError(1)]
eg = ExceptionGroup("m", lst)
lst.append(TypeError())
print(eg.exceptions, eg.args)
import weakref
r = weakref.ref(eg)
print(r() is eg)
del eg
print(r())
