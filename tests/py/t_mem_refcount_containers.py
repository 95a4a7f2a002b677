# refcounts held by containers and attributes: list/tuple/dict/set membership, repeated entries, clear, pop, slicing copies.
import sys
rc = sys.getrefcount
x = object()
base = rc(x)
print("base:", base)
lst = [x]
print("in a list:", rc(x) - base)
lst.append(x); lst.append(x)
print("three times in a list:", rc(x) - base)
lst.pop()
print("after pop:", rc(x) - base)
copy = lst[:]
print("slice copy:", rc(x) - base)
del copy
lst.clear()
print("after clear:", rc(x) - base)
t = (x, x)
print("tuple of two:", rc(x) - base)
del t
d = {"k": x}
print("dict value:", rc(x) - base)
d["k2"] = x
print("two dict values:", rc(x) - base)
d2 = {x: 1}
print("plus a dict key:", rc(x) - base)
del d["k"]
print("after del d['k']:", rc(x) - base)
d.clear(); d2.clear()
print("after clearing dicts:", rc(x) - base)
s = {x}
s.add(x)
print("set (added twice):", rc(x) - base)
s.discard(x)
print("after discard:", rc(x) - base)
class Holder:
    pass
h = Holder()
h.attr = x
h.other = x
print("two attributes:", rc(x) - base)
del h.attr
print("after del attr:", rc(x) - base)
del h
print("after deleting holder:", rc(x) - base)
nested = [[x], [x, [x]]]
print("nested lists:", rc(x) - base)
nested[1] = None
print("after dropping inner:", rc(x) - base)
nested = None
print("after dropping all:", rc(x) - base)
mult = [x] * 5
print("[x] * 5:", rc(x) - base)
mult *= 2
print("after *= 2:", rc(x) - base)
del mult[::2]
print("after del every other:", rc(x) - base)
del mult
print("gone:", rc(x) - base)
L = [1, 2]
outer = [L, L]
print("list in list twice:", rc(L))
outer.reverse()
print("after reverse (unchanged):", rc(L))
outer.extend(outer)
print("after extend with itself:", rc(L))
