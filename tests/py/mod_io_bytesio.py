# io.BytesIO: reading, writing, seeking, lines, truncation.
import io

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(1), b.read(1))
b.seek(0)
print(list(b))
b.write(b'XYZ')
print(b.getvalue())

b = io.BytesIO()
print(b.write(b'12345'), b.write(bytearray(b'67')))
b.seek(10)
b.write(b'!')
print(b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b.seek(0)
print(b.read1(2), b.readline(), b.read(), b.read())

b = io.BytesIO(b'one\ntwo\nthree')
print(b.readlines())
b.seek(0)
ba = bytearray(5)
print(b.readinto(ba), ba)

with io.BytesIO(b'data') as b:
    print(b.read(), b.readable(), b.writable(), b.seekable(), b.closed)
print(b.closed)
for bad in ('x', 1.5):
    try:
        io.BytesIO(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    io.BytesIO().write('text')
except TypeError as e:
    print('TypeError:', e)
try:
    b.read()
except ValueError as e:
    print('ValueError:', e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
