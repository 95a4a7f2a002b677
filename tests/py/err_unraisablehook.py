import sys
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
def hook(u):
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__,
          u.exc_traceback is not None, len(u))
sys.unraisablehook = hook
class A:
    def __del__(self):
        raise ValueError("in del")
a = A()
del a
import atexit
def bad():
    1 / 0
atexit.register(bad)
def bad_hook(u):
    raise KeyError("hook failed")
sys.unraisablehook = bad_hook
b = A()
del b
sys.unraisablehook = None
c = A()
del c
sys.unraisablehook = sys.__unraisablehook__
d = A()
del d
try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print(e)
e = A()
del e
sys.unraisablehook = hook
print("end")
