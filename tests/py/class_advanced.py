# __slots__, __getattr__, __new__, class attributes, metaclass basics, type().
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
d = Dyn(); d.real = 1
print(d.real, d.anything)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
Point = type("Point", (), {"x": 0, "show": lambda self: f"P({self.x})"})
q = Point(); q.x = 5; print(q.show(), Point.__name__, type(Point))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Sub(Base):
    pass
print(Sub.registered)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp.__hash__)
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __repr__(self): return f"Num({self.v})"
n = Num(1); n += 5; print(n, 10 + Num(2), sum([Num(1), Num(2)], 0) if False else "skip")
class Desc:
    def __get__(self, obj, typ): return "got" if obj else "class"
    def __set__(self, obj, v): obj.__dict__["stored"] = v
class H:
    d = Desc()
h = H(); h.d = 5; print(h.d, H.d, h.stored)
print(str.__name__, int.__mro__, object.__bases__, bool.__base__)
class Empty: pass
print(Empty.__qualname__, Empty.__module__, Empty().__class__.__name__)
