# Reading reference counts and objects through their addresses, as the seed notebooks do.
import ctypes
import gc
import sys


def ref_count(address):
    return ctypes.c_long.from_address(address).value


# The count is the word at offset 0 of every object, the type the word at offset 8.
g = [1, 2, 3]
print(sys.getrefcount(g), ctypes.c_long.from_address(id(g)).value)
print(ctypes.c_long.from_address(id(g)).value == sys.getrefcount(g) - 1)
print(ctypes.c_void_p.from_address(id(g) + 8).value == id(type(g)) == id(list))
print(ctypes.c_ssize_t.from_address(id(g) + 16).value)    # ob_size: three items

other = g
print(ref_count(id(g)), sys.getrefcount(g))
del other
print(ref_count(id(g)))
holders = [g] * 5
print(ref_count(id(g)))
holders.clear()
print(ref_count(id(g)))

for obj in (object(), 12345678, 'x' * 100, (1, 'a'), {'k': 1}, 1.5, b'bytes!'):
    addr = id(obj)
    print(type(obj).__name__, ctypes.c_long.from_address(addr).value == sys.getrefcount(obj) - 1,
          ctypes.c_void_p.from_address(addr + 8).value == id(type(obj)))

# An object from its address: a new reference to the very object.
a = 5
a_address = id(a)
print(ctypes.cast(a_address, ctypes.py_object).value)
b = "hello"
b_address = id(b)
print(ctypes.cast(b_address, ctypes.py_object).value)
lst = [10, 20]
p = ctypes.cast(id(lst), ctypes.py_object)
print(p.value is lst, p.value, type(p).__name__)
before = ref_count(id(lst))
v = p.value
print(ref_count(id(lst)) - before)
del v
print(ref_count(id(lst)) - before)

# The notebook: the count follows the variables, and survives the variables' deletion as
# whatever the allocator left there (not printed: CPython does not fix it).
my_var = [12324]
address = id(my_var)
print(ref_count(address))
my_var2 = my_var
print(ref_count(address))
del my_var2
print(ref_count(address))
print(ctypes.cast(address, ctypes.py_object).value)
del my_var
print(type(ctypes.c_long.from_address(address).value).__name__)


# Two objects referring to each other: the counts stay at 1 after the variable is gone, and the
# collector frees them.
class A:
    def __init__(self):
        self.b = B(self)


class B:
    def __init__(self, a):
        self.a = a


def object_by_id(object_id):
    for obj in gc.get_objects():
        if id(obj) == object_id:
            return "Object exist"
    return "Not Found"


gc.disable()
my_var = A()
a_id = id(my_var)
b_id = id(my_var.b)
print(ref_count(a_id), ref_count(b_id))
print(object_by_id(a_id), object_by_id(b_id))
my_var = None
print(ref_count(a_id), ref_count(b_id))
print(object_by_id(a_id), object_by_id(b_id))
print(gc.collect() >= 2)
print(object_by_id(a_id), object_by_id(b_id))
print(type(ref_count(a_id)).__name__)
gc.enable()

# Writing through from_address changes the object itself.
arr = ctypes.c_long(0)
cell = ctypes.c_long.from_address(ctypes.addressof(arr))
cell.value = 77
print(arr.value, cell, ctypes.addressof(cell) == ctypes.addressof(arr))
t = (1, 2, 3)
print(ctypes.c_ssize_t.from_address(id(t) + 16).value, len(t))
print(ctypes.py_object.from_address(id(t) + 24).value, ctypes.py_object.from_address(id(t) + 40).value)
