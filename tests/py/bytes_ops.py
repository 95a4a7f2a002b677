# bytes and bytearray.
b = b"hello"
print(b, b[0], b[1:3], len(b), b + b"!", b * 2, b.upper(), b.find(b"l"), b"l" in b)
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8"), b"\xc3\xa9".decode("utf-8"))
print(bytes(3), bytes([65, 66]), bytes("abc", "ascii"), b.hex(), bytes.fromhex("4142"))
print(b.split(b"l"), b"-".join([b"a", b"b"]), b.replace(b"l", b"L"), b.startswith(b"he"))
ba = bytearray(b"abc"); ba.append(100); ba[0] = 65; ba.extend(b"xy")
print(ba, len(ba), ba[0], bytes(ba), ba.pop(), ba)
print(repr(b"\x00\x7f\n'\""), list(b"AB"), b"abc" < b"abd", hash(b"x") == hash(b"x"))
print(b"%d-%s" % (5, b"x"), b"  x ".strip(), b"A".lower(), b"abc".count(b"b"))
