# SyntaxError: unterminated triple-quoted string literal.
print("never printed")
doc = """this string
never ends
x = 1
