# SyntaxError: an unclosed '[' is reported; nothing runs.
print("never printed")
values = [1, 2,
          3, 4
total = sum(values)
