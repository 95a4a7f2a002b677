# container dunders: slice keys, __reversed__, bad __len__ results, `in` via __iter__, missing __setitem__/__len__.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
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
