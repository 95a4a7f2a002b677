# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear, with results and errors.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "beforelast"); print(a)
a.insert(-100, "veryfirst"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1); print(a)
print(a.index(1), a.index(5), a.index(0, 3), a.count(1), a.count("zz"), a.index("a", 0, 100))
a.reverse(); print(a)
b = a.copy(); b.append("new"); print(a, b, a == b[:-1], a is b)
a.clear(); print(a, len(a), b[:2])
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [].insert("0", 1),
          lambda: [1].append(1, 2), lambda: [1].extend(5), lambda: [1].pop("x")]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([1, 2].append(3), [3, 1].sort(), [1].extend([]), [1].reverse(), [].clear())
x = [1, 2, 3]
x += [4]; x += "5"; x += (6,); print(x)
x *= 2; print(x, len(x))
x[2:] = []; x *= 0; print(x)
print(list(), list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3, 0, -1)), list([[]]))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested), len(nested[1]), nested[-1][-1][-1])
print([1, [2, 3]].index([2, 3]), [0.0, 0].count(0), [1, 1.0, True].count(True), [None, None].index(None))
