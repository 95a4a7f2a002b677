# Loops, conditionals, comprehensions, unpacking, walrus, chained comparisons.
for i in range(3):
    print(i, end=" ")
print()
for i in range(10):
    if i == 5:
        break
else:
    print("no break")
for i in []:
    pass
else:
    print("empty else")
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while done")
print([x * x for x in range(6) if x % 2], {c: ord(c) for c in "ab"}, [(i, j) for i in range(2) for j in range(2)])
print([[j for j in range(i)] for i in range(3)], sum([x for x in range(5)]))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x != 5)
print("yes" if x > 3 else "no", x and "t", 0 or "f", not x, None or [] or "last")
if (m := x * 2) > 8:
    print("walrus", m)
data = [1, 2, 3, 4]
print([y for v in data if (y := v * 10) > 15])
a, b = 1, 2
a, b = b, a
print(a, b)
for k, (p, q) in enumerate([(1, 2), (3, 4)], start=1):
    print(k, p, q)
for p, q in zip("ab", [1, 2, 3]):
    print(p, q)
print(list(zip(*[(1, 2), (3, 4)])), dict(zip("xy", (9, 8))))
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
print(any([0, 0, 1]), all([1, 2, 0]), any([]), all([]))
print(list(range(10, 0, -3)), list(reversed(range(4))), range(5)[2], len(range(0, 100, 7)), 5 in range(10))
print(list(enumerate("hi")), [*range(3), *"ab"], (*[1], 2))
