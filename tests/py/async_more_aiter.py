# aiter() and anext(): the awaitables, the default, and the errors.
import asyncio


async def agen(n):
    for i in range(n):
        yield i


class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


class NotIter:
    def __aiter__(self):
        return 42


class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AwaitableNext:
    """__anext__ returns an object with __await__ (not a coroutine)."""
    def __init__(self):
        self.left = 2

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Step(self)


class _Step:
    def __init__(self, owner):
        self.owner = owner

    def __await__(self):
        if self.owner.left == 0:
            raise StopAsyncIteration
        self.owner.left -= 1
        yield from []
        return f'left {self.owner.left}'


def show_error(f, *args):
    try:
        f(*args)
    except TypeError as e:
        print('TypeError:', e)


show_error(aiter, 1)
show_error(aiter, [1, 2])
show_error(aiter, NotIter())
show_error(anext, 1)
show_error(anext, 1, 'default')
show_error(anext, [1, 2])
show_error(anext)
show_error(anext, 1, 2, 3)
show_error(aiter)

g = agen(1)
print(aiter(g) is g)
c = Counter(1)
print(aiter(c) is c)
aw = anext(agen(1), None)
print(type(aw).__name__, hasattr(aw, '__await__'), hasattr(aw, 'send'),
      hasattr(aw, 'throw'), hasattr(aw, 'close'))
print(aw.__await__() is aw)
aw.close()
print(type(anext(agen(1))).__name__)


async def main():
    it = agen(3)
    print(await anext(it), await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(it, 'done'))
    print(await anext(it, None))

    c = Counter(2)
    print(await anext(c), await anext(c, -1), await anext(c, -1), await anext(c, -2))
    try:
        await anext(c)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)

    a = AwaitableNext()
    print(await anext(a), await anext(a, 'x'), await anext(a, 'x'))

    try:
        await anext(BadNext(), 'd')
    except TypeError as e:
        print('TypeError:', e)


    # anext with an async iterator driven by hand
    async def items():
        yield 'a'
        await asyncio.sleep(0)
        yield 'b'
    it = aiter(items())
    out = []
    while (x := await anext(it, None)) is not None:
        out.append(x)
    print(out)

    # exceptions other than StopAsyncIteration go through the default
    async def failing():
        yield 1
        raise KeyError('k')
    it = failing()
    print(await anext(it, 0))
    try:
        await anext(it, 0)
    except KeyError as e:
        print('KeyError', e)

    # send() on the awaitable, step by step
    aw = anext(agen(0), 'empty')
    try:
        aw.send(None)
    except StopIteration as e:
        print('StopIteration', e.value)
    aw = anext(agen(2), 'empty')
    try:
        aw.send(None)
    except StopIteration as e:
        print('StopIteration', e.value)

asyncio.run(main())
