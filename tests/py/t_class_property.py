# properties: getter/setter/deleter with side effects, validation in setters, read-only and no-deleter errors.
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
