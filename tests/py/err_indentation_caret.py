# CPython's printer marks IndentationError and TabError with a single caret.
import sys
sys.stderr = sys.stdout
for cls in (SyntaxError, IndentationError, TabError):
    e = cls("m", ("f", 1, 3, "abcdefgh\n", 1, 7))
    sys.__excepthook__(cls, e, None)
for src in ["def f():\nreturn 1\n", "if x:\npass\n", "x = (1 2)\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        sys.__excepthook__(type(e), e.with_traceback(None), None)
