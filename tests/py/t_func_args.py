# function argument kinds: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only, unpacking at call.
def f(a, b, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=7, y=8))
print(f(b=2, a=1, d=0))
print(f(*[1, 2, 3, 4], **{"d": 9, "q": 1}))
print(f(1, *(2,), *[3, 4], d=1, **{"e": 2}, **{"w": 3}))
def po(x, y, /, z, *, k):
    return (x, y, z, k)
print(po(1, 2, 3, k=4), po(1, 2, z=3, k=4))
def only_star(*, a, b=2):
    return a, b
print(only_star(a=1), only_star(b=0, a=9))
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1), collect(x=1), collect(1, 2, x=3, y=4), collect(*"ab", **dict(k=1)))
def kw_named_like_pos(x, /, **kw):
    return x, kw
print(kw_named_like_pos(1, x=2))
def defaults(a=1, b="two", c=None, d=(1, 2)):
    return a, b, c, d
print(defaults(), defaults(10), defaults(c=[]), defaults(1, 2, 3, 4))
def ordering(*args, sep="-"):
    return sep.join(map(str, args))
print(ordering(1, 2, 3), ordering(1, 2, sep="+"), ordering())
print(print("inner", end="") or "|", sep="")
print("a", "b", sep="")
print("x", "y", "z", sep=", ", end=".\n")
print(*range(4))
print(*[], sep="!")
def mutate(lst, dct):
    lst.append(1)
    dct["k"] = "v"
    lst = [99]
    return lst
L, D = [], {}
print(mutate(L, D), L, D)
def swap(a, b):
    return b, a
print(swap(1, 2), swap(*swap(1, 2)), swap(b=1, a=2))
def nested(a, b=lambda x: x * 2):
    return b(a)
print(nested(4), nested(4, str), nested(b=len, a="xyz"))
