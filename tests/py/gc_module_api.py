# The gc module's API: thresholds, enable/disable, callbacks with CPython's info dict, freeze,
# is_finalized, DEBUG_SAVEALL and gc.garbage, get_stats' shape, argument errors.
import gc
print(gc.get_threshold(), gc.isenabled())
gc.set_threshold(500, 5, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.collect()
class Node:
    def __init__(self, name): self.name = name; self.other = None
    def __del__(self): print("del", self.name)
events = []
def cb(phase, info):
    events.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(cb)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected", gc.collect())
gc.callbacks.remove(cb)
print(events)
c = Node("c"); c.other = c
print(gc.is_finalized(c), gc.is_tracked(c), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked(()))
del c
print("collected", gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l)
del l
print("with SAVEALL:", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0); gc.garbage.clear()
print(gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
for bad in (lambda: gc.collect(3), lambda: gc.set_threshold(), lambda: gc.is_tracked()):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1]; y = {"k": x}
print(x in gc.get_referents(y), y in gc.get_referrers(x))
