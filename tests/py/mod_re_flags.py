# re: flag constants (RegexFlag), inline and scoped flags, verbose mode.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)
print(repr(re.I | re.M), str(re.I | re.M), re.I | re.M | re.S | re.X)
print(re.A | re.I | re.L | re.U | re.M | re.S | re.X | re.T | re.DEBUG)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.I | 1024, re.RegexFlag(0), re.RegexFlag(2), type(re.I), re.RegexFlag.__name__)
print(re.I.name, re.I.value, (re.I | re.M).value, re.I & re.M, re.I in (re.I | re.M))
print(isinstance(re.I, int), re.I == 2, re.I + 0, list(re.RegexFlag)[:3])
print(re.compile('a', re.I).flags, re.compile('a').flags, re.compile(b'a').flags)
print(re.compile('(?i)a').flags, re.compile('(?ms)a').flags, re.compile('(?a)a').flags)
print(re.compile('a', re.I | re.M), re.compile('a', re.A), re.compile('a', re.U), re.compile(b'a', re.L))
print(re.compile('(?x)a'), re.compile('a', re.X | re.S | re.I | re.M), re.compile('a', 1024))
print(re.match('abc', 'ABC', re.I), re.match('abc', 'ABC', re.IGNORECASE))
print(re.match('(?i)abc', 'ABC'), re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
print(re.findall('(?s:.).', 'a\nb\nc'), re.findall('(?m:^a)', 'a\na'), re.findall('(?s).', 'a\n'))
print(re.findall(r'(?a:\w+)', 'héllo'), re.findall(r'(?u:\w+)', 'héllo'))
print(re.findall(r'(?i)straße', 'STRASSE Straße'), re.match('(?i)[a-c]+', 'AbC'))
print(re.match('(?x) a b c # comment', 'abc'), re.match(r'(?x) a\ b', 'a b'), re.match('(?x)[ a]+', ' a '))
p = re.compile(r"""
    (?P<int>\d+)      # the integer part
    (?:\.(?P<frac>\d*))?   # an optional fraction
    \#                 # a literal hash
""", re.VERBOSE)
print(p.match('12.5#').groupdict(), p.groups)
print(re.match('a #b', 'a #b'), re.match('(?x:a b)c d', 'abc d'), re.match('(?x)a(?-x: b)', 'a b'))
print(re.match('(?x)a{2} b', 'aab'), re.match('(?x)a *b', 'aaab'))
print(re.compile('(?i)(?m)x'), re.compile('(?x) (?i)a'))
print(re.compile('(?L)a'.encode()), re.compile(b'(?i)a'))
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), ('(?a)(?u)x', 0)]:
    try:
        re.compile(p, f)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
