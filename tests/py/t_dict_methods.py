# dict methods: get/setdefault/pop/popitem/update/copy/clear/keys/values/items, return values and errors.
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0), d.get("x", 99), d.setdefault("y", 50), d.setdefault("w", 4), d)
print(d.pop("w"), d.pop("missing", "dflt"), d.pop("missing", None), d)
print(d.popitem(), d)
d["a"] = 10; print(d.popitem(), d.popitem(), d)
d.update({"b": 2}); d.update([("c", 3)]); d.update(e=5, x=100); d.update(); print(d)
c = d.copy(); c["new"] = 1; print(d, c, c is d)
deep = {"l": [1]}; sh = deep.copy(); sh["l"].append(2); print(deep, sh)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
c.clear(); print(c, len(c))
for bad in [lambda: {}.popitem(), lambda: {}.pop("k"), lambda: {"a": 1}["b"], lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.get(),
            lambda: {}.pop(), lambda: {}[[]], lambda: {}.update({}, {})]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
try:
    {"a": 1}[("t", 1)]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", e)
class Missing(dict):
    def __missing__(self, key):
        return "missing-" + str(key)
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, m)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, dict(sorted({"b": 1, "a": 2}.items())), {k: v for k, v in zip("xy", "XY") if k != "y"})
print({}.get(1), dict.get({"q": 0}, "q"), d.__contains__("b"), d.__getitem__("b"), list(reversed({"a": 1, "b": 2})))
