"""JSON token scanner
"""
# The scanner is C (_json.make_scanner); this module keeps CPython's names.
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
