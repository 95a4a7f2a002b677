# `async for` over a list display keeps the list (CPython folds only plain `for`).
async def main():
    for bad in ([1, 2], (1, 2), {1: 2}):
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
