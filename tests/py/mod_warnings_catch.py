# catch_warnings: restoring filters, record=True, and replacing showwarning/formatwarning.
import sys
import warnings

class Err:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = Err()

def f(msg="f warns", cat=UserWarning):
    warnings.warn(msg, cat)

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("dep"))
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
    print(w[0].lineno, w[0].filename == __file__, w[0].line, w[0].file)
    print(str(w[1]).replace(__file__, "FILE"))
    print(type(w[0]).__name__, repr(w[2].message))
print(warnings.filters == before)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("inside: raised", e)
f("outside: shown")

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        f("inner")
    f("outer")
print([str(m.message) for m in outer], [str(m.message) for m in inner])

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

with warnings.catch_warnings(action="ignore"):
    f("ignored by action")
with warnings.catch_warnings(record=True, action="always", category=RuntimeWarning) as w:
    f("runtime", RuntimeWarning)
    f("user, default action")
    print(len(w))

def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", category.__name__, message, lineno > 0)
warnings.showwarning = my_show
f("via custom showwarning")
warnings.showwarning = warnings._showwarning_orig

def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"
warnings.formatwarning = my_format
warnings.simplefilter("always")
f("via custom formatwarning")
warnings.formatwarning = warnings._formatwarning_orig
f("back to normal")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.showwarning = my_show      # replaced inside the block: it wins over recording
    f("recorded while showwarning replaced")
print(len(w))
