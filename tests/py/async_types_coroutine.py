# types.coroutine: generator functions become awaitable (CO_ITERABLE_COROUTINE).
import types


def run(coro):
    try:
        while True:
            print("  yielded", coro.send(None))
    except StopIteration as e:
        return e.value


def plain_gen():
    x = yield "plain"
    return x


print(plain_gen.__code__.co_flags & 0x100)
deco = types.coroutine(plain_gen)
print(deco is plain_gen, plain_gen.__code__.co_flags & 0x100 != 0)
g = plain_gen()
print(type(g).__name__)


async def user():
    return await plain_gen()


print(run(user()))


# already a coroutine function: returned as it is
async def native():
    return 1


print(types.coroutine(native) is native)

# not callable
try:
    types.coroutine(5)
except TypeError as e:
    print(e)


# a function returning a generator-like object gets wrapped
class GenLike:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration  # (ouro: next() drops a value here)
        return self.n

    def send(self, v):
        return self.__next__()

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass


@types.coroutine
def make_genlike():
    return GenLike()


async def use_genlike():
    return await make_genlike()


print(run(use_genlike()))


# a function returning a real generator: wrapped, awaitable
def returns_gen():
    return plain_gen()


wrapped = types.coroutine(returns_gen)
print(wrapped is returns_gen, wrapped.__name__)
w = wrapped()
print(type(w).__name__)


async def use_wrapped():
    return await w


print(run(use_wrapped()))

# yield from a coroutine inside a types.coroutine generator
@types.coroutine
def delegate():
    r = yield from native()
    return r + 1


async def use_delegate():
    return await delegate()


print(run(use_delegate()))
print(types.CoroutineType, types.AsyncGeneratorType)
