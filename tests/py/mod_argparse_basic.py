# argparse: actions, nargs, types, choices, defaults, groups, sub-commands,
# help/usage layout and error messages (stderr captured, exit status shown).
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        try:
            res = parser.parse_args(argv)
        except SystemExit as e:
            res = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print("%r ->" % (argv,), res)
    if out.getvalue():
        print("[stdout]\n" + out.getvalue(), end="")
    if err.getvalue():
        print("[stderr]\n" + err.getvalue(), end="")


p = argparse.ArgumentParser(prog="prog", description="A test program.", epilog="The end.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-n", "--num", type=int, default=1, metavar="N", help="a number")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="one of %(choices)s")
p.add_argument("-I", "--include", action="append", help="include dir")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p.format_usage(), end="")
print(p.format_help())
for argv in [["a"], ["a", "b", "-vvv", "-q"], ["-n", "5", "x", "--mode=slow"], ["x", "-I", "p", "-Iq", "--include=r"],
             ["x", "--pair", "1", "2.5", "--const"], ["x", "--many"], ["x", "--many", "1", "2", "--some", "3"],
             ["--", "-x"], ["x", "--no-color", "--num=-3"], ["x", "-vqn7"], ["x", "--verb"],
             [], ["a", "b", "c"], ["x", "-n", "abc"], ["x", "--mode", "medium"], ["x", "--pair", "1"],
             ["x", "--some"], ["x", "-n"], ["x", "--bogus"], ["x", "-q=1"], ["--version"], ["-h"]]:
    run(p, argv)

print(p.parse_known_args(["x", "--bogus", "y", "-z"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
print(argparse.Namespace(**{"not valid": 1, "ok": 2}))

# mutually exclusive and argument groups
p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group()
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", action="store_true")
grp = p.add_argument_group("extra", "Extra options here.")
grp.add_argument("--baz", help="baz it")
grp.add_argument("pos", nargs="*", help="positional in group")
print(p.format_help())
run(p, ["--foo"])
run(p, ["--foo", "--bar"])
g2 = argparse.ArgumentParser(prog="req").add_mutually_exclusive_group(required=True)
p2 = argparse.ArgumentParser(prog="req")
g2 = p2.add_mutually_exclusive_group(required=True)
g2.add_argument("-a", action="store_true")
g2.add_argument("-b", type=int)
print(p2.format_usage(), end="")
run(p2, [])
run(p2, ["-b", "3"])

# sub-commands
p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
ps = sub.add_parser("push", aliases=["p"], help="send changes")
ps.add_argument("remote", nargs="?", default="origin")
print(p.format_help())
print(c.format_help())
run(p, ["commit", "-m", "msg"])
run(p, ["--debug", "p", "upstream"])
run(p, ["push"])
run(p, ["commit"])
run(p, ["pull"])
run(p, [])
run(p, ["push", "a", "b"])
sub2 = argparse.ArgumentParser(prog="t")
s2 = sub2.add_subparsers(title="commands", required=True)
s2.add_parser("one").set_defaults(func="f1")
s2.add_parser("two").set_defaults(func="f2")
run(sub2, [])
run(sub2, ["two"])
print(sub2.format_help())

# nargs=N positionals, metavar tuples, defaults through type, set_defaults
p = argparse.ArgumentParser(prog="pos", add_help=False)
p.add_argument("xy", nargs=2, type=int)
p.add_argument("rest", nargs="*", default=["r"])
p.add_argument("--level", type=int, default="7")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.set_defaults(extra="e")
print(p.format_help())
run(p, ["1", "2"])
run(p, ["1", "2", "3", "4", "--no-flag", "--level", "9"])
run(p, ["1"])
run(p, ["1", "x"])
print(p.get_default("extra"), p.get_default("level"))

# construction errors
q = argparse.ArgumentParser(prog="e")
for args, kw in [(("-x",), {"nargs": 0}), (("x",), {"required": True}), (("-y",), {"action": "nope"}),
                 (("bad",), {"dest": "d"}), (("--o",), {"const": 1}), (("--p",), {"type": "int"}),
                 (("--q",), {"metavar": ("A", "B")}), (("-h",), {})]:
    try:
        q.add_argument(*args, **kw)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v


q.add_argument("--even", type=even)
run(q, ["--even", "3"])
run(q, ["--even", "4"])
print(repr(q.get_default("even")))
print(p._actions[0])
print(argparse.ArgumentParser(prog="r", description="d"))

# long usage wraps
p = argparse.ArgumentParser(prog="wrapper")
for i in range(8):
    p.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i, help="option %d" % i)
p.add_argument("positional_one")
p.add_argument("positional_two", nargs="+")
print(p.format_help())
f = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
f.add_argument("--size", type=int, default=3, help="the size")
f.add_argument("--name", default="bob")
print(f.format_help())
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented line\n\nlast")
print(r.format_help())
