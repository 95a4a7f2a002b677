# lists: comparisons, equality, aliasing, multiplication pitfalls, recursive repr, membership, iteration, copies.
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]], [1] == (1,))
print([1, 2] != [2, 1], [[1]] < [[2]], ["a"] < ["b"], [1, 2] <= [1, 2], [3] >= [2, 9])
a = [1, 2]
b = a
b.append(3)
print(a, b, a is b, a == b)
c = list(a)
c.append(4)
print(a, c, a is c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r, r[2][2][0])
s = []
s.append([s])
print(s, repr([[], [[]]]))
d = {"k": []}
d["k"].append(d)
print(d)
x = [1, 2, 3]
y = [x, x]
x.append(4)
print(y, [1, 2] * 2, 2 * [[]], [None] * 3, [] * 5, [0] * -1)
print(3 in [1, 2, 3], [3] in [[3]], "a" in ["abc"], 1.0 in [1], None in [0, False, ""], [] in [[]])
total = 0
for v in [10, 20, 30]:
    total += v
print(total, [v * 2 for v in [1, 2, 3]], list(enumerate(["x", "y"])), [i for i in [[1, 2], [3]] for i in i])
lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.remove(v)
print(lst)
shallow = [[1], [2]]
copy = shallow[:]
copy[0].append(9)
copy[1] = [7]
print(shallow, copy)
print(len([[]] * 3), [[]] * 3 == [[], [], []], [1, 2, 3][-1], [1, 2, 3][-3], list(reversed([1, 2, 3])))
for bad in [lambda: [1, 2][2], lambda: [][0], lambda: [1] < ["a"], lambda: [1] + (2,), lambda: [1] * 1.0, lambda: [1][len]]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
