# set methods: add/discard/remove/pop/clear/update variants/copy/union/issubset etc., with results and errors.
s = set()
s.add(3); s.add(1); s.add(3); print(s)
s.update([5, 7], (9,), "ab"); print(sorted(s, key=str))
s.discard("a"); s.discard("missing"); print(sorted(s, key=str))
s.remove("b"); print(s)
try:
    s.remove("b")
except KeyError as e:
    print("KeyError:", e, repr(e))
x = {1, 2, 3}
print(x.union({4}), x.union([5], (6,)), x.intersection({2, 3, 4}), x.intersection(), x.difference({1}), x.difference([1], [2]), x.symmetric_difference([3, 4]))
print(x.issubset({1, 2, 3, 4}), x.issubset([1, 2]), x.issuperset([1]), x.isdisjoint({7}), x.isdisjoint([3]))
y = x.copy(); y.add(99); print(x, y, x is y)
z = {1, 2, 3, 4, 5}
z.intersection_update({1, 2, 3, 10}); print(z)
z.difference_update([1]); print(z)
z.symmetric_difference_update({3, 8}); print(z)
p = {10, 20, 30}
got = p.pop()
print(got, p, len(p))
p.clear(); print(p, bool(p))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
for bad in [lambda: {1}.add([2]), lambda: {1}.update(5), lambda: {1}.union(1), lambda: {1}.issubset(3), lambda: {1}.add()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print({1}.add(2), {1}.discard(1), {1}.update(), {1}.clear())
small = set()
for i in [5, 3, 8, 1, 9, 2]:
    small.add(i)
print(small, [small.pop() for _ in range(3)], small)
names = {"bob", "alice", "carol"}
print(sorted(names), len(names), "bob" in names, names - {"bob"} == {"alice", "carol"})
print(set.__name__, type(set()).__name__, repr(set()), str({1}), {1, 2}.__len__(), {1}.__contains__(1))
