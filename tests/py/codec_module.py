# The codecs module: lookup and CodecInfo, the get* helpers, incremental codecs, iterencode /
# iterdecode, codecs.encode/decode, the registries of codecs and error handlers.
import codecs

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for name in ['utf-8', 'UTF8', 'latin-1', 'ascii', 'utf-16', 'utf_32_be', 'utf-8-sig',
             'cp1252', 'IBM437', 'unicode_escape', 'raw-unicode-escape', 'U16']:
    ci = codecs.lookup(name)
    print(name, ci.name, type(ci).__name__, isinstance(ci, tuple), len(ci), ci._is_text_encoding,
          ci[0] is ci.encode, ci[1] is ci.decode, ci[2] is ci.streamreader, ci[3] is ci.streamwriter)
    t = 'hi' if ci.name == 'ascii' else 'h\xe9'
    print('   ', ci.encode(t), ci.decode(ci.encode(t)[0]))
    print('   ', ci.incrementalencoder.__name__, ci.incrementaldecoder.__name__,
          ci.streamreader.__name__, ci.streamwriter.__name__)
print(codecs.lookup('utf-8') is codecs.lookup('UTF-8'))
print(repr(codecs.lookup('utf-16'))[:40])
show(lambda: codecs.lookup('nope'))
show(lambda: codecs.lookup(3))
show(lambda: codecs.encode('abc', 'utf-16-le'))
show(lambda: codecs.decode(b'a\x00', 'utf-16-le'))
show(lambda: codecs.encode('abc'))
show(lambda: codecs.decode(b'abc'))
show(lambda: codecs.encode(b'abc', 'utf-8'))
show(lambda: codecs.decode('abc', 'utf-8'))
show(lambda: codecs.encode('\xe9', 'ascii'))
show(lambda: codecs.encode('\xe9', 'ascii', 'replace'))
show(lambda: codecs.decode(b'\xe9', 'cp437', errors='strict'))
show(lambda: codecs.encode('abc', 'nope'))
show(lambda: 'abc'.encode(3))
show(lambda: b'abc'.decode('utf-8', 3))
print(codecs.getencoder('cp1252')('a€'), codecs.getdecoder('cp437')(b'\x80\x81'))
print(codecs.getencoder('utf-16')('ab'), codecs.getdecoder('utf-16')(b'\xff\xfea\x00'))
# incremental
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.encode('', True), e.getstate() != 0)
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac')), d.getstate())
show(lambda: d.decode(b'\xe2', final=True))
d = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(repr(d.decode(b'a\xe2')), repr(d.decode(b'\x82', final=True)))
d = codecs.getincrementaldecoder('utf-16')()
for ch in b'\xff\xfea\x00\x3d\xd8\x00\xdeb\x00':
    print(repr(d.decode(bytes([ch]))), end=' ')
print(repr(d.decode(b'', True)))
d.reset()
print(repr(d.decode(b'\xfe\xff\x00z')))
print(list(codecs.iterencode(['a', 'b', '', 'c'], 'utf-16')))
print(list(codecs.iterencode(['a', '\xe9'], 'cp1252')))
print(list(codecs.iterdecode([b'\xff', b'\xfe', b'a', b'\x00', b'\x00'], 'utf-16', 'replace')))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
# the error-handler registry
print(codecs.lookup_error('strict'), codecs.lookup_error('surrogateescape'),
      codecs.lookup_error('namereplace'))
print(codecs.strict_errors is codecs.lookup_error('strict'))
show(lambda: codecs.lookup_error('nope'))
show(lambda: codecs.register_error('x', 3))
def h(e):
    print('  handler', type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
    return ('<%d>' % e.start, e.end)
codecs.register_error('mine', h)
print(codecs.lookup_error('mine') is h)
show(lambda: 'a\xe9\xe9\u20ac'.encode('ascii', 'mine'))
show(lambda: b'a\xff\xfeb'.decode('utf-8', 'mine'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'mine'))
show(lambda: b'\x81x'.decode('cp1252', 'mine'))
# the built-in handlers called directly
show(lambda: codecs.strict_errors(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'x')))
show(lambda: codecs.strict_errors(42))
show(lambda: codecs.replace_errors(UnicodeEncodeError('ascii', '\xe9\xe9', 0, 2, 'x')))
show(lambda: codecs.replace_errors(UnicodeDecodeError('ascii', b'\xff\xff', 0, 2, 'x')))
show(lambda: codecs.ignore_errors(UnicodeDecodeError('ascii', b'\xff\xff', 0, 2, 'x')))
show(lambda: codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\xe9\u20ac', 1, 3, 'x')))
show(lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError('ascii', b'\xff', 0, 1, 'x')))
show(lambda: codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600', 1, 4, 'x')))
show(lambda: codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'x')))
show(lambda: codecs.namereplace_errors(UnicodeEncodeError('ascii', 'a\xe9\u20ac', 1, 3, 'x')))
show(lambda: codecs.replace_errors(ValueError()))
show(lambda: codecs.lookup_error('surrogateescape')(UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'x')))
show(lambda: codecs.lookup_error('surrogateescape')(UnicodeDecodeError('ascii', b'a\x7f', 1, 2, 'x')))
show(lambda: codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', 'a\udcff', 1, 2, 'x')))
show(lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
show(lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16', 'a\ud800', 1, 2, 'x')))
show(lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-32-be', 'a\ud800', 1, 2, 'x')))
show(lambda: codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-16-be', b'\xd8\x00', 0, 2, 'x')))
show(lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('ascii', 'a\ud800', 1, 2, 'x')))
# a codec of one's own, found by a search function
seen = []
def search(name):
    seen.append(name)
    if name == 'rot_thirteen':
        def enc(s, errors='strict'):
            return s.translate({c: (c - 97 + 13) % 26 + 97 for c in range(97, 123)}).encode(), len(s)
        def dec(b, errors='strict'):
            return enc(bytes(b).decode())[0].decode(), len(b)
        return codecs.CodecInfo(enc, dec, name='rot-thirteen')
    if name == 'bad':
        return codecs.CodecInfo(lambda s, e='strict': ('X', len(s)), lambda b, e='strict': (b'Y', len(b)), name='bad')
    if name == 'worse':
        return 42
    return None
codecs.register(search)
print('hello'.encode('Rot-Thirteen'), b'uryyb'.decode('rot_thirteen'), codecs.lookup('rot thirteen').name)
print(codecs.encode('abc', 'rot_thirteen'), codecs.lookup('ROT_THIRTEEN') is codecs.lookup('rot-thirteen'))
print(seen)
show(lambda: 'a'.encode('bad'))
show(lambda: b'a'.decode('bad'))
show(lambda: codecs.encode('a', 'bad'))
show(lambda: codecs.lookup('worse'))
show(lambda: codecs.register(5))
show(lambda: 'a'.encode('still-unknown'))
codecs.unregister(search)
show(lambda: codecs.lookup('another'))
print(seen[-1])
