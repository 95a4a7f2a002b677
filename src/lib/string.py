"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""
# ouro's string module.  CPython's Template finds placeholders with a regular expression and
# its Formatter parses with the C helpers of _string; ouro has neither, so both are scanned by
# hand here with the same results for the default patterns.  A Template subclass that changes
# idpattern, braceidpattern, flags or pattern needs the re module, and uses it when present.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_sentinel_dict = {}


class _Placeholder:
    """One delimiter occurrence: the 'match' the scanner found."""
    __slots__ = ('start', 'end', 'kind', 'name', 'text')

    def __init__(self, start, end, kind, name, text):
        self.start = start      # where the delimiter is
        self.end = end          # just past the placeholder
        self.kind = kind        # 'escaped', 'named', 'braced' or 'invalid'
        self.name = name
        self.text = text        # the whole placeholder as written


class _LazyPattern:
    """Template.pattern: the compiled regular expression CPython builds for a Template class
    (from its delimiter, idpattern, braceidpattern and flags), made the first time it is asked
    for and kept in the class's own _compiled_pattern, so that importing string does not
    import re."""

    def __get__(self, obj, cls):
        compiled = cls.__dict__.get('_compiled_pattern')
        if compiled is None:
            compiled = cls._compile_pattern(None)
            cls._compiled_pattern = compiled
        return compiled


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None                # re.IGNORECASE when re is used
    pattern = _LazyPattern()

    def __init__(self, template):
        self.template = template

    # -- finding placeholders

    @classmethod
    def _uses_default_pattern(cls):
        for klass in cls.__mro__:
            if 'pattern' in klass.__dict__:
                if not isinstance(klass.__dict__['pattern'], _LazyPattern):
                    return False
                break
        return (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None and
                cls.flags is None)

    @classmethod
    def _compile_pattern(cls, pattern):
        import re
        if pattern is None:
            delim = re.escape(cls.delimiter)
            idp = cls.idpattern
            bid = cls.braceidpattern or idp
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{idp})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        flags = cls.flags
        if flags is None:
            flags = re.IGNORECASE
        return re.compile(pattern, flags | re.VERBOSE)

    def _scan(self):
        """The placeholders of the template, in order."""
        if not type(self)._uses_default_pattern():
            return self._scan_re()
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        out = []
        i = s.find(delim)
        while i >= 0:
            j = i + dl
            if s.startswith(delim, j):
                out.append(_Placeholder(i, j + dl, 'escaped', None, delim + delim))
                i = s.find(delim, j + dl)
                continue
            if j < n and s[j] in _ID_START:
                k = j + 1
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                out.append(_Placeholder(i, k, 'named', s[j:k], s[i:k]))
                i = s.find(delim, k)
                continue
            if j + 1 < n and s[j] == '{' and s[j + 1] in _ID_START:
                k = j + 2
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                if k < n and s[k] == '}':
                    out.append(_Placeholder(i, k + 1, 'braced', s[j + 1:k], s[i:k + 1]))
                    i = s.find(delim, k + 1)
                    continue
            out.append(_Placeholder(i, j, 'invalid', None, delim))
            i = s.find(delim, j)
        return out

    def _scan_re(self):
        cls = type(self)
        pattern = cls.pattern
        if isinstance(pattern, str):
            pattern = cls.pattern = cls._compile_pattern(pattern)
        out = []
        for mo in pattern.finditer(self.template):
            for kind in ('escaped', 'named', 'braced', 'invalid'):
                if mo.group(kind) is not None:
                    name = mo.group(kind) if kind in ('named', 'braced') else None
                    text = mo.group()
                    if kind == 'invalid':
                        text = text[:mo.start(kind) - mo.start()]
                    out.append(_Placeholder(mo.start(), mo.end(), kind, name, text))
                    break
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)
        return out

    def _invalid(self, ph):
        i = ph.start + len(ph.text)     # where the invalid group begins: after the delimiter
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _render(self, lookup, safe):
        s = self.template
        parts = []
        pos = 0
        for ph in self._scan():
            parts.append(s[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                parts.append(self.delimiter)
            elif ph.kind == 'invalid':
                if not safe:
                    self._invalid(ph)
                parts.append(ph.text)
            elif safe:
                try:
                    parts.append('%s' % (lookup(ph.name),))
                except KeyError:
                    parts.append(ph.text)
            else:
                parts.append('%s' % (lookup(ph.name),))
        parts.append(s[pos:])
        return ''.join(parts)

    @staticmethod
    def _lookup(mapping, kws):
        if mapping is _sentinel_dict:
            return kws.__getitem__
        if kws:
            def lookup(name):
                if name in kws:
                    return kws[name]
                return mapping[name]
            return lookup
        return mapping.__getitem__

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(self._lookup(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(self._lookup(mapping, kws), True)

    def is_valid(self):
        for ph in self._scan():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._scan():
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


########################################################################
# The Formatter class
# see PEP 3101 for details and purpose of this class

def _formatter_parser(s):
    """(literal_text, field_name, format_spec, conversion) for each part of s, as
    _string.formatter_parser."""
    n = len(s)
    i = 0
    out = []
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            out.append((s[start:i], None, None, None))
            break
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # A doubled brace is literal text; no field follows it.
            out.append((s[start:i], None, None, None))
            i += 1
            continue
        literal = s[start:i - 1]
        # Find the brace closing this field, counting nested ones in the format spec.
        count = 1
        fstart = i
        in_name = True
        while i < n:
            c = s[i]
            i += 1
            if c == '[' and in_name:
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == ':' or c == '!':
                in_name = False
            elif c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    break
        else:
            raise ValueError("expected '}' before end of string")
        out.append((literal,) + _parse_field(s[fstart:i - 1]))
    return out


def _parse_field(field):
    n = len(field)
    i = 0
    c = ''
    while i < n:
        c = field[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and field[i] != ']':
                i += 1
            continue
        if c == ':' or c == '!':
            break
    else:
        return field, '', None
    name = field[:i - 1]
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        conversion = field[i]
        i += 1
        if i < n:
            if field[i] != ':':
                raise ValueError("expected ':' after conversion specifier")
            i += 1
    return name, field[i:], conversion


def _field_name_split(field_name):
    """(first, [(is_attribute, key), ...]) as _string.formatter_field_name_split."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and field_name[i] not in '.[':
                i += 1
            if i == j:
                raise ValueError("Empty attribute in format string")
            rest.append((True, field_name[j:i]))
        elif c == '[':
            j = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[j:i]
            if key == '':
                raise ValueError("Empty attribute in format string")
            i += 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            rest.append((False, int(key) if key.isdigit() else key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return iter(_formatter_parser(format_string))

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
