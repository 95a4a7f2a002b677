import fnmatch
import random

pats = ['*.py', '?', '[abc]', '[!abc]', '[a-z]*', '*a*b*', '[]]', '[!]]', '[', '[!',
        'a[-]b', '[z-a]', '[a-c-e]', '[\\]', '**', 'x*y*z', '[&&]', '[~~|]', '[^x]',
        '[[]', '[!]', '*[!0-9]', '\\*', '[a-]', '[-a]', 'a.b', '(x)', '[!a-]']
for p in pats:
    print(repr(p), fnmatch.translate(p))

names = ['a.py', 'b.txt', 'a', 'ab', 'x', ']', '!', '-', 'zyx', 'axxbyy', '[', '\\',
         'a-b', 'xyz', '^', '&', '.py', 'A.PY', 'a\nb', '9', '(x)']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])

print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '?'))
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('A.PY', '*.py'))
print(fnmatch.fnmatchcase(b'a.py', b'*.py'), fnmatch.translate('*.py'))
print(fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print('TypeError', e)

rnd = random.Random(5)
alpha = 'ab*?[]!-'
hits = 0
for _ in range(150):
    p = ''.join(rnd.choice(alpha) for _ in range(rnd.randint(0, 6)))
    n = ''.join(rnd.choice('ab[]!-') for _ in range(rnd.randint(0, 5)))
    r = fnmatch.fnmatchcase(n, p)
    hits += r
    print(repr(p), repr(n), r, fnmatch.translate(p))
print(hits)
print(sorted(fnmatch.__all__))
