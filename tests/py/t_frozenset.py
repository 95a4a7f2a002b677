# frozenset: construction, immutability, hashing, use as dict keys and set elements, operators and repr.
f = frozenset([3, 1, 2, 3])
print(f, repr(frozenset()), len(f), 2 in f, type(f).__name__, frozenset("aba") == {"a", "b"}, frozenset(f) is f)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset({1})) == hash(frozenset({1.0})))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d)
ss = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(ss), frozenset({1}) in ss, {1} in ss)
print(f | {9}, f & {1, 5}, f - {1}, f ^ {1, 7}, f.union([4]), f.intersection([1, 2]), f.difference([3]), f.symmetric_difference([0]))
print(f <= {1, 2, 3, 4}, f < f, f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([8]), f.copy() is f)
for bad in ["f.add(1)", "f.remove(1)", "f.discard(1)", "f.update([1])", "f.pop()", "f.clear()"]:
    try:
        exec(bad)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f |= {42}
    print("rebound:", f)
except TypeError as e:
    print("TypeError:", e)
nested = frozenset([frozenset([1]), frozenset([2])])
print(sorted([sorted(x) for x in nested]), len(nested))
print(frozenset(range(5)), frozenset("xyz") == frozenset("zyx"), frozenset({"a": 1}), set(frozenset([1])))
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
print(type(frozenset([1]) | set([2])).__name__, type(set([2]) | frozenset([1])).__name__, frozenset() == set(), bool(frozenset()))
