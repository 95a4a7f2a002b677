from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
print(Sq2(3).describe(), Sq2.__abstractmethods__)
class Iter(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iter:
            return hasattr(C, "__iter__")
        return NotImplemented
print(issubclass(list, Iter), issubclass(int, Iter), isinstance([], Iter), isinstance(3, Iter))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
@Reg.register
class Foo: pass
print(Foo, issubclass(Foo, Reg), isinstance(Foo(), Reg))
try:
    Reg.register(3)
except TypeError as e: print(e)
try:
    issubclass(3, Reg)
except TypeError as e: print(e)
class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
print(sorted(P.__abstractmethods__))
print(type(ABC), ABC.__slots__, abc.get_cache_token() >= 0)
class Sub(Reg): pass
try:
    Reg.register(Sub)
except RuntimeError as e: print(e)
print(Sub.register(Reg) if False else "skip")
try:
    Sub.register(Reg)
except RuntimeError as e: print("RT", e)
