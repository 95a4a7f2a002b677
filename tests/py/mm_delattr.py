# del on inline attributes, hasattr/getattr, and the errors of missing ones.
class A:
    c = 0
a = A()
a.x = 1
print(hasattr(a, "x"), getattr(a, "x"), getattr(a, "nope", "dflt"))
del a.x
print(hasattr(a, "x"))
for name in ("x", "never"):
    try:
        delattr(a, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
a.c = 5
print(a.c, A.c)
del a.c
print(a.c, A.c)
try:
    del a.c
except AttributeError as e:
    print("AttributeError:", e)
b = A(); b.x = 1
vars(b)
del b.x
try:
    del b.x
except AttributeError as e:
    print("AttributeError (dict):", e)
b.x = 2
print(vars(b))
for i in range(5):
    a.t = i
    del a.t
print(vars(a))
