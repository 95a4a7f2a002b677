# attribute hooks: __getattr__ (fallback only), __getattribute__ (every access), __setattr__, __delattr__, object.__setattr__.
class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("no"):
            raise AttributeError(f"custom: {name}")
        return name.upper()
f = Fallback()
f.inst = "instance attr"
print(f.real, f.inst, f.dynamic, getattr(f, "other"), hasattr(f, "nothing"), getattr(f, "nope", "default"))
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self): return "m"
lg = Logged()
print(lg.a, lg.method())
try:
    lg.missing
except AttributeError as e:
    print("AttributeError:", e)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().boom, Both().other)
class Guard:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        if name == "x":
            object.__delattr__(self, name)
g = Guard()
g.y = 10
g.s = "str"
del g.x
del g.y
try:
    g.frozen = 1
except AttributeError as e:
    print("AttributeError:", e)
print(g.log, g.y, vars(g).keys(), hasattr(g, "x"))
setattr(g, "z", 4)
print(g.z, g.log[-1])
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
lst = []
pr = Proxy(lst)
pr.append(1); pr.extend([2, 3])
print(lst, pr.count(2), len(vars(pr)))
class Dyn:
    pass
d = Dyn()
for i in range(3):
    setattr(d, f"attr{i}", i * i)
print(sorted(vars(d).items()), getattr(d, "attr2"), [getattr(d, f"attr{i}") for i in range(3)])
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "nope", None))
