# SyntaxError: cannot assign to a literal.
print("never printed")
1 = x
