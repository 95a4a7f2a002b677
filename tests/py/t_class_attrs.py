# class vs instance attributes: lookup order, shadowing, mutable class attributes shared, counters, vars(), dir().
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.id = Dog.count
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("rex"), Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.name, b.name, a.species, Dog.species, a.tricks, b.tricks is a.tricks, Dog.count, a.id, b.id)
a.species = "lupus"
print(a.species, b.species, Dog.species, vars(a), vars(b))
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
b.count = 100
print(Dog.count, b.count, a.count)
print(sorted(vars(Dog).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__init__"}))
print([n for n in dir(a) if not n.startswith("__")])
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
setattr(e, "z", 3)
print(vars(e), e.__dict__ is vars(e), getattr(e, "x"), getattr(e, "w", "default"), hasattr(e, "z"), hasattr(e, "w"))
delattr(e, "x")
e.__dict__["direct"] = 4
print(vars(e), e.direct)
try:
    e.x
except AttributeError as err:
    print("AttributeError:", err)
try:
    del e.nothing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.missing
except AttributeError as err:
    print("AttributeError:", err)
class Point:
    x = 0
    y = 0
p = Point()
p.x = 5
print(p.x, p.y, Point.x, type(p).x, p.__class__.__name__, Point.__name__, Point.__qualname__)
Point.z = "added later"
print(p.z, [n for n in dir(Point) if not n.startswith("_")])
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances, "instances" in vars(Sub))
