# bytearray: construction, in-place mutation (item/slice assignment, append/extend/insert/pop/remove/clear), repr, ops.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__, bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba[0] = 72; print(ba)
ba[1:3] = b"EY"; print(ba)
ba[1:3] = b"abcdef"; print(ba)
ba[2:5] = []; print(ba)
ba.append(33); print(ba)
ba.extend(b"??"); print(ba)
ba.extend([65, 66]); print(ba)
ba.insert(0, 62); print(ba)
ba.insert(-1, 95); print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(63); print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba.reverse(); print(ba)
ba += b"xyz"; print(ba)
ba *= 2; print(ba)
ba[::2] = b"-" * len(ba[::2]); print(ba)
c = ba.copy(); ba.clear(); print(ba, c, len(c))
x = bytearray(b"abc"); y = x; y += b"d"; print(x, x is y)
print(bytearray(b"a b").split(), bytearray(b"abc").upper(), bytearray(b"xyx").replace(b"x", b"zz"), bytearray(b"ab") + b"cd", b"cd" + bytearray(b"ab"))
print(bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", bytes(bytearray(b"q")), bytearray(b"\x00\xff").hex(), bytearray.fromhex("4142"))
print(list(bytearray(b"AB")), bytearray(b"abc").find(b"c"), 98 in bytearray(b"abc"), bytearray(b"abc")[::-1], bytearray(b"hello").count(b"l"))
for bad in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"abc").__setitem__(0, b"x"),
            lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: hash(bytearray()), lambda: bytearray(b"a")[3]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
m = bytearray(5)
for i in range(5):
    m[i] = i * 50
print(m, list(m), m.decode("latin-1"), bytearray(b"ab").decode())
