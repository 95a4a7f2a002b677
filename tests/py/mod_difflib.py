import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for op in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % op)
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, 'a', '').get_opcodes())
s = difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 250 + 'z')
print(s.bpopular, s.get_matching_blocks(), s.ratio())
s = difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 250 + 'z', autojunk=False)
print(s.bpopular, s.get_matching_blocks())
s = difflib.SequenceMatcher(None, list(range(20)), [1, 2, 3, 10, 11, 12, 13, 30, 19])
print(list(s.get_grouped_opcodes(1)))
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
s.set_seq1('abc'); s.set_seq2('abd'); print(s.ratio())
s.set_seqs('hello', 'jello'); print(s.get_opcodes(), difflib.SequenceMatcher[int])
print(difflib.Match(1, 2, 3), difflib.Match._fields)

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('apple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist), difflib.get_close_matches('pritn', ['print', 'sprint', 'prince'], n=2, cutoff=0.5))
for n, c in [(0, 0.5), (1, 1.5), (1, -0.1)]:
    try:
        difflib.get_close_matches('x', ['x'], n, c)
    except ValueError as e:
        print('ValueError', e)

a = 'one\ntwo\nthree\n'.splitlines(keepends=True)
b = 'ore\ntree\nemu\n'.splitlines(keepends=True)
diff = list(difflib.ndiff(a, b))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError', e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
print(''.join(d.compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['\tabc def\n'], ['\tabd deg\n'])), end='')
print(list(difflib.ndiff(['a', 'b', '#'], ['a', 'c', '', '#'], linejunk=difflib.IS_LINE_JUNK)))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff('abc', 'abd', 'f1', 'f2', '2024-01-01', '2024-01-02', lineterm='')))
print(list(difflib.context_diff('abc', 'abd', 'f1', 'f2', '2024-01-01', '2024-01-02', n=0, lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(['x\n'], ['x\n'])))
print(list(difflib.unified_diff([], ['a\n'])), list(difflib.context_diff(['a\n'], [])))
long_a = ['line %d\n' % i for i in range(30)]
long_b = list(long_a)
long_b[3] = 'changed 3\n'
long_b[20:22] = ['new\n']
del long_b[27]
print(''.join(difflib.unified_diff(long_a, long_b, n=2)), end='')
print(''.join(difflib.context_diff(long_a, long_b, n=1)), end='')
for args in [([b'a'], ['a']), (['a'], [1]), (['a'], ['b'], 1)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    print('TypeError', e)

rnd = random.Random(3)
words = ['apple\n', 'apply\n', 'banana\n', 'band\n', '\n', '# x\n', 'cherry pie\n', 'cheery pie\n', 'x\n']
for t in range(30):
    a = [rnd.choice(words) for _ in range(rnd.randint(0, 8))]
    b = [rnd.choice(words) for _ in range(rnd.randint(0, 8))]
    print(t, difflib.SequenceMatcher(None, a, b).get_opcodes())
    print(''.join(difflib.ndiff(a, b)), end='')
    print(''.join(difflib.unified_diff(a, b, n=1)), end='')
    x = ''.join(rnd.choice('abcd ') for _ in range(rnd.randint(0, 25)))
    y = ''.join(rnd.choice('abcd ') for _ in range(rnd.randint(0, 25)))
    m = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, x, y)
    print(repr(x), repr(y), m.ratio(), m.get_matching_blocks())
print(sorted(n for n in difflib.__all__ if n != 'HtmlDiff'))  # ouro has no HtmlDiff
