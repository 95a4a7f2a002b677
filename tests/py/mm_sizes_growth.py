import sys
print([sys.getsizeof(x) for x in [[i for i in range(10)], list(range(10)), [0]*10, [1,2,3]*3, list((1,2,3))]])
l = []
sizes = []
for i in range(20):
    l.append(i); sizes.append(sys.getsizeof(l))
print(sizes)
l = [1,2,3]; l.extend(range(10)); print(sys.getsizeof(l))
l = []; l += [1]; print(sys.getsizeof(l))
l = list(range(100)); del l[50:]; print(sys.getsizeof(l))
l = list(range(100)); l.clear(); print(sys.getsizeof(l))
l = [1]; l.insert(0, 2); print(sys.getsizeof(l))
l = list(range(10)); l.pop(); print(sys.getsizeof(l))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict(a=1, b=2)))
d = {}
ds = []
for i in range(30):
    d[i] = i; ds.append(sys.getsizeof(d))
print(ds)
d = dict.fromkeys(range(100)); 
for i in range(90): del d[i]
print(sys.getsizeof(d)); print(sys.getsizeof(d.copy()))
s = set(); ss = []
for i in range(30):
    s.add(i); ss.append(sys.getsizeof(s))
print(ss)
print(sys.getsizeof({1,2,3}), sys.getsizeof(set(range(3))), sys.getsizeof(frozenset(range(10))), sys.getsizeof({i for i in range(10)}))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"), sys.getsizeof("abc"*100))
print(sys.getsizeof(2**100), sys.getsizeof(-2**30), sys.getsizeof(2**30-1), sys.getsizeof(0), sys.getsizeof(True))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray()))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(tuple(range(10))))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1,2)), sys.getsizeof(1.5), sys.getsizeof(1j))
class A: pass
class S:
    __slots__ = ('a', 'b')
a = A()
print(sys.getsizeof(a), sys.getsizeof(S()), sys.getsizeof(a.__dict__))
a.x = 1; a.y = 2
print(sys.getsizeof(a), sys.getsizeof(a.__dict__))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof(A), sys.getsizeof(sys), sys.getsizeof(f.__code__) > 0)
def g(): yield 1
print(sys.getsizeof(g()) > 0, sys.getsizeof(iter([])), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(str, [])))
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented), sys.getsizeof(object()))
