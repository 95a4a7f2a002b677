# Callbacks: when they run, their order, what they see, and errors inside them.
import weakref
import sys


class A:
    def __init__(self, name):
        self.name = name


class WithDel:
    def __del__(self):
        print("  __del__ runs; its weakrefs still work?", self_ref() is not None)


def make_cb(label):
    def cb(wr):
        print("  callback", label, "ref dead:", wr() is None)
    return cb


print("-- callbacks run at once, newest first after the shared ones")
a = A("a")
plain = weakref.ref(a)
r1 = weakref.ref(a, make_cb("r1"))
r2 = weakref.ref(a, make_cb("r2"))
r3 = weakref.ref(a, make_cb("r3"))
print("order:", [w is plain for w in weakref.getweakrefs(a)], weakref.getweakrefs(a)[1] is r3)
del a
print("after del")

print("-- a ref that dies before its referent never calls back")
b = A("b")
rb = weakref.ref(b, make_cb("never"))
del rb
del b
print("nothing was printed")

print("-- callback sees a ref whose referent is gone; __del__ runs before callbacks")
w = WithDel()
self_ref = weakref.ref(w)
rw = weakref.ref(w, make_cb("after __del__"))
del w

print("-- callback exceptions are reported and swallowed")
def bad(wr):
    raise ValueError("boom in callback")
c = A("c")
rc = weakref.ref(c, bad)
rc2 = weakref.ref(c, make_cb("second, still runs"))
del c
print("program goes on")

print("-- callbacks may create new weak references and objects")
keep = []
def recreate(wr):
    n = A("new")
    keep.append(n)
    keep.append(weakref.ref(n, make_cb("of the new object")))
d = A("d")
rd = weakref.ref(d, recreate)
del d
print("kept:", len(keep), keep[1]() is keep[0])
del keep[0]
print("-- deaths of the other weakly referenceable types")
def f():
    pass
rf = weakref.ref(f, make_cb("function"))
del f
class K:
    pass
rk = weakref.ref(K, make_cb("class"))
del K
s = {1, 2}
rs = weakref.ref(s, make_cb("set"))
del s
fs = frozenset([3])
rfs = weakref.ref(fs, make_cb("frozenset"))
del fs
class M:
    def m(self):
        pass
bm = M().m
rbm = weakref.ref(bm, make_cb("bound method"))
del bm
bf = [].append
rbf = weakref.ref(bf, make_cb("builtin method"))
del bf
def g():
    return 1
code = g.__code__
rcode = weakref.ref(code, make_cb("code object"))
del g, code
print("-- the callback attribute is dropped once called")
e = A("e")
re_ = weakref.ref(e, make_cb("e"))
del e
print("callback now:", re_.__callback__)
print("-- callbacks with a pending exception in flight")
x = A("x")
rx = weakref.ref(x, make_cb("during exception handling"))
try:
    try:
        raise KeyError("outer")
    finally:
        del x
except KeyError as exc:
    print("outer exception kept:", repr(exc))
print("done")
