# close(): GeneratorExit at the yield, finally blocks, ignoring GeneratorExit.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = with_finally()
print(next(g))
print(g.close())
print(g.gi_frame, g.gi_running)
print(g.close())  # closing twice is fine
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

# close on an unstarted generator runs nothing
g = with_finally()
g.close()
print(list(g))

# close on an exhausted generator
g = with_finally()
print(list(g))
g.close()

# GeneratorExit can be caught; returning afterwards is fine.
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored value"
g = catches()
next(g)
print(g.close())

# Yielding after GeneratorExit is an error.
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("refusing to stop")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)

# Raising a different exception from close propagates it.
def raises():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")
g = raises()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

# StopIteration raised while closing is turned into RuntimeError by PEP 479.
def stop_in_close():
    try:
        yield
    finally:
        raise StopIteration("x")
g = stop_in_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# Nested try/finally, all run innermost first.
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = nested()
next(g)
g.close()

# GeneratorExit is a BaseException: `except Exception` does not catch it.
def broad():
    try:
        yield
    except Exception:
        print("wrong")
    finally:
        print("broad finally")
g = broad()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# A with block inside a generator exits on close.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def with_cm():
    with CM():
        yield 1
        yield 2
g = with_cm()
next(g)
g.close()
print(list(with_cm()))

# frame.clear() on a suspended generator's frame closes the generator first.
def fin():
    try:
        yield 1
    finally:
        print("finally via frame.clear")
g = fin()
next(g)
g.gi_frame.clear()
print(g.gi_frame, list(g))
def clears_itself():
    me.gi_frame.clear()
    yield
me = clears_itself()
try:
    next(me)
except RuntimeError as e:
    print("RuntimeError:", e)
