# An uncaught exception: output before it is kept, exit status 1, CPython's last stderr line.
def inner(d):
    return d["missing"]
def outer():
    return inner({"present": 1})
print("before")
outer()
print("never")
