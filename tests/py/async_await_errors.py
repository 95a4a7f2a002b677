# The await protocol and its errors.
import types


def run(coro):
    """Drive a coroutine to its end, printing what it yields."""
    try:
        while True:
            print("  yielded", coro.send(None))
    except StopIteration as e:
        return e.value


async def await_it(x):
    return await x


for bad in (1, "s", None, [1], object()):
    try:
        run(await_it(bad))
    except TypeError as e:
        print(e)


class NoIter:
    def __await__(self):
        return 5


class GivesCoro:
    def __await__(self):
        return await_it(1)


class GivesList:
    def __await__(self):
        return [1, 2]


class Good:
    def __await__(self):
        x = yield "from Good"
        return ("good", x)


class GenAwait:
    def __await__(self):
        return iter([1, 2, 3])


for obj in (NoIter(), GivesCoro(), GivesList(), Good(), GenAwait()):
    try:
        print(run(await_it(obj)))
    except TypeError as e:
        print(type(obj).__name__, "->", e)

# __await__ on the instance does not count: it is looked up on the type.
o = Good()
o2 = object.__new__(type("Plain", (), {}))
o2.__await__ = lambda: iter([])
try:
    run(await_it(o2))
except TypeError as e:
    print(e)


# A coroutine already being awaited by another one.
@types.coroutine
def pause():
    yield "paused"


async def inner():
    await pause()
    return "inner"


async def first(c):
    return await c


shared = inner()
a = first(shared)
print(a.send(None))
b = first(shared)
try:
    b.send(None)
except RuntimeError as e:
    print(e)
print(run(a))
c = first(shared)
try:
    run(c)
except RuntimeError as e:
    print(e)

# Awaiting a plain generator (not marked with types.coroutine) is an error.
def plain():
    yield 1


try:
    run(await_it(plain()))
except TypeError as e:
    print(e)


# 'yield from' a coroutine in a plain generator
def gen_yf():
    yield from inner()


g = gen_yf()
try:
    next(g)
except TypeError as e:
    print(e)

# ... but allowed in a types.coroutine generator
@types.coroutine
def gen_ok():
    r = yield from inner()
    return r


async def use_gen_ok():
    return await gen_ok()


print(run(use_gen_ok()))

# An exception raised by __await__ itself
class Raising:
    def __await__(self):
        raise KeyError("from __await__")


try:
    run(await_it(Raising()))
except KeyError as e:
    print("KeyError", e)
