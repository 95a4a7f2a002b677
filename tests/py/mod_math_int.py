# math: the integer functions (factorial, comb, perm, gcd, lcm, isqrt, prod)
import math

def show(f, *args, **kw):
    try:
        print(f.__name__, args, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

for n in [0, 1, 2, 5, 12, 20, 21, 25, 50, 100, 171, -1, 2.0, 3.5, True, 10**20]:
    show(math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(500) % 1000003)
for n in range(0, 60, 4):
    print([math.comb(n, k) for k in range(0, n + 2, 3)])
    print([math.perm(n, k) for k in range(0, min(n, 12) + 2, 3)])
for n, k in [(10**20, 3), (10**20, 0), (2**64, 5), (100, 50), (1000, 500), (3, 5), (10**19, 2), (67, 33)]:
    show(math.comb, n, k); show(math.perm, n, k)
show(math.comb, -1, 2); show(math.comb, 2, -1); show(math.comb, 2.0, 1); show(math.perm, 5)
show(math.perm, 5, None); show(math.perm, -5); show(math.perm, 5, -1)
show(math.gcd); show(math.gcd, 12); show(math.gcd, -12); show(math.gcd, 12, 18); show(math.gcd, 12, -18, 30)
show(math.gcd, 2**100, 6**40); show(math.gcd, 0, 0); show(math.gcd, 1.5, 2); show(math.gcd, 2**70 * 3, 2**64 * 9)
show(math.lcm); show(math.lcm, 4, 6); show(math.lcm, 4, 6, 10); show(math.lcm, 0, 5); show(math.lcm, -4, 6)
show(math.lcm, 2**70, 3**50)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**18, 2**64 - 1, 2**64, 10**50, 10**100 + 7, -1, 3.0]:
    show(math.isqrt, n)
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(0, 10**6, 997)))
show(math.prod, [1, 2, 3, 4]); show(math.prod, []); show(math.prod, [1.5, 2]); show(math.prod, [2**62, 4, 8])
show(math.prod, [3], start=2); show(math.prod, ['a', 3]); show(math.prod, range(1, 25)); show(math.prod, (0.5, 0.25, 8))
show(math.prod, [1, 2], start=1.0); show(math.prod, 5)
for x in [10**308, 10**309, 2**1024, 10**1000, 3**2000, 2**1023 * 3, True]:
    show(math.log, x); show(math.log2, x); show(math.log10, x)
show(math.log, 2**2000, 2); show(math.log, 10**500, 10); show(math.log, -(10**400))
