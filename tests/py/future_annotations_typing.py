"""typing.get_type_hints resolves PEP 563 string annotations: module globals, class bodies and
their bases, forward references, nested generics, None, Annotated with include_extras, and
explicit globalns/localns."""
from __future__ import annotations
import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, List, Optional, Tuple, Union,
                    get_type_hints)
import dataclasses


def f(a: int, b: List[int], c: Optional[str] = None, *args: Tuple[int, ...],
      d: Dict[str, 'Node'], **kw: Any) -> Node | None:
    pass


class Node:
    value: int
    children: List[Node]
    parent: Optional[Node] = None
    counter: ClassVar[int] = 0

    def link(self, other: Node, weight: float = 1.0) -> Tuple[Node, Node]:
        return self, other


class Leaf(Node):
    label: str
    extra: Dict[str, List[Leaf]]


print(f.__annotations__)
print(get_type_hints(f))
print(Node.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node.link))
print(get_type_hints(Leaf))
print(get_type_hints(Node.link)['return'] == Tuple[Node, Node])


def g(x: Annotated[int, 'meta'], y: Callable[[int, str], bool], z: None) -> int | str:
    pass

print(get_type_hints(g))
print(get_type_hints(g, include_extras=True))


def h(p: LocalType, q: list[LocalType]) -> dict[str, LocalType]:
    pass

class LocalType:
    pass

print(get_type_hints(h))
print(get_type_hints(h, localns={'LocalType': int}))
print(get_type_hints(h, globalns={'LocalType': str}))


def missing(p: NotDefinedAnywhere) -> None:
    pass

try:
    get_type_hints(missing)
except NameError as e:
    print('NameError', e)


# The module's own annotations.
module_var: Dict[str, Node]
other_var: Union[int, 'Node']
import sys
print(get_type_hints(sys.modules[__name__]))


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = dataclasses.field(default_factory=list)
    kind: ClassVar[str] = 'point'

p = Point(1)
print(p, Point.__annotations__)
print([f.name for f in dataclasses.fields(Point)], [f.type for f in dataclasses.fields(Point)])
print(get_type_hints(Point))
print(get_type_hints(Point.__init__))
