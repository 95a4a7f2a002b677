# memoryview of array.array: the array's format, item size and values.
import array
A = array.array

a = A("h", [1, 2])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.ndim, m.shape, m.strides)
print(m.tolist(), m[0], m[-1], list(m), m.readonly, m.obj is a)
print(m.hex(), m.tobytes(), m.hex(":"), bytes(m))
print(m.contiguous, m.c_contiguous, m.f_contiguous, m.suboffsets)
try:
    m[2]
except IndexError as e:
    print("IndexError:", e)

r = m[::-1]
print(r.tolist(), r.strides, r.contiguous, r.tobytes(), bytes(r))
print(m[1:].tolist(), m[5:].tolist(), m[::2].tolist())

for code, init in [("b", [-1, 2]), ("B", [255]), ("H", [65535]), ("i", [-7]), ("I", [2**32 - 1]),
                   ("l", [-2**63]), ("L", [2**64 - 1]), ("q", [5]), ("Q", [6]),
                   ("f", [0.5, -1.5]), ("d", [1e300])]:
    v = memoryview(A(code, init))
    print(code, v.format, v.itemsize, v.tolist(), v[0])

u = memoryview(A("u", "ab"))
print(u.format, u.itemsize, u.nbytes, bytes(u))
for f in (lambda: u[0], lambda: u.tolist(), lambda: list(u)):
    try:
        f()
    except NotImplementedError as e:
        print("NotImplementedError:", e)

# Writing through the view changes the array.
m[0] = 7
print(a)
m[0:2] = A("h", [5, 6])
print(a)
m[::-1] = A("h", [8, 9])
print(a)
m[1:] = memoryview(A("h", [4]))
print(a)
m[0:2] = m[::-1]
print(a)

# Comparisons go item by item through the formats.
print(m == A("h", [4, 4]), m == A("H", [4, 4]), m == A("i", [4, 4]), m == A("f", [4, 4]))
print(m == A("h", [4, 5]), m == A("h", [4]), A("h", [4, 4]) == m, m == [4, 4], m != a)
print(memoryview(b"\x01") == A("b", [1]), A("b", [1]) == memoryview(b"\x01"))
print(memoryview(b"\x01\x00") == A("h", [1]), memoryview(b"\x01\x00").cast("h") == A("h", [1]))
nan = memoryview(A("d", [float("nan")]))
print(nan == nan, nan == memoryview(A("d", [float("nan")])))
print(memoryview(A("d", [1.0])) == memoryview(A("i", [1])))
print(sum(memoryview(A("i", range(10)))))
