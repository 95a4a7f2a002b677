# __dict__ assignment and deletion on instances with inline attributes.
class A:
    cls_attr = "class"
a = A(); a.x = 1; a.y = 2
old = a.__dict__
a.__dict__ = {"z": 3}
print(vars(a), old, hasattr(a, "x"), a.z)
a.w = 4
print(vars(a), a.cls_attr)
b = A(); b.x = 1
new = {"p": 1}
b.__dict__ = new
b.q = 2
print(new, b.p)
try:
    b.__dict__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
c = A(); c.x = 1
del c.__dict__
print(vars(c), hasattr(c, "x"))
c.y = 5
print(vars(c))
class D(dict): pass
e = A()
e.__dict__ = D(k=1)
print(type(e.__dict__).__name__, e.k)
f = A(); f.u = 1
f.__dict__.update(v=2, u=3)
print(vars(f), f.u, f.v)
f.__dict__.clear()
print(vars(f), hasattr(f, "u"))
