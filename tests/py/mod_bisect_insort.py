# bisect: insort_left/insort_right build sorted lists, also of custom sequences
import bisect

a, b = [], []
for s in range(40):
    v = (s * 37) % 23
    bisect.insort(a, v)
    bisect.insort_left(b, (v, -s))
print(a)
print(b[:15])
pairs = []
for x in [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'c')]:
    bisect.insort_right(pairs, x, key=lambda p: p[0])
print(pairs)
pairs2 = []
for x in [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'c')]:
    bisect.insort_left(pairs2, x, key=lambda p: p[0])
print(pairs2)
class MyList(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
m = MyList([1, 3, 5])
bisect.insort(m, 4)
bisect.insort(m, 0, 0, 2)
print(m)
try:
    bisect.insort((1, 2), 1)
except AttributeError as e:
    print(e)
