import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(f, *args, **kw):
    try:
        f(*args, **kw)
    except AssertionError as e:
        print('---', f.__name__)
        print(e)
    else:
        print('---', f.__name__, 'passed')


show(t.assertEqual, 'abc', 'abd')
show(t.assertEqual, 'one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n')
show(t.assertEqual, 'line\n', 'line')
show(t.assertEqual, 'x' * 100, 'x' * 99 + 'y')
show(t.assertEqual, 'a' * 30 + 'b' * 90, 'a' * 30 + 'c' * 90)
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1, 2], [1, 2, 3, 4])
show(t.assertEqual, (1, 'a'), (1, 'b'))
show(t.assertEqual, list(range(100)), list(range(1, 101)))
show(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show(t.assertEqual, {i: str(i) * 5 for i in range(20)}, {i: str(i) * 5 for i in range(1, 21)})
show(t.assertEqual, {1, 2, 3}, {2, 3, 4})
show(t.assertEqual, frozenset([1]), frozenset())
show(t.assertEqual, 1, 2)
show(t.assertEqual, [1], (1,))
show(t.assertEqual, 'abc', 'abd', 'custom message')
show(t.assertListEqual, [1], (1,))
show(t.assertTupleEqual, (1,), [1])
show(t.assertSequenceEqual, [1, 2], (1, 2))
show(t.assertSequenceEqual, [1, 2], (1, 3))
show(t.assertSequenceEqual, 'ab', 'ac')
show(t.assertSequenceEqual, 5, [1])
show(t.assertDictEqual, [], {})
show(t.assertDictEqual, {}, {'k': [1, 2, 3] * 10})
show(t.assertMultiLineEqual, 'a', b'a')
show(t.assertSetEqual, {1}, [1])
show(t.assertSetEqual, [1], {1})
show(t.assertSetEqual, set(), set())
show(t.assertEqual, [[1, 2], {'x': 'y' * 50}], [[1, 2], {'x': 'y' * 49 + 'z'}])
t.maxDiff = None
show(t.assertEqual, list(range(100)), list(range(1, 101)))
t.maxDiff = 10
show(t.assertEqual, 'hello\nworld\n', 'hello\nthere\n')
t.longMessage = False
show(t.assertEqual, [1], [2], 'short')
t.longMessage = True


class Custom:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


def custom_eq(a, b, msg=None):
    if a.v != b.v:
        raise t.failureException('custom: %r vs %r' % (a.v, b.v))


t.addTypeEqualityFunc(Custom, custom_eq)
show(t.assertEqual, Custom(1), Custom(2))
show(t.assertEqual, Custom(1), Custom(1))
