# Byte order marks: written by utf-16, utf-32 and utf-8-sig, detected (and removed) when decoding.
import codecs
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE)
print(codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
for enc in ['utf-16', 'utf-32', 'utf-8-sig', 'utf-16-le', 'utf-32-be', 'utf-8']:
    print(enc, ''.encode(enc), 'hi'.encode(enc))
# detection
print(repr(b'\xff\xfeh\x00i\x00'.decode('utf-16')))
print(repr(b'\xfe\xff\x00h\x00i'.decode('utf-16')))
print(repr(b'h\x00i\x00'.decode('utf-16')))           # no BOM: little-endian
print(repr(b'\xff\xfe\xff\xfe'.decode('utf-16')))     # only the first BOM goes
print(repr(b'\xff\xfeh\x00'.decode('utf-16-le')))     # explicit order: the BOM stays
print(repr(b'\xff\xfe\x00\x00h\x00\x00\x00'.decode('utf-32')))
print(repr(b'\x00\x00\xfe\xff\x00\x00\x00h'.decode('utf-32')))
print(repr(b'h\x00\x00\x00'.decode('utf-32')))
print(repr(b'\xef\xbb\xbfabc'.decode('utf-8-sig')))
print(repr(b'abc'.decode('utf-8-sig')))
print(repr(b'\xef\xbb\xbf\xef\xbb\xbfabc'.decode('utf-8-sig')))
print(repr(b'\xef\xbb\xbfabc'.decode('utf-8')))
print(repr(b''.decode('utf-16')), repr(b''.decode('utf-32')), repr(b''.decode('utf-8-sig')))
for data in [b'\xef\xbb', b'\xef\xbb\xbf\xff', b'\xff']:
    try:
        print(repr(data.decode('utf-8-sig')))
    except UnicodeDecodeError as e:
        print(e)
# the BOM picks the order for the whole decode, also in error messages
for data in [b'\xfe\xff\x00a\x00', b'\xff\xfea\x00b', b'\x00\x00\xfe\xff\x00\x00\x00a\x00']:
    for enc in ['utf-16', 'utf-32']:
        try:
            print(repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(e.encoding, e.start, e.end, e.reason)
# incremental: the BOM once per stream
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.encode('', True))
e.reset()
print(e.encode('c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode('a'), e.encode('b'))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef')), repr(d.decode(b'\xbb')), repr(d.decode(b'\xbfx')), repr(d.decode(b'\xef\xbb\xbf')))
d = codecs.getincrementaldecoder('utf-16')()
print([d.decode(bytes([c])) for c in b'\xfe\xff\x00a\xd8\x3d\xde\x00\x00b'])
d = codecs.getincrementaldecoder('utf-32')()
print([d.decode(bytes([c])) for c in b'\xff\xfe\x00\x00a\x00\x00\x00'], repr(d.decode(b'', True)))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, False))
print(codecs.utf_16_ex_decode(b'\x00a\x00b', 'strict', 1, True))
print(codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00', 'strict', 0, True))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', 'strict', 1), codecs.utf_16_encode('ab', 'strict', -1))
print(codecs.utf_32_encode('ab', None, 1))
print(codecs.utf_16_decode(b'\xff\xfea\x00b', 'strict', False), codecs.utf_16_decode(b'\xff', 'strict', False))
print(codecs.utf_16_decode(b'\xff\xfea\x00\x00\xd8', 'strict', False))
