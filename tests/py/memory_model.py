# Identity, reference counts, interning: the memory model ouro shares with CPython 3.11.
import sys
x = [1, 2, 3]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x), x is y, id(x) == id(y))
del y
print(sys.getrefcount(x))
container = [x, x]
print(sys.getrefcount(x))
container.clear()
print(sys.getrefcount(x))
def f(arg):
    return sys.getrefcount(arg)
print(f(x))
class Holder:
    pass
h = Holder(); h.attr = x
print(sys.getrefcount(x))
a = 256; b = 256; print(a is b)
n = 10
print(n + 247 is 257, (n + 246) is 256)
s1 = "hello"; s2 = "hello"; print(s1 is s2)
s3 = "".join(["hel", "lo"]); print(s3 == s1, s3 is s1, sys.intern(s3) is s1)
print(() is (), "a" * 3 == "aaa")
print(sys.getrefcount(object()))
print(id(object()) == id(object()))
l = []; t = (); print(type(l).__name__, sys.getsizeof(t))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("\u20ac"), sys.getsizeof("\U0001F600"))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof({}))
print(sys.getsizeof(set()), sys.getsizeof(b"ab"), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getrefcount(1000000) >= 2, sys.getrefcount(100) > 1000)
