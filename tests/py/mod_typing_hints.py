# get_type_hints: string annotations resolved in the module's globals, None as NoneType,
# inherited class annotations, Annotated stripping, errors.
import typing
from typing import (get_type_hints, List, Dict, Optional, ClassVar, Annotated, Callable,
                    Union, Any, Final)


class Node:
    value: int
    next: 'Optional[Node]' = None
    children: List['Node']
    registry: ClassVar[Dict[str, int]] = {}


print(Node.__annotations__)
print(get_type_hints(Node))


def link(a: int, b: 'List[Node]' = None, *args: str, **kw: 'float') -> 'Optional[Node]':
    pass


print(get_type_hints(link))


class Derived(Node):
    extra: "Annotated[int, 'meta']"
    total: Final[int] = 3


hints = get_type_hints(Derived)
print(hints)
print(list(hints), get_type_hints(Derived, include_extras=True)['extra'])


def nones(x: None, y: 'list[Node]', z: Callable[['Node'], None]) -> 'dict[str, Node]':
    pass


print(get_type_hints(nones))


def with_ns(a: 'Missing') -> 'Missing':
    pass


print(get_type_hints(with_ns, {'Missing': float}))
print(get_type_hints(with_ns, None, {'Missing': bytes}))
try:
    get_type_hints(with_ns)
except NameError as e:
    print("NameError:", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)
print(get_type_hints(len), get_type_hints(object), get_type_hints(lambda: 0))


class Method:
    def m(self, other: 'Method', n: 'int' = 0) -> 'Method':
        return self


print(get_type_hints(Method.m), get_type_hints(Method().m))


def annotated(x: Annotated[int, 'positive'], y: Optional[Annotated[str, 1]]) -> Annotated[
        List[Annotated[int, 2]], 3]:
    pass


print(get_type_hints(annotated))
print(get_type_hints(annotated, include_extras=True))

mod = type(typing)('fake')
mod.__annotations__ = {'answer': 'int', 'names': 'List[str]'}
mod.List = List
print(get_type_hints(mod))
