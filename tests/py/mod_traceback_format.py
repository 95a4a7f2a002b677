# format_exc / print_exc / format_exception / extract_tb, with CPython's caret lines.
import sys
import traceback

class Out:
    """Writes to stdout with this file's path shortened (CPython's is absolute)."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
out = Out()

def show(text):
    out.write(text if text.endswith("\n") else text + "\n")

def inner(d):
    return d["missing"] + 1

def middle(x):
    y = x * 2
    return inner({}) + y

def outer():
    return middle(3)

try:
    outer()
except KeyError:
    show(traceback.format_exc())
    traceback.print_exc(file=out)
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.name, repr(fs.line), fs.filename == __file__)
    show("".join(traceback.format_tb(tb)))
    print(traceback.format_exception_only(et, ev))
    print(len(traceback.extract_tb(tb, limit=1)), traceback.extract_tb(tb, -1)[0].name)
    fs = traceback.extract_tb(tb)[0]
    print(repr(fs).replace(__file__, "FILE"), fs[1:3], len(fs), fs == (fs.filename, fs.lineno, fs.name, fs.line))

def divide(a, b):
    return a / b + a[0]

try:
    divide(1, 0)
except Exception as e:
    show("".join(traceback.format_exception(type(e), e, e.__traceback__)))

x = [1, 2]
d = {"a": {"b": None}}
for snippet in ("x[5] + x[0]", "d['a']['b']['c']", "1 + 'one'", "2 ** 'two'", "len(5)",
                "x.nope", "undefined_name"):
    try:
        eval(snippet)
    except Exception as e:
        show("".join(traceback.format_exception(e)))

try:
    (1 +
       "s")
except TypeError as e:
    show("".join(traceback.format_tb(e.__traceback__)))
try:
    value = x[10]
except IndexError as e:
    show("".join(traceback.format_tb(e.__traceback__)))
try:
    value = {}["key"] ["more"]
except KeyError as e:
    show("".join(traceback.format_tb(e.__traceback__)))
traceback.print_exception(ValueError("no traceback"), file=out)
print(traceback.format_exc())
