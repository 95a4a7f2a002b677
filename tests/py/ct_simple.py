# ctypes simple types: classes, values, wrapping, reprs, sizes, errors (CPython 3.11 behaviour).
import ctypes


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


names = ("c_byte c_ubyte c_char c_short c_ushort c_int c_uint c_long c_ulong c_longlong "
         "c_ulonglong c_size_t c_ssize_t c_float c_double c_void_p c_char_p c_bool py_object").split()
for n in names:
    t = getattr(ctypes, n)
    print(n, t, t.__name__, t._type_, ctypes.sizeof(t), ctypes.alignment(t), type(t).__name__)
print(ctypes.c_long.__mro__)
print(type(ctypes.c_long), type(ctypes._SimpleCData), ctypes._SimpleCData.__module__)
print(ctypes.c_longlong is ctypes.c_long, ctypes.c_size_t is ctypes.c_ulong,
      ctypes.c_int32 is ctypes.c_int, ctypes.c_uint8 is ctypes.c_ubyte, ctypes.c_voidp)

# construction and .value
print(ctypes.c_long(), ctypes.c_long(5), ctypes.c_long(-5).value, ctypes.c_int(7).value)
print(ctypes.c_ubyte(256), ctypes.c_byte(200), ctypes.c_short(70000), ctypes.c_ushort(-1))
print(ctypes.c_uint(-1), ctypes.c_ulong(-1), ctypes.c_long(2**100), ctypes.c_long(2**64 + 5))
print(ctypes.c_long(True), ctypes.c_int(-2**31), ctypes.c_int(2**31))
print(ctypes.c_char(b'x'), ctypes.c_char(65), ctypes.c_char(bytearray(b'z')), ctypes.c_char().value)
print(ctypes.c_double(3), ctypes.c_double(1.5).value, ctypes.c_float(1.1), ctypes.c_float(0.1).value)
print(ctypes.c_float(1e300), ctypes.c_double())
print(ctypes.c_bool(5), ctypes.c_bool([]), ctypes.c_bool(3).value, ctypes.c_bool())
print(ctypes.c_void_p(), ctypes.c_void_p(5), ctypes.c_void_p(0), ctypes.c_void_p(-1),
      ctypes.c_void_p(2**64 + 3), ctypes.c_void_p().value, ctypes.c_void_p(7).value)
print(ctypes.c_char_p(), ctypes.c_char_p().value, ctypes.c_char_p(b'hello').value,
      ctypes.c_char_p(b'').value)
print(ctypes.py_object(), ctypes.py_object(3), ctypes.py_object([1, 'a']), ctypes.py_object(None))
print(ctypes.py_object((1, 2)).value, ctypes.c_long(x=1))

x = ctypes.c_long(3)
x.value = 2**64 + 5
print(x.value, x)
x.value += 1
print(x)
y = ctypes.c_ubyte(250)
for i in range(10):
    y.value += 1
print(y, y.value)
s = ctypes.c_char_p(b'abc')
s.value = b'xyz'
print(s.value)
s.value = None
print(s.value, s)

# truth, identity, equality
print(bool(ctypes.c_long(0)), bool(ctypes.c_long(3)), bool(ctypes.c_double(0.0)),
      bool(ctypes.c_void_p()), bool(ctypes.c_char(b'\0')))
print(ctypes.c_long(5) == ctypes.c_long(5), ctypes.c_int(1) != ctypes.c_int(1))
print(ctypes.sizeof(ctypes.c_long(1)), ctypes.sizeof(ctypes.c_char(b'a')), ctypes.alignment(x))
print(isinstance(x, ctypes.c_long), isinstance(x, ctypes._SimpleCData), type(x).__name__)
print(ctypes.c_int(5).__ctypes_from_outparam__())


# subclasses
class MyLong(ctypes.c_long):
    pass


m = MyLong(42)
print(m.value, type(m).__name__, type(MyLong).__name__, isinstance(m, ctypes.c_long))
print(repr(m).startswith('<MyLong object at 0x'), MyLong.__mro__[1:])
print(m.__ctypes_from_outparam__() is m, MyLong._type_)


class Direct(ctypes._SimpleCData):
    _type_ = 'i'


print(Direct(3), Direct(2**32 + 1).value, ctypes.sizeof(Direct))


class Named(ctypes.c_int):
    def describe(self):
        return 'Named %d' % self.value


print(Named(9).describe())

# errors
attempt(lambda: ctypes.c_long("a"))
attempt(lambda: ctypes.c_long(1.5))
attempt(lambda: ctypes.c_int(ctypes.c_int(3)))
attempt(lambda: ctypes.c_char(b'ab'))
attempt(lambda: ctypes.c_char(300))
attempt(lambda: ctypes.c_char('a'))
attempt(lambda: ctypes.c_double('x'))
attempt(lambda: ctypes.c_double(2**2000))
attempt(lambda: ctypes.c_void_p('x'))
attempt(lambda: ctypes.c_void_p(3.0))
attempt(lambda: ctypes.c_char_p('x'))
attempt(lambda: ctypes.py_object().value)
attempt(lambda: ctypes.c_long(1, 2))
attempt(lambda: ctypes._SimpleCData())
attempt(lambda: ctypes.sizeof(3))
attempt(lambda: ctypes.sizeof(int))
attempt(lambda: ctypes.alignment(3))
attempt(lambda: ctypes.addressof(3))
attempt(lambda: ctypes.addressof(ctypes.c_int))
attempt(lambda: ctypes.c_long.from_address('x'))
attempt(lambda: ctypes.c_long.from_address(3.0))
attempt(lambda: ctypes._SimpleCData.from_address(3))
attempt(lambda: ctypes.c_long.from_address(2**64))
attempt(lambda: ctypes.c_long.from_address(-1 - 2**64))


def delete():
    del x.value


attempt(delete)


def set_bad():
    x.value = 'q'


attempt(set_bad)
for body in ("pass", "_type_ = 5", "_type_ = 'xx'", "_type_ = 'y'"):
    try:
        exec("class X(ctypes._SimpleCData): " + body)
    except Exception as e:
        print(type(e).__name__, e)

# from_buffer_copy
print(ctypes.c_int.from_buffer_copy(b'\x01\x02\x00\x00').value,
      ctypes.c_short.from_buffer_copy(b'\xff\xff\x01', 1).value)
attempt(lambda: ctypes.c_long.from_buffer_copy(b'abc'))
