# list.sort and sorted: key, reverse, stability (equal keys keep order), mixed-type errors, custom __lt__.
words = ["banana", "Apple", "cherry", "apple", "date", "Fig", "elderberry", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True), sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "x"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
nums = [5, -3, 2, -8, 0, 7, -1, 2]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(key=abs, reverse=True); print(nums)
print(sorted([3.5, 1, True, 2.0, 0]), sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(set([3, 1])), sorted([]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 2), (1,), (0, 5)]), sorted(["b", "a"], key=None))
records = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}, {"n": "w", "a": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["a"])], [r["n"] for r in sorted(records, key=lambda r: -r["a"])])
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V{self.v}"
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)], key=lambda x: x.v), min(V(4), V(2)))
for bad in [lambda: sorted([1, "a"]), lambda: [3, None].sort(), lambda: sorted([1, 2], key=1), lambda: sorted([1j, 2j]), lambda: [1].sort(lambda x: x)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
s = [3, 1, 2]; t = sorted(s); print(s, t, s is t)
print(sorted(range(10), key=lambda x: -x)[:3], list(reversed(sorted("cab"))))
