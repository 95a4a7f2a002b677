import copy

config = {
    'name': 'app',
    'servers': [{'host': 'a', 'ports': [80, 443]}, {'host': 'b', 'ports': [22]}],
    'flags': {'debug', 'trace'},
    'limits': (10, 20),
}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config['servers'][0]['ports'].append(8080)
config['flags'].add('new')
print(shallow['servers'][0]['ports'], deep['servers'][0]['ports'])
print(sorted(shallow['flags']), sorted(deep['flags']))
print(deep['limits'] is config['limits'])

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __eq__(self, other):
        return self.rows == other.rows
m = Matrix([[1, 2], [3, 4]])
m2 = copy.deepcopy(m)
m2.rows[0][0] = 100
print(m.rows, m2.rows, m == copy.deepcopy(m))
objs = [Matrix([1])] * 3
objs2 = copy.deepcopy(objs)
print(objs2[0] is objs2[1], objs2[0] is not objs[0])

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
c = Counter()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(Counter.count)

class Empty:
    pass
e = Empty()
print(type(copy.copy(e)).__name__, copy.deepcopy(e).__dict__)
print(copy.deepcopy([[]] * 2)[0] is copy.deepcopy([[]] * 2)[1])
lst = [[]] * 2
cp = copy.deepcopy(lst)
print(cp[0] is cp[1])
import functools
p = functools.partial(print, 1, sep='-')
p.attr = 'x'
q = copy.copy(p)
print(q.func is print, q.args, q.keywords, q.__dict__, q is p)
r = copy.deepcopy(functools.partial(list, [1, [2]]))
print(r(), r.args)
print(functools.partial(max, 1).__reduce__()[1:])
class P(functools.partial): pass
print(type(copy.copy(P(len))).__name__)
