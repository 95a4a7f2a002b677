# Exception groups in ouro's memory model: sizes, reference counts after except*, the cycle
# collector, weak references.
import sys, gc, weakref

eg = ExceptionGroup("m", [ValueError(1)])
beg = BaseExceptionGroup("m", [KeyboardInterrupt()])
print(sys.getsizeof(eg), sys.getsizeof(beg), sys.getsizeof(ValueError()))
print(ExceptionGroup.__basicsize__, BaseExceptionGroup.__basicsize__)
print(gc.is_tracked(eg), ExceptionGroup.__weakrefoffset__ > 0, BaseExceptionGroup.__weakrefoffset__)

leaf = ValueError("leaf")
other = TypeError("other")
before = sys.getrefcount(leaf), sys.getrefcount(other)
for i in range(100):
    try:
        raise ExceptionGroup("loop", [leaf, other])
    except* ValueError:
        pass
    except* TypeError:
        pass
leaf.__traceback__ = other.__traceback__ = None
print("refcounts unchanged:", (sys.getrefcount(leaf), sys.getrefcount(other)) == before)

for i in range(50):
    try:
        try:
            raise ExceptionGroup("loop", [leaf, other])
        except* ValueError:
            raise RuntimeError(i)
    except ExceptionGroup as e:
        pass
leaf.__traceback__ = other.__traceback__ = None
leaf.__context__ = other.__context__ = None
gc.collect()
print("after raising handlers:", (sys.getrefcount(leaf), sys.getrefcount(other)) == before)

m = ExceptionGroup("a", [leaf, other]).split(ValueError)
print(sys.getrefcount(leaf) - before[0])
del m
print(sys.getrefcount(leaf) - before[0])

class Tracked(Exception):
    def __del__(self):
        print("del", self.args[0])

def make_cycle():
    try:
        raise ExceptionGroup("cyc", [Tracked("in cycle")])
    except ExceptionGroup as e:
        e.self_ref = e
        r = weakref.ref(e)
    return r

r = make_cycle()
print("alive before collect:", r() is not None)
gc.collect()
print("alive after collect:", r() is not None)

t = Tracked("immediate")
g = ExceptionGroup("g", [t])
del t
print("deleting group")
del g
print("deleted")

def split_parts():
    g = ExceptionGroup("g", [Tracked("x"), TypeError()])
    a, b = g.split(Tracked)
    del g
    print("group gone, parts kept")
    del a
    print("match gone")
split_parts()
print("end")
