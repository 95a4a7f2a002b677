import string

f = string.Formatter()
print(f.format('{0} {1} {0}', 'a', 'b'))
print(f.format('{name} is {age:>5}', name='Ann', age=7))
print(f.format('{} {}', 1, 2), f.format('{0!r} {0!s} {0!a}', 'é'))
print(f.format('{0[1]} {d[k]} {0.__class__.__name__}', [5, 6], d={'k': 'v'}))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
print(f.format('{{literal}} {0:*^9}', 'mid'))
print(list(f.parse('a{0}b{1:>{2}}c{{d}}')))
print(list(f.parse('{!r:>3}')), list(f.parse('')), list(f.parse('plain')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} and {missing} {x:x}', 'abc', x=255))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError('unused: %r' % sorted(map(str, unused)))
try:
    Strict().format('{0}', 1, 2, z=3)
except ValueError as e:
    print(e)
for bad in ['{', '}', '{0', '{0!x}', '{0!rr}', '{0}{}', '{0.}', '{0:{1:{2}}}']:
    try:
        print(repr(f.format(bad, 1, 5, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print(f.vformat('{a}-{0}', ('pos',), {'a': 'kw'}))
