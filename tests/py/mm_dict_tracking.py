# Dicts are untracked by the collector until they hold something that may be tracked.
import gc
t = gc.is_tracked
print("literals:", t({}), t({1: 2}), t({"a": "b"}), t({1: []}), t({1: {}}), t({(1, 2): 3}))
print("dict():", t(dict()), t(dict(a=1)), t(dict(a=[])), t(dict([(1, 2)])), t(dict([(1, [])])))
d = {}
print("empty:", t(d))
d[1] = "x"; d["k"] = 2.5; d[None] = None
print("atoms:", t(d))
d[2] = []
print("list added:", t(d))
del d[2]
print("list removed:", t(d))
gc.collect()
print("after full collection:", t(d))
d[3] = object()
print("object added:", t(d))
print("comprehensions:", t({i: i for i in range(3)}), t({i: [i] for i in range(3)}))
print("fromkeys:", t(dict.fromkeys("abc")), t(dict.fromkeys("abc", [])))
s = {1: 2}
s.setdefault(3, 4); print("setdefault atom:", t(s))
s.setdefault(5, []); print("setdefault list:", t(s))
u = {1: 2}
u.update({3: 4}); print("update atoms:", t(u))
u.update({5: [6]}); print("update list:", t(u))
c1 = {1: 2, 3: 4}
c2 = {1: [], 3: 4}
print("copies:", t(c1.copy()), t(c2.copy()), t(dict(c1)), t(dict(c2)), t({**c1}), t({**c2}))
print("merge:", t(c1 | {5: 6}), t(c1 | {5: [6]}))
class Sub(dict): pass
print("subclass:", t(Sub()), t(Sub(a=1)))
print("nested empty dict value:", t({1: {}}))
print("tuple values:", t({1: (1, 2)}), t({1: ()}))
n = {"k": (1, 2)}
gc.collect()
print("tuple of atoms after collection:", t(n["k"]), t(n))
class A: pass
a = A(); a.x = 1; a.y = "s"
print("instance dict of atoms:", t(a.__dict__))
b = A(); b.x = []
print("instance dict with list:", t(b.__dict__))
e = A()
dd = e.__dict__
print("materialized empty:", t(dd))
e.z = [1]
print("then list attribute:", t(dd))
print("kwargs:", (lambda **kw: t(kw))(a=1), (lambda **kw: t(kw))(a=[]))
