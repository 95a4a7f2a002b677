# UnicodeEncodeError / UnicodeDecodeError from the codecs: messages, attributes, positions.
def err(f):
    try:
        f()
    except UnicodeError as e:
        o = e.object
        print(type(e).__name__, '|', e, '|', e.encoding, e.start, e.end, e.reason,
              type(o).__name__, len(o))
        return e

err(lambda: 'abc\xe9\xe8def'.encode('ascii'))
err(lambda: 'abc\u20ac'.encode('latin-1'))
err(lambda: '\u0100\u0101'.encode('latin-1'))
err(lambda: 'ab\ud800\udfffc'.encode('utf-8'))
err(lambda: 'x\U0001f600'.encode('cp1252'))
err(lambda: '\u20ac\u0100\u0101'.encode('cp1252'))
err(lambda: 'a\u20acb'.encode('cp437'))
err(lambda: 'a\ud800'.encode('utf-16'))
err(lambda: 'a\udfff'.encode('utf-32-be'))
err(lambda: b'ab\xffcd'.decode('ascii'))
err(lambda: b'ab\xc3'.decode('utf-8'))
err(lambda: b'ab\xc3(x'.decode('utf-8'))
err(lambda: b'\xe2\x82'.decode('utf-8'))
err(lambda: b'\xf0\x90\x80'.decode('utf-8'))
err(lambda: b'\xf5'.decode('utf-8'))
err(lambda: b'\xed\xa0\x80'.decode('utf-8'))
err(lambda: b'\x81'.decode('cp1252'))
err(lambda: b'abc\x9d'.decode('cp1252'))
err(lambda: b'a\x00b'.decode('utf-16-le'))
err(lambda: b'\x00a\xd8\x00\x00b'.decode('utf-16-be'))
err(lambda: b'a\x00\x00\x00\x00\x00\x00\x01'.decode('utf-32-le'))
err(lambda: b'\xef\xbb\xbf\x80'.decode('utf-8-sig'))
err(lambda: b'\\x4'.decode('unicode_escape'))
err(lambda: b'\\u12'.decode('raw_unicode_escape'))
e = err(lambda: 'caf\xe9'.encode('ascii'))
print(e.args, repr(e.object[e.start:e.end]))
e = err(lambda: b'caf\xe9'.decode('ascii'))
print(e.args)
# errors from the handlers themselves
import codecs
codecs.register_error('tuple_bad', lambda e: 'x')
codecs.register_error('pos_bad', lambda e: ('x', 100))
codecs.register_error('neg', lambda e: ('<%d:%d>' % (e.start, e.end), (e.end - len(e.object)) or e.end))
codecs.register_error('nonascii', lambda e: ('\xe9', e.end))
codecs.register_error('bytes', lambda e: (b'[B]', e.end))
for h in ['tuple_bad', 'pos_bad', 'neg', 'nonascii', 'bytes']:
    for f in [lambda: 'ab\xe9cd'.encode('ascii', h), lambda: 'ab\xe9cd\u20ac'.encode('cp437', h),
              lambda: 'ab\ud800c'.encode('utf-16-le', h), lambda: b'ab\xffcd'.decode('utf-8', h),
              lambda: b'ab\xffcd'.decode('utf-16-le', h)]:
        try:
            print(h, repr(f()))
        except Exception as e:
            print(h, type(e).__name__, e)
