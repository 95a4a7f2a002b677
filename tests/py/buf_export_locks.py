# An exported array or bytearray cannot change size while a view is out.
import array, sys

a = array.array("h", [1, 2])
m = memoryview(a)

def err(code):
    try:
        exec(code, globals())
    except Exception as e:
        print(code, "->", type(e).__name__ + ":", e)

for code in ["a.append(3)", "a.extend([3])", "a.pop()", "del a[0]", "a[0:1] = array.array('h', [1, 2])",
             "a *= 2", "a += array.array('h', [1])", "a.frombytes(b'ab')", "a.insert(0, 1)",
             "a.remove(1)", "a.fromlist([1])"]:
    err(code)
print(a)
# Operations that keep the size are allowed.
a[0:2] = array.array("h", [3, 4])
a *= 1
a.frombytes(b"")
a.byteswap(); a.byteswap()
a.reverse()
print(a, m.tolist())

m.release()
print(m)
a.append(5)
print(a)

# Views made from a view share its export: the array is locked until all are released.
m2 = memoryview(a)
m3 = m2[1:]
m4 = memoryview(m3)
m2.release()
err("a.append(6)")
print(m4.obj is a, m3.tolist())
del m3
err("a.append(6)")
m4.release()
a.append(6)
print(a)

with memoryview(a) as mm:
    print(mm[0])
    err("a.append(7)")
print(mm)
a.append(7)
print(a)

b = bytearray(b"abc")
mv = memoryview(b)
err("b.append(1)")
err("b.extend(b'xy')")
err("b += b'x'")
err("del b[0]")
err("b.clear()")
b[0:1] = b"z"
print(b, mv.tobytes())
del mv
b.append(100)
print(b)

# Released views refuse everything but repr and the cached hash.
r = memoryview(b"abc")
h = hash(r)
r.release()
r.release()
print(hash(r) == h, r == r, r == b"abc")
for code in ["len(r)", "r[0]", "r.tolist()", "r.cast('B')", "memoryview(r)", "r.obj", "r.format",
             "bytes(r)", "b'abc'.find(r)", "r in b'abc'", "b'x' + r", "b''.join([r])",
             "bytearray(b'x').extend(r)"]:
    err(code)

# Reference counts: one per memoryview() call, shared by its slices and casts.
x = array.array("b", [1, 2, 3])
print(sys.getrefcount(x))
v = memoryview(x)
print(sys.getrefcount(x))
w = v[1:].cast("B")
print(sys.getrefcount(x))
v2 = memoryview(x)
print(sys.getrefcount(x))
del v, w, v2
print(sys.getrefcount(x))
