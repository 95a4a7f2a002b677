# Deterministic destruction: __del__ runs as the last reference goes.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
a = Tracked("a")
b = a
del a
print("a deleted, b still refers")
b = None
print("b rebound")
lst = [Tracked("x"), Tracked("y"), Tracked("z")]
del lst
print("list gone")
def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
d = {"k": Tracked("in dict")}
d["k"] = 1
print("replaced")
class Bad:
    def __del__(self):
        raise ValueError("oops in del")
Bad()
print("still running")
t = (Tracked("tuple item"),)
t = None
last = Tracked("at exit")
print("end of program")
