# struct reads any buffer and packs into any writable one.
import array, struct

print(struct.unpack("hh", array.array("h", [1, 2])))
print(struct.unpack_from("h", array.array("h", [1, 2]), 2))
print(struct.unpack("<I", memoryview(b"\x01\x00\x00\x00")))
print(struct.unpack("2s", bytearray(b"ab")), struct.Struct("b").unpack(memoryview(b"\xff")))
print(list(struct.iter_unpack("h", array.array("h", [1, 2, 3]))))
print(struct.unpack("4B", memoryview(array.array("h", [1, 2])).cast("B")))

buf = array.array("h", [0, 0])
struct.pack_into("h", buf, 2, 99)
print(buf)
mb = bytearray(4)
struct.pack_into("h", memoryview(mb)[2:], 0, 258)
print(mb)
ba = bytearray(6)
struct.Struct("<hI").pack_into(ba, 0, -2, 7)
print(ba)
struct.pack_into("b", ba, -1, 5)
print(ba)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: struct.pack_into("h", b"xx", 0, 1))
err(lambda: struct.pack_into("h", memoryview(bytearray(2)).toreadonly(), 0, 1))
err(lambda: struct.pack_into("h", 5, 0, 1))
err(lambda: struct.pack_into("h", bytearray(2), 1, 1))
err(lambda: struct.pack_into("h", bytearray(2), -3, 1))
err(lambda: struct.pack_into("h", bytearray(2), 0, 70000))
err(lambda: struct.unpack("h", memoryview(b"abcd")[::2]))
err(lambda: struct.unpack("h", 5))
err(lambda: struct.unpack("h", array.array("h", [1, 2])))
err(lambda: struct.unpack_from("h", array.array("b", [1]), 0))
err(lambda: struct.pack("2s", memoryview(b"ab")))

# A value's __index__ cannot resize the target while pack_into holds it.
target = bytearray(4)
class Grow:
    def __index__(self):
        target.extend(b"xx")
        return 1
err(lambda: struct.pack_into("h", target, 0, Grow()))
print(target)
