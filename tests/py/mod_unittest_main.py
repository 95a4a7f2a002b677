import unittest

class Arith(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)

    @unittest.skipIf(True, "skipped on purpose")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipUnless(False, "not supported")
    def test_unless(self):
        self.fail("never")

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        self.fail("never")

if __name__ == "__main__":
    print("running")
    unittest.main(verbosity=2)
