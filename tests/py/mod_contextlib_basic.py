import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator, AbstractContextManager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after")

@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)

@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3), f(4), f.__name__)

with suppress(ZeroDivisionError, KeyError):
    1/0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)

class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
b = Buf()
with redirect_stdout(b):
    print("hidden", 1)
print(b.parts)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback", 1)
    print("body")

class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self
    def __exit__(self, *exc):
        print('Finishing')
        return False
@mycontext()
def function():
    print('The bit in the middle')
function()
print(issubclass(Res, AbstractContextManager), issubclass(mycontext, AbstractContextManager))
try:
    with ExitStack() as s:
        s.enter_context(3)
except TypeError as e:
    print(e)
def cleanup(*a): print("cleanup", a[0]); return True
with ExitStack() as s:
    s.push(cleanup)
    raise ValueError
print("done")
try:
    with ExitStack() as s:
        s.callback(lambda: 1/0)
        raise KeyError("x")
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))
@contextmanager
def cm():
    yield
try:
    with cm():
        raise StopIteration("si")
except StopIteration as e:
    print("SI", e)
