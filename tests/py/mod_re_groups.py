# re: capturing, non-capturing and named groups, backreferences, conditionals, Match accessors.
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.groups(), m.groups('-'), m.group(1, 2, 3), m.span(3), m.start(2), m.end(2))
print(m.lastindex, m.lastgroup, m.regs)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>!)?', 'Malcolm Reynolds')
print(m.groupdict(), m.groupdict(''), m['first'], m.group('last'), m.span('last'))
print(m.lastindex, m.lastgroup, m.re.groupindex, m.re.groups)
print(re.match('(a)(b)?', 'a').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)|b', 'b').lastindex)
print(re.match('(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match('(?P<x>a)(b)', 'ab').lastgroup)
print(re.match('(a)(?:b)(c)', 'abc').groups(), re.match('(?:(a)|b)*', 'ab').groups())
print(re.match('((a)|b)+', 'ab').groups(), re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match('(a*)+', 'b').groups(), re.match('(a*)*', 'aa').groups(), re.match('(?:x(y)?)+', 'xyx').groups())
print(re.match('(?:()|a)+', 'aa').groups(), re.match('(a|b)*?c', 'abc').groups())
print(re.match(r'(a)\1', 'aa'), re.match(r'(a)\1', 'ab'), re.match(r'(a)|\1', 'x'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"ab"c"'))
print(re.search(r'(\w)\1', 'abccd'), re.findall(r'(\w)\1+', 'aabbbcdd'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
try:
    re.compile(r'(a)\11')
except re.error as e:
    print(e)
print(re.match(r'(a)\101', 'aaA'), re.match(r'(a)\1\0', 'aa\0'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'b'))
print(re.match(r'(?P<o><)?\w+(?(o)>)', '<abc>'), re.match(r'(?P<o><)?\w+(?(o)>)', 'abc>'))
print(re.fullmatch(r'(?P<o><)?\w+(?(o)>)', '<abc'), re.match(r'(a)?(?(1)b)c', 'c'))
print(re.match(r'(?(2)a|b)(x)?(y)', 'by'))
m = re.match('(a)(b)', 'ab')
for g in [0, 1, 2, True]:
    print(g, m.group(g), m[g], m.span(g))
for bad in [3, -1, 'x', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(5)
except IndexError as e:
    print('IndexError', e)
print(m.expand(r'\2\1'), m.expand(r'\g<2>-\g<0>'), m.expand('plain'))
m = re.match('(?P<a>x)(?P<b>y)?', 'x')
print(m.expand(r'[\g<a>][\g<b>][\2]'))
print(re.compile('(?P<a>.)(?P<b>.)(.)').groupindex, type(re.compile('(?P<a>.)').groupindex).__name__)
print(re.compile(r'(?:a(b))(c)').groups, re.compile('abc').groups)
