# int errors: ZeroDivisionError messages for / // % divmod pow, overflow, type errors for mixed ops.
tests = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 0 ** -1,
         lambda: 1.0 / 0, lambda: 1 // 0.0, lambda: 1 % 0.0, lambda: divmod(1.0, 0), lambda: 10 ** 30 // 0,
         lambda: 0.0 ** -1, lambda: pow(0, -2)]
for t in tests:
    try:
        t()
    except ZeroDivisionError as e:
        print(type(e).__name__, e.args, str(e))
mixed = [lambda: 1 + "a", lambda: "a" + 1, lambda: 1 - [], lambda: [] * 1.5, lambda: 1 < "a",
         lambda: None + 1, lambda: -"a", lambda: ~1.5, lambda: 1 @ 2, lambda: abs("x"), lambda: 5 % None]
for t in mixed:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    "x" * (2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(ZeroDivisionError(), ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
print("done")
