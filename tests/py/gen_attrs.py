# Generator attributes and reprs.
import sys

def gen(a, b=2):
    c = a + b
    yield c
    yield a

g = gen(1)
print(repr(g).startswith("<generator object gen at 0x"), repr(g).endswith(">"))
print(type(g), type(g).__name__, type(g).__qualname__, type(g).__module__)
print(g.__name__, g.__qualname__)
print(g.gi_code is gen.__code__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code is gen.__code__, fr.f_lineno, fr.f_back)
print(sorted(fr.f_locals.items()))
print(next(g))
print(g.gi_running, g.gi_suspended, g.gi_frame is fr)
print(fr.f_lineno, sorted(fr.f_locals.items()), fr.f_back)
print(next(g))
print(fr.f_lineno)
print(list(g), g.gi_frame, g.gi_running, g.gi_suspended)

# Methods, qualnames
class K:
    def method(self):
        yield self
    @staticmethod
    def smeth():
        yield 1
print(K().method().__qualname__, K.smeth().__qualname__)
def outer():
    def inner():
        yield
    return inner()
print(outer().__qualname__)

# __name__ and __qualname__ can be set (strings only)
g = gen(1)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<generator object Q.renamed at"))
for attr in ("__name__", "__qualname__"):
    try:
        setattr(g, attr, 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        delattr(g, attr)
    except TypeError as e:
        print("TypeError:", e)

# Read-only attributes
for attr in ("gi_code", "gi_frame", "gi_running", "gi_yieldfrom", "gi_suspended"):
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError on", attr)

# No instance dict
try:
    g.custom = 1
except AttributeError as e:
    print("AttributeError:", e)

# gi_running inside the generator
def introspect():
    yield me.gi_running
    yield me.gi_suspended
me = introspect()
print(list(me))

# The generator type's methods
special = ("__next__", "__iter__", "__del__")
print(sorted(n for n in dir(g) if not n.startswith("__") or n in special))
print(hasattr(g, "__next__"), hasattr(g, "__iter__"), g.__iter__() is g)
print(g.__next__())

# Code flags: CO_GENERATOR
print(gen.__code__.co_flags & 0x20, (lambda: 0).__code__.co_flags & 0x20)
print(type(gen), callable(gen))

# sys.getsizeof of a generator
print(sys.getsizeof(gen(1)) > 0)

# Generator equality and hashing are by identity.
a, b = gen(1), gen(1)
print(a == b, a == a, hash(a) == hash(a))
print(isinstance(a, type(b)))

# The generator's frame's f_locals reflects changes.
def counter():
    i = 0
    while True:
        yield i
        i += 1
c = counter()
next(c); next(c); next(c)
print(c.gi_frame.f_locals)
