# Recursive generators and classic algorithms written with them.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [x] + p
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
print(list(take(15, fib())))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(20, primes())))

# Sieve built from a chain of filtering generators.
def naturals(start):
    while True:
        yield start
        start += 1
def sieve(s):
    p = next(s)
    yield p
    yield from sieve(x for x in s if x % p)
print(list(take(15, sieve(naturals(2)))))

# Inorder traversal with yield from
class Node:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
def inorder(n):
    if n:
        yield from inorder(n.l)
        yield n.v
        yield from inorder(n.r)
root = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(root)))

# A deep chain of delegating generators
def chain(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from chain(n - 1)
    return r + 1
g = chain(50)
print(next(g))
try:
    g.send(0)
except StopIteration as e:
    print("depth result", e.value)

# Round-robin scheduler of generator tasks
def task(name, n):
    for i in range(n):
        yield f"{name}{i}"
def scheduler(tasks):
    tasks = list(tasks)
    while tasks:
        t = tasks.pop(0)
        try:
            yield next(t)
        except StopIteration:
            continue
        tasks.append(t)
print(list(scheduler([task("a", 3), task("b", 1), task("c", 2)])))

# Generator pipelines
def read(lines):
    for line in lines:
        yield line
def strip(it):
    for s in it:
        yield s.strip()
def nonempty(it):
    return (s for s in it if s)
def upper(it):
    yield from (s.upper() for s in it)
print(list(upper(nonempty(strip(read(["  a ", "", " b", "   ", "c  "]))))))

# Running totals with send
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 40)])

# Large numbers of values
print(sum(x for x in range(100000) if x % 7 == 0))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(50000)))
