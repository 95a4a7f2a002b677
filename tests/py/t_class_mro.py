# inheritance and MRO: single, multiple, diamond; __mro__/__bases__ names; method resolution; inconsistent MRO error.
class A:
    def who(self): return "A"
    def only_a(self): return "only in A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
    def only_c(self): return "only in C"
class D(B, C):
    pass
class E(C, B):
    pass
names = lambda cls: [k.__name__ for k in cls.__mro__]
print(names(D), names(E), D().who(), E().who(), D().only_c(), D().only_a())
print([k.__name__ for k in D.__bases__], D.__base__.__name__, A.__bases__, object.__bases__, object.__mro__)
print(names(bool), names(int), [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    greeting = "hello"
    def greet(self): return f"{self.greeting} from {type(self).__name__}"
class Child(Base):
    greeting = "hi"
class GrandChild(Child):
    pass
print(Base().greet(), Child().greet(), GrandChild().greet(), GrandChild.greeting)
print(issubclass(GrandChild, Base), issubclass(Base, GrandChild), isinstance(GrandChild(), Child), issubclass(D, (X, C)))
class Override(Base):
    def greet(self): return "overridden; base says: " + Base.greet(self)
print(Override().greet())
print(names(type), names(Exception), names(KeyError), names(dict))
class S(str): pass
class L(list): pass
print(names(S), names(L), S("x").upper(), type(S("x").upper()).__name__, L([1]) + [2], type(L() + []).__name__)
try:
    class BadBase(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
