# the "as" name is deleted at the end of an except clause: NameError/UnboundLocalError afterwards; rebinding patterns.
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
e = "previous value"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    e
except NameError as err:
    print("NameError:", err)
def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
def keep():
    saved = None
    try:
        raise IndexError("kept")
    except IndexError as exc:
        saved = exc
    return saved
print("kept:", repr(keep()))
def g():
    x = 1
    try:
        raise ValueError
    except ValueError as x:
        pass
    try:
        return x
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(g())
try:
    raise TypeError("t")
except TypeError as e2:
    e2 = "rebound inside handler"
    print(e2)
print("e2" in globals())
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as loop_e:
        last = loop_e
print(repr(last), "loop_e" in dir())
try:
    raise ValueError
except ValueError:
    pass
print("handler without 'as' leaves no name:", "ValueError" in globals())
