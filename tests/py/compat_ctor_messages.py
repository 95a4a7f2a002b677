# Constructor argument errors with CPython's messages (argument types checked first).
tests = [lambda: enumerate(), lambda: enumerate(1, 2, 3), lambda: enumerate([], start="a"),
         lambda: list(enumerate("ab", start=5)), lambda: list(enumerate(iterable="xy")),
         lambda: bytes(1, 2), lambda: bytes("a", "utf-8", 3), lambda: bytes(1, "utf-8"),
         lambda: bytes("a"), lambda: bytes(errors="strict"), lambda: bytes("é", "utf-8"),
         lambda: bytearray(1, 2), lambda: bytearray("a", 2), lambda: bytearray(2, "ascii"),
         lambda: bytearray("a"), lambda: bytearray("é", "latin-1"), lambda: bytearray(encoding="x")]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
