# A tour of what ouro shows: every value is an object at an address, with a reference count.
# Run it with `make run` (or ./ouro examples/tour.py); CPython 3.11 prints the same, apart
# from the addresses.
import sys

print("== Names refer to objects; id() is the object's address")
a = [1, 2, 3]
b = a
print("a is b:", a is b, "| same id:", id(a) == id(b), "| id:", hex(id(a)))

print("\n== Reference counts (sys.getrefcount sees one more: its own argument)")
print("a and b:", sys.getrefcount(a))
del b
print("after del b:", sys.getrefcount(a))
box = [a, a, a]
print("three more in a list:", sys.getrefcount(a))
box.clear()
print("list cleared:", sys.getrefcount(a))

print("\n== Small ints and identifier-like strings are shared (interned)")
x = 256
y = 255 + int("1")
print("256 is 256:", x is y)
x = 1000
y = 999 + int("1")
print("1000 is computed 1000:", x is y, "| equal:", x == y)
s = "hello"
t = "".join(["hel", "lo"])
print("built string equal:", s == t, "| same object:", s is t, "| after sys.intern:", sys.intern(t) is s)

print("\n== Mutability: a list changes in place, a tuple cannot")
before = id(a)
a.append(4)
print("append keeps the id:", id(a) == before, a)
n = 10
old = id(n)
n += 1
print("n += 1 makes a new int:", id(n) != old)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)

print("\n== Objects die the moment their last reference goes")
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__ of", self.name)
n1 = Noisy("first")
print("dropping first...")
n1 = None
print("...done")

print("\n== Sizes are CPython's")
for v in (0, 2 ** 40, 1.5, "", "abc", (), [], {}):
    print(f"  sys.getsizeof({v!r}) = {sys.getsizeof(v)}")
