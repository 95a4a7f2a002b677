# container protocol dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, iteration via __getitem__.
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
class SliceAware:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return f"slice({k.start},{k.stop},{k.step})"
        return f"index {k}"
    def __setitem__(self, k, v):
        print("  set", k, v)
    def __delitem__(self, k):
        print("  del", k)
s = SliceAware()
print(s[1], s[1:2], s[::2], s[-1:], s[1:2:3])
s[1:3] = [9]
del s[::2]
class Rev:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(self.data[::-1])
print(list(reversed(Rev("abc"))), list(Rev("xy")), len(Rev([1, 2, 3])))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class NoContains:
    def __iter__(self): return iter([1, 2, 3])
print(2 in NoContains(), 5 in NoContains())
try:
    Squares()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(Squares())
except TypeError as e:
    print("TypeError:", e)
