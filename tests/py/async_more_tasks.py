# Task names, reprs, current_task/all_tasks, cancelling(), and "Task exception was never
# retrieved" reported when the task dies.
import asyncio
import sys



class Out:
    """The loop's error reports go to stderr: show them in order with the prints, and
    without the directory of this file."""
    def __init__(self, f):
        self.f = f

    def write(self, s):
        return self.f.write(s.replace(__file__, 'FILE'))

    def flush(self):
        self.f.flush()


sys.stdout = sys.stderr = Out(sys.stdout)


async def boom():
    raise ValueError('x')


async def value(v):
    await asyncio.sleep(0)
    return v


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    t = asyncio.create_task(value(1))
    print(t)
    print(t.get_name(), len(asyncio.all_tasks()))
    t.set_name('renamed')
    t.set_name(42)
    print(repr(t.get_name()))
    await t
    print(t)
    print(t in asyncio.all_tasks(), len(asyncio.all_tasks()))

    t = asyncio.create_task(value('s' * 50), name='long')
    await t
    print(t)
    t = asyncio.create_task(value(10 ** 50), name='big')
    await t
    print(t)

    t = asyncio.create_task(boom())
    print(t)
    await asyncio.sleep(0)
    print(t)
    print('before del')
    del t
    print('after del')

    t = asyncio.create_task(boom(), name='retrieved')
    await asyncio.sleep(0)
    print(repr(t.exception()))
    del t
    print('retrieved: nothing reported')

    t = asyncio.create_task(value(0), name='to-cancel')
    await asyncio.sleep(0)
    t.cancel()
    print(t.cancelling(), t)
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t)

    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_exception(KeyError('future'))
    print(f)
    del f
    print('future gone')

    async def inner():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(inner(), name='inner-task'))
    print(asyncio.current_task() is me)

    t = asyncio.create_task(boom(), name='left-at-end')
    print('main ends')

asyncio.run(main())
print('after run')
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
