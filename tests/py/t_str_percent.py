# printf-style % formatting: every conversion, flags, width/precision, '*', mapping keys, errors.
print("%s|%r|%a|%d|%i|%u" % ("é", "é", "é", 42, -7, 3))
print("%o|%x|%X|%#o|%#x|%#X|%e|%E|%f|%F|%g|%G|%c|%c|%%" % (8, 255, 255, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-5, 1e20, "z", 65))
for fmt in ["%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%-+5d", "%.3d", "%8.3d", "%x", "%#07x", "%-#8o"]:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42))
for fmt in ["%f", "%.0f", "%.2f", "%10.3f", "%-10.1f|", "%+.1e", "%010.2f", "%g", "%.3g", "%#.3g", "%#.0f", "% .2f"]:
    print(repr(fmt), fmt % 3.14159, fmt % -0.000123456, fmt % 1e16)
print("%s %s %s" % (None, [1, 2], (3,)), "%s" % ((1, 2),), "%s" % [1, 2], "%r" % {"a": 1}, "%d%%" % 50)
print("%(name)s is %(age)d, %(name)r" % {"name": "Al", "age": 30}, "%(x)05.1f" % {"x": 2.25})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.5))
print("%s" % "only", "%d items" % 3, "%.2s" % "abcdef", "%5.1s|" % "xyz", "%-6s|" % "ab", "%c%c" % ("a", 0x20ac))
print("%d" % 3.99, "%d" % True, "%x" % 2 ** 70, "%s" % 2 ** 70, "%e" % 10 ** 20, "%i" % -0.5, "%.1f" % 2 ** 70)
print("%s and %s" % ("a", "b"), "no args" % (), "%%s" % (), "%s" % ((),))
class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
print("%s %r %a" % (P(), P(), P()), "%s" % 1.0, "%r" % 1.0, "%s" % 0.1, "%f" % 1, "%g" % 100000, "%g" % 1000000)
errors = [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1, lambda: "%(k)s" % {},
          lambda: "%c" % "ab", lambda: "%x" % 1.5, lambda: "%" % (), lambda: "%(a)s %s" % {"a": 1}, lambda: "%c" % -1]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%5s|%-5s|%05s" % ("é€", "😀", "x"), "%.3r" % "abcdef", "%10r|" % "q")
