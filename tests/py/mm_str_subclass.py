# str subclass instances use CPython's legacy layout: 80-byte PyUnicodeObject, data in a buffer
import sys, weakref, gc

class S(str): pass
class T(str): __slots__ = ("a",)
class W(str): __slots__ = ("__weakref__",)
class U(S): __slots__ = ("b", "c")

print("type sizes", str.__basicsize__, str.__itemsize__, S.__basicsize__, S.__itemsize__,
      T.__basicsize__, W.__basicsize__, U.__basicsize__)
print("offsets", S.__weakrefoffset__, T.__weakrefoffset__, W.__weakrefoffset__)

samples = ["", "a", "abc", "x" * 100, "é", "éab", "ÿ" * 10, "\u20ac", "\u20acab" * 5,
           "\U0001f600", "\U0001f600x" * 3, "a\ud800b"]
for s in samples:
    print(ascii(s)[:30], len(s), sys.getsizeof(s), sys.getsizeof(S(s)), sys.getsizeof(T(s)),
          sys.getsizeof(W(s)), sys.getsizeof(U(s)), S(s).__sizeof__(), T(s).__sizeof__())

# the UTF-8 cache is counted once made (not for ASCII: it shares the data)
for s in ["abc", "é", "\u20acx", "\U0001f600"]:
    x = S(s)
    before = sys.getsizeof(x)
    x.encode()
    print(ascii(s), before, sys.getsizeof(x))

# slots, dict, weakrefs
t = T("héllo")
t.a = [1, 2]
print(t, t.a, hasattr(t, "__dict__"))
try:
    t.b = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref.ref(t)
except TypeError as e:
    print("TypeError", e)
s = S("wörld")
s.x = 42
r = weakref.ref(s)
print(r() is s, s.__dict__, type(s).__name__)
w = W("\u20ac!")
rw = weakref.ref(w)
print(rw() == "\u20ac!", type(rw()).__name__)
del s, w
gc.collect()
print(r(), rw())
u = U("ab\U0001f600")
u.b, u.c, u.d = 1, 2, 3
print(u, len(u), u.b, u.c, u.d, sys.getsizeof(u))

# everything that reads the characters works on subclass instances
for x in [S("Hello World"), S("héllo wörld"), S("\u20ac\U0001f600 mix"), T("ascii"), U("")]:
    print(repr(x), str(x), len(x), x.upper(), x[1:4], x[::-1], x + "!", x * 2, "l" in x,
          x.split(), x.encode("utf-8"), hash(x) == hash(str(x)), x == str(x), x < "z",
          f"{x:>15}", "%s|" % x, x.find("o"), list(iter(x))[:3], x.isidentifier(),
          {x: 1}[str(x)], sorted([x, "b"]), type(str(x)).__name__, x.replace("l", "L"),
          ",".join([x, x]), x.startswith("H"), int(S("123")), float(S("1.5")))
print(S("abc").__getnewargs__(), type(S("abc").__getnewargs__()[0]).__name__)
print(S(b"caf\xc3\xa9", "utf-8"), sys.getsizeof(S(b"caf\xc3\xa9", "utf-8")))
print(S(12345), S(), repr(S()), sys.getsizeof(S()))
d = {S("key"): 1}
print(d["key"], "key" in d, S("key") in {"key"})
import copy
c = copy.copy(S("copied"))
print(c, type(c).__name__)
