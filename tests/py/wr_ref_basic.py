# weakref.ref: creation, calling, death, repr, reuse, getweakrefcount/getweakrefs.
import weakref
import sys


class A:
    pass


def show(label, value):
    print(label, value)


a = A()
r = weakref.ref(a)
show("alive:", r() is a)
show("type:", type(r))
show("same type names:", weakref.ref is weakref.ReferenceType)
show("repr alive:", repr(r).startswith("<weakref at 0x") and "; to 'A' at 0x" in repr(r))
show("callback attr:", r.__callback__)
show("size:", sys.getsizeof(r))

# a second ref without callback is the same object; with a callback it is a new one
r2 = weakref.ref(a)
show("reused:", r2 is r)
show("reused with None callback:", weakref.ref(a, None) is r)


def cb(wr):
    print("callback got", "the ref" if wr is r3 else wr, "; referent now", wr())


r3 = weakref.ref(a, cb)
show("new with callback:", r3 is not r)
show("callback attr set:", r3.__callback__ is cb)
show("count:", weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print("list order:", [x is r for x in refs], [x is r3 for x in refs])
show("__weakref__ is first:", a.__weakref__ is r)

print("deleting a")
del a
print("after del")
show("dead call:", r())
show("repr dead:", repr(r).endswith("; dead>"))
show("callback kept?", r3.__callback__)
show("count of dead:", weakref.getweakrefcount(r))

# names show up in the repr when the referent has a __name__
def func():
    pass

rf = weakref.ref(func)
show("func repr:", repr(rf).split(";")[1].replace(hex(id(func)), "ADDR"))
rc = weakref.ref(A)
show("class repr:", repr(rc).split(";")[1].replace(hex(id(A)), "ADDR"))
rm = weakref.ref(sys)
show("module repr:", repr(rm).split(";")[1].replace(hex(id(sys)), "ADDR"))
rb = weakref.ref(len)
show("builtin repr:", repr(rb).split(";")[1].replace(hex(id(len)), "ADDR"))

# calling with arguments
for bad in ((1,), (1, 2)):
    try:
        rf(*bad)
    except TypeError as e:
        show("call error:", e)
try:
    rf(x=1)
except TypeError as e:
    show("call kw error:", e)
try:
    weakref.ref()
except TypeError as e:
    show("no args:", e)
try:
    weakref.ref(func, None, 3)
except TypeError as e:
    show("3 args:", e)
try:
    weakref.ref(func, callback=None)
except TypeError as e:
    show("kw args:", e)
