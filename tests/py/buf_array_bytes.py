# array.array exports its machine values: bytes(), bytearray() and concatenation see them.
import array
A = array.array

print(bytes(A("h", [1, 2])))
print(bytes(A("q", [-1])))
print(bytearray(A("h", [0x101])))
print(bytes(A("f", [1.0])), bytes(A("d", [1.5])))
print(bytes(A("I", [7, 8])), bytearray(A("B", range(5))))
print(bytes(A("u", "ab")))
print(bytes(A("b")), bytearray(A("d")))
print(b"1" + A("b", [1]), bytearray(b"1") + A("h", [2]))
try:
    A("b", [1]) + b"1"
except TypeError as e:
    print("TypeError:", e)

b = bytearray(b"x")
b += A("h", [1])
print(b)
b.extend(A("b", [5, 6]))
print(b)
b[1:2] = A("h", [0x0203])
print(b)
b[0:4:2] = A("b", [9, 8])
print(b)
del b[:]
print(b)

# Comparisons: bytes only equals bytes; bytearray compares any buffer by its bytes.
print(b"\x01" == A("b", [1]), A("b", [1]) == b"\x01")
print(bytearray(b"\x01") == A("b", [1]), A("b", [1]) == bytearray(b"\x01"))
print(bytearray(b"\x01") < A("b", [2]), bytearray(b"a") < A("b", [1]))
try:
    b"a" < A("b", [1])
except TypeError as e:
    print("TypeError:", e)

# Initialising an array from bytes copies machine values; from other buffers it iterates.
print(A("h", b"\x01\x00\x02\x00"), A("b", memoryview(b"\x01\x02")))
a = A("b")
a.frombytes(A("b", [1, 2]))
a.frombytes(memoryview(b"\x03"))
print(a)
try:
    a.frombytes(A("h", [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    a.frombytes(5)
except TypeError as e:
    print("TypeError:", e)

class Sub(array.array):
    pass
s = Sub("h", [1, 2])
print(bytes(s), memoryview(s).format, b"x" + s)
