# uncaught TypeError after some output: calling len() on an int ends the program with exit status 1.
items = ["abc", (1, 2), [None], 42, "never"]
for it in items:
    print(type(it).__name__, len(it))
print("not reached")
