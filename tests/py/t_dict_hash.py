# dict keys: hashing rules, equal keys of different types collapse, custom __hash__/__eq__, unhashable keys, iteration order.
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d, list(d.keys())[0], type(list(d)[0]).__name__)
d2 = {0: "a", False: "b", 0.0: "c", -0.0: "d", 0j: "e"}
print(d2)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, o.v if isinstance(o, K) else o)
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
e = {K(1): "one"}
print(e[K(1)])
print(K(2) in e, len(e))
class H:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"H{self.v}"
h1, h2 = H(1), H(1)
f = {h1: "first", h2: "second"}
print(len(f), f[h1], f[h2], h1 in f, H(1) in f)
class C:
    def __eq__(self, o): return True
try:
    {C(): 1}
except TypeError as e:
    print("TypeError:", e)
print(C.__hash__ is None, hash(H(1)) == hash(H(1)) or "distinct")
for bad in [[], {}, set(), bytearray(b"x"), ([],)]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
keys = ["delta", "alpha", "charlie", "bravo", 3, 1, 2, (0,), None]
o = {}
for kk in keys:
    o[kk] = len(o)
print(o, list(o.values()))
ints = {}
for i in [100, 5, 77, -1, 10 ** 20, 0]:
    ints[i] = i
print(ints, {i * 7 % 11: i for i in range(11)})
print(hash("a") == hash("a"), hash(1) == hash(1.0), hash((1, "a")) == hash((1.0, "a")), {(1, "a"): 1}[(True, "a")])
