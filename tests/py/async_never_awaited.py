# RuntimeWarning "coroutine '...' was never awaited" for a coroutine dropped before it ran.
import sys
import io
import warnings
import gc


async def job():
    print("job ran")


class K:
    async def meth(self):
        pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()                       # dropped at once
    c = K().meth()
    del c
    started = job()
    try:
        started.send(None)      # ran: no warning
    except StopIteration:
        pass
    del started
    closed = job()
    closed.close()              # closed before it ran: no warning either
    del closed
for w in caught:
    print(w.category.__name__, "|", w.message, "|", w.lineno, w.filename == __file__)
    print("source is a coroutine:", type(w.source).__name__)

# The default warning display, captured from sys.stderr (the path shown is relative).
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        job()
finally:
    sys.stderr = saved
for line in buf.getvalue().splitlines():
    print(line.replace(__file__, "FILE"))

# A coroutine in a reference cycle is reported when the collector frees it.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    holder = [job()]
    holder.append(holder)
    del holder
    gc.collect()
print([str(w.message) for w in caught])

# Errors: a warning turned into an exception cannot propagate from a destructor; it is
# reported as unraisable (on stderr) and the program goes on.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    job()
print("end")
