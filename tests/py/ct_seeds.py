# The seed notebooks' cells that read counts with ctypes, as one script (counts of None and of
# freed memory, which CPython does not fix, are left out; so are addresses).
import sys
import ctypes
import gc

my_var = 'Hello'
other_var = my_var
print(sys.getrefcount(my_var))
print(ctypes.c_long.from_address(id(my_var)).value)
other_var = 'Bye'
print(sys.getrefcount(my_var))
print(ctypes.c_long.from_address(id(my_var)).value)

a = 10000
b = 100
c = 1
d = 'a'
e = 'Hello'
g = [1, 2, 3]
print(sys.getrefcount(a))
print(ctypes.c_long.from_address(id(a)).value)
print(sys.getrefcount(e))
print(ctypes.c_long.from_address(id(e)).value)
print(sys.getrefcount(g))
print(ctypes.c_long.from_address(id(g)).value)
for small in (b, c, d):
    print(ctypes.c_long.from_address(id(small)).value == sys.getrefcount(small) - 1)


def ref_count(address):
    print(ctypes.c_long.from_address(address).value)


def object_by_id(object_id):
    for obj in gc.get_objects():
        if id(obj) == object_id:
            return "Object exist"
    return "Not Found"


class A:
    def __init__(self) -> None:
        self.b = B(self)


class B:
    def __init__(self, a) -> None:
        self.a = a


gc.disable()
my_var = A()
a_id = id(my_var)
b_id = id(my_var.b)
ref_count(a_id)
ref_count(b_id)
print(object_by_id(a_id))
print(object_by_id(b_id))
my_var = None
ref_count(a_id)
ref_count(b_id)
print(object_by_id(a_id))
print(object_by_id(b_id))
print(gc.collect() > 0)
print(object_by_id(a_id))

a = 5
a_address = id(a)
print(ctypes.cast(a_address, ctypes.py_object).value)
b = "hello"
b_address = id(b)
print(ctypes.cast(b_address, ctypes.py_object).value)

my_var = 12324
before = sys.getrefcount(my_var)
my_var2 = my_var
after_reference_by_other = sys.getrefcount(my_var)
print(f"Starting reference: {before}")
print(f"After another variable reference: {after_reference_by_other}")
print(id(my_var) == id(my_var2))
address = id(my_var)
print(ctypes.c_long.from_address(address).value)
del my_var2
print(ctypes.c_long.from_address(address).value)
print(ctypes.cast(address, ctypes.py_object).value)
