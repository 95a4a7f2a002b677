# Subclasses of weakref.ref: extra state, __init__/__new__ overrides, list order.
import weakref
import sys


class Obj:
    pass


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, **tags):
        super().__init__(ob, callback)
        self.__dict__.update(tags)


class Slotted(weakref.ref):
    __slots__ = ("label",)

    def __new__(cls, ob, label, callback=None):
        self = super().__new__(cls, ob, callback)
        self.label = label
        return self

    def __init__(self, ob, label, callback=None):
        super().__init__(ob, callback)

    def __repr__(self):
        return "<Slotted %s alive=%s>" % (self.label, self() is not None)


o = Obj()
t = Tagged(o, None, color="red", size=3)
print(t.color, t.size, t() is o, type(t).__name__, isinstance(t, weakref.ref))
print(sorted(vars(t)))
s = Slotted(o, "first")
print(s, s.label, s.__callback__)
plain = weakref.ref(o)
print("plain not reused from subclass:", plain is not t and plain is not s)
print("order:", [type(x).__name__ for x in weakref.getweakrefs(o)])
print("subclass with no callback is still distinct:", Tagged(o) is not Tagged(o))
print("Tagged weakrefoffset > 0:", Tagged.__weakrefoffset__ > 0, Slotted.__weakrefoffset__)
print("sizes:", sys.getsizeof(s))


def cb(r):
    print("callback for", r)


s2 = Slotted(o, "with-cb", cb)
print("getweakrefcount:", weakref.getweakrefcount(o))
weakref_to_ref = weakref.ref(t)
print("weakref to a ref subclass:", weakref_to_ref() is t)
del o
print("after death:", s, t(), s2)
del t
print("ref to ref subclass after it died:", weakref_to_ref())

try:
    Tagged()
except TypeError as e:
    print(e)
try:
    Slotted(1, "x")
except TypeError as e:
    print(e)


class Counting(weakref.ref):
    made = 0

    def __new__(cls, ob, callback=None):
        cls.made += 1
        return super().__new__(cls, ob, callback)

    def __call__(self):
        obj = super().__call__()
        return ("wrapped", obj is not None)


k = Obj()
c = Counting(k)
print(c(), Counting.made)
del k
print(c())
