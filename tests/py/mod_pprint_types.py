# pprint: strings and bytes split over lines, recursion markers, sets, collections types,
# dataclasses, PrettyPrinter options and errors
import pprint, collections, types, dataclasses
from pprint import pformat, pprint as pp
print('--- strings')
s = 'The quick brown fox jumps over the lazy dog. ' * 5
print(pformat(s))
print(pformat(s, width=30))
print(pformat([s], width=50))
print(pformat({'k': s}, width=50))
print(pformat('line one\nline two\n\nline four is longer than the others are\n', width=20))
print(pformat('x' * 100, width=20))
print(pformat(['a b c d e f g h i j k l m n o p q r s t u v w x y z'], width=10))
print('--- bytes')
print(pformat(bytes(range(50)), width=40))
print(pformat([b'abcdefghijklmnopqrstuvwxyz' * 3], width=30))
print(pformat(b'abcd', width=1))
print(pformat(bytearray(range(60)), width=40))
print('--- recursion')
seen = []
def mask(text):
    for o in seen:
        text = text.replace(str(id(o)), 'ID')
    return text
a = [1, 2]
a.append(a)
seen.append(a)
print(mask(pformat(a)))
print(mask(pformat(a, width=5)))
print(mask(pprint.saferepr(a)), pprint.isrecursive(a), pprint.isreadable(a))
dd = {'x': 1}
dd['self'] = dd
seen.append(dd)
print(mask(pformat(dd)), mask(pprint.saferepr(dd)))
print(mask(pformat(dd, width=10)))
t = ([],)
t[0].append(t)
seen.append(t)
print(mask(pprint.saferepr(t)), mask(pformat(t, width=3)))
big = {'items': list(range(20)), 'children': []}
big['children'].append(big)
big['children'].append({'parent': big, 'name': 'child ' * 5})
seen.append(big)
print(mask(pformat(big, width=40)))
pr = pprint.PrettyPrinter(width=20)
print(pr.isrecursive(big), pr.isreadable(big), pr.isreadable([1, 2]), pr.isrecursive([1, [2]]))
print(pprint.isreadable([1, 'a', (2.0, None)]), pprint.isreadable([object()]), pprint.isrecursive([1]))
print(pprint.saferepr({'b': 1, 'a': [1, {2: 3}]}))
print('--- sets')
print(pformat(set(range(40))))
print(pformat(frozenset(range(40)), width=30))
print(pformat({3, 'a', 1.5, None, (1, 2)}, width=10))
print(pformat({'b': 1, 2: 'a', None: 3, (1,): 4}, width=10))
class MySet(set): pass
class MyList(list): pass
class MyRepr(list):
    def __repr__(self): return 'MyRepr!' * 20
print(pformat(MySet(range(30)), width=30))
print(pformat(MyList(range(30)), width=30))
print(pformat(MyRepr(range(30)), width=30))
print('--- collections')
od = collections.OrderedDict((str(i), i) for i in range(12))
print(pformat(od, width=40))
print(pformat(collections.OrderedDict()))
dfd = collections.defaultdict(list, {i: [i] * 3 for i in range(8)})
print(pformat(dfd, width=40))
c = collections.Counter('abracadabra simsalabim hocus pocus')
print(pformat(c, width=40))
print(pformat(collections.Counter()))
cm = collections.ChainMap({'a': 1, 'b': list(range(20))}, {'c': 3})
print(pformat(cm, width=40))
dq = collections.deque(range(30))
print(pformat(dq, width=40))
print(pformat(collections.deque(range(30), maxlen=40), width=40))
print(pformat(collections.deque()))
print(pformat(types.MappingProxyType({'a': list(range(30)), 'b': 2}), width=40))
ns = types.SimpleNamespace(alpha=list(range(25)), beta='x' * 50, gamma={'k': 'v'})
print(pformat(ns, width=40))
ns.me = ns
seen.append(ns)
print(mask(pformat(ns, width=40)))
print(pformat(collections.UserList(range(30)), width=30))
print(pformat(collections.UserDict({i: str(i) * 10 for i in range(6)}), width=30))
print('--- dataclasses')
@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)
p = Point(1, 2, ['t' * 10 for _ in range(8)])
print(pformat(p))
print(pformat(p, width=30))
print(pformat([p, Point(3, 4)], width=40))
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
print(pformat(NoRepr(1), width=1)[:20])
print('--- PrettyPrinter')
import io
buf = io.StringIO()
pr = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pr.pprint({'a': [1, 2, {'b': (3, 4, 5)}], 'zz': None, 'c': {1, 2, 3}})
print(buf.getvalue(), end='')
print(pr.pformat([1, 2]), pr.isreadable([1]), pr.isrecursive(a), pr.format([1, 2], {}, 0, 0))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'depth': -2}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
pp(list(range(3)))
pprint.pprint({'k': 'v'}, stream=None)
print(pformat(list(range(10)), width=-1))
print(pformat({1: (), 2: [], 3: {}}, width=1))
print(pformat(((((1,),),),), width=1))
print(pformat([[[[[[1, 2, 3]]]]]], depth=3))
print(pformat([('a', 'b' * 40, {'c': 'd' * 40})], width=50))
print(pformat('\u00e9t\u00e9 \u2603 ' * 12, width=30))
print(pformat({'k' * 10: 'v ' * 40, 'n': ['x' * 30, b'y' * 30]}, width=40))
print(pformat(('only one long string element that goes past the width',), width=30))
print(pformat({'a': 'b'}, width=1), pformat('', width=1), pformat(b'', width=1), pformat([''], width=1))
class D(dict):
    pass
class D2(dict):
    def __repr__(self): return 'D2()'
print(pformat(D(a=list(range(30)), b=2), width=30))
print(pformat(D2(a=list(range(30))), width=30))
print(pformat([10**30, -(10**25)], underscore_numbers=True, width=20))
print(pprint.saferepr([1, 'two', {'three': (4.0, None, True)}]), pprint.isreadable(pprint), pprint.saferepr(int))
