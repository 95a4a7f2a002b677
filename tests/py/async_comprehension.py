# Async comprehensions and async generator expressions.
import types


@types.coroutine
def tick(v):
    yield v


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await tick(self.i)
        return self.i - 1


async def agen(n):
    for i in range(n):
        await tick(i)
        yield i


async def double(x):
    await tick(x)
    return 2 * x


async def main():
    print([x async for x in ARange(4)])
    print({x async for x in agen(4) if x % 2})
    print({x: x * x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3) if await double(x) > 0])
    print([(a, b) async for a in agen(2) for b in range(2)])
    print([(a, b) for a in range(2) async for b in agen(2)])
    print([[y async for y in agen(x)] for x in range(3)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else "")
    print([v async for v in g])
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__, [v async for v in g2])
    return "ok"


print(run(main()))


def make_genexp():
    # An async generator expression may be made outside async functions.
    return (x async for x in agen(2))


g = make_genexp()
print(type(g).__name__)


async def consume(g):
    return [x async for x in g]


print(run(consume(g)))


async def closure_comp():
    k = 5
    return [x + k async for x in agen(3)]


print(run(closure_comp()))
