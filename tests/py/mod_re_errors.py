# re: re.error messages, positions, line/column, and other compile-time errors.
import re

pats = ['(', '(a', 'a)', '*', 'a**', '+a', '\\q', '\\', 'a\\', '[a', '[', '[]', '[^]', 'a{2,1}',
        'a{3}{2}', '(?', '(?P', '(?Px', '(?P<', '(?P<>a)', '(?P<a', '(?P<1a>x)',
        '(?P<a>x)(?P<a>y)', '(?P=', '(?P=a', '(?P=a)', '(?P<a>(?P=a))', '(?P=1)', '(?<x)', '(?<',
        '(?x', '(?z)', '(?i', '(?i-', '(?i-i:a)', '(?-i)', '(?i-:a)', '(?a-a:x)', '(?au)',
        '(?L)', '(?u-u:x)', '(?iz)', '(?i+)', '(?-z:a)', '(?i-m', '(?t:a)', '(?i-t:a)',
        'a(?i)', 'a|(?i)b', ' (?i)a', '(?#abc', '\\x4', '\\x', '\\xg', '\\u12', '\\U0011000',
        '\\U00110000', '\\777', '\\8', '(a)\\2', '(a\\1)', '[z-a]', '[a-\\d]', '[\\d-a]',
        '[\\A]', '[\\8]', '[\\z]', '[a-', '(?<=a*)b', '(?<!a|bc)', '(?(1)a|b|c)', '(?(x)a)',
        '(?(1a)a)', '(?(0)a)', '(a)(?(2)a)', '(?(1', '(?()a)', '^*', '$*', '\\b*', '\\A+',
        '\\Z*', 'a\n(', 'ab\ncd\n)', '\\N', '\\N{', '\\N{abc', '(?<=(?P<a>x)(?P=a))',
        '(?<=\\1)(a)', '(?i:', '(?:a', '(?P<a>a)(?(a)b|c', '(?>a', 'a*+?', '(?>', 'a|*',
        '(*)', 'x{2}*', '(?P<a-b>x)', '(?P<é>x)(?P=é)', '\\dz\\y', '(?i)[\\q]']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'compiled', r.groups)
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'\\u1234', b'(?u)a', b'\\N{X}', b'(', b'a\n)', b'\\q']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '|', e, '|', repr(e.pattern), e.lineno, e.colno)
for p in ['a{4294967295}', 'a{1,4294967296}', 'a{4294967294}']:
    try:
        re.compile(p)
        print(p, 'ok')
    except OverflowError as e:
        print(p, 'OverflowError', e)
e = re.error('plain')
print(repr(e), e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('msg', 'pat\ntern', 5)
print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile('(')
except Exception as e:
    print(type(e), repr(e))
