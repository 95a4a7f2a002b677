# sys.getsizeof of ints across digit boundaries (30-bit digits), negatives, bools, None, floats, complex.
import sys
sz = sys.getsizeof
for v in [0, 1, -1, 255, 2 ** 29, 2 ** 30 - 1, 2 ** 30, 2 ** 59, 2 ** 60 - 1, 2 ** 60, 2 ** 89, 2 ** 90, 2 ** 120, 2 ** 300, 10 ** 100]:
    print(v if v < 10 ** 20 else f"big({v.bit_length()} bits)", sz(v), sz(-v))
for e in range(0, 130, 10):
    print(e, sz(2 ** e), end=" | ")
print()
print("bool:", sz(True), sz(False), "None:", sz(None), "float:", sz(0.0), sz(1.5), sz(1e300), sz(float("inf")))
print("complex:", sz(0j), sz(1 + 2j), "NotImplemented:", sz(NotImplemented), "Ellipsis:", sz(...))
print(sz(int("9" * 50)), sz(-int("9" * 50)), sz(True + 0), sz(2 ** 30 // 2 ** 30))
