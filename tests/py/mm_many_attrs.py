# A class's shared keys hold at most 30 names; instances with more attributes get ordinary
# dicts, with every attribute and its order kept.
import sys
class Big: pass
b = Big()
for i in range(45):
    setattr(b, "f%02d" % i, i)
print(len(vars(b)), b.f00, b.f29, b.f30, b.f44, sys.getsizeof(vars(b)))
print(list(vars(b))[:3], list(vars(b))[-3:])
b2 = Big()
for i in range(44, -1, -1):
    setattr(b2, "f%02d" % i, -i)
print(list(vars(b2))[:3], list(vars(b2))[-3:], sys.getsizeof(vars(b2)))
b3 = Big()
b3.f00 = 0; b3.other = 1
print(vars(b3), sys.getsizeof(vars(b3)))
for i in range(45):
    delattr(b, "f%02d" % i)
print(vars(b))
class Grow: pass
sizes = []
for n in range(1, 36):
    g = Grow()
    for i in range(n):
        setattr(g, "x%d" % i, i)
    sizes.append(sys.getsizeof(vars(g)))
print(sizes)
