# contextlib.AsyncExitStack: async and sync contexts and callbacks, LIFO unwinding,
# suppression, exception chaining, pop_all, aclose, the protocol error.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager


@asynccontextmanager
async def acm(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)


@contextmanager
def scm(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)


class Suppressor:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, e, tb):
        print('Suppressor sees', et.__name__ if et else None)
        return True


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(acm('a'))
        b = stack.enter_context(scm('b'))
        print('got', a, b)

        async def acb(*args, **kw):
            print('async callback', args, kw)
        stack.push_async_callback(acb, 1, k=2)
        stack.callback(print, 'sync callback')

        async def aexit(et, e, tb):
            print('push_async_exit sees', et)
        stack.push_async_exit(aexit)
        stack.push(lambda *exc: print('push sees', exc[0]))
    print('--')

    # suppression by an async exit
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(acm('outer'))
        stack.push_async_exit(Suppressor())
        await stack.enter_async_context(acm('inner'))
        raise ValueError('boom')
    print('suppressed')
    print('--')

    # exceptions raised by callbacks chain as nested with statements would
    async def raiser(exc):
        raise exc
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raiser, KeyError('first'))
            stack.push_async_callback(raiser, IndexError('second'))
            raise ValueError('body')
    except KeyError as e:
        print('caught', repr(e))
        print('context', repr(e.__context__))
        print('context of context', repr(e.__context__.__context__))
    print('--')

    # pop_all moves the callbacks out
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(acm('kept'))
        other = stack.pop_all()
    print('stack left')
    await other.aclose()
    print('--')

    # aclose with nothing left
    s = AsyncExitStack()
    await s.aclose()
    print('empty aclose ok')

    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print('TypeError:', e)

    class OnlySync:
        def __enter__(self): return self
        def __exit__(self, *a): pass
    try:
        await AsyncExitStack().enter_async_context(OnlySync())
    except TypeError as e:
        print('TypeError:', e)
    try:
        AsyncExitStack().enter_context(Suppressor())
    except TypeError as e:
        print('TypeError:', e)

    # the returned callbacks are the ones given
    async with AsyncExitStack() as stack:
        async def cb():
            print('cb ran')
        print(stack.push_async_callback(cb) is cb)
        sup = Suppressor()
        print(stack.push_async_exit(sup) is sup)

asyncio.run(main())
