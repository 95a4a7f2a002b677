# uncaught KeyError with a tuple key raised from inside a helper function.
table = {("a", 1): "first", ("b", 2): "second"}
def lookup(k):
    return table[k]
print(lookup(("a", 1)), lookup(("b", 2)))
print(lookup(("c", 3)))
