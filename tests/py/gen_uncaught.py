# An exception thrown into a generator that does not handle it ends the program.
def worker():
    try:
        yield "working"
    finally:
        print("worker cleanup")

w = worker()
print(next(w))
w.throw(ConnectionError("lost connection"))
print("not reached")
