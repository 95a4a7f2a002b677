# Reprs, equality and caching of the generic aliases of typing.
import typing
from typing import (Any, Callable, ChainMap, Counter, DefaultDict, Deque, Dict, FrozenSet,
                    List, Mapping, Optional, OrderedDict, Set, Tuple, Type, Iterable, Iterator,
                    Generator, Sequence, MutableMapping, MutableSequence, AbstractSet,
                    Collection, Container, Hashable, Sized, Awaitable, Coroutine,
                    AsyncIterator, AsyncIterable)

print(List, Dict, Set, FrozenSet, Tuple, Type, Callable, Deque, DefaultDict)
print(OrderedDict, Counter, ChainMap, Hashable, Sized)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[float], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int], str], Callable[[], None], Callable[..., Any], Callable[[int, str], List[int]])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[str])
print(Mapping[str, Any], MutableMapping[str, int], MutableSequence[int], AbstractSet[int])
print(Collection[int], Container[int], Awaitable[int], Coroutine[Any, Any, int])
print(AsyncIterator[int], AsyncIterable[str], Deque[int], DefaultDict[str, List[int]])
print(OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(Dict[str, List[Tuple[int, ...]]], List['Node'], Dict[str, 'int'])
print(Any, typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, typing.TypeAlias)
print(typing.Text, typing.TYPE_CHECKING, typing.AnyStr, typing.AnyStr.__constraints__)

print(List[int] == List[int], List[int] is List[int], List[int] == List[str])
print(List[int] == list[int], hash(Dict[str, int]) == hash(Dict[str, int]))
print(List.__origin__, Dict[str, int].__origin__, Dict[str, int].__args__)
print(Callable[[int], str].__origin__, Callable[[int], str].__args__)
print(Tuple[int, str].__origin__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(List.__name__, List[int].__name__, Dict.__doc__, List.__doc__)
print(List[int].__module__, List.append, Dict[str, int].fromkeys('ab'))
print(Deque([1, 2]), DefaultDict(int), Counter('abca'))
d = Counter[str]('abb')
print(d, d.__orig_class__, hasattr(DefaultDict[str, int](int), '__orig_class__'))

for bad in (lambda: List(), lambda: Dict[str, int](), lambda: Tuple()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: Dict[str], lambda: Dict[str, int, int], lambda: Hashable[int],
            lambda: List[int][int], lambda: Callable[int], lambda: typing.NoReturn[int],
            lambda: List[typing.ClassVar[int]], lambda: List[typing.Generic],
            lambda: Any(), lambda: typing.Never()):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
