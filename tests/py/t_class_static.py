# staticmethod and classmethod: calls via class and instance, cls in subclasses, alternative constructors, bound methods.
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f"{type(self).__name__}({self.toppings})"
class Calzone(Pizza):
    pass
print(Pizza.margherita(), Calzone.margherita(), Pizza.area(2), Pizza(["x"]).area(1), Calzone.kind(), Calzone([]).kind(), Pizza.count)
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["kind"]).__name__, type(Pizza.area).__name__, type(Pizza.kind).__name__)
print(Pizza.kind.__self__ is Pizza, Calzone.kind.__self__ is Calzone, Pizza.kind.__func__ is Calzone.kind.__func__)
p = Pizza(["a"])
m = p.__repr__
print(m(), m.__self__ is p, m.__func__ is Pizza.__repr__, type(m).__name__, p.__repr__ == p.__repr__, p.__repr__ is p.__repr__)
unbound = Pizza.__repr__
print(unbound(p), type(unbound).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size("abcd"), Late().size([1]), Late.name(), Late().name())
class Reg:
    items = []
    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls
class Reg2(Reg):
    pass
Reg.add(1); Reg2.add(2); Reg2.add(3)
print(Reg.items, Reg2.items)
print(Pizza.area.__name__, Pizza.margherita.__name__, Pizza.margherita.__qualname__)
try:
    Pizza.__repr__()
except TypeError as e:
    print("TypeError:", e)
class Chained:
    @staticmethod
    def helper(x): return x * 2
    def use(self): return self.helper(5) + Chained.helper(1)
print(Chained().use())
f = Pizza.margherita
print(f().toppings, Pizza.count)
