# TypeVar and Generic: reprs, __parameters__, __orig_bases__, subscription and substitution.
from typing import TypeVar, Generic, List, Dict, Tuple, Callable, Optional, Union, Iterator

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Base')
print(T, T_co, T_contra, N, B, T.__name__, T.__module__)
print(N.__constraints__, N.__bound__, B.__bound__, T.__bound__, T.__constraints__)
print(T_co.__covariant__, T_co.__contravariant__, T_contra.__contravariant__)
print(T == T, T == TypeVar('T'), {T: 1}[T])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box, Box[int], Box[List[str]], Box.__parameters__, Box.__orig_bases__)
print([c.__name__ for c in Box.__mro__])
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b).__name__, Box('x').get())
print(Box[int] == Box[int], Box[int] is Box[int], Box[int] == Box[str], Box[int].__origin__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int], Pair[str, T], Pair[str, T][int], Pair[K, V].__parameters__)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, [c.__name__ for c in IntBox.__mro__])


class Sub(Box[T], Generic[T]):
    pass


class Mapping2(Pair[str, V]):
    pass


print(Sub[str], Sub.__parameters__, Mapping2.__parameters__, Mapping2[float])


class Stack(List[T]):
    def push(self, x: T) -> None:
        self.append(x)


s = Stack()
s.push(1)
s.push(2)
print(s, Stack[int], Stack.__parameters__, [c.__name__ for c in Stack.__mro__])

print(List[T][int], Dict[K, V][str, int], Dict[str, T][List[int]])
print(List[Tuple[T, int]][str], Callable[[T], K][int, str], Optional[T][int])
print(Union[T, int][int], Tuple[T, ...][bytes], Iterator[T][float])
print(List[T].__parameters__, Callable[[T], K].__parameters__, Dict[K, List[V]].__parameters__)
print(Dict[K, List[V]][str, int])

for make in (lambda: Pair[int], lambda: Box[int, str], lambda: IntBox[int],
             lambda: Generic[int], lambda: Generic[()], lambda: Generic[T, T],
             lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
             lambda: Box[int][str], lambda: Generic[T][int]):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(Box[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
