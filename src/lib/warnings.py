"""Python part of the warnings subsystem (ouro's own; CPython 3.11's behaviour).

warn() finds the caller's frame (stacklevel), and warn_explicit() decides what to do with the
warning from `filters`, a list of (action, message, category, module, lineno) tried in order:
"error" raises it, "ignore" drops it, and the others show it ("file:line: Category: message"
and the source line, on sys.stderr) -- "default" once per location, "module" once per module,
"once" once at all, "always" every time.  What was shown is remembered in the calling module's
__warningregistry__, which any change to the filters invalidates (the registry's "version").

The message and module of a filter are regular expressions.  When the `re` module is missing,
a small matcher here handles the common syntax (literals, ., *, +, ?, character classes, ^, $
and backslash escapes).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---- showing -------------------------------------------------------------------------------

class WarningMessage(object):
    """The details of one warning, as catch_warnings(record=True) records them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    s = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # CPython then offers tracemalloc's record of where the object was made; ouro has no
        # tracemalloc, which is CPython's case of a tracemalloc that is not tracing.
        s += (f"{msg.category.__name__}: Enable tracemalloc to get the object allocation "
              f"traceback\n")
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return      # no stderr: nowhere to show it
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default).  Replaceable."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning.  Replaceable."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A showwarning() the program installed takes precedence.
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- filters -------------------------------------------------------------------------------

class _Pattern:
    """A compiled pattern for when `re` is not available: .match(text) anchored at the
    start, as re's."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = ignorecase
        self._items = _parse_pattern(pattern.lower() if ignorecase else pattern)

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self.flags else "")

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern and
                self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, text):
        if self.flags:
            text = text.lower()
        return _match_items(self._items, 0, text, 0)


def _parse_pattern(p):
    """A list of (test, min, max) items; test is a function of one character, or "$"."""
    items = []
    i = 0
    n = len(p)
    while i < n:
        c = p[i]
        i += 1
        if c == "^" and not items:
            continue
        if c == "$" and i == n:
            items.append(("$", 1, 1))
            continue
        if c == ".":
            test = lambda ch: ch != "\n"
        elif c == "\\" and i < n:
            e = p[i]
            i += 1
            test = {"d": str.isdigit, "w": lambda ch: ch.isalnum() or ch == "_",
                    "s": str.isspace, "D": lambda ch: not ch.isdigit(),
                    "W": lambda ch: not (ch.isalnum() or ch == "_"),
                    "S": lambda ch: not ch.isspace()}.get(e, (lambda e: lambda ch: ch == e)(e))
        elif c == "[":
            j = p.find("]", i + 1)
            if j < 0:
                j = n
            body = p[i:j]
            i = j + 1
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            test = (lambda rs, neg: lambda ch: any(a <= ch <= b for a, b in rs) != neg)(
                ranges, negate)
        else:
            test = (lambda lit: lambda ch: ch == lit)(c)
        lo, hi = 1, 1
        if i < n and p[i] in "*+?":
            lo, hi = {"*": (0, -1), "+": (1, -1), "?": (0, 1)}[p[i]]
            i += 1
        items.append((test, lo, hi))
    return items


def _match_items(items, k, text, pos):
    if k == len(items):
        return True
    test, lo, hi = items[k]
    if test == "$":
        return (pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n")) and \
            _match_items(items, k + 1, text, pos)
    count = 0
    while count < lo:
        if pos + count >= len(text) or not test(text[pos + count]):
            return False
        count += 1
    most = count
    while (hi < 0 or most < hi) and pos + most < len(text) and test(text[pos + most]):
        most += 1
    # Greedy, backing off one character at a time.
    for used in range(most, count - 1, -1):
        if _match_items(items, k + 1, text, pos + used):
            return True
    return False


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignorecase)
    return re.compile(pattern, re.I if ignorecase else 0)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front, or at the end when
    `append`).  message and module are regular expressions matched at the start of the text
    (message case-insensitively)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    import builtins
    cat = getattr(builtins, category, None) if "." not in category else None
    if cat is None:
        raise _OptionError("unknown warning category: %r" % (category,))
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# ---- warning -------------------------------------------------------------------------------

def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(
            type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        # Not that many callers: CPython then blames "sys", line 1.
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals["__name__"] if "__name__" in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location (what warn() calls)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                           (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning() on entry and
    restores them on exit.  With record=True, __enter__ returns a list that the warnings
    shown inside are appended to (as WarningMessage objects) instead of being printed."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # The default showwarning() is what sends messages to _showwarnmsg_impl.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


_processoptions(sys.warnoptions)
