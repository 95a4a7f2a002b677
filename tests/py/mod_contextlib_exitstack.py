# ExitStack: LIFO unwinding, callbacks, pop_all, suppression, and exception context.
from contextlib import ExitStack, contextmanager, suppress, nullcontext, redirect_stderr, closing
import sys

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("using " + ",".join(names))
print(log)

# pop_all moves the callbacks out: nothing is closed when the with ends.
log = []
with ExitStack() as stack:
    stack.enter_context(res("kept", log))
    later = stack.pop_all()
print(log)
later.close()
print(log)

# A push()ed exit function can suppress the exception.
def swallow(et, ev, tb):
    print("saw", et.__name__ if et else None)
    return True
with ExitStack() as stack:
    stack.push(swallow)
    raise RuntimeError("gone")
print("after suppressed")

# Exceptions raised by callbacks chain like nested with statements.
def fail(msg):
    raise ValueError(msg)
try:
    with ExitStack() as stack:
        stack.callback(fail, "first registered")
        stack.callback(fail, "second registered")
        raise KeyError("body")
except ValueError as e:
    print(repr(e), "<-", repr(e.__context__), "<-", repr(e.__context__.__context__))

# push() accepts a context manager object too (its __exit__ only).
class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0])
        return False
with ExitStack() as stack:
    stack.push(CM())
    print("body")

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed through the stack")

class Writer:
    def __init__(self): self.text = ""
    def write(self, s): self.text += s
    def flush(self): pass
w = Writer()
with redirect_stderr(w):
    print("to stderr", file=sys.stderr)
print(repr(w.text))

with nullcontext() as n, nullcontext([1]) as m:
    print(n, m)

class Thing:
    closed = False
    def close(self): self.closed = True
t = Thing()
try:
    with closing(t):
        raise ValueError
except ValueError:
    print("closed on error:", t.closed)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)
print(callable(ExitStack().callback(print)))
