# An ordinary annotated program: aliases as bases, type aliases, Self, generic containers,
# module-level annotations resolved by get_type_hints.
import copy
import typing
from typing import (Callable, Dict, Generic, Iterable, Iterator, List, Mapping, Optional,
                    Self, Tuple, TypedDict, TypeVar, get_type_hints)

T = TypeVar('T')


class Countdown(Iterable[int]):
    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> Iterator[int]:
        return iter(range(self.start, 0, -1))


print(list(Countdown(3)), [c.__name__ for c in Countdown.__mro__])
print(isinstance(Countdown(1), Iterable), type(Countdown).__name__)


class Lengths(Mapping[str, int]):
    def __getitem__(self, key: str) -> int:
        return len(key)

    def __iter__(self) -> Iterator[str]:
        return iter(['a', 'bb'])

    def __len__(self) -> int:
        return 2


m = Lengths()
print(dict(m), m.get('ccc'), 'a' in m, isinstance(m, Mapping), Lengths.__parameters__)


class Registry(Dict[str, T]):
    pass


print(Registry[int], Registry(a=1), [c.__name__ for c in Registry.__mro__])


class Slotted(Generic[T]):
    __slots__ = ('x',)


s = Slotted[int]()
print(type(s).__name__, hasattr(s, '__orig_class__'))


def count_up(n: int) -> Iterator[int]:
    yield from range(n)


print(list(count_up(3)), count_up.__annotations__)


class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self


print(Shape().set_scale(2).scale, get_type_hints(Shape.set_scale))


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


print(apply(lambda v: v + 1, 1), get_type_hints(apply))

Vector = List[float]
Address = Tuple[str, int]
Server = Tuple[Address, Dict[str, str]]


def scale(s: float, v: Vector) -> Vector:
    return [s * x for x in v]


print(scale(2.0, [1.0, 2.0]), Vector, Server)
print(copy.copy(T) is T, copy.deepcopy(List[T]) == List[T], copy.deepcopy(T) is T)


class Config(TypedDict, total=False):
    debug: bool
    name: str


def load() -> Config:
    return {'debug': True}


print(load(), get_type_hints(load), get_type_hints(Config))


class LinkedList(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> 'LinkedList[T]':
        self.items.append(item)
        return self


ll: LinkedList[int] = LinkedList()
ll.push(1).push(2)
limit: 'Optional[int]' = None
print(ll.items, __annotations__)
print(get_type_hints(__import__('__main__')))
print(get_type_hints(LinkedList.push))
