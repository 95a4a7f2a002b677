import unittest

class Checks(unittest.TestCase):
    def runTest(self):
        pass

t = Checks()
cases = [
    (t.assertEqual, (1, 2)), (t.assertTrue, (0,)), (t.assertFalse, (1,)), (t.assertIs, (1, None)),
    (t.assertIsNot, (None, None)), (t.assertIsNone, (1,)), (t.assertIsNotNone, (None,)),
    (t.assertIn, (1, [2])), (t.assertNotIn, (1, [1])), (t.assertIsInstance, (1, str)),
    (t.assertNotIsInstance, (1, int)), (t.assertAlmostEqual, (1.0, 1.5)),
    (t.assertNotAlmostEqual, (1.0, 1.0)), (t.assertGreater, (1, 2)),
    (t.assertGreaterEqual, (1, 2)), (t.assertLess, (2, 1)), (t.assertLessEqual, (2, 1)),
    (t.assertNotEqual, (1, 1)), (t.assertCountEqual, ([1, 2], [1, 3])), (t.fail, ("boom",)),
    (t.assertEqual, (1, 2, "custom")), (t.assertAlmostEqual, (1.0, 1.5, None, None, 0.1)),
]
for f, args in cases:
    try:
        f(*args)
        print(f.__name__, "passed")
    except AssertionError as e:
        print(f.__name__, "|", e)

for ok in [(t.assertEqual, (1, 1)), (t.assertAlmostEqual, (1.0, 1.00000001)),
           (t.assertCountEqual, ([1, 2, 2], [2, 1, 2])), (t.assertIn, ("a", "abc"))]:
    ok[0](*ok[1])
print("equal ones pass")

with t.assertRaises(KeyError) as cm:
    {}["missing"]
print(type(cm.exception).__name__, cm.exception.args)
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises(ValueError, len, [])
except AssertionError as e:
    print(e)
print(t.assertRaises(ZeroDivisionError, lambda: 1 / 0))
print(str(t), repr(t), t.id())

class Loaded(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): self.skipTest("not today")
    def helper(self): pass

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Loaded)
print([x._testMethodName for x in suite], suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.skipped), result.skipped[0][1], result.wasSuccessful())
print(result)
