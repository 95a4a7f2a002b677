# io.StringIO: writing, reading, seeking, lines, newline modes, closing.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())

s = io.StringIO('a\nb\nc')
print(list(s), s.readable(), s.writable(), s.seekable())
s = io.StringIO('a\nb\nc')
print(s.readlines(), repr(s.read()), s.closed)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print('ValueError:', e)

print(repr(io.StringIO('x\r\ny\rz\n', newline=None).getvalue()))
print(list(io.StringIO('x\r\ny\rz\n', newline='')))
s = io.StringIO(newline='\r\n')
s.write('a\nb\n')
print(repr(s.getvalue()))

with io.StringIO() as s:
    print('x', 'y', sep='-', file=s)
    print(3.5, end='', file=s)
    print(repr(s.getvalue()))
print(s.closed)

s = io.StringIO('caf\xe9 \u20ac\U0001F600')
print(s.read(4), s.tell(), s.read(), len(s.getvalue()))
print(repr(io.StringIO('abc').read(-1)), repr(io.StringIO('abc').read(None)))
s = io.StringIO()
s.writelines(['one\n', 'two\n'])
print(s.getvalue().splitlines())

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print('shout', file=u)
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
