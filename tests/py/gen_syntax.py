# yield in every syntactic position, generator lambdas, and control flow around yields.
gl = lambda: (yield 1)
g = gl()
print(type(g).__name__, g.__name__, next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)
print(list((lambda: (yield from range(3)))()))

def positions():
    a = yield
    b, c = yield
    d = [(yield), (yield)]
    e = f"{(yield)}"
    yield (yield)
    if (yield):
        print("truthy")
    while (yield) != "stop":
        print("looping")
    return a, b, c, d, e
g = positions()
next(g)
print(g.send(1))
print(g.send((2, 3)))
print(g.send(4), g.send(5))
print(g.send("F"))
print(g.send("inner"), g.send("outer"))
print(g.send(True))
print(g.send("go"))
print(g.send("go"))
try:
    g.send("stop")
except StopIteration as e:
    print(e.value)

# yield inside try/except/else/finally
def flow():
    try:
        yield "try"
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"
print(list(flow()))
g = flow()
print(next(g), g.throw(ValueError), next(g), next(g))

# return inside try/finally in a generator
def ret_finally():
    try:
        yield 1
        return "r"
    finally:
        print("cleanup")
g = ret_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# break / continue around yields
def loops():
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        try:
            yield i
        finally:
            pass
    else:
        yield "no"
    yield "end"
print(list(loops()))

# with around yield
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *a):
        print("exit", self.name, a[0])
        return True   # suppresses
def with_gen():
    with CM("one") as n, CM("two") as m:
        yield n + m
        raise KeyError
    yield "suppressed and continued"
print(list(with_gen()))

# arguments of every kind
def args(a, b=2, *rest, c, d=4, **kw):
    yield a, b, rest, c, d, kw
print(next(args(1, c=3)))
print(next(args(1, 9, 8, 7, c=3, e=5)))
try:
    args()
except TypeError as e:
    print("TypeError:", e)

# closures: a cell variable that is also a parameter
def counter(start):
    def bump():
        nonlocal start
        start += 1
        return start
    while start < 3:
        yield bump()
print(list(counter(0)))

def make_gens():
    x = 1
    def g():
        yield x
    x = 2
    return g()
print(list(make_gens()))

# generator inside a class body and as methods
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))

class Base:
    def items(self):
        yield "base"
class Derived(Base):
    def items(self):
        yield "derived"
        yield from super().items()
print(list(Derived().items()))

# Syntax errors
for src in ["yield 1", "class C:\n yield 1", "[(yield) for x in y]", "{(yield) for x in y}",
            "{(yield): 1 for x in y}", "((yield) for x in y)", "def f():\n x = yield = 1",
            "def f():\n return\n yield from", "lambda: (yield from)"]:
    try:
        compile(src, "<src>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# global/nonlocal in generators
total = 0
def adder():
    global total
    while True:
        total += yield
a = adder()
next(a)
for i in range(5):
    a.send(i)
print(total)
