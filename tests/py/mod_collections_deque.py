# collections.deque: both ends, rotation, maxlen, indexing, searching, operators, errors.
from collections import deque

d = deque([1, 2, 3], maxlen=5)
print(d, len(d), d[0], d[-1], list(reversed(d)), d.maxlen)
d.append(4); d.append(5); d.append(6)
print(d)
d.appendleft(0)
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)

d2 = deque(range(10))
d2.rotate(3); print(d2)
del d2[2]; print(d2)
d2.insert(3, 'x'); print(d2)
d2.remove('x'); print(d2, d2.index(5), d2.count(5), 5 in d2, 99 in d2)
d2[0] = 'first'; d2[-1] = 'last'; print(d2)
print(d2.index(4, 2), d2.index(4, -8, -1))
print(d2 == deque(d2), d2 != deque(), deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]))
print(deque([1]) * 3, 2 * deque('ab'), deque([1, 2], maxlen=3) * 3)
d3 = deque()
d3 += [1, 2]
d3 *= 2
print(d3, d3 + deque([9]), bool(d3), bool(deque()))
d3.extendleft('ab'); print(d3)
d3.reverse(); print(d3)
c = d3.copy(); c.clear(); print(c, d3, d3.maxlen)
d3.extend(d3); print(d3)

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, list(b))
b.extendleft([10, 11]); print(b)
z = deque(maxlen=0); z.append(1); print(z)

for expr in ('deque().pop()', 'deque().popleft()', 'deque([1])[5]', 'deque([1])[0:1]',
             'deque([1]).remove(2)', 'deque([1]).index(2)', 'deque(maxlen=-1)',
             'deque([1], maxlen=1).insert(0, 2)', 'hash(deque())', 'deque() + [1]',
             'deque() < [1]', 'deque(1)', 'deque().rotate("a")'):
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

it = iter(deque([1, 2]))
dq = deque([1, 2])
it = iter(dq)
next(it)
dq.append(3)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)

class Stack(deque):
    def peek(self):
        return self[-1]

s = Stack([1, 2, 3])
print(s, s.peek(), type(s.copy()).__name__, isinstance(s, deque))
rec = deque([1])
rec.append(rec)
print(rec)
print(deque.__module__, deque([1, 2]).__reduce__()[1])
