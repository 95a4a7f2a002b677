# Big integers: factorials, powers, conversions, bit operations.
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // 7 ** 20, f % 1000003, -f // 999, divmod(-f, 10 ** 40))
print(str(2 ** 521 - 1)[:40], len(str(3 ** 2000)))
print(int("9" * 80) + 1, int("-" + "1" * 50) * 3)
print(hex(2 ** 100 + 15), bin(2 ** 70 - 1).count("1"), oct(-(8 ** 30)))
print((2 ** 200) >> 190, (2 ** 200 + 1) & 0xffff, (-(2 ** 100)) | 1, (2 ** 64) ^ (2 ** 63))
print(pow(7, 10 ** 20, 10 ** 9 + 7), pow(2, 2 ** 10) % 1000, 10 ** 40 // 3 ** 30)
x = 12345678901234567890123
print(x * x - x, (x * x) // x == x, x.bit_length(), -x // 10, -x % 10)
print(float(2 ** 80), int(1e20), 2 ** 80 / 2 ** 78, 10 ** 25 == 1e25)
print(sorted([10 ** 20, -5, 3, 2 ** 65, -(2 ** 70)]), max(2 ** 100, 3 ** 60))
print(hash(2 ** 100), hash(-(2 ** 100)), (2 ** 100).to_bytes(13, "big").hex())
