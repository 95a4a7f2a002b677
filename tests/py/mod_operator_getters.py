# operator: itemgetter, attrgetter and methodcaller
import operator as op

ig, ig2, ig3 = op.itemgetter(1), op.itemgetter(0, 2), op.itemgetter('k')
print(ig([5, 6]), ig((7, 8)), ig('xy'), ig2('abc'), ig3({'k': 9}), ig, ig2, ig3)
print(op.itemgetter(slice(1, 3))([1, 2, 3, 4]), op.itemgetter(-1)([1, 2, 3]))
rows = [('b', 2, 'x'), ('a', 2, 'y'), ('c', 1, 'z'), ('a', 1, 'w')]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(1, 0)))
print(max(rows, key=op.itemgetter(2)), list(map(op.itemgetter(0), rows)))

class Name:
    def __init__(self, first, last): self.first, self.last = first, last
class P:
    def __init__(self, x, name):
        self.x = x
        self.name = name
    def greet(self, greeting, punct='!'):
        return '%s %s%s' % (greeting, self.name.first, punct)
people = [P(3, Name('Ann', 'Lee')), P(1, Name('Bob', 'Ray')), P(2, Name('Cy', 'Dee'))]
ag, ag2 = op.attrgetter('x'), op.attrgetter('name.first', 'x')
print([ag(p) for p in people], [ag2(p) for p in people], ag, ag2)
print([p.name.last for p in sorted(people, key=op.attrgetter('name.last'))])
mc = op.methodcaller('greet', 'Hi', punct='?')
print([mc(p) for p in people], mc, op.methodcaller('upper')('abc'), op.methodcaller('split', ',', 1)('a,b,c'))
print(op.methodcaller('split', ',', 1), op.methodcaller('x', k=1, j=2))
for f, arg in [(op.itemgetter(5), [1]), (op.attrgetter('zz'), people[0]), (op.itemgetter('q'), {}),
               (op.methodcaller('nope'), 5)]:
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)
for make in [lambda: op.attrgetter(5), lambda: op.methodcaller(), lambda: op.itemgetter(),
             lambda: op.methodcaller(5), lambda: op.itemgetter(1)(1, 2)]:
    try:
        print(make())
    except TypeError as e:
        print('TypeError', e)
print(type(ig).__name__, type(ag).__name__, type(mc).__name__)
