# os.path (posixpath): the pure path functions, for str and bytes
import os
import os.path
import posixpath as p

for x in ['', '/', '//', '///', 'a', 'a/', '/a/b/', 'a/b/c.txt', '.bashrc', 'a/.b.c', 'a..b', '/x/../y/./z//w',
          '../../a', './a/../..', 'a/b/../../..', '//a//b', '/..', 'a.b.c/d', 'dir.x/file', '...', 'a/...b']:
    print(repr(x), p.split(x), p.splitext(x), p.basename(x), p.dirname(x), p.normpath(x), p.isabs(x), p.splitdrive(x))
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''), p.join(b'a', b'b'), p.join('a'))
for args in [('a', 5), ('a', b'b'), (5,), (b'a', 'b'), ()]:
    try:
        print(p.join(*args))
    except TypeError as e:
        print('TypeError', e)
print(p.normpath(b'/a/./b/../c'), p.split(b'/a/b'), p.splitext(b'x.tar.gz'), p.basename(b'/q/r'), p.dirname(b'/q/r'))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(p.commonprefix([])), p.commonprefix([[1, 2], [1, 3]]))
print(p.commonpath(['/usr/lib', '/usr/local/x']), p.commonpath(['a/b', 'a/c']), p.commonpath([b'/x/y', b'/x/z']))
for bad in [[], ['/a', 'b']]:
    try:
        print(p.commonpath(bad))
    except ValueError as e:
        print(e)
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'))
try:
    p.relpath('')
except ValueError as e:
    print(e)
os.environ['OURO_PATH_T'] = 'v'
print(p.expandvars('$OURO_PATH_T/x ${OURO_PATH_T} $NOPE_NOPE_X ${NOPE_X $ $1a'), p.expandvars('no vars'), p.expandvars(b'$OURO_PATH_T'))
os.environ['HOME'] = '/home/tester'
print(p.expanduser('~'), p.expanduser('~/x/y'), p.expanduser('x/~'), p.expanduser(b'~/b'))
print(p.abspath('/a/b/../c'), p.abspath('x') == p.join(os.getcwd(), 'x'), p.realpath('/../tmp/../'), p.abspath(b'/x/./y'))
print(p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.altsep, p.devnull, p.defpath, os.path is p, p.__name__)
print(p.islink('/nonexistent'), p.exists(''), p.exists('/'), p.lexists('/'), p.ismount('/'), p.samefile('/', '/tmp/..'))
print(p.normcase('A/B'), p.isdir('/'), p.isfile('/'), p.exists('no such thing'))
class PL:
    def __fspath__(self): return '/usr/lib'
print(p.basename(PL()), p.join(PL(), 'x'), p.split(PL()), os.fspath(PL()))
