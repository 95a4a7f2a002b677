# Instances keep attributes inline: a cycle of two instances is 2 objects for the collector,
# and only becomes more once __dict__ is asked for.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("pair:", gc.collect())

a = Node("a"); b = Node("b")
a.other = b; b.other = a
a.__dict__  # materialized: a now owns a dict object too
del a, b
print("pair, one __dict__:", gc.collect())

a = Node("a"); b = Node("b")
a.other = b; b.other = a
vars(a); vars(b)
del a, b
print("pair, both __dict__:", gc.collect())

s = Node("self")
s.other = s
del s
print("self loop:", gc.collect())

ring = [Node(i) for i in range(10)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % 10]
del ring, n
print("ring of 10:", gc.collect())

class Holder:
    pass
h = Holder()
h.items = [h]
h.data = {"me": h}
del h
print("instance + list + dict:", gc.collect())

h = Holder()
h.t = (h,)
del h
print("instance + tuple:", gc.collect())

class WithDel:
    def __del__(self):
        print("  __del__", self.tag)
x = WithDel(); x.tag = "x"; y = WithDel(); y.tag = "y"
x.peer = y; y.peer = x
del x, y
print("finalizers:", gc.collect())
print("nothing left:", gc.collect())
