# binascii: crc32, crc_hqx and the uuencode pair
import binascii
import array

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# CRC-32: known check value, empty input, chaining, the crc argument taken modulo 2**32
show(binascii.crc32, b"123456789")
show(binascii.crc32, b"")
show(binascii.crc32, b"", 0xdeadbeef)
show(binascii.crc32, b"hello")
show(binascii.crc32, b"hello", 1)
show(binascii.crc32, b"hello", -1)
show(binascii.crc32, b"hello", 2 ** 40)
show(binascii.crc32, b"abc", -2 ** 70 - 5)
data = bytes(range(256)) * 100 + b"tail"
whole = binascii.crc32(data)
crc = 0
for i in range(0, len(data), 1000):
    crc = binascii.crc32(data[i:i + 1000], crc)
print(whole, crc == whole)
for n in range(20):
    print(n, binascii.crc32(data[:n]), binascii.crc32(data[n:n + 19]))
show(binascii.crc32, bytearray(b"abc"))
show(binascii.crc32, memoryview(b"abc"))
show(binascii.crc32, array.array("B", b"abc"))
show(binascii.crc32, "abc")
show(binascii.crc32, b"abc", 1.5)
show(binascii.crc32, b"abc", "1")
show(binascii.crc32)
show(binascii.crc32, b"a", 1, 2)
show(binascii.crc32, data=b"a")
show(binascii.crc32, memoryview(b"abcd")[::2])

# CRC-CCITT
show(binascii.crc_hqx, b"123456789", 0)
show(binascii.crc_hqx, b"123456789", 0xffff)
show(binascii.crc_hqx, b"hello", 0)
show(binascii.crc_hqx, b"hello", -1)
show(binascii.crc_hqx, b"", 0x1234)
show(binascii.crc_hqx, b"x", 2 ** 70)
show(binascii.crc_hqx, b"hello", 0x10000)
show(binascii.crc_hqx, data, 0)
show(binascii.crc_hqx, bytearray(b"abc"), 7)
show(binascii.crc_hqx, b"hello")
show(binascii.crc_hqx, "hello", 0)
show(binascii.crc_hqx, b"hello", None)

# uuencode
for n in [0, 1, 2, 3, 4, 5, 44, 45]:
    line = binascii.b2a_uu(bytes(range(65, 65 + n)))
    print(n, line, binascii.a2b_uu(line) == bytes(range(65, 65 + n)))
show(binascii.b2a_uu, b"\x00\x00abc")
show(binascii.b2a_uu, b"\x00\x00abc", backtick=True)
show(binascii.b2a_uu, b"", backtick=True)
show(binascii.b2a_uu, b"", backtick=False)
show(binascii.b2a_uu, b"x" * 46)
show(binascii.b2a_uu, b"hello", True)
show(binascii.b2a_uu, b"hello", backtick=1.0)
show(binascii.b2a_uu, "hello")
show(binascii.a2b_uu, b"%:&5L;&\\\n")
show(binascii.a2b_uu, "%:&5L;&\\")
show(binascii.a2b_uu, b"%:&5L;&\\  \n")
show(binascii.a2b_uu, b"%:&5L;&\\``\r\n")
show(binascii.a2b_uu, b"%:&5L;&\\  xx")
show(binascii.a2b_uu, b"%:&5L")
show(binascii.a2b_uu, b"#8{)C")
show(binascii.a2b_uu, b"#8a)C")
show(binascii.a2b_uu, b"#86)C`\n\r`")
show(binascii.a2b_uu, b"!")
show(binascii.a2b_uu, b"")
show(binascii.a2b_uu, "")
show(binascii.a2b_uu, b"\n")
show(binascii.a2b_uu, b"\x7f")
show(binascii.a2b_uu, b"  ")
show(binascii.a2b_uu, 3)
show(binascii.a2b_uu, "\xe9")
