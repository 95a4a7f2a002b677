# asyncio.run, sleep (really waiting), create_task, gather, Task basics.
import asyncio
import time


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def main():
    log = []
    t0 = time.monotonic()
    res = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.01, log),
                               worker("c", 0.02, log))
    elapsed = time.monotonic() - t0
    print(res, log, "waited:", elapsed >= 0.025)
    t = asyncio.create_task(worker("d", 0, log), name="my-task")
    print(t.done(), t.get_name(), isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    print(await t, t.done(), t.result(), t.cancelled(), t.exception())
    print(await asyncio.sleep(0.001, result="slept"))
    print(await asyncio.sleep(0))
    print(asyncio.current_task() is not None, asyncio.get_running_loop() is not None)

    # tasks run concurrently, interleaving at each sleep(0)
    order = []

    async def stepper(tag):
        for i in range(3):
            order.append(f"{tag}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(stepper("x"), stepper("y"))
    print(order)

    # gather with an exception
    async def boom():
        raise ValueError("boom")

    try:
        await asyncio.gather(worker("f", 0, log), boom())
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(boom(), worker("g", 0, log), return_exceptions=True))
    print(await asyncio.gather())

    # a task's exception is raised when it is awaited
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        await t
    except ValueError as e:
        print("awaiting failed task:", e)
    return "main done"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
c.close()
try:
    asyncio.run(1)
except ValueError as e:
    print(e)


async def nested_run():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()


asyncio.run(nested_run())


async def fails():
    await asyncio.sleep(0)
    raise KeyError("from main")


try:
    asyncio.run(fails())
except KeyError as e:
    print("run raised", e)
