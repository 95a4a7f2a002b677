# collections.namedtuple: construction, fields, defaults, renaming, methods, errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point._fields, Point._field_defaults, isinstance(p, tuple), len(p), p == (1, 2))
x, y = p
print(x + y, p + (3,), p * 2, hash(p) == hash((1, 2)))
print(Point.__name__, Point.__doc__, Point.x.__doc__, Point.__module__)

Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 9])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple('R', 'a def a _x', rename=True)
print(R._fields)
S = namedtuple('S', 'one, two three')
print(S(1, 2, 3))
E = namedtuple('E', '')
print(E(), E._fields)

class P3(namedtuple('P3', 'x y z')):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

print(P3(1, -2, 3).norm, P3(1, 2, 3))

for call in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
             lambda: p._replace(z=1), lambda: namedtuple('X', 'a 1b'),
             lambda: namedtuple('X', 'a class'), lambda: namedtuple('X', 'a _b'),
             lambda: namedtuple('X', 'a a'), lambda: namedtuple('X', 'a', defaults=[1, 2]),
             lambda: setattr(p, 'x', 3)):
    try:
        call()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted({Point(2, 1), Point(1, 2)}), Point(1, 2) < Point(1, 3))
