# Generators: iteration protocol, consumers that call tp_iternext, exhaustion.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__, iter(g) is g)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
print(next(g, "default"))
print(list(count(5)), tuple(count(3)), set(count(4)))
print(sum(count(101)), min(count(5)), max(count(5)))
print(dict(zip(count(3), "abc")))
print(dict((str(i), i) for i in count(3)))
print(sorted(count(4), reverse=True))
print(list(enumerate(count(3), 1)))
print(list(map(lambda x: x * 10, count(4))))
print(list(filter(None, count(5))))
print("-".join(str(i) for i in count(5)))
print(any(x > 2 for x in count(10)), all(x < 2 for x in count(10)))

for x in count(3):
    print("for", x)
else:
    print("for-else ran")

for x in count(10):
    if x == 2:
        break
print("broke at", x)

# A generator with no yield executed still is a generator.
def never():
    return 5
    yield
g = never()
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

# Empty generator.
def empty():
    if False:
        yield
print(list(empty()))

# Generators are independent of each other.
a, b = count(3), count(3)
print(next(a), next(a), next(b))

# Unpacking and star.
x, y, z = count(3)
print(x, y, z)
first, *rest = count(5)
print(first, rest)
print(*count(4))
print([*count(2), *count(3)])

# Iterating an exhausted generator again yields nothing.
g = count(2)
print(list(g), list(g))

# Generator over a mutating list.
items = [1, 2, 3]
def walk(seq):
    for it in seq:
        yield it
w = walk(items)
print(next(w))
items.append(4)
print(list(w))

# Nested loops with yield.
def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i, j
print(list(pairs(4)))

# in / not in uses iteration
print(3 in count(5), 7 in count(5))
