# __new__: order with __init__, returning other types skips __init__, singletons, immutable subclasses, object.__new__ errors.
class Traced:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("  __init__", x)
        self.x = x
t = Traced(1)
print(t.x, t.created)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never printed")
print(Other(), type(Other()).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("  creating the single instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("  __init__ runs every time")
a = Single(); b = Single()
print(a is b)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, type(Pos(-1)).__name__, Pos(-7) == 7)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self): return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), len(pr), pr[0], type(pr.swap()).__name__)
class Sub(Traced):
    pass
s = Sub(9)
print(type(s).__name__, s.x)
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, a): self.a = a
print(InitOnly(1).a)
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
obj = object.__new__(Traced)
print(hasattr(obj, "x"), type(obj).__name__)
