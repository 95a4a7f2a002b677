# os: environ (a mapping that updates the process environment), getenv and the constants
import os

os.environ['OURO_TEST_VAR'] = 'value1'
print(os.environ['OURO_TEST_VAR'], os.getenv('OURO_TEST_VAR'), os.getenv('OURO_NOPE'), os.getenv('OURO_NOPE', 'dflt'),
      'OURO_TEST_VAR' in os.environ, os.environ.get('OURO_NOPE', 3), os.environ.get('OURO_TEST_VAR'))
del os.environ['OURO_TEST_VAR']
print('OURO_TEST_VAR' in os.environ, os.environ.get('OURO_TEST_VAR'))
try:
    os.environ['OURO_NOPE']
except KeyError as e:
    print(repr(e))
for k, v in [(5, 'a'), ('a', 5)]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print(e)
print(os.environ.setdefault('OURO_X', 'y'), os.environ.pop('OURO_X'), os.environ.pop('OURO_X', None))
os.environ.update({'OURO_A': '1'}, OURO_B='2')
print(sorted(k for k in os.environ if k.startswith('OURO_')), os.environ.copy()['OURO_B'], len(os.environ) > 2)
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
print(os.fspath('abc'), os.fspath(b'abc'), os.fsencode('abc'), os.fsdecode(b'abc'))
for bad in [5, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(os.sep, os.pathsep, os.curdir, os.pardir, repr(os.linesep), os.devnull, os.name, os.altsep, os.extsep, os.defpath)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, type(os.getpid()).__name__, os.cpu_count() > 0,
      os.error is OSError, os.getcwd() == os.path.abspath('.'), os.getcwdb() == os.fsencode(os.getcwd()))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.strerror(2), os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_END)
