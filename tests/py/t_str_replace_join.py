# str replace with counts and empty patterns, join of lists/tuples/strings, concatenation and repetition.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("x", "y"))
print("aaa".replace("a", "aa"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("abc".replace("abc", ""), "a.b.c".replace(".", ""), "ééé".replace("é", "e", 2), "x😀y".replace("😀", ":)"))
print(",".join(["a", "b", "c"]), "".join(("x", "y")), " ".join("abc"), ", ".join([]), "-".join(["solo"]))
print("\n".join(["l1", "l2"]).split("\n"), "+".join({"k1": 1, "k2": 2}), "|".join(map(str, range(5))))
print("->".join(sorted({"b", "a", "c"})), "".join(reversed("stressed")), "é".join("ab"))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "-" * 20)
print("a" + "b" + "c", "abc" + "", "" + "", "x" + "y" * 2)
t = ""
for i in range(5):
    t += str(i)
print(t, len(t))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print("Mississippi".replace("ss", "SS").replace("i", "!", 2), "tab\there".replace("\t", "    "))
