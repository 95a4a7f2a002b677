# send / throw / close on coroutines, through types.coroutine generators and __await__ iterators.
import types


@types.coroutine
def yielder(v):
    got = yield v
    return got


async def child():
    try:
        a = await yielder("first")
        b = await yielder("second")
        return a + b
    finally:
        print("child finally")


async def parent():
    r = await child()
    return ("parent", r)


c = parent()
print(c.send(None))
print(c.cr_await is not None, type(c.cr_await).__name__)
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("returned", e.value)

# throw handled inside
async def catcher():
    while True:
        try:
            await yielder("waiting")
        except KeyError as e:
            print("caught", repr(e))
            return "recovered"


c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# throw not handled: propagates; then the coroutine is finished
c = parent()
c.send(None)
try:
    c.throw(ValueError, "bad")
except ValueError as e:
    print("propagated", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# close runs finally blocks down the await chain
c = parent()
c.send(None)
print(c.close())
print(c.cr_frame)
print(c.close())

# close on a coroutine that ignores GeneratorExit
async def stubborn():
    while True:
        try:
            await yielder(1)
        except GeneratorExit:
            print("ignoring")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)

# sending a non-None value to a just-started coroutine
c = parent()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()

# __await__ gives a coroutine_wrapper
c = parent()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print("wrapper done", e.value)
c = parent()
w = c.__await__()
next(w)
try:
    w.throw(IndexError("i"))
except IndexError as e:
    print("wrapper throw", e)
c = parent()
w = c.__await__()
next(w)
print(w.close())

# StopIteration raised inside a coroutine becomes RuntimeError
async def raises_stop():
    raise StopIteration(3)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# running coroutine
async def selfsend():
    me.send(None)


me = selfsend()
try:
    me.send(None)
except ValueError as e:
    print(e)
