# Classes: attributes, inheritance, super(), dunder methods, properties.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__, Dog.__bases__, Dog.__name__, type(d) is Dog)
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __call__(self, z): return self.x + self.y + z
    def __contains__(self, v): return v in (self.x, self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), len(v), v[1], list(v), bool(Vec(0, 0)), v(10), 4 in v, -v)
print(sorted([Vec(2, 1), Vec(1, 5)]), {Vec(1, 1): "a"}[Vec(1, 1)], max(Vec(0, 1), Vec(0, 2)))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def make(cls): return cls()
t = Temp.make(); t.c = 25
print(t.c, Temp.s(4), t.s(5), type(t).__name__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter(); print(Counter.count)
o = Animal("x"); o.extra = 1; print(o.__dict__, hasattr(o, "extra"), getattr(o, "nope", "dflt"))
setattr(o, "y", 2); delattr(o, "extra"); print(sorted(vars(o)))
class S:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(S(), str(S()), repr(S()), [S()], f"{S()}")
