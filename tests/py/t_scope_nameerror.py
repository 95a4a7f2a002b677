# NameError messages: undefined globals, del of names (twice), global del of a missing name, free variables, typos, del statements.
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e, type(e).__name__)
g = 1
del g
try:
    g
except NameError as e:
    print("NameError:", e)
try:
    del g
except NameError as e:
    print("NameError:", e)
def del_global_missing():
    global missing_global
    del missing_global
try:
    del_global_missing()
except NameError as e:
    print("NameError:", e)
def closure_unbound():
    def inner():
        return late
    r = None
    try:
        r = inner()
    except NameError as e:
        r = f"{type(e).__name__}: {e}"
    late = 1
    return r
print(closure_unbound())
def typo():
    lenght = 3
    return lenght + lenght_typo
try:
    typo()
except NameError as e:
    print("NameError:", e)
x = [1]
del x[0]
print(x)
a = b = 5
del a, b
print("a" in dir(), "b" in dir())
