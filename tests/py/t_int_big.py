# big ints: arithmetic across the 30-bit digit boundary, powers, factorials, str conversion.
for e in (29, 30, 31, 59, 60, 61, 62, 63, 64, 89, 90, 120):
    v = 2 ** e
    print(e, v, v - 1, -v, v * v, v // 7, v % 1000)
a = 2 ** 64 - 1
print(a + 1, a * a, (a * a) // a, a ** 3, -a * a)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f // (2 ** 26), f % 999983)
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150], fib[150] % fib[100], fib[150] - fib[149] == fib[148])
print(3 ** 100, 7 ** 77 - 7 ** 76, 10 ** 40 + 1, -(10 ** 40) - 1)
n = int("1234567890" * 5)
print(n, n + 1, n * 3, n // 11, n % 97, -n // 13, str(n)[::-1][:12])
print(2 ** 1000 % 10 ** 9, len(str(2 ** 1000)), sum(map(int, str(2 ** 100))))
print((10 ** 50) // (10 ** 25) == 10 ** 25, (10 ** 50 + 1) - 10 ** 50, 10 ** 50 - (10 ** 50 + 1))
print(abs(-(3 ** 90)), max(2 ** 70, -(2 ** 80)), min(2 ** 70, -(2 ** 80)))
x = 1
for i in range(10):
    x = x * 1000003 + i
print(x, x.bit_length(), x >> 100, x & (2 ** 40 - 1))
print(2 ** 62 + 2 ** 62, 2 ** 63 - 2 ** 62, 4611686018427387904 * 2, 9223372036854775807 + 1)
print(-9223372036854775808 - 1, -(2 ** 30) * (2 ** 30), (2 ** 30 - 1) * (2 ** 30 - 1))
