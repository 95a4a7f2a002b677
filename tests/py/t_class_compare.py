# rich comparison dunders: reflection order, NotImplemented fallback to identity for ==, chained comparisons, sorting.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N{self.v}"
    def __eq__(self, o):
        print(f"  {self}.__eq__({o})")
        return self.v == o.v if isinstance(o, N) else NotImplemented
    def __lt__(self, o):
        print(f"  {self}.__lt__({o})")
        return self.v < o.v if isinstance(o, N) else NotImplemented
    def __gt__(self, o):
        print(f"  {self}.__gt__({o})")
        return self.v > o.v if isinstance(o, N) else NotImplemented
print(N(1) == N(1), N(1) != N(2))
print(N(1) < N(2), N(3) > N(2))
print(N(1) == 1)
print(1 == N(1))
try:
    N(1) <= N(2)
except TypeError as e:
    print("TypeError:", e)
try:
    N(1) < 5
except TypeError as e:
    print("TypeError:", e)
print("int vs N, reflected to N.__lt__:")
try:
    5 > N(1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class Sub(N):
    def __eq__(self, o):
        print(f"  Sub {self}.__eq__({o})")
        return True
print(N(1) == Sub(2))
print(Sub(2) == N(1))
class Total:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"T{self.v}"
ts = [Total(3), Total(1), Total(2)]
print(sorted(ts), max(ts), min(ts), Total(1) < Total(2) < Total(3), Total(2) >= Total(1), Total(1) > Total(2))
class Weird:
    def __eq__(self, o): return "truthy string"
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()], Weird() in [1])
class NoNe:
    def __eq__(self, o): return True
print(NoNe() != 1, NoNe() == 1)
