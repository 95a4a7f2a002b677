"""Text wrapping and filling (ouro's own, giving CPython 3.11's results).

The text is cut into chunks -- runs of whitespace, words, the parts of hyphenated words, em-dash
runs -- and the chunks are packed greedily into lines no wider than `width`; a chunk longer than
a whole line is broken (at a hyphen if possible).  CPython finds the chunks with a regular
expression; ouro has no `re` here, so _split scans the text by hand with the same rules:

  * a run of whitespace (the six ASCII whitespace characters) is a chunk;
  * two or more dashes are a chunk of their own when they follow a word/punctuation character
    and precede a word character (an em-dash written "--");
  * otherwise a chunk is the shortest run of non-whitespace ending
      - at a hyphen that follows two letters, or a letter-hyphen-letter, and precedes a letter
        (optionally another hyphen and a letter): the hyphen ends the chunk;
      - before whitespace or the end of the text;
      - before an em-dash (when the last character is word/punctuation).
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace TextWrapper knows: deliberately ASCII only, as CPython's.
_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    """re's \\w for one character."""
    return c.isalnum() or c == "_"


def _is_letter(c):
    """A word character that is not a decimal digit (the pattern [^\\d\\W])."""
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dash_run(text, i):
    """Length of the run of '-' starting at i."""
    j = i
    n = len(text)
    while j < n and text[j] == "-":
        j += 1
    return j - i


def _emdash_at(text, i):
    """True when text[i:] is two or more dashes followed by a word character."""
    d = _dash_run(text, i)
    return d >= 2 and i + d < len(text) and _is_word(text[i + d])


def _hyphen_ends_chunk(text, j):
    """True when the hyphen at text[j] ends a chunk of a hyphenated word."""
    n = len(text)
    # Behind it: two letters, or letter-hyphen-letter.
    behind = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
             (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == "-" and
              _is_letter(text[j - 1]))
    if not behind:
        return False
    # Ahead: a letter, an optional hyphen, a letter.
    k = j + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and text[k] == "-":
        k += 1
    return k < n and _is_letter(text[k])


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _emdash_at(text, i):
            j = i + _dash_run(text, i)
        else:
            j = i + 1
            while True:
                if j < n and text[j] == "-" and _hyphen_ends_chunk(text, j):
                    j += 1
                    break
                if j >= n or text[j] in _whitespace:
                    break
                if _is_word_punct(text[j - 1]) and _emdash_at(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    """Whitespace runs and the runs between them."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """The pattern [a-z][.!?]["']?\\Z: a lowercase letter, end punctuation, maybe a quote."""
    if chunk[-1:] in ("\"", "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?" and
            "a" <= chunk[-2] <= "z")


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of the wrap() and
    fill() methods; the other methods are the steps, for subclasses to override."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps ------------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and make every whitespace character a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Cut text into the chunks wrapping works on (see the module comment)."""
        if self.break_on_hyphens is True:
            chunks = _split_hyphenated(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of the too-long chunk at the end of reversed_chunks on cur_line as
        fits (or all of it on an empty line when long words must not be broken)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines of at most self.width characters (indents included)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # Reversed, so the next chunk is popped off the end cheaply.
        chunks = chunks[::-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but not of the text) goes.
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed, with text left over: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- the public interface -------------------------------------------------------------

    def wrap(self, text):
        """The lines of text, wrapped, without their final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return i


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.  Lines of only spaces
    and tabs are emptied and do not count; tabs and spaces are not equivalent."""
    lines = text.split("\n")
    margin = None
    for k, line in enumerate(lines):
        n = _leading_blanks(line)
        if n == len(line):
            if n:
                lines[k] = ""
            continue
        lead = line[:n]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            # The longest common prefix of the two.
            i = 0
            while margin[i] == lead[i]:
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the beginning of selected lines in `text` (by default, the lines that
    are not only whitespace)."""
    if predicate is None:
        return "".join(prefix + line if line.strip() else line
                       for line in text.splitlines(True))
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
