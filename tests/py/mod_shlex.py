import shlex
import io

cases = [
    'a b c', '  leading and trailing  ', 'one "two three" four', "it's 'quoted here'",
    'esc\\ aped', '"in \\"dq\\" x"', "'no \\ esc in sq'", 'a#comment b', 'x # c\ny',
    '', '   ', '"" \'\'', 'a"b"c', 'foo=bar baz', 'cmd > out.txt 2>&1', 'a;b|c&&d',
    '"\\$HOME" \\x', 'tab\there', 'ü ñ', '"a\\\\b"', '"a\\nb"', 'line1\nline2',
]
for c in cases:
    for posix, comments in ((True, False), (False, False), (True, True)):
        try:
            print(repr(c), posix, comments, shlex.split(c, comments, posix))
        except ValueError as e:
            print(repr(c), posix, comments, 'ValueError', e)

for bad in ['"open', "'open", 'trail\\', '"esc\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError:', e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$x', 'a@b%c+d=e:f,g./-h', 'tab\t', 'ü',
          '*', '~']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))
try:
    shlex.quote(5)
except TypeError as e:
    print('TypeError', e)

def tokens(lex):
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            break
        out.append(t)
    return out

print(tokens(shlex.shlex('a = b + "c d" ; e')))
print(tokens(shlex.shlex('a = b + "c d" ; e', posix=True)))
print(list(shlex.shlex('a && b || c; d > f (x)', punctuation_chars=True)))
print(list(shlex.shlex('a && b || c; d > f (x)', posix=True, punctuation_chars=True)))
print(list(shlex.shlex('~/a/b.c *.py x=1', punctuation_chars=True)))
print(list(shlex.shlex('a;b', punctuation_chars=';')))
l = shlex.shlex('x y z')
print(l.get_token(), l.lineno)
l.push_token('pushed')
print(l.get_token(), l.get_token(), l.get_token(), repr(l.get_token()))
l = shlex.shlex('a\nb\n\nc', posix=True)
for t in l:
    print(t, l.lineno)
print(l.error_leader(), l.error_leader('f.txt', 7))
l = shlex.shlex(io.StringIO('from stream'), infile='s.txt')
print(list(l), l.infile, l.error_leader())
l = shlex.shlex('a b')
l.push_source('inner src')
print(list(l))
l = shlex.shlex('p,q r', posix=True)
l.whitespace_split = True
l.whitespace += ','
print(list(l))
l = shlex.shlex('abc:def', posix=True)
l.wordchars += ':'
print(list(l))
print(shlex.shlex('x', punctuation_chars=True).punctuation_chars,
      repr(shlex.shlex('x').punctuation_chars))
print(shlex.shlex('x').eof == '', shlex.shlex('x', posix=True).eof)
print(sorted(shlex.__all__))
