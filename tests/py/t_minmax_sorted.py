# min/max/sorted: key functions, default for empty, multiple args vs iterable, ties keep first, errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]), min((2, "x"), (2, "a")))
print(min([], default="empty"), max((), default=None), min([7], default=0), max([1, 2], default=9))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "d"], key=len), max(["bb", "aa"], key=len), min(["bb", "aa"], key=len))
print(max(-5, 3, -7, key=abs), min(-5, 3, -7, key=abs), max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get), max([1, 1.0]), max([1.0, 1]))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted(["b", "A", "a", "B"], key=str.lower), sorted([[2], [1, 5], [1]]))
print(min(range(10), key=lambda x: (x - 4) ** 2), max(range(10), key=lambda x: x % 4), min("a1b2", key=str.isalpha))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max([], key=len)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class P:
    def __init__(self, n, v): self.n, self.v = n, v
    def __repr__(self): return self.n
ps = [P("a", 2), P("b", 5), P("c", 5), P("d", 1)]
print(max(ps, key=lambda p: p.v), min(ps, key=lambda p: p.v), sorted(ps, key=lambda p: p.v), sorted(ps, key=lambda p: -p.v))
print(max(True, 0), min(0.0, 0), min(0, 0.0), max(float("-inf"), -10 ** 20), min([[], [0]]), max("", "a"))
print(sorted({3: 1, 1: 2}), sorted({3, 1, 2}), sorted([]), sorted(reversed(range(4))))
