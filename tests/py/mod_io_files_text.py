# open() in text mode: write, append, read, lines, seek/tell, encodings, newline translation.
# The files live in a folder made for the test and removed at the end (when os is available).
import random
try:
    import os
except ImportError:
    os = None

base = '/tmp/ouro_io_text_%08x' % random.getrandbits(32)
if os:
    os.mkdir(base)
    path = os.path.join(base, 'f.txt')
else:
    path = base + '.txt'

try:
    with open(path, 'w') as f:
        print(type(f).__name__, f.mode, f.encoding, f.closed, f.name == path)
        print(f.write('line1\nline2\n'))
        print('line3', file=f)
        f.writelines(['a\n', 'b\n'])
    print(f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.readline()), f.tell(), f.readlines())
    with open(path) as f:
        for line in f:
            print(repr(line))
    with open(path) as f:
        print(repr(f.read(3)), f.tell(), repr(f.read(4)), f.seek(0), repr(f.readline()), list(f))
    with open(path, 'a') as f:
        f.write('appended\n')
    with open(path) as f:
        print(f.read().splitlines())
    with open(path, 'r+') as f:
        print(repr(f.read(5)))
        f.seek(0)
        f.write('LINE')
    with open(path) as f:
        print(repr(f.readline()))

    with open(path, 'w', encoding='latin-1') as f:
        print(f.encoding, f.write('caf\xe9\n'))
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, encoding='latin-1') as f:
        print(repr(f.read()))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('h\xe9llo w\xf6rld \u20ac\U0001F600\n')
    with open(path, encoding='utf-8') as f:
        print(repr(f.read(3)), repr(f.read(7)), f.tell(), repr(f.read()))
    with open(path, 'rb') as f:
        print(f.read())
    try:
        with open(path, encoding='ascii') as f:
            f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason)

    with open(path, 'w', newline='') as f:
        f.write('a\r\nb\rc\nd')
    with open(path) as f:
        print(list(f), f.newlines)
    with open(path, newline='') as f:
        print(list(f))
    with open(path, newline='\r') as f:
        print(list(f))
    with open(path, 'w', newline='\r\n') as f:
        f.write('x\ny\n')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, 'x' if False else 'w') as f:
        pass
    with open(path) as f:
        print(repr(f.read()), repr(f.readline()))
finally:
    if os:
        os.remove(path)
        os.rmdir(base)
        print(os.path.exists(base))
    else:
        print(False)
