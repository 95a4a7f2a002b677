# uncaught AttributeError: "'int' object has no attribute 'x'" after handled AttributeErrors of other shapes.
class P:
    pass
for obj, name in [(P(), "missing"), ("s", "nope"), (None, "attr"), (P, "cls_missing")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("handled:", e)
n = 5
print(n.real)
print(n.x)
