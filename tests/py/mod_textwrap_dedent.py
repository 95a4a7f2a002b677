# dedent and indent.
import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def f():
        return 1
    """))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("\ta\n\tb"))
show(textwrap.dedent("\ta\n        b"))          # tab vs spaces: no common margin
show(textwrap.dedent("  a\n\n  b\n"))              # blank lines ignored
show(textwrap.dedent("  a\n   \n  b\n"))           # whitespace-only lines normalised
show(textwrap.dedent("    a\n  b\n      c"))
show(textwrap.dedent("  \t a\n  \t b"))
show(textwrap.dedent("no indent\n  some"))
show(textwrap.dedent(""))
show(textwrap.dedent("   "))
show(textwrap.dedent("  x\r\n  y\r\n"))

show(textwrap.indent("a\nb\n\nc\n", "> "))
show(textwrap.indent("a\n  \nb", "+ "))
show(textwrap.indent("a\nb\n\n", "- ", lambda line: True))
show(textwrap.indent("one\ntwo\nthree", "#", lambda line: "o" in line))
show(textwrap.indent("x\r\ny\rz", "|"))
code = textwrap.dedent("""
    for i in range(3):
        print(i)
""")
print(textwrap.indent(code.strip(), "    "))
