"""re._engine -- compile a node tree (see _parser) into a flat program and run it (ouro).

The matcher is a backtracking machine with an explicit stack, so a long subject never deepens
the Python stack.  A program is a list of tuples whose first item is an opcode:

     0 CHR c              one character equal to c
     1 STR s n            the literal s (n = len(s))
     2 IN fs              one character in the frozenset fs
     3 NIN fs             one character not in fs
     4 PRED f             one character for which f(ch) is true
     5 ANY                one character but '\\n'
     6 ANYALL             one character
     7 REPCH kind arg lo hi greedy follow chars
                          a repeat of a one-character test (kind 0..5 as CHR..ANYALL)
     8 SPLIT alt          try the next instruction, on failure alt
     9 JMP to
    10 SAVE k close gid   regs[k] = pos (a group boundary); close: the group ends (lastindex)
    11 AT kind word       zero-width assertion
    12 REF g fold         backreference (fold 0 exact, 1 Unicode case, 2 ASCII case)
    13 LOOK prog behind neg width
    14 ATOMIC prog
    15 COND g no          go on when group g matched, else jump to no
    16 RINIT r            counter r = 0, last start r+1 = -1
    17 RGREEDY r lo hi exit
    18 RLAZY r lo hi exit more
    19 RMORE r body
    20 MATCH
    21 SPLITLAZY alt      try alt first, on failure the next instruction

regs holds group marks (2*g, 2*g+1), then lastindex, then the repeat counters.  Every change to
regs is undone on backtracking through entries on the stack:

    (0, pc, pos)                 resume
    (1, k, old)                  regs[k] = old
    (2, pc, lo, cur, follow)     greedy one-character repeat: give one character back
    (3, pc, cur, lim, kind, arg) lazy one-character repeat: take one more
"""

from re._parser import (FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL,
                        FLAG_ASCII, MAXREPEAT, error, width)

# Extra case-insensitive equivalences (the lowercase code point -> others), as CPython has.
_EXTRA = {105: (305,), 115: (383,), 181: (956,), 305: (105,), 383: (115,), 837: (953, 8126),
          912: (8147,), 944: (8163,), 946: (976,), 949: (1013,), 952: (977,),
          953: (837, 8126), 954: (1008,), 956: (181,), 960: (982,), 961: (1009,), 962: (963,),
          963: (962,), 966: (981,), 976: (946,), 977: (952,), 981: (966,), 982: (960,),
          1008: (954,), 1009: (961,), 1013: (949,), 1074: (7296,), 1076: (7297,),
          1086: (7298,), 1089: (7299,), 1090: (7300, 7301), 1098: (7302,), 1123: (7303,),
          7296: (1074,), 7297: (1076,), 7298: (1086,), 7299: (1089,), 7300: (1090, 7301),
          7301: (1090, 7300), 7302: (1098,), 7303: (1123,), 7304: (42571,), 7777: (7835,),
          7835: (7777,), 8126: (837, 953), 8147: (912,), 8163: (944,), 42571: (7304,),
          64261: (64262,), 64262: (64261,)}
# Characters whose simple lowercase is c although c.upper() is not them: c -> those.
_UPPERS = {0x1c6: (0x1c5,), 0x1c9: (0x1c8,), 0x1cc: (0x1cb,), 0x1f3: (0x1f2,),
           0x3b8: (0x3f4,), 0xdf: (0x1e9e,), 0x3c9: (0x2126,), 0x6b: (0x212a,),
           0xe5: (0x212b,), 0x69: (0x130,), 0x1fb3: (0x1fbc,), 0x1fc3: (0x1fcc,),
           0x1ff3: (0x1ffc,)}
for _i in range(8):
    _UPPERS[0x1f80 + _i] = (0x1f88 + _i,)
    _UPPERS[0x1f90 + _i] = (0x1f98 + _i,)
    _UPPERS[0x1fa0 + _i] = (0x1fa8 + _i,)

_ASCII_DIGITS = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_LOWER = {i: i + 32 for i in range(65, 91)}


def _lower1(ch):
    lo = ch.lower()
    if len(lo) == 1:
        return lo
    return 'i' if ch == '\u0130' else ch


def _uni_word(ch):
    return ch.isalnum() or ch == '_'


def _uni_nonword(ch):
    return not (ch.isalnum() or ch == '_')


def _uni_nondigit(ch):
    return not ch.isdecimal()


def _uni_nonspace(ch):
    return not ch.isspace()


_UNI_CATS = {'d': str.isdecimal, 'D': _uni_nondigit, 's': str.isspace, 'S': _uni_nonspace,
             'w': _uni_word, 'W': _uni_nonword}
_ASCII_CATS = {'d': _ASCII_DIGITS, 's': _ASCII_SPACE, 'w': _ASCII_WORD}


def _variants(ch, ascii):
    """All characters matching ch when case is ignored."""
    if ascii:
        if ch < '\x80' and ch.isalpha():
            return {ch.lower(), ch.upper()}
        return {ch}
    lo = _lower1(ch)
    lows = [lo]
    for x in _EXTRA.get(ord(lo), ()):
        lows.append(chr(x))
    out = {ch}
    for l in lows:
        out.add(l)
        up = l.upper()
        if len(up) == 1 and _lower1(up) == l:
            out.add(up)
        t = l.title()
        if len(t) == 1 and _lower1(t) == l:
            out.add(t)
        for x in _UPPERS.get(ord(l), ()):
            out.add(chr(x))
    return out


def _char_test(node, flags, istext):
    """A one-character node -> (kind, arg): 0 CHR, 1 IN, 2 NIN, 3 PRED, 4 ANY, 5 ANYALL."""
    k = node[0]
    ascii = not istext or flags & (FLAG_ASCII | FLAG_LOCALE)
    icase = flags & FLAG_IGNORECASE
    if k == 'ANY':
        return (5, None) if flags & FLAG_DOTALL else (4, None)
    if k == 'L':
        ch = chr(node[1])
        if icase:
            v = _variants(ch, ascii)
            if len(v) > 1:
                return 1, frozenset(v)
        return 0, ch
    # a set
    negate = node[1]
    chars = set()
    ranges = []
    preds = []
    for item in node[2]:
        t = item[0]
        if t == 'L':
            ch = chr(item[1])
            if icase:
                chars.update(_variants(ch, ascii))
            else:
                chars.add(ch)
        elif t == 'R':
            lo, hi = item[1], item[2]
            if hi - lo < 256:
                for c in range(lo, hi + 1):
                    ch = chr(c)
                    if icase:
                        chars.update(_variants(ch, ascii))
                    else:
                        chars.add(ch)
            else:
                ranges.append((chr(lo), chr(hi)))
        else:
            cat = item[1]
            if ascii:
                if cat in _ASCII_CATS:
                    chars.update(_ASCII_CATS[cat])
                else:
                    s = _ASCII_CATS[cat.lower()]
                    preds.append(lambda ch, s=s: ch not in s)
            else:
                preds.append(_UNI_CATS[cat])
    if not ranges and not preds:
        if not negate and len(chars) == 1:
            return 0, next(iter(chars))
        return (2 if negate else 1), frozenset(chars)
    fs = frozenset(chars)
    rs = tuple(ranges)
    ps = tuple(preds)
    if icase:
        if ascii:
            def fold(ch):
                return ch.translate(_ASCII_LOWER), ch.upper() if ch < '\x80' else ch
        else:
            def fold(ch):
                lo = _lower1(ch)
                up = lo.upper()
                return lo, (up if len(up) == 1 else lo)

        def inrange(ch):
            for a, b in rs:
                if a <= ch <= b:
                    return True
            lo, up = fold(ch)
            for a, b in rs:
                if a <= lo <= b or a <= up <= b:
                    return True
            return False
    else:
        def inrange(ch):
            for a, b in rs:
                if a <= ch <= b:
                    return True
            return False

    def test(ch):
        if ch in fs:
            return True
        for p in ps:
            if p(ch):
                return True
        return bool(rs) and inrange(ch)
    if negate:
        return 3, (lambda ch: not test(ch))
    return 3, test


def _test1(kind, arg, ch):
    if kind == 0:
        return ch == arg
    if kind == 1:
        return ch in arg
    if kind == 2:
        return ch not in arg
    if kind == 3:
        return arg(ch)
    if kind == 4:
        return ch != '\n'
    return True


def _scan(kind, arg, chars, s, i, lim):
    """The end of the longest run of characters passing the test in s[i:lim]."""
    if kind == 5:
        return lim
    if kind == 4:
        j = s.find('\n', i, lim)
        return lim if j < 0 else j
    if chars is not None:
        n = 16
        while i < lim:
            e = i + n
            if e > lim:
                e = lim
            seg = s[i:e]
            rest = seg.lstrip(chars)
            if rest:
                return e - len(rest)
            i = e
            if n < 4096:
                n += n
        return lim
    if kind == 2:
        while i < lim and s[i] not in arg:
            i += 1
        return i
    if kind == 3:
        while i < lim and arg(s[i]):
            i += 1
        return i
    if kind == 1:
        while i < lim and s[i] in arg:
            i += 1
        return i
    while i < lim and s[i] == arg:
        i += 1
    return i


class Code:
    """A compiled pattern: the program and what the search loop needs."""

    def __init__(self, seq, state, istext):
        self.istext = istext
        self.ngroups = state.groups - 1
        self.li = 2 * state.groups
        self.nregs = self.li + 1
        self.state = state
        flags = state.flags
        self.prog = self._compile_top(seq, flags)
        self.regs0 = [-1] * self.nregs
        self.regs0[self.li] = 0
        # search helpers
        self.anchored = False
        self.prefix = ''
        first = seq[0] if seq else None
        if first is not None and first[0] == 'AT' and (
                first[1] == 'A' or (first[1] == 'bol' and not flags & FLAG_MULTILINE)):
            self.anchored = True
        if not flags & FLAG_IGNORECASE:
            pre = []
            for node in seq:
                if node[0] != 'L':
                    break
                pre.append(chr(node[1]))
            self.prefix = ''.join(pre)

    def _compile_top(self, seq, flags):
        prog = []
        self._seq(seq, flags, prog)
        prog.append((20,))
        return prog

    def _newregs(self):
        r = self.nregs
        self.nregs += 2
        return r

    def _seq(self, seq, flags, prog):
        i = 0
        n = len(seq)
        while i < n:
            node = seq[i]
            k = node[0]
            if k == 'L' and not flags & FLAG_IGNORECASE:
                j = i
                while j < n and seq[j][0] == 'L':
                    j += 1
                if j - i > 1:
                    lit = ''.join([chr(x[1]) for x in seq[i:j]])
                    prog.append((1, lit, len(lit)))
                    i = j
                    continue
            self._node(node, flags, prog)
            i += 1

    def _node(self, node, flags, prog):
        k = node[0]
        istext = self.istext
        if k == 'L' or k == 'IN' or k == 'ANY':
            kind, arg = _char_test(node, flags, istext)
            if kind == 4:
                prog.append((5,))
            elif kind == 5:
                prog.append((6,))
            else:
                prog.append((kind, arg) if kind == 0 else (kind + 1, arg))
        elif k == 'AT':
            a = node[1]
            word = None
            if a == 'A':
                code = 0
            elif a == 'bol':
                code = 1 if flags & FLAG_MULTILINE else 0
            elif a == 'eol':
                code = 3 if flags & FLAG_MULTILINE else 2
            elif a == 'Z':
                code = 4
            else:
                code = 5 if a == 'b' else 6
                if not istext or flags & (FLAG_ASCII | FLAG_LOCALE):
                    word = _ASCII_WORD.__contains__
                else:
                    word = _uni_word
            prog.append((11, code, word))
        elif k == 'SUB':
            f = (flags | node[2]) & ~node[3]
            g = node[1]
            if g is not None:
                prog.append((10, 2 * g, False, g, self.li))
            self._seq(node[4], f, prog)
            if g is not None:
                prog.append((10, 2 * g + 1, True, g, self.li))
        elif k == 'BR':
            jumps = []
            brs = node[1]
            for br in brs[:-1]:
                at = len(prog)
                prog.append(None)
                self._seq(br, flags, prog)
                jumps.append(len(prog))
                prog.append(None)
                prog[at] = (8, len(prog))
            self._seq(brs[-1], flags, prog)
            for j in jumps:
                prog[j] = (9, len(prog))
        elif k == 'REP':
            self._repeat(node, flags, prog)
        elif k == 'REF':
            fold = 0
            if flags & FLAG_IGNORECASE:
                fold = 2 if (not istext or flags & (FLAG_ASCII | FLAG_LOCALE)) else 1
            prog.append((12, node[1], fold))
        elif k == 'LOOK':
            sub = []
            self._seq(node[3], flags, sub)
            sub.append((20,))
            w = 0
            if node[1]:
                lo, hi = width(node[3], self.state)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                w = lo
            prog.append((13, sub, node[1], node[2], w))
        elif k == 'ATOM':
            sub = []
            self._seq(node[1], flags, sub)
            sub.append((20,))
            prog.append((14, sub))
        elif k == 'COND':
            at = len(prog)
            prog.append(None)
            self._seq(node[2], flags, prog)
            if node[3] is not None:
                j = len(prog)
                prog.append(None)
                prog[at] = (15, node[1], len(prog))
                self._seq(node[3], flags, prog)
                prog[j] = (9, len(prog))
            else:
                prog[at] = (15, node[1], len(prog))
        else:
            raise AssertionError(k)

    def _repeat(self, node, flags, prog):
        lo, hi, mode, body = node[1], node[2], node[3], node[4]
        if mode == 2:
            sub = []
            self._repeat(('REP', lo, hi, 0, body), flags, sub)
            sub.append((20,))
            prog.append((14, sub))
            return
        if hi == 0:
            return
        if lo == 1 and hi == 1:
            self._seq(body, flags, prog)
            return
        top = hi if hi is not None else MAXREPEAT
        if len(body) == 1 and body[0][0] in ('L', 'IN', 'ANY'):
            kind, arg = _char_test(body[0], flags, self.istext)
            chars = None
            if kind == 0:
                chars = arg
            elif kind == 1 and len(arg) <= 64:
                chars = ''.join(sorted(arg))
            prog.append((7, kind, arg, lo, top, mode == 0, None, chars))
            at = len(prog) - 1
            # remember what must follow, to skip hopeless positions when backtracking
            prog.append(('follow', at))
            return
        if lo == 0 and hi == 1:
            at = len(prog)
            prog.append(None)
            self._seq(body, flags, prog)
            prog[at] = (8, len(prog)) if mode == 0 else (21, len(prog))
            return
        r = self._newregs()
        prog.append((16, r))
        if mode == 0:
            head = len(prog)
            prog.append(None)
            self._seq(body, flags, prog)
            prog.append((9, head))
            prog[head] = (17, r, lo, top, len(prog))
        else:
            j = len(prog)
            prog.append(None)
            more = len(prog)
            prog.append((19, r, more + 2))
            head = len(prog)
            prog.append(None)
            prog[j] = (9, head)
            self._seq(body, flags, prog)
            prog.append((9, head))
            prog[head] = (18, r, lo, top, len(prog), more)


def _finish(prog):
    """Resolve the 'follow' markers left by REPCH: drop them, fixing jump targets."""
    # Map old indexes to new ones.
    newidx = []
    n = 0
    for ins in prog:
        newidx.append(n)
        if ins[0] != 'follow':
            n += 1
    newidx.append(n)
    out = []
    for ins in prog:
        op = ins[0]
        if op == 'follow':
            continue
        if op in (8, 9, 21):
            ins = (op, newidx[ins[1]])
        elif op == 15:
            ins = (15, ins[1], newidx[ins[2]])
        elif op == 17:
            ins = (17, ins[1], ins[2], ins[3], newidx[ins[4]])
        elif op == 18:
            ins = (18, ins[1], ins[2], ins[3], newidx[ins[4]], newidx[ins[5]])
        elif op == 19:
            ins = (19, ins[1], newidx[ins[2]])
        elif op == 13:
            ins = (13, _finish(ins[1]), ins[2], ins[3], ins[4])
        elif op == 14:
            ins = (14, _finish(ins[1]))
        out.append(ins)
    # Fill in the follow literal of greedy one-character repeats.
    for i, ins in enumerate(out):
        if ins[0] == 7 and ins[5] and i + 1 < len(out):
            nxt = out[i + 1]
            f = None
            if nxt[0] == 0:
                f = nxt[1]
            elif nxt[0] == 1:
                f = nxt[1]
            if f is not None:
                out[i] = ins[:6] + (f,) + ins[7:]
    return out


def _first_chars(seq, flags, istext):
    """The set of characters a match of seq can start with, or None when unknown (or when
    seq can match the empty string)."""
    for node in seq:
        k = node[0]
        if k == 'L' or k == 'IN' or k == 'ANY':
            kind, arg = _char_test(node, flags, istext)
            if kind == 0:
                return {arg}
            if kind == 1:
                return set(arg)
            return None
        if k == 'SUB':
            return _first_chars(node[4], (flags | node[2]) & ~node[3], istext)
        if k == 'ATOM':
            return _first_chars(node[1], flags, istext)
        if k == 'BR':
            out = set()
            for br in node[1]:
                f = _first_chars(br, flags, istext)
                if f is None:
                    return None
                out |= f
            return out
        if k == 'REP':
            if node[1] < 1:
                return None
            return _first_chars(node[4], flags, istext)
        if k == 'LOOK' and not node[1] and not node[2]:
            continue
        return None
    return None


def compile_code(seq, state, istext):
    code = Code(seq, state, istext)
    code.prog = _finish(code.prog)
    code.first = None
    i = 0
    while code.prog[i][0] == 10:
        i += 1
    ins = code.prog[i]
    if ins[0] in (2, 3, 4):
        code.first = (ins[0] - 1, ins[1])
    elif ins[0] == 0 and not code.prefix:
        code.prefix = ins[1]
    elif ins[0] == 7 and ins[3] > 0 and ins[1] in (0, 1, 2, 3):
        if ins[1] == 0:
            if not code.prefix:
                code.prefix = ins[2]
        else:
            code.first = (ins[1], ins[2])
    if code.first is None and not code.prefix and not code.anchored:
        fc = _first_chars(seq, state.flags, istext)
        if fc:
            if len(fc) == 1:
                code.prefix = fc.pop()
            else:
                code.first = (1, frozenset(fc))
    return code


def run(prog, pc, s, pos, end, regs, full, minend):
    """Match prog at s[pos:], not beyond end.  Returns the end of the match or -1; the marks
    of a match are left in regs."""
    stack = []
    push = stack.append
    pop = stack.pop
    while True:
        ins = prog[pc]
        op = ins[0]
        if op == 0:
            if pos < end and s[pos] == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == 1:
            if s.startswith(ins[1], pos, end):
                pos += ins[2]
                pc += 1
                continue
        elif op == 7:
            kind = ins[1]
            lo = ins[3]
            lim = pos + ins[4]
            if lim > end:
                lim = end
            if ins[5]:
                j = _scan(kind, ins[2], ins[7], s, pos, lim)
                if j - pos >= lo:
                    if j - pos > lo:
                        push((2, pc + 1, pos + lo, j, ins[6]))
                    pos = j
                    pc += 1
                    continue
            else:
                if lo:
                    j = pos + lo
                    if j > end:
                        j = end
                    j = _scan(kind, ins[2], ins[7], s, pos, j)
                    if j - pos < lo:
                        j = -1
                else:
                    j = pos
                if j >= 0:
                    if lim > j:
                        push((3, pc + 1, j, lim, kind, ins[2]))
                    pos = j
                    pc += 1
                    continue
        elif op == 2:
            if pos < end and s[pos] in ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == 10:
            k = ins[1]
            push((1, k, regs[k]))
            regs[k] = pos
            if ins[2]:
                k = ins[4]
                push((1, k, regs[k]))
                regs[k] = ins[3]
            pc += 1
            continue
        elif op == 8:
            push((0, ins[1], pos))
            pc += 1
            continue
        elif op == 9:
            pc = ins[1]
            continue
        elif op == 3:
            if pos < end and s[pos] not in ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == 4:
            if pos < end and ins[1](s[pos]):
                pos += 1
                pc += 1
                continue
        elif op == 5:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif op == 6:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif op == 20:
            if pos >= minend and (not full or pos == end):
                return pos
        elif op == 17:
            r = ins[1]
            c = regs[r]
            if c < ins[2]:
                push((1, r, c))
                regs[r] = c + 1
                pc += 1
                continue
            if c < ins[3] and pos != regs[r + 1]:
                push((0, ins[4], pos))
                push((1, r, c))
                push((1, r + 1, regs[r + 1]))
                regs[r] = c + 1
                regs[r + 1] = pos
                pc += 1
                continue
            pc = ins[4]
            continue
        elif op == 16:
            r = ins[1]
            push((1, r, regs[r]))
            push((1, r + 1, regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif op == 11:
            a = ins[1]
            if a == 0:
                ok = pos == 0
            elif a == 1:
                ok = pos == 0 or s[pos - 1] == '\n'
            elif a == 2:
                ok = pos == end or (pos == end - 1 and s[pos] == '\n')
            elif a == 3:
                ok = pos == end or s[pos] == '\n'
            elif a == 4:
                ok = pos == end
            else:
                if end == 0:
                    ok = False
                else:
                    w = ins[2]
                    before = pos > 0 and w(s[pos - 1])
                    after = pos < end and w(s[pos])
                    ok = (before != after) if a == 5 else (before == after)
            if ok:
                pc += 1
                continue
        elif op == 18:
            r = ins[1]
            c = regs[r]
            if c < ins[2]:
                push((1, r, c))
                regs[r] = c + 1
                pc += 1
                continue
            if c < ins[3] and pos != regs[r + 1]:
                push((0, ins[5], pos))
            pc = ins[4]
            continue
        elif op == 19:
            r = ins[1]
            push((1, r, regs[r]))
            push((1, r + 1, regs[r + 1]))
            regs[r] += 1
            regs[r + 1] = pos
            pc = ins[2]
            continue
        elif op == 21:
            push((0, pc + 1, pos))
            pc = ins[1]
            continue
        elif op == 12:
            g = ins[1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                n = b - a
                if ins[2] == 0:
                    ok = s.startswith(s[a:b], pos, end)
                elif pos + n > end:
                    ok = False
                elif ins[2] == 1:
                    ok = s[a:b].lower() == s[pos:pos + n].lower()
                else:
                    ok = (s[a:b].translate(_ASCII_LOWER) ==
                          s[pos:pos + n].translate(_ASCII_LOWER))
                if ok:
                    pos += n
                    pc += 1
                    continue
        elif op == 15:
            g = ins[1]
            if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
            continue
        elif op == 13:
            saved = regs[:]
            if ins[2]:
                st = pos - ins[4]
                r = run(ins[1], 0, s, st, end, regs, False, 0) if st >= 0 else -1
            else:
                r = run(ins[1], 0, s, pos, end, regs, False, 0)
            if ins[3]:
                if r < 0:
                    pc += 1
                    continue
                regs[:] = saved
            elif r >= 0:
                for i in range(len(regs)):
                    if regs[i] != saved[i]:
                        push((1, i, saved[i]))
                pc += 1
                continue
        elif op == 14:
            saved = regs[:]
            r = run(ins[1], 0, s, pos, end, regs, False, 0)
            if r >= 0:
                for i in range(len(regs)):
                    if regs[i] != saved[i]:
                        push((1, i, saved[i]))
                pos = r
                pc += 1
                continue
        else:
            raise AssertionError(op)
        # failure: backtrack
        while stack:
            e = pop()
            k = e[0]
            if k == 0:
                pc = e[1]
                pos = e[2]
                break
            if k == 1:
                regs[e[1]] = e[2]
            elif k == 2:
                lo = e[2]
                cur = e[3] - 1
                f = e[4]
                if f is not None:
                    b = cur + len(f)
                    if b > end:
                        b = end
                    cur = s.rfind(f, lo, b)
                    if cur < 0:
                        continue
                if cur > lo:
                    push((2, e[1], lo, cur, f))
                pc = e[1]
                pos = cur
                break
            else:
                cur = e[2]
                if cur < e[3] and _test1(e[4], e[5], s[cur]):
                    cur += 1
                    if cur < e[3]:
                        push((3, e[1], cur, e[3], e[4], e[5]))
                    pc = e[1]
                    pos = cur
                    break
        else:
            return -1


def search(code, s, pos, end, must_advance):
    """Find the first match starting at pos or later.  Returns (start, end, regs) or None."""
    prog = code.prog
    regs = code.regs0[:]
    regs.extend([0] * (code.nregs - len(regs)))
    if pos > end:
        return None
    start = pos
    minend = pos + 1 if must_advance else 0
    r = run(prog, 0, s, start, end, regs, False, minend)
    if r >= 0:
        regs[0] = start
        regs[1] = r
        return start, r, regs
    if code.anchored:
        return None
    prefix = code.prefix
    first = code.first
    start += 1
    while start <= end:
        if prefix:
            start = s.find(prefix, start, end)
            if start < 0:
                return None
        elif first is not None:
            kind, arg = first
            start = _skip(kind, arg, s, start, end)
            if start >= end:
                return None
        r = run(prog, 0, s, start, end, regs, False, 0)
        if r >= 0:
            regs[0] = start
            regs[1] = r
            return start, r, regs
        start += 1
    return None


def _skip(kind, arg, s, i, end):
    """The first index >= i where a character passes the test (end if none)."""
    if kind == 1:
        while i < end and s[i] not in arg:
            i += 1
    elif kind == 2:
        while i < end and s[i] in arg:
            i += 1
    else:
        while i < end and not arg(s[i]):
            i += 1
    return i


def match(code, s, pos, end, full, must_advance=False):
    if pos > end:
        return None
    regs = code.regs0[:]
    regs.extend([0] * (code.nregs - len(regs)))
    r = run(code.prog, 0, s, pos, end, regs, full, pos + 1 if must_advance else 0)
    if r >= 0:
        regs[0] = pos
        regs[1] = r
        return pos, r, regs
    return None
