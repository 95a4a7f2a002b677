# list slicing: reads with all step signs, slice assignment (grow/shrink/extended), slice deletion, errors.
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[::2], L[::-1], L[8:2:-2], L[2:8:-1], L[-100:100], L[5:5], L[::-3])
a = list(range(10)); a[2:5] = ["x"]; print(a)
a = list(range(10)); a[2:3] = ["x", "y", "z"]; print(a)
a = list(range(10)); a[2:2] = [100, 200]; print(a)
a = list(range(10)); a[:] = "ab"; print(a)
a = list(range(10)); a[8:] = []; print(a)
a = list(range(10)); a[5:2] = ["ins"]; print(a)
a = list(range(10)); a[100:] = [10]; print(a)
a = list(range(10)); a[-2:] = (8.5, 9.5, 10.5); print(a)
a = list(range(10)); a[::2] = "abcde"; print(a)
a = list(range(10)); a[::-3] = [0, 0, 0, 0]; print(a)
a = list(range(10)); a[1::4] = "xyz"; print(a)
a = list(range(10)); a[0:10:1] = []; print(a)
a = list(range(10)); del a[::2]; print(a)
a = list(range(10)); del a[1:3]; print(a)
a = list(range(10)); del a[::-3]; print(a)
a = list(range(10)); del a[5:100]; print(a)
a = list(range(10)); del a[:]; print(a)
a = list(range(10)); del a[-1]; del a[0]; print(a)
a = list(range(10)); a[2:6:2] = range(2); print(a)
a = [1, 2, 3]; a[1:2] = a; print(a)
a = [1, 2, 3]; a[:0] = a; print(a)
for f in ["a[::2] = [1, 2]", "a[::-1] = [1]", "a[10] = 1", "del a[10]", "a[::0] = []", "a[1:2] = 5", "a['x'] = 1", "a[1.5]"]:
    a = list(range(10))
    try:
        exec(f)
    except (ValueError, IndexError, TypeError) as e:
        print(f, "->", type(e).__name__, e)
b = [0, 1, 2]
c = b[:]
c[0] = 99
print(b, c, b[:] == b, b[:] is b, b[1:][0])
m = [[0] * 3 for _ in range(2)]
m[0][1:] = [7, 8]
print(m, m[0][::-1], [row[1] for row in m])
