# finally inside loops: break/continue in finally, return from a loop through finally, exceptions raised in finally.
def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            out.append("f")
            continue
    return out
print(continue_in_finally())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def loop_return():
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            print("  finally", i)
print(loop_return())
def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("  cleanup", n)
    return n
print(while_break())
