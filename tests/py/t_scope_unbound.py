# UnboundLocalError and NameError messages: assignment later in function, del of names, augmented assignment, free variables.
count = 10
def use_before_assign():
    print(count)
    count = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def augmented():
    count += 1
try:
    augmented()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    a = 1
    del a
    return a
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
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
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
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
print(issubclass(UnboundLocalError, NameError))
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
