# memoryview.cast between the byte formats and the native struct formats.
import array

m = memoryview(bytearray(b"abcd"))
for f in ["B", "@B", "b", "c", "?", "h", "H", "i", "I", "f", "=B", "<h", "x", "hh", "e", "w",
          "u", "s", "3s", "@", "n", "N", "P", "l", "q", "d"]:
    try:
        c = m.cast(f)
        print(f, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.tolist())
    except (ValueError, TypeError) as e:
        print(f, type(e).__name__ + ":", e)

h = m.cast("h")
print(h.tolist(), h.cast("B").tolist(), h.cast("c").tolist())
big = memoryview(bytearray(8))
print(big.cast("q").tolist(), big.cast("d").tolist(), big.cast("n").format, big.cast("P").tolist())

a = array.array("h", [1, 2])
v = memoryview(a)
print(v.cast("B").tolist(), v.cast("B").cast("i").tolist(), v.cast("b").format)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: v.cast("i"))
err(lambda: m.cast("B").cast("h").cast("i"))
err(lambda: memoryview(bytearray(3)).cast("h"))
err(lambda: memoryview(b"abcd")[::2].cast("B"))
err(lambda: m.cast(1))
err(lambda: m.cast())
err(lambda: m.cast("B", 1))
err(lambda: m.cast("B", [3]))
err(lambda: m.cast("B", [0]))
err(lambda: m.cast("B", ["x"]))
err(lambda: m.cast("B", []))
err(lambda: memoryview(b"").cast("B", [1]))
err(lambda: m.cast("é"))
print(m.cast("B", [4]).tolist(), m.cast("h", (2,)).shape, m.cast(format="c")[0])
print(bytes(memoryview(b"").cast("h")), memoryview(b"").cast("h").tolist())

# A cast view writes with the new format's rules and messages.
c = m.cast("c")
c[0] = b"x"
print(m.tobytes())
h = m.cast("h")
h[0] = True
print(m.tobytes(), h[0], h[0,])
for fmt, vals in [("h", [1.0, 70000, -70000, "a", None, 2**64]), ("c", [b"xy", 1, "a"]),
                  ("B", [256, -1, b"a"]), ("f", ["a", 10**400]), ("I", [2**32, -1]),
                  ("Q", [-1, 2**64]), ("q", [2**63])]:
    view = memoryview(bytearray(8)).cast(fmt) if fmt != "c" else c
    for val in vals:
        try:
            view[0] = val
            print(fmt, repr(val), "ok", view[0])
        except (TypeError, ValueError) as e:
            print(fmt, repr(val), type(e).__name__ + ":", e)
f = memoryview(bytearray(4)).cast("f")
f[0] = 1e300
f[0] = 1
print(f.tolist())
q = memoryview(bytearray(4)).cast("?")
for val in [1, 0, "a", [], None]:
    q[0] = val
    print(q.tolist())

# Hashing: read-only byte formats only; equals the bytes' hash.
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abc").cast("b")) == hash(b"abc"),
      hash(memoryview(b"abc").cast("c")) == hash(b"abc"), hash(memoryview(b"abcd")[::2]) == hash(b"ac"))
err(lambda: hash(memoryview(b"ab").cast("h")))
err(lambda: hash(memoryview(array.array("b", [1]))))
err(lambda: hash(memoryview(array.array("b", [1])).toreadonly()))
err(lambda: hash(memoryview(bytearray(b"x"))))
