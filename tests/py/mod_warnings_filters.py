# simplefilter / filterwarnings: error, ignore, always, once, module, default, and matching
# on message, category, module and line.
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

warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("raised:", repr(e))
warnings.resetwarnings()
print(warnings.filters)

warnings.simplefilter("ignore")
f()
print("nothing shown")

warnings.resetwarnings()
warnings.simplefilter("always")
for i in range(2):
    f("always shown")

warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    f("once only")
    warnings.warn("once only")     # another location, same text: still once

warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    f("per module")
    warnings.warn("per module")

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="spam")
warnings.filterwarnings("error", category=RuntimeWarning)
f("spam and eggs")                        # matches "spam" at the start: ignored
f("eggs and spam")                        # no match: default action
try:
    f("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", e)

warnings.resetwarnings()
warnings.filterwarnings("ignore", message=".*deprecated")
warnings.filterwarnings("always", message="Case")    # case-insensitive
f("this is deprecated")
f("CASE matters not")
f("case again")

warnings.resetwarnings()
warnings.filterwarnings("error", module="__main__")
try:
    f("module match")
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings.filterwarnings("error", module="other")
f("module mismatch")

warnings.resetwarnings()
here = sys._getframe().f_lineno
warnings.filterwarnings("error", lineno=here + 4)
warnings.warn("not on the filtered line")      # shown: the filter names another line
try:
    warnings.warn("raised by line filter")
except UserWarning as e:
    print("raised:", e)

warnings.resetwarnings()
warnings.simplefilter("always", append=True)
warnings.simplefilter("ignore", category=DeprecationWarning)
print([(a, c.__name__) for a, m, c, mod, ln in warnings.filters])
warnings.simplefilter("ignore", category=DeprecationWarning)   # moved, not duplicated
print(len(warnings.filters))
f("deprecated here", DeprecationWarning)
f("user here")
for bad in (("bogus",), ("ignore", 3), ("ignore", "", 3)):
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.simplefilter("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError:", e)
