# The charmap codecs cp1252 and cp437: full tables both ways, undefined bytes, unmappable
# characters and the error handlers.
for enc in ['cp1252', 'cp437', 'windows-1252', 'IBM437', '437']:
    text = bytes(range(256)).decode(enc, 'replace')
    print(enc, len(text), ascii(text[128:]))
    back = text.encode(enc, 'replace')
    print(back == bytes(range(256)), [i for i in range(256) if back[i] != i])
for b in [bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d])]:
    for h in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        print(h, repr(b.decode('cp1252', h)))
    try:
        b.decode('cp1252')
    except UnicodeDecodeError as e:
        print(e, e.start, e.end)
print('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.encode('cp1252'))
print('░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼αßΓπΣσµτ≡±≥≤⌠⌡÷≈°∙·√ⁿ²■'.encode('cp437'))
for s in ['a€\u0100\u0101b', 'x\U0001f600y', '\u2500 box \xe9', 'a\ud800b']:
    for enc in ['cp1252', 'cp437']:
        for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace',
                  'namereplace', 'surrogateescape']:
            try:
                print(enc, h, s.encode(enc, h))
            except UnicodeEncodeError as e:
                print(enc, h, 'error:', e, e.start, e.end)
print('a\udc81\udc9d'.encode('cp1252', 'surrogateescape'))
print(b'abc\xe9'.decode('cp437'), 'abc\xe9'.encode('cp437'))
