# tuple packing and unpacking: starred targets, nested patterns, swaps, for-loop targets, unpack errors.
t = 1, 2, 3
a, b, c = t
print(t, a, b, c, type(t).__name__)
a, *rest = t; print(a, rest)
*init, last = t; print(init, last)
first, *mid, end = range(6); print(first, mid, end)
x, *y = "a"; print(x, y)
*z, = [1, 2]; print(z)
(p, q), r = (1, 2), 3; print(p, q, r)
[m, (n, o)], s = [10, (20, 30)], "s"; print(m, n, o, s)
h, *(i, j) = 1, 2, 3; print(h, i, j)
a, b = b, a; print(a, b)
a, b, c = c, a, b; print(a, b, c)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)
for i, *others in [(1, 2, 3), (4,)]:
    print(i, others)
d = {"x": 1, "y": 2}
(k1, k2), vals = d, list(d.values())
print(k1, k2, vals)
print(*t, sep="-")
print([*t, *"ab", *range(2)], (*t,), {*t}, (*[], 0))
def f(*args): return args
print(f(*t, *t), f(), f(*"xy", 1))
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__, len(single), (), type(()).__name__, tuple())
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "a, *b, c = [1]", "(a, b), c = 1, 2", "a, b = 'xyz'"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
x = y = [1]
print(x is y)
a = b = c = 0
a += 1
print(a, b, c)
