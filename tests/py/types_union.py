import types, typing
u = int | str
print(type(u), hasattr(u, '__instancecheck__'), u.__args__, u.__parameters__, repr(int | None | list[int]), int | int, type(int|int))
print(isinstance(1, int | str), issubclass(bool, int | str), (int|str) == (str|int), hash(int|str) == hash(str|int))
print(sorted(set(dir(u)) - set(dir(object))))
print(isinstance(1, int | list[int]))
try: isinstance("s", int | list[int])
except TypeError as e: print(e)
try: int | 'str'
except TypeError as e: print(e)
print(types.UnionType, type.__or__, (int|str).__or__(None), typing.Union[int, str] == int | str)
T = typing.TypeVar('T')
print(int | T, (list[T] | int).__parameters__, (list[T] | int)[str])
print(u.__module__, int | str | int, (int | str) | (bytes | int), None | int, list[int] | list[int])
print(repr(typing.List[int] | None), (int | typing.List[int]))
import collections.abc
print(int | collections.abc.Callable)
class C: pass
print(C | None, type(u).__name__, type(u).__module__, type(u).__qualname__)
try: (int | str)[int]
except TypeError as e: print(e)
def f(x: int | None = None) -> list[int] | None: pass
print(f.__annotations__)
print(typing.get_type_hints(f))
print(typing.get_args(int | str), typing.get_origin(int | str))
print(typing.Optional[int] == (int | None))
