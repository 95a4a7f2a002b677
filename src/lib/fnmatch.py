"""Unix shell-style filename matching: fnmatch, fnmatchcase, filter and translate.

Patterns: * (anything), ? (one character), [seq], [!seq].  translate() gives the same regular
expressions as CPython 3.11 (a run of fixed text between two stars becomes an atomic group, so
matching never backtracks badly).
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Test whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compiled(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
        else:
            regex = translate(pat)
        m = re.compile(regex).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = m
    return m


def filter(names, pat):
    """Return the subset of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    result = []
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compiled(pat)(name) is not None


_STAR = object()


def _bracket(body):
    """The regex class for the text between '[' and ']' (already known to be closed)."""
    negate = body[:1] == '!'
    if '-' not in body:
        text = body.replace('\\', r'\\')
    else:
        # split into pieces at the hyphens that make ranges: a hyphen right after the
        # (possibly negated) opening, or right after a range's end, is a literal
        pieces = []
        start = 0
        pos = 2 if negate else 1
        while True:
            k = body.find('-', pos)
            if k < 0:
                break
            pieces.append(body[start:k])
            start = k + 1
            pos = k + 3
        rest = body[start:]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += '-'
        # drop empty ranges such as z-a (invalid in a regex)
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        text = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # set operations (&&, ~~, ||) would be reserved in future regex syntax
    text = re.sub(r'([&~|])', r'\\\1', text)
    if not text:
        return '(?!)'
    if text == '!':
        return '.'
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'


def translate(pat):
    """Translate a shell pattern to a regular expression (no implicit anchoring at the
    start: use it with re.match)."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat[i:j]))
                i = j + 1
        else:
            parts.append(re.escape(c))

    # text before the first star is matched as is; each "* fixed" that another star follows
    # becomes an atomic group, and the last star is a plain .*
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1                               # the star
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return r'(?s:%s)\Z' % ''.join(out)
