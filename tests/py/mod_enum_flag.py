# Flag and IntFlag: combination, containment, iteration, inversion, pseudo-members and
# the boundary settings.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
import enum

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R + 1, repr(Perm(0)), Perm.R & Perm.W)
print(repr(Perm.R ^ 7), repr(~Perm.R), repr(~Perm(0)), repr(Perm(15)), list(Perm(7)))
print(Perm.R in (Perm.R | Perm.X), isinstance(Perm.R, int), Perm(6).name, str(Perm(0)))
print(format(Perm.R | Perm.X), f"{Perm.W:04b}", Perm.R | 8, repr(Perm.R | 8), 3 | Perm.R)
print(sorted([Perm.W, Perm.R, Perm.X]), max(Perm.R, Perm.X), Perm.R == 4, hash(Perm.R) == hash(4))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(repr(Color.WHITE), repr(Color.RED | Color.GREEN), repr(~Color.RED), repr(Color(0)))
print(list(Color), list(Color.__members__), len(Color), len(Color.WHITE), len(Color(0)))
print(list(Color.WHITE), list(Color(0)), Color.RED in Color.WHITE, Color.BLUE in Color.RED | Color.GREEN)
print(Color(3).name, Color(0).name, Color(7) is Color.WHITE, str(Color(5)), str(Color(0)))
print(bool(Color(0)), bool(Color.RED), Color.RED & Color.GREEN, Color.WHITE ^ Color.RED)
print((Color.RED | Color.BLUE).value, ~Color.WHITE, ~~Color.RED)
for bad in (8, 3.5, "x"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1 in Color.RED
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED | 1
except TypeError as e:
    print("TypeError:", e)

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Conform(7)), repr(Eject(7)), repr(Eject(3)), repr(Keep(7)), repr(~Keep.A))
print(Color._boundary_, Perm._boundary_, Keep._boundary_ is KEEP, repr(FlagBoundary.STRICT))

# Members defined out of order iterate in definition order.
class Odd(Flag):
    HIGH = 8
    LOW = 1
    MID = 2
print(list(Odd), repr(Odd(11)), Odd(11).name)

class Mode(IntFlag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
print(list(Mode), repr(Mode.ALL), repr(Mode.NONE), repr(Mode(0)), Mode.ALL.value)
print(repr(Mode.READ | Mode.WRITE), Mode(3).name, repr(Mode(16)), repr(~Mode.READ))

try:
    class Missing(Flag):
        A = 1
        AB = 3
except TypeError as e:
    print("TypeError:", e)
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-5), enum.bin(5, 8))
print(Color._flag_mask_, Color._all_bits_, Perm._singles_mask_)
