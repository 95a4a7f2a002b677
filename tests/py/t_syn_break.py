# SyntaxError: 'break' outside loop.
print("never printed")
if True:
    break
