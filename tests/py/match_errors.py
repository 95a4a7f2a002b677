# SyntaxErrors raised by the compiler for match statements
tests = [
    "match x:\n case y:\n  pass\n case 1:\n  pass\n",
    "match x:\n case _:\n  pass\n case 1:\n  pass\n",
    "match x:\n case [a, a]:\n  pass\n",
    "match x:\n case {'k': a, **a}:\n  pass\n",
    "match x:\n case a | 1:\n  pass\n",
    "match x:\n case [a] | [b]:\n  pass\n",
    "match x:\n case (a, b) | (a,):\n  pass\n",
    "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
    "match x:\n case {1: 1, 1.0: 2}:\n  pass\n",
    "match x:\n case C(a=1, a=2):\n  pass\n",
    "match x:\n case _ | 1:\n  pass\n",
    "match x:\n case (y as z) | 2:\n  pass\n",
    "match x:\n case [a, (b as a)]:\n  pass\n",
    "match x:\n case y if y:\n  pass\n case 2:\n  pass\n",
    "match x:\n case (1 | y) | 2:\n  pass\n",
    "match x:\n case __debug__:\n  pass\n",
]
for src in tests:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
