import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)
calls = [
    (['-a', '-b', 'val', 'file'], 'ab:', []),
    (['-abval', 'x'], 'ab:', []),
    (['-ab', 'val'], 'ab:', []),
    (['--alpha', '--beta=3', 'rest', '-a'], 'a', ['alpha', 'beta=']),
    (['--beta', '3', 'x'], '', ['beta=']),
    (['--al', 'x'], '', ['alpha', 'beta=']),
    (['--', '-a'], 'a', []),
    (['-', '-a'], 'a', []),
    (['x', '-a'], 'a', []),
    (['-a', 'x', '-b', '1', '--long', 'y'], 'ab:', ['long']),
    (['--long=', 'y'], '', ['long=']),
    (['--lo'], '', 'long'),
    ([], 'a', []),
    (['-x'], 'a', []),
    (['-b'], 'ab:', []),
    (['--nope'], 'a', ['alpha']),
    (['--alpha=1'], 'a', ['alpha']),
    (['--beta'], 'a', ['beta=']),
    (['--a'], '', ['alpha', 'apple']),
    (['--alpha'], '', ['alpha', 'alphabet']),
    (['--ab'], '', ['abc', 'abd=']),
    (['-:'], 'a:', []),
    (['-a', '--', 'b', '-c'], 'ac', []),
]
for args, short, long in calls:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, args, 'GetoptError:', e, '| opt=%r msg=%r args=%r' % (e.opt, e.msg, e.args))

print(getopt.gnu_getopt(['a', '-x', 'b'], '+x'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['a', '-x', 'b'], 'x'))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['a', '-x', 'b'], 'x'))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('boom')
print(repr(e), str(e), e.opt, e.args)
print(sorted(getopt.__all__))
getopt.getopt(['-q'], 'a')
