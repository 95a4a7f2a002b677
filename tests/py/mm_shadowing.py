# Instance attributes against class attributes, methods, properties and __getattr__, read in
# loops (so that the eval loop's attribute caches are exercised) while things change.
class A:
    val = "class"
    def meth(self):
        return "method"
    @property
    def prop(self):
        return "property"
    @prop.setter
    def prop(self, v):
        self._prop = v
a = A()
out = []
for i in range(6):
    if i == 1: a.val = "instance"
    if i == 2: a.meth = lambda: "instance function"
    if i == 3: del a.meth
    if i == 4: del a.val
    if i == 5: A.val = "class again"
    out.append((a.val, a.meth(), a.prop))
print(out)
a.prop = 5
print(a._prop, vars(a))
a.__dict__["prop"] = "ignored"
print(a.prop)
class B:
    def __getattr__(self, name):
        return "getattr:" + name
b = B(); b.x = 1
print([(b.x, b.y) for _ in range(2)])
del b.x
print(b.x)
class C:
    def __init__(self): self.n = 0
    def step(self): self.n += 1; return self
c = C()
for _ in range(100): c.step()
print(c.n, vars(c))
class D(C):
    n = 1000
d = D()
print(d.n, [d.step().n for _ in range(3)], D.n)
vals = []
objs = [C() for _ in range(3)]
for j in range(3):
    for o in objs:
        o.n += j
        if j == 1: o.extra = j
        vals.append(o.n)
print(vals, [vars(o) for o in objs])
class E:
    def m(self): return 1
es = [E(), E()]
es[1].m = lambda: 2
print([e.m() for e in es for _ in range(2)])
E.m = lambda self: 3
print([e.m() for e in es])
