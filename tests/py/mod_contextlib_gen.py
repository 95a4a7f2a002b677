# @contextmanager in depth: exceptions thrown into the generator, suppression, re-raising,
# RuntimeError cases, and reuse as a decorator.
from contextlib import contextmanager

log = []

@contextmanager
def managed(name, suppress=()):
    log.append("enter " + name)
    try:
        yield name
    except suppress as e:
        log.append(f"suppressed {type(e).__name__}")
    finally:
        log.append("exit " + name)

with managed("a") as v:
    log.append("body " + v)
print(log); log.clear()

with managed("b", suppress=(KeyError,)):
    raise KeyError("k")
print(log); log.clear()

try:
    with managed("c", suppress=(KeyError,)):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
print(log); log.clear()

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))

@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise

try:
    with reraise():
        raise IndexError("same")
except IndexError as e:
    print("same object re-raised:", e)

@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield

try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print(e)

@contextmanager
def stop_inside():
    yield

try:
    with stop_inside():
        raise StopIteration("inner stop")
except StopIteration as e:
    print("StopIteration passes through:", e)

# The manager is recreated for each decorated call.
counter = []
@contextmanager
def counted():
    counter.append(len(counter))
    yield

@counted()
def work(x):
    return x * 10

print(work(1), work(2), counter)

cm = managed("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
print(log); log.clear()

# Generator-based managers nest and see each other's values.
with managed("outer") as o, managed("inner") as i:
    log.append(o + "/" + i)
print(log)

# __enter__ value may be anything, including None.
@contextmanager
def nothing():
    yield
with nothing() as n:
    print("value:", n)
print(type(managed("x")).__name__, managed.__name__, managed.__wrapped__.__name__)
