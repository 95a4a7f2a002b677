# The functional API, auto() and _generate_next_value_, StrEnum, mixed-in data types.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), repr(Animal.BEE), Animal.__module__, Animal.__qualname__)
print(list(Enum('A2', 'x, y, z')), list(Enum('A3', ['p', 'q'])))
print(list(Enum('A4', [('X', 5), ('Y', 6)])), list(Enum('A5', {'x': 10, 'y': 20})))
I = IntEnum('I', 'A B C', start=5)
print(list(I), I.C + 0, repr(I.A))
F = Flag('F', 'R W X')
print(list(F), repr(F.R | F.X))
S = StrEnum('S', 'alpha beta')
print(list(S), S.alpha == 'alpha')
T = Enum('T', 'ONE TWO', type=int)
print(repr(T.ONE), T.TWO + 1, T.__mro__[1].__name__)
Q = Enum('Q', 'a b', qualname='Outer.Q', module='mymod')
print(Q.__qualname__, Q.__module__, repr(Q.a))

class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A], repr(auto()), repr(auto(5)))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"
    NORTH = auto()
    SOUTH = auto()
print(list(Named))

class Tup(Enum):
    P = (auto(), "first")
    Q = (auto(), "second")
print(list(Tup))

class Str(StrEnum):
    X = "ex"
    Y = auto()
    LONG_NAME = auto()
print(Str.X + "!", Str("ex"), len(Str.X), Str.X.value, repr(Str.Y), Str.LONG_NAME, f"{Str.X:>4}")
print(Str.X.upper(), "ex" in [Str.X], sorted([Str.Y, Str.X]), isinstance(Str.X, str))
for bad in ([('A', 1)], [('A', b'x')]):
    try:
        StrEnum('Bad', bad)
    except TypeError as e:
        print("TypeError:", e)

class N(int, Enum):
    ONE = 1
    TWO = 2
print(str(N.ONE), format(N.ONE), f"{N.TWO:>5}", repr(N.ONE), N.ONE + 1, N.TWO * 2, N(2))
class Fl(float, Enum):
    HALF = 0.5
print(str(Fl.HALF), repr(Fl.HALF), Fl.HALF * 2, Fl(0.5))
class St(str, Enum):
    A = 'x'
print(repr(St.A), str(St.A), format(St.A), St.A == 'x', St.A.upper())
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(str(Num.ONE), format(Num.ONE), f"{Num.TWO:03d}", Num.ONE < Num.TWO, Num.TWO // 2, -Num.ONE)
print(sorted([Num.TWO, Num.ONE]), Num(2), int(Num.TWO), float(Num.ONE), Num.ONE == 1)
print({1: "int key"}[Num.ONE], list(range(Num.TWO)), hex(Num.TWO), Num.ONE.real)
