# dataclasses and enum with typing annotations: ClassVar fields skipped, generic dataclasses.
import dataclasses
import enum
import typing
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List, Optional, Dict, Generic, TypeVar, get_type_hints

T = TypeVar('T')


@dataclass
class Inventory:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    registry: typing.ClassVar[Dict[str, int]] = {}
    owner: Optional[str] = None


i = Inventory('widget', 2.5)
print(i, [f.name for f in fields(i)], Inventory.count, Inventory.registry)
print([(f.name, f.type) for f in fields(Inventory)])
print(get_type_hints(Inventory))
print(Inventory('a') == Inventory('a'), dataclasses.asdict(Inventory('b', tags=['x'])))


@dataclass
class StringVars:
    a: 'ClassVar[int]' = 1
    b: 'typing.ClassVar[str]' = 'x'
    c: 'int' = 2


print(StringVars(), [f.name for f in fields(StringVars)])


@dataclass
class Box(Generic[T]):
    item: T
    limit: ClassVar[int] = 3

    def get(self) -> T:
        return self.item


print(Box(3), Box[int](4), Box.__parameters__, [f.name for f in fields(Box)])
print(Box[str]('s').get(), Box[int], Box.__orig_bases__)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: Optional[str] = None


print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), hash(Version(1)) == hash(Version(1)))
print(Version.__init__.__annotations__)


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale


print(WithInit(2, 5), [f.name for f in fields(WithInit)])


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    label: str


class Mode(str, enum.Enum):
    A = 'a'
    B = 'b'


print(list(Color), Color.RED, Mode.A, Mode('b'), get_type_hints(Color))


@dataclass
class Tree:
    value: int
    children: List['Tree'] = field(default_factory=list)
    parent: Optional['Tree'] = None


t = Tree(1, [Tree(2)])
print(t, get_type_hints(Tree))
