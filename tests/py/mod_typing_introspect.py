# get_origin/get_args, isinstance with the aliases, Annotated, ParamSpec, Concatenate,
# TypeGuard, TypeVarTuple/Unpack, Self and the other special forms.
import collections
import collections.abc
import typing
from typing import (get_origin, get_args, List, Dict, Tuple, Callable, Union, Optional,
                    Literal, ClassVar, Final, Annotated, Generic, TypeVar, ParamSpec,
                    Concatenate, TypeGuard, TypeVarTuple, Unpack, Required, NotRequired,
                    Iterable, Sequence, Mapping, MutableMapping, Hashable, Sized, Any)

T = TypeVar('T')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


class Box(Generic[T]):
    pass


print(get_origin(List[int]), get_origin(List), get_origin(Union[int, str]))
print(get_origin(Box[int]), get_origin(Generic), get_origin(Generic[T]), get_origin(int))
print(get_origin(Literal[1]), get_origin(ClassVar[int]), get_origin(Annotated[int, 1]))
print(get_origin(Callable[[int], str]), get_origin(list[int]), get_origin(P.args), get_origin(T))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Callable[[], int]))
print(get_args(Annotated[int, 1, 2]), get_args(int), get_args(Tuple[()]), get_args(Tuple[int, ...]))
print(get_args(Literal[1, 2]), get_args(Optional[int]), get_args(list[int]), get_args(Box[str]))

print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Hashable))
print(issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Sized))
print(issubclass(dict, MutableMapping), isinstance((), Tuple), isinstance(len, Callable))
print(issubclass(collections.OrderedDict, typing.OrderedDict), isinstance([], typing.Deque))
print(issubclass(List, Sequence) if False else '-', isinstance(b'', typing.ByteString))
for check in (lambda: isinstance([], List[int]), lambda: issubclass(list, Dict[str, int]),
              lambda: isinstance(1, Any), lambda: isinstance(1, typing.Never),
              lambda: issubclass(int, typing.Self), lambda: isinstance(1, Literal[1]),
              lambda: isinstance(Box(), Box[int]), lambda: isinstance(1, ClassVar)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)


class Sub(typing.Any):
    pass


print(Sub().__class__.__name__, Any, type(Any).__name__)

print(Annotated[int, 'x', 3], Annotated[Annotated[int, 1], 2], Annotated[List[int], 'a'])
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__, Annotated[T, 1][str])
print(Annotated)
for bad in (lambda: Annotated[int], lambda: Annotated(), lambda: typing.Optional[1, 2]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

print(P, P.args, P.kwargs, P.__name__, P.args == P.args, ParamSpec('Q', covariant=True))
print(Callable[P, int], Concatenate[int, P], Callable[Concatenate[int, P], str])
print(get_args(Callable[P, int]), get_args(Concatenate[int, P]))
print(TypeGuard[int], TypeGuard[List[str]], Required[int], NotRequired[str])
print(Ts, Unpack[Ts], list(Ts) == [Unpack[Ts]], Ts.__name__)
print(ClassVar[List[int]], Final[int], ClassVar, Final, typing.Self, typing.LiteralString)
print(typing.NoReturn, typing.Never, typing.TypeAlias, Literal, Concatenate, TypeGuard, Unpack)
print(typing.Union.__name__ if hasattr(typing.Union, '__name__') else '', typing.Optional._name)
