# pprint: layout of nested containers at several widths, indents, depths; compact, sort_dicts,
# underscore_numbers
import pprint, collections, types, dataclasses
from pprint import pformat, pprint as pp

data = {'name': 'ouro', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'zz': None, 'c': {1, 2, 3}},
        'long': 'lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore',
        'bytes': bytes(range(40)), 'ba': bytearray(b'hello world this is a long bytearray value to wrap over'),
        'fs': frozenset({'x', 'y', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'}),
        (1, 2): 'tuple key', 3.5: [1.5, 2.5, complex(1, 2)], 'empty': [[], {}, (), set(), frozenset(), ''], 't1': (1,)}
for w in (80, 40, 20, 5, 1):
    print('--- width', w)
    print(pformat(data, width=w))
for ind in (0, 2, 4):
    print('--- indent', ind)
    print(pformat(data, indent=ind, width=50))
print('--- depth')
for d in (1, 2, 3):
    print(pformat(data, depth=d))
print('--- compact')
print(pformat(list(range(100)), compact=True))
print(pformat([list(range(15)), list(range(25)), ['abc'] * 20], compact=True, width=40))
print(pformat([list(range(15))] * 3, compact=True, width=40, indent=3))
print('--- sort_dicts')
d = {'b': 1, 'a': 2, 'c': {'z': 1, 'y': [3, 2, 1] * 10}}
print(pformat(d, sort_dicts=False, width=30))
pprint.pp(d, width=30)
pp(d, width=30)
print('--- underscore')
print(pformat([10**6, 12345678901234567890, -5000, True], underscore_numbers=True))
print(pformat({'big': 10**20}, underscore_numbers=True, width=10))
