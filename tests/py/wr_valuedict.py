# weakref.WeakValueDictionary
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


d = weakref.WeakValueDictionary()
print(repr(d).startswith("<WeakValueDictionary at 0x"), len(d))
a, b, c = V(1), V(2), V(3)
d["a"] = a
d["b"] = b
d[3] = c
print(len(d), d["a"], d[3], "a" in d, "z" in d, d.get("b"), d.get("zz", "dflt"))
print(sorted(d.keys(), key=str), sorted(d.values(), key=lambda v: v.n))
print(sorted(d.items(), key=lambda kv: str(kv[0])))
print(sorted(list(d), key=str))
del b
print("after del b:", len(d), "b" in d, d.get("b"))
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)

# replacing a value: the old value's death must not remove the new entry
old = V(10)
d["k"] = old
d["k"] = V(11) if False else a
del old
print("k survives:", d["k"])

# setdefault, pop, popitem, update, copy
print(d.setdefault("a", V(99)), d.setdefault("new", c))
print(d.pop("new"), d.pop("missing", "default"))
try:
    d.pop("missing")
except KeyError as e:
    print("pop KeyError", e)
x = V(5)
d.update({"x": x}, y=a)
d.update([("z", c)])
print(sorted(d.keys(), key=str))
cp = d.copy()
print(type(cp).__name__, sorted(cp.keys(), key=str) == sorted(d.keys(), key=str))
k, v = d.popitem()
print("popitem gives a pair:", k in ("a", 3, "k", "x", "y", "z"), isinstance(v, V))
print("valuerefs:", len(d.valuerefs()), all(isinstance(r, weakref.KeyedRef) for r in d.valuerefs()))
print("keyed ref key:", sorted([r.key for r in d.itervaluerefs()], key=str) == sorted(d.keys(), key=str))
del x
print("x gone:", "x" in d)

# construction forms
e = weakref.WeakValueDictionary({"p": a}, q=c)
print(sorted(e.keys()), e == {"p": a, "q": c}, e != {"p": a})
f = weakref.WeakValueDictionary([("r", a)])
print(list(f.items()))
g = e | f
print(type(g).__name__, sorted(g.keys()))
e |= {"s": c}
print(sorted(e.keys()))
h = {"t": a} | f
print(type(h).__name__, sorted(h.keys()))

# iteration over a snapshot survives deaths during the loop
vals = [V(i) for i in range(5)]
w = weakref.WeakValueDictionary()
for i in range(5):
    w[i] = vals[i]
seen = []
for key in w:
    seen.append(key)
    if key == 1:
        del vals[3]
print("seen:", seen, "len:", len(w))
vals.clear()
print("all gone:", len(w), list(w.items()))
w.clear()

# non-weakrefable values
try:
    w["n"] = 5
except TypeError as exc:
    print(exc)
print(weakref.KeyedRef.__mro__[1] is weakref.ref, weakref.KeyedRef(a, None, "key").key)
