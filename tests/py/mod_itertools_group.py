from itertools import *
import itertools

for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for k, g in groupby(data, key=lambda p: p[0]):
    print(k, [v for _, v in g])
# groups become invalid when the groupby advances
groups = []
for k, g in groupby('aabbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))
# islice
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 50, 7)))
print(list(islice(count(), 3, 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
for args in [([],), ([], -1), ([], 1, 2, 0), ([], -1, 2), ([], 'a'), ([], 1, 'x')]:
    try:
        print(list(islice(*args)))
    except Exception as e:
        print(type(e).__name__, e)
# tee
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee('abc', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
x, y = tee(iter(range(200)))
print(sum(x), sum(y))
p, q = tee([1, 2, 3])
r = p.__copy__()
print(list(p), list(r), list(q))
t1, t2 = tee(p)
print(type(t1).__name__, list(t1), list(t2))
try:
    tee([], -1)
except ValueError as e:
    print(e)
# errors
for f in [lambda: count('a'), lambda: cycle(), lambda: chain(x=1), lambda: dropwhile(1),
          lambda: repeat(), lambda: len(repeat(1)), lambda: repeat(1).__length_hint__(),
          lambda: next(starmap(pow, [1])), lambda: accumulate([1], None, 3),
          lambda: list(accumulate([1, 'a'])), lambda: pairwise()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# laziness
def gen():
    for i in range(3):
        print('gen', i)
        yield i
c = chain(gen(), gen())
print(next(c))
print(list(takewhile(lambda x: x < 1, gen())))
