# dict basics: construction forms, insertion order, overwrite keeps position, deletion/reinsertion, repr, equality.
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), d["a"], list(d), "a" in d, "z" in d, 1 in d)
d["a"] = 20; print(d)
del d["b"]; print(d)
d["b"] = 100; print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("abc", range(3))), dict([["p", "q"]]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys(("a",), "v"))
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"}, {(1, 2): "tuple", "s": None, None: "none", 2.5: [1], frozenset({1}): "fs"})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == {}, {1: 2} != {1: 3}, {"a": 1} == [("a", 1)])
print(repr({}), str({"q": "it's"}), {"nested": {"inner": [1, {"x": ()}]}}, {1: {2: {3: {}}}})
e = {}
for i, ch in enumerate("hello"):
    e[ch] = i
print(e, sorted(e), sorted(e.values()), max(e, key=e.get))
n = {}
n.setdefault("list", []).append(1)
n.setdefault("list", []).append(2)
print(n, len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
print(big, list(big)[:3])
big[0] = "zero"; print(list(big)[-1], len(big))
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}, {"a": 1} | {"a": 2, "z": 0}, {"x": 1} | {})
m = {"k": 1}
m |= {"j": 2}; m |= [("i", 3)]; print(m)
for bad in [lambda: {[1]: 2}, lambda: {}.__setitem__({}, 1), lambda: {"a": 1} | [("b", 2)], lambda: dict([1, 2]), lambda: dict([("a", 1, 2)])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(a=1) == dict([("a", 1)]), type({}).__name__, isinstance({}, dict), {1: 1}.__len__())
