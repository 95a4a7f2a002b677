# lambdas and higher-order functions: functions as values, returning functions, currying, callbacks, reduce by hand.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3), (lambda a, b=10: a + b)(1), (lambda **k: sorted(k))(z=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"], sorted(ops))
def apply_twice(fn, x):
    return fn(fn(x))
print(apply_twice(sq, 3), apply_twice(lambda s: s + "!", "hi"), apply_twice(str.upper, "a"))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10), curry(lambda a, b: a + b)("x")("y"))
def my_reduce(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(my_reduce(lambda a, b: a + b, [1, 2, 3, 4], 0), my_reduce(lambda a, b: a * b, range(1, 6), 1), my_reduce(max, [3, 9, 2], 0))
def pipeline(*stages):
    def run(v):
        for s in stages:
            v = s(v)
        return v
    return run
p = pipeline(str.strip, str.lower, lambda s: s.split(), len)
print(p("  The Quick Brown Fox  "))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]), list(map(lambda x: x ** 2, range(5))), list(filter(lambda s: s, ["", "a"])))
fns = [abs, str, len, bool, type]
print([fn("-3" if fn is len else -3).__class__.__name__ for fn in fns])
print((lambda x: (lambda y: x + y))(10)(5), (lambda f: f(f))(lambda f: "self-applied"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact.__name__)
def callbacks(on_done, values):
    results = []
    for v in values:
        results.append(on_done(v))
    return results
print(callbacks(lambda v: v[::-1], ["abc", "xy"]), callbacks(print, [1]) )
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo))
print(max(["apple", "fig", "banana"], key=lambda s: s[-1]), min(range(-5, 5), key=lambda x: abs(x - 2)))
print(type(lambda: 0).__name__, (lambda: 0).__name__, callable(sq), sq.__code__.co_argcount)
