# uncaught RecursionError from unbounded mutual recursion, after a successful bounded run.
def ping(n):
    return pong(n + 1)
def pong(n):
    if n == 50:
        print("bounded run reached", n)
    return ping(n + 1)
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(200))
ping(0)
