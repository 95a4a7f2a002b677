# Instances of subclasses of built-in types get their __dict__ when first needed.
import sys, gc
sz = sys.getsizeof
class L(list): pass
l = L([1, 2])
print("list subclass:", sz(l), sz(l.__dict__), gc.is_tracked(l.__dict__))
l2 = L()
l2.tag = "t"
print("after setattr:", sz(l2.__dict__), vars(l2))
class I(int): pass
i = I(5)
i.note = "n"
print("int subclass:", sz(i), vars(i), sz(i.__dict__))
class T(tuple): pass
t = T((1, 2)); t.a = 1
print("tuple subclass:", vars(t), sz(t.__dict__))
class E(Exception): pass
e = E("msg"); e.code = 3
print("exception subclass:", vars(e), e.args)
class Dd(dict): pass
dd = Dd(k=1); dd.attr = 2
print("dict subclass:", dd, vars(dd), gc.is_tracked(dd))
class Sl:
    __slots__ = ("a", "__dict__")
s = Sl(); s.a = 1; s.b = 2
print("slots + dict:", s.a, vars(s), sz(s), sz(s.__dict__))
class WithWeak:
    __slots__ = ("__weakref__",)
try:
    WithWeak().x = 1
except AttributeError as exc:
    print("AttributeError:", exc)
