"""Extract, format and print information about Python stack traces.

ouro's own, printing what CPython 3.11's traceback module prints.  Tracebacks are walked through
tb_frame / tb_lineno / tb_lasti / tb_next; the columns of the failing instruction come from
f_code.co_positions(), and carets are drawn under them as 3.11 does (a binary operation or a
subscript gets '~' under its operands and '^' under the operator or index: _ouro.segment_shape
parses the expression, where CPython calls ast.parse).  Source lines come from linecache.

Not here: the display width of East Asian wide characters in caret lines (counted as one
column), and capture_locals' repr of locals is kept but rarely exercised.
"""

import builtins
import sys
import linecache
import _ouro

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

# Identical entries in a row beyond this many are summarised (as the interpreter's printer).
_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause of the following exception:"
                  "\n\n")
_context_message = ("\nDuring handling of the above exception, another exception occurred:"
                    "\n\n")

# Exception groups are printed as CPython prints them, once the interpreter has them.
_BaseExceptionGroup = getattr(builtins, "BaseExceptionGroup", None)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


# ---- frames and summaries ------------------------------------------------------------------

def walk_stack(f):
    """Yield (frame, lineno) for f and each frame it was called from (the caller's caller when
    f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _position(code, lasti):
    """(lineno, end_lineno, colno, end_colno) of the instruction at byte offset lasti."""
    if lasti < 0:
        return (None, None, None, None)
    index = lasti // 2
    for i, pos in enumerate(code.co_positions()):
        if i == index:
            return pos
    return (None, None, None, None)


def _walk_tb_with_positions(tb):
    while tb is not None:
        pos = _position(tb.tb_frame.f_code, tb.tb_lasti)
        if pos[0] is None:
            pos = (tb.tb_lineno,) + tuple(pos[1:])
        yield tb.tb_frame, pos
        tb = tb.tb_next


def _with_no_columns(frame_gen):
    for f, lineno in frame_gen:
        yield f, (lineno, None, None, None)


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, line (the source line,
    stripped; looked up in linecache when first wanted), and locals (reprs) or None."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line",
                 "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as it is in the file (with its newline)."""
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _char_offset(text, byte_offset):
    """Characters in the first byte_offset UTF-8 bytes of text."""
    if text.isascii():
        return min(byte_offset, len(text))
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace"))


def _caret_anchors(segment):
    """(left_end, right_start) character offsets in segment of the operator of a binary
    operation or the [index] of a subscript, the one part marked with '^'; or None."""
    shape = _ouro.segment_shape(segment)
    if shape is None:
        return None
    kind, a, b = shape
    if kind == "binop":
        op_start = _char_offset(segment, a)
        op_text = segment[op_start:_char_offset(segment, b)]
        lead = len(op_text) - len(op_text.lstrip())
        left = a + lead
        right = left + 1
        # A two-character operator (**, //, <<, ...) gets two carets.
        if lead + 1 < len(op_text) and not op_text[lead + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return _char_offset(segment, left), _char_offset(segment, right)
    left = _char_offset(segment, a)
    right = _char_offset(segment, b + 1)
    while left < len(segment) and segment[left] != "[":
        left += 1
    while right < len(segment) and segment[right] != "]":
        right += 1
    if right < len(segment):
        right += 1
    return left, right


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs of frame_gen (walk_tb, walk_stack)."""
        return klass._extract_from_extended_frame_gen(
            _with_no_columns(frame_gen), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        entries = frame_gen
        if limit is not None:
            # A positive limit keeps the first entries, a negative one the last.
            if limit >= 0:
                entries = []
                if limit:
                    for item in frame_gen:
                        entries.append(item)
                        if len(entries) >= limit:
                            break
            else:
                entries = list(frame_gen)[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines printed for one frame: its location, its source line and, when the
        failing part is narrower than the line, a caret line under it."""
        fs = frame_summary
        out = [f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n']
        if fs.line:
            stripped = fs.line.strip()
            out.append(f"    {stripped}\n")
            line = fs._original_line
            # The whitespace both sides of the code (with the newline): the caret line is
            # shifted left by it, as CPython's is.
            stripped_chars = len(line) - len(stripped)
            if fs.colno is not None and fs.end_colno is not None:
                start = _char_offset(line, fs.colno)
                end = _char_offset(line, fs.end_colno)
                segment = line[start:end]
                anchors = None
                if fs.lineno == fs.end_lineno:
                    try:
                        anchors = _caret_anchors(segment)
                    except Exception:
                        anchors = None
                else:
                    end = len(line.rstrip())
                if end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0):
                    out.append("    " + " " * (start + 1 - stripped_chars))
                    if anchors:
                        left, right = anchors
                        out.append("~" * left + "^" * (right - left) +
                                   "~" * (end - start - right))
                    else:
                        out.append("^" * (end - start))
                    out.append("\n")
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                out.append(f"    {name} = {value}\n")
        return "".join(out)

    def format(self):
        """The printable lines of the stack, each ending in a newline; a run of more than
        three identical entries (recursion) is summarised."""
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count))
        return result


def _repeated(count):
    n = count - _RECURSIVE_CUTOFF
    return f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n"


# ---- lists and stacks ----------------------------------------------------------------------

def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's entries (at most `limit`, the first ones)."""
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_positions(tb),
                                                         limit=limit)


def format_list(extracted_list):
    """Format FrameSummary objects or (filename, lineno, name, line) tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print what format_list() returns to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of the traceback to file (sys.stderr by default)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from f (the caller's frame by default), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the stack from f (the caller's frame by default)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the local variables of the traceback's frames."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass    # the frame is still running
        tb = tb.tb_next


# ---- exceptions ----------------------------------------------------------------------------

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f"<{what} {func.__name__}() failed>"


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return f"{etype}\n"
    return f"{etype}: {valuestr}\n"


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)


class _ExceptionPrintContext:
    """Indentation state while an exception group is printed."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = "|"
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + " "
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering: its type, str(), traceback (a StackSummary) and,
    as TracebackExceptions, its __cause__ / __context__ (and a group's exceptions)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if not top:
            return
        # Convert the whole graph of causes, contexts and group members iteratively; `_seen`
        # breaks cycles.
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=_seen)

        def convert(e):
            return TracebackException(type(e), e, e.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = convert(e.__cause__)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e and e.__context__ is not None and need_context and
                    id(e.__context__) not in _seen):
                context = convert(e.__context__)
            exceptions = None
            if e and _BaseExceptionGroup is not None and isinstance(e, _BaseExceptionGroup):
                exceptions = [convert(x) for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if exceptions:
                pending.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception's last lines: "Type: message" (after a SyntaxError's location
        block), then its __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, "note")
                for part in note.split("\n"):
                    yield part + "\n"
        else:
            yield _safe_string(notes, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        suffix = ""
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f" ({self.filename})"
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield f"    {ltext}\n"
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other whitespace are kept, so the carets line up.
                    pad = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    " + pad + "^" * (end_colno - colno) + "\n"
        msg = self.msg or "<no detail available>"
        yield f"{stype}: {msg}{suffix}\n"

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the whole report (chained exceptions first), each ending in a
        newline; the last one is the exception's own line."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        chain_list = []
        exc = self
        while exc is not None:
            if not chain:
                chain_list.append((None, exc))
                break
            if exc.__cause__ is not None:
                chain_list.append((_cause_message, exc))
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                chain_list.append((_context_message, exc))
                exc = exc.__context__
            else:
                chain_list.append((None, exc))
                exc = None
        for msg, exc in reversed(chain_list):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx, self.max_group_width)

    def _format_group(self, chain, _ctx, max_width):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        shown = total if total <= max_width else max_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = max_width is not None and i >= max_width
            title = "..." if truncated else str(i + 1)
            yield (_ctx.indent() + ("+-" if i == 0 else "  ") +
                   f"+---------------- {title} ----------------\n")
            _ctx.exception_group_depth += 1
            if truncated:
                rest = total - max_width
                yield from _ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the exception with its traceback (and chained exceptions) to file, as the
    interpreter prints an uncaught one."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() prints, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last lines ("Type: message", a SyntaxError's location, notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (print_exception(*sys.exc_info()))."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc() prints it."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_value, the last exception the interactive interpreter reported."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
