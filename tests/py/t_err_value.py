# uncaught ValueError from int() of a non-numeric string inside a parsing loop.
def parse(fields):
    total = 0
    for f in fields:
        total += int(f)
        print("running total", total)
    return total
print(parse(["1", "2", "3"]))
print(parse(["10", "x7", "5"]))
