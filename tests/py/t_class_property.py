# properties: getter/setter/deleter, read-only errors, computed attributes, inheritance and overriding, property objects.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("  set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset, Temp.celsius.__doc__)
class Old:
    def _get(self): return "old-style value"
    def _set(self, v): print("  old set", v)
    x = property(_get, _set, None, "the x doc")
o = Old(); o.x = 3
print(o.x, Old.x.__doc__)
class Base:
    @property
    def name(self): return "base"
class Derived(Base):
    @property
    def name(self): return "derived+" + super().name
print(Derived().name, Base().name)
class Lazy:
    @property
    def data(self):
        if not hasattr(self, "_data"):
            print("  computing")
            self._data = [1, 2, 3]
        return self._data
lz = Lazy()
print(lz.data, lz.data is lz.data)
class Shadow:
    @property
    def p(self): return "property wins"
s = Shadow()
s.__dict__["p"] = "instance dict"
print(s.p, vars(s))
class RO:
    @property
    def v(self): return 1
r = RO()
try:
    r.v = 2
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 42)
class Later: pass
Later.answer = p
print(Later().answer, Later.answer is p)
try:
    Later.answer.fget(None) + property().fget
except TypeError as e:
    print("TypeError:", e)
