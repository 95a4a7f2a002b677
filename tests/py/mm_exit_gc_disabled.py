# With the collector disabled the collection before tear-down is skipped, but the ones during
# tear-down still run: garbage cycles and __main__'s objects die together.
import gc

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
p = A(2)
q = A(3)
p.q = q
q.p = p
del p, q
gc.disable()
b = A(4)
print("end of program")
