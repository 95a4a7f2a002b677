# class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point():
            return "somewhere"
        case int(i) | float(i):
            return f"number {i}"
        case str() as s:
            return f"str {s}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict({"k": v}):
            return f"dict k={v}"
        case bool(b):
            return "bool (never reached: int first)"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case frozenset(f) | set(f):
            return f"set of {len(f)}"
        case bytes(b) | bytearray(b):
            return f"bytes {b!r}"
    return "unknown"

for v in [Point(0, 0), Point3(1, 2, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(1, 2, 3),
          7, 2.5, True, "s", [9, 8], [], {"k": 1}, (1, 2), {1}, frozenset(), b"z",
          bytearray(b"q"), None]:
    print(type(v).__name__, "->", where(v))

class NoArgs:
    def __init__(self):
        self.a = 1

class Bad:
    __match_args__ = ["a"]
class Bad2:
    __match_args__ = (1,)

def attempt(case, v):
    try:
        match v:
            case NoArgs(x) if case == 0:
                print("no")
            case NoArgs(a=1, b=2) if case == 1:
                print("no")
            case NoArgs(a=a) if case == 2:
                print("a is", a)
            case int(1, 2) if case == 3:
                print("no")
            case Bad(x) if case == 4:
                pass
            case Bad2(x) if case == 5:
                pass
            case _:
                print("fell through", case)
    except TypeError as e:
        print("TypeError", e)

attempt(0, NoArgs())
attempt(1, NoArgs())
attempt(2, NoArgs())
attempt(3, 5)
attempt(4, Bad())
attempt(5, Bad2())
attempt(4, NoArgs())

class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(x, a=y):
            print("no")
except TypeError as e:
    print("TypeError", e)

try:
    match 1:
        case len(x):
            pass
except TypeError as e:
    print("TypeError", e)

notatype = 3
try:
    match 1:
        case notatype():
            pass
except TypeError as e:
    print("TypeError", e)

class Sub(int):
    pass
match Sub(5):
    case int(v):
        print("int subclass self-match", v, type(v).__name__)
class Sub2(int):
    __match_args__ = ("real",)
match Sub2(6):
    case Sub2(r):
        print("match_args overrides self", r)
