# open() in binary modes: buffered readers/writers, raw FileIO, seek/tell, exclusive creation,
# the errors of missing files and bad modes.
import io, random
try:
    import os
except ImportError:
    os = None

base = '/tmp/ouro_io_bin_%08x' % random.getrandbits(32)
if os:
    os.mkdir(base)
    path = os.path.join(base, 'data.bin')
else:
    path = base + '.bin'

try:
    with open(path, 'wb') as f:
        print(type(f).__name__, f.mode, f.write(b'\x00\x01bytes\r\nmore\n'), f.tell())
    with open(path, 'rb') as f:
        print(type(f).__name__, f.mode, f.read())
    with open(path, 'rb') as f:
        print(f.readline(), f.read(3), f.tell(), f.seek(2), f.read(2), f.peek(1)[:1], list(f))
    with open(path, 'rb', buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(2), f.readall())
    with open(path, 'r+b') as f:
        print(type(f).__name__, f.read(2))
        f.seek(0)
        f.write(b'ZZ')
        f.seek(0, 2)
        print(f.tell())
    with open(path, 'ab') as f:
        f.write(b'tail')
    with open(path, 'rb') as f:
        data = f.read()
    print(data, len(data))
    with open(path, 'rb') as f:
        ba = bytearray(4)
        print(f.readinto(ba), ba, f.raw.name == path, f.closed)
    print(f.closed)

    try:
        open(path, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror)
    try:
        open(path + '.missing')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename == path + '.missing')
    try:
        open('/tmp')
    except IsADirectoryError as e:
        print(e)
    try:
        open('/nonexistent_dir_ouro/x.txt')
    except OSError as e:
        print(type(e).__name__, e)
    for mode in ('rw', 'rz', 'rbt', 'b', ''):
        try:
            open(path, mode)
        except ValueError as e:
            print(repr(mode), e)
    for kw in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}):
        try:
            open(path, 'rb', **kw)
        except ValueError as e:
            print(e)
    try:
        open(path, 'r', buffering=0)
    except ValueError as e:
        print(e)
    try:
        open(path, encoding='no-such-codec')
    except LookupError as e:
        print('LookupError', e)
    try:
        open(path, newline='x')
    except ValueError as e:
        print(e)
    for bad in (3.5, None, [path]):
        try:
            open(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        open(path, 'wb').write('text')
    except TypeError as e:
        print('TypeError', e)
    try:
        open(path, 'w').write(b'bytes')
    except TypeError as e:
        print('TypeError', e)
    try:
        open(path, 'w').read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    try:
        with open(path) as g:
            g.seek(3, 1)
    except io.UnsupportedOperation as e:
        print(e)
finally:
    if os:
        os.remove(path)
        os.rmdir(base)
