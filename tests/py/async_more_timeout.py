# asyncio.timeout() / timeout_at() (3.11) and wait_for: TimeoutError, expired(), reschedule,
# nesting, and the errors of misuse.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(5)
        print('not reached')
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired())
    print(repr(cm))

    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print('in time', cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0)

    # a deadline already passed fires at the next step
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at in the past')

    # reschedule: from never to soon
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(5)
    except TimeoutError:
        print('rescheduled timeout fired')

    # nested: the inner one expires first and is the one raising
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print('inner expired', inner.expired(), 'outer', outer.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print('not reached')
    print('outer ok', outer.expired())

    # the body catching the cancellation itself: nothing is raised at exit
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('body saw CancelledError')
    print('expired', cm.expired())

    cm = asyncio.timeout(1)
    for f in (lambda: cm.reschedule(1),):
        try:
            f()
        except RuntimeError as e:
            print('RuntimeError:', e)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    # wait_for
    async def slow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('slow cancelled')
            raise
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError as e:
        print('wait_for TimeoutError', isinstance(e, asyncio.TimeoutError))
    print(await asyncio.wait_for(asyncio.sleep(0, 'fast'), 1))
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
