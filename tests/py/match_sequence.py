# sequence patterns
import collections

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
    return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(8)), "ab", b"ab", bytearray(b"ab"), range(3),
          {1: 2}, {1, 2}, 5, collections.deque([1, 2, 3]), iter([1, 2])]:
    print(repr(v), "->", seq(v))

# star wildcard uses indexing
def ends(x):
    match x:
        case [a, *_, z]:
            return a, z
        case [*_]:
            return "short"
    return "no"
print(ends([1, 2, 3, 4]), ends((9, 8)), ends([1]), ends("xyz"))

# nested
match [1, [2, [3, 4]], (5,)]:
    case [x, [y, [z, w]], (v,)]:
        print(x, y, z, w, v)

match (1, 2, 3):
    case [*head, 3]:
        print("head", head)
match [1, 2, 3]:
    case (*_, 2, last):
        print("last", last)
match [1, 2, 3]:
    case [1, *_, 3, 4]:
        print("no")
    case [*_, 2, 3]:
        print("yes")

class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

match MySeq(1, 2, 3):
    case [a, *b]:
        print("custom seq", a, b)

class L(list):
    pass
match L([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
