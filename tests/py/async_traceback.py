# An exception escaping nested coroutines: the traceback goes through each await.
import types


@types.coroutine
def pause():
    yield


async def level3():
    await pause()
    raise ValueError("deep problem")


async def level2():
    return await level3()


async def level1():
    await level2()


c = level1()
c.send(None)
print("resuming")
c.send(None)
