# UnboundLocalError messages: read before assignment, augmented assignment, del of a local, conditional and loop bindings.
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
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
