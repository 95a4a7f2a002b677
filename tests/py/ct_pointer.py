# ctypes pointers: POINTER, pointer, contents, indexing, cast and byref.
import ctypes


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


LP = ctypes.POINTER(ctypes.c_int)
print(LP, LP.__name__, LP._type_, type(LP).__name__, LP.__mro__[1:])
print(ctypes.POINTER(ctypes.c_int) is LP, ctypes.sizeof(LP), ctypes._pointer_type_cache[ctypes.c_int] is LP)
x = ctypes.c_int(5)
p = ctypes.pointer(x)
print(type(p) is LP, p.contents, p[0], bool(p), isinstance(p, ctypes._Pointer))
p[0] = 7
print(x.value, p.contents, p.contents is p.contents)
print(ctypes.addressof(p.contents) == ctypes.addressof(x))
p.contents = ctypes.c_int(9)
print(p[0], x.value)
q = LP(x)
print(q.contents, q[0])
null = LP()
print(bool(null))
attempt(lambda: null.contents)
attempt(lambda: null[0])
attempt(lambda: LP(5))
attempt(lambda: ctypes.POINTER(3))
attempt(lambda: ctypes.pointer(3))
attempt(lambda: p['a'])


def set_contents():
    p.contents = 5


attempt(set_contents)

# a pointer to a pointer, to a py_object, to a double
pp = ctypes.pointer(ctypes.pointer(ctypes.c_double(2.5)))
print(pp.contents.contents, pp[0][0], type(pp[0]).__name__)
obj = ['payload']
po = ctypes.pointer(ctypes.py_object(obj))
print(po[0] is obj, po.contents)

# pointers over arrays
arr = (ctypes.c_int * 4)(10, 20, 30, 40)
ap = ctypes.cast(arr, ctypes.POINTER(ctypes.c_int))
print(ap[0], ap[1], ap[3], ap.contents)
ap[2] = 33
print(list(arr))
print(ctypes.cast(ap, ctypes.c_void_p).value == ctypes.addressof(arr))
print(ctypes.cast(ctypes.pointer(x), ctypes.c_void_p).value == ctypes.addressof(x))
print(ctypes.cast(None, ctypes.c_void_p), ctypes.cast(0, ctypes.py_object))
print(ctypes.cast(b'ab', ctypes.c_char_p).value, ctypes.cast(ctypes.c_void_p(5), ctypes.c_void_p))
attempt(lambda: ctypes.cast(1, ctypes.c_long))
attempt(lambda: ctypes.cast(5, 3))
attempt(lambda: ctypes.cast(1.5, ctypes.c_void_p))
attempt(lambda: ctypes.cast(ctypes.c_int(5), ctypes.c_void_p))
attempt(lambda: ctypes.cast(5))
print(ctypes.ArgumentError.__mro__)

# byref
b = ctypes.byref(x)
print(type(b).__name__, b._obj is x, repr(b).startswith("<cparam 'P' (0x"))
print(ctypes.cast(b, ctypes.c_void_p).value == ctypes.addressof(x))
print(ctypes.cast(ctypes.byref(arr, 4), ctypes.POINTER(ctypes.c_int))[0])
attempt(lambda: ctypes.byref(3))


# subclass of a pointer type; user-made pointer class
class P(ctypes._Pointer):
    _type_ = ctypes.c_long


print(P(ctypes.c_long(3)).contents, type(P).__name__)

# slices of what a pointer points to
nums = (ctypes.c_int * 5)(1, 2, 3, 4, 5)
np_ = ctypes.cast(nums, ctypes.POINTER(ctypes.c_int))
print(np_[0:3], np_[:2], np_[1:5:2], np_[4:0:-2], np_[3:1])
text = ctypes.create_string_buffer(b'pointer')
tp = ctypes.cast(text, ctypes.POINTER(ctypes.c_char))
print(tp[0:4], tp[:0], tp[6:0:-1])
attempt(lambda: np_[0:])
attempt(lambda: np_[:2:-1])
attempt(lambda: np_[0:2:0])
