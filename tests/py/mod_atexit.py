import atexit
import weakref

def hello(*args, **kwargs):
    print("hello", args, sorted(kwargs.items()))

def failing():
    raise RuntimeError("from atexit")

start = atexit._ncallbacks()         # CPython's site may have registered one already
print(atexit.register(hello, 1, 2, key="v") is hello)
atexit.register(failing)
atexit.register(print, "registered third")
print(atexit._ncallbacks() - start)
atexit.unregister(print)
print(atexit._ncallbacks() - start)  # slots are not reused: still 3

@atexit.register
def decorated():
    print("decorated runs first")

class Obj:
    pass

o = Obj()
weakref.finalize(o, print, "finalizer of o")

try:
    atexit.register()
except TypeError as e:
    print(e)
try:
    atexit.register(42)
except TypeError as e:
    print(e)

atexit.register(print, "run by _run_exitfuncs")
print(atexit.register.__doc__.splitlines()[0])
print(atexit.__doc__.splitlines()[0])
print("end of program")
