# finally with return: a return in finally overrides or swallows, finally order, return value captured before finally runs.
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
