# weakref.proxy: forwarding of attributes, operators and protocols; ReferenceError when dead.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __iadd__(self, other):
        self.v += other
        return self

    def __mul__(self, other):
        return Num(self.v * other)

    def __neg__(self):
        return Num(-self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Num) else other)

    def __bool__(self):
        return self.v != 0

    def __str__(self):
        return "Num(%s)" % self.v

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, value):
        print("setitem", i, value)

    def __delitem__(self, i):
        print("delitem", i)

    def __contains__(self, x):
        return x == self.v

    def __iter__(self):
        return iter(range(self.v))

    def __reversed__(self):
        return iter(["reversed"])

    def __bytes__(self):
        return b"num"

    def method(self, x):
        return "method got %s" % x

    def __hash__(self):
        return 1


n = Num(3)
p = weakref.proxy(n)
print(type(p), type(p).__name__)
print("reuse:", weakref.proxy(n) is p, weakref.proxy(n, None) is p)
print("repr:", repr(p).replace(hex(id(p)), "P").replace(hex(id(n)), "N"))
print("str:", str(p), p)
print("attr:", p.v, p.method(7))
p.w = 10
print("set attr through proxy:", n.w)
del p.w
print("deleted:", hasattr(n, "w"))
print("class via proxy:", p.__class__.__name__, isinstance(p, Num))
print("arith:", (p + 1).v, (1 + p).v, (p * 2).v, (-p).v, abs(p).v)
print("conversions:", int(p), float(p), [10, 20, 30, 40][p], bool(p))
print("compare:", p < 5, p == 3, p == n, p != 4)
print("len, item:", len(p), p[4], 2 in p, 9 in p)
p[1] = "x"
del p[2]
print("iter:", list(p), list(reversed(p)), bytes(p))
q = p
q += 5
print("inplace returns referent:", type(q).__name__, n.v, q is n)
del q
try:
    hash(p)
except TypeError as e:
    print("hash:", e)

# proxies between proxies are unwrapped
m = Num(4)
pm = weakref.proxy(m)
print("proxy + proxy:", (p + pm).v, p < pm)

# callable proxies
def f(a, b=2):
    return a * b

pf = weakref.proxy(f)
print(type(pf).__name__, pf(3), pf(3, b=5), pf.__name__)
print(type(weakref.proxy(Num)).__name__)

# proxy with a callback is a new object, and after the shared one in the list
def cb(pr):
    print("proxy callback, proxy is a", type(pr).__name__)

p2 = weakref.proxy(n, cb)
r = weakref.ref(n)
print("distinct:", p2 is not p, [type(x).__name__ for x in weakref.getweakrefs(n)])

del n
print("dead repr:", repr(p).replace(hex(id(p)), "P").replace(hex(id(None)), "NONE"))
for what, fn in [("attr", lambda: p.v), ("str", lambda: str(p)), ("add", lambda: p + 1),
                 ("bool", lambda: bool(p)), ("len", lambda: len(p)), ("iter", lambda: iter(p)),
                 ("compare", lambda: p < 1), ("getitem", lambda: p[0]),
                 ("setattr", lambda: setattr(p, "x", 1)), ("contains", lambda: 1 in p)]:
    try:
        fn()
    except ReferenceError as e:
        print(what, "->", type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print("hash of dead:", e)
del f
try:
    pf(1)
except ReferenceError as e:
    print("call dead:", e)

# a proxy to an iterator can be advanced with next()
class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i

it = It()
pit = weakref.proxy(it)
print(next(pit), next(pit), next(pit, "done"))
plain = Num(1)
try:
    next(weakref.proxy(plain))
except TypeError as e:
    print(e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
try:
    weakref.proxy(plain, None, 3)
except TypeError as e:
    print(e)
