import builtins, os, os.path, math, collections
orig = builtins.__import__
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    print("hook", name, fromlist, level, locals is None, type(globals).__name__)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import os
import os.path
from math import sqrt
def f():
    import math
    from collections import OrderedDict as OD
    return OD
f()
builtins.__import__ = lambda *a: print("lambda", a[0], a[3]) or builtins
import nothing_here
import a.b.c
builtins.__import__ = orig
del builtins.__import__
try:
    import sys
except ImportError as e:
    print("ImportError:", e)
builtins.__import__ = orig
import sys
print("done")
