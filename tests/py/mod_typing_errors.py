# Error messages of typing, ending with an uncaught one (compared through the .err file).
import typing
from typing import (ClassVar, Final, Callable, Tuple, List, Dict, Union, Optional, Literal,
                    Generic, Protocol, TypeVar, NewType, TypedDict, NamedTuple, ForwardRef,
                    Concatenate, ParamSpec, Any, overload)

T = TypeVar('T')


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


attempt("classvar2", lambda: ClassVar[int, str])
attempt("final2", lambda: Final[int, str])
attempt("union classvar", lambda: Union[int, ClassVar[int]])
attempt("list final", lambda: List[Final[int]])
attempt("optional final", lambda: Optional[Final])
attempt("plain generic", lambda: List[Generic])
attempt("plain protocol", lambda: Dict[str, Protocol])
attempt("callable 1", lambda: Callable[int])
attempt("callable 3", lambda: Callable[[int], str, int])
attempt("callable result", lambda: Callable[[int], (1, 2)])
attempt("tuple arg", lambda: List[(int, str)])
attempt("empty union", lambda: Union[()])
attempt("empty concat", lambda: Concatenate[()])
attempt("concat end", lambda: Concatenate[int, str])
attempt("noreturn", lambda: typing.NoReturn[int])
attempt("self", lambda: typing.Self[int])
attempt("call form", lambda: Union())
attempt("call classvar", lambda: ClassVar[int]())
attempt("call any", lambda: Any())
attempt("call list", lambda: List[int]())
attempt("call set", lambda: typing.Set())
attempt("call type", lambda: typing.Type[int]())
attempt("forward syntax", lambda: ForwardRef('1 +'))
attempt("forward type", lambda: ForwardRef(3))
attempt("bivariant", lambda: TypeVar('X', covariant=True, contravariant=True))
attempt("one constraint", lambda: TypeVar('X', int))
attempt("bad bound", lambda: TypeVar('X', bound=ClassVar[int]))
attempt("generic empty", lambda: Generic[()])
attempt("generic int", lambda: Generic[int])
attempt("protocol int", lambda: Protocol[int])
attempt("generic dup", lambda: Generic[T, T])
attempt("too many", lambda: Dict[str, int, float])
attempt("not generic", lambda: typing.Hashable[int])
attempt("subscripted", lambda: List[int][str])
attempt("instance", lambda: isinstance([], List[int]))
attempt("subclass", lambda: issubclass(list, List[int]))
attempt("isinstance any", lambda: isinstance(1, Any))
attempt("isinstance union form", lambda: isinstance(1, Union))
attempt("isinstance literal", lambda: isinstance(1, Literal[1]))
attempt("newtype call", lambda: NewType('X', int)(1, 2))


def subclass(bases, **kw):
    return lambda: type('X', bases, {}) if False else _make(bases, kw)


def _make(bases, kw):
    ns = {}
    exec("class Made(*bases, **kw):\n    pass\n", {'bases': bases, 'kw': kw}, ns)
    return ns['Made']


attempt("sub union", subclass((Union,)))
attempt("sub classvar int", subclass((ClassVar[int],)))
attempt("sub newtype", subclass((NewType('UserId', int),)))
attempt("sub plain generic", subclass((Generic,)))
attempt("sub typeddict int", subclass((int, TypedDict)))
attempt("sub namedtuple int", subclass((int, NamedTuple)))
attempt("sub annotated", subclass((typing.Annotated,)))
attempt("sub generic twice", subclass((Generic[T], Generic[T])))


@overload
def only(x: int) -> int: ...


only(3)
