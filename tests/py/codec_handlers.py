# Every standard error handler, encoding and decoding, across the codec families.
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)

handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass']
text = 'a\xe9\u20ac\U0001f600\udc80\ud800z'
for enc in ['ascii', 'latin-1', 'utf-8', 'cp1252', 'cp437', 'utf-16-le', 'utf-32-be', 'utf-8-sig']:
    for h in handlers:
        show('%s/%s:' % (enc, h), lambda: text.encode(enc, h))
data = b'a\xe9\x80\xff\xed\xa0\x80\x81z\x00'
for enc in ['ascii', 'utf-8', 'cp1252', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-8-sig',
            'unicode_escape']:
    for h in handlers:
        show('%s/%s:' % (enc, h), lambda: data.decode(enc, h))
# surrogateescape round-trips undecodable bytes
raw = b'caf\xe9 \xff\xfe ok'
s = raw.decode('utf-8', 'surrogateescape')
print(repr(s), s.encode('utf-8', 'surrogateescape') == raw)
print(repr(raw.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape')))
# the fast paths stop at the first character they cannot take
show('se1', lambda: 'a\udc81\udc20'.encode('latin-1', 'surrogateescape'))
show('se2', lambda: 'a\udc81\ud800\udc82'.encode('utf-8', 'surrogateescape'))
show('se3', lambda: 'a\udc81\udc82'.encode('ascii', 'surrogateescape'))
show('sp1', lambda: 'a\ud800\udfff'.encode('utf-8', 'surrogatepass'))
show('sp2', lambda: b'a\xed\xa0\x80\xed\xbf\xbf'.decode('utf-8', 'surrogatepass'))
show('sp3', lambda: 'a\ud800\xe9'.encode('utf-8', 'surrogatepass'))
show('sp4', lambda: 'a\ud800'.encode('latin-1', 'surrogatepass'))
show('bad', lambda: 'x\xe9'.encode('ascii', 'bogus'))
show('bad2', lambda: 'xe'.encode('ascii', 'bogus'))
show('bad3', lambda: b'\xff'.decode('utf-8', 'bogus'))
show('bad4', lambda: b'\xff'.decode('cp437', 'bogus'))
show('bad5', lambda: b'\x81'.decode('cp1252', 'bogus'))
show('bad6', lambda: b'\xff'.decode('utf-16-le', 'bogus'))
show('bad7', lambda: b'\xff'.decode('utf_16', 'bogus'))
show('bad8', lambda: 'a\ud800'.encode('u8', 'bogus'))
