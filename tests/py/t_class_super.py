# super(): zero-argument and two-argument forms, cooperative multiple inheritance, super in classmethods and __init__.
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def go(self):
        return "A.go"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
    def go(self):
        return "B.go -> " + super().go()
    @classmethod
    def make(cls):
        return "B.make -> " + super().make()
b = B()
print(b.trail, b.go(), B.make(), super(B, b).go(), super(B, B).make())
class Root:
    def chain(self): return ["Root"]
class L(Root):
    def chain(self): return ["L"] + super().chain()
class R(Root):
    def chain(self): return ["R"] + super().chain()
class Bottom(L, R):
    def chain(self): return ["Bottom"] + super().chain()
print(Bottom().chain(), super(L, Bottom()).chain(), super(Bottom, Bottom()).chain())
class P1:
    def __init__(self, **kw):
        print("P1 got", kw)
        super().__init__()
class P2:
    def __init__(self, **kw):
        print("P2 got", sorted(kw))
        kw.pop("p2")
        super().__init__(**kw)
class Both(P2, P1):
    def __init__(self, **kw):
        print("Both got", sorted(kw))
        super().__init__(**kw)
Both(p2=1, p1=2)
s = super(B, b)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Str("abc").upper(), Str("q") + "r")
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(); d["x"] = 5; print(d)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
class NoSuper:
    def m(self):
        return super().__repr__().startswith("<")
print(NoSuper().m(), super(NoSuper, NoSuper()).__class__.__name__)
