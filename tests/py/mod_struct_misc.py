import struct
s = struct.Struct('<hi')
print(s.pack(1,2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), s.size, s.format, list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00'*2)))
buf = bytearray(10); s.pack_into(buf, 2, 5, 6); print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2))
print(struct.unpack_from('<h', buffer=b'\x01\x00'))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00'); print(it.__length_hint__(), next(it), list(it))
print(type(it))
for v in [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.0, 6.1e-5, 1e-9, 0.1, 1/3, 1000.5, 2049.0, 2051.0, float('nan')]:
    try:
        b = struct.pack('<e', v); print(v, b, struct.unpack('<e', b))
    except Exception as e: print(v, type(e).__name__, e)
for v in [0.1, -1e30, 3.14]:
    print(struct.unpack('<f', struct.pack('<f', v)), struct.pack('>d', v))
print(struct.pack('<qQ', -1, 2**64-1), struct.unpack('<qQ', b'\xff'*16), struct.unpack('>bBhH', b'\x80\x80\x80\x00\xff\xff'))
