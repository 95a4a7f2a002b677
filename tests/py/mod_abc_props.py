# Abstract properties, class and static methods, multiple inheritance, ABCMeta options.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod

class Animal(ABC):
    @property
    @abstractmethod
    def sound(self): ...

    @classmethod
    @abstractmethod
    def kind(cls): ...

    def speak(self):
        return f"{self.kind()} says {self.sound}"

class Dog(Animal):
    @property
    def sound(self): return "woof"
    @classmethod
    def kind(cls): return cls.__name__.lower()

print(Dog().speak(), Dog.kind())
try:
    Animal()
except TypeError as e:
    print(e)

class Half(Animal):
    sound = "meow"
try:
    Half()
except TypeError as e:
    print(e)

class Legacy(metaclass=ABCMeta):
    @abstractproperty
    def p(self): ...
    @abstractclassmethod
    def c(cls): ...
    @abstractstaticmethod
    def s(): ...
print(sorted(Legacy.__abstractmethods__))

class Mixin:
    def helper(self): return "help"

class Tool(Mixin, ABC):
    @abstractmethod
    def use(self): ...

class Hammer(Tool):
    def use(self): return "bang " + self.helper()
print(Hammer().use(), isinstance(Hammer(), Tool), isinstance(Hammer(), Mixin))

# A concrete method overridden by an abstract one becomes abstract again.
class Concrete(ABC):
    def m(self): return 1
class Reabstract(Concrete):
    @abstractmethod
    def m(self): ...
print(sorted(Reabstract.__abstractmethods__))
try:
    Reabstract()
except TypeError as e:
    print(e)

# Keyword arguments reach __init_subclass__ through ABCMeta.
class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append(name or cls.__name__)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
print(Plugin.registry, type(P1).__name__)

# Abstract methods can still be called through super().
class Greeter(ABC):
    @abstractmethod
    def greet(self):
        return "hello"
class Loud(Greeter):
    def greet(self):
        return super().greet().upper()
print(Loud().greet())
print(Greeter.greet.__isabstractmethod__, hasattr(Loud.greet, "__isabstractmethod__"))
