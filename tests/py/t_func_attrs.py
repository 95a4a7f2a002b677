# function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __code__ fields, __doc__, __dict__, __module__.
def f(a, b=2, *args, c, d=4, **kw):
    "Docstring of f."
    local1 = a
    return local1
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_filename.endswith(".py"), co.co_firstlineno)
def g(x, /, y):
    pass
print(g.__code__.co_posonlyargcount, g.__code__.co_argcount, g.__defaults__, g.__kwdefaults__, g.__doc__)
class C:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self): pass
print(C.method.__qualname__, C().method().__qualname__, C.Nested.deep.__qualname__, C.Nested.__qualname__)
lam = lambda x, y=1: x
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__code__.co_varnames, lam.__code__.co_argcount)
def outer():
    def inner2(): pass
    return inner2
print(outer().__qualname__, outer().__name__, outer() is not outer(), outer().__code__ is outer().__code__)
f.custom = "attached"
f.count = 0
f.count += 1
print(f.custom, f.count, sorted(f.__dict__), "custom" in dir(f))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
def nodoc(): pass
def multi():
    """Line one.

    More lines.
    """
print(nodoc.__doc__, repr(multi.__doc__.splitlines()[0]), len(multi.__doc__.splitlines()))
print(type(f).__name__, callable(f), type(f.__code__).__name__, f.__globals__ is globals(), f.__closure__)
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    nodoc.missing
except AttributeError as e:
    print("AttributeError:", e)
print(len.__name__, len.__qualname__, type(len).__name__, [].append.__name__, [].append.__qualname__, str.upper.__qualname__, repr(len))
