# weakref.WeakSet
import weakref


class T:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "T(%d)" % self.n


def names(s):
    return sorted([t.n for t in s])


print(weakref.WeakSet, weakref.WeakSet.__module__)
s = weakref.WeakSet()
print(repr(s), len(s))
a, b, c, d = T(1), T(2), T(3), T(4)
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, c in s, 1 in s, names(s))
del b
print("after del:", len(s), names(s))
s2 = weakref.WeakSet([a, c, d])
print("union:", names(s | s2), names(s.union([d])))
print("intersection:", names(s & s2), names(s.intersection([c])))
print("difference:", names(s2 - s), names(s2.difference([d])))
print("symmetric:", names(s ^ s2), names(s.symmetric_difference(s2)))
print("compare:", s <= s2, s < s2, s2 >= s, s2 > s, s == weakref.WeakSet([a]), s != s2)
print("subset/superset:", s.issubset([a, c]), s2.issuperset([a]), s.isdisjoint([c]))
print("eq with set:", s == {a})
s3 = s2.copy()
s3.discard(c)
s3.discard(T(9))
s3.remove(d)
try:
    s3.remove(d)
except KeyError:
    print("remove missing: KeyError")
print("copy then removals:", names(s3), names(s2))
s3.update([c, d])
s3 |= weakref.WeakSet([a])
print(names(s3))
s3 -= [a]
print(names(s3))
s3 &= [c]
print(names(s3))
s3 ^= [d, c]
print(names(s3))
s3.difference_update([d])
s3.intersection_update([])
s3.symmetric_difference_update([a])
print(names(s3))
item = s3.pop()
print("pop:", item)
try:
    s3.pop()
except KeyError as e:
    print("KeyError", e)
s2.clear()
print(len(s2), list(s2))
try:
    s.add(5)
except TypeError as e:
    print(e)
try:
    hash(s)
except TypeError as e:
    print(e)
objs = [T(i) for i in range(5)]
w = weakref.WeakSet(objs)
seen = []
for o in w:
    seen.append(o.n)
    if len(seen) == 1:
        del objs[:]
del o
print("seen during deaths:", len(seen) >= 1, "left:", len(w))
