# arithmetic dunders: binary, reflected (__radd__ ...), in-place (__iadd__ ...), unary, fallbacks when NotImplemented.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V" + repr(self.c)
    def _op(self, o, f):
        if isinstance(o, V): return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): print("  __radd__", o); return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self * o
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o): return self._op(o, lambda a, b: a ** b)
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a)
    def __matmul__(self, o): return sum([a * b for a, b in zip(self.c, o.c)])
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*reversed(self.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __divmod__(self, o): return "divmod"
v, w = V(1, 2), V(10, 20)
print(v + w, v - w, v * 3, 3 * v, v / 2, w // 3, w % 3, v ** 2, 2 ** v, v @ w, -v, +v is v, abs(V(-1, 2)), ~v)
print(1 + v, 10 - v, 1.5 + v, v & w, v | 1, v ^ v, v << 1, 1 >> v, divmod(v, 1))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        print("  __iadd__", o)
        self.items.append(o)
        return self
    def __isub__(self, o):
        return "isub returned a string"
    def __add__(self, o):
        return "plain add"
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
a -= 1
print(a)
class OnlyAdd:
    def __add__(self, o): return "added " + str(o)
x = OnlyAdd()
x += 5
print(x)
class Sub(V):
    def __radd__(self, o): return "Sub.__radd__ wins"
print(V(1) + Sub(2))
class Left:
    def __add__(self, o): print("  Left.__add__"); return NotImplemented
class Right:
    def __radd__(self, o): print("  Right.__radd__"); return "right handled"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
