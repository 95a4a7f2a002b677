# collections.defaultdict and Counter.
from collections import defaultdict, Counter

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, dd.default_factory, len(dd), 'c' in dd, dict(dd))
dc = defaultdict(int, {'x': 1})
dc['y'] += 2
print(dc, dc.copy(), type(dc | {'z': 0}).__name__, dc | {'z': 0}, {'w': 1} | dc)
print(defaultdict(), defaultdict(None, a=1), isinstance(dd, dict))
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], dict(nested['a']))
dd.default_factory = set
dd['s'].add(1)
print(dd['s'], dd.get('nothing'), 'nothing' in dd)

words = 'the quick brown fox jumps over the lazy dog the end'.split()
c = Counter(words)
print(c.most_common(2), c['the'], c['missing'], len(c))
print(Counter('abracadabra'))
print(Counter('abracadabra').most_common(3), sorted(Counter('aab').elements()))
c = Counter(a=3, b=1)
c.update('aab')
c.update({'z': 2})
c.subtract({'a': 10})
print(c, c.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
del x['nope']
print(x, Counter(), repr(Counter(a=0)))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
print(Counter(['x', 'y', 'x']).most_common(), Counter({'k': 2}).most_common(0))
