# str center/ljust/rjust/zfill/expandtabs with widths, fill characters, odd padding and signs.
for s in ["a", "ab", "abc", "", "abcdef", "é€"]:
    print("[" + s.center(5) + "]", "[" + s.center(6, "*") + "]", "[" + s.ljust(5, "-") + "]", "[" + s.rjust(5, ".") + "]", "[" + s.center(2) + "]")
print("[" + "abc".center(4) + "]", "[" + "abc".center(5) + "]", "[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]", "[" + "".center(3, "x") + "]")
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "12345678"]:
    print(repr(s), s.zfill(6), s.zfill(0), s.zfill(-1))
for s in ["a\tb", "\tx", "ab\tcd\tef", "abcdefgh\ti", "a\nb\tc", "\t\t", "x\r\ty"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=3)))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("x".ljust(3) + "|", "x".rjust(-3) + "|", "é".center(4, "é"), "ab".ljust(4, "😀"))
