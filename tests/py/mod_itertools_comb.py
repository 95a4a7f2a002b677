from itertools import *

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product([], [1])), list(product('ab', repeat=0)))
print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('AB', 0)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(len(list(product(range(3), repeat=4))))
# results are independent tuples even when recycled
res = []
for t in product('ab', repeat=2):
    res.append(t)
print(res)
kept = list(combinations([1, 2, 3, 4], 2))
print(kept)
print(sorted(permutations('aab')) == sorted(set(permutations('aab'))) )
print(len(set(permutations('aab'))))
for args, kw in [(([1],), {'r': -1}), ((), {}), (([1, 2],), {})]:
    try:
        print(list(combinations(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: permutations([1], -1), lambda: permutations([1], 'a'),
          lambda: product([1], repeat=-1), lambda: product(x=1),
          lambda: zip_longest(x=1), lambda: combinations_with_replacement([1], -2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
