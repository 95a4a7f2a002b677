# metaclasses and type(): type(name, bases, dict), metaclass __new__/__init__/__call__, class attributes from metaclass.
Point = type("Point", (), {"x": 0, "show": lambda self: f"Point(x={self.x})"})
p = Point(); p.x = 3
print(p.show(), Point.__name__, Point.__bases__, type(Point).__name__, type(p).__name__, Point.__module__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().show(), Sub.y, [c.__name__ for c in Sub.__mro__], isinstance(Sub(), Point))
print(type(1), type(type), type(object), type.__class__, isinstance(type, object), isinstance(object, type))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print(f"  Meta.__new__ {name} bases={[b.__name__ for b in bases]} keys={sorted([k for k in ns if not k.startswith('__')])} kw={kw}")
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"  Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print(f"  Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args)
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
class Base(metaclass=Meta):
    a = 1
    def __init__(self, v): self.v = v
class Derived(Base, flag=True):
    b = 2
d = Derived(5)
print(d.v, Derived.created_by, type(Derived).__name__, Derived.meta_method(), hasattr(d, "meta_method"))
class Upper(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, new_ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self): return "speaking"
print(hasattr(Shout, "greeting"), Shout.GREETING, Shout().SPEAK())
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class Thing(metaclass=Counting): pass
Thing(); Thing(); Thing()
print(Counting.count)
class MetaA(type): pass
class MetaB(type): pass
class WithA(metaclass=MetaA): pass
class WithB(metaclass=MetaB): pass
try:
    class Mixed(WithA, WithB): pass
except TypeError as e:
    print("TypeError:", e)
class MetaRepr(type):
    def __repr__(cls): return f"<class {cls.__name__} via MetaRepr>"
class R(metaclass=MetaRepr): pass
print(R, [R], type(R))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("x", "y")
except TypeError as e:
    print("TypeError:", e)
print(type("Q", (), {})().__class__.__name__, type.__name__, type.__mro__)
