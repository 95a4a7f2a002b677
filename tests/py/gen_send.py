# send(), the value of yield expressions, and return values.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

# send on a just-started generator
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))  # allowed: acts as next()

# send after exhaustion
def one():
    yield 1
g = one()
print(next(g))
for attempt in range(2):
    try:
        g.send(42)
    except StopIteration as e:
        print("exhausted send", e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted next", e.args)

# Return values of various kinds travel in StopIteration.value.
def ret(v):
    yield "x"
    return v
for v in [None, 0, "s", (1, 2), [3], StopIteration("inner"), ValueError("v")]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), e.args == (v,) if v is not None else e.args)

# yield in expressions
def exprs():
    x = (yield 1) + (yield 2)
    print("sum", x)
    lst = [(yield "a"), (yield "b")]
    print("list", lst)
    d = {"k": (yield "c")}
    print("dict", d)
    print("call", abs((yield "d")))
    yield
g = exprs()
print(next(g), g.send(10), g.send(20))
print(g.send("A"), g.send("B"))
print(g.send("C"))
print(g.send(-7))

# yield as a statement, bare yield
def bare():
    yield
    x = yield
    print("got", x)
g = bare()
print(next(g), next(g))
try:
    g.send("hello")
except StopIteration:
    print("done")

# A coroutine-style pipeline.
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

p = printer(">>")
next(p)
gr = grep("py", p)
next(gr)
for line in ["python", "ruby", "pypy", "c"]:
    gr.send(line)

# send with method object
g = accumulator()
next(g)
send = g.send
print(send(3), send(4))

# next() on generator via __next__
g = accumulator()
print(g.__next__(), g.send(2))
