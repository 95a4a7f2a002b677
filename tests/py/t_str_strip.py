# str strip/lstrip/rstrip with and without chars, removeprefix/removesuffix, partition/rpartition.
for s in ["  hi  ", "\t\n hi \r\n", "hi", "", "    ", "xxhixx", "\u3000hi\xa0"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(" x")))
print("www.example.com".strip("cmowz."), "abcXcba".strip("abc"), "abc".strip(""), "aaa".strip("a"), "abc".strip(None))
print("<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "0012300".lstrip("0"), "0012300".rstrip("0"), "1.500".rstrip("0").rstrip("."))
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "TestHook".removesuffix("Hook"), "x".removesuffix(""), "".removeprefix("a"))
print("aaa".removeprefix("a"), "abab".removesuffix("ab"), "Test".removeprefix("Test"))
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", "", "==="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("hello world".partition("o w"), "hello".partition("hello"), "abcabc".rpartition("bc"), "x".rpartition("y"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError:", e)
h, sep, t = "user@host.org".partition("@")
print(h, sep, t, t.rpartition(".")[2], "a.b.c".rpartition(".")[0])
