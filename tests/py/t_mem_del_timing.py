# deterministic destruction: __del__ runs the moment the last reference goes (del, rebinding, container clear, scope exit, temporaries).
class Noisy:
    def __init__(self, name):
        self.name = name
        print("  create", name)
    def __del__(self):
        print("  destroy", self.name)
print("del of the only name:")
a = Noisy("a")
del a
print("rebinding:")
b = Noisy("b1")
b = Noisy("b2")
print("after rebinding b")
print("two names:")
c = Noisy("c")
c2 = c
del c
print("  still alive via c2")
del c2
print("container clear:")
lst = [Noisy("l1"), Noisy("l2")]
lst.clear()
print("  cleared")
print("function scope exit:")
def scope():
    x = Noisy("local")
    print("  returning")
scope()
print("temporary:")
Noisy("temp").name
print("  after expression statement")
print("returned object kept:")
def make():
    return Noisy("returned")
kept = make()
print("  kept", kept.name)
kept = None
print("dict value replaced:")
d = {"k": Noisy("d1")}
d["k"] = Noisy("d2")
del d
print("nested ownership:")
class Owner:
    def __init__(self):
        self.child = Noisy("child")
    def __del__(self):
        print("  destroy owner")
o = Owner()
o = None
print("list slice deletion:")
items = [Noisy(str(i)) for i in range(4)]
del items[1:3]
print("  remaining", [i.name for i in items])
items = None
print("exception object freed after handler:")
try:
    raise ValueError(Noisy("in-exception"))
except ValueError:
    print("  handling")
print("  after handler")
print("end of program")
b = None
