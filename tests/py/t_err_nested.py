# exception raised five calls deep propagates uncaught through every frame (finally blocks still run).
def level(n):
    try:
        if n == 0:
            raise LookupError("bottom of the stack reached")
        return level(n - 1)
    finally:
        print("unwinding level", n)
print("start")
level(4)
