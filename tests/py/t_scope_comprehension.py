# comprehension scope: loop variables do not leak, own scope with closures, walrus binds in enclosing scope, nested comprehensions.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
d = {k: k.upper() for k in "ab"}
s = {v % 3 for v in range(10)}
try:
    print(k)
except NameError as e:
    print("NameError:", e)
try:
    print(v)
except NameError as e:
    print("NameError:", e)
print(d, s)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [(lambda i=i: i) for i in range(3)]
print([f() for f in fns2])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [n for row in matrix for n in row if n % 2])
print([(a, b) for a in range(3) for b in range(a)], [[c for c in w] for w in ["ab", "c"]])
data = [3, 8, 1, 9]
big = [y for v in data if (y := v * 10) > 25]
print(big, y)
def in_func():
    total = 0
    vals = [(total := total + n) for n in range(5)]
    return vals, total
print(in_func())
first = [z for z in "abc"][0]
print(first)
nested = {a: [b for b in range(a)] for a in range(4)}
print(nested)
def uses_enclosing():
    factor = 10
    return [n * factor for n in range(3)]
print(uses_enclosing())
it = [[1, 2], [3]]
print([e for sub in it for e in sub], [len(sub) for sub in it])
n = 100
print([n for n in range(3)], n)
pairs = {(i, j): i * j for i in range(2) for j in range(2)}
print(pairs)
print(sorted({w: len(w) for w in "the quick brown the".split()}.items()))
cond = [("even" if q % 2 == 0 else "odd") for q in range(4)]
print(cond, [q for q in range(20) if q % 2 if q % 3])
