# sys.getrefcount basics: fresh objects, extra names, del, rebinding, temporaries, the argument reference itself.
import sys
rc = sys.getrefcount
print(rc(object()), rc([]), rc({}), rc([1, 2, 3]), rc(10 ** 30), rc("".join(["a", "b", "c"])))
a = [1]
print("one name:", rc(a))
b = a
print("two names:", rc(a), rc(b))
c = b
print("three names:", rc(a))
del b
print("after del b:", rc(a))
c = None
print("after rebinding c:", rc(a))
x = object()
names = [rc(x)]
y = x
names.append(rc(x))
y = 5
names.append(rc(x))
print("object:", names)
big = int("12345678901234567890") * 3
print("big int:", rc(big))
big2 = big
print("big int aliased:", rc(big))
del big2
s = "runtime-" + str(len(a) * 999)
print("runtime str:", rc(s), s)
t = tuple([object(), object()])
print("tuple:", rc(t), "elements:", rc(t[0]), rc(t[1]))
f = 2.5 * len(a)
print("float:", rc(f))
def local_counts():
    v = [0]
    r1 = rc(v)
    w = v
    r2 = rc(v)
    del w
    r3 = rc(v)
    return r1, r2, r3
print("locals:", local_counts())
class K:
    pass
k = K()
print("instance:", rc(k), "class:", rc(K) > 2)
m = k
lst_of_refs = [k, k, k]
print("instance with alias and list of 3:", rc(k))
del lst_of_refs, m
print("back to:", rc(k))
print(rc(None) > 100, rc(True) > 10)
a = b = c = d = e = bytearray(3)
print("chained assignment:", rc(a))
del b, c, d, e
print("after deleting four:", rc(a))
