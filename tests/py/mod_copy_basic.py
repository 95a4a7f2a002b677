import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
d = {'x': [1], 'y': (1, [2])}
e = copy.deepcopy(d)
d['x'].append(2)
d['y'][1].append(3)
print(d, e)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1, 2])))
print(copy.copy(bytearray(b'ab')), copy.deepcopy(bytearray(b'cd')))
for v in [1, 2.5, 'str', b'b', None, True, 3j, range(3), len, print, int, Ellipsis]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)
# recursion
r = [1]
r.append(r)
r2 = copy.deepcopy(r)
print(r2[1] is r2, r2[1] is not r)
rd = {}
rd['me'] = rd
rd2 = copy.deepcopy(rd)
print(rd2['me'] is rd2)
# shared references are preserved
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
