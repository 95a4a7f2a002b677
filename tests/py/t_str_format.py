# str.format: auto/explicit/named fields, attribute and index lookup, conversions, nested specs, errors.
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{}{{}}{}".format(1, 2))
print("{0[0]} {0[1]} {1[k]} {1[k][1]}".format([10, 20], {"k": "vw"}), "{.real} {.imag}".format(3, 2j), "{0.__class__.__name__}".format(1.5))
class Pt:
    def __init__(self): self.x, self.y = 1, [5, 6]
print("{p.x},{p.y[1]}".format(p=Pt()), "{0.y[0]}".format(Pt()), "{d[a b]}".format(d={"a b": 7}), "{t[-1]}".format(t={"-1": "str key"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}|{0!s:<6}|".format("a"), "{:}".format(5), "{:s}".format("x"))
print("{:>{w}}|{:^{w}.{p}f}|{:{f}{a}{w}}".format("r", 3.14159, "z", w=8, p=2, f="*", a="<"))
print("{0:{1}}|{0:{1}.{2}}".format(3.14159, 10, 3), "{:{}}|{:{}}".format("a", 3, "b", 4))
print("{:d} {:5d} {:<5d}| {:x} {:#b} {:,} {:_} {:+.2e} {:.1%}".format(1, 2, 3, 255, 5, 1234567, 7654321, 12345.678, 0.4567))
print("{} {}".format([1, 2], {"a": (1,)}), "{0}".format(b"x"), "{:10}|{:<10}|{:>10}|".format("s", 1, 1.5))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:.0}".format(2.5), "{:10.4}|".format("truncate me"))
print(format(12, ""), format("x", ""), format(None, ""), format([1], ""), str.format("{}", "direct"), "{0}{0}".format("ab"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print("{}|{:xyz}|{:>5}|{!s:>10}".format(F(), F(), F(), "plain"), format(F(), "q"), f"{F():abc}")
errs = [lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(y=1), lambda: "{0[5]}".format([1]),
        lambda: "{:d}".format("s"), lambda: "{:s}".format(1), lambda: "{".format(), lambda: "}".format(), lambda: "{!z}".format(1),
        lambda: "{0.nope}".format(1), lambda: "{:,s}".format("a"), lambda: "{:=5}".format("a"), lambda: "{:zz}".format(1)]
for f in errs:
    try:
        print(f())
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print("{:*^15}".format(" centred "), "{:#>4}".format(7), "{:0>5}".format("ab"), "{:0=+6}".format(-42))
print("{0:b} {0:o} {0:x} {0:X} {0:c} {0:n} {0:e}".format(65), "{:g} {:g} {:g}".format(1e-5, 123456789.0, 0.0001))
d = {"name": "Ann", "n": 3}
print("{name} has {n} items".format(**d), "{0}/{1}".format(*"ab"), "{name}".format_map(d))
