# an exception raised inside an except block is the one reported; the original becomes its context.
def load(d, k):
    try:
        return d[k]
    except KeyError:
        print("key missing, falling back")
        return int(d["fallback"])
print(load({"a": 1}, "a"))
print(load({"fallback": "7"}, "zz"))
load({"fallback": "seven"}, "zz")
