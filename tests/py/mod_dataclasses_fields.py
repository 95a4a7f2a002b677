# field() options, default_factory, init=False, InitVar, __post_init__, KW_ONLY, ClassVar.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
import dataclasses

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, init=False)
    meta: dict = field(default_factory=dict, repr=False, metadata={"unit": "kg"})
    def __post_init__(self):
        self.count = len(self.items)

a = Inventory("a", [1, 2])
b = Inventory("b")
b.items.append(9)
print(a, b, Inventory("c").items)
print(fields(Inventory)[3].metadata["unit"], type(fields(Inventory)[3].metadata).__name__)
print(Inventory.__doc__)
try:
    Inventory("x", count=3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Scaled:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)], hasattr(Scaled(1), "scale"))
print(Scaled.__dataclass_fields__["scale"]._field_type, repr(InitVar[int]), Scaled.__doc__)

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW.__match_args__, KW.__doc__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0
print(AllKW(a=1, b=2), AllKW.__doc__)
try:
    AllKW(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 5
print(Mixed(1, b=2), Mixed(b=3), Mixed.__doc__)

for spec in ("list", "nodefault", "both", "badkw"):
    try:
        if spec == "list":
            @dataclass
            class Bad:
                x: list = []
        elif spec == "nodefault":
            @dataclass
            class Bad:
                x: int = 0
                y: int
        elif spec == "both":
            field(default=1, default_factory=list)
        else:
            @dataclass
            class Bad:
                a: int
                _: KW_ONLY
                __: KW_ONLY
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

try:
    @dataclass
    class NoAnnotation:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithClassVarString:
    x: int
    y: "ClassVar[int]" = 5
print(len(fields(WithClassVarString)))

@dataclass
class Defaults:
    a: tuple = (1, 2)
    b: frozenset = frozenset({3})
    c: str = "s"
    d: object = None
print(Defaults(), Defaults.a, Defaults.__doc__)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        return 100 if obj is None else getattr(obj, self.name, 100)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
@dataclass
class UsesDesc:
    v: int = Desc()
print(UsesDesc(), UsesDesc(5))
print(fields(Inventory)[0])
