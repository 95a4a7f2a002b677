# refcounts across calls: arguments inside the callee, *args tuples, **kwargs dicts, loop variables, closures, defaults, methods.
import sys
rc = sys.getrefcount
x = object()
base = rc(x)
def one(arg):
    return rc(arg) - base
def two(a, b):
    return rc(a) - base
def nested(arg):
    return one(arg)
def star(*args):
    return rc(args[0]) - base
def kw(**kwargs):
    return rc(kwargs["k"]) - base
print("plain arg:", one(x), "two args same obj:", two(x, x), "nested call:", nested(x))
print("*args:", star(x), "**kwargs:", kw(k=x), "unpacked list:", star(*[x]))
print("lambda:", (lambda v: rc(v) - base)(x))
for item in [x]:
    print("loop variable + list:", rc(x) - base)
print("after loop (name still bound):", rc(x) - base)
del item
for i, item2 in enumerate((x, x)):
    pass
print("after enumerate loop:", rc(x) - base)
del item2
def make_closure(v):
    def inner():
        return v
    return inner
clo = make_closure(x)
print("captured in a closure cell:", rc(x) - base)
del clo
print("closure dropped:", rc(x) - base)
def with_default(v=x):
    return v
print("as a default value:", rc(x) - base)
del with_default
print("function dropped:", rc(x) - base)
class C:
    def method(self):
        return rc(self)
c = C()
cb = rc(c)
print("self inside method:", c.method() - cb)
bm = c.method
print("bound method holds self:", rc(c) - cb)
del bm
print("bound method dropped:", rc(c) - cb)
def returns_it():
    return x
r = returns_it()
print("returned and bound:", rc(x) - base)
del r
result = [rc(x) - base for _ in range(1)]
print("inside a comprehension (no extra names):", result)
def keep(v, store=[]):
    store.append(v)
keep(x); keep(x)
print("stored twice in a default list:", rc(x) - base)
keep.__defaults__[0].clear()
print("after clearing the store:", rc(x) - base)
g = {"x": x}
exec("y = x", g)
print("after exec binding in another namespace:", rc(x) - base)
del g
print("namespace dropped:", rc(x) - base)
