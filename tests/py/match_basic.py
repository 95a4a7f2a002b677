# value, singleton, capture, wildcard, guards, or/as patterns
import math

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case math.pi:
            return "pi"
        case int(n) if n > 100:
            return f"big {n}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case other:
            return f"other {other!r}"

for v in [0, 1, 2, 3, -1, 1.5, "hello", b"raw", None, True, False, math.pi, 1000, 50,
          "bye", b"x", [1], 1.0, 0.0, 2j]:
    print(repr(v), "->", describe(v))

# bindings before a failed guard remain
y = "unset"
match 5:
    case y if y > 10:
        print("no")
    case _:
        print("guard failed, y =", y)

# wildcard default with a guard
for v in range(4):
    match v:
        case 1:
            print("one")
        case _ if v % 2 == 0:
            print("even", v)
    print("after", v)

# match with no case taken
match 42:
    case 1:
        print("nope")
print("done")

# as-pattern
match [1, 2]:
    case [1, _] as whole:
        print("whole", whole)

# or-patterns binding names in different orders
for v in [(1, 2), [3, "a"], {"k": 7}]:
    match v:
        case (1, b) | [b, "a"]:
            print("or-seq b =", b)
        case {"k": b} | {"j": b}:
            print("or-map b =", b)

def orders(v):
    match v:
        case (a, b, 0) | (b, a, 1):
            return a, b
    return None
print(orders((1, 2, 0)), orders((1, 2, 1)), orders((1, 2, 2)))
