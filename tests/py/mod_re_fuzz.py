# re: many generated patterns (a fixed seed) run against fixed subjects: search, findall,
# sub, split and fullmatch results, with every group, compared with CPython.
import re, random

rnd = random.Random(20240611)
atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s', r'\b', r'\B', '^', '$', 'x',
         '(?:ab)', r'\1', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', 'A', '[a-c]', r'\Z', r'\A']
quants = ['*', '+', '?', '{2}', '{1,3}', '*?', '+?', '??', '{,2}?', '*+', '++', '{0,2}']

def gen(d):
    r = rnd.random()
    if d > 3 or r < 0.3:
        return rnd.choice(atoms)
    if r < 0.5:
        return gen(d + 1) + gen(d + 1)
    if r < 0.6:
        return gen(d + 1) + '|' + gen(d + 1)
    if r < 0.75:
        return '(' + gen(d + 1) + ')'
    if r < 0.8:
        return '(?:' + gen(d + 1) + ')' + rnd.choice(quants)
    if r < 0.85:
        return '(?(1)' + gen(d + 1) + '|' + gen(d + 1) + ')'
    if r < 0.9:
        return '(?>' + gen(d + 1) + ')'
    return gen(d + 1) + rnd.choice(quants)

subjects = ['', 'a', 'ab', 'abc', 'aab', 'abab', 'ba c', 'aaa bbb', 'cab\nabc', 'xAbaB', 'a1 b2']
for i in range(250):
    p = gen(0)
    fl = rnd.choice([0, 0, re.I, re.M, re.S])
    try:
        c = re.compile(p, fl)
    except Exception as e:
        print(i, repr(p), 'ERR', e)
        continue
    out = []
    for s in subjects:
        m = c.search(s)
        out.append(m and (m.span(), m.groups(), m.lastindex))
        out.append(c.findall(s))
        out.append(c.sub('-', s))
        out.append(c.split(s))
        m = c.fullmatch(s)
        out.append(m and m.regs)
    print(i, repr(p), fl, out)
