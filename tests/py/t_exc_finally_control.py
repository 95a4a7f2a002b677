# finally interacting with control flow: return/break/continue inside finally, exceptions in finally, return value overriding.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(swallow())
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
def order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x, "in finally")
print(value_captured())
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
def nested_returns():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_returns())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except-return")
print(except_return())
