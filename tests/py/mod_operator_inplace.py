# operator: the in-place functions use __iadd__ and friends, else the plain operators
import operator as op

l = [1]
r = op.iadd(l, [2])
print(r, l, r is l)
r = op.iconcat(l, [3])
print(r, l, r is l)
t = (1,)
print(op.iadd(t, (2,)), t)
print(op.imul(2, 3), op.ipow(2, 3), op.isub(5, 1), op.itruediv(1, 2), op.ifloordiv(7, 2), op.imod(7, 2),
      op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1, 2}
print(op.ior(s, {3}), s, op.iand(s, {1, 3}), s, op.isub(s, {1}), s, op.ixor(s, {7}), s)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __imatmul__(self, x): return 'imatmul %r' % (x,)
a = Acc()
b = op.iadd(a, 5)
print(b is a, a.items, op.imatmul(a, 2))
m = [1, 2]
print(op.imul(m, 2), m)
for f, args in [(op.iadd, (1, 'a')), (op.iconcat, (1, [2])), (op.imatmul, (1, 2))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(f.__name__, e)
