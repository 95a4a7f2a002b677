# yield from: delegation of next/send/throw/close, return values, gi_yieldfrom.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

# yield from any iterable
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab", range(2), {"k": 1}, iter([9]))))

# yield from an exhausted/empty iterable
def empty_delegate():
    r = yield from []
    print("result of empty", r)
    yield "after"
print(list(empty_delegate()))

# gi_yieldfrom
def sub():
    yield 1
    yield 2
def top():
    yield from sub()
t = top()
print(t.gi_yieldfrom)
next(t)
print(type(t.gi_yieldfrom).__name__, t.gi_yieldfrom.__name__)
next(t)
try:
    next(t)
except StopIteration:
    print("done", t.gi_yieldfrom)

# throw is passed to the delegate
def catching_inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    return "inner end"
def delegating():
    r = yield from catching_inner()
    print("delegate result", r)
    yield "outer continues"
g = delegating()
next(g)
print(g.throw(ValueError("x")))
print(next(g))

# uncaught in the delegate: raised at the yield from in the delegator
def plain_inner():
    yield 1
def guarded():
    try:
        yield from plain_inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "ok"
g = guarded()
next(g)
print(g.throw(KeyError("k")))

# delegate returns while handling throw
def returning_inner():
    try:
        yield 1
    except ValueError:
        return "returned from throw"
def wrap():
    r = yield from returning_inner()
    print("wrap got", r)
    yield "wrapped"
g = wrap()
next(g)
print(g.throw(ValueError))

# close is passed down, innermost first
def deep(n):
    try:
        if n:
            yield from deep(n - 1)
        else:
            yield "bottom"
    finally:
        print("closing level", n)
g = deep(3)
print(next(g))
g.close()

# send to a delegate that is a plain iterator: AttributeError
def iter_delegate():
    yield from iter([1, 2])
g = iter_delegate()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# throw into a delegate without a throw method: raised in the delegator
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"
def d2():
    try:
        yield from NoThrow()
    except ValueError:
        print("raised in delegator")
        yield "recovered"
g = d2()
print(next(g))
print(g.throw(ValueError))

# delegate with throw and close methods (an iterator class)
class Full:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("full done")
        return self.n
    def send(self, v):
        print("Full.send", v)
        return self.__next__()
    def throw(self, *args):
        print("Full.throw", args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        raise StopIteration("thrown out")
    def close(self):
        print("Full.close")
def d3():
    r = yield from Full()
    print("d3 got", r)
    yield "end"
g = d3()
print(next(g), g.send("s"))
print(g.throw(KeyError))
g = d3()
next(g)
g.close()
print(list(d3()))

# yield from a generator that is already running elsewhere
def selfish():
    yield from me
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# yield from a non-iterable
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)

# value of yield from on StopIteration from __next__ with a value
class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
def get_value():
    v = yield from Stopper()
    yield v
print(list(get_value()))

# recursion through yield from
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
