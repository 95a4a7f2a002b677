from graphlib import TopologicalSorter, CycleError
import random

graphs = [
    {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}},
    {2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {},
    {1: []},
    {'a': ['b'], 'b': ['c'], 'c': ['a']},
    {'a': ['a']},
    {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]},
    {'x': ['y', 'y'], 'y': []},
    {0: [1, 2], 1: [3], 2: [3], 3: [4, 5], 5: [1]},
]
for g in graphs:
    g2 = {k: sorted(v) if isinstance(v, set) else v for k, v in g.items()}
    try:
        print(list(TopologicalSorter(g2).static_order()))
    except CycleError as e:
        print('CycleError', e, e.args, type(e).__mro__[1].__name__)

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4)
print(bool(ts._nodes) if hasattr(ts, '_nodes') else True)
try:
    ts.get_ready()
except ValueError as e:
    print('ValueError', e)
try:
    ts.is_active()
except ValueError as e:
    print('ValueError', e)
try:
    ts.done(1)
except ValueError as e:
    print('ValueError', e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print('ValueError', e)
try:
    ts.add(9)
except ValueError as e:
    print('ValueError', e)
print(ts.is_active(), bool(ts))
r = ts.get_ready()
print(r, ts.get_ready())
for bad in (99, 3):
    try:
        ts.done(bad)
    except ValueError as e:
        print('ValueError', e)
ts.done(0)
print(ts.get_ready())
try:
    ts.done(0)
except ValueError as e:
    print('ValueError', e)
ts.done(2, 4)
ts.done(1)
print(ts.get_ready(), ts.is_active())
ts.done(3)
print(ts.is_active(), ts.get_ready())
print(TopologicalSorter[int], TopologicalSorter[str].__origin__ is TopologicalSorter)

rnd = random.Random(7)
for t in range(25):
    n = rnd.randint(1, 9)
    g = {}
    for i in range(n):
        g[i] = [rnd.randrange(n) for _ in range(rnd.randint(0, 3))]
        if t % 2:
            g[i] = [p for p in g[i] if p < i]
    try:
        print(t, list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print(t, 'cycle', e.args[1])
