# overload, get_overloads, final, no_type_check, dataclass_transform, TYPE_CHECKING.
import typing
from typing import (overload, get_overloads, clear_overloads, final, no_type_check,
                    no_type_check_decorator, dataclass_transform, get_type_hints, TYPE_CHECKING,
                    Union)

if TYPE_CHECKING:
    import not_a_real_module


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(double(2), double('ab'), double.__name__, len(get_overloads(double)))
print([o.__annotations__['x'] for o in get_overloads(double)])


@overload
def lonely(x: int) -> int: ...


print(lonely.__name__)
try:
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Shape:
    @overload
    def scale(self, f: int) -> 'Shape': ...
    @overload
    def scale(self, f: float) -> 'Shape': ...
    def scale(self, f):
        return f'scaled by {f}'


print(Shape().scale(2), len(get_overloads(Shape.scale)))
clear_overloads()
print(get_overloads(double), get_overloads(Shape.scale))


@final
class Leaf:
    @final
    def done(self):
        return 'done'


@final
def fn():
    pass


print(Leaf.__final__, Leaf.done.__final__, fn.__final__, Leaf().done())
print(final(3), final(len) is len)


@no_type_check
def untyped(x: 'undefined name') -> 'also undefined':
    return x


@no_type_check
class Loose:
    a: 'nope'

    def m(self, y: 'nothing'):
        return y


print(untyped.__no_type_check__, get_type_hints(untyped), untyped(4))
print(Loose.__no_type_check__, Loose.m.__no_type_check__, get_type_hints(Loose))


def my_decorator(func):
    return func


safe = no_type_check_decorator(my_decorator)


@safe
def decorated(z: 'unknown'):
    return z


print(decorated(1), decorated.__no_type_check__)


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


@dataclass_transform()
class ModelBase:
    pass


print(model.__dataclass_transform__)
print(ModelBase.__dataclass_transform__)
print(TYPE_CHECKING, typing.TYPE_CHECKING)
