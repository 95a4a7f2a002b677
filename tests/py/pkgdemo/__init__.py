# A package imported by tests/py/imports.py.
NAME = "pkgdemo"
from . import util
