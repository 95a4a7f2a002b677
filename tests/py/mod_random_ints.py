# random: randrange/randint/choice/shuffle/sample/choices, the same numbers as CPython
import random

for seed in range(12):
    random.seed(seed)
    print(seed, random.randint(1, 6), random.randrange(10), random.randrange(5, 100, 7),
          random.randrange(100, 0, -3), random.randrange(-10**20, 10**20, 3),
          random.randrange(2**31), random.randrange(2**32 + 1), random.randrange(1, 2**64),
          random.choice('abcdefghij'), random.choice([1, 2, 3]), random.choice(range(1000)))
    deck = list(range(20))
    random.shuffle(deck)
    print(deck)
    print(random.sample(range(1000), 10), random.sample('abcdefg', 7), random.sample(range(10**9), 3))
    print(random.sample(range(30), 25), random.sample(tuple(range(100)), 12))
    print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
    print(random.choices('abc', k=6), random.choices(range(10), weights=[1, 2, 3, 4, 5, 5, 4, 3, 2, 1], k=4),
          random.choices('xyz', cum_weights=[1, 5, 10], k=6), random.choices([1, 2, 3], [0.2, 0.5, 0.3], k=4),
          random.choices('ab'), random.choices('abc', k=0))
random.seed(7)
print([random.randint(0, 9) for _ in range(40)])
big = list(range(50))
random.shuffle(big)
print(big)
print(sorted(random.sample(range(10000), 20)))
print(random.choices(['win', 'lose'], weights=[1, 10**30], k=5))
print(random.choices([10, 20, 30], weights=[1, 1.5, 2], k=5))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1),
            lambda: random.randrange(5, step=2), lambda: random.sample({1, 2}, 1),
            lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1),
            lambda: random.choices('ab', [1]), lambda: random.choices('ab', [0, 0]),
            lambda: random.choices('ab', 3), lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
            lambda: random.sample('ab', counts=[1], k=1), lambda: random.sample('ab', counts=[1, 1.5], k=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
