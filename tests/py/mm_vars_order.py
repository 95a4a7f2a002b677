# vars() and __dict__ list an instance's attributes in the order it set them, whatever the
# order of the class's shared keys.
class P: pass
a = P(); a.x = 1; a.y = 2; a.z = 3
b = P(); b.z = 1; b.x = 2
c = P(); c.y = 1; c.w = 2; c.x = 3
print(vars(a), vars(b), vars(c))
del a.x
a.x = 10
print(vars(a), list(vars(a)), list(reversed(vars(a))))
del b.z; del b.x
print(vars(b), len(vars(b)))
b.q = 7
print(vars(b))
print(list(vars(c).items()), list(vars(c).values()), list(reversed(vars(c).items())))
d = P()
for name in "edcba":
    setattr(d, name, ord(name))
print(vars(d))
for name in "bd":
    delattr(d, name)
print(vars(d), "a" in vars(d), "b" in vars(d))
e = P(); e.k = 1
v = vars(e)
e.m = 2
print(v, v is vars(e))
v["n"] = 3
print(e.n, vars(e))
print(dir(e)[-3:])
f = P()
print(vars(f), f.__dict__ == {})
