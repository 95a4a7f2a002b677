# set operators: | & - ^, comparisons (subset/superset/proper), in, len, mixing set and frozenset, repr ordering.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set(), set() - a)
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, {1, 2} > {1, 2}, a == {4, 3, 2, 1}, a != b)
print(3 in a, 7 in a, 3 not in b, len(a), len(set()), set() == frozenset(), {1} == frozenset({1}))
fa = frozenset([1, 2])
print(fa | {3}, {3} | fa, fa & {2, 9}, {2, 9} & fa, type(fa | {3}).__name__, type({3} | fa).__name__, fa - {1}, fa ^ {5})
print({1, 2, 3}, {3, 2, 1}, {10, 5, 1, 100, 33}, {-1, -5, 0, 5}, {"b", "a"} == {"a", "b"}, set(range(10)))
print(set("hello"), sorted(set("hello")), {(1, 2), (1, 2)}, {1, 1.0, True}, {0, False}, {None})
print(set([3, 1, 3, 2]), set((1, 2)), set({"k": 1}), set(range(0)), set("aab") - set("b"))
c = {1, 2}
c |= {3}; print(c)
c &= {2, 3, 4}; print(c)
c -= {2}; print(c)
c ^= {3, 9}; print(c)
d = c
d |= {100}
print(c, d is c)
one_set = {1}
for bad in [lambda: {1} + {2}, lambda: {1} | [2], lambda: {1} < [1], lambda: {[1]}, lambda: {1} * 2, lambda: one_set[0]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print({x % 4 for x in range(10)}, {c for c in "mississippi"} == set("mips"), {(i, i) for i in range(2)})
print(len({i for i in range(100)} & {i for i in range(50, 150)}), sorted({-3, 7, 1} | {2}), max({4, 9, 2}), sum({1, 2, 3}))
print(set() | set() == set(), {1, 2} ^ {1, 2}, {"x"} - {"y"}, set.union({1}, [2], (3,)), set.intersection({1, 2}, [2, 3]))
