# default values are evaluated once at definition time: mutable default pitfalls, None idiom, late rebinding.
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
n = 10
def uses_n(x=n):
    return x
n = 20
print(uses_n(), n)
calls = []
def make_default(tag):
    calls.append(tag)
    return tag
def fn(a=make_default("a"), b=make_default("b")):
    return a + b
print(calls, fn(), fn(), calls)
def counter(d={"count": 0}):
    d["count"] += 1
    return d["count"]
print(counter(), counter(), counter({"count": 100}), counter())
def kw(*, k=[]):
    k.append(len(k))
    return k
print(kw(), kw(), kw.__kwdefaults__)
fn.__defaults__ = (100, 200)
print(fn(), fn(1))
def tup(a, b=(1, 2)):
    return a, b
print(tup(0), tup.__defaults__, tup.__defaults__[0] is tup(0)[1])
funcs = []
for i in range(3):
    def cap(i=i):
        return i
    funcs.append(cap)
print([f() for f in funcs])
def late():
    return later_defined * 2
later_defined = 21
print(late())
class C:
    def m(self, items=[]):
        items.append(self.__class__.__name__)
        return items
print(C().m(), C().m(), C.m.__defaults__)
