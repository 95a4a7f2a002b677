# Which objects can be weakly referenced, and the error for those that cannot.
import weakref
import sys


class Plain:
    pass


class WithMethod:
    def m(self):
        pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class IntSub(int):
    pass


class ListSub(list):
    pass


class TupleSub(tuple):
    pass


def f():
    pass


candidates = [
    ("int", 5), ("str", "abc"), ("float", 1.5), ("tuple", (1, 2)), ("list", [1]),
    ("dict", {}), ("bytes", b"x"), ("None", None), ("object", object()),
    ("set", {1}), ("frozenset", frozenset([1])), ("function", f), ("lambda", lambda: 0),
    ("class", Plain), ("instance", Plain()), ("type int", int), ("module", sys),
    ("builtin", len), ("bound method", WithMethod().m), ("method-wrapper", Plain().__init__), ("method", [].append),
    ("code", f.__code__), ("slotted", Slotted()), ("slotted weak", SlottedWeak()),
    ("int subclass", IntSub(3)), ("list subclass", ListSub()), ("tuple subclass", TupleSub()),
    ("weakref", weakref.ref(f)), ("range", range(3)), ("exception", ValueError()),
]
keep = []
for name, obj in candidates:
    try:
        r = weakref.ref(obj)
    except TypeError as e:
        print(name, "->", e)
    else:
        keep.append(r)
        print(name, "-> ok", r() is obj)
    print("   getweakrefcount:", weakref.getweakrefcount(obj))

print(Slotted.__weakrefoffset__ == 0, SlottedWeak.__weakrefoffset__ > 0)
print(hasattr(Slotted(), "__weakref__"), SlottedWeak().__weakref__)
try:
    class Twice(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
print(weakref.getweakrefs(5), weakref.getweakrefs(Plain()))
