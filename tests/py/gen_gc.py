# Generators and the cycle collector; weak references to generators.
import gc
import weakref

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def holds(obj):
    yield obj
    yield obj

# A generator referencing itself through its frame.
gc.disable()
def selfref():
    me = yield
    t = Tracked("local of selfref")
    try:
        yield
    finally:
        print("selfref closed")
g = selfref()
next(g)
g.send(g)
r = weakref.ref(g)
del g
print("alive before collect:", r() is not None)
print("collected some:", gc.collect() > 0)
print("alive after collect:", r() is not None)

# An object referencing a suspended generator that references it.
class Owner:
    def __init__(self):
        self.gen = holds(self)
        next(self.gen)
o = Owner()
wo = weakref.ref(o)
del o
gc.collect()
print("owner collected:", wo() is None)

# Unstarted generator in a cycle.
class Box:
    pass
b = Box()
b.g = holds(b)
wb = weakref.ref(b)
del b
gc.collect()
print("box collected:", wb() is None)
gc.enable()

# gc.get_referents of a suspended generator includes its locals.
sentinel = Tracked("sentinel")
g = holds(sentinel)
next(g)
print(any(x is sentinel for x in gc.get_referents(g)))
print(gc.is_tracked(g))
del g

# weakref to a generator dies with it
def simple():
    yield 1
g = simple()
w = weakref.ref(g)
print(w() is g)
del g
print(w())

# Finished generators do not keep their locals.
t = Tracked("finished gen local")
g = holds(t)
del t
print(list(g))
print("after exhausting")
del g
print("end")
