# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout) and as_completed.
import asyncio


async def steps(n, result=None, fail=None):
    for _ in range(n):
        await asyncio.sleep(0)
    if fail is not None:
        raise fail
    return result


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = lambda name, *a, **k: asyncio.create_task(steps(*a, **k), name=name)

    done, pending = await asyncio.wait([mk('a', 1, 'A'), mk('b', 3, 'B')])
    print('ALL', names(done), names(pending), sorted(t.result() for t in done))

    ts = [mk('fast', 1), mk('slow', 5)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    await asyncio.wait(pending)

    ts = [mk('ok', 1), mk('bad', 2, fail=ValueError('v')), mk('late', 10)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(' ', t.get_name(), t.exception())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print('after cancel', [t.cancelled() for t in done], len(pending))

    # FIRST_EXCEPTION without any exception waits for all
    done, pending = await asyncio.wait([mk('x', 1), mk('y', 2)],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print('no exception', names(done), names(pending))

    # timeout: nothing raised, the rest is pending
    sleeper = asyncio.create_task(asyncio.sleep(5), name='sleeper')
    done, pending = await asyncio.wait([sleeper, mk('quick', 1)], timeout=0.01)
    print('timeout', names(done), names(pending))
    sleeper.cancel()

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], None):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([mk('z', 0)], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    coro = steps(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError', e)
    coro.close()
    try:
        await asyncio.wait(mk('w', 0))
    except TypeError as e:
        print('TypeError', e)

    # as_completed: results in the order the tasks finish
    ts = [mk('c3', 3, 'three'), mk('c1', 1, 'one'), mk('c2', 2, 'two')]
    for aw in asyncio.as_completed(ts):
        print('as_completed', await aw)

    ts = [mk('e1', 1, fail=KeyError('k')), mk('e2', 2, 'fine')]
    for aw in asyncio.as_completed(ts):
        try:
            print('as_completed', await aw)
        except KeyError as e:
            print('as_completed raised', repr(e))

    sleeper = asyncio.create_task(asyncio.sleep(5, 'never'))
    results = []
    try:
        for aw in asyncio.as_completed([sleeper, mk('q', 1, 'quick')], timeout=0.01):
            results.append(await aw)
    except TimeoutError:
        print('as_completed timeout after', results)
    sleeper.cancel()

    try:
        asyncio.as_completed(mk('n', 0))
    except TypeError as e:
        print('TypeError', e)
    it = asyncio.as_completed([])
    print(list(it))
    await asyncio.sleep(0)

asyncio.run(main())
