# conditionals: if/elif/else chains, conditional expressions, chained comparisons (evaluated once), walrus in conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in [-5, 0, 3, 10, 100]])
print("yes" if 1 else "no", "yes" if [] else "no", 1 if True else 2 if False else 3, (lambda v: "even" if v % 2 == 0 else "odd")(7))
def val(v, tag):
    print(f"  eval {tag}")
    return v
print(val(1, "a") < val(2, "b") < val(3, "c"))
print(val(5, "a") < val(2, "b") < val(3, "c"))
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x == 5 == 5.0, 1 < x < 3, 0 < x <= 5 != 6, x in [5] in [[5]])
print(1 == 1 in [1], (1 == 1) in [1], 3 > 2 > 1 > 0, "a" < "b" < "c" != "d")
if (n := len("walrus")) > 3:
    print("walrus assigned", n)
values = [1, 5, 12, 7]
while (v := values.pop()) < 10:
    print("popped", v)
print("stopped at", v, values)
print((y := 10) + y, y)
def check(v):
    return "positive" if v > 0 else "zero" if v == 0 else "negative"
print(check(1), check(0), check(-1))
a, b = 3, 7
print(max(a, b) if a != b else "equal", a if a > b else b, "ab"[a > b])
print([("fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0)) or i for i in range(1, 16)])
if not []:
    print("empty list is falsy")
if None is None and not None:
    print("None checks")
if 0:
    pass
elif "":
    pass
elif [0]:
    print("non-empty list is truthy")
if x:
    if x > 3:
        if x < 6:
            print("nested ifs")
print(True if 0.0 else False, True if "0" else False, True if 0j else False)
