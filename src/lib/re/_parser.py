"""re._parser -- turn a regular expression into a tree of nodes (ouro).

Nodes are tuples whose first item names the kind:

    ('L', code)                    a literal character (code point)
    ('ANY',)                       .
    ('IN', negate, items)          a character set; items are ('L', c), ('R', lo, hi), ('C', cat)
    ('AT', kind)                   'bol' (^), 'eol' ($), 'A', 'Z', 'b', 'B'
    ('REP', lo, hi, mode, seq)     repeat; mode 0 greedy, 1 lazy, 2 possessive; hi None = no limit
    ('SUB', gid, add, dele, seq)   group (gid None for (?:...)) with scoped flags
    ('BR', [seq, ...])             alternation
    ('REF', gid)                   backreference
    ('LOOK', behind, negate, seq)  look-ahead / look-behind
    ('COND', gid, yes, no)         (?(gid)yes|no); no may be None
    ('ATOM', seq)                  (?>...)

A seq is a list of nodes.  Categories are 'd', 'D', 's', 'S', 'w', 'W'.
"""

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE
_GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE
_INLINE = {'i': FLAG_IGNORECASE, 'L': FLAG_LOCALE, 'm': FLAG_MULTILINE, 's': FLAG_DOTALL,
           'x': FLAG_VERBOSE, 'a': FLAG_ASCII, 't': FLAG_TEMPLATE, 'u': FLAG_UNICODE}

_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITE = ' \t\n\r\v\f'
_SIMPLE_ESC = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_CATS = 'dDsSwW'


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = None
            self.colno = None
        Exception.__init__(self, text)


error.__module__ = 're'


class _Source:
    """The pattern as a stream of tokens: one character, or a backslash and the next one."""

    def __init__(self, text, orig, istext):
        self.text = text
        self.orig = orig
        self.istext = istext
        self.i = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.i
        t = self.text
        if i >= len(t):
            self.next = None
            return
        c = t[i]
        if c == '\\':
            if i + 1 >= len(t):
                raise error('bad escape (end of pattern)', self.orig, i)
            c = t[i:i + 2]
        self.i = i + len(c)
        self.next = c

    def get(self):
        c = self.next
        self._advance()
        return c

    def match(self, c):
        if self.next == c:
            self._advance()
            return True
        return False

    def tell(self):
        return self.i - len(self.next or '')

    def seek(self, pos):
        self.i = pos
        self._advance()

    def getwhile(self, n, chars):
        out = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in chars:
                break
            out += c
            self._advance()
        return out

    def getuntil(self, term, what):
        out = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not out:
                    raise self.err('missing ' + what)
                raise self.err('missing %s, unterminated name' % term, len(out))
            if c == term:
                if not out:
                    raise self.err('missing ' + what, 1)
                return out
            out += c

    def err(self, msg, back=0):
        return error(msg, self.orig, self.tell() - back)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]     # index 0: the whole match
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if gid > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupwidths[gid] = width(seq, self)

    def checkgroup(self, gid):
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehind(self, gid, src):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise src.err('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise src.err('cannot refer to group defined in the same lookbehind subpattern')


def width(seq, state):
    """(min, max) number of characters a sequence of nodes can match (capped at MAXREPEAT)."""
    lo = hi = 0
    for node in seq:
        k = node[0]
        if k == 'L' or k == 'ANY' or k == 'IN':
            lo += 1
            hi += 1
        elif k == 'SUB':
            a, b = width(node[4], state)
            lo += a
            hi += b
        elif k == 'ATOM':
            a, b = width(node[1], state)
            lo += a
            hi += b
        elif k == 'BR':
            a = b = None
            for br in node[1]:
                x, y = width(br, state)
                a = x if a is None else min(a, x)
                b = y if b is None else max(b, y)
            lo += a or 0
            hi += b or 0
        elif k == 'REP':
            a, b = width(node[4], state)
            lo += a * node[1]
            hi += b * (MAXREPEAT if node[2] is None else node[2])
        elif k == 'REF':
            w = state.groupwidths[node[1]] if node[1] < len(state.groupwidths) else None
            if w is None:
                w = (0, MAXREPEAT)
            lo += w[0]
            hi += w[1]
        elif k == 'COND':
            a, b = width(node[2], state)
            if node[3] is not None:
                x, y = width(node[3], state)
            else:
                x = y = 0
            lo += min(a, x)
            hi += max(b, y)
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _unicode_name(name):
    # ouro has no Unicode name database; the compiler's \N{} table is asked through eval.
    for ch in name:
        if not (ch.isalnum() or ch in ' -'):
            return None
    try:
        v = eval('"\\N{%s}"' % name)
    except Exception:
        return None
    return ord(v) if len(v) == 1 else None


def _common_escape(src, esc, inclass):
    """Escapes shared by sets and sequences: \\x \\u \\U \\N and letters.  Returns a code or None."""
    c = esc[1]
    start = src.tell() - 2
    if c == 'x':
        esc += src.getwhile(2, _HEX)
        if len(esc) != 4:
            raise error('incomplete escape %s' % esc, src.orig, start)
        return int(esc[2:], 16)
    if c == 'u' and src.istext:
        esc += src.getwhile(4, _HEX)
        if len(esc) != 6:
            raise error('incomplete escape %s' % esc, src.orig, start)
        return int(esc[2:], 16)
    if c == 'U' and src.istext:
        esc += src.getwhile(8, _HEX)
        if len(esc) != 10:
            raise error('incomplete escape %s' % esc, src.orig, start)
        v = int(esc[2:], 16)
        if v > 0x10FFFF:
            raise error('bad escape %s' % esc, src.orig, start)
        return v
    if c == 'N' and src.istext:
        if not src.match('{'):
            raise src.err('missing {')
        name = src.getuntil('}', 'character name')
        v = _unicode_name(name)
        if v is None:
            raise error('undefined character name %r' % name, src.orig, start)
        return v
    return None


def _class_escape(src, esc):
    start = src.tell() - 2
    c = esc[1]
    if c in _SIMPLE_ESC:
        return ('L', _SIMPLE_ESC[c])
    if c == 'b':
        return ('L', 8)
    if c in _CATS:
        return ('C', c)
    v = _common_escape(src, esc, True)
    if v is not None:
        return ('L', v)
    if c in _OCT:
        esc += src.getwhile(2, _OCT)
        v = int(esc[1:], 8)
        if v > 0o377:
            raise error('octal escape value %s outside of range 0-0o377' % esc, src.orig, start)
        return ('L', v)
    if c in _DIGITS or c in _LETTERS:
        raise error('bad escape %s' % esc, src.orig, start)
    return ('L', ord(c))


def _escape(src, esc, state):
    start = src.tell() - 2
    c = esc[1]
    if c in _CATS:
        return ('IN', False, [('C', c)])
    if c in 'AZbB':
        return ('AT', c)
    if c in _SIMPLE_ESC:
        return ('L', _SIMPLE_ESC[c])
    v = _common_escape(src, esc, False)
    if v is not None:
        return ('L', v)
    if c == '0':
        esc += src.getwhile(2, _OCT)
        return ('L', int(esc[1:], 8))
    if c in _DIGITS:
        if src.next is not None and src.next in _DIGITS:
            esc += src.get()
            if esc[1] in _OCT and esc[2] in _OCT and src.next is not None and src.next in _OCT:
                esc += src.get()
                v = int(esc[1:], 8)
                if v > 0o377:
                    raise error('octal escape value %s outside of range 0-0o377' % esc,
                                src.orig, start)
                return ('L', v)
        gid = int(esc[1:])
        if gid < state.groups:
            if not state.checkgroup(gid):
                raise error('cannot refer to an open group', src.orig, start)
            state.checklookbehind(gid, src)
            return ('REF', gid)
        raise error('invalid group reference %d' % gid, src.orig, start + 1)
    if c in _LETTERS:
        raise error('bad escape %s' % esc, src.orig, start)
    return ('L', ord(c))


def _warn(msg, nested):
    import warnings
    warnings.warn(msg, FutureWarning, stacklevel=nested + 7)


def _parse_class(src, state, nested):
    here = src.tell() - 1
    if src.next == '[':
        _warn('Possible nested set at position %d' % src.tell(), nested)
    negate = src.match('^')
    items = []
    while True:
        this = src.get()
        if this is None:
            raise error('unterminated character set', src.orig, here)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(src, this)
        else:
            if items and this in '-&~|' and src.next == this:
                kind = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
                        '|': 'union'}[this]
                _warn('Possible set %s at position %d' % (kind, src.tell() - 1), nested)
            code1 = ('L', ord(this))
        if src.match('-'):
            that = src.get()
            if that is None:
                raise error('unterminated character set', src.orig, here)
            if that == ']':
                items.append(code1)
                items.append(('L', 45))
                break
            if that[0] == '\\':
                code2 = _class_escape(src, that)
            else:
                if that == '-':
                    _warn('Possible set difference at position %d' % (src.tell() - 2), nested)
                code2 = ('L', ord(that))
            if code1[0] != 'L' or code2[0] != 'L' or code2[1] < code1[1]:
                raise src.err('bad character range %s-%s' % (this, that),
                              len(this) + 1 + len(that))
            items.append(('R', code1[1], code2[1]))
        else:
            items.append(code1)
    return ('IN', negate, items)


def _parse_flags(src, state, char):
    add = 0
    dele = 0
    if char != '-':
        while True:
            flag = _INLINE[char]
            if src.istext:
                if char == 'L':
                    raise src.err("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == 'u':
                raise src.err("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if flag & _TYPE_FLAGS and (add & _TYPE_FLAGS) != flag:
                raise src.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = src.get()
            if char is None:
                raise src.err('missing -, : or )')
            if char in ')-:':
                break
            if char not in _INLINE:
                raise src.err('unknown flag' if char.isalpha() else 'missing -, : or )',
                              len(char))
    if char == ')':
        return add, None
    if add & _GLOBAL_FLAGS:
        raise src.err('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = src.get()
        if char is None:
            raise src.err('missing flag')
        if char not in _INLINE:
            raise src.err('unknown flag' if char.isalpha() else 'missing flag', len(char))
        while True:
            flag = _INLINE[char]
            if flag & _TYPE_FLAGS:
                raise src.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            dele |= flag
            char = src.get()
            if char is None:
                raise src.err('missing :')
            if char == ':':
                break
            if char not in _INLINE:
                raise src.err('unknown flag' if char.isalpha() else 'missing :', len(char))
    if dele & _GLOBAL_FLAGS:
        raise src.err('bad inline flags: cannot turn off global flag', 1)
    if add & dele:
        raise src.err('bad inline flags: flag turned on and off', 1)
    return add, dele


def _parse_alts(src, state, verbose, nested, first=False):
    branches = [_parse_seq(src, state, verbose, nested + 1, first)]
    while src.match('|'):
        branches.append(_parse_seq(src, state, verbose, nested + 1))
    if len(branches) == 1:
        return branches[0]
    return [('BR', branches)]


def _parse_seq(src, state, verbose, nested, first=False):
    seq = []
    while True:
        this = src.next
        if this is None or this == '|' or this == ')':
            break
        src.get()
        if verbose:
            if this in _WHITE:
                continue
            if this == '#':
                while True:
                    this = src.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            seq.append(_escape(src, this, state))
        elif this == '[':
            seq.append(_parse_class(src, state, nested))
        elif this == '.':
            seq.append(('ANY',))
        elif this == '^':
            seq.append(('AT', 'bol'))
        elif this == '$':
            seq.append(('AT', 'eol'))
        elif this in '*+?{':
            here = src.tell()
            start = here - 1
            if this == '?':
                lo, hi = 0, 1
            elif this == '*':
                lo, hi = 0, None
            elif this == '+':
                lo, hi = 1, None
            else:
                if src.next == '}':
                    seq.append(('L', 123))
                    continue
                a = src.getwhile(1 << 30, _DIGITS)
                if src.match(','):
                    b = src.getwhile(1 << 30, _DIGITS)
                else:
                    b = a
                if not src.match('}'):
                    seq.append(('L', 123))
                    src.seek(here)
                    continue
                lo, hi = 0, None
                if a:
                    lo = int(a)
                    if lo >= MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                if b:
                    hi = int(b)
                    if hi >= MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                    if hi < lo:
                        raise error('min repeat greater than max repeat', src.orig, here)
            if not seq or seq[-1][0] == 'AT':
                raise error('nothing to repeat', src.orig, start)
            if seq[-1][0] == 'REP':
                raise error('multiple repeat', src.orig, start)
            item = seq[-1]
            body = item[4] if item[0] == 'SUB' and item[1] is None and not item[2] \
                and not item[3] else [item]
            if src.match('?'):
                mode = 1
            elif src.match('+'):
                mode = 2
            else:
                mode = 0
            seq[-1] = ('REP', lo, hi, mode, body)
        elif this == '(':
            start = src.tell() - 1
            capture = True
            name = None
            add = dele = 0
            atomic = False
            if src.match('?'):
                char = src.get()
                if char is None:
                    raise src.err('unexpected end of pattern')
                if char == 'P':
                    if src.match('<'):
                        name = src.getuntil('>', 'group name')
                        if not name.isidentifier():
                            raise src.err('bad character in group name %r' % name,
                                          len(name) + 1)
                    elif src.match('='):
                        name = src.getuntil(')', 'group name')
                        if not name.isidentifier():
                            raise src.err('bad character in group name %r' % name,
                                          len(name) + 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise src.err('unknown group name %r' % name, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise src.err('cannot refer to an open group', len(name) + 1)
                        state.checklookbehind(gid, src)
                        seq.append(('REF', gid))
                        continue
                    else:
                        char = src.get()
                        if char is None:
                            raise src.err('unexpected end of pattern')
                        raise src.err('unknown extension ?P' + char, len(char) + 2)
                elif char == ':':
                    capture = False
                elif char == '#':
                    while True:
                        if src.next is None:
                            raise error('missing ), unterminated comment', src.orig, start)
                        if src.get() == ')':
                            break
                    continue
                elif char in '=!<':
                    behind = False
                    if char == '<':
                        char = src.get()
                        if char is None:
                            raise src.err('unexpected end of pattern')
                        if char not in '=!':
                            raise src.err('unknown extension ?<' + char, len(char) + 2)
                        behind = True
                        saved = state.lookbehindgroups
                        if saved is None:
                            state.lookbehindgroups = state.groups
                    body = _parse_alts(src, state, verbose, nested + 1)
                    if behind and saved is None:
                        state.lookbehindgroups = None
                    if not src.match(')'):
                        raise error('missing ), unterminated subpattern', src.orig, start)
                    seq.append(('LOOK', behind, char == '!', body))
                    continue
                elif char == '(':
                    cname = src.getuntil(')', 'group name')
                    if cname.isidentifier():
                        cgid = state.groupdict.get(cname)
                        if cgid is None:
                            raise src.err('unknown group name %r' % cname, len(cname) + 1)
                    else:
                        try:
                            cgid = int(cname)
                            if cgid < 0:
                                raise ValueError
                        except ValueError:
                            raise src.err('bad character in group name %r' % cname,
                                          len(cname) + 1) from None
                        if not cgid:
                            raise src.err('bad group number', len(cname) + 1)
                        if cgid >= MAXGROUPS:
                            raise src.err('invalid group reference %d' % cgid, len(cname) + 1)
                        if cgid not in state.grouprefpos:
                            state.grouprefpos[cgid] = src.tell() - len(cname) - 1
                    state.checklookbehind(cgid, src)
                    yes = _parse_seq(src, state, verbose, nested + 1)
                    no = None
                    if src.match('|'):
                        no = _parse_seq(src, state, verbose, nested + 1)
                        if src.next == '|':
                            raise src.err('conditional backref with more than two branches')
                    if not src.match(')'):
                        raise error('missing ), unterminated subpattern', src.orig, start)
                    seq.append(('COND', cgid, yes, no))
                    continue
                elif char == '>':
                    capture = False
                    atomic = True
                elif char in _INLINE or char == '-':
                    add, dele = _parse_flags(src, state, char)
                    if dele is None:
                        state.flags |= add
                        if not first or seq:
                            raise error('global flags not at the start of the expression',
                                        src.orig, start)
                        # a global flag group: (?x) turns verbose mode on from here
                        verbose = state.flags & FLAG_VERBOSE
                        continue
                    capture = False
                else:
                    raise src.err('unknown extension ?' + char, len(char) + 1)
            gid = None
            if capture:
                try:
                    gid = state.opengroup(name)
                except error as e:
                    raise src.err(e.msg, len(name) + 1) from None
            sub_verbose = (verbose or (add & FLAG_VERBOSE)) and not (dele & FLAG_VERBOSE)
            body = _parse_alts(src, state, sub_verbose, nested + 1)
            if not src.match(')'):
                raise error('missing ), unterminated subpattern', src.orig, start)
            if gid is not None:
                state.closegroup(gid, body)
            if atomic:
                seq.append(('ATOM', body))
            else:
                seq.append(('SUB', gid, add, dele, body))
        else:
            seq.append(('L', ord(this)))
    return seq


def parse(pattern, flags):
    """Parse pattern (str or bytes) -> (seq, state).  state.flags holds the final flags."""
    if isinstance(pattern, str):
        text = pattern
        istext = True
    else:
        text = bytes(pattern).decode('latin-1')
        istext = False
    src = _Source(text, pattern, istext)
    state = _State(flags)
    seq = _parse_alts(src, state, flags & FLAG_VERBOSE, 0, True)
    if src.next is not None:
        raise src.err('unbalanced parenthesis')
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error('invalid group reference %d' % g, pattern, state.grouprefpos[g])
    f = state.flags
    if istext:
        if f & FLAG_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not f & FLAG_ASCII:
            f |= FLAG_UNICODE
        elif f & FLAG_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if f & FLAG_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if f & FLAG_LOCALE and f & FLAG_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    state.flags = f
    return seq, state
