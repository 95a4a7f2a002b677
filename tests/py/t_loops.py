# loops: for/while with else, break/continue, nested loops with flags, loop over various iterables, range steps, loop var after loop.
for i in range(3):
    print("for", i)
else:
    print("for-else runs (no break)")
for i in range(5):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("not printed")
print("i after loop:", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
for x in []:
    print("never")
else:
    print("empty for-else")
def find(target, grid):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None
grid = [[1, 2], [3, 4]]
print(find(3, grid), find(9, grid))
found = None
for row in grid:
    for v in row:
        if v > 2:
            found = v
            break
    else:
        continue
    break
print("found", found)
for ch in "héllo":
    print(ch, end="")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
for key, val in {"x": 1}.items():
    print(key, val)
for a, (b, c) in [(1, (2, 3))]:
    print(a + b + c)
total = 0
i = 0
while i < 100:
    i += 7
    if i % 2 == 0:
        continue
    total += i
print(total, i)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
print(items)
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count, _)
for i in range(3, 0, -1):
    print(i, end=" ")
print("liftoff")
