/* strings.h — str (str.c), bytes (bytes.c), bytearray (bytearray.c), format-spec support
 * (format.c) and the string builder.  Hashing of bytes and str is in runtime/hash.h. */
#ifndef OURO_STRINGS_H
#define OURO_STRINGS_H

#include "../runtime/object.h"
#include <stdarg.h>
#include <string.h>

/* ---- str: CPython 3.11's compact representation ----------------------------------------------
 * Code points are stored one, two or four bytes each (kind 1/2/4) after the header, plus a NUL.
 * An ASCII string has a 48-byte header (sys.getsizeof("") == 49); a non-ASCII string a 72-byte
 * one (its extra fields cache the UTF-8 form), exactly as CPython's PyASCIIObject and
 * PyCompactUnicodeObject, so sizes match.
 * Instances of str subclasses are CPython's "legacy" PyUnicodeObject (80 bytes, state.compact 0):
 * their code points live in a separate mem_alloc'd buffer `data` (for an ASCII one also its
 * UTF-8 form), so StrType has tp_itemsize 0 and subclasses get the usual dict/slots layout. */
typedef struct StrObject {
    OB_HEAD;
    ssize_t length;             /* in code points */
    int64_t hash;               /* -1 until computed */
    struct {
        unsigned int interned : 2;   /* 0 no, 1 interned */
        unsigned int kind : 3;       /* 1, 2 or 4 bytes per code point */
        unsigned int compact : 1;    /* 1: data inline; 0: a subclass instance (LegacyStrObject) */
        unsigned int ascii : 1;      /* all code points < 128 (compact: data follows StrObject) */
        unsigned int ready : 1;      /* always 1 */
    } state;
    void *wstr;                 /* unused (kept for CPython's size) */
} StrObject;

typedef struct CompactStrObject {
    StrObject base;
    ssize_t utf8_length;
    char *utf8;                 /* cached UTF-8 (mem_alloc'd), or NULL */
    ssize_t wstr_length;        /* unused */
} CompactStrObject;

typedef struct LegacyStrObject {    /* CPython's PyUnicodeObject: str subclass instances */
    CompactStrObject base;
    void *data;                 /* length + 1 code points (mem_alloc'd), owned */
} LegacyStrObject;

extern TypeObject StrType;
#define IS_STR(o)        TYPE_HAS_FLAG(TYPE(o), TPFLAGS_UNICODE_SUBCLASS)
#define IS_STR_EXACT(o)  (TYPE(o) == &StrType)
#define STR_LEN(o)       (((StrObject *)(o))->length)
#define STR_KIND(o)      (((StrObject *)(o))->state.kind)
#define STR_IS_ASCII(o)  (((StrObject *)(o))->state.ascii)
#define STR_IS_COMPACT(o) (((StrObject *)(o))->state.compact)
#define STR_DATA(o)      (!STR_IS_COMPACT(o) ? ((LegacyStrObject *)(o))->data : \
                          STR_IS_ASCII(o) ? (void *)((StrObject *)(o) + 1) \
                                          : (void *)((CompactStrObject *)(o) + 1))
static inline uint32_t STR_READ(int kind, const void *data, ssize_t i) {
    return kind == 1 ? ((const uint8_t *)data)[i] :
           kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
#define STR_AT(o, i)     STR_READ(STR_KIND(o), STR_DATA(o), (i))

/* A new string of `len` code points able to hold code points up to maxchar; its data is
 * uninitialised and must be filled before use (hash -1). */
Object *str_new(ssize_t len, uint32_t maxchar);
Object *str_from_utf8(const char *s, ssize_t n);     /* n < 0: strlen; UnicodeDecodeError */
Object *str_from_utf8_lossy(const char *s, ssize_t n);   /* invalid bytes become U+FFFD */
Object *str_from_cstr(const char *s);                /* ASCII/UTF-8 C string */
Object *str_from_kind_data(int kind, const void *data, ssize_t len);  /* narrows as needed */
Object *str_from_codepoint(uint32_t c);              /* latin-1 ones are the cached singletons */
/* CPython's PyUnicode_FromFormat: %s %d %i %u %ld %lu %lld %zd %zu %x %c %p %% and %R (repr),
 * %S (str), %A (ascii), %U (a str object), %V; widths/precision like "%.200s". */
Object *str_from_format(const char *fmt, ...);
Object *str_from_formatv(const char *fmt, va_list va);
/* The UTF-8 form, cached on the object; borrowed, NUL-terminated; NULL + UnicodeEncodeError for
 * lone surrogates. */
const char *str_as_utf8(Object *s);
const char *str_as_utf8_len(Object *s, ssize_t *len);
bool    str_eq(Object *a, Object *b);                /* both exact-or-sub str; compares text */
bool    str_eq_cstr(Object *s, const char *c);
int     str_compare(Object *a, Object *b);           /* -1, 0, 1 by code points */
Object *str_concat(Object *a, Object *b);
Object *str_join(Object *sep, Object *iterable);
Object *str_substring(Object *s, ssize_t start, ssize_t end);
int64_t str_hash(Object *s);
ssize_t str_find_char(Object *s, uint32_t c, ssize_t start, ssize_t end);

/* ---- interning --------------------------------------------------------------------------------
 * The intern table holds no counted reference (CPython 3.11): an interned string dies as any
 * other when its last reference goes, and leaves the table then. */
Object *str_intern_cstr(const char *s);              /* new reference to the interned string */
void    str_intern_in_place(Object **p);             /* replaces *p by the interned equal string */
bool    str_is_identifier(Object *s);                /* str.isidentifier() */
/* Strings the C code looks up constantly, created and interned once at start-up.
 * Use as ID(__init__).  Add names here as needed. */
#define IDENTIFIER_LIST(X) \
    X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__call__) X(__getattr__) X(__getattribute__) \
    X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__len__) X(__iter__) \
    X(__next__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__bool__) \
    X(__index__) X(__int__) X(__float__) X(__format__) X(__enter__) X(__exit__) \
    X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__dict__) X(__class__) X(__bases__) \
    X(__mro__) X(__slots__) X(__weakref__) X(__builtins__) X(__build_class__) X(__import__) \
    X(__main__) X(__file__) X(__package__) X(__spec__) X(__loader__) X(__path__) X(__all__) \
    X(__annotations__) X(__classcell__) X(__init_subclass__) X(__set_name__) X(__prepare__) \
    X(__class_getitem__) X(__instancecheck__) X(__subclasscheck__) X(__missing__) \
    X(__reversed__) X(__length_hint__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__abs__) X(__neg__) X(__pos__) X(__invert__) X(__add__) X(__radd__) X(__iadd__) \
    X(__sub__) X(__rsub__) X(__mul__) X(__rmul__) X(__truediv__) X(__floordiv__) X(__mod__) \
    X(__pow__) X(__divmod__) X(__dir__) X(__sizeof__) X(__reduce__) X(__cause__) X(__context__) \
    X(__traceback__) X(__abstractmethods__) X(__orig_bases__) X(__mro_entries__) \
    X(__origin__) X(__wrapped__) \
    X(builtins) X(sys) X(write) X(flush) X(read) X(readline) \
    X(displayhook) X(excepthook) X(keys) X(items) X(values) X(append) X(send) X(throw) X(close) \
    X(mro) X(args) X(name) X(msg) X(filename) X(lineno) X(offset) X(text) X(end) X(sep) X(file) \
    X(key) X(reverse) X(start) X(encoding) X(errors) X(strict) X(utf_8) X(fileno) \
    X(metaclass) X(object) X(self) X(cls) X(code) X(value) X(__self__) X(_)
/* Names that are C keywords or macros get a field name of their own: Y(field, "text"). */
#define IDENTIFIER_LIST2(Y) \
    Y(stdout_, "stdout") Y(stderr_, "stderr") Y(stdin_, "stdin") Y(default_, "default") Y(dunder_complex, "__complex__") Y(dunder_func, "__func__")
typedef struct Identifiers {
#define IDENT_FIELD_(n) Object *n;
#define IDENT_FIELD2_(n, text) Object *n;
    IDENTIFIER_LIST(IDENT_FIELD_)
    IDENTIFIER_LIST2(IDENT_FIELD2_)
#undef IDENT_FIELD_
#undef IDENT_FIELD2_
} Identifiers;
extern Identifiers identifiers;
#define ID(n) (identifiers.n)          /* borrowed; immortal in practice */
extern Object *empty_str;              /* borrowed "" singleton */
Object *str_latin1_char(uint32_t c);   /* borrowed one-character singleton, c < 256 */

/* ---- building strings ------------------------------------------------------------------------ */
typedef struct StrBuilder {
    char *buf;                  /* UTF-8 bytes collected so far (mem_alloc'd) */
    ssize_t len, cap;
    uint32_t maxchar;           /* the widest code point appended */
    bool failed;                /* an allocation failed; finish returns NULL */
} StrBuilder;
void    sb_init(StrBuilder *sb);
int     sb_append_cstr(StrBuilder *sb, const char *s);       /* UTF-8 text */
int     sb_append_utf8(StrBuilder *sb, const char *s, ssize_t n);
int     sb_append_char(StrBuilder *sb, uint32_t c);
int     sb_append_str(StrBuilder *sb, Object *s);            /* a str object */
int     sb_append_repr(StrBuilder *sb, Object *o);           /* repr(o) */
int     sb_append_format(StrBuilder *sb, const char *fmt, ...);  /* str_from_format conversions */
Object *sb_finish(StrBuilder *sb);                           /* the str; releases the builder */
void    sb_discard(StrBuilder *sb);

/* ---- bytes and bytearray ------------------------------------------------------------------- */
typedef struct BytesObject {
    OB_VAR_HEAD;
    int64_t ob_shash;           /* -1 until computed */
    char ob_sval[1];            /* ob_size bytes and a NUL; getsizeof(b"") == 33 */
} BytesObject;
extern TypeObject BytesType;
#define IS_BYTES(o)      TYPE_HAS_FLAG(TYPE(o), TPFLAGS_BYTES_SUBCLASS)
#define BYTES_DATA(o)    (((BytesObject *)(o))->ob_sval)
#define BYTES_LEN(o)     SIZE(o)
Object *bytes_from_data(const void *p, ssize_t n);    /* p NULL: uninitialised */
Object *bytes_repr_data(const char *p, ssize_t n, char prefix);  /* b'...' as CPython */

typedef struct ByteArrayObject {
    OB_VAR_HEAD;
    ssize_t ob_alloc;
    char *ob_bytes;
    char *ob_start;
    ssize_t ob_exports;         /* getsizeof(bytearray()) == 56 */
} ByteArrayObject;
extern TypeObject ByteArrayType;
#define IS_BYTEARRAY(o)  IS_INSTANCE(o, &ByteArrayType)
Object *bytearray_from_data(const void *p, ssize_t n);

/* memoryview (memoryview.c): a one-dimensional view of any exporter of the buffer protocol
 * (Buffer in runtime/object.h), with the exporter's item format or a cast one. */
typedef struct MemoryViewObject {
    OB_HEAD;
    struct ManagedBuffer *mbuf; /* the export shared by the views of one memoryview() call */
    char *buf;                  /* item 0 */
    ssize_t len, stride;        /* items; bytes from one item to the next (negative: reversed) */
    ssize_t itemsize;
    const char *format;         /* struct-module code, static storage */
    bool readonly, released;
    ssize_t exports;            /* buffers taken from this view and not yet released */
    int64_t hash;               /* -1 until computed */
    Object *weakreflist;
} MemoryViewObject;
extern TypeObject MemoryViewType;
#define IS_MEMORYVIEW(o)  (TYPE(o) == &MemoryViewType)
Object *memoryview_from_object(Object *o);       /* memoryview(o) */
/* Whether bytes_view() reads o without error: bytes, bytearray, or an exporter of contiguous
 * memory (array.array, a live contiguous memoryview...). */
bool    bytes_like_check(Object *o);
#define IS_BYTES_LIKE(o)  (IS_BYTES(o) || IS_BYTEARRAY(o) || bytes_like_check(o))
/* A new bytes object with a copy of the memory o exports (strided views gathered): bytes(o)
 * for an exporter.  TypeError "a bytes-like object is required, not 'int'" otherwise. */
Object *bytes_from_buffer(Object *o);

/* ---- the format-spec mini-language (format.c) ------------------------------------------------
 * format(value, spec) for the built-in types; raise ValueError with CPython's messages. */
Object *format_str(Object *s, Object *spec);
Object *format_int(Object *v, Object *spec);
Object *format_float(double d, Object *spec);
Object *format_complex(double re, double im, Object *spec);
/* str % args and bytes % args (CPython's printf-style formatting). */
Object *str_percent_format(Object *fmt, Object *args);
/* str.format(*args, **kwargs): the format string mini-language with fields and conversions. */
Object *str_format_method(Object *fmt, Object *const *args, ssize_t nargs, Object *kwnames);
Object *str_format_map(Object *fmt, Object *mapping);     /* str.format_map(mapping) */

/* ---- helpers shared inside the strings area ---------------------------------------------------
 * (str.c, strmethods.c, strbuilder.c, format.c, bytes.c, bytearray.c; others may use them too) */
extern TypeObject StrIterType, StrAsciiIterType, BytesIterType, ByteArrayIterType;
Object *str_repr(Object *s);                          /* repr(s) with CPython's quoting */
/* The text of repr-like output with every non-ASCII code point escaped as \xhh, \uhhhh or
 * \Uhhhhhhhh: ascii(o) is str_ascii_escape(repr(o)). */
Object *str_ascii_escape(Object *s);
/* bytes.decode and str.encode: every codec of codecs.c (and those registered with
 * codecs.register), every error handler.  encoding/errors NULL mean "utf-8"/"strict"; an
 * unknown encoding raises LookupError "unknown encoding: NAME". */
Object *str_decode(const char *s, ssize_t n, const char *encoding, const char *errors);
Object *str_encode(Object *s, const char *encoding, const char *errors);  /* -> bytes */

/* ---- codecs (codecs.c) ------------------------------------------------------------------------
 * One table of codecs: utf-8, ascii, latin-1, utf-16(-le/-be), utf-32(-le/-be), utf-8-sig,
 * unicode-escape, raw-unicode-escape, cp1252, cp437.  A Codec is a row of it (never freed). */
typedef struct Codec Codec;
extern const Codec *const codec_utf8;
/* The codec `encoding` names after CPython's normalisation and aliases, or NULL (no error set).
 * NULL encoding means utf-8. */
const Codec *codec_find(const char *encoding);
/* codecs.lookup's normalisation into out: -1 if it does not fit. */
int         codec_normalize(const char *encoding, char *out, size_t size);
const char *codec_name(const Codec *c);          /* CodecInfo.name: "utf-16-le", "iso8859-1" */
int         codec_bom_len(const Codec *c);       /* bytes of the BOM it writes first, or 0 */
bool        codec_ascii_compatible(const Codec *c);  /* ASCII bytes are ASCII characters */
/* Decode n bytes (new str).  With final false an incomplete sequence at the end is left and
 * *consumed tells how much was used (consumed may be NULL when final).  *state (may be NULL:
 * a fresh one) carries what a stream must remember: utf-16/32 the byte order a BOM chose
 * (0 none yet, -1 little, 1 big), utf-8-sig whether the BOM was looked for (0 not yet). */
Object *codec_decode(const Codec *c, const char *s, ssize_t n, const char *errors, bool final,
                     ssize_t *consumed, int *state);
/* Encode s (new bytes).  Codecs with a BOM write it when *state is 0 (or state is NULL) and
 * set *state to 1. */
Object *codec_encode(const Codec *c, Object *s, const char *errors, int *state);
/* The same by name, falling back on the registry (codec_hook_lookup) for other names. */
Object *codec_decode_by_name(const char *s, ssize_t n, const char *encoding, const char *errors);
Object *codec_encode_by_name(Object *s, const char *encoding, const char *errors);
/* After a failed str.encode / bytes.decode (what: "encoding" / "decoding"): as CPython, a plain
 * TypeError, ValueError, LookupError... from a codec outside CPython's C fast paths (utf-8,
 * utf-16, utf-32, ascii, latin-1 by their usual names) becomes "decoding with 'NAME' codec
 * failed (TypeError: ...)" of the same type, caused by the original. */
void    codec_wrap_failure(const char *what, const char *encoding);
/* Set by the _codecs module: the CodecInfo of a codec outside the table (new reference, or NULL
 * with LookupError), and the handler registered under an error-handler name (new reference,
 * or NULL with LookupError "unknown error handler name 'x'").  NULL until it is imported. */
extern Object *(*codec_hook_lookup)(const char *encoding);
extern Object *(*codec_hook_error)(const char *name);
/* Character names for \N{...} and namereplace (a small table: ouro has no name database):
 * 1 and the code point / the name, else 0. */
int unicode_name_lookup(const char *s, size_t n, uint32_t *out);
int unicode_name_of(uint32_t c, char *buf, size_t size);
/* One UTF-8 sequence at p (n > 0 bytes, p[0] >= 0x80): the code point and its length in *len,
 * or -1 and in *len 0 (truncated), 1 (invalid start byte) or k >= 2 (invalid k-th byte). */
int32_t utf8_decode_one(const uint8_t *p, ssize_t n, int *len, bool allow_surrogates);
Object *str_from_ucs4(const uint32_t *p, ssize_t n);  /* narrows to the smallest kind */
uint32_t str_max_char(int kind, const void *data, ssize_t n);
/* The value of hexadecimal digit c (either case), or -1: for \x escapes, fromhex, JSON. */
static inline int hex_digit_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}
/* An instance of the str subclass `type` with the text of s (s borrowed). */
Object *str_subtype_copy(TypeObject *type, Object *s);
extern MethodDef str_methods[];                       /* strmethods.c */
Object *str_m_sizeof(Object *self, Object *unused);   /* str.__sizeof__ etc. (str.c) */
Object *str_m_getnewargs(Object *self, Object *unused);
Object *str_m_format_spec(Object *self, Object *spec);
/* UTF-8 of s with lone surrogates as 3-byte sequences (never fails): its size, and a copy into
 * dst (room for str_utf8_size(s) bytes) returning the end. */
ssize_t str_utf8_size(Object *s);
char   *str_utf8_copy(Object *s, char *dst);
int     str_contains(Object *s, Object *sub);         /* sub a str: 1 or 0 */
/* Growable UCS-4 buffer for results whose size or width is not known in advance. */
typedef struct U4Buf { uint32_t *p; ssize_t len, cap; uint32_t maxchar; uint32_t small[64]; } U4Buf;
void    u4_init(U4Buf *b);
int     u4_grow(U4Buf *b, ssize_t extra);             /* room for `extra` more; -1 MemoryError */
static inline void u4_put(U4Buf *b, uint32_t c) {     /* room must have been made */
    b->p[b->len++] = c;
    if (c > b->maxchar) b->maxchar = c;
}
int     u4_append(U4Buf *b, uint32_t c);
int     u4_append_str(U4Buf *b, Object *s);
int     u4_append_ascii(U4Buf *b, const char *s, ssize_t n);
Object *u4_finish(U4Buf *b);                          /* the str; releases the buffer */
void    u4_discard(U4Buf *b);
/* Formatting engine behind str_from_format / sb_append_format (strbuilder.c). */
int     sb_append_vformat(StrBuilder *sb, const char *fmt, va_list va);
/* Bytes internals: resize a bytes object that has just been created (count 1). */
int     bytes_resize(Object **pb, ssize_t n);
/* Raw contiguous bytes of a bytes-like object (bytes, bytearray, or any exporter of the buffer
 * protocol): 0, or -1 with TypeError "a bytes-like object is required, not 'int'" (BufferError
 * for a strided memoryview, ValueError for a released one).  The export is given back at once:
 * (*p, *n) stay valid while o lives unresized, so use them before running any Python code;
 * callers that must hold the memory longer take obj_get_buffer() (abstract.h). */
int     bytes_view(Object *o, const char **p, ssize_t *n);
void    bytes_init(void);       /* called by strings_init: singletons, method table */
void    bytearray_init(void);   /* called by strings_init: completes bytearray's method table */
/* Shared between bytes.c and bytearray.c. */
extern MethodDef bytes_common_methods[];             /* the read-only methods of both types */
MethodDef *methods_concat(const MethodDef *a, const MethodDef *b);   /* a new table a + b */
Object *bytes_make(Object *like, const char *p, ssize_t n);  /* bytearray if like is one */
int     bytes_byte_value(Object *o, int *out);       /* int 0..255, else ValueError/TypeError */
Object *bytes_from_iterable_into(Object *it, bool bytearray_msgs);  /* ints -> new bytes */
Object *bytes_iter_new(TypeObject *type, Object *seq);
Object *bytes_compare_views(const char *a, ssize_t na, const char *b, ssize_t nb, int op);
int     bytes_contains_impl(Object *self, Object *x);  /* `x in self`: 1, 0, -1 */

void strings_init(void);   /* singletons, identifiers, intern table */

/* ---- search helpers shared by the str and bytes methods (strmethods.c, bytes.c) -------------- */

/* CPython's ADJUST_INDICES: clamp a find-style [start:end) to a sequence of `len` items. */
static inline void strlib_adjust(ssize_t *start, ssize_t *end, ssize_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

/* First (or last, when reverse) index of the byte string p[0:m] in h[start:end], or -1: the
 * search of bytes and of 1-byte-kind str (memchr/memmem, memrchr). */
static inline ssize_t strlib_search1(const char *h, ssize_t start, ssize_t end, const char *p,
                                     ssize_t m, bool reverse) {
    if (end - start < m) return -1;
    if (m == 0) return reverse ? end : start;
    if (!reverse) {
        const char *r = m == 1 ? memchr(h + start, p[0], (size_t)(end - start))
                               : memmem(h + start, (size_t)(end - start), p, (size_t)m);
        return r ? r - h : -1;
    }
    if (m == 1) {
        const char *r = memrchr(h + start, p[0], (size_t)(end - start));
        return r ? r - h : -1;
    }
    for (ssize_t i = end - m; i >= start; i--)
        if (h[i] == p[0] && memcmp(h + i, p, (size_t)m) == 0) return i;
    return -1;
}

/* The (sub[, start[, end]]) arguments of find & co (strmethods.c): the count check, the optional
 * slice indices (None or __index__; start 0 and end SSIZE_MAX when absent), and both in one. */
int strlib_find_arity(const char *name, ssize_t nargs);
int strlib_find_range(Object *const *args, ssize_t nargs, ssize_t *start, ssize_t *end);
int strlib_find_args(const char *name, Object *const *args, ssize_t nargs, Object **sub,
                     ssize_t *start, ssize_t *end);

/* str.encode's and bytes.decode's (encoding=None, errors=None), as UTF-8 or NULL (strmethods.c). */
int strlib_codec_args(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                      const char *s[2]);

/* PREFIX_find, _rfind, _index and _rindex as IMPL(self, args, nargs, name, reverse, raise). */
#define STRLIB_FIND_METHODS(PREFIX, IMPL)                                                      \
    static Object *PREFIX##_find(Object *s, Object *const *a, ssize_t n) {                     \
        return IMPL(s, a, n, "find", false, false);                                           \
    }                                                                                          \
    static Object *PREFIX##_rfind(Object *s, Object *const *a, ssize_t n) {                    \
        return IMPL(s, a, n, "rfind", true, false);                                           \
    }                                                                                          \
    static Object *PREFIX##_index(Object *s, Object *const *a, ssize_t n) {                    \
        return IMPL(s, a, n, "index", false, true);                                           \
    }                                                                                          \
    static Object *PREFIX##_rindex(Object *s, Object *const *a, ssize_t n) {                   \
        return IMPL(s, a, n, "rindex", true, true);                                           \
    }

/* The tuple (a, b, c) of partition(), taking the three references; NULL if any is NULL. */
Object *strlib_triple(Object *a, Object *b, Object *c);

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };   /* strip()'s sides */

/* PREFIX_strip, _lstrip and _rstrip as IMPL(self, args, nargs, sides, name). */
#define STRLIB_STRIP_METHODS(PREFIX, IMPL)                                                     \
    static Object *PREFIX##_strip(Object *s, Object *const *a, ssize_t n) {                    \
        return IMPL(s, a, n, STRIP_BOTH, "strip");                                            \
    }                                                                                          \
    static Object *PREFIX##_lstrip(Object *s, Object *const *a, ssize_t n) {                   \
        return IMPL(s, a, n, STRIP_LEFT, "lstrip");                                           \
    }                                                                                          \
    static Object *PREFIX##_rstrip(Object *s, Object *const *a, ssize_t n) {                   \
        return IMPL(s, a, n, STRIP_RIGHT, "rstrip");                                          \
    }

#endif
