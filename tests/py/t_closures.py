# closures: capturing variables, late binding in loops, nonlocal counters, independent closure instances, cells.
def make_adder(n):
    def add(x):
        return x + n
    return add
a5, a10 = make_adder(5), make_adder(10)
print(a5(1), a10(1), a5.__closure__[0].cell_contents, make_adder.__code__.co_cellvars, a5.__code__.co_freevars)
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
inc2, get2 = make_counter()
inc2()
print(get(), get2(), inc(), get())
def outer():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        inner()
        return x
    return mid(), x
print(outer())
def shared():
    v = []
    def push(x): v.append(x)
    def peek(): return list(v)
    return push, peek
push, peek = shared()
push(1); push(2)
print(peek(), push.__closure__[0] is peek.__closure__[0])
def late():
    def f():
        return y
    y = "assigned after def"
    return f
print(late()())
def modify_after():
    z = 1
    def f(): return z
    z = 2
    r1 = f()
    z = 3
    return r1, f()
print(modify_after())
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21), compose()(7))
def unbound_cell():
    def f():
        return w
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
unbound_cell()
print(make_adder(1).__closure__ is not None, (lambda: 0).__closure__, len(make_counter()[0].__closure__))
