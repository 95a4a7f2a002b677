import sys
for args in [(), (None,), (0,), (3,), ("bye",), ((1, 2),), ((),), ([1],)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(args), e.args, repr(e.code))
for exc in [SystemExit(), SystemExit(None), SystemExit(1, 2)]:
    print(exc.args, exc.code)
sys.exit((4, "x"))
