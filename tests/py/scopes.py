# Scoping: class bodies, comprehensions, nonlocal chains, global declarations.
x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(C.x, C.y, C().m())
def f():
    x = "f"
    class D:
        print(x)
        x = "D"
        print(x)
    return D
f()
def a():
    v = 1
    def b():
        nonlocal v
        v += 1
        def c():
            nonlocal v
            v *= 10
        c()
    b()
    return v
print(a())
def g():
    global newglobal
    newglobal = "made"
g(); print(newglobal)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([h() for h in funcs])
print([i for i in range(3)], i)
def shadow(list):
    return list
print(shadow(5), list("ok"))
def deleter():
    q = 1
    del q
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(deleter())
def closure_cell():
    a = 1
    def get():
        return a
    a = 2
    return get
print(closure_cell()(), closure_cell().__closure__[0].cell_contents)
