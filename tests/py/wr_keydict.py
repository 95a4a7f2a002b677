# weakref.WeakKeyDictionary
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


class EqK(K):
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


d = weakref.WeakKeyDictionary()
print(repr(d).startswith("<WeakKeyDictionary at 0x"), len(d))
a, b, c = K(1), K(2), K(3)
d[a] = "a"
d[b] = "b"
d[c] = "c"
print(len(d), d[a], a in d, K(9) in d, 5 in d, d.get(b), d.get(K(7), "dflt"))
print(sorted(d.keys(), key=lambda k: k.n), sorted(d.values()))
print(sorted(d.items(), key=lambda kv: kv[0].n))
del b
print("after del b:", len(d), sorted(d.values()))
try:
    d[K(5)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
d[a] = "a2"
print("overwrite keeps one entry:", len(d), d[a])

# equality-based keys: an equal object finds the entry
e1 = EqK(10)
d[e1] = "ten"
e2 = EqK(10)
print("equal key lookup:", d[e2], e2 in d)
del e2
print("still there:", d[e1])
del e1
print("gone with its key:", len(d))

# setdefault, pop, popitem, update, copy, keyrefs
print(d.setdefault(a, "x"), d.setdefault(c, "y"))
x = K(4)
print(d.setdefault(x, "four"), len(d))
print(d.pop(x), d.pop(x, "missing"))
try:
    d.pop(x)
except KeyError:
    print("pop KeyError")
y = K(6)
d.update({y: "six"})
d.update([(x, "four again")])
print(sorted(d.values()))
cp = d.copy()
print(type(cp).__name__, sorted(cp.values()) == sorted(d.values()))
kr = d.keyrefs()
print("keyrefs:", len(kr), all(isinstance(r, weakref.ref) for r in kr))
del kr
k, v = d.popitem()
print("popitem:", isinstance(k, K), isinstance(v, str), len(d))
print("eq:", weakref.WeakKeyDictionary({a: 1}) == {a: 1}, d == {})
g = d | {a: "or"}
print(type(g).__name__, g[a])
d |= {c: "ior"}
print(d[c])
del x, y, cp, g
print(len(d))
d.clear()
print("cleared:", len(d))

# keys that cannot be weakly referenced
try:
    d[1] = 2
except TypeError as exc:
    print(exc)

# iteration over a snapshot survives deaths during the loop
keys = [K(i) for i in range(4)]
w = weakref.WeakKeyDictionary()
for i in range(4):
    w[keys[i]] = i
seen = []
for key in w.keys():
    seen.append(key.n)
    if key.n == 0:
        del keys[2]
print("seen:", seen, len(w))
del key
keys.clear()
print("all gone:", len(w), list(w.items()))
