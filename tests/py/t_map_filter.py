# map, filter, reversed: multiple iterables, None predicate, laziness shown by side effects, reversed on sequences.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
def noisy(x):
    print("  map called with", x)
    return x * 10
m = map(noisy, [1, 2, 3])
print("map created", type(m).__name__)
print(next(m))
print(list(m))
print(list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), "".join(reversed("stop")), list(reversed([])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 11
print(list(reversed(Seq())), list(Seq()), list(map(abs, Seq())))
class Rev:
    def __reversed__(self): return iter("custom")
print(list(reversed(Rev())))
for bad in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: type(map(1, [1])).__name__, lambda: list(map(1, [1])), lambda: filter(1, [1]).__next__(), lambda: reversed(5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(list(map(int, "123")), sum(map(int, "123")), list(map(lambda p: p[0], {"a": 1, "b": 2}.items())), list(filter(None, map(int, "0102"))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())), list(map(list, zip("ab", "cd"))))
