# str find/rfind/index/rindex/count/startswith/endswith with start and end arguments and tuples.
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(0, None), (1, None), (4, 8), (-4, None), (-100, 100), (5, 2), (11, None), (12, None)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end), s.find("", start, end), s.count("", start, end))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, -1), s.index("abra", 1))
for args in [("z",), ("a", 11), ("bra", 2, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("index ValueError:", e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex ValueError:", e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "abc".count(""))
print(s.startswith("abra"), s.startswith("bra"), s.startswith("bra", 1), s.startswith("a", 3, 4), s.startswith(""), s.startswith("", 20))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith("a", 0, 1), s.endswith(("x", "ra")), s.startswith(("x", "y")), s.endswith(()))
print(s.startswith(("ab", "zz"), 7), "".startswith(""), "".endswith("a"), "x".endswith("x", -1))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
u = "naïve café €uro 😀!"
print(u.find("é"), u.find("€"), u.find("😀"), u.rfind("!"), u.count("a"), u.index("uro"), len(u))
print("ab" in "cabd", "" in "", "x" not in "abc", "abc" in "ab")
