import unittest
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    def setUp(self): print("setUp", self._testMethodName)
    def tearDown(self): print("tearDown")
    def test_a(self): self.assertEqual(1, 1)
    def test_b(self): self.assertEqual([1, 2], [1, 3])
    def test_c(self): raise KeyError("k")
    @unittest.skip("because")
    def test_d(self): pass
    @unittest.expectedFailure
    def test_e(self): self.assertTrue(False)
    def test_f(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1/0
        print(type(cm.exception).__name__)
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertIn(1, [1])
        self.assertIsNone(None)
    def test_g(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
if __name__ == "__main__":
    unittest.main()
