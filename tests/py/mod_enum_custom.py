# Custom __new__ and __init__, _missing_, member()/nonmember(), _ignore_, _order_, methods,
# properties, verify() and unique().
from enum import Enum, IntEnum, Flag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember
import copy

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.name, Coord(1).label, Coord.PX.value, Coord.PX == b"\x00")

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(repr(Planet.MERCURY), Planet((5.976e+24, 6.37814e6)))

class Mood(Enum):
    HAPPY = 1
    SAD = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def favorite(cls):
        return cls.HAPPY
print(Mood("happy"), repr(Mood(2)), Mood.SAD.describe(), Mood.favorite())
try:
    Mood(9)
except ValueError as e:
    print("ValueError:", e)

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Bad(3)
except TypeError as e:
    print("TypeError:", e, repr(e.__context__))

class Raising(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
try:
    Raising(2)
except KeyError as e:
    print("KeyError:", e, repr(e.__context__))

class Seq(Enum):
    _ignore_ = 'tmp'
    tmp = 3
    A = 1
    B = nonmember(5)
    @member
    def C():
        return 7
print([m.name for m in Seq], Seq.B, Seq.C.value(), hasattr(Seq, "tmp"))

class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
try:
    class Misordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)

for check, body in ((UNIQUE, {"A": 1, "B": 1}), (CONTINUOUS, {"A": 1, "B": 4})):
    try:
        verify(check)(IntEnum("V", body))
    except ValueError as e:
        print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1
        B = 2
        C = 11
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
print(verify(UNIQUE, CONTINUOUS)(IntEnum("Fine", "A B C")).C)

class Weekday(Enum):
    MON = 1
    TUE = 2
    def __str__(self):
        return self.name.title()
    def __format__(self, spec):
        return format(str(self), spec)
print(Weekday.MON, repr(Weekday.TUE), f"[{Weekday.TUE:>5}]")

class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Child(Base):
    Q = 1
print(Child.Q.hello(), Child.Q, isinstance(Child.Q, Base))
print(copy.copy(Mood.HAPPY) is Mood.HAPPY, copy.deepcopy(Mood.SAD) is Mood.SAD)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))
print([(name, m.name) for name, m in Shape.__members__.items() if name != m.name])
