# Sets, frozensets and tuples.
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, 5 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 5}, a < a, a.isdisjoint({9}))
print(a.union([7]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(set(), frozenset(), frozenset([1, 2]), set("aab") == {"a", "b"}, {frozenset({1})})
print(sorted({"pear", "apple", "fig"}), {x % 3 for x in range(10)})
t = (1, "a", 2.5)
print(t, t[1], t[-1], t[1:], len(t), t + (3,), t * 2, (1,), (), tuple([1, 2]))
print(t.count(1), t.index("a"), (1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
x, y, z = t; print(x, y, z)
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = "abc"; print(init, last)
p, (q, r) = 1, (2, 3); print(p, q, r)
print(hash((1, 2)), hash(()), hash(("a",)) == hash(("a",)))
print({1, 2} == {2, 1}, frozenset({1, 2}) == {1, 2}, {1: 1}.keys() == {1})
