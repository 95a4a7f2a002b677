# SyntaxError: invalid syntax for "x = = 1".
print("never printed")
x = = 1
