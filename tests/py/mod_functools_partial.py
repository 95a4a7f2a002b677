import functools
from functools import partial, reduce, cmp_to_key

def f(a, b=2, *c, **k):
    return (a, b, c, k)

p = partial(f, 1, x=2)
print(p(), p(5, 6, y=3), p(x=9))
print(p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'F'))
q = partial(p, 7, y=1)
print(q.func is f, q.args, q.keywords, q())
class P(partial):
    pass
r = P(f, 3)
print(type(r).__name__, r(), repr(r).replace(hex(id(f)), 'F'))
print(partial(max, key=len)(['ab', 'c', 'def']))
print(partial(int, base=2)('1011'))
p.attr = 5
print(p.attr, p.__dict__)
print(partial(print, 'x', sep='-')('y'))
for expr in ['partial()', 'partial(1)', 'reduce(1)', 'reduce(lambda a, b: a, [])',
             'reduce(lambda a, b: a + b, 5)', 'reduce(f, [1], initial=2)',
             'cmp_to_key(lambda a, b: 0)(1) < 2', 'hash(cmp_to_key(lambda a, b: 0)(1))',
             'partial(f, a=1)(2)', 'p.func = None']:
    try:
        print(expr, '->', eval(expr) if '=' not in expr.split('(')[0] else exec(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
k = cmp_to_key(cmp)
print(k(3) < k(4), k(3) == k(3), k(5) >= k(9), k(1).obj, type(k).__name__)
print(functools.partial.__module__, functools.partial.__name__)
print(partial(f, 1, 2, 3, z=1) ())
