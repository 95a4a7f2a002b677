# enumerate and zip: start values, unequal lengths, strict=True errors, unzipping, iterators being consumed.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-2)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 10):
    print(i, a, b)
e = enumerate("pq")
print(next(e), next(e), next(e, "end"), type(e).__name__)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", range(5), (True, False, None))))
print(dict(zip("xyz", range(3))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])), [list(t) for t in zip(*[[1, 2, 3], [4, 5, 6]])])
print(list(zip("ab", "cd", strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "b", "cd"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(zip(it, it)))
it2 = iter(range(5))
print(list(zip(it2, "ab")), list(it2))
pairs = list(zip(range(3), "abc"))
nums, chars = zip(*pairs)
print(nums, chars, type(zip()).__name__)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
names = ["ann", "bob"]
ages = [30, 25]
for n, a in zip(names, ages):
    print(f"{n}:{a}", end=" ")
print()
print(sorted(zip(ages, names)), max(zip(ages, names)), list(enumerate(zip("ab", "cd"))))
