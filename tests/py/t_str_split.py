# str.split/rsplit/splitlines: whitespace vs explicit separator, maxsplit, empty pieces, keepends.
samples = ["a b c", "  a  b  c  ", "", "   ", "a,b,,c,", ",a,", "one", "a\tb\nc\x0bd\x0ce\rf", "a::b::c"]
for s in samples:
    print(repr(s), s.split(), s.split(","), s.split(None, 1), s.rsplit(None, 1))
print("a,b,c,d".split(",", 0), "a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a,b,c,d".split(",", -1))
print("a,b,c,d".rsplit(",", 0), "a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaaa".split("aa"), "abab".split("ab"))
print("  x  y  ".split(" "), "  x  y  ".rsplit(" ", 2), "  x  y  ".split(maxsplit=1), "  x  y  ".rsplit(maxsplit=1))
print("x".split("x"), "xyx".split("y"), "a b".split(sep=" "), "1-2-3".split(sep="-", maxsplit=1))
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines(), text.splitlines(True), text.splitlines(keepends=True)[:2])
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(), "\na".splitlines())
print("a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g".splitlines(), "a\x0bb\x0cc".splitlines(), len("x\r\n\ny".splitlines(True)))
print("\u3000a\u3000b\xa0c".split(), "a\u2028b".split(), "é è".split())
for bad in ["", None]:
    try:
        print("a b".split(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
print(" ".join("the quick  brown   fox".split()), "-".join("a.b.c".rsplit(".", 1)))
print([w.upper() for w in "to be or not".split(" ")], "k=v;x=y".split(";")[1].split("="))
