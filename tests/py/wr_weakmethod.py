# weakref.WeakMethod: weak references to bound methods.
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def hello(self, x=0):
        return "hello from %s %s" % (self.name, x)

    def other(self):
        return "other"


c = C("c")
plain = weakref.ref(c.hello)
print("a plain ref to a bound method dies at once:", plain())
wm = weakref.WeakMethod(c.hello)
m = wm()
print(type(wm).__name__, isinstance(wm, weakref.ref), type(m).__name__, m(5))
print("same method each time:", wm() == c.hello, wm() is wm())
print("equality:", wm == weakref.WeakMethod(c.hello), wm != weakref.WeakMethod(c.other))
print("hash:", hash(wm) == hash(weakref.WeakMethod(c.hello)))
d = C("d")
print("different object:", wm == weakref.WeakMethod(d.hello))
print("vs plain ref:", wm == weakref.ref(c), (wm == 3))
del m


def cb(r):
    print("callback with the WeakMethod:", r is wm2, "now:", r())


wm2 = weakref.WeakMethod(c.hello, cb)
print("repr:", repr(wm2).startswith("<weakref at"))
del c
print("after object death:", wm(), wm2())
print("dead equality is identity:", wm == wm, wm == weakref.WeakMethod(d.hello))

# the function dying also kills it
class E:
    pass


def func(self):
    return "func"


E.meth = func
e = E()
wf = weakref.WeakMethod(e.meth, lambda r: print("function died"))
print(wf())
del E.meth, func
print("after function death:", wf())

for bad in (len, C, 5, C("x").hello.__func__):
    try:
        weakref.WeakMethod(bad)
    except TypeError as exc:
        print(exc)
