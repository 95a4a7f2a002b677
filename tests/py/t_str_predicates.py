# str is* predicates on ASCII, Unicode letters, digits, whitespace, identifiers, empty strings.
samples = ["abc", "ABC", "Abc", "aBc", "abc123", "123", "12.5", "-1", "", " ", "\t\n", "a b", "Hello World",
           "Hello world", "é", "Σ", "中文", "²", "½", "٣", "Ⅻ", "_x", "x_1", "1x", "class", "\u00a0", "a\u0301", "😀"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x7f".isprintable(), "\n".isprintable(), "é".isascii(), "\x00".isascii(), "ABC1".isupper(), "1".isupper())
print("Ab Cd".istitle(), "AB Cd".istitle(), "A1 B2".istitle(), "a".istitle(), "Ǆ".istitle(), "ǅ".istitle())
