# __eq__ and __hash__ interplay: defining __eq__ removes hashing, explicit __hash__, sets/dicts of custom objects.
class Default:
    pass
a, b = Default(), Default()
print(hash(a) == hash(a), a == b, len({a, b, a}), Default.__hash__ is object.__hash__)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) in [EqOnly(1)])
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Both({self.v})"
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, {Both(3): "x"}[Both(3)], hash(Both(5)) == hash(5), sorted(s, key=lambda x: x.v))
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print("TypeError:", e)
class Parent:
    def __eq__(self, o): return True
    def __hash__(self): return 42
class Child(Parent):
    def __eq__(self, o): return False
print(Parent.__hash__ is not None, Child.__hash__, hash(Parent()))
class Child2(Parent):
    pass
print(hash(Child2()), Child2() == 1)
class BadHash:
    def __hash__(self): return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()), hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class Mutable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
m = Mutable(1)
d = {m: "found"}
m.v = 2
print(m in d, Mutable(1) in d, Mutable(2) in d, len(d))
print(hash(True) == hash(1), hash("") , hash(None) == hash(None), hash(()) == hash(()))
