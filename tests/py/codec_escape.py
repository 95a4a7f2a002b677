# unicode_escape and raw_unicode_escape, both directions, with their errors and warnings.
import warnings

s = 'a\tb\n\r\\\'"\x00\x07\x7f\x80\xff\u0100\uffff\U0001f600\ud800 end'
for enc in ['unicode_escape', 'raw_unicode_escape', 'unicode-escape', 'Raw-Unicode-Escape']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print('é€'.encode('raw_unicode_escape'), 'é€'.encode('unicode_escape'))

def dec(b, enc='unicode_escape', errors='strict'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = repr(b.decode(enc, errors))
        except UnicodeDecodeError as e:
            r = 'UnicodeDecodeError: %s [%d:%d]' % (e, e.start, e.end)
    for x in w:
        r += ' | %s: %s' % (x.category.__name__, x.message)
    print(enc, errors, b, '->', r)

for b in [rb'\x41\x4a', rb'\u20ac\U0001F600', rb'\101\1011\0', rb'\777', rb'\a\b\f\v\t\n\r',
          b'line\\\ncont', rb'\'\"\\', rb'\q', rb'\8\9', rb'\x4', rb'\x', rb'\xzz', rb'\u12',
          rb'\U0011ffff', rb'\U1234', rb'\N{EURO SIGN}\N{latin small letter sharp s}',
          rb'\N{BOGUS NAME}', rb'\N', rb'\N{', rb'\N{abc', rb'abc\\', b'abc\\', b'\xe9\xff',
          rb'\N{SNOWMAN}\N{CJK UNIFIED IDEOGRAPH-4E00}']:
    dec(b)
for b in [rb'\x4 ok \u12 x', rb'\N{nope}y', b'end\\']:
    for h in ['replace', 'ignore', 'backslashreplace']:
        dec(b, errors=h)
for b in [rb'\u20ac\U0001f600', rb'\u12', rb'\u12345', rb'\U0011ffff', rb'\U1234', rb'\x41',
          rb'\\u0041', rb'\\\u0041', rb'\N{A}', b'\xe9\\', rb'\t\n', rb'\u00e9\u00E9']:
    dec(b, 'raw_unicode_escape')
    dec(b, 'raw_unicode_escape', 'replace')
import codecs
print(codecs.unicode_escape_decode(b'a\\x4', 'strict', False))
print(codecs.unicode_escape_decode(b'a\\', 'strict', False))
print(codecs.unicode_escape_decode(b'a\\N{SPA', 'strict', False))
print(codecs.unicode_escape_decode(b'a\\N{SPACE}b', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'a\\u12', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'a\\\\', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'a\\', 'strict', False))
print(codecs.unicode_escape_encode('a\n\xe9'), codecs.raw_unicode_escape_encode('a\n\u0100'))
d = codecs.getincrementaldecoder('unicode_escape')()
print([d.decode(bytes([c])) for c in rb'a\x41\u20acb\N{SNOWMAN}'])
