# IndentationError: unindent does not match any outer indentation level.
print("never printed")
def f():
        x = 1
    return x
