# SyntaxError: positional argument follows keyword argument.
print("never printed")
print(sep="-", "a", "b")
