# Functions: defaults, keywords, *args/**kwargs, keyword-only, positional-only, closures.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def g(x, y, /, z=0, *, w=1):
    return x + y + z + w
print(g(1, 2), g(1, 2, 3), g(1, 2, z=3, w=4))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c(); print(c(), c.__name__, c.__qualname__)
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([h(10) for h in adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
total = 0
def add(n):
    global total
    total += n
add(5); add(6); print(total)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults.__defaults__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
def doc():
    "A docstring."
print(doc.__doc__, doc(), f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(50))
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
@deco
def hello(n):
    return "hi" * n
print(hello(2))
print(f.__code__.co_varnames, counter.__code__.co_cellvars, c.__code__.co_freevars)
