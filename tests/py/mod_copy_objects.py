import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, type(q).__name__, q is p, q.y is p.y, r.y is p.y)

class Slotted:
    __slots__ = ('a', 'b', '__c')
    def __init__(self):
        self.a = [1]
        self.__c = 'private'
s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s2, 'b'), s3._Slotted__c)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return WithCopy(self.v + 100)
print(copy.copy(WithCopy(1)).v, copy.deepcopy(WithCopy(1)).v)
print(copy.deepcopy([WithCopy(5)])[0].v)

class State:
    def __init__(self):
        self.data = 1
        self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
        self.cache = None
sc = copy.copy(State())
print(sc.data, sc.cache)
sd = copy.deepcopy(State())
print(sd.data, sd.cache)

class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a * 2,))
print(copy.copy(Red(3)).a, copy.deepcopy(Red([1])).a)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'T'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md[1] is ml[1], md.tag)

class MyDict(dict):
    pass
dd = copy.deepcopy(MyDict(a=[1]))
print(type(dd).__name__, dd)

class MyTuple(tuple):
    pass
mt = copy.deepcopy(MyTuple((1, [2])))
print(type(mt).__name__, mt)

class MyInt(int):
    pass
mi = copy.copy(MyInt(7))
print(type(mi).__name__, mi)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node('root')
child = Node('child')
child.parent = root
root.children.append(child)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not child)

class E(Exception):
    pass
e = copy.copy(E('boom', 2))
print(type(e).__name__, e.args)
class M:
    def meth(self):
        return self
m = M()
bm = copy.deepcopy(m.meth)
print(bm() is not m, type(bm()).__name__)
