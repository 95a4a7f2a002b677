# pprint: subclassing PrettyPrinter (format override), streams, pp defaults, nested data widths
import io, pprint

class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)

data = {'users': [{'name': 'alice', 'roles': ['admin', 'dev'], 'id': 1},
                  {'name': 'bob', 'roles': [], 'id': 2, 'extra': {'nested': {'deep': ['x'] * 12}}}],
        'count': 2, 'tags': ('a', 'b', 'c')}
Upper(width=40).pprint(data)
print(Upper().pformat(['abc', ('def',)]))

buf = io.StringIO()
pprint.pprint(data, stream=buf, width=60)
pprint.pp(data, stream=buf, width=60)
pprint.pp(data, stream=buf, width=60, sort_dicts=True, indent=3)
print(buf.getvalue())

for w in (100, 60, 30, 10):
    print(pprint.pformat(data, width=w, compact=True))
print(pprint.pformat(data, depth=2, width=50))
print(pprint.pformat([[1, [2, [3, [4, [5]]]]]], depth=3), pprint.saferepr([[1, [2, [3]]]]))
matrix = [[i * j for j in range(12)] for i in range(6)]
pprint.pprint(matrix, width=50)
pprint.pprint(matrix, width=50, compact=True)
pprint.pprint({'matrix': matrix}, width=60, indent=2)
pprint.pprint(list(range(1000, 1040)), width=70, compact=True, underscore_numbers=True)
pprint.pprint({(i, str(i)): [i] * i for i in range(6)}, width=30)
pprint.pprint({3: 'c', 1: 'a', 2.5: 'x', 'k': 1, None: 0, (1,): 2}, width=20)
