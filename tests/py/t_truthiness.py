# truthiness of every builtin kind of value, bool() results, and the values returned by and/or with them.
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), 0j, 1j, "", " ", "0", "False", b"", b"\x00", [], [0], [[]], (), (0,), (None,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, bytearray(), bytearray(1), object(), len, int, ...]
for v in values:
    print(type(v).__name__, "<object>" if type(v) is object else repr(v), bool(v), "T" if v else "F", not v)
print(bool(), bool(None), [x for x in values if not x].__len__())
class Empty: pass
print(bool(Empty()), bool(Empty))
print(0 or "", "" or 0, [] or () or {} or None, 0.0 and 1, "x" and "y", 1 and [] and 2)
print(sum([1 for v in values if v]), len(values))
