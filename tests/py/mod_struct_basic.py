import struct
from struct import pack, unpack, calcsize, Struct

print(pack('>I', 0xDEADBEEF), pack('<I', 0xDEADBEEF), pack('=H', 513))
print(unpack('>I', b'\xde\xad\xbe\xef'), unpack('<hh', b'\x01\x00\xff\xff'))
rec = pack('<10sHd?', b'ouro', 7, 2.5, True)
print(rec, len(rec), calcsize('<10sHd?'))
name, n, x, flag = unpack('<10sHd?', rec)
print(name.rstrip(b'\0'), n, x, flag)
print(calcsize('b'), calcsize('h'), calcsize('i'), calcsize('l'), calcsize('q'), calcsize('f'),
      calcsize('d'), calcsize('P'), calcsize('n'), calcsize('?'), calcsize('e'))
print(calcsize('<b'), calcsize('<h'), calcsize('<i'), calcsize('<l'), calcsize('<q'), calcsize('<f'))
print(calcsize('bi'), calcsize('=bi'), calcsize('ib'), calcsize('bq'), calcsize('2h3x'), calcsize('xxd'))
print(pack('bi', 1, 2), pack('=bi', 1, 2))
print(pack('3h', 1, 2, 3), unpack('3h', pack('3h', -1, 0, 1)))
print(pack('>f', 1.5), pack('<d', -0.25), unpack('>f', b'?\xc0\x00\x00'))
print(pack('c3sc', b'a', b'xyz', b'b'), unpack('c3sc', b'axyzb'))
print(pack('>e', 1.5), unpack('<e', pack('<e', -65504.0)))
s = Struct('>2H')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x00\x03\x00\x04'))
print([t for t in s.iter_unpack(b'\x00\x01\x00\x02\x00\x03\x00\x04')])
print(list(struct.iter_unpack('<b', bytes([1, 255, 128]))))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 258, -2)
print(buf, struct.unpack_from('<hh', buf, 2), struct.unpack_from('<h', buf, offset=-4))
print(unpack('<Q', pack('<Q', 2**64 - 1)), unpack('<q', pack('<q', -2**63)))
print(unpack('?', b'\x00'), unpack('??', b'\x01\x05'))
print(unpack('5p', pack('5p', b'hi')), pack('5p', b'hi'))
print(unpack(b'>i', b'\x00\x00\x01\x00'), Struct(b'<i').format)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
try:
    unpack('<i', b'\x00\x00')
except struct.error as e:
    print('error:', e)
print(isinstance(Struct('i'), Struct), type(Struct('i')).__name__)
class MyStruct(Struct):
    pass
print(MyStruct('<H').pack(5))
pack('<h', 99999)
