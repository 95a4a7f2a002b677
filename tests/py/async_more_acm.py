# contextlib.asynccontextmanager: enter/exit, exceptions thrown in, the error messages,
# AsyncContextDecorator, aclosing, nullcontext with async with, AbstractAsyncContextManager.
import asyncio
import contextlib
from contextlib import asynccontextmanager, aclosing, nullcontext


@asynccontextmanager
async def resource(name, log):
    log.append(f'open {name}')
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e!r}')
    finally:
        log.append(f'close {name}')


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def swallow_and_yield():
    try:
        yield
    except Exception:
        yield


@asynccontextmanager
async def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


@asynccontextmanager
async def passthrough():
    yield 'p'


@asynccontextmanager
async def suppress_all():
    try:
        yield
    except BaseException as e:
        print('  suppressing', type(e).__name__)


async def main():
    log = []
    async with resource('a', log) as r:
        log.append(f'body {r}')
    print(log)

    log = []
    async with resource('b', log):
        raise KeyError('k')
    print(log)

    log = []
    try:
        async with resource('c', log):
            raise ValueError('v')
    except ValueError as e:
        print('propagated', repr(e))
    print(log)

    for cm in (no_yield, two_yields):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)

    try:
        async with swallow_and_yield():
            raise ValueError
    except RuntimeError as e:
        print('RuntimeError:', e)

    try:
        async with reraise_other():
            raise ValueError('orig')
    except TypeError as e:
        print('TypeError:', e, 'cause:', repr(e.__cause__))

    # StopAsyncIteration / StopIteration raised in the body are not swallowed
    for exc in (StopAsyncIteration('sai'), StopIteration('si')):
        try:
            async with passthrough():
                raise exc
        except (StopAsyncIteration, StopIteration) as e:
            print('propagated', repr(e), e is exc)
        except RuntimeError as e:
            print('RuntimeError:', e)

    async with suppress_all():
        raise StopAsyncIteration
    print('after suppress')

    # the same exception object comes back with its traceback
    try:
        async with passthrough() as p:
            print('got', p)
            raise RuntimeError('rt')
    except RuntimeError as e:
        print('RuntimeError:', e, e.__traceback__ is not None)

    # a decorator: one fresh generator per call
    @resource('deco', log := [])
    async def work(x):
        log.append(f'work {x}')
        return x * 2
    print(await work(1), await work(2))
    print(log)
    print(work.__name__)

    # aclosing
    async def ticker():
        try:
            for i in range(10):
                yield i
        finally:
            print('  ticker closed')
    async with aclosing(ticker()) as t:
        async for i in t:
            if i == 2:
                break
    print('after aclosing')

    async with nullcontext(5) as v:
        print('nullcontext', v)
    async with nullcontext() as v:
        print('nullcontext', v)

    class ACM(contextlib.AbstractAsyncContextManager):
        async def __aexit__(self, *exc):
            print('  ACM exit', exc[0])
    async with ACM() as a:
        print('ACM enter gives self', isinstance(a, ACM))

    class Duck:
        async def __aenter__(self): pass
        async def __aexit__(self, *a): pass
    print(issubclass(Duck, contextlib.AbstractAsyncContextManager),
          issubclass(int, contextlib.AbstractAsyncContextManager),
          isinstance(nullcontext(), contextlib.AbstractAsyncContextManager))
    try:
        contextlib.AbstractAsyncContextManager()
    except TypeError as e:
        print('TypeError:', str(e).split(' with')[0])

    class Deco(contextlib.AsyncContextDecorator):
        async def __aenter__(self):
            print('  enter')
            return self
        async def __aexit__(self, *exc):
            print('  exit', exc[0].__name__ if exc[0] else None)
            return True
    @Deco()
    async def f():
        raise ValueError
    print(await f())

asyncio.run(main())
