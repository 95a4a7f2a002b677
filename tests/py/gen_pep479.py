# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration("inner")

g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

# next() on an exhausted iterator inside a generator
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

# The right way: return instead.
def safe(it):
    for x in it:
        yield x
    return
print(list(safe(iter([1, 2]))))

# Catching StopIteration inside the generator is fine.
def catches():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"
print(list(catches()))

# Subclasses of StopIteration are converted too.
class MyStop(StopIteration):
    pass
def sub():
    yield
    raise MyStop
g = sub()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError from subclass:", type(e.__cause__).__name__)

# In a generator expression too
def stopper(x):
    raise StopIteration
try:
    list(stopper(x) for x in range(3))
except RuntimeError as e:
    print("genexp:", e)

# After the RuntimeError the generator is finished.
g = leaks()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(list(g), g.gi_frame)

# Uncaught: the chained traceback is printed and the program ends with RuntimeError.
def last():
    yield 1
    raise StopIteration
for v in last():
    print("value", v)
