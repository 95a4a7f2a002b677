# An unfinished generator is closed when its count reaches zero: its finally blocks run then.
import sys
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def worker(name):
    res = Noisy(name)
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

g = worker("a")
next(g)
print("before del")
del g
print("after del")

# Rebinding the only reference closes it too.
g = worker("b")
next(g)
g = None
print("after rebinding")

# An unstarted generator runs nothing when dropped, but frees its locals.
def holder(obj):
    try:
        yield obj
    finally:
        print("never printed")
g = holder(Noisy("arg of unstarted"))
del g
print("unstarted dropped")

# A finished generator has released its frame already.
g = worker("c")
print(list(g))
print("list done")
del g

# Dropped in the middle of a for loop (break)
for x in worker("d"):
    print("loop", x)
    break
print("after loop")

# Genexp temporaries are dropped right after use.
print(next(v for v in worker("e")))
print("after next on temporary")

# Refcounts: the generator holds its function's locals.
obj = Noisy("held")
def keep(o):
    yield o
g = keep(obj)
before = sys.getrefcount(obj)
del g
print("refcount drop", before - sys.getrefcount(obj))

# Generators in a reference cycle are collected by the gc, finally blocks included.
gc.disable()
def cyc():
    me = yield
    try:
        yield
    finally:
        print("finally in cycle")
c = cyc()
next(c)
c.send(c)
del c
print("cycle dropped, collecting")
gc.collect()
print("collected")
gc.enable()

# Exceptions from a finally during finalization are not propagated (printed to stderr).
def bad():
    try:
        yield
    finally:
        raise ValueError("ignored")
b = bad()
next(b)
del b
print("still running")

# A generator that yields in finally during close: RuntimeError, reported not raised.
def stubborn():
    try:
        yield
    finally:
        yield "again"
s = stubborn()
next(s)
del s
print("after stubborn")

# with-blocks in abandoned generators exit.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False
def using():
    with CM():
        yield 1
u = using()
next(u)
del u
print("end of script")
g_at_exit = worker("at exit")
next(g_at_exit)
