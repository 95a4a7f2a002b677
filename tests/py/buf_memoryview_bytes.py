# memoryview over bytes and bytearray: format 'B', slicing, assignment and the tuple-key rules.
m = memoryview(b"abcdef")
print(m.format, m.itemsize, m.readonly, m.nbytes, len(m), m[0], m[-1], m[1:3].tobytes())
print(m[::2].tobytes(), m[::-1].tolist(), m[::2].strides, m[::-2].hex(), bytes(m[::-2]))
print(m.tobytes("C"), m.tobytes(None), m.tobytes(order="A"), m[0,])
print(m == b"abcdef", b"abcdef" == m, m[::2] == b"ace", bytearray(b"ace") == m[::2])
print(m != b"abcdef", m == "abcdef", m[1:] == m[1:], m.toreadonly().readonly)
print(memoryview(m).obj is m.obj, memoryview(m)[2:4].tobytes())

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: m[0, 0])
err(lambda: m[()])
err(lambda: m[0:1, ])
err(lambda: m[...])
err(lambda: m["a"])
err(lambda: m[1.0])
err(lambda: m[10])
err(lambda: m.tobytes(1))
err(lambda: m.tobytes("X"))
err(lambda: m < b"x")
err(lambda: memoryview(1))
err(lambda: memoryview("abc"))

w = memoryview(bytearray(b"abcd"))
w[0] = 65
w[1:3] = w[0:2]
print(w.obj)
w[::2] = b"XY"
print(w.obj)
w[0,] = 66
print(w.obj)

def setter(key, val):
    def f():
        w[key] = val
    return f
err(setter(0, 256))
err(setter(0, b"a"))
err(setter(0, 1.5))
err(setter(slice(0, 2), b"abc"))
err(setter(slice(0, 2), 5))
err(setter((0, 0), 1))
err(setter((), 1))
err(setter((slice(0, 1),), b"a"))
err(setter("a", 1))
err(lambda: memoryview(b"x").__setitem__(0, 1))
err(lambda: w.__delitem__(0))

s = memoryview(b"abcdef")[::2]
err(lambda: b"x" + s)
err(lambda: b"abc".find(s))
err(lambda: b"".join([s]))
err(lambda: bytearray(b"x").extend(s))
err(lambda: str(s, "ascii"))
ba = bytearray(b"x")
err(lambda: ba.__iadd__(s))
print(bytes(s), bytearray(s), bytearray(b"hello").__setitem__(slice(0, 2), memoryview(b"abcd")[::2]))
b2 = bytearray(b"hello")
b2[0:2] = memoryview(b"abcdef")[::2]
print(b2)

import weakref
r = memoryview(b"abc")
ref = weakref.ref(r)
print(ref() is r)
del r
print(ref())
