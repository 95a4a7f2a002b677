# __class__ assignment moves inline attributes into a dict first; odd attribute names.
import sys
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.x = 1; a.y = 2
a.__class__ = B
print(a.who(), vars(a), a.x, sys.getsizeof(vars(a)))
a.z = 3
print(vars(a))
a.__class__ = A
print(a.who(), vars(a))
b = A(); b.p = 1
for cls in (B, A, B):
    b.__class__ = cls
    print(b.who(), b.p)
class S(str): pass
c = A()
setattr(c, S("odd"), 1)
print(vars(c), c.odd, getattr(c, S("odd")), hasattr(c, S("odd")))
d = A()
d.first = 1
print(getattr(d, S("first")), vars(d))
e = A()
setattr(e, "not an identifier", 5)
setattr(e, "ünïcode", 6)
print(vars(e), getattr(e, "not an identifier"))
try:
    setattr(e, 1, 2)
except TypeError as exc:
    print("TypeError:", exc)
f = A()
f.__dict__[1] = "int key"
print(vars(f), dir(f)[:1] if False else len(vars(f)))
