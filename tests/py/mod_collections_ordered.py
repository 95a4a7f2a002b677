# collections.OrderedDict, ChainMap, UserDict/UserList and collections.abc.
from collections import OrderedDict, ChainMap, UserDict, UserList, deque
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Hashable, Sized, Container, Callable, Set,
                             MutableSet, Generator, Collection)

o = OrderedDict(a=1, b=2, c=3)
o.move_to_end('a'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
o = OrderedDict.fromkeys('abc', 0)
print(o, o.keys(), o.values(), o.items(), list(reversed(o)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(), o.copy(), type(o | {'z': 1}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
r = OrderedDict()
r['self'] = r
print(r)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.get('zz', 0), 'b' in cm)
child = cm.new_child({'c': 4})
print(child, child.parents, child.maps[0])
cm['c'] = 5
print(cm.maps, dict(cm), cm.pop('c'), cm)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
print(list(cm.keys()), sorted(cm.items()), cm == {'a': 1, 'b': 3})

u = UserDict(a=1)
u['b'] = 2
print(u, len(u), 'a' in u, u.data, isinstance(u, MutableMapping))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], len(ul), ul + [5])

print(isinstance([], Iterable), isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance(5, Hashable), isinstance([], Hashable))
print(isinstance(deque(), MutableSequence), isinstance(set(), Set), isinstance(frozenset(), MutableSet), isinstance(len, Callable))
print(isinstance(ChainMap(), MutableMapping), isinstance(o, Mapping), isinstance('x', Sequence), isinstance((), MutableSequence))

class C:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0

print(isinstance(C(), Iterable), isinstance(C(), Sized), isinstance(C(), Collection), issubclass(C, Container))

class M(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

m = M({'a': 1, 'b': 2})
print(m.get('a'), 'b' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
try:
    Sequence()
except TypeError as e:
    print(e)
