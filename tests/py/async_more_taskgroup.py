# asyncio.TaskGroup (3.11): results, failures collected in an ExceptionGroup, siblings and
# the body cancelled, except*, errors of use.
import asyncio


async def work(name, steps, fail=None, log=None):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        if fail is not None:
            raise fail
        log.append(f'{name} done')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 2, log=log))
        t2 = tg.create_task(work('b', 1, log=log), name='bee')
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name())
    print(log)
    print(repr(tg))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('slow', 10, log=log))
            tg.create_task(work('bad', 1, fail=ValueError('bad'), log=log))
            tg.create_task(work('fast', 0, log=log))
            await asyncio.sleep(1)
            log.append('body not reached')
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.exceptions)
    print(log)

    # two failures, collected in order of completion
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('e1', 1, fail=KeyError('k'), log=log))
            tg.create_task(work('e2', 1, fail=TypeError('t'), log=log))
    except* KeyError as eg:
        print('KeyError part', eg.exceptions)
    except* TypeError as eg:
        print('TypeError part', eg.exceptions)

    # the body itself fails: the children are cancelled, the error is in the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 5, log=log))
            await asyncio.sleep(0)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print(str(eg), eg.exceptions)
    print(log)

    # errors of use
    tg = asyncio.TaskGroup()
    coro = work('x', 0, log=[])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with tg:
        pass
    coro = work('y', 0, log=[])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    # the group waits for a child that outlives the body
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work('late', 3, log=log))
        log.append('body end')
    print(log)

    # cancellation from outside: the group and its children are cancelled
    log = []
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('inner', 100, log=log))
            await asyncio.sleep(10)
    t = asyncio.create_task(runner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', t.cancelled())
    print(log)

asyncio.run(main())
