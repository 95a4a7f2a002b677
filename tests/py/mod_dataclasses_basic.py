# The generated __init__, __repr__, __eq__; defaults; argument errors; fields().
from dataclasses import dataclass, field, fields, is_dataclass, MISSING

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p == (1, 2), p.x, p.y)
print(Point(5), Point(y=3, x=4), repr(Point(-1, -2)))
print(Point.__doc__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(Point.__hash__, Point.__match_args__)
print(Point.__dataclass_params__)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)])
print(fields(p)[1].default, fields(p)[0].default is MISSING)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty))

@dataclass
class Person:
    name: str
    age: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    note: str = field(default="", compare=False)

a = Person("Ann", 30)
b = Person("Ann", 30, note="different note")
a.tags.append("t")
print(a, b, a == b, Person("Bo").tags is not Person("Cy").tags)
print(Person.__doc__)

# Methods the class writes itself are kept.
@dataclass
class Custom:
    x: int
    def __repr__(self):
        return f"Custom<{self.x}>"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

# Class attributes without annotations are not fields.
@dataclass
class WithAttr:
    x: int
    counter = 0
    def method(self):
        return self.x * 2
print(WithAttr(4), WithAttr(4).method(), [f.name for f in fields(WithAttr)], WithAttr.counter)

# A field named self.
@dataclass
class Weird:
    self: int
    other: str = "o"
print(Weird(1), Weird.__doc__)

# Recursive repr.
@dataclass
class Node:
    value: int
    next: object = None
n = Node(1)
n.next = n
print(n)
print(field(default=3), sep="")
