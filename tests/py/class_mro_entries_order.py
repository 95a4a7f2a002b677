class Base: pass
class E:
    def __mro_entries__(self, bases): return (Base,)
class A(E(), int): pass
print(A.__bases__)
class B(int, E(), str if False else object): pass
print(B.__bases__, B.__orig_bases__)
import typing
T = typing.TypeVar("T")
class C(typing.Generic[T], Base): pass
print(C.__bases__, C.__mro__)
