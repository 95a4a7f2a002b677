# Enum, IntEnum, Flag, IntFlag, StrEnum basics: reprs, str, format, lookup, iteration, errors.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|", Color.CRIMSON is Color.RED)
print(Color, type(Color), list(Color), len(Color), Color.__members__)
print(Color(1), Color['GREEN'], Color.RED.name, Color.RED.value)
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: print(1 in Color)
except TypeError as e: print(e)
print(Color.RED in Color)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try: Color.RED.name = 'x'
except AttributeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.TWO:03d}", Num.ONE + 1, Num.ONE == 1, Num.ONE < Num.TWO)
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(repr(P.R | P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(P(7)), list(P(7)), P.R in P.RW, bool(P(0)), repr(~P.R), len(P.RW))
print(P, list(P), P.__members__.keys())
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R|IP.W), repr(IP(9)), IP.R | 8, repr(~IP.R), format(IP.R))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.B.upper(), f"{S.A}", S.A == 'a')
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])
class AF(Flag):
    A = auto(); B = auto(); C = auto()
print(list(AF), repr(AF.A|AF.C), repr(AF(0)))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
An = Enum('Animal', 'ANT BEE CAT')
print(list(An), repr(An.BEE), An.__module__)
An2 = Enum('An2', [('X', 5), ('Y', 6)])
print(list(An2))
print(hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED.__class__)
try:
    class E2(Color): pass
except TypeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.EARTH))
print(dir(Color))
print(dir(Color.RED))
print(type(Color.__members__))
print(Color.RED._name_, Color.RED._value_, Color._member_names_, Color._value2member_map_)
print(Color.__members__['CRIMSON'])
print(repr(P.R|P.W|P.X), P(6).name, P(7).name, P(0).name)
print(isinstance(Color.RED, Color), issubclass(Color, Enum))
print(list(reversed(Color)))
print(enum.EnumMeta is enum.EnumType)
class Shape(Enum):
    SQ = 2
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def default(cls): return cls.SQ
print(Shape.SQ.describe(), Shape.default())
