# import of built-in modules, of a package next to the script, and their caching.
import sys
import pkgdemo
from pkgdemo.util import shout
import pkgdemo.util as u
print(pkgdemo.NAME, shout("hi"), u.loaded, u is sys.modules["pkgdemo.util"])
print("sys" in sys.modules, sys.modules["pkgdemo"] is pkgdemo, type(sys).__name__)
print(pkgdemo.util.__name__, pkgdemo.__package__, u.__package__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkgdemo import nothing
except ImportError as e:
    print(type(e).__name__)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
