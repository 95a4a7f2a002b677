# slice objects: construction, attributes, indices(), use with sequences and custom __getitem__, equality, repr.
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(5, 1, -2).indices(6))
print(list(range(10))[s], "abcdefghijk"[s], (0, 1, 2, 3)[slice(None, None, -1)], b"abcdef"[slice(2)], range(20)[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2), slice("a", [1], None))
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[..., 0], q[:, None], q["k"], q[-1:], q[()], q[:])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
L = list(range(8))
L[slice(2, 4)] = ["a", "b", "c"]
print(L)
del L[slice(None, None, 3)]
print(L, L[slice(-2, None)], type(s).__name__, isinstance(s, slice))
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(Ellipsis))
