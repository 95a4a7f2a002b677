# operator: the operator functions dispatch exactly as the operators do
import operator as op

print(op.add(2, 3), op.sub(5, 8), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(7, 3),
      op.mod('%s!', 'x'), op.pow(2, 10), op.neg(5), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0),
      op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.not_([]), op.truth([1]), op.is_(None, None), op.is_not(1, None), op.index(5), op.index(True))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.eq('a', 1))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)), op.contains([1, 2], 2),
      op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.contains('abc', 'x'))
d = {}
op.setitem(d, 'a', 1)
print(d, op.getitem(d, 'a'), op.getitem([1, 2, 3], slice(1, None)), op.getitem('hello', -1))
op.delitem(d, 'a')
print(d)
l = [1, 2, 3, 4]
op.delitem(l, slice(1, 3))
print(l, op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(5, 10))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1, 2], reverse=True))

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __radd__(self, o): return V(o + self.v)
    def __matmul__(self, o): return self.v * o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
print(op.add(V(1), V(2)), op.add(3, V(4)), op.matmul(V(3), V(5)), op.lt(V(1), V(2)), op.gt(V(1), V(2)))
for f, args in [(op.concat, (1, 2)), (op.indexOf, ([1], 5)), (op.index, (1.5,)), (op.add, (1, 'a')),
                (op.length_hint, (5, 'x')), (op.neg, ('a',)), (op.getitem, ([1], 5)), (op.truediv, (1, 0)),
                (op.add, (1,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(op.__add__ is op.add, op.__lt__ is op.lt, op.__not__ is op.not_, op.add.__name__, op.__inv__(5))
print(sorted(op.__all__)[:10], len(op.__all__))
