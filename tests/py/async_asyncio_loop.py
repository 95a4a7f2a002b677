# Event loops by hand: get_event_loop, new_event_loop, run_until_complete, call_soon/later.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), type(loop).__name__, loop.is_running())
print(loop.run_until_complete(add(1, 2)))
t = loop.create_task(add(3, 4))
print(repr(t).replace(__file__, "FILE"))
loop.run_until_complete(t)
print(repr(t).replace(__file__, "FILE"), t.result())
print(repr(asyncio.Future(loop=loop)))

calls = []
loop.call_soon(calls.append, "soon1")
loop.call_later(0.002, calls.append, "later")
h = loop.call_soon(calls.append, "cancelled")
h.cancel()
loop.call_soon(calls.append, "soon2")
loop.run_until_complete(asyncio.sleep(0.01))
print(calls)

new = asyncio.new_event_loop()
print(new is not loop, new.is_closed())
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
print(new.run_until_complete(add(10, 20)))
new.close()
print(new.is_closed())
try:
    new.run_until_complete(add(1, 1))
except RuntimeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)


async def inner_loop():
    running = asyncio.get_running_loop()
    print(running.is_running(), asyncio.get_event_loop() is running)
    try:
        running.run_until_complete(add(1, 1))
    except RuntimeError as e:
        print(e)


coro = add(0, 0)
asyncio.run(inner_loop())
coro.close()
loop.close()
