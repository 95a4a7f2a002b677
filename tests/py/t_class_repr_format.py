# __repr__, __str__, __format__ and their fallbacks: print, str(), repr(), containers use repr, f-strings, format().
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class StrOnly:
    def __str__(self): return "StrOnly-str"
for obj in [Both(), ReprOnly()]:
    print(obj, str(obj), repr(obj), [obj], (obj,), {"k": obj}, f"{obj}", f"{obj!r}", "%s|%r" % (obj, obj), format(obj))
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"), [s][0] is s)
class Fmt:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"Fmt({self.v})"
        if spec == "hex":
            return hex(self.v)
        return format(self.v, spec)
    def __repr__(self): return "Fmt-repr"
f = Fmt(255)
print(f"{f}", f"{f:hex}", f"{f:>8}", f"{f:08b}", format(f, "x"), "{:hex} {!r}".format(f, f), str(f), [f])
class NoFmt:
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}", "{}".format(NoFmt()))
try:
    format(NoFmt(), ">10")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self): self.children = []
    def __repr__(self): return f"Rec({self.children!r})"
r = Rec(); r.children.append(Rec()); r.children[0].children.append(1)
print(r, repr([r]))
class Sub(Both):
    def __str__(self): return "Sub-str+" + super().__str__()
print(Sub(), repr(Sub()), f"{Sub()!s:>20}", ascii(Both()))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"{type(self).__name__}(x={self.x!r}, y={self.y!r})"
class Point3(Point): pass
print(Point(1, "a"), Point3(2.5, None), [Point(0, [1])], str(Point(1, 2)) == repr(Point(1, 2)))
print(object.__repr__(Both()).split(" at ")[0], object.__str__(ReprOnly()), type(Both).__repr__(Both))
