# A dropped, unfinished coroutine or async generator is closed: its finally blocks run.
import gc
import types


@types.coroutine
def pause(v=None):
    yield v


async def guarded(name):
    try:
        await pause(name)
        print("not reached", name)
    finally:
        print("finally of", name)


c = guarded("dropped")
c.send(None)
del c
print("after del")


async def outer():
    try:
        await guarded("inner")
    finally:
        print("finally of outer")


c = outer()
c.send(None)
c = None
print("after rebinding")

# In a reference cycle: the collector finalizes it.
c = guarded("cycle")
c.send(None)
holder = [c]
holder.append(holder)
c.cr_frame.f_locals  # touching the frame is fine
del c, holder
print("collected something:", gc.collect() > 0)


# A coroutine whose frame refers to itself.
async def selfref():
    me = yield_me
    try:
        await pause(me)
    finally:
        print("selfref finally")


yield_me = None
c = selfref()
yield_me = c
c.send(None)
yield_me = None
del c
print("before collect")
gc.collect()
print("after collect")


# Async generators too.
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


a = agen()
aw = a.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("got", e.value)
del aw
del a
print("after agen del")

# gc sees coroutines and async generators
c = guarded("tracked")
a = agen()
print(gc.is_tracked(c), gc.is_tracked(a))
print(c in gc.get_referrers(c.cr_frame) or True)
c.close()
a = None

# The finalizer runs once; a coroutine resurrected by its finally block stays alive, closed.
saved = []
box = []


async def resurrect():
    this = box.pop()
    try:
        await pause()
    finally:
        saved.append(this)
        print("resurrect finally")


c = resurrect()
box.append(c)
c.send(None)
del c
gc.collect()
print(len(saved), type(saved[0]).__name__, saved[0].cr_frame, saved[0].cr_suspended)
saved.clear()
gc.collect()
print("end")
