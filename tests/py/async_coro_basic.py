# Coroutine objects: type, repr, attributes, await chains, StopIteration carrying the value.
import types


async def double(x):
    return x * 2


async def chain():
    a = await double(3)
    b = await double(a)
    return a + b


c = chain()
print(type(c).__name__, type(c) is types.CoroutineType)
print(repr(c).startswith("<coroutine object chain at 0x"))
print(c.__name__, c.__qualname__, c.cr_code is chain.__code__, c.cr_code.co_name)
print(c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended, c.cr_frame is not None)
print(chain.__code__.co_flags & 0x80 != 0, chain.__code__.co_flags & 0x20)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(c.cr_frame, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class C:
    async def meth(self, y):
        return (self, y)

    @staticmethod
    async def stat():
        return "static"


c = C().meth(1)
print(c.__qualname__)
c.close()

# A coroutine returning a tuple or an exception instance keeps it as the value.
async def tup():
    return (1, 2)


async def exc():
    return ValueError("v")


for f in (tup, exc):
    try:
        f().send(None)
    except StopIteration as e:
        print(repr(e.value))

# Names can be changed.
c = double(1)
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__)
try:
    c.__name__ = 5
except TypeError as e:
    print(e)
c.close()

# Coroutines are not iterable.
c = double(1)
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
c.close()

# A coroutine function's coroutine holds its arguments and locals in cr_frame.
async def locs(a, b=2):
    x = a + b
    await types.coroutine(lambda: (yield x))()
    return x


c = locs(5)
print(c.send(None))
print(sorted(c.cr_frame.f_locals.items()))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
