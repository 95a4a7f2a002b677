# asyncio.Queue, Event and Lock between tasks.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())

    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, "size", q.qsize())
        await q.put(None)

    async def consumer():
        out = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            out.append(item)
            print("got", item)
        return out

    p = asyncio.create_task(producer())
    print("consumed", await consumer())
    await p
    print(q.empty(), q.qsize(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    # join waits for task_done
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)

    async def drain():
        while not q2.empty():
            await q2.get()
            await asyncio.sleep(0)
            q2.task_done()

    asyncio.create_task(drain())
    await q2.join()
    print("joined", q2.qsize())

    # Event
    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in ts])
    ev.set()
    print(await asyncio.gather(*ts), ev.is_set())
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    # Lock
    lock = asyncio.Lock()
    order = []

    async def critical(tag):
        async with lock:
            order.append(tag + "+")
            await asyncio.sleep(0)
            order.append(tag + "-")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
