# comparisons across int, float and bool; equality of big ints and floats; sorting mixed numbers.
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True, 0.0 == -0.0)
print(1 < 1.5, 2 > 1.999, -1 < -0.5, True < 2, False < 0.1, True > 0.5)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(1 == float("nan"), 1 < float("nan"), 1 > float("nan"), 1 != float("nan"))
print(3 <= 3, 3 >= 3.0, 3 != 3, 1 in [1.0], 1.0 in {1}, True in {1: "x"})
print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, -0.0}, len({2, 2.0}))
print(sorted([3, 1.5, True, -2, 0, 2.25, False, 10 ** 20, -1e10]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max(True, 1))
print(1 < 2 < 3, 3 > 2 > 1, 1 < 2 > 1.5, 1 == 1.0 == True, 1 < 3 < 2)
print(10 ** 20 == 10.0 ** 20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, int(1e23))
print((1, 2) < (1, 2.5), [1, 2] == [1.0, 2.0], (True, 0) == (1, False))
for a, b in [(5, 5.0), (5, 5.5), (-3, -3.0), (2 ** 63, 2.0 ** 63), (2 ** 64 + 1, 2.0 ** 64)]:
    print(a, b, a == b, a < b, a > b, a <= b, a >= b)
for bad in [lambda: 1 < "1", lambda: 1.0 >= None, lambda: [] > 0, lambda: 1j < 1]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", 1 != "1", None == 0, [] == 0, 1j == 1, 1 + 0j == 1)
