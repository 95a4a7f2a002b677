"""codecs -- the codec registry, base classes and helpers (CPython 3.11's API).

The codecs themselves are C (src/objects/codecs.c) and the registry is _codecs; this module
gives them CPython's Python face: CodecInfo, the Codec / Incremental* / Stream* base classes,
and for each built-in codec a CodecInfo whose incremental and stream classes keep the state
(the BOM written or read, an incomplete sequence) between calls.
"""

import builtins
import sys
import _codecs
from _codecs import (register, unregister, lookup, register_error, lookup_error,
                     utf_8_encode, utf_8_decode, ascii_encode, ascii_decode,
                     latin_1_encode, latin_1_decode, charmap_encode, charmap_decode,
                     utf_16_encode, utf_16_decode, utf_16_le_encode, utf_16_le_decode,
                     utf_16_be_encode, utf_16_be_decode, utf_16_ex_decode,
                     utf_32_encode, utf_32_decode, utf_32_le_encode, utf_32_le_decode,
                     utf_32_be_encode, utf_32_be_decode, utf_32_ex_decode,
                     unicode_escape_encode, unicode_escape_decode,
                     raw_unicode_escape_encode, raw_unicode_escape_decode)

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

strict_errors = lookup_error("strict")
ignore_errors = lookup_error("ignore")
replace_errors = lookup_error("replace")
xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
backslashreplace_errors = lookup_error("backslashreplace")
namereplace_errors = lookup_error("namereplace")


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes an incomplete sequence left until the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + \
                                      self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream with a reader and a writer (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    """Not supported by ouro beyond construction."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'


# ---- the built-in codecs' CodecInfo -------------------------------------------------------

# Python-level module names of the built-in codecs (the encodings package's), for reprs.
_modnames = {
    'utf-8': 'utf_8', 'ascii': 'ascii', 'iso8859-1': 'latin_1', 'utf-16': 'utf_16',
    'utf-16-le': 'utf_16_le', 'utf-16-be': 'utf_16_be', 'utf-32': 'utf_32',
    'utf-32-le': 'utf_32_le', 'utf-32-be': 'utf_32_be', 'utf-8-sig': 'utf_8_sig',
    'unicode-escape': 'unicode_escape', 'raw-unicode-escape': 'raw_unicode_escape',
    'cp1252': 'cp1252', 'cp437': 'cp437',
}

# The _codecs function each one's encoder is in CPython (for its messages).
_encoder_names = dict(_modnames, **{'utf-8-sig': 'utf_8', 'cp1252': 'charmap', 'cp437': 'charmap'})


def _builtin_info(name):
    """The CodecInfo of a codec of ouro's table (called by _codecs.lookup)."""
    modname = 'encodings.' + _modnames.get(name, name.replace('-', '_'))
    encode_ex = _codecs._encode_ex
    decode_ex = _codecs._decode_ex

    fname = _encoder_names.get(name, 'charmap') + '_encode'

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s() argument 1 must be str, not %s"
                            % (fname, type(input).__name__))
        return encode_ex(input, name, errors, 0)[0], len(input)

    def decode(input, errors='strict'):
        s, consumed, state = decode_ex(input, name, errors, True, 0)
        return s, consumed

    class IncrementalEncoder(_StatefulEncoder):
        _name = name

    class IncrementalDecoder(_StatefulDecoder):
        _name = name

    class StreamWriter(_StatefulWriter):
        _name = name

    class StreamReader(_StatefulReader):
        _name = name

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = modname
        cls.__qualname__ = cls.__name__
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder,
                     incrementaldecoder=IncrementalDecoder,
                     streamreader=StreamReader, streamwriter=StreamWriter)


class _StatefulEncoder(IncrementalEncoder):
    _name = None

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._state = 0

    def encode(self, input, final=False):
        data, self._state = _codecs._encode_ex(input, self._name, self.errors, self._state)
        return data

    def reset(self):
        self._state = 0

    # As CPython's encoders: utf-16/32 say 2 and utf-8-sig 1 while their BOM is still to come.
    def getstate(self):
        if self._name in ('utf-16', 'utf-32', 'utf-8-sig') and not self._state:
            return 1 if self._name == 'utf-8-sig' else 2
        return 0

    def setstate(self, state):
        self._state = 0 if state else 1


class _StatefulDecoder(BufferedIncrementalDecoder):
    _name = None

    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._state = 0

    def _buffer_decode(self, input, errors, final):
        s, consumed, self._state = _codecs._decode_ex(input, self._name, errors, final,
                                                      self._state)
        return s, consumed

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self._state = 0


class _StatefulWriter(StreamWriter):
    _name = None

    def __init__(self, stream, errors='strict'):
        StreamWriter.__init__(self, stream, errors)
        self._state = 0

    def encode(self, input, errors='strict'):
        data, self._state = _codecs._encode_ex(input, self._name, errors, self._state)
        return data, len(input)

    def reset(self):
        self._state = 0


class _StatefulReader(StreamReader):
    _name = None

    def __init__(self, stream, errors='strict'):
        StreamReader.__init__(self, stream, errors)
        self._state = 0

    def decode(self, input, errors='strict'):
        s, consumed, self._state = _codecs._decode_ex(input, self._name, errors, False,
                                                      self._state)
        return s, consumed

    def reset(self):
        StreamReader.reset(self)
        self._state = 0


# ---- helpers ------------------------------------------------------------------------------

# Exceptions CPython rebuilds with the codec's name (plain types, at most one argument).
_plain_errors = (TypeError, ValueError, LookupError, IndexError, KeyError, RuntimeError,
                 NotImplementedError, OverflowError, AssertionError, ZeroDivisionError,
                 Exception)


def _wrap_failure(exc, what, encoding):
    if type(exc) in _plain_errors and len(exc.args) <= 1:
        return type(exc)("%s with %r codec failed (%s: %s)"
                         % (what, encoding, type(exc).__name__, exc))
    return None


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj using the codec registered for encoding."""
    encoder = lookup(encoding).encode
    try:
        result = encoder(obj, errors)
    except Exception as exc:
        wrapped = _wrap_failure(exc, "encoding", encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj using the codec registered for encoding."""
    decoder = lookup(encoding).decode
    try:
        result = decoder(obj, errors)
    except Exception as exc:
        wrapped = _wrap_failure(exc, "decoding", encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object, integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file: a StreamReaderWriter over the binary file."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m
