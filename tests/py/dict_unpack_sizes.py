# {**d}: merging a dict into a display keeps CPython's sizes (instance dicts, dicts with deleted keys).
import sys
class A: pass
a = A(); a.x = 1; a.y = 2
d = {i: i for i in range(10)}
for i in range(8): del d[i]
e = {"k%d" % i: i for i in range(6)}
print(sys.getsizeof({**a.__dict__}), sys.getsizeof({**d}), sys.getsizeof({**e}), sys.getsizeof({**e, "z": 1}))
print({**a.__dict__}, {**d}, {**e, "k1": 9})
