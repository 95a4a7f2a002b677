# What the collector sees of an instance: its attribute values, then its dict, then its class.
import gc
class P: pass
p = P()
p.a = [1]; p.b = "s"; p.c = (1, 2); p.d = None
refs = gc.get_referents(p)
print([type(r).__name__ for r in refs], refs[-1] is P)
del p.b
print([type(r).__name__ for r in gc.get_referents(p)])
q = P(); q.z = []; q.y = {}
print([type(r).__name__ for r in gc.get_referents(q)])
d = q.__dict__
print([type(r).__name__ for r in gc.get_referents(q)], gc.get_referents(q)[0] is d)
print(sorted(type(r).__name__ for r in gc.get_referents(d)))
print(p in gc.get_referrers(p.a))
print(len([o for o in gc.get_referrers(p.a) if o is p]))
print(gc.is_tracked(p), gc.is_tracked(P()))
