# The compiler's SyntaxWarnings (CPython 3.11): `is` with a literal, always-true assertions,
# literals called or subscripted as if a comma were missing.
import warnings

sources = [
    "x is 1", "x is not 'a'", "1 is x", "x is None", "x is ...", "x is True", "x is ()",
    "x is (1,)", "x is -1", "x is []", "a < x is 2", "x == 1 is y", "if x is 'a': pass",
    "assert (x, 'msg')", "assert ()", "assert x, ('a', 'b')",
    "(1, 2)(3)", "[1, 2](3)", "'abc'(1)", "f'{x}'()", "{}()", "{1}()", "x(1)", "(x)(1)",
    "{1}[0]", "None[0]", "5[1]", "1.5[0]", "(i for i in x)[0]", "(lambda: 0)[0]", "x[0]",
    "[1, 2]['a']", "'abc'['x']", "(1, 2)[1.5]", "[1][1:2]", "'s'[x]", "[1][0]", "b'ab'['a']",
    "[x for x in y][()]", "'s'[None]", "x = [1][0]", "del x[1]", "x['a'] = 1",
    "def f():\n    return x is 'a'\n", "y = (\n  1,\n)(2)\n",
]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for src in sources:
        del caught[:]
        compile(src, "<test>", "exec")
        shown = ["%s line %d: %s" % (w.category.__name__, w.lineno, w.message) for w in caught]
        print(repr(src), "->", shown or "no warning")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "assert (1, 2)", "(1)(2)"]:
        try:
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno, e.offset)

def uses_literal_is(x):
    return x is 300

print(uses_literal_is(5))
