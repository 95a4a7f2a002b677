# Built-ins and methods that consume generators, and what generators do not support.
def gen(n):
    for i in range(n):
        yield i

print(bytes(gen(5)), bytearray(gen(3)))
lst = [9]
lst.extend(gen(3))
print(lst)
s = set()
s.update(gen(4))
print(s)
d = {}
d.update((str(i), i) for i in gen(3))
print(d)
print(dict.fromkeys(gen(3)))
print(frozenset(gen(3)))
print(min(gen(5), key=lambda x: -x), max(gen(5), key=lambda x: x % 3))
print(sorted(gen(5), key=lambda x: (x % 2, x)))
print(list(zip(gen(3), gen(10), "abcdef")))
print(list(map(lambda a, b: a * b, gen(4), gen(4))))
print(", ".join(map(str, gen(4))))
print(tuple(reversed(list(gen(3)))))
print(sum(gen(5), 100), sum((x / 2 for x in gen(4)), 0.5))
print(list(range(10))[sum(1 for _ in gen(3)):])
print(str(list(gen(2))), repr(tuple(gen(2))))

# zip stops at the shortest: the longer generator is not over-consumed past one item
a = gen(10)
print(list(zip(a, range(3))), next(a))

# any/all short-circuit
def loud(n):
    for i in range(n):
        print("produce", i)
        yield i
print(any(x == 1 for x in loud(5)))
print(all(x < 1 for x in loud(5)))

# Not supported: len, indexing, reversed
g = gen(3)
for op, f in [("len", len), ("index", lambda g: g[0]), ("reversed", reversed)]:
    try:
        f(g)
    except TypeError as e:
        print(op, "TypeError:", e)
print(list(g))

# iter() of a generator is itself; iterators can be built from generators
g = gen(3)
it = iter(g)
print(it is g, next(it), next(g))

# A class whose __iter__ is a generator function
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [x * 2 for x in c], 2 in c, 7 in c)
print(sorted(c), sum(c), max(c))
x, y, z = c
print(x, y, z)

# __next__ and send via the type
G = type(gen(0))
g = gen(3)
print(G.__next__(g), G.send(g, None), next(g))
try:
    G.__next__(g)
except StopIteration:
    print("StopIteration via type")
print(G.__iter__(g) is g)
try:
    G.send(5, None)
except TypeError as e:
    print("TypeError:", e)

# str.join on a generator of non-strings
try:
    "".join(x for x in [1])
except TypeError as e:
    print("TypeError:", e)

# Generator of generators
def nested():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in nested()])

# enumerate and a generator with return value: the value is lost in iteration
def with_ret():
    yield "a"
    return "lost"
print(list(enumerate(with_ret())))
