# is vs ==: small int cache (-5..256) vs ints computed at run time, None/True/False singletons, containers, strings built at run time.
base = 200
for k in [50, 56, 57, 60]:
    a = base + k
    b = base + k
    print(a, a == b, a is b)
lo = -3
for k in [-2, -3, -4]:
    a = lo + k
    b = lo + k
    print(a, a == b, a is b)
big1 = int("1000")
big2 = int("1000")
print(big1 == big2, big1 is big2, int("100") is int("100"), int("-5") is int("-5"), int("-6") is int("-6"))
print(None is None, type(None)() is None, bool(1) is True, (1 == 1) is True, bool([]) is False)
x = [1, 2]
y = x
z = [1, 2]
e1, e2, e3 = (), tuple(), tuple([])
print(x == y, x is y, x == z, x is z, x is not z, e1 is e2, e2 is e3, list() is list(), list(x) is x)
s1 = "hello"
s2 = "".join(["hel", "lo"])
s3 = "hello"
print(s1 == s2, s1 is s2, s1 is s3, "a" * 3 == "aaa")
c1 = chr(120)
c2 = "xyz"[0]
empty, eb = "", b""
print(c1 == c2, empty is str(), eb is bytes())
f1 = 1.5
f2 = float("1.5")
print(f1 == f2, f1 is f2, 0.0 == -0.0, type(f1) is float)
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2, t1 is t2)
print(len is len, print is not len, int is type(3), type(True) is bool, type(1) is not bool)
def ident(o): return o
obj = object()
print(ident(obj) is obj, id(ident(obj)) == id(obj), [obj][0] is obj, {"k": obj}["k"] is obj)
n = 255
m = n + 1
p = m + 1
print(m is int("256"), p is int("257"), (n + 1) is m)
one, zero = 1, 0
print(True is not False, None is not False, one is not True, zero == False, zero is not False)
big = 10 ** 20
same = big
print(same is big, big == 10 ** 20)
