# asend, athrow, aclose on async generators.
import types


@types.coroutine
def tick(v):
    yield ("tick", v)


def step(aw):
    """Run an awaitable: return ('yield', v) for the async generator's own yield, ('stop',)
    at its end, or the exception."""
    try:
        while True:
            print("  passthrough", aw.send(None))
    except StopIteration as e:
        return ("yield", e.value)
    except StopAsyncIteration:
        return ("stop",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                await tick(v)
            except ValueError as e:
                print("echo caught", e)
                yield "handled"
    finally:
        print("echo finally", received)


a = echo()
print(step(a.asend(None)))
print(step(a.asend("x")))
print(step(a.asend("y")))
print(step(a.athrow(ValueError("bad"))))
print(step(a.athrow(ValueError, ValueError("bad2"))))
print(step(a.aclose()))
print(step(a.aclose()))
print(step(a.asend(1)))

# athrow of an exception the generator does not handle
a = echo()
print(step(a.__anext__()))
print(step(a.athrow(KeyError("k"))))
print(step(a.__anext__()))

# aclose of an unstarted generator and of one that yields in finally
a = echo()
print(step(a.aclose()))


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


a = yields_in_finally()
print(step(a.__anext__()))
print(step(a.aclose()))


async def awaits_in_finally():
    try:
        yield 1
    finally:
        await tick("cleanup")
        print("cleanup done")


a = awaits_in_finally()
print(step(a.__anext__()))
print(step(a.aclose()))

# athrow() with bad arguments
a = echo()
print(step(a.athrow()))
print(step(a.athrow(1)))

# asend of a non-None value to a just-started generator
a = echo()
print(step(a.asend(5)))

# the awaitables' own send/throw/close
a = echo()
aw = a.__anext__()
print(aw.close(), step(aw))
aw = a.asend(None)
try:
    aw.throw(IndexError("into asend"))
except IndexError as e:
    print("asend throw", e)
print(a.ag_frame)

a = echo()
step(a.__anext__())
aw = a.aclose()
print(type(aw).__name__)
try:
    aw.throw(GeneratorExit)
except StopIteration:
    print("aclose via throw: StopIteration")
print(a.ag_frame)
aw = a.athrow(ValueError)
print(aw.close(), step(aw))


# ag_running while it runs
async def check_running():
    yield g.ag_running
    await tick(g.ag_running)


g = check_running()
print(step(g.__anext__()))
print(step(g.__anext__()))
print(g.ag_running)


# anext() while another __anext__() is in progress
async def slow():
    await tick(1)
    yield "slow"


g = slow()
aw1 = g.__anext__()
print(aw1.send(None))
aw2 = g.__anext__()
try:
    aw2.send(None)
except RuntimeError as e:
    print(e)
print(step(aw1))
