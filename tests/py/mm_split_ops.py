# Operations on split instance dicts: every dict method keeps CPython's results and order.
import sys
class A: pass
def fresh():
    o = A(); o.a = 1; o.b = 2; o.c = 3
    return o
o = fresh(); d = vars(o)
print(len(d), "a" in d, "z" in d, d.get("b"), d.get("z", 0), d["c"])
print(d.pop("b"), d, d.pop("zz", None))
print(d.setdefault("b", 20), d, d.setdefault("a", 99))
o = fresh(); d = vars(o)
print(d.popitem(), d, o.__dict__ is d, sys.getsizeof(d))
o.d = 4
print(vars(o))
o = fresh(); d = vars(o)
d[5] = "five"
print(d, o.a, sys.getsizeof(d))
o = fresh(); d = vars(o)
print(d == {"a": 1, "b": 2, "c": 3}, d == {"c": 3, "b": 2, "a": 1}, d != {"a": 1})
print(d == vars(fresh()), sorted(d.items()), list(d.keys()), list(d.values()))
try:
    for k in d:
        d["new_" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
o = fresh(); d = vars(o)
it = iter(d); next(it)
d["a"] = 100
print(list(it), d)
o = fresh(); d = vars(o)
e = d.copy()
e["x"] = 1; d["y"] = 2
print(d, e, o.y, hasattr(o, "x"))
o = fresh(); d = vars(o)
print(d | {"z": 26}, {"z": 26} | d)
d |= {"a": -1, "q": 0}
print(d, o.a, o.q)
o = fresh(); d = vars(o)
print(repr(d), str(d), dict(d), list(reversed(d.items())))
o = fresh(); d = vars(o)
del d["a"]
print(d, hasattr(o, "a"))
try:
    del d["a"]
except KeyError as e:
    print("KeyError:", e)
o = fresh(); d = vars(o)
d.clear()
print(d, len(d), vars(o))
o.again = 1
print(vars(o))
o = fresh()
print(dict.fromkeys(vars(o)), {k: v * 2 for k, v in vars(o).items()})
