# re: sub and subn with templates, callables, counts and the empty-match rules of 3.7.
import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'), re.sub('b*', '-', 'abbc'), re.sub('(?=b)', '-', 'abcb'))
print(re.sub('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', count=1))
print(re.subn('', 'x', ''), re.subn('z', 'x', 'abc'), re.sub('x*?', '-', 'axxb'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub('a|(b)', r'[\1]', 'ab'), re.sub('(a)|b', r'[\g<1>]', 'ab'))
print(re.sub('a', r'\n\t\\', 'xa'), repr(re.sub('a', r'\.\-', 'a')), repr(re.sub('a', r'\0\01\141\08', 'a')))
print(re.sub('a', '\\\\', 'a'), repr(re.sub('a', r'\a\b\f\r\v', 'a')))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1b22c333'))
print(re.sub(r'\w', lambda m: None, 'a-b'), re.sub('', lambda m: '|', 'ab'))
print(re.sub(r'(?i)HELLO', 'bye', 'hello Hello'), re.sub('hello', 'bye', 'Hello', flags=re.I))
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  '))
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10\1', 'abcdefghijk'))
print(re.sub('(x)', r'\1\1', 'axbxc', 1))
p = re.compile(r'(\d)')
print(p.sub(r'<\1>', 'a1b2'), p.subn(r'<\1>', 'a1b2', 1))
print(re.sub('(a)', r'\g<1>0', 'a'), re.sub('(?P<n>a)', r'\g<n>\g<0>', 'a'))
m = re.search(r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05')
print(m.expand(r'\g<m>/\g<y>'), m.expand(r'\2.\1'))
print(re.sub('.', lambda m: m.group().upper() if m.start() % 2 else m.group(), 'abcdef'))
calls = []
def repl(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos))
    return '#'
print(re.sub('b*', repl, 'abb'), calls)
print(re.sub('(?m)^', '> ', 'line1\nline2\n'))
print(re.sub('$', '!', 'a\nb\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'x|', '-', 'axb'))
print(re.sub('a', 'é', 'aa'), re.sub('é', '日', 'éxé'))
print(re.sub(b'a', b'\\n', b'xa'), re.sub(b'(a)', rb'[\1]', b'bab'), re.subn(b'', b'-', b'ab'))
