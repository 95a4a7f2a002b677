# properties: property() call form, overriding in subclasses, lazy caching, precedence over instance dict, attaching later.
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
