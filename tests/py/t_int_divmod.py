# int floor division and modulo: sign rules for every sign combination, divmod, big operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10), (1, -10)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, (q, r), q * b + r == a)
print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
big = 10 ** 30 + 7
for d in (3, -3, 10 ** 15, -(10 ** 15), 2 ** 64 + 1):
    print(big // d, big % d, -big // d, -big % d)
print(divmod(2 ** 100, 3 ** 40), divmod(-(2 ** 100), 3 ** 40))
print(7.0 // 2, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(-7, 2.5))
print(True // 1, 5 // True, 5 % True, divmod(True, 2))
for a in range(-6, 7, 3):
    print([a % m for m in (1, 2, 3, 4, -3)], [a // m for m in (1, 2, 3, 4, -3)])
print(-1 % 2 ** 64, (2 ** 64 - 1) // -1, (-(2 ** 63)) // -1)
print(123 % 10, 123 // 10 % 10, 123 // 100)
