# Task.cancel, CancelledError, wait_for with a timeout.
import asyncio


async def forever(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")


async def quick(v):
    await asyncio.sleep(0.001)
    return v


async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("caught cancel", t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    # cancel before the task first runs
    t = asyncio.create_task(quick(1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())

    # a task that catches the cancellation and returns
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "refused"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # wait_for
    log = []
    try:
        await asyncio.wait_for(forever(log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__, log)
    print(await asyncio.wait_for(quick("in time"), 1))
    print(await asyncio.wait_for(quick("no timeout"), None))
    try:
        await asyncio.wait_for(quick("zero"), 0)
    except TimeoutError:
        print("timeout 0")
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception), asyncio.TimeoutError is TimeoutError)

    # gather cancelled
    g = asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    # futures
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), repr(fut))
    loop.call_later(0.001, fut.set_result, 42)
    print(await fut, repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    fut2 = loop.create_future()
    try:
        fut2.result()
    except asyncio.InvalidStateError as e:
        print(e)
    fut2.set_exception(ValueError("bad"))
    try:
        await fut2
    except ValueError as e:
        print("future exception", e)
    done = []
    fut3 = loop.create_future()
    fut3.add_done_callback(lambda f: done.append(f.result()))
    fut3.set_result("cb")
    await asyncio.sleep(0)
    print(done)


asyncio.run(main())
