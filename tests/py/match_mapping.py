# mapping patterns
import collections

def m(x):
    match x:
        case {}  if not x:
            return "empty mapping"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "rest", **rest}:
            return f"rest {sorted(rest.items())}"
        case {1: one, **kw}:
            return f"one={one} kw={kw}"
        case {}:
            return "some mapping"
    return "not a mapping"

for v in [{}, {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "rest", "a": 1, "b": 2},
          {1: "x", 2: "y"}, {"zz": 0}, [1], "s", collections.OrderedDict(a=1),
          collections.defaultdict(int, type="point", x=0, y=9)]:
    print(repr(v), "->", m(v))

# defaultdict: missing keys are not created
d = collections.defaultdict(list)
match d:
    case {"a": _}:
        print("no")
    case _:
        print("defaultdict untouched", dict(d))

class Key:
    A = "a"
    B = "a"

try:
    match {"a": 1}:
        case {Key.A: 1, Key.B: 2}:
            print("no")
except ValueError as e:
    print("ValueError", e)

class M(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

match M(a=1, b=2):
    case {"a": a, **rest}:
        print("custom mapping", a, rest)

match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [_, x]}}:
        print("nested", x)
