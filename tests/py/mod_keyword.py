import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ["if", "match", "print", "None", "_", "case", "yield", "", "async", "True"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(keyword.iskeyword(3))
