"""Cache lines of source files (for traceback and warnings).

ouro's own.  Files are read whole by _ouro.read_source (UTF-8) and split on line ends after
universal-newline translation, as a text file's readlines() would; each line keeps its "\\n"
(the last one gets one if it lacks it).  Names like "<stdin>" or "<frozen abc>" have no file.
"""

import sys
import _ouro

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), CPython's layout (mtime is always None here).
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of the file, with its newline; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """The lines of the file (from the cache, reading it the first time)."""
    entry = cache.get(filename)
    if entry is not None:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget cached files that may have changed.  ouro keeps no modification times: entries
    stay valid until clearcache()."""
    return None


def _split_lines(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line + "\n" for line in lines]


def updatecache(filename, module_globals=None):
    """Read the file into the cache and return its lines ([] when it cannot be read)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    text = _ouro.read_source(fullname)
    if text is None and not filename.startswith("/"):
        # A relative name: look along sys.path, as CPython's linecache does.
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            candidate = (dirname.rstrip("/") + "/" + filename) if dirname else filename
            text = _ouro.read_source(candidate)
            if text is not None:
                fullname = candidate
                break
    if text is None:
        return []
    lines = _split_lines(text)
    cache[filename] = (len(text), None, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a file for reading later.  ouro reads files when their lines are first asked
    for, so there is never a lazy entry to make: always False."""
    return False
