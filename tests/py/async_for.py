# async for: __aiter__/__anext__, StopAsyncIteration, else, break/continue, errors.
import types


@types.coroutine
def tick(v):
    yield ("tick", v)


def run(coro):
    try:
        while True:
            print("  loop got", coro.send(None))
    except StopIteration as e:
        return e.value


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await tick(self.i)
        return self.i


async def basic():
    total = 0
    async for x in Counter(3):
        print("x =", x)
        total += x
    else:
        print("else ran")
    return total


print(run(basic()))


async def with_break():
    async for x in Counter(10):
        if x == 2:
            continue
        if x == 4:
            break
        print("body", x)
    else:
        print("not reached")
    return "broke"


print(run(with_break()))


async def nested():
    out = []
    async for a in Counter(2):
        async for b in Counter(2):
            out.append((a, b))
    return out


print(run(nested()))


async def target_unpack():
    class Pairs:
        def __init__(self):
            self.items = [(1, "a"), (2, "b")]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    async for n, s in Pairs():
        print(n, s)


run(target_unpack())


async def loop_over(obj):
    async for x in obj:
        print(x)


class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


for obj in ([1, 2], NoAnext(), BadAnext()):
    try:
        run(loop_over(obj))
    except TypeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from anext")


try:
    run(loop_over(Raises()))
except ValueError as e:
    print("ValueError", e)


# an exception in the body propagates through the loop
async def body_raises():
    try:
        async for x in Counter(3):
            if x == 2:
                raise KeyError(x)
    except KeyError as e:
        print("caught", e)
    return "ok"


print(run(body_raises()))


# return from inside an async for
async def early_return():
    async for x in Counter(5):
        if x == 3:
            return x * 100


print(run(early_return()))
