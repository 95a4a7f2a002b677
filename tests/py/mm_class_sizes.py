# Classes whose instances keep a managed __dict__ own shared keys, counted in their size.
import sys
class A: pass
class B(A): pass
class S:
    __slots__ = ("x",)
class I(int): pass
class E(Exception): pass
class M(type): pass
class K(metaclass=M): pass
print(type.__basicsize__, type.__itemsize__)
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(S), sys.getsizeof(I), sys.getsizeof(E))
print(sys.getsizeof(M), sys.getsizeof(K), A.__sizeof__ is not None)
print(type(A).__sizeof__(A), type.__sizeof__(S))
class Sd:
    __slots__ = ("x", "__dict__")
print(sys.getsizeof(Sd), sys.getsizeof(Sd()))
