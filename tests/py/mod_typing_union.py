# Union and Optional: flattening, deduplication, order-free equality, the Optional repr.
from typing import Union, Optional, List, Dict, Any, Literal, TypeVar

print(Union[int, str], Union[int], Union[int, int], Union[int, str, int])
print(Union[Union[int, str], float], Union[int, Optional[str]])
print(Union[int, None], Union[None, int], Optional[int], Optional[Union[int, str]])
print(Union[int, str, None], Optional[List[int]], Optional[Optional[int]])
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str].__args__, Optional[int].__args__, Union[int, str].__origin__)
print(Union, Optional, Union[int, 'Foo'])

print(Union[int, str] | None, Optional[int] | str, List[int] | Dict[str, int])
print(None | Union[int, str], List[int] | None, int | List[int])
T = TypeVar('T')
print(T | int, int | T, List[T] | None, Union[T, int][str], Union[T, None][int])

print(isinstance(1, Union[int, str]), isinstance('a', Optional[int]))
print(isinstance(None, Optional[int]), issubclass(bool, Union[int, str]))

print(Literal[1, 'a', None, True], Literal[1, 1, 2], Literal[Literal[1, 2], 3])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[0] == Literal[False])
print(Literal['x'].__args__, Literal[1, True].__args__)

for bad in (lambda: Union[()], lambda: Optional[int, str], lambda: Union[int, Any()]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, Union[int, List[int]])
except TypeError as e:
    print("TypeError:", e)
try:
    class C(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(Optional[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
