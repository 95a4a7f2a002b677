import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(r(list(range(20))))
print(r(tuple(range(3))), r((1,)), r(()), r((1, 2, 3, 4, 5, 6, 7)))
print(r("x" * 100))
print(r("abc"))
print(r("a'b" * 20))
print(r(2 ** 200))
print(r(12345))
print(r(set(range(10))), r(set()), r({3, 1, 2}))
print(r(frozenset(range(10))), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r(deque(range(10))), r(deque()))
print(r(array('i', range(10))), r(array('d')))
print(r([[[[[[[[1]]]]]]]]))
print(r([[[[[[[]]]]]]]))
print(r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(len(r({1, 'a', 2.5})))
print(r(None), r(3.5), r(True))

class Long:
    def __repr__(self):
        return "<Long " + "z" * 50 + ">"
print(r(Long()))

class Bad:
    def __repr__(self):
        raise ValueError
s = r(Bad())
print(s.startswith('<Bad instance at 0x'))

a = reprlib.Repr()
print(sorted(vars(a).items()))
a.maxlist = 2
a.maxstring = 10
a.fillvalue = '+++'
print(a.repr([1, 2, 3, 4]), a.repr("abcdefghijklmnop"), a.repr([1, 2]))
a.maxlevel = 1
print(a.repr([[1], [2]]), a.repr({1: {2: 3}}), a.repr([[]]))
a.maxlong = 5
print(a.repr(1234567890))

class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return 'F(%g)' % x
print(MyRepr().repr([1.5, 2.25]))

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.kids)
n = Node(1)
n.kids.append(n)
n.kids.append(Node(2))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)

class Other(list):
    @reprlib.recursive_repr('<...>')
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'
o = Other([1])
o.append(o)
print(repr(o))
print(sorted(reprlib.__all__))
