# sys.set_asyncgen_hooks / get_asyncgen_hooks, and asyncio closing dropped async generators.
import sys
import asyncio
import types


@types.coroutine
def tick():
    yield


print(sys.get_asyncgen_hooks())
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)

log = []


def firstiter(agen):
    log.append(("firstiter", agen.__name__))


def finalizer(agen):
    log.append(("finalizer", agen.__name__))
    finalized.append(agen)


finalized = []
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h[0] is firstiter, len(h))


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


async def use():
    async for x in agen():
        print("got", x)
        break
    print("after break")


c = use()
try:
    c.send(None)
except StopIteration:
    pass
print(log)
# The finalizer kept the generator alive, unfinished: close it now.
g = finalized.pop()
aw = g.aclose()
try:
    aw.send(None)
except StopIteration:
    print("closed by hand")
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

# Hooks are taken when the generator is first iterated, not when it is made.
a = agen()
sys.set_asyncgen_hooks(firstiter=firstiter)
log.clear()
a.__anext__().close()
print(log)
sys.set_asyncgen_hooks(firstiter=None)


# asyncio installs hooks while its loop runs: a dropped generator is closed by a task later.
async def slow_agen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("slow_agen cleanup done")


async def main():
    async for x in slow_agen():
        print("main got", x)
        break
    print("main after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")
    g = slow_agen()
    print(await g.__anext__())
    return "left suspended"


print(asyncio.run(main()))
print(sys.get_asyncgen_hooks())
