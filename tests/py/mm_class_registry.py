# A class is registered with its bases through a weak reference (as CPython): one weak
# reference per class, shared with weakref.ref(cls), and one of the tracked objects a class
# statement creates.
import gc
import sys
import weakref

gc.disable()
before = {id(o) for o in gc.get_objects()}
class K:
    pass
made = sorted(type(o).__name__ for o in gc.get_objects() if id(o) not in before)
print([name for name in made if name != "list"])

class L(K):
    pass
print(weakref.getweakrefcount(K), weakref.getweakrefcount(L))
print(weakref.getweakrefs(K)[0]() is K, weakref.ref(K) is weakref.getweakrefs(K)[0])
print(K.__subclasses__(), sys.getrefcount(L))
del L
gc.enable()
gc.collect()
print(K.__subclasses__())
class M(int):
    pass
print(M in int.__subclasses__(), weakref.getweakrefcount(M))
del M
print(gc.collect() > 0, [c.__name__ for c in int.__subclasses__() if c.__module__ == "__main__"])
