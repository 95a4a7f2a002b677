# The standard streams and the io module's shape: print(file=...), write's count,
# TextIOWrapper over BytesIO, the abstract bases, UnsupportedOperation.
import io, sys

print(sys.stdout.write('direct\n'))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr.name)
print('a', 'b', 'c', sep=', ', end='!\n', file=sys.stdout)
print('to stderr', file=sys.stderr)
sys.stdout.flush()
sys.stdout.writelines(['x\n', 'y\n'])

t = io.TextIOWrapper(io.BytesIO(b'l1\nl2\r\nl3'), encoding='utf-8')
print(repr(t.readline()), repr(t.readline()), repr(t.read()), t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n')
t.write('a\nb\n')
t.flush()
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO('h\xe9\u20ac'.encode()), encoding='utf-8')
print(repr(t.read(1)), repr(t.read(1)), repr(t.read()))

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open, isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)

class Reader(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Reader(b'abc\nde')
print(r.read(2), r.readall(), r.closed)
r = Reader(b'abc\nde\n')
print(r.readline(), list(r))
with Reader(b'') as r:
    pass
print(r.closed)
print(sys.stdout.write('last\n'))
