import functools
from functools import lru_cache, cache, wraps

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info), tuple(info))
print(type(info).__name__, isinstance(info, tuple))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.__qualname__, type(fib).__name__)
print(fib.cache_parameters())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('ident', x))
    return x
calls.clear()
ident(1); ident(1.0); ident(1); ident(True)
print(calls, ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache()
def kw(a, b=1, *, c=2):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(kw(1), kw(1), kw(1, b=1), kw(1, 1), kw(a=1), kw(1, c=2))
print(calls, kw.cache_info())

class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return (id(self) > 0, x)
c = C()
print(c.m(3), c.m(3), C.m.cache_info())

try:
    lru_cache(maxsize='a')
except TypeError as e:
    print(e)
try:
    sq([])
except TypeError as e:
    print(e)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def documented(x):
    """Return x."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__,
      documented(5), documented.__qualname__)
def plain(): pass
plain.extra = 1
def w(): pass
functools.update_wrapper(w, plain)
print(w.__name__, w.extra, w.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
