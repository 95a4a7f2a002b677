# class body scope: names are not visible inside methods, comprehensions in class bodies, class-level references, __qualname__.
x = "global x"
class C:
    x = "class x"
    y = x + " (read in class body)"
    def method(self):
        return x
    def method2(self):
        return self.x, C.x, type(self).x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [x for _ in range(1)]
    except NameError as e:
        bad = "NameError"
print(C.y, C().method(), C().method2(), C.doubled, C.bad)
class D:
    n = 5
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        squares = f"NameError: {e}"
    first = [i for i in range(n)]
print(D.squares, D.first)
def f():
    v = "function local"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get(), Inner.__qualname__
print(f())
class Counter:
    count = 0
    def inc(self):
        try:
            count += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
print(Counter().inc())
class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, "a"), E.b)
class Outer:
    class Nested:
        val = "nested"
    ref = Nested.val
    def m(self):
        return Outer.Nested.val
print(Outer.ref, Outer().m(), Outer.Nested.__qualname__)
def make():
    z = "closure"
    class K:
        z = "class attr"
        def get(self):
            return z
    return K().get(), K.z
print(make())
class Shadow:
    print = "not the builtin"
    def show(self):
        print("builtin print still works in method")
Shadow().show()
print(Shadow.print)
i = "global i"
class L:
    vals = [i for i in range(3)]
print(i, L.vals)
