"""Support for regular expressions (RE) -- ouro's re, written in Python.

The parser (re._parser) turns a pattern into a tree of nodes, the engine (re._engine) compiles
that into a program for a backtracking matcher with an explicit stack.  The behaviour, messages
and reprs are CPython 3.11's.
"""

import enum
import sys as _sys
from re import _parser, _engine
from re._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


_FLAG_NAMES = (
    (1, 're.TEMPLATE'), (2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'),
    (16, 're.DOTALL'), (32, 're.UNICODE'), (64, 're.VERBOSE'), (128, 're.DEBUG'),
    (256, 're.ASCII'),
)

_MAXSIZE = _sys.maxsize


def _subject(pattern, string):
    """The text to match on (bytes-like subjects are read as latin-1) and its kind."""
    if isinstance(string, str):
        if not pattern._istext:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string, string
    if isinstance(string, (bytes, bytearray, memoryview)):
        if pattern._istext:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        b = bytes(string)
        return b.decode('latin-1'), b
    try:
        b = bytes(memoryview(string))
    except TypeError:
        raise TypeError('expected string or bytes-like object, got %r'
                        % type(string).__name__) from None
    if pattern._istext:
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return b.decode('latin-1'), b


def _bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('_pattern', '_flags', '_ngroups', '_groupindex', '_code', '_istext', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    pattern = property(lambda self: self._pattern, doc='The pattern string from which the RE object was compiled.')
    flags = property(lambda self: self._flags, doc='The regex matching flags.')
    groups = property(lambda self: self._ngroups, doc='The number of capturing groups in the pattern.')

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self._flags
        if self._istext and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        r = repr(self._pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self is other or (self._flags == other._flags and self._istext == other._istext
                                  and self._pattern == other._pattern))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    def _found(self, string, s, r, pos, endpos):
        if r is None:
            return None
        m = object.__new__(Match)
        m._init(self, string, s, r, pos, endpos)
        return m

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        s, raw = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        r = _engine.match(self._code, s, pos, endpos, False)
        return self._found(string, raw, r, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        s, raw = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        r = _engine.match(self._code, s, pos, endpos, True)
        return self._found(string, raw, r, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object
        instance.  Return None if no position in the string matches."""
        s, raw = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        r = _engine.search(self._code, s, pos, endpos, False)
        return self._found(string, raw, r, pos, endpos)

    def _iter(self, s, pos, endpos):
        """Successive matches as (start, end, regs), with the empty-match rules of 3.7."""
        code = self._code
        must = False
        while pos <= endpos:
            r = _engine.search(code, s, pos, endpos, must)
            if r is None:
                return
            yield r
            must = r[0] == r[1]
            pos = r[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.
        For each match, the iterator returns a match object."""
        s, raw = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        return self._finditer(string, s, raw, pos, endpos)

    def _finditer(self, string, s, raw, pos, endpos):
        for r in self._iter(s, pos, endpos):
            m = object.__new__(Match)
            m._init(self, string, raw, r, pos, endpos)
            yield m

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        s, raw = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        out = []
        g = self._ngroups
        empty = raw[:0]
        for r in self._iter(s, pos, endpos):
            regs = r[2]
            if g == 0:
                out.append(raw[r[0]:r[1]])
            elif g == 1:
                a, b = regs[2], regs[3]
                out.append(raw[a:b] if a >= 0 and b >= 0 else empty)
            else:
                t = []
                for i in range(1, g + 1):
                    a, b = regs[2 * i], regs[2 * i + 1]
                    t.append(raw[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(t))
        return out

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        s, raw = _subject(self, string)
        out = []
        last = 0
        n = 0
        g = self._ngroups
        for r in self._iter(s, 0, len(s)):
            if maxsplit and n >= maxsplit:
                break
            out.append(raw[last:r[0]])
            regs = r[2]
            for i in range(1, g + 1):
                a, b = regs[2 * i], regs[2 * i + 1]
                out.append(raw[a:b] if a >= 0 and b >= 0 else None)
            last = r[1]
            n += 1
        out.append(raw[last:])
        return out

    def _subx(self, repl, string, count):
        s, raw = _subject(self, string)
        if callable(repl):
            func = repl
            literal = None
        else:
            func = None
            literal = _template_for(self, repl)
        out = []
        last = 0
        n = 0
        for r in self._iter(s, 0, len(s)):
            if count and n >= count:
                break
            if last < r[0]:
                out.append(raw[last:r[0]])
            if func is not None:
                m = object.__new__(Match)
                m._init(self, string, raw, r, 0, len(s))
                item = func(m)
                if item is not None:
                    out.append(item)
            elif isinstance(literal, list):
                out.append(_expand(literal, raw, r[2], raw[:0]))
            else:
                out.append(literal)
            last = r[1]
            n += 1
        if last < len(s):
            out.append(raw[last:])
        if isinstance(string, str):
            res = ''.join(out)
        else:
            res = b''.join(out)
        return res, n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of
        pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost
        non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        s, raw = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        sc = object.__new__(SRE_Scanner)
        sc.pattern = self
        sc._args = (string, s, raw, pos, endpos)
        sc._pos = pos
        sc._must = False
        return sc

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = 're'


class SRE_Scanner:
    __slots__ = ('pattern', '_args', '_pos', '_must')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def _next(self, anchored):
        string, s, raw, pos, endpos = self._args
        if self._pos is None or self._pos > endpos:
            return None
        code = self.pattern._code
        if anchored:
            r = _engine.match(code, s, self._pos, endpos, False, self._must)
        else:
            r = _engine.search(code, s, self._pos, endpos, self._must)
        if r is None:
            self._pos = None
            return None
        self._must = r[0] == r[1]
        self._pos = r[1]
        m = object.__new__(Match)
        m._init(self.pattern, string, raw, r, pos, endpos)
        return m

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


SRE_Scanner.__module__ = '_sre'


class Match:
    """The result of re.match() and re.search().  Match objects always have a boolean value
    of True."""

    __slots__ = ('_re', '_string', '_pos', '_endpos', '_regs', '_raw', '_lastindex')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _init(self, pattern, string, raw, r, pos, endpos):
        self._re = pattern
        self._string = string
        self._raw = raw
        self._pos = pos
        self._endpos = endpos
        regs = r[2]
        spans = [(r[0], r[1])]
        for i in range(1, pattern._ngroups + 1):
            a, b = regs[2 * i], regs[2 * i + 1]
            if a < 0 or b < 0 or a > b:
                spans.append((-1, -1))
            else:
                spans.append((a, b))
        self._regs = tuple(spans)
        li = regs[2 * (pattern._ngroups + 1)]
        self._lastindex = li if li > 0 else None

    re = property(lambda self: self._re)
    string = property(lambda self: self._string)
    pos = property(lambda self: self._pos)
    endpos = property(lambda self: self._endpos)
    regs = property(lambda self: self._regs)
    lastindex = property(lambda self: self._lastindex)

    def _index(self, g):
        if isinstance(g, int):
            i = g
        elif hasattr(type(g), '__index__'):
            i = g.__index__()
        else:
            try:
                i = self._re._groupindex[g]
            except (KeyError, TypeError):
                raise IndexError('no such group') from None
        if i < 0 or i > self._re._ngroups:
            raise IndexError('no such group')
        return i

    def _get(self, i, default=None):
        a, b = self._regs[i]
        if a < 0:
            return default
        return self._raw[a:b]

    def group(self, *args):
        """Return one or more subgroups of the match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(a)) for a in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1 up to however
        many groups are in the pattern."""
        return tuple([self._get(i, default) for i in range(1, self._re._ngroups + 1)])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the
        subgroup name."""
        return {name: self._get(i, default) for name, i in self._re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._regs[self._index(group)][0]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._regs[self._index(group)][1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        return self._regs[self._index(group)]

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string
        template, as done by the sub() method."""
        t = _template_for(self._re, template)
        if isinstance(t, list):
            marks = []
            for a, b in self._regs:
                marks.append(a)
                marks.append(b)
            return _expand(t, self._raw, marks, self._raw[:0])
        return t

    @property
    def lastgroup(self):
        li = self._lastindex
        if li is None:
            return None
        for name, i in self._re._groupindex.items():
            if i == li:
                return name
        return None

    def __repr__(self):
        a, b = self._regs[0]
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            a, b, repr(self._raw[a:b])[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'


# --------------------------------------------------------------------------- templates

_TEMPLATE_ESC = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                 'v': '\v', '\\': '\\'}
_template_cache = {}


def _parse_template(repl, pattern):
    """repl -> a literal (no group references) or a list of literals and group numbers."""
    if isinstance(repl, str):
        text = repl
        bytesy = False
    else:
        text = str(repl, 'latin1')
        bytesy = True
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern._ngroups
    index = pattern._groupindex
    while i < n:
        c = text[i]
        if c != '\\':
            j = text.find('\\', i)
            if j < 0:
                j = n
            lit.append(text[i:j])
            i = j
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        c = text[i + 1]
        start = i
        i += 2
        gid = None
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', repl, i)
            i += 1
            j = text.find('>', i)
            if j < 0:
                if i >= n:
                    raise error('missing group name', repl, i)
                raise error('missing >, unterminated name', repl, i)
            name = text[i:j]
            if not name:
                raise error('missing group name', repl, i)
            if name.isidentifier():
                if name not in index:
                    raise IndexError('unknown group name %r' % name)
                gid = index[name]
            else:
                try:
                    gid = int(name)
                    if gid < 0:
                        raise ValueError
                except ValueError:
                    raise error('bad character in group name %r' % name, repl, i) from None
                if gid >= _parser.MAXGROUPS:
                    raise error('invalid group reference %d' % gid, repl, i)
            if gid > groups:
                raise error('invalid group reference %d' % gid, repl, i)
            i = j + 1
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            lit.append(chr(int(text[i - 1:j], 8)))
            i = j
            continue
        elif c in '123456789':
            j = i
            if j < n and text[j] in '0123456789':
                if (c in '01234567' and text[j] in '01234567' and j + 1 < n
                        and text[j + 1] in '01234567'):
                    v = int(text[i - 1:j + 2], 8)
                    if v > 0o377:
                        raise error('octal escape value %s outside of range 0-0o377'
                                    % text[start:j + 2], repl, start)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            gid = int(text[i - 1:j])
            if gid > groups:
                raise error('invalid group reference %d' % gid, repl, start + 1)
            i = j
        else:
            if c in _TEMPLATE_ESC:
                lit.append(_TEMPLATE_ESC[c])
            elif c in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ':
                raise error('bad escape \\%s' % c, repl, start)
            else:
                lit.append('\\' + c)
            continue
        if lit:
            parts.append(''.join(lit))
            lit = []
        parts.append(gid)
    if lit:
        parts.append(''.join(lit))
    if bytesy:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    if not any(isinstance(p, int) for p in parts):
        if not parts:
            return repl[:0] if not bytesy else b''
        return parts[0] if len(parts) == 1 else parts[0][:0].join(parts)
    return parts


def _template_for(pattern, repl):
    if isinstance(repl, (str, bytes)):
        sep = '\\' if isinstance(repl, str) else b'\\'
        if sep not in repl:
            return repl
    key = (type(repl), repl, pattern._ngroups, tuple(sorted(pattern._groupindex.items())))
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    t = _parse_template(repl, pattern)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    try:
        _template_cache[key] = t
    except TypeError:
        pass
    return t


def _expand(parts, raw, regs, empty):
    out = []
    for p in parts:
        if isinstance(p, int):
            a, b = regs[2 * p], regs[2 * p + 1]
            if a >= 0 and b >= 0:
                out.append(raw[a:b])
        else:
            out.append(p)
    return empty.join(out)


# --------------------------------------------------------------------------- module API

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    seq, state = _parser.parse(pattern, flags)
    code = _engine.compile_code(seq, state, isinstance(pattern, str))
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = state.flags
    p._ngroups = state.groups - 1
    p._groupindex = dict(state.groupdict)
    p._code = code
    p._istext = isinstance(pattern, str)
    if not flags & 128:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | 1)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._rules = [(_compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        i = 0
        while True:
            for p, action in self._rules:
                m = p.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if j == i:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
