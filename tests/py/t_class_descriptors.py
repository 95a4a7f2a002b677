# descriptors: data vs non-data precedence, __get__ with instance/class, __set__, __delete__, __set_name__.
class Verbose:
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {owner.__name__}.{name}")
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print(f"  __set__ {self.name} = {value!r}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print(f"  __delete__ {self.name}")
        delattr(obj, self.name)
class Model:
    title = Verbose()
    size = Verbose()
m = Model()
print(m.title, Model.title)
m.title = "Hello"
print(m.title, vars(m))
del m.title
print(m.title)
m.__dict__["size"] = "dict value"
print(m.size)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Holder:
    nd = NonData()
h = Holder()
print(h.nd)
h.nd = "instance wins"
print(h.nd, Holder.nd)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None): return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(v).__name__}")
        obj.__dict__[self.name] = v
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age): self.name, self.age = name, age
p = Person("ann", 30)
print(p.name, p.age, type(Person.age).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class ReadOnly:
    def __get__(self, obj, t=None): return 7
    def __set__(self, obj, v): raise AttributeError("read-only descriptor")
class U:
    r = ReadOnly()
try:
    U().r = 1
except AttributeError as e:
    print("AttributeError:", e)
def plain(self): return "function is a descriptor"
print(plain.__get__(h)(), type(plain.__get__(h)).__name__, plain.__get__(None, Holder) is plain)
class Later:
    pass
v = Verbose()
Later.attr = v
print(hasattr(v, "name"))
v.__set_name__(Later, "attr")
print(Later.attr)
