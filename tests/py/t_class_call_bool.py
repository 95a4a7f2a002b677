# __call__, __bool__ and __len__ truthiness, callable(), objects used as functions and in conditions.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), callable(Adder), callable(3), list(map(add3, [0, 10])))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
print(bool(Truth(True)), bool(Truth(False)), not Truth(False))
if Truth(True):
    print("if took the true branch")
print(Truth(False) or "fallback", Truth(True) and "second")
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), "yes" if LenOnly(1) else "no")
class BoolAndLen:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(BoolAndLen()), len(BoolAndLen()))
class Neither:
    pass
print(bool(Neither()), bool(Neither), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance attribute"
try:
    ca()
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *a):
        print("  Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class Made(metaclass=Meta):
    def __init__(self, x): self.x = x
print(Made(5).x)
while Truth(False):
    pass
print([bool(x) for x in [Truth(True), LenOnly(0)]])
