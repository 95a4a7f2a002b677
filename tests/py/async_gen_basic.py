# Async generators: type, repr, attributes, iteration with async for and by hand.
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


async def agen(n):
    for i in range(n):
        await tick(i)
        yield i * 10
    print("agen end")


a = agen(2)
print(type(a).__name__, type(a) is types.AsyncGeneratorType)
print(repr(a).startswith("<async_generator object agen at 0x"))
print(a.__name__, a.__qualname__, a.ag_code is agen.__code__, a.ag_running, a.ag_await)
print(a.ag_frame is not None, agen.__code__.co_flags & 0x200 != 0)
print(a.__aiter__() is a)
print(type(a.__anext__()).__name__, type(a.asend(None)).__name__)
print(type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)


async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out


print(run(consume()))

# By hand: each __anext__() awaitable yields what the await inside yields, then ends with
# StopIteration(value) for the async generator's own yield.
a = agen(2)
aw = a.__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("yielded by agen:", e.value)
aw = a.__anext__()
print(next(aw))
try:
    next(aw)
except StopIteration as e:
    print("yielded by agen:", e.value)
aw = a.__anext__()
try:
    next(aw)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
print(a.ag_frame)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("still exhausted")

# reusing an awaitable
a = agen(1)
aw = a.__anext__()
next(aw)
try:
    next(aw)
except StopIteration:
    pass
try:
    next(aw)
except RuntimeError as e:
    print(e)


# yield with no await
async def simple():
    yield 1
    yield
    return


a = simple()
for _ in range(3):
    try:
        a.__anext__().send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("end")


# StopAsyncIteration / StopIteration raised inside become RuntimeError
async def bad_stop():
    yield 1
    raise StopAsyncIteration


async def bad_stop2():
    yield 1
    raise StopIteration


for f in (bad_stop, bad_stop2):
    async def use():
        return [x async for x in f()]
    try:
        run(use())
    except RuntimeError as e:
        print(e, "| cause:", type(e.__cause__).__name__)


# async generator methods in a class
class C:
    async def items(self):
        yield self
        yield "second"


async def use_c():
    return [x async for x in C().items()]


r = run(use_c())
print(type(r[0]).__name__, r[1])
print(C().items().__qualname__)

# Not iterable synchronously
try:
    iter(agen(1))
except TypeError as e:
    print(e)
