# codecs.open and the StreamReader / StreamWriter classes (getreader / getwriter).
import codecs, io, os
fn = '/tmp/_ouro_codec_stream_%d.txt' % os.getpid()
for enc in ['utf-16', 'utf-8', 'cp437', 'utf-8-sig', 'utf-32-be']:
    with codecs.open(fn, 'w', encoding=enc) as f:
        print(type(f).__name__, f.encoding)
        f.write('héllo\n')
        f.write('wörld \U0001f600\n' if enc != 'cp437' else 'w\xf6rld \u2500\n')
        f.writelines(['a', 'b\n'])
    print(enc, open(fn, 'rb').read())
    with codecs.open(fn, 'r', encoding=enc) as f:
        print(repr(f.read()))
    with codecs.open(fn, encoding=enc) as f:
        print([f.readline(), f.readline()], f.readlines())
    with codecs.open(fn, encoding=enc) as f:
        print(list(f))
f = codecs.open(fn, 'w')
print(type(f).__name__)
f.close()
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.write('c')
print(buf.getvalue())
r = codecs.getreader('utf-16')(io.BytesIO(buf.getvalue()))
print(repr(r.read(1)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('x\xe9\ny\n\U0001f600'.encode()))
print(r.readlines())
r = codecs.getreader('cp1252')(io.BytesIO(b'\x80\x81z'), errors='replace')
print(repr(r.read()))
os.remove(fn)
