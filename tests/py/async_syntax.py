# SyntaxErrors of async constructs, and which async code compiles.
srcs = [
    "await x",
    "def f():\n    await x",
    "class C:\n    await x",
    "lambda: await x",
    "async def f():\n    lambda: await x",
    "def f():\n    async for x in y: pass",
    "async for x in y: pass",
    "def f():\n    async with x: pass",
    "async with x: pass",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield 1",
    "async def f():\n    yield 1\n    return",
    "async def f():\n    return [[y async for y in x] for x in z]",
    "def f():\n    return [[y async for y in x] for x in z]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    return {await x: 1 for x in y}",
    "async def f():\n    x = [i for i in (await y)]",
    "def f():\n    x = [i for i in (await y)]",
    "def f():\n    x = [await i for i in y if await i]",
    "def f():\n    yield from (await x)",
    "async def f():\n    await = 1",
    "async def f():\n    async def g(): pass\n    await g()",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset)
