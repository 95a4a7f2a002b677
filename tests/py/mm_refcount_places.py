import sys
x = object()
def f(a): return sys.getrefcount(a)
print(sys.getrefcount(x), f(x))
class C:
    attr = x
print(sys.getrefcount(x))
def g(default=x): pass
print(sys.getrefcount(x))
lst = [x, x, x]
print(sys.getrefcount(x))
d = {'k': x, x: 'v'}
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
del lst, d, t
print(sys.getrefcount(x))
def closure():
    y = x
    def inner(): return y
    return inner
h = closure()
print(sys.getrefcount(x))
del h
print(sys.getrefcount(x))
for item in [x]:
    pass
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))
m = [x for _ in range(3)]
print(sys.getrefcount(x))
del m
class K:
    def meth(self): pass
k = K()
bm = k.meth
print(sys.getrefcount(k), sys.getrefcount(K))
del bm
print(sys.getrefcount(k))
try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(x), sys.getrefcount(e))
print(sys.getrefcount(x))
it = iter([x])
print(sys.getrefcount(x))
next(it)
print(sys.getrefcount(x))
def gen():
    v = x
    yield 1
gg = gen(); next(gg)
print(sys.getrefcount(x))
del gg
print(sys.getrefcount(x))
s = "not interned string value " + str(5)
print(sys.getrefcount(s))
print(sys.getrefcount(f))
