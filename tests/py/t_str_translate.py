# str.maketrans and str.translate: dict forms, two- and three-argument forms, deletion, Unicode ordinals.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "xy")
print(sorted(t2.items()), "axbycab".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): "C", "d": 100})
print(sorted(t3.items()), "abcdx".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: None, 111: "0"}), "héllo".translate({233: "e"}))
print("abc".translate({}), "".translate(t), "123".translate(str.maketrans("", "", "2")))
print("shift".translate({c: c + 1 for c in range(97, 123)}), "rot".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError(k)
print("eevee".translate(Table()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str.maketrans("é€", "e$"), "prix: 5€, été".translate(str.maketrans("é€", "e$")))
