# repr and str of strings: quote choice, escapes for control characters, backslashes, Unicode, ascii().
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline", "cr\rlf", "nul\x00", "bell\x07",
           "back\\slash", "\x1b[0m", "\x7f", "\x80", "\xa0", "\xad", "é", "€", "😀", "\u200b", "\u2028", "\ud800", "\U0010ffff",
           "\ufeff", "\x9f", "ÿ", "\u0378", "a\u0301"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("x"), str("it's"), ["a'b", 'a"b', "a\nb"], ("é",), {"k\t": "v\\"})
print(repr(repr("a")), repr(str(1)), repr("\\n"), r"raw\n\t", r"\d+", len(r"\n"), "\N{LATIN SMALL LETTER E WITH ACUTE}")
print("\101\x41\u0041\U00000041", "\0" == "\x00", "\\8", "a\
b")
print("%r %a %s" % ("é\n", "é\n", "é\n"), "{!r:>8}|{!a}".format("x", "ÿ"))
print(repr("'" * 3), repr('"' * 2 + "'"), repr("'\""), "'" + "\"", """tri"ple""", '''tri'ple''')
class S(str):
    pass
print(repr(S("sub")), str(S("sub")), type(S("x") + "y").__name__)
