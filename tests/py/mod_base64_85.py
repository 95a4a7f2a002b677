# base64: Ascii85 (a85encode/a85decode: foldspaces, wrapcol, pad, adobe, ignorechars) and
# Base85 (b85encode/b85decode, pad), with their errors
import base64
import array

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"\0\0\0\0", b"\0\0\0\0\0",
           b"\0", b"    ", b"     x", b"\xff\xff\xff\xff", b"Man is distinguished"]
for s in samples:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(s, a, b, base64.a85decode(a) == s, base64.b85decode(b) == s)
    print("  pad", base64.a85encode(s, pad=True), base64.b85encode(s, pad=True),
          base64.b85encode(s, True))
    print("  fold", base64.a85encode(s, foldspaces=True), base64.a85encode(s, adobe=True))
text = b"Man is distinguished, not only by his reason, but by this singular passion"
for wrap in [0, 1, 2, 5, 20, 76]:
    for adobe in [False, True]:
        enc = base64.a85encode(text, wrapcol=wrap, adobe=adobe)
        print(wrap, adobe, enc, base64.a85decode(enc, adobe=adobe) == text)
print(base64.a85encode(b"abcdefghi", wrapcol=4, adobe=True))
print(base64.a85encode(b"abcdefg", wrapcol=3, adobe=True))
show(base64.a85encode, bytearray(b"abc"))
show(base64.a85encode, memoryview(b"abcde"))
show(base64.a85encode, array.array("i", [7]))
show(base64.a85encode, "abc")
show(base64.a85encode, b"abc", True)
show(base64.b85encode, "abc")
show(base64.b85encode, array.array("i", [7, 8]))

# decoding
show(base64.a85decode, b"@:E_WAS,RgBkhF\"D/O92EH6,BF`qtRH$VbC6UX@47n?3D92&&T:Jand;cHat='/U/0JP==1c70M3&r-I,;<FN.OZ`-3]oSW/g+A(H[P")
show(base64.a85decode, "GB\\6`E-ZP=Df.1GEb>")
show(base64.a85decode, b"<~GB\\6`E-ZP=Df.1GEb>~>", adobe=True)
show(base64.a85decode, b"GB\\6`E-ZP=Df.1GEb>~>", adobe=True)
show(base64.a85decode, b"<~GB\\6`E-ZP=Df.1GEb>", adobe=True)
show(base64.a85decode, b"z")
show(base64.a85decode, b"zz!!")
show(base64.a85decode, b"y", foldspaces=True)
show(base64.a85decode, b"y")
show(base64.a85decode, b"!z")
show(base64.a85decode, b"!y", foldspaces=True)
show(base64.a85decode, b"GB\\6`\n E-Z\tP=Df.1GEb>")
show(base64.a85decode, b"GB\\6` E-ZP", ignorechars=b"")
show(base64.a85decode, b"GB\\6`E-ZPx", ignorechars=b"x")
show(base64.a85decode, b"s8W-\"")
show(base64.a85decode, b"s8W-!")
show(base64.a85decode, b"uuuuu")
show(base64.a85decode, b"v")
show(base64.a85decode, b"~")
show(base64.a85decode, b"!")
show(base64.a85decode, b"!!")
show(base64.a85decode, "\xe9")
show(base64.a85decode, 5)
show(base64.b85decode, b"VPa!s")
show(base64.b85decode, "VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%YLqtVJM@UIZOH55pPf$@(Q&d$}S6EqEFflSSG&MFiI5{CeBQRbjDkv#CIy^osE+AW7dwl")
show(base64.b85decode, b"VPa")
show(base64.b85decode, b"V")
show(base64.b85decode, b"VP\"a!")
show(base64.b85decode, b"VPa!s VP")
show(base64.b85decode, b"|NsC0")
show(base64.b85decode, b"|NsC1")
show(base64.b85decode, b"VPa!s|NsC1")
show(base64.b85decode, b"~~~~~")
show(base64.b85decode, bytearray(b"VPa!s"))
show(base64.b85decode, memoryview(b"VPa!s"))
show(base64.b85decode, "\xe9")
show(base64.b85decode, [1])
blob = bytes(range(256)) * 4 + b"\0" * 8 + b" " * 8 + b"end"
for k in range(4):
    chunk = blob[:len(blob) - k]
    print(k, base64.a85decode(base64.a85encode(chunk, foldspaces=True, wrapcol=60),
                              foldspaces=True) == chunk,
          base64.b85decode(base64.b85encode(chunk)) == chunk,
          len(base64.a85encode(chunk)), len(base64.b85encode(chunk, pad=True)))
