# global and nonlocal declarations: rebinding module names from functions, nested nonlocal, globals() dict, shadowing builtins.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_inside
    created_inside = "made in function"
make_global()
print(created_inside, "created_inside" in globals())
x = "module"
def read_only():
    return x
def shadow():
    x = "local"
    return x
print(read_only(), shadow(), x)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def nonlocal_skips_global():
    v = "enclosing"
    def f():
        global v
        v = "global v"
    f()
    return v
print(nonlocal_skips_global(), v)
len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def local_shadow_builtin():
    print = lambda *a: None
    print("invisible")
    return "print was shadowed locally"
print(local_shadow_builtin())
globals()["via_dict"] = 99
print(via_dict)
def count_calls():
    count_calls.n = getattr(count_calls, "n", 0) + 1
    return count_calls.n
count_calls(); print(count_calls())
y = 1
def conditional_global(flag):
    if flag:
        global y
    y = 5
conditional_global(False)
print(y)
def list_mutation_no_global():
    items.append("added")
items = []
list_mutation_no_global()
print(items)
def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
nested_global()
print(counter)
print(sorted([k for k in globals() if not k.startswith("__")])[:6])
