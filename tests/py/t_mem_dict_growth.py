# dict and set growth: sys.getsizeof after each of 40 insertions with str keys, int keys, and for a set.
import sys
sz = sys.getsizeof
ds, di, st = {}, {}, set()
s_sizes, i_sizes, set_sizes = [sz(ds)], [sz(di)], [sz(st)]
for i in range(40):
    ds["k" + str(i)] = i
    di[i] = i
    st.add(i)
    s_sizes.append(sz(ds))
    i_sizes.append(sz(di))
    set_sizes.append(sz(st))
print("str keys:", s_sizes)
print("int keys:", i_sizes)
print("set:", set_sizes)
steps = lambda sizes: [(n, sizes[n]) for n in range(1, len(sizes)) if sizes[n] != sizes[n - 1]]
print(steps(s_sizes))
print(steps(i_sizes))
print(steps(set_sizes))
mixed = {"a": 1}
b1 = sz(mixed)
mixed[1] = 2
print("adding a non-str key changes layout:", b1, sz(mixed))
fs = [sz(frozenset(range(n))) for n in range(0, 41, 5)]
print("frozenset:", fs)
comp = [sz({i: None for i in range(n)}) for n in range(0, 41, 5)]
print("dict comp:", comp)
fk = [sz(dict.fromkeys(range(n))) for n in range(0, 41, 5)]
print("fromkeys:", fk)
sset = set()
ss = []
for i in range(20):
    sset.add(str(i))
    ss.append(sz(sset))
print("set of str:", ss)
