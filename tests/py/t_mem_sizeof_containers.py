# sys.getsizeof of tuples (0..5), lists (empty, literal, list()), dicts, sets, frozensets, range, slice, iterators.
import sys
sz = sys.getsizeof
print("tuple:", [sz(tuple(range(n))) for n in range(6)], sz(()), sz((1,)), sz((1, 2, 3)))
print("list literal:", sz([]), sz([1]), sz([1, 2]), sz([1, 2, 3]), sz([None] * 10), sz(list()), sz(list(range(3))), sz(list(range(10))))
print("list comp:", sz([i for i in range(3)]), sz([i for i in range(10)]), sz([0] * 3), sz([] + []))
print("dict:", sz({}), sz(dict()), sz({"a": 1}), sz({1: 1}), sz(dict(a=1, b=2)), sz({i: i for i in range(5)}), sz({str(i): i for i in range(5)}))
print("set:", sz(set()), sz({1}), sz({1, 2, 3, 4}), sz({1, 2, 3, 4, 5}), sz(set(range(10))), sz(set("abc")))
print("frozenset:", sz(frozenset()), sz(frozenset([1])), sz(frozenset(range(5))), sz(frozenset(range(10))))
print("range:", sz(range(0)), sz(range(10 ** 20)), "slice:", sz(slice(1)), sz(slice(1, 2, 3)))
print("iterators:", sz(iter([])), sz(iter(())), sz(iter("")), sz(iter(range(3))), sz(enumerate([])), sz(zip()))
d = {}
d["a"] = 1
del d["a"]
print("dict after insert+delete:", sz(d), "cleared dict:", sz({1: 2}.copy()), len(d))
big = dict.fromkeys(range(100))
before = sz(big)
big.clear()
print("dict before/after clear:", before, sz(big))
l = list(range(100))
before = sz(l)
l.clear()
print("list before/after clear:", before, sz(l))
