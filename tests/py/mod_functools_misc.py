import functools
from functools import total_ordering, cached_property, singledispatch, partialmethod

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= V(3))
print(V.__gt__.__name__, V.__le__.__doc__)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v > o.v
print(G(1) < G(2), G(3) <= G(2), G(2) >= G(2))
try:
    G(1) < 5
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)

@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
def show_str(x):
    return 'str ' + x
show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show('s'), show(2.5), show(None))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.__wrapped__)
print(sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print(e)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cl = Cell()
cl.set_alive()
print(cl._alive)
cl.set_dead()
print(cl._alive)

class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
n = Neg()
print(n.neg(5), n.neg(True))
try:
    n.neg('x')
except NotImplementedError as e:
    print(e)
import collections.abc as cabc
@functools.singledispatch
def fabc(x): return 'obj'
@fabc.register(cabc.Sequence)
def _(x): return 'seq'
@fabc.register(cabc.Mapping)
def _(x): return 'map'
@fabc.register(int)
def _(x): return 'int'
print(fabc([1]), fabc((1,)), fabc("s"), fabc({}), fabc(1), fabc(True), fabc(1.5), fabc(set()))
class MyList(list): pass
print(fabc(MyList()))
