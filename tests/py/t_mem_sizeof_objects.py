# sys.getsizeof of instances: plain classes, with __dict__ populated, __slots__ with 0/1/3 slots, subclasses of builtins.
import sys
sz = sys.getsizeof
class Plain: pass
class WithInit:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
class S0:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
class S3:
    __slots__ = ("a", "b", "c")
class S3Child(S3):
    __slots__ = ("d",)
class S3Dict(S3):
    pass
p = Plain()
print("plain:", sz(p), "with attrs:", sz(WithInit()), "slots 0/1/3:", sz(S0()), sz(S1()), sz(S3()), "child:", sz(S3Child()), sz(S3Dict()))
print("__dict__ of plain:", sz(p.__dict__), "after one attr:", (setattr(p, "x", 1), sz(p.__dict__))[1], "instance unchanged:", sz(p))
w = WithInit()
print("WithInit __dict__:", sz(w.__dict__))
class IntSub(int): pass
class StrSub(str): pass
class ListSub(list): pass
class DictSub(dict): pass
class TupleSub(tuple): pass
print("int subclass:", sz(IntSub(5)), sz(5), "str subclass:", sz(StrSub("ab")), sz("ab"))
print("list subclass:", sz(ListSub()), sz([]), "dict subclass:", sz(DictSub()), sz({}), "tuple subclass:", sz(TupleSub((1, 2))), sz((1, 2)))
print("object():", sz(object()), "function:", sz(lambda: 0), "class:", sz(Plain) > 0, "method:", sz(w.__init__))
print("exception:", sz(ValueError()), sz(ValueError("x")), "property:", sz(property()), "staticmethod:", sz(staticmethod(len)))
class Sized:
    def __sizeof__(self):
        return 1000
print("custom __sizeof__:", sz(Sized()))
class BadSized:
    def __sizeof__(self):
        return -1
try:
    sz(BadSized())
except ValueError as e:
    print("ValueError:", e)
print("with default:", sys.getsizeof(Sized(), 7), sys.getsizeof(1, 7))
