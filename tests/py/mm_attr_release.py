# Inline attributes are released when their instance dies, in the order of the class's shared
# keys (CPython frees the values array entry by entry).
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
class Holder: pass
h = Holder(); h.a = Noisy("a"); h.b = Noisy("b"); h.c = Noisy("c")
print("drop holder 1")
del h
g = Holder(); g.c = Noisy("c2"); g.b = Noisy("b2"); g.a = Noisy("a2")
print("drop holder 2")
del g
k = Holder(); k.a = Noisy("a3"); k.b = Noisy("b3")
vars(k)
print("drop holder 3 (with dict)")
del k
m = Holder(); m.b = Noisy("b4")
print("replace attribute")
m.b = Noisy("b5")
print("delete attribute")
del m.b
print("clear dict")
m.x = Noisy("x"); m.y = Noisy("y")
m.__dict__.clear()
print("end")
