# The seed notebook's circular pair, as a script: attributes read through the eval loop's
# caches (f-strings, methods) must not give the instances dict objects.
import ctypes, gc

def ref_count(address):
    return ctypes.c_long.from_address(address).value

def exists(object_id):
    return any(id(o) == object_id for o in gc.get_objects())

class A:
    def __init__(self) -> None:
        self.b = B(self)
        self.tag = f"A with b {type(self.b).__name__}"

class B:
    def __init__(self, a) -> None:
        self.a = a
        self.tag = f"B with a {type(self.a).__name__}"
    def peer(self):
        return self.a

gc.collect()
gc.disable()
my_var = A()
print(my_var.tag, my_var.b.tag, my_var.b.peer() is my_var)
a_id = id(my_var)
b_id = id(my_var.b)
print(ref_count(a_id), ref_count(b_id))
print(exists(a_id), exists(b_id))
my_var = None
print(ref_count(a_id), ref_count(b_id))
print(exists(a_id), exists(b_id))
print("collected:", gc.collect())
print(exists(a_id), exists(b_id))
gc.enable()
pairs = [A() for _ in range(50)]
for p in pairs:
    p.b.peer().tag
del pairs, p
print("collected 50 pairs:", gc.collect())
