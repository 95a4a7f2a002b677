# asyncio Semaphore, BoundedSemaphore, Condition, Barrier; LifoQueue, PriorityQueue,
# QueueEmpty / QueueFull.
import asyncio


def state(x):
    return repr(x).split('[')[1].rstrip(']>')


async def main():
    # Semaphore: at most 2 holders at a time, FIFO hand-over
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    log = []

    async def worker(i):
        async with sem:
            log.append(f'in {i}')
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            log.append(f'out {i}')

    await asyncio.gather(*(worker(i) for i in range(4)))
    print(log)
    print(state(sem))

    await sem.acquire()
    await sem.acquire()
    print(state(sem), sem.locked())
    waiter = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    print(await waiter, state(sem))
    sem.release()
    sem.release()
    sem.release()       # a plain Semaphore may go above its start value
    print(state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    # a waiter cancelled before it runs passes its turn on
    sem = asyncio.Semaphore(0)
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('t1 cancelled', t1.cancelled(), 't2 got it', t2.done() and t2.result())

    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        print('bounded', state(bs))
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

    # Condition
    cond = asyncio.Condition()
    items = []
    order = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            order.append((i, items.pop(0)))

    consumers = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    for x in 'abc':
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print(order)

    flag = []
    async def waiter_all(i):
        async with cond:
            await cond.wait()
            flag.append(i)
    ws = [asyncio.create_task(waiter_all(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print('notify_all woke', flag)
    for meth in (cond.notify, cond.wait):
        try:
            r = meth()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError:', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print('shared lock', c2.locked())

    # Barrier
    barrier = asyncio.Barrier(3)
    print(state(barrier))
    async def party(i):
        for _ in range(i):
            await asyncio.sleep(0)
        return await barrier.wait()
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(state(barrier))
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e, barrier.broken)
    print(state(barrier))

    # queues
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        await lq.put(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(3)])
    print([(await pq.get())[1] for _ in range(3)])
    print(str(pq), lq.empty(), pq.qsize())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('x')
    print(q.full(), str(q))
    try:
        q.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    putter = asyncio.create_task(q.put('y'))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), q.get_nowait() if await asyncio.sleep(0) is None else None)
    await putter
    print(issubclass(asyncio.LifoQueue, asyncio.Queue), issubclass(asyncio.QueueFull, Exception))

    # join / task_done with a PriorityQueue
    pq = asyncio.PriorityQueue()
    seen = []
    async def drain():
        while True:
            p, v = await pq.get()
            seen.append(v)
            pq.task_done()
    for p, v in [(5, 'e'), (1, 'a'), (3, 'c')]:
        pq.put_nowait((p, v))
    d = asyncio.create_task(drain())
    await pq.join()
    d.cancel()
    print(seen)
    try:
        pq.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
