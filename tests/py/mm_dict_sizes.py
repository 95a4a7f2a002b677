# sys.getsizeof of instance __dict__: split tables over the class's shared keys.
import sys
sz = sys.getsizeof

class A: pass
a = A()
print("fresh instance dict:", sz(a.__dict__))

for n in (0, 1, 5, 10):
    cls = type("C%d" % n, (), {})
    o = cls()
    for i in range(n):
        setattr(o, "a%d" % i, i)
    print(n, "attrs, materialized after:", sz(o.__dict__), len(vars(o)))

for n in (0, 1, 5, 10):
    cls = type("D%d" % n, (), {})
    o = cls()
    d = o.__dict__
    for i in range(n):
        setattr(o, "a%d" % i, i)
    print(n, "attrs, materialized before:", sz(d), sz(o.__dict__), d is o.__dict__)

class Many: pass
objs = [Many() for _ in range(40)]
for o in objs:
    o.x = 1; o.y = 2
print("after 40 instances:", sz(objs[0].__dict__), sz(objs[-1].__dict__), sz(Many().__dict__))

class Init:
    def __init__(self):
        self.p = 1; self.q = 2; self.r = 3
print("init:", [sz(Init().__dict__) for _ in range(5)])
print("instance itself:", sz(Init()), sz(A()))
d = Init().__dict__
print("copy:", sz(d.copy()), "dict():", sz(dict(d)), "items:", sz(dict(d.items())))
d["new"] = 4
print("after new key:", sz(d))
d[1] = 5
print("after int key:", sz(d), list(d))
