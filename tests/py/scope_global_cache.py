# Global and builtin lookups stay right while globals change around a cached site.
orig_len = len
def f():
    return len([1, 2]), X

X = 1
print(f())
X = 2
print(f())
len = lambda s: "shadowed"
print(f())
del len
print(f())
import builtins
builtins.len = lambda s: "patched builtin"
print(f())
del builtins.len
try:
    f()
except NameError as e:
    print("NameError:", e)
builtins.len = orig_len
del X
try:
    f()
except NameError as e:
    print("NameError:", e)
for i in range(5):
    X = i * 10
    globals()["extra%d" % i] = i
    print(f()[1], end=" ")
print()
g = {"__builtins__": {"len": lambda s: 42}, "X": 7}
exec("def h():\n    return len('abc'), X\n", g)
print(g["h"](), f.__globals__ is globals())
g["X"] = 8
print(g["h"]())
