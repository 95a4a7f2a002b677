# mutability and identity: in-place ops keep id for lists/sets/dicts/bytearrays, rebinding creates new int/str/tuple/frozenset objects.
lst = [1, 2]
before = id(lst)
lst.append(3); lst += [4]; lst *= 2; lst[0] = 99; lst.sort(); lst.extend([5])
print("list id unchanged:", id(lst) == before, lst)
lst = lst + [6]
print("list + creates new object:", id(lst) == before)
n = 1000 * len(lst)
nid = id(n)
n += 1
print("int += makes a new object:", id(n) == nid)
s = "abc" * len(lst)
sid = id(s)
s += "d"
print("str += gives a different object (or was resized in place):", type(s).__name__, len(s))
t = (1, 2)
tid = id(t)
t += (3,)
print("tuple += new object:", id(t) == tid, t)
st = {1}
stid = id(st)
st |= {2}; st.add(3); st -= {1}
print("set in-place ops keep id:", id(st) == stid, st)
fs = frozenset({1})
fsid = id(fs)
fs |= {2}
print("frozenset |= new object:", id(fs) == fsid, fs)
d = {"a": 1}
did = id(d)
d |= {"b": 2}; d["c"] = 3; d.update(e=5); del d["a"]
print("dict keeps id:", id(d) == did, d)
ba = bytearray(b"ab")
baid = id(ba)
ba += b"c"; ba.append(100); ba[0] = 65
print("bytearray keeps id:", id(ba) == baid, ba)
b = b"ab"
bid = id(b)
b += b"c"
print("bytes += new object:", id(b) == bid, b)
a = [1, 2]
alias = a
a += [3]
print("list += mutates shared object:", alias, alias is a)
a = a + [4]
print("list = a + ... rebinds only a:", alias, a)
x = (1, [2])
x[1].append(3)
print("mutable inside immutable:", x)
try:
    x[1] += [4]
except TypeError as e:
    print("TypeError:", e, "but the list changed anyway:", x)
def modify(seq):
    seq += [100]
    return id(seq)
m = [0]
print("callee += sees same id:", modify(m) == id(m), m)
def rebind(num):
    num += 1
    return num
k = 5
print("callee int += leaves caller alone:", rebind(k), k)
