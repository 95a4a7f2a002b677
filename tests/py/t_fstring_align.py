# f-strings: expressions, nested quotes, conversions, fill/align/width, nested replacement fields, braces.
name, n, items = "ouro", 7, [1, 2, 3]
print(f"{name}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{n}", f"{n + 1}", f"{items[1]}", f"{items}", f"{len(items)}")
print(f"{name.upper()}", f"{'x' * 3}", f"{n if n > 5 else 0}", f"{[i * 2 for i in items]}", f"{ {'k': 1}['k'] }", f"{(lambda: 9)()}")
for spec in ["", "<8", ">8", "^8", "*<8", "*>8", "-^9", "08", ".2", "8.2", "^8.3"]:
    print(repr(spec), f"[{name:{spec}}]", f"[{'ab':{spec}}]")
for spec in ["5", "<5", "^5", ">5", "=5", "+5", "0=5", "x^7", "#=+8", "05"]:
    print(repr(spec), f"[{n:{spec}}]", f"[{-n:{spec}}]")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]", f"[{'c':{'*'}^{w}}]", f"[{n:{'>'}{w}}]", f"[{n:{w + 2}d}]")
print(f"{{}}", f"{{{n}}}", f"{{n}}", f"a{{b{n}c}}d", f"{'{'}{'}'}")
print(f"{'single'}" f'{"double"}' f"""{'triple'}""", F"upper", rf"\n{n}", fR"\t", f"{n!r:>4}", f"{name!r:^10}|")
print(f"{None}", f"{True:>6}", f"{False!s:<7}|", f"{b'by'}", f"{(1, 2)}", f"{3 + 4j}", f"{1.0}", f"{1e100}", f"{-0.0}")
x = 5
print(f"{x=}", f"{x*2 = }", f"{name=!s:>6}")
class C:
    def __format__(self, spec): return f"C({spec})"
    def __str__(self): return "strC"
    def __repr__(self): return "reprC"
print(f"{C()}", f"{C():>5}", f"{C()!s}", f"{C()!r}", f"{C()!s:>6}", format(C(), ""), "" f"{C():{'x'}}")
for bad in [lambda: f"{n:<<5}", lambda: f"{name:d}", lambda: f"{name:=5}", lambda: f"{1.5:x}"]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
print(f"{'multi'}\n{'line'}".splitlines(), f"{n:{'0'}{'5'}}", len(f"{'😀':3}"), f"{'😀':*^5}")
