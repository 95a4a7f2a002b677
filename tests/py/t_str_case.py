# str case methods: upper/lower/capitalize/title/swapcase/casefold, including non-ASCII letters.
words = ["hello", "HELLO", "hello world", "hELLO wORLD", "they're bill's", "123abc", "a1b2c3", "", "ß", "straße",
         "éclair", "ÉCOLE", "ǅungla", "ﬁne", "İstanbul", "Σίσυφος", "ΣΑΣ", "ǆ", "ŉ", "ﬀ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
print("hello"[0].upper() + "hello"[1:], "mIxEd CaSe".lower().title(), "ABC".lower() == "abc")
print("ß".upper() == "SS", len("ß".upper()), "ﬁ".upper(), "ß".casefold() == "ss".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("hello_world-foo bar".title(), "o'neil mc-donald".title(), "x1y2".title(), "ABC DEF".capitalize())
print("a".upper() is not None, "abc".upper().lower(), "".upper() == "", "123".upper(), "!@#".lower())
print([c.upper() for c in "aéiøü"], [c.lower() for c in "AÉIØÜ"], "ÿ".upper(), "µ".upper(), "ı".upper(), "I".lower())
