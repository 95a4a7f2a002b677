# SyntaxError: invalid decimal literal such as 1abc.
print("never printed")
value = 1abc
