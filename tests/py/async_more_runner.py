# asyncio.Runner (3.11): several run() calls on one loop, get_loop, close, misuse; and
# asyncio.run's argument checks.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def loop_id():
    return id(asyncio.get_running_loop())


async def leave_task_behind():
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('leftover task cancelled at close')
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return 'left'


async def gen_user():
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print('async generator finalised')
    g = agen()
    print('first item', await anext(g))
    global keep
    keep = g
    return 'gen'


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(runner.run(loop_id()) == id(loop), loop.is_closed())
    print(runner.run(leave_task_behind()))
    print(runner.run(gen_user()))
    try:
        runner.run(add)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
    print('leaving with')
print('closed', loop.is_closed())
keep = None

coro = add(1, 1)
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
runner.close()          # closing twice is harmless

r = asyncio.Runner()
print(r.get_loop().is_closed())
print(r.run(add(5, 5)))
r.close()
print(r.get_loop.__name__)

async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    r = asyncio.Runner()
    coro = add(1, 1)
    try:
        r.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    r.close()

asyncio.run(nested())
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)

async def fails():
    raise KeyError('from main')
try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError', e)
print(asyncio.run(add(2, 2), debug=False))
