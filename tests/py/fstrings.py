# f-strings and the format-spec mini-language.
name, n, x = "ouro", 42, 3.14159
print(f"{name} {n} {x}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{-n:d}")
print(f"{x:.2f} {x:10.3f} {x:e} {x:.3g} {x:%} {1234567.891:,.2f} {1234567:_}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#b} {255:08b}")
print(f"{name!r} {name!s} {name:>8} {name:*^10} {'é'!a}")
print(f"{n=} {x = :.1f} {name=!s}")
print(f"{{literal}} {n + 1} {[1, 2][0]} {'nested ' + name}")
width = 7
print(f"{n:{width}} {x:{width}.{2}f}")
print(f"{3 > 2} {None} {[1, 'a']} {(1,)} {dict(a=1)}")
print(format(1234.5, ",.1f"), format(0.25, ".0%"), format("s", "<3") + "|", format(10, "b"))
print("{:,}".format(10 ** 12), "{:.3}".format("abcdef"), "{0:{1}}".format(5, 3))
