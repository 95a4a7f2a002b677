# decorators: simple wrappers, stacking order, decorators with arguments, preserving attributes, class-method decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        r = fn(*args, **kwargs)
        print(f"ret {fn.__name__} -> {r}")
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def bold(fn):
    print("decorating with bold", fn.__name__)
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    print("decorating with italic", fn.__name__)
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
def repeat(n):
    print("repeat factory", n)
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@repeat(3)
def greet(name):
    "Greets."
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("sq")
def square(x): return x * x
@register("neg")
def negate(x): return -x
print(sorted(registry), registry["sq"](4), registry["neg"](4), square(3))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop(): pass
noop(); noop(); noop()
print(noop.calls)
class Greeter:
    def deco_method(fn):
        def w(self):
            return fn(self).upper()
        return w
    @deco_method
    def hello(self):
        return "hello " + self.__class__.__name__
print(Greeter().hello())
@lambda fn: fn()
def immediately():
    return "called at definition"
print(immediately)
deco_list = [trace]
@deco_list[0]
def sub(a, b): return a - b
print(sub(5, 3))
