# bytes methods: find/count/split/join/strip/replace/partition, case and predicates, startswith, translate.
b = b"The quick brown fox"
print(b.find(b"quick"), b.find(b"q"), b.find(113), b.rfind(b"o"), b.index(b"brown"), b.count(b"o"), b.count(111))
print(b.split(), b.split(b" ", 1), b.rsplit(b" ", 1), b"a,b,,c".split(b","), b"  x  y ".split(), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b" x ".strip(), b"xxhixx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip())
print(b.replace(b"o", b"0"), b.replace(b"o", b"0", 1), b"aaa".replace(b"", b"-"), b.partition(b" "), b.rpartition(b" "), b"abc".partition(b"z"))
print(b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hello".capitalize(), b"\xe9abc".upper())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
print(b.startswith(b"The"), b.startswith((b"x", b"T")), b.endswith(b"fox"), b.endswith(b"q", 0, 5), b"abc".center(7, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"42".zfill(5))
print(b"a\tb".expandtabs(4), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"), bytes.maketrans(b"a", b"b")[97:99])
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"x y".title(), b"AbC".lower())
print(b"abc".decode(), b"abc".__contains__(b"b"), b"ab" < b"b", b"%d%%" % 5, b"a b c".split(maxsplit=1))
for bad in [lambda: b"abc".find("a"), lambda: b"a".join(["b"]), lambda: b"abc".split(b""), lambda: b"abc".replace("a", "b"), lambda: b"x".center(3, "*")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.count(b""), b"".count(b""), b.find(b"", 100), b.index(b"T", -100), b[4:9].upper(), b[::-1].title())
