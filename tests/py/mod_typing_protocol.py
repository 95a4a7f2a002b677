# Protocol and runtime_checkable: structural isinstance/issubclass and their errors.
from typing import Protocol, runtime_checkable, TypeVar, SupportsInt, SupportsFloat
from typing import SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex
from typing import IO, TextIO, BinaryIO


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        print("closing")


class Other:
    pass


print(isinstance(Resource(), Closable), isinstance(Other(), Closable))
print(issubclass(Resource, Closable), issubclass(int, Closable))
print(Closable, [c.__name__ for c in Closable.__mro__], Closable._is_protocol)


class Drawable(Protocol):
    def draw(self) -> None:
        ...


for check in (lambda: isinstance(Resource(), Drawable), lambda: issubclass(Resource, Drawable),
              lambda: Drawable(), lambda: Closable()):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)


@runtime_checkable
class Named(Protocol):
    name: str


class Person:
    def __init__(self):
        self.name = 'ann'


print(isinstance(Person(), Named), isinstance(3, Named))
try:
    issubclass(Person, Named)
except TypeError as e:
    print("TypeError:", e)


class FileLike(Closable):
    def __init__(self, path):
        self.path = path


f = FileLike('/tmp/x')
print(f.path, isinstance(f, Closable), FileLike._is_protocol)


class Plain(Closable):
    pass


print(type(Plain()).__name__)

T = TypeVar('T')


@runtime_checkable
class Getter(Protocol[T]):
    def get(self) -> T:
        ...


class IntGetter:
    def get(self):
        return 1


print(isinstance(IntGetter(), Getter), Getter[int], Getter.__parameters__)


class Openable(Closable, Protocol):
    def open(self) -> None:
        ...


@runtime_checkable
class OpenClose(Openable, Protocol):
    pass


class Both:
    def open(self):
        pass

    def close(self):
        pass


print(Openable._is_protocol, isinstance(Both(), OpenClose), isinstance(Resource(), OpenClose))


class Disabled:
    close = None


print(isinstance(Disabled(), Closable))
try:
    runtime_checkable(int)
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(Protocol, int):
        pass
except TypeError as e:
    print("TypeError:", e)

print(isinstance(3, SupportsInt), isinstance('a', SupportsInt), isinstance(3.0, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.5, SupportsIndex), isinstance(-1, SupportsAbs))
print(isinstance(2.5, SupportsRound), isinstance(b'', SupportsBytes), isinstance(1j, SupportsComplex))
print(issubclass(float, SupportsInt), issubclass(str, SupportsAbs))
print(SupportsInt, SupportsAbs[int], SupportsRound[float], IO, TextIO, BinaryIO, IO[str])
print(IO.__parameters__, TextIO.__orig_bases__, BinaryIO.__orig_bases__)
