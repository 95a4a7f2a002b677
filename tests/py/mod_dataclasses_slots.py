# slots=True, match_args, __post_init__ chains, abstract methods, descriptors and classmethods.
from dataclasses import dataclass, field, fields
from abc import ABC, abstractmethod

@dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError")
print(S.__doc__)

@dataclass(slots=True, frozen=True)
class FS:
    a: int
print(FS(1), FS.__slots__, hash(FS(1)) == hash(FS(1)))

@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, "__match_args__"))

@dataclass
class Shape(ABC):
    name: str
    @abstractmethod
    def area(self): ...
try:
    Shape("s")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0
    def area(self):
        return self.w * self.h
    @classmethod
    def square(cls, side):
        return cls("square", side, side)
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
r = Rect.square(3)
print(r, r.area(), r.perimeter, Rect.__abstractmethods__)

@dataclass
class A:
    log: list = field(default_factory=list)
    def __post_init__(self):
        self.log.append("A")
@dataclass
class B(A):
    def __post_init__(self):
        super().__post_init__()
        self.log.append("B")
print(B().log)

@dataclass(init=False)
class Manual:
    x: int
    def __init__(self, raw):
        self.x = int(raw)
print(Manual("42"), Manual.__doc__)

@dataclass(repr=False, eq=False)
class Bare:
    x: int
print(repr(Bare(1)).startswith("<__main__.Bare object at"), Bare(1) == Bare(1))

@dataclass
class Counter:
    count: int = 0
    def inc(self):
        self.count += 1
        return self
print(Counter().inc().inc())

@dataclass
class Pt:
    x: int
    y: int
    def __add__(self, other):
        return Pt(self.x + other.x, self.y + other.y)
print(Pt(1, 2) + Pt(3, 4), sorted([Pt(2, 1), Pt(1, 2)], key=lambda p: (p.x, p.y)))
print([f.name for f in fields(Pt(0, 0))], Pt.__match_args__)
print({Pt(1, 1).__class__.__name__: 1})
