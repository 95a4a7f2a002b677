# frozen, order, unsafe_hash and eq=False, and the __hash__ rules.
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"

f1 = F(1)
for action in ("assign", "delete", "new"):
    try:
        if action == "assign":
            f1.a = 3
        elif action == "delete":
            del f1.b
        else:
            f1.c = 5
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(hash(f1) == hash(F(1)), {f1: 1}[F(1, "s")], f1, F.__setattr__.__qualname__)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 5), Version(1, 0, "x"), Version(1, 2, "b")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b"))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Bad2:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [3]))

@dataclass
class Unhashable:
    x: int
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)
print(Unhashable.__hash__)

@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int
print(FrozenNoEq.__hash__ is object.__hash__)

@dataclass
class ExplicitHash:
    x: int
    def __hash__(self):
        return 42
print(hash(ExplicitHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class FBase:
    x: int
@dataclass(frozen=True)
class FChild(FBase):
    y: int = 2
print(FChild(1), hash(FChild(1)) == hash(FChild(1, 2)))
try:
    @dataclass
    class Thawed(FBase):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Thawed2:
    x: int = 0
try:
    @dataclass(frozen=True)
    class Frozen2(Thawed2):
        pass
except TypeError as e:
    print("TypeError:", e)

# Frozen classes still run __post_init__ through object.__setattr__.
@dataclass(frozen=True)
class Area:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)
print(Area(3, 4))
