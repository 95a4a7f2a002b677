# Dicts: insertion order, views, methods, comprehensions.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 10; del d["a"]; d["a"] = 5
print(d)
print(d.pop("b"), d.pop("zz", None), d.setdefault("q", []), d)
d.update({"x": 1}, y=2); print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0), {i: i * i for i in range(4)})
e = d.copy(); e.clear(); print(e, d == d.copy(), {1: 2} == {1: 2.0})
print(d.popitem(), d)
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} | {"b": 2})
k = {"x": 1, "y": 2}.keys(); print(k, sorted(k & {"y", "z"}), len(k))
print(repr({}), {1: {2: {}}}, {(1, 2): "t", None: 0, 1.5: "f"})
r = {}; r["self"] = r; print(r)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
for key, val in {"one": 1, "two": 2}.items():
    print(key, val)
print(list(reversed({"a": 1, "b": 2})), dict(sorted({"b": 1, "a": 2}.items())))
