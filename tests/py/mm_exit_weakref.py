# A weakref callback held by __main__'s dict does not run at exit: the reference dies with the
# garbage it belongs to.  One held from outside (sys) keeps the dict reachable instead, and the
# finalizers then run only when print() is already gone.
import sys
import weakref

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

x = A(1)
r = weakref.ref(x, lambda ref: print("callback for x"))
y = A(2)
r2 = weakref.ref(y, lambda ref: print("callback for y"))
print("alive:", r() is x, r2() is y)
print("end of program")
