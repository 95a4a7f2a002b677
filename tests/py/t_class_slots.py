# __slots__: attribute restriction, no __dict__, slot descriptors, defaults, inheritance with and without slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), hasattr(p, "y"), type(P.x).__name__, P.__slots__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
class Child(P):
    pass
c = Child(5)
c.z = 9
print(c.x, c.z, vars(c), hasattr(c, "__dict__"))
class Child2(P):
    __slots__ = ("w",)
c2 = Child2(1); c2.w = 2
print(c2.x, c2.w, hasattr(c2, "__dict__"), Child2.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict(); wd.a = 1; wd.b = 2
print(wd.a, wd.b, vars(wd))
class Single:
    __slots__ = "only"
s = Single(); s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(P) if not n.startswith("__")], P.x.__name__, P.x.__objclass__.__name__)
print(P.x.__get__(p), getattr(p, "x"), setattr(p, "x", 10), p.x)
class Slotted:
    __slots__ = ("a", "b", "c")
    def __init__(self): self.a, self.b, self.c = 1, 2, 3
    def __repr__(self): return f"S({self.a},{self.b},{self.c})"
objs = [Slotted() for _ in range(3)]
objs[1].b = "changed"
print(objs)
