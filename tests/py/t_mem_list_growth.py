# list over-allocation: sys.getsizeof after each of 40 appends, after pops, after extend, and for insert.
import sys
sz = sys.getsizeof
lst = []
sizes = [sz(lst)]
for i in range(40):
    lst.append(i)
    sizes.append(sz(lst))
print(sizes)
changes = [(n, sizes[n]) for n in range(1, len(sizes)) if sizes[n] != sizes[n - 1]]
print("grew at lengths:", changes)
shrink = []
while lst:
    lst.pop()
    shrink.append(sz(lst))
print(shrink)
e = []
ext = [sz(e)]
for k in range(8):
    e.extend(range(k + 1))
    ext.append(sz(e))
print("extend:", ext)
ins = []
isz = []
for i in range(12):
    ins.insert(0, i)
    isz.append(sz(ins))
print("insert:", isz)
m = [0] * 7
print("multiplied:", sz(m), "then append:", (m.append(1), sz(m))[1])
c = []
c += [1, 2, 3]
print("+= :", sz(c))
print("slice assign:", sz(list(range(5))), end=" ")
s = list(range(5)); s[1:1] = [9] * 20; print(sz(s))
