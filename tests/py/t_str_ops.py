# str comparisons, membership, ordering by code point, hashing equality, iteration, len, min/max, chr/ord.
pairs = [("a", "b"), ("a", "a"), ("a", "A"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("€", "é"), ("😀", "€")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "", "10", "9"]))
print(sorted("hello world"), min("hello"), max("hello"), max(["a", "ab", "b"]), min(["b", "ab"], key=len))
print("a" in "abc", "ac" in "abc", "" in "abc", "abc" in "abc", "é" in "café", "A" in "abc")
print(len(""), len("abc"), len("é"), len("€"), len("😀"), len("a\u0301"), len("\r\n"))
print([c for c in "héj"], list("ab"), tuple("xy"), set("aab") == {"a", "b"}, dict.fromkeys("ab"))
print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(8364), chr(128512), chr(0) == "\x00")
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]), str() == "", str(str("x")))
print("abc".__len__(), "abc".__contains__("b"), "abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(3), "a".__lt__("b"))
print("a".__eq__(1), "a".__ne__("b"), str.__name__, type("").__name__, isinstance("", str))
for c in "a1 .Z":
    print(repr(c), ord(c), c.isalnum())
x = "abc"
y = x
x += "d"
print(x, y, x is y)
print("%s" % "a" == "a", "a" "b" "c", ("multi"
      "line"), "x" < "y" < "z", "b" > "a" < "c")
