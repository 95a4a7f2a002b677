# sys.exc_info() and exception chaining across awaits.
import sys
import types


@types.coroutine
def pause(v):
    yield v


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def in_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        print("before await", sys.exc_info()[1])
        await pause(1)
        print("after await", sys.exc_info()[1])
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("context", repr(e.__context__))
    print("after handler", sys.exc_info())


c = in_handler()
c.send(None)
print("outside while suspended:", sys.exc_info())
try:
    raise IndexError("resumer's")
except IndexError:
    try:
        c.send(None)
    except StopIteration:
        pass
    print("resumer still has", repr(sys.exc_info()[1]))


async def raises_after_await():
    await pause(1)
    raise RuntimeError("late")


async def catches():
    try:
        await raises_after_await()
    except RuntimeError as e:
        return "caught " + str(e)


print(run(catches()))


async def chained():
    try:
        await raises_after_await()
    except RuntimeError as e:
        raise TypeError("wrapped") from e


try:
    run(chained())
except TypeError as e:
    print(repr(e), repr(e.__cause__))


# throw() into a coroutine suspended in an except block chains to the handled exception
async def waits_in_handler():
    try:
        raise ValueError("handled")
    except ValueError:
        await pause(1)


c = waits_in_handler()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
