# uncaught StopIteration from next() on an exhausted iterator (no message on the last stderr line).
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default works"))
next(it)
