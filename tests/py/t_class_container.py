# container dunders: __len__/__getitem__/__setitem__/__delitem__/__contains__/__iter__, and iteration via __getitem__ alone.
class Grid:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, key):
        print("  getitem", key)
        if key not in self.d:
            raise KeyError(key)
        return self.d[key]
    def __setitem__(self, key, val):
        print("  setitem", key, val)
        self.d[key] = val
    def __delitem__(self, key):
        print("  delitem", key)
        del self.d[key]
    def __contains__(self, key):
        print("  contains", key)
        return key in self.d
    def __iter__(self):
        return iter(sorted(self.d))
g = Grid()
g[0, 1] = "a"
g["k"] = "b"
g[0, 1] += "!"
print(len(g), g[0, 1], (0, 1) in g, "zz" not in g)
del g["k"]
print(len(g), list(g), bool(g))
try:
    g["missing"]
except KeyError as e:
    print("KeyError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
sq = Squares()
print(list(sq), 9 in sq, 10 in sq, [x for x in sq], sum(sq), sorted(sq, reverse=True), tuple(sq)[1:3])
a, b, *rest = sq
print(a, b, rest, max(sq), dict(enumerate(sq)))
