# IndentationError: expected an indented block after a function definition.
print("never printed")
def f():
return 1
