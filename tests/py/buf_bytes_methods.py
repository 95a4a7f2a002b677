# bytes and bytearray methods take any bytes-like argument, arrays included.
import array
A = array.array

print(A("b", [1]) in b"\x01\x02", A("b", [3]) in bytearray(b"\x01\x02"))
print(memoryview(b"\x02") in b"\x01\x02")
print(b"\x01\x00\x02".find(A("b", [0, 2])), b"ab".count(A("b", [97])))
print(b"\x01\x02".index(A("b", [2])), b"abcab".rfind(A("B", [97])), b"abcab".rindex(memoryview(b"b")))
print(b",".join([A("b", [97]), b"x", bytearray(b"y"), memoryview(b"z")]))
print(bytearray(b"-").join([A("h", [1]), memoryview(b"x")]))
print(b"abc".startswith(A("b", [97])), b"abc".startswith((b"z", A("b", [97]))))
print(b"abc".endswith(memoryview(b"bc")), bytearray(b"abc").endswith(A("b", [98])))
print(b"abc".replace(A("b", [97]), A("h", [0x4141])))
print(b"a b".split(A("b", [32])), b"a b c".rsplit(memoryview(b" "), 1))
sep = A("b", [32])
r = b"a b".partition(sep)
print(r, r[1] is sep)
r = bytearray(b"a b").rpartition(sep)
print(r, r[1] is sep)
print(b"xabcx".strip(A("b", b"x")), b"xab".lstrip(memoryview(b"x")), b"abx".rstrip(bytearray(b"x")))
print(b"abc".translate(None, A("b", [97])), b"abc".translate(A("B", range(256))))
print(bytes.maketrans(A("b", [97]), b"b")[97:99])
print(b"ab".removeprefix(A("b", [97])), b"ab".removesuffix(memoryview(b"b")))
print(b"%s and %b" % (A("b", [65]), memoryview(b"mv")))
print(b"%b" % (memoryview(b"abcd")[::2],))
print(str(A("b", [65, 66]), "ascii"), str(memoryview(b"hi"), "utf-8"))
print(int.from_bytes(A("h", [1]), "little"), int.from_bytes(memoryview(b"\x01\x00"), "big"))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: b"xy".center(5, A("b", [97])))
err(lambda: b"xy".center(5, memoryview(b"a")))
err(lambda: b"abc".hex(A("b", b":")))
err(lambda: b"a".join([1]))
err(lambda: b"a".join([b"x", "y"]))
err(lambda: b"abc".find("a"))
err(lambda: "a" in b"abc")
err(lambda: b"abc".split(1))
err(lambda: bytearray(b"ab").remove(A("b", [97])))
err(lambda: b"x" + 1)
err(lambda: bytearray(b"x") + "y")
