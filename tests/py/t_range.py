# range objects: construction, len, indexing, slicing, negative steps, membership, index/count, equality, repr, errors.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -4)]:
    print(r, list(r), len(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], list(r[1:4]), r[100:], list(r[::-3]))
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, "7" in r, r.index(11), r.count(11), r.count(12))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3, 1)), repr(range(1, 2, 1)), str(range(-1, -5, -1)), range(10 ** 20)[-1], range(0, 10 ** 20, 7)[10 ** 18], len(range(0, 10 ** 6, 7)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))), sorted(range(3), reverse=True), list(range(5))[::-1])
print(list(range(True, 4)), range(2 ** 64, 2 ** 64 + 3)[1], list(enumerate(range(10, 13))), list(zip(range(3), range(3, 0, -1))))
for bad in [lambda: range(1.5), lambda: range(0, 5, 0), lambda: range(3)[3], lambda: range(3).index(5), lambda: range(), lambda: range("3"), lambda: range(1, 2, 3, 4)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"), type(it).__name__)
total = 0
for i in range(10, 0, -3):
    total = total * 10 + i
print(total, [i * i for i in range(-2, 3)], len(range(-5, 5, 3)), range(0, 20, 5)[1:][1:][0])
