# The weakref and _weakref modules themselves, and the __weakref__ attribute.
import weakref
import _weakref
import _weakrefset

print(weakref.__all__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(_weakref.ref is weakref.ref, _weakref.proxy is weakref.proxy)
print(_weakref.getweakrefcount is weakref.getweakrefcount)
print(_weakrefset.WeakSet is weakref.WeakSet)
print(_weakref.__doc__)
print(weakref.__doc__.splitlines()[0])
print(weakref.getweakrefcount.__doc__)
print(weakref.proxy.__text_signature__, weakref.getweakrefs.__text_signature__)
print(weakref.ref.__name__, weakref.ref.__module__, weakref.ref.__qualname__)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__module__)
print(weakref.WeakValueDictionary.__module__, weakref.WeakKeyDictionary.__name__)
print(weakref.finalize.__module__, weakref.WeakMethod.__module__, weakref.KeyedRef.__module__)
print(weakref.KeyedRef.__slots__, weakref.WeakMethod.__slots__)


class A:
    pass


class B(A):
    __slots__ = ()


a = A()
print("no refs yet:", a.__weakref__)
r = weakref.ref(a)
print("__weakref__ is the ref:", a.__weakref__ is r)
p = weakref.proxy(a)
print("still the ref:", a.__weakref__ is r)
del r
print("now the proxy:", a.__weakref__ is p)
del p
print("none left:", a.__weakref__)
b = B()
rb = weakref.ref(b)
print("inherited slot:", b.__weakref__ is rb)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
print("descriptor:", type(A.__dict__["__weakref__"]).__name__, A.__dict__["__weakref__"].__doc__)

# _remove_dead_weakref
d = {}
x = A()
d["k"] = weakref.ref(x)
weakref._remove_dead_weakref(d, "k")
print("live kept:", list(d))
del x
weakref._remove_dead_weakref(d, "k")
print("dead removed:", list(d))
weakref._remove_dead_weakref(d, "missing")
d["n"] = 5
try:
    weakref._remove_dead_weakref(d, "n")
except TypeError as e:
    print("TypeError:", e)

# weak references to classes and to built-in types
rA = weakref.ref(A)
rint = weakref.ref(int)
print(rA() is A, rint() is int, weakref.ref(int) is rint, weakref.getweakrefcount(int))
print(repr(rint).split(";")[1].replace(hex(id(int)), "ADDR"))

# a class that dies with a weakref pointing at it
class Temp:
    pass


rt = weakref.ref(Temp, lambda r: print("class Temp died"))
del Temp
import gc
gc.collect()
print("Temp:", rt())
