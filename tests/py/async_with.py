# async with: __aenter__/__aexit__ awaited, suppression, errors, unwinding by return/break.
import types
import sys


@types.coroutine
def tick(v):
    yield v


def run(coro):
    try:
        while True:
            print("  loop got", coro.send(None))
    except StopIteration as e:
        return e.value


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await tick("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await tick("exit " + self.name)
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def simple():
    async with Manager("a") as v:
        print("inside", v)
    return "simple done"


print(run(simple()))


async def suppressing():
    async with Manager("b", suppress=True):
        raise ValueError("swallowed")
    print("after with", sys.exc_info())
    return "suppressed"


print(run(suppressing()))


async def propagating():
    async with Manager("c"):
        raise KeyError("passes")


try:
    run(propagating())
except KeyError as e:
    print("propagated", e)


async def multiple():
    async with Manager("x") as a, Manager("y") as b:
        print(a, b)


run(multiple())


async def ret_inside():
    async with Manager("r"):
        return "returned"


print(run(ret_inside()))


async def break_inside():
    for i in range(3):
        async with Manager("l%d" % i):
            if i == 1:
                break
    return i


print(run(break_inside()))


class NoProtocol:
    pass


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return False


async def use(m):
    async with m:
        pass


for m in (NoProtocol(), OnlyEnter(), SyncEnter(), SyncExit(), Manager):
    try:
        run(use(m))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class SyncExitRaising:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 0


async def use_raise(m):
    async with m:
        raise IndexError("inner")


try:
    run(use_raise(SyncExitRaising()))
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
