"""Base16, Base32, Base64 (RFC 3548/4648), Base85 and Ascii85 data encodings.

Written for ouro to behave as CPython 3.11's base64 module: the same functions, results,
exception types and messages.  Base64 and Base16 lean on binascii (C); Base32 works on
five-byte groups as 40-bit integers; the two 85 encodings work on four-byte groups as 32-bit
big-endian integers.
"""

import binascii
import struct

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    # What the decoders accept: ASCII text, bytes, bytearray, or another buffer (copied).
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None
    return view.tobytes()


def _as_bytes(s):
    # What the encoders accept: any bytes-like object.
    return s if isinstance(s, bytes_types) else memoryview(s).tobytes()


# ---- Base64 ---------------------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in a binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(_bytes_from_decode_data(s).translate(_from_urlsafe))


# ---- Base32 ---------------------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Per alphabet: the 1024 two-character codes of 10-bit values, and the reverse map.
_b32pairs = {}
_b32values = {}

# Padding '=' count after a final group of 1..4 bytes, and the characters that carry data.
_B32_PAD = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    pairs = _b32pairs.get(alphabet)
    if pairs is None:
        pairs = [bytes((a, b)) for a in alphabet for b in alphabet]
        _b32pairs[alphabet] = pairs
    tail = len(s) % 5
    if tail:
        s = s + bytes(5 - tail)
    out = bytearray()
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        out += pairs[v >> 30] + pairs[(v >> 20) & 0x3ff] + pairs[(v >> 10) & 0x3ff]
        out += pairs[v & 0x3ff]
    if tail:
        pad = _B32_PAD[tail]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32values.get(alphabet)
    if values is None:
        values = {c: i for i, c in enumerate(alphabet)}
        _b32values[alphabet] = values
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    # RFC 4648 section 2.4: the digit 0 may stand for O, and 1 for L or I (map01 says which).
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    npad = total - len(s)
    out = bytearray()
    v = 0
    for i in range(0, len(s), 8):
        v = 0
        for c in s[i:i + 8]:
            d = values.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = v << 5 | d
        out += v.to_bytes(5, 'big')
    if npad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if npad and out:
        # The last group was decoded short: shift it into place and keep the data bytes.
        keep = (43 - 5 * npad) // 8
        out[-5:] = (v << 5 * npad).to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like objects using base32 and return a bytes object.
    """
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    RFC 3548 allows for optional mapping of the digit 0 (zero) to the
    letter O (oh), and for optional mapping of the digit 1 (one) to
    either the letter I (eye) or letter L (el).  The optional argument
    map01 when not None, specifies which letter the digit 1 should be
    mapped to (when map01 is not None, the digit 0 is always mapped to
    the letter O).  For security purposes the default is None, so that
    0 and 1 are not allowed in the input.

    The result is returned as a bytes object.  A binascii.Error is raised if
    the input is incorrectly padded or if there are non-alphabet
    characters present in the input.
    """
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like objects using base32hex and return a bytes object.
    """
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    the input is incorrectly padded or if there are non-alphabet
    characters present in the input.
    """
    # base32hex has no 0/1 ambiguity to map (RFC 4648 section 7).
    return _b32decode(_B32HEX, s, casefold)


# ---- Base16 ---------------------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object.
    """
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and Base85 -----------------------------------------------------------------------

_A85START = b'<~'
_A85END = b'~>'
_B85ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_A85ALPHABET = bytes(range(33, 118))
_85tables = {}      # alphabet -> (one-character codes, two-character codes)
_b85values = None   # byte -> digit value, or None outside the alphabet


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    # Each 32-bit word becomes five base-85 digits, most significant first; a final partial
    # word is zero-filled and, unless pad, its extra digits dropped.
    tables = _85tables.get(alphabet)
    if tables is None:
        ones = [bytes((c,)) for c in alphabet]
        tables = (ones, [x + y for x in ones for y in ones])
        _85tables[alphabet] = tables
    ones, twos = tables
    b = _as_bytes(b)
    extra = -len(b) % 4
    if extra:
        b = b + bytes(extra)
    words = struct.unpack('!%dI' % (len(b) // 4), b)
    groups = []
    for w in words:
        if foldnuls and w == 0:
            groups.append(b'z')
        elif foldspaces and w == 0x20202020:
            groups.append(b'y')
        else:
            groups.append(twos[w // 614125] + twos[w // 85 % 7225] + ones[w % 85])
    if extra and not pad:
        last = groups[-1]
        if last == b'z':
            last = ones[0] * 5
        groups[-1] = last[:-extra]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces is an optional flag that uses the special short sequence 'y'
    instead of 4 consecutive spaces (ASCII 0x20) as supported by 'btoa'. This
    feature is not supported by the "standard" Adobe encoding.

    wrapcol controls whether the output should have newline (b'\\n') characters
    added to it. If this is non-zero, each output line will be at most this
    many characters long.

    pad controls whether the input is padded to a multiple of 4 before
    encoding. Note that the btoa implementation always pads.

    adobe controls whether the encoded byte sequence is framed with <~ and ~>,
    which is used by the Adobe implementation.
    """
    out = _85encode(b, _A85ALPHABET, pad, True, foldspaces)
    if adobe:
        out = _A85START + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        # The closing ~> must fit on the last line.
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += _A85END
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces is a flag that specifies whether the 'y' short sequence should be
    accepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is
    not supported by the "standard" Adobe encoding.

    adobe controls whether the input sequence is in Adobe Ascii85 format (i.e.
    is framed with <~ and ~>).

    ignorechars should be a byte string containing characters to ignore from the
    input. This should only contain whitespace characters, and by default
    contains all whitespace characters in ASCII.

    The result is returned as a bytes object.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    # Four 'u's (digit 84) complete a final partial group; the extra bytes go afterwards.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                v = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 \
                    + group[4]
                if v > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(v.to_bytes(4, 'big'))
                group = []
        elif c == 122:              # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:   # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    unused = 4 - len(group)
    return result[:-unused] if unused else result


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object.

    If pad is true, the input is padded with b'\\0' so its length is a multiple of
    4 bytes before encoding.
    """
    return _85encode(b, _B85ALPHABET, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    global _b85values
    if _b85values is None:
        _b85values = [None] * 256
        for i, c in enumerate(_B85ALPHABET):
            _b85values[c] = i
    values = _b85values
    b = _bytes_from_decode_data(b)
    extra = -len(b) % 5
    b = b + b'~' * extra
    out = []
    for i in range(0, len(b), 5):
        v = 0
        for j in range(i, i + 5):
            d = values[b[j]]
            if d is None:
                raise ValueError('bad base85 character at position %d' % j)
            v = v * 85 + d
        if v > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(v.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-extra] if extra else result


# ---- the legacy interface (RFC 2045 MIME lines) ---------------------------------------------

MAXLINESIZE = 76    # the longest encoded line, excluding the newline
MAXBINSIZE = (MAXLINESIZE // 4) * 3     # the input bytes that fill one line


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        # A short read is not the end: fill the line while the input gives more.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, type(s).__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D, not %d-D data from %s" % (m.ndim, type(s).__name__))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _input_type_check(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                     for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


# ---- the command line: python -m base64 [-h|-d|-e|-u|-t] [file|-] -----------------------------

def main():
    """Small main program"""
    import sys
    usage = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    args = sys.argv[1:]
    func = encode
    # Options cluster as getopt's do ("-du"); they end at the first non-option or "--".
    while args and args[0].startswith('-') and args[0] != '-':
        opt = args.pop(0)
        if opt == '--':
            break
        for letter in opt[1:]:
            if letter not in 'hdeut':
                print('option -%s not recognized' % letter, file=sys.stderr)
                print(usage, file=sys.stderr)
                sys.exit(2)
            if letter == 'e':
                func = encode
            elif letter in 'du':
                func = decode
            elif letter == 't':
                test()
                return
            elif letter == 'h':
                print(usage)
                return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    s0 = b"Aladdin:open sesame"
    print(repr(s0))
    s1 = encodebytes(s0)
    print(repr(s1))
    s2 = decodebytes(s1)
    print(repr(s2))
    assert s0 == s2


if __name__ == '__main__':
    main()
