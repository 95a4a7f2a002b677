# utf-16 / utf-32 in every byte order: round trips, surrogate pairs, BOMs, and their errors.
samples = ['', 'a', 'hello', 'héllo wörld', '€uro', '\U0001f600 smile \U0010ffff', 'x' * 100,
           ''.join(chr(c) for c in range(0, 0x800, 7))]
codecs_ = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
           'UTF16', 'utf_32_BE', 'U16', 'utf32']
for enc in codecs_:
    for s in samples:
        b = s.encode(enc)
        assert b.decode(enc) == s, (enc, s)
    print(enc, 'abc\U0001f600'.encode(enc), len(('x' * 100).encode(enc)))

def show(f):
    try:
        r = f()
        print(repr(r))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)
        if isinstance(e, UnicodeError):
            print('   ', e.encoding, e.start, e.end, e.reason, type(e.object).__name__)

# surrogate pairs written and read
print('\U00010000\U0010ffff'.encode('utf-16-le'))
print(b'\x00\xd8\x00\xdc\xff\xdb\xff\xdf'.decode('utf-16-le') == '\U00010000\U0010ffff')
print(b'\xd8\x3d\xde\x00'.decode('utf-16-be'))
# decoding errors
show(lambda: b'a\x00b'.decode('utf-16-le'))
show(lambda: b'a\x00\x00\xd8'.decode('utf-16-le'))
show(lambda: b'a\x00\x00\xd8\x00'.decode('utf-16-le'))
show(lambda: b'a\x00\x00\xd8b\x00'.decode('utf-16-le'))
show(lambda: b'a\x00\x00\xdcb\x00'.decode('utf-16-le'))
show(lambda: b'\xfe\xff\x00a\xd8\x00\x00b'.decode('utf-16'))
show(lambda: b'\x00a\xdc\x00'.decode('utf-16-be'))
show(lambda: b'a\x00\x00\x00\x00\x00\x11\x00'.decode('utf-32-le'))
show(lambda: b'a\x00\x00\x00\x00\xd8\x00\x00'.decode('utf-32-le'))
show(lambda: b'a\x00\x00\x00\x00\xd8\x00'.decode('utf-32'))
show(lambda: b'\x00\x00\xfe\xff\x00\x00\xd8\x00'.decode('utf-32'))
show(lambda: b'\x00\x11\x00\x00'.decode('utf-32-be'))
show(lambda: b'\xff\xfe'.decode('utf-32'))
# encoding errors: one lone surrogate at a time
show(lambda: 'a\ud800\udc00b'.encode('utf-16'))
show(lambda: 'ab\udfffc'.encode('utf-16-be'))
show(lambda: 'a\ud800\ud801b'.encode('utf-32-le'))
show(lambda: 'a\ud800\ud801b'.encode('utf-32'))
# handlers with these codecs
for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
          'surrogatepass', 'surrogateescape']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32-le']:
        show(lambda: 'a\ud800\ud801b'.encode(enc, h))
    for enc, data in [('utf-16-le', b'a\x00\x00\xd8\x00\xd8b\x00'), ('utf-16-be', b'\x00a\xdc\x00\x00'),
                      ('utf-32-le', b'a\x00\x00\x00\x00\xd8\x00\x00\x00\x00\x11\x00z'),
                      ('utf-32-be', b'\x00\x00\xdc\x80\x00\x00\x00b')]:
        show(lambda: data.decode(enc, h))
show(lambda: 'a\udc80\udc81'.encode('utf-16-le', 'surrogateescape'))
show(lambda: b'\x00\xd8\x01\xd8'.decode('utf-16-le', 'surrogatepass'))
print(b'a\x00\x00\xd8\x01\xd8'.decode('utf-16-le', 'surrogatepass').encode('utf-16-le', 'surrogatepass'))
