# Generator expressions: 3.11 semantics (first iterable evaluated eagerly, the rest lazily).
g = (x * x for x in range(5))
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g), list(g))

code = g.gi_code
print(code.co_name, code.co_varnames, code.co_argcount, code.co_flags & 0x20 != 0)

# The outermost iterable is evaluated at once, in the enclosing scope.
def noisy(name, seq):
    print("evaluating", name)
    return seq
g = (x + y for x in noisy("outer", [1, 2]) for y in noisy("inner", [10, 20]))
print("created")
print(list(g))

# An error in the first iterable surfaces at creation.
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

# An error in a later iterable surfaces when iterated.
g = (x for x in [1] for y in 5)
print("created ok")
try:
    next(g)
except TypeError as e:
    print("TypeError when iterated:", e)

# Conditions
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))

# Scoping: the loop variable does not leak.
x = "outer x"
print(list(x for x in "ab"), x)

# Closures capture late: the element expression sees the current binding.
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))

# In a function, enclosing locals and qualname
def f(k):
    return (i * k for i in range(3))
g = f(5)
print(g.__qualname__, list(g))

class C:
    base = 2
    vals = [1, 2, 3]
    # Class scope: only the first iterable can see class variables.
    doubled = list(v * 2 for v in vals)
print(C.doubled)

# Nested genexps
print(list(list(j for j in range(i)) for i in range(4)))
print(sum(sum(1 for _ in range(i)) for i in range(5)))

# Genexp as the sole argument of a call
print(max(len(w) for w in "a bb ccc".split()))
print(sorted((c for c in "hello"), reverse=True))

# Walrus inside a genexp binds in the enclosing scope.
total = 0
print(list((total := total + v) for v in [1, 2, 3]), total)

# Genexps and generator state
g = (i for i in range(3))
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
next(g)
print(g.gi_suspended, g.gi_frame.f_code.co_name)
print(list(g), g.gi_frame)

# A genexp whose iterator is mutated after creation
data = [1, 2, 3]
g = (d for d in data)
data.append(4)
print(list(g))
data2 = [1, 2]
g = (d for d in data2)
data2 = [7, 8]          # rebinding does not matter: the iterator was taken
print(list(g))

# A genexp over another generator
def numbers():
    yield from range(4)
print(list(n * 10 for n in numbers()))

# Unpacking in a genexp target
print(list(a + b for a, b in [(1, 2), (3, 4)]))

# next() with a default on an empty genexp
print(next((x for x in [] ), "empty"))
