# Virtual subclasses, __subclasshook__, and the caches that answer isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token
import abc

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Circle:
    def draw(self): return "circle"

class Square: pass

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(issubclass(Square, Drawable), isinstance(Square(), Drawable))

class Sized(metaclass=ABCMeta):
    pass

token = get_cache_token()
Sized.register(list)
print(get_cache_token() > token)
print(isinstance([], Sized), issubclass(list, Sized), issubclass(tuple, Sized))
class MyList(list): pass
print(issubclass(MyList, Sized), isinstance(MyList(), Sized))
# Registering again, or a subclass of a registered class, changes nothing.
print(Sized.register(list) is list, Sized.register(MyList) is MyList)

# A registered class is not a real base: no inherited methods, no MRO entry.
print(Sized in list.__mro__, hasattr(list, "_abc_impl"))

# Registration through a chain of ABCs.
class A(ABC): pass
class B(A): pass
B.register(int)
print(issubclass(int, A), issubclass(bool, B), isinstance(True, A))
print(issubclass(float, A))

# A hook returning False wins over registration.
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
Never.register(str)
print(issubclass(str, Never))

# Non-class first argument.
for bad in (1, "x"):
    try:
        issubclass(bad, A)
    except TypeError as e:
        print("TypeError:", e)

# update_abstractmethods after adding an implementation later.
class Base(ABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    pass
print(sorted(Impl.__abstractmethods__))
Impl.run = lambda self: "ran"
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().run())

# Abstract class attributes on non-ABC classes are not enforced.
class Plain:
    @abstractmethod
    def f(self): ...
print(type(Plain()).__name__)
