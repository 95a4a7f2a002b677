# A coroutine never awaited and still alive at exit: the warning comes late in shut-down,
# when the warnings module is gone ("sys:1", no tracemalloc hint).  The exit status makes the
# test runner compare the last line of stderr.
import sys

async def f():
    pass

c = f()
print("end")
sys.exit(3)
