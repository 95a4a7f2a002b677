# open() and io.TextIOWrapper with the codecs: writing (one BOM), reading across buffer
# boundaries (surrogate pairs, partial units), newlines, errors, append, seek(0).
import io, os
fn = '/tmp/_ouro_codec_io_%d.txt' % os.getpid()
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig', 'cp1252', 'cp437',
            'latin-1', 'unicode_escape', 'utf-32-be']:
    text = ('héllo\nwörld €\r\nline3 😀\rend' if enc not in ('cp1252', 'cp437', 'latin-1')
            else 'héllo\nwörld\r\nx\ry')
    with open(fn, 'w', encoding=enc, newline='') as f:
        f.write(text[:3])
        f.write(text[3:])
        print(enc, f.encoding, f.tell())
    print(open(fn, 'rb').read())
    with open(fn, encoding=enc) as f:
        print(repr(f.read()))
    with open(fn, encoding=enc) as f:
        print(f.readlines())
    with open(fn, encoding=enc, newline='') as f:
        print([f.readline() for _ in range(5)])
    with open(fn, encoding=enc) as f:
        print(repr(f.read(2)), repr(f.read(3)), repr(f.readline()), repr(f.read()))
    with open(fn, 'a', encoding=enc) as f:
        f.write('+more')
    print(open(fn, 'rb').read())
    with open(fn, encoding=enc) as f:
        print([line for line in f])
big = ''.join(chr(c) for c in range(0x20, 0x3000) if not 0xd800 <= c < 0xe000) * 3 + '\U0001f600' * 5000
for enc in ['utf-16', 'utf-32-be', 'utf-8-sig', 'utf-16-be']:
    with open(fn, 'w', encoding=enc) as f:
        f.write(big)
    with open(fn, encoding=enc) as f:
        got = f.read()
    print(enc, got == big, len(got), os.path.getsize(fn))
    with open(fn, encoding=enc) as f:
        parts = []
        while True:
            c = f.read(1000)
            if not c:
                break
            parts.append(c)
        print(''.join(parts) == big, len(parts))
with open(fn, 'wb') as f:
    f.write(b'\xff\xfea\x00b')
try:
    with open(fn, encoding='utf-16') as f:
        print(f.read())
except UnicodeDecodeError as e:
    print('error:', e)
with open(fn, encoding='utf-16', errors='replace') as f:
    print(repr(f.read()))
with open(fn, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('é€x')
print(open(fn, 'rb').read())
with open(fn, 'w', encoding='cp1252', errors='backslashreplace') as f:
    f.write('é€\u0100x\n')
print(open(fn, 'rb').read())
try:
    with open(fn, 'w', encoding='utf-16') as f:
        f.write('a\ud800')
except UnicodeEncodeError as e:
    print('error:', e)
try:
    open(fn, encoding='nope')
except LookupError as e:
    print(e)
f = open(fn, 'w+', encoding='utf-16')
f.write('abc')
f.seek(0)
print(repr(f.read()))
f.seek(0)
f.write('xy')
f.close()
print(open(fn, 'rb').read())
# TextIOWrapper over BytesIO
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16-le', newline='\r\n')
t.write('a\nb\U0001f600\n')
t.flush()
print(b.getvalue())
t2 = io.TextIOWrapper(io.BytesIO(b.getvalue()), encoding='utf-16-le', newline='')
print(t2.readlines())
t3 = io.TextIOWrapper(io.BytesIO('x\ny\n'.encode('utf-32')), encoding='utf-32')
print(t3.readline(), t3.read())
os.remove(fn)
