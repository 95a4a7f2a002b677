# weakref.finalize: call, alive, detach, peek, atexit, and the run at exit.
import weakref
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Res(%s)" % self.name


def release(name, mode="normal"):
    print("releasing", name, mode)
    return "released " + name


r1 = Res("one")
f1 = weakref.finalize(r1, release, "one", mode="kw")
print(f1.alive, f1.atexit, f1.peek()[1:], f1.peek()[0] is r1)
print(repr(f1).replace(hex(id(f1)), "F").replace(hex(id(r1)), "R"))
del r1
print("after death:", f1.alive, f1.peek(), f1(), repr(f1).replace(hex(id(f1)), "F"))

# calling it runs the function once
r2 = Res("two")
f2 = weakref.finalize(r2, release, "two")
print("call:", f2())
print("again:", f2(), f2.alive)
del r2

# detach: no call, gives back the parts
r3 = Res("three")
f3 = weakref.finalize(r3, release, "three")
obj, func, args, kwargs = f3.detach()
print("detached:", obj is r3, func is release, args, kwargs, f3.alive, f3.detach())
del r3, obj

# atexit flag
r4 = Res("four")
f4 = weakref.finalize(r4, release, "four")
f4.atexit = False
print("atexit off:", f4.atexit)

# finalizers kept alive until exit run newest first, except those with atexit False
keep = [Res("a"), Res("b"), Res("c")]
for k in keep:
    weakref.finalize(k, release, k.name, mode="at exit")

# the finalizer holds no strong reference to the object
r5 = Res("five")
f5 = weakref.finalize(r5, release, "five", mode="gc")
r5.cycle = r5
del r5
print("before collect")
gc.collect()
print("after collect:", f5.alive)

# an exception in a finalizer called by the death of the object is reported, not raised
def failing():
    raise RuntimeError("finalizer failed")

r6 = Res("six")
weakref.finalize(r6, failing)
del r6
print("still running")

# finalize of a method of the object would keep it alive: use a plain function
try:
    weakref.finalize(5, print)
except TypeError as exc:
    print(exc)
print(weakref.finalize.__name__, sorted(["alive", "atexit", "detach", "peek"]))
print("end of program")
