# Tracebacks go through generator frames.
def frames(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def inner():
    yield 1
    1 / 0

def middle():
    yield from inner()

def outer():
    for x in middle():
        yield x

try:
    list(outer())
except ZeroDivisionError as e:
    print(frames(e))

# The generator frame in a traceback still shows its locals.
def with_locals():
    secret = "kept"
    yield
    raise KeyError(secret)
g = with_locals()
next(g)
try:
    next(g)
except KeyError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals)
    print(tb.tb_frame.f_back is not None)

# sys._getframe inside a generator: its f_back is the resumer.
import sys
def where():
    while True:
        f = sys._getframe()
        yield f.f_code.co_name, f.f_back.f_code.co_name
w = where()
def resumer_a():
    return next(w)
def resumer_b():
    return next(w)
print(resumer_a(), resumer_b())
print(w.gi_frame.f_back)

# Exception in a genexp
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(frames(e))

# Uncaught exception through generators ends the program.
def level2():
    yield 1
    raise ValueError("deep failure")
def level1():
    yield from level2()
for v in level1():
    print("got", v)
