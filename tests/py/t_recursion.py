# recursion: factorial, fibonacci, mutual recursion, recursive data walk, permutations, hanoi, depth under the limit.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append(a + c)
        hanoi(n - 1, b, a, c)
hanoi(4, "A", "B", "C")
print(len(moves), moves[:7])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500), sys.getrecursionlimit())
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 5))
def tree_sum(t):
    return t if isinstance(t, int) else sum([tree_sum(c) for c in t])
print(tree_sum([1, [2, 3], [[4], 5]]))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 10))
def binsearch(a, x, lo, hi):
    if lo > hi: return -1
    mid = (lo + hi) // 2
    if a[mid] == x: return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid - 1)
arr = list(range(0, 100, 3))
print(binsearch(arr, 27, 0, len(arr) - 1), binsearch(arr, 28, 0, len(arr) - 1))
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100))
