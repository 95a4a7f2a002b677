# random: the real distributions (random.py's algorithms), state, instances and subclasses
import random

for seed in (0, 1, 17, 'dist'):
    random.seed(seed)
    print([random.uniform(1, 10), random.uniform(-2.5, 2.5), random.uniform(3, 3), random.triangular(),
           random.triangular(0, 10, 2), random.triangular(5, 5, 5)])
    print([random.gauss(), random.gauss(5, 2), random.gauss(0, 1), random.normalvariate(),
           random.normalvariate(10, 3), random.lognormvariate(0, 1), random.expovariate(1.5)])
    print([random.vonmisesvariate(1.0, 2.0), random.vonmisesvariate(0, 0), random.gammavariate(0.5, 1.0),
           random.gammavariate(1.0, 2.0), random.gammavariate(3.0, 1.5), random.betavariate(2, 3),
           random.paretovariate(2.0), random.weibullvariate(1.0, 1.5)])
r = random.Random(3)
print([round(r.gauss(100, 15), 6) for _ in range(6)], r.gauss_next is None)
r.gauss()
print(r.gauss_next is None)

class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed(5)
print(f.random(), f.uniform(0, 10), f.choice('abcdef'), f.randrange(100), f.gauss(), f.getrandbits(8))

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
c = Counting(7)
print(c.randrange(1000), c.choice(range(50)), c.calls, c.random(), isinstance(c, random.Random))

class Seeded(random.Random):
    def seed(self, a=None):
        super().seed(1234)
print(Seeded(5).random() == random.Random(1234).random())
print(random.Random.VERSION, type(random.Random()).__name__)
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print(e)
