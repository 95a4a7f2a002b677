# The collector and weak references: references to unreachable objects are cleared before
# finalizers run; callbacks run only for references that are themselves reachable.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def cb(wr):
    print("  callback; referent gone:", wr() is None)


gc.collect()
gc.disable()

print("-- a cycle with an outside weakref (with callback)")
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, cb)
rb = weakref.ref(b)
del a, b
print("alive before collect:", ra() is not None, rb() is not None)
n = gc.collect()
print("collected:", n, "dead now:", ra() is None, rb() is None)

print("-- the weakref is part of the garbage: no callback")
c, d = Node("c"), Node("d")
c.other, d.other = d, c
c.ref = weakref.ref(d, cb)
del c, d
print("collected:", gc.collect())

print("-- a finalizer sees weak references to the garbage already cleared")
class Fin(Node):
    def __del__(self):
        print("  __del__ of", self.name, "; weakref to partner:", self.partner_ref())

e, f = Fin("e"), Fin("f")
e.other, f.other = f, e
e.partner_ref = weakref.ref(f)
f.partner_ref = weakref.ref(e)
outside = weakref.ref(e, cb)
del e, f
print("collected:", gc.collect())

print("-- a callback may resurrect nothing that is garbage, but can touch its own state")
log = []
g, h = Node("g"), Node("h")
g.other, h.other = h, g
def logger(wr):
    log.append("logged " + str(wr() is None))
rg = weakref.ref(g, logger)
del g, h
gc.collect()
print(log)

print("-- weakref whose callback is a bound method of a live object")
class Watcher:
    def __init__(self):
        self.seen = 0
    def notify(self, wr):
        self.seen += 1
watcher = Watcher()
i, j = Node("i"), Node("j")
i.other, j.other = j, i
ri = weakref.ref(i, watcher.notify)
rj = weakref.ref(j, watcher.notify)
del i, j
gc.collect()
print("seen:", watcher.seen)

print("-- a proxy to cyclic garbage is dead after collection")
k = Node("k")
k.other = k
pk = weakref.proxy(k)
del k
gc.collect()
try:
    pk.name
except ReferenceError as exc:
    print("ReferenceError:", exc)

print("-- a dead weakref in a cycle is collected too")
l = Node("l")
l.other = l
l.self_ref = weakref.ref(l, cb)
del l
print("collected:", gc.collect())
gc.enable()
print("done")
