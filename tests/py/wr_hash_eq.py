# Equality and hashing of weak references.
import weakref


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        print("  P.__eq__", self.v, other.v)
        return self.v == other.v

    def __hash__(self):
        print("  P.__hash__", self.v)
        return hash(self.v)


a = P(1)
b = P(1)
c = P(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("ra == rb:", ra == rb)
print("ra != rc:", ra != rc)
print("ra == ra:", ra == ra)
print("ra == a:", ra == a)
print("hash equal:", hash(ra) == hash(a))
print("hash again (cached, no __hash__ call):", hash(ra) == hash(1))
for op in ("<", "<=", ">", ">="):
    try:
        eval("ra " + op + " rb")
    except TypeError as e:
        print(op, e)

# dead references equal only themselves
ra_cb = weakref.ref(a, lambda r: None)
print("before death:", ra_cb == ra)
del a
print("after death ra == ra_cb:", ra == ra_cb, "ra != ra_cb:", ra != ra_cb)
print("dead ra == ra:", ra == ra, "dead vs live:", ra == rb)
print("hash of dead but hashed earlier:", hash(ra) == hash(1))
try:
    hash(ra_cb)
except TypeError as e:
    print("hash of dead never hashed:", e)

# refs as dict keys: found by their referent's equality
d = {rb: "b"}
print("lookup by equal ref:", d[weakref.ref(b)])
other = P(1)
print("lookup via another equal referent:", d.get(weakref.ref(other)))

# unhashable referent
class U:
    __hash__ = None


u = U()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print("unhashable referent:", e)

# equality with a proxy compares the referents
q = P(5)
print("ref == proxy:", weakref.ref(q) == weakref.proxy(q))
print("bool of live/dead ref:", bool(rb), bool(ra))
