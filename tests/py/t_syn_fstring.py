# SyntaxError inside an f-string replacement field: missing closing brace.
print("never printed")
name = "x"
s = f"hello {name"
