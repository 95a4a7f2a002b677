# The default display of warnings ("file:line: Category: message" plus the source line),
# once per location, stacklevel, and the categories' default filters.
import sys
import warnings

class Err:
    """sys.stderr replacement: warnings show on stdout, with this file's path shortened."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = Err()

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def noisy():
    warnings.warn("noisy warns")

for i in range(3):
    noisy()             # shown once: same location
    old_api()           # DeprecationWarning from __main__: shown (default filter)
warnings.warn("top level", RuntimeWarning)
warnings.warn("top level", RuntimeWarning)   # another line: shown again
warnings.warn(UserWarning("an instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
warnings.warn("syntax-ish", SyntaxWarning)
warnings.warn("future", FutureWarning)
warnings.warn("pending", PendingDeprecationWarning)     # ignored by default
warnings.warn("import", ImportWarning)                  # ignored by default
warnings.warn("resource", ResourceWarning)              # ignored by default

def deep():
    warnings.warn("blames the caller's caller", stacklevel=3)
def middle():
    deep()
middle()
def too_deep():
    warnings.warn("stack too shallow", stacklevel=50)
too_deep()

print(sorted(k for k in __warningregistry__ if k != "version")[:3])
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad category", "notaclass")
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, ""), end="")
print(warnings.filters[:2])
warnings.showwarning("shown directly", UserWarning, "x.py", 7, line="code()")
warnings.warn_explicit("explicit", UserWarning, "where.py", 42)
warnings.warn_explicit("explicit", UserWarning, "where.py", 42, registry={})
