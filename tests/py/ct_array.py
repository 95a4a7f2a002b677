# ctypes arrays: types made by c_int * n, items, slices, char arrays and string buffers.
import ctypes


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


A3 = ctypes.c_int * 3
print(A3, A3.__name__, A3._type_, A3._length_, type(A3).__name__, A3.__mro__[1:])
print(A3 is ctypes.c_int * 3, (3 * ctypes.c_int) is A3, ctypes.sizeof(A3), ctypes.alignment(A3))
a = A3(1, 2, 3)
print(len(a), a[0], a[-1], list(a), a[0:2], a[::2], a[:], bool(a))
a[1] = 20
a[-1] = 2**32 + 7
print(list(a), ctypes.sizeof(a), isinstance(a, ctypes.Array))
a[0:2] = [5, 6]
print(list(a))
print(list(A3()), list(A3(9)), len((ctypes.c_int * 0)()), list((ctypes.c_double * 2)(1.5, 2)))
print((ctypes.c_bool * 2)(1, 0)[:], (ctypes.c_void_p * 2)(3)[:], (ctypes.c_char_p * 2)(b'q')[:])
attempt(lambda: A3(1, 2, 3, 4))
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a['x'])
attempt(lambda: ctypes.c_int * -1)
attempt(lambda: ctypes.c_int * 'a')


def delete():
    del a[0]


def bad_item():
    a[1] = 'x'


def bad_slice():
    a[0:2] = [1]


attempt(delete)
attempt(bad_item)
attempt(bad_slice)

# arrays of arrays, of pointers, of subclasses
M = (ctypes.c_int * 2) * 3
m = M()
m[1][0] = 4
print(type(m[0]).__name__, list(m[1]), [list(r) for r in m], ctypes.sizeof(M))
pa = (ctypes.POINTER(ctypes.c_int) * 2)()
print(bool(pa[0]))
v = ctypes.c_int(8)
pa[1] = ctypes.pointer(v)
print(pa[1].contents, pa[1][0])


def bad_ptr():
    pa[0] = 5


attempt(bad_ptr)


class MyInt(ctypes.c_int):
    pass


mi = (MyInt * 2)(1, 2)
print(type(mi[0]).__name__, mi[0].value, mi[1].value)
ob = (ctypes.py_object * 2)()
attempt(lambda: ob[0])
ob[0] = 'hi'
print(ob[0])

# c_char arrays and string buffers
ca = (ctypes.c_char * 4)()
ca.value = b'ab'
print(ca.value, ca.raw, ca[0], ca[:], ca[1:3], list(ca))
ca.raw = b'wxyz'
print(ca.value, ca.raw)
attempt(lambda: setattr(ca, 'value', b'abcde'))
attempt(lambda: setattr(ca, 'value', 'str'))
buf = ctypes.create_string_buffer(b'hi')
print(buf.value, buf.raw, ctypes.sizeof(buf), type(buf).__name__, len(buf))
print(ctypes.create_string_buffer(3).raw, ctypes.create_string_buffer(b'xy', 5).raw)
print(ctypes.string_at(buf), ctypes.string_at(buf, 2), ctypes.string_at(ctypes.addressof(buf) + 1))
s = ctypes.c_char_p(b'hello world')
print(ctypes.string_at(s), ctypes.string_at(s, 5))
dst = ctypes.create_string_buffer(8)
ctypes.memmove(dst, b'copied', 6)
print(dst.value)
ctypes.memset(dst, ord('z'), 3)
print(dst.value, dst.raw)

# memory shared with other views
ints = (ctypes.c_int * 2).from_address(ctypes.addressof(a))
ints[0] = 99
print(a[0], ctypes.c_int.from_address(ctypes.addressof(a) + 4).value)
print((ctypes.c_ubyte * 4).from_buffer_copy(b'\x01\x02\x03\x04')[:])


class Arr(ctypes.Array):
    _type_ = ctypes.c_short
    _length_ = 2


print(Arr(1, 2)[1], ctypes.sizeof(Arr), type(Arr).__name__)
try:
    class NoLength(ctypes.Array):
        _type_ = ctypes.c_int
except Exception as e:
    print(type(e).__name__, e)
for body in ("_length_ = 'a'", "_length_ = -1", "_length_ = 2**70", "_length_ = 2; _type_ = int"):
    try:
        exec("class N(ctypes.Array): _type_ = ctypes.c_int; " + body)
    except Exception as e:
        print(type(e).__name__, e)
