# dict views: live updates, len, membership, set operations on keys/items, reversed, iteration mutation errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(k, v, it, "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, 99 in v)
print(k & {"b", "x"}, k | {"z"}, k - {"b"}, k ^ {"b", "q"}, sorted(k | ["y"]), it & {("c", 3), ("c", 4)}, it - {("b", 2)})
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}), {"b": 0}.keys() < k)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values(), list(d.values()) == [2, 3, 4])
for key in d:
    d[key] *= 10
print(d)
for bad in ["for x in d: d['new' + x] = 1", "for x in d: del d[x]", "for x in d.keys(): d.pop(x)", "for x in d.items(): d.clear()"]:
    dd = dict(d)
    try:
        exec(bad, {"d": dd})
    except RuntimeError as e:
        print(bad, "->", "RuntimeError:", e)
e = {"x": 1, "y": 2}
for key in list(e):
    if key == "x":
        del e[key]
print(e)
ks = iter({"p": 1, "q": 2})
print(next(ks), next(ks), next(ks, "end"))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), max({"a": 5, "b": 9}.values()), sum({1: 10, 2: 20}.values()), set({"a": 1}.items()))
m = {i: str(i) for i in range(5)}
print(m.keys() - {0, 1}, list(m.items())[1:3], [key for key, val in m.items() if val in "24"])
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
print(len(k), bool({}.keys()), list({}.items()), {1: 2}.items() == {(1, 2)})
