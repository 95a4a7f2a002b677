from array import array

a = array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[:])
a[2:4] = array('i', [20, 30, 40])
print(a)
a[::2] = array('i', [0] * 6)
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[0]
print(a)
a[0] = 100
a[-1] = -100
print(a)
b = array('d', [1.0, 2.0, 3.0])
b[1:2] = array('d')
print(b)
b[len(b):] = array('d', [4.0, 5.0])
print(b)
b[0:0] = b
print(b)
for bad in ['a[100]', 'a[100] = 1', 'a["x"]', 'a[0:1] = [1]', 'a[0:1] = array("d", [1.0])',
            'a[::2] = array("i", [1, 2, 3, 4, 5, 6, 7])', 'del a[100]']:
    try:
        exec(bad)
        print(bad, 'ok', a)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
c = array('b', [1, 2, 3, 4, 5, 6])
c[1:5:2] = array('b', [-1, -2])
print(c, c[1:5:2])
print(array('u', 'hello')[1:4], array('u', 'abc')[::-1])
import copy
d = array('i', [1, 2, 3])
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d[0] = 9
print(d, d2, d3, d2 is d)
it = iter(array('i', [5, 6]))
print(next(it), next(it), next(it, 'end'), type(it).__name__)
