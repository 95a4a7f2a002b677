# typing.NamedTuple: class syntax with defaults and methods, and the functional form.
from typing import NamedTuple, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def sq(self):
        return self.x * self.x

    LIMIT = 10


p = Point(3, -4)
print(p, p.norm(), p.sq, Point.LIMIT, p.x, p[1], len(p))
print(p._asdict(), Point._fields, Point._field_defaults)
print(Point.__annotations__, [c.__name__ for c in Point.__mro__], Point.__bases__)
print(Point.__module__, Point.__qualname__, Point.__new__.__annotations__)
print(p._replace(x=1), Point._make([1, 2, 'q']), isinstance(p, tuple), p == (3, -4, 'p'))
print(Point(y=5, x=1), hash(Point(1, 2)) == hash((1, 2, 'p')))
x, y, label = Point(7)
print(x, y, label)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('bob', 3)
print(e, Employee.__annotations__, Employee.__module__, e.name)
Employee2 = NamedTuple('Employee2', name=str, id=int)
print(Employee2('a', 1), Employee2._fields, Employee2.__annotations__)


class Tree(NamedTuple):
    value: int
    children: List['Tree'] = []
    parent: Optional['Tree'] = None


t = Tree(1, [Tree(2)])
print(t, Tree.__annotations__)


class Empty(NamedTuple):
    pass


print(Empty(), Empty._fields)


class Sub(Point):
    def extra(self):
        return 'extra ' + repr(self)


print(Sub(1, 2), Sub(1, 2).extra(), Sub._fields)

try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int = 1
        z: int = 2
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(NamedTuple):
        x: int

        def _replace(self):
            pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    NamedTuple('X', [('a', int)], b=str)
except TypeError as e:
    print("TypeError:", e)

from typing import Generic, TypeVar
T = TypeVar('T')


class Tagged(NamedTuple, Generic[T]):
    value: T
    tag: str = ''


print(Tagged(1), Tagged[int], Tagged[int](2, 't'), [c.__name__ for c in Tagged.__mro__])
print(Tagged.__parameters__, Tagged.__orig_bases__[1])
