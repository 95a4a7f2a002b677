import glob
import os

base = os.path.join(os.getcwd(), '_glob_tmp_dir')


def rm(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for n in os.listdir(path):
            rm(os.path.join(path, n))
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


rm(base)
for d in ['a', 'a/b', 'a/b/c', 'a/.hid', 'x[1]', '.dot', 'e']:
    os.makedirs(os.path.join(base, d))
for f in ['a/one.py', 'a/two.txt', 'a/b/three.py', 'a/b/c/four.py', 'a/.hid/h.py',
          'a/.sec.py', 'top.py', 'x[1]/in.txt', '.dot/d.py', 'q?.txt', 'star*.txt']:
    open(os.path.join(base, f), 'w').close()

os.chdir(base)
try:
    def show(*args, **kw):
        print(args, kw, sorted(glob.glob(*args, **kw)))

    show('*')
    show('*.py')
    show('a/*')
    show('a/*.py')
    show('*/*.py')
    show('a/.*')
    show('**', recursive=True)
    show('**/*.py', recursive=True)
    show('a/**', recursive=True)
    show('a/**/', recursive=True)
    show('**/', recursive=True)
    show('**/*.py', recursive=True, include_hidden=True)
    show('**', recursive=False)
    show('*', include_hidden=True)
    show('a/?w?.*')
    show('[at]*')
    show('x[1]/*')
    show(glob.escape('x[1]') + '/*')
    show(glob.escape('q?.txt'))
    show(glob.escape('star*.txt'))
    show('q?.txt')
    show('nonexistent')
    show('top.py')
    show('a/')
    show('top.py/')
    show('')
    show('*.py', root_dir='a')
    show('**/*.py', root_dir='a', recursive=True)
    show(os.path.join(base, 'a', '*.py').replace(base, '.'))
    print(sorted(glob.glob(b'a/*.py')))
    print(sorted(glob.iglob('a/b/*')))
    print(type(glob.iglob('*')).__name__ in ('generator', 'chain'))
    print(glob.escape('a[b]*c?d'), glob.escape(b'x*'), glob.escape('plain'))
    print(sorted(glob.__all__))
finally:
    os.chdir(os.path.dirname(base))
    rm(base)
print(os.path.exists(base))
