"""PEP 563 for functions: every parameter and return annotation becomes a string, nothing is
evaluated (undefined names are fine), annotations add no cells or free variables, and yield,
await and the walrus are refused inside annotations."""
from __future__ import annotations

import __future__
print(__future__.annotations.compiler_flag == 0x1000000)


def f(a: Undefined, b: int = 1, *args: Tuple[int, ...], c: Dict[str,int], d: 'X' = 2,
      **kw: Mapping[str, Any]) -> Optional[ Other ]:
    pass

print(f.__annotations__)
print(f.__code__.co_flags & 0x1000000 != 0)


def posonly(a: A, b: B, /, c: C, *, d: D) -> None: pass
print(posonly.__annotations__)


def unannotated(a, b=2, *c, **d): pass
print(unannotated.__annotations__)


def only_return() -> List[int]: pass
print(only_return.__annotations__)


def star_unpack(*args: *Ts) -> tuple[*Ts]: pass
print(star_unpack.__annotations__)


async def coro(x: Awaitable[int]) -> Coroutine[Any, Any, int]: pass
print(coro.__annotations__)

# A lambda default stays a real value; only the annotation is a string.
def with_default(x: Callable[[int], int] = lambda v: v + 1) -> int: return x(1)
print(with_default.__annotations__, with_default())


def deco(fn):
    fn.decorated = True
    return fn

@deco
def decorated(x: 'a' 'b', y: 1 + 2, z: -1, w: (1, 2)) -> not x: pass
print(decorated.__annotations__, decorated.decorated)


# Names used only in annotations do not become cells or free variables.
def outer():
    hidden = 1
    def inner(a: hidden) -> hidden2:
        v: hidden = 5
        return v
    def inner2():
        w: hidden
        return 0
    return inner, inner2

inner, inner2 = outer()
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
print(inner.__annotations__, inner(0), inner.__code__.co_freevars, inner2.__code__.co_freevars)
print(inner.__code__.co_varnames, inner2.__code__.co_varnames)


# Local variable annotations are never evaluated, and leave no trace.
def local_annotations():
    a: Undefined
    b: Undefined[int] = 3
    c: int
    return b

print(local_annotations(), local_annotations.__code__.co_varnames)
print('a' in local_annotations.__code__.co_names)


class Methods:
    def m(self, __x: __Private, y: Methods) -> __Ret:
        pass

    @staticmethod
    def s(x: Methods.Inner) -> int: pass

    @classmethod
    def c(cls, x: type[Methods]) -> Methods: pass

print(Methods.m.__annotations__)
print(Methods.s.__annotations__)
print(Methods.c.__annotations__)


def many(a: int, b: int, c: str) -> int: pass
print(many.__annotations__['a'] is many.__annotations__['b'])
print(type(many.__annotations__['c']).__name__)


# Errors inside annotations, as compile() reports them.
def err(src):
    try:
        compile("from __future__ import annotations\n" + src, "<src>", "exec")
        print("ok:", src.replace("\n", "|"))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

err("def f(x: (yield)): pass")
err("def f(x: (yield from y)): pass")
err("def f(x) -> (yield): pass")
err("def f(x: (y := 1)): pass")
err("async def f(x: await y): pass")
err("def f():\n    x: (yield)")
err("def f():\n    x: (y := 2) = 3")
err("class A:\n    x: (yield)")
err("x: (yield)")
err("x: (a := 1)")
err("a.b: (yield)")
err("def f(x: lambda: (yield)): pass")
err("def f(x: [i for i in y]): pass")
err("async def f(x: [await i for i in y]): pass")
err("def g():\n    def f(x: [(y := i) for i in z]): pass")
err("class C:\n    def f(x: [(y := i) for i in z]): pass")
err("def f(x: int) -> int:\n    return x")


# The walrus in a comprehension of an annotation binds in the enclosing function (CPython
# quirk): the name is a local there, though never stored.
def walrus_outer():
    def f(x: [(y := i) for i in z]): pass
    return f

print(walrus_outer().__annotations__, walrus_outer.__code__.co_varnames)
