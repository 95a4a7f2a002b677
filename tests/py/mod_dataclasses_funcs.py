# asdict, astuple, replace, make_dataclass, inheritance.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass
from collections import namedtuple

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
d = asdict(tree)
d["children"].append("changed")
print(len(tree.children))

Pair = namedtuple("Pair", "a b")
@dataclass
class Holder:
    pair: Pair
    mapping: dict
    items: tuple
h = Holder(Pair(Node(5), 2), {"k": Node(6), Node(7).val: [Node(8)]}, (Node(9), 1))
print(asdict(h))
print(astuple(h))
print(asdict(tree, dict_factory=lambda kv: sorted(kv)))
print(astuple(tree, tuple_factory=list))
for fn in (asdict, astuple):
    try:
        fn(Node)
    except TypeError as e:
        print("TypeError:", e)

@dataclass
class Config:
    host: str = "localhost"
    port: int = 80
    debug: bool = False
    computed: int = field(init=False, default=0)
    def __post_init__(self):
        self.computed = self.port * 2

c = Config()
c2 = replace(c, port=8080, debug=True)
print(c, c2, c is not c2)
try:
    replace(c, computed=1)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(c, nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Config)
except TypeError as e:
    print("TypeError:", e)

C = make_dataclass("C", [("a", int), "c", ("b", int, field(default=5))])
print(C(1, c=3), C(1, 2, 3), C.__name__, [f.name for f in fields(C)])
D = make_dataclass("D", [("x", float, 0.5)], bases=(C,), namespace={"double": lambda self: self.x * 2},
                   frozen=False)
print(D(1, 2, 3, x=1.5).double(), D.__mro__[1].__name__)
for bad in ([("x", int), ("x", int)], [("1x", int)], [("a", int, 1, 2)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)

@dataclass
class Base:
    x: int = 0
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 5

print(Derived(), Derived(7, 8, 9), [f.name for f in fields(Derived)], Derived.__doc__)

class NotADataclass(Base):
    extra: int = 3
print(NotADataclass(), [f.name for f in fields(NotADataclass)])

@dataclass
class GrandChild(NotADataclass):
    w: int = 4
print(GrandChild(), [f.name for f in fields(GrandChild)])
