/* codecs.c — the text codecs: one table of codecs, their encoders and decoders, and the error
 * handlers, behind str.encode, bytes.decode, io's text layer and the _codecs module.
 *
 * Every codec is a row of `codec_table`: its canonical name (CodecInfo.name), the name its
 * UnicodeErrors carry, a decoder and a one-character encoder.  Names are found as CPython's
 * registry finds them (encodings.normalize_encoding: lower case, runs of punctuation become one
 * '_'), then through the alias table, which maps CPython's aliases to rows.
 *
 * Decoders work on a DecCtx and write UCS-4 into a U4Buf; they can stop early when `final` is
 * false (an incomplete sequence at the end of the input stays unconsumed), which is what the
 * incremental decoders and io's chunked reading need.  Their state (the byte order a BOM chose,
 * whether utf-8-sig has looked for its BOM) lives in an int the caller keeps.
 *
 * Encoders are one function per codec turning one code point into at most 12 bytes (0 when the
 * codec cannot encode it); a generic loop gathers each run of unencodable characters and hands
 * it to the error handler, as CPython's encoders do (utf-16/32 give one character at a time).
 *
 * Error handlers: the built-in ones are done here directly, with CPython's semantics (their
 * positions, the ASCII-only rule for replacements in utf-8/16/32, surrogateescape stopping at
 * the first character it cannot take); any other name goes to the registry of the _codecs
 * module through codec_hook_error, and is called with the UnicodeError as CPython calls it. */
#include "strings.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "containers.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Object *(*codec_hook_error)(const char *name);
Object *(*codec_hook_lookup)(const char *encoding);

static const char hexdig[] = "0123456789abcdef";

/* ---- character names (\N{...} and namereplace) ----------------------------------------------- */

/* ouro has no Unicode name database: these names are known (the parser's table), plus the
 * algorithmic CJK UNIFIED IDEOGRAPH-XXXX names. */
static const struct { const char *name; uint32_t code; } char_names[] = {
    {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"EM DASH", 0x2014},
    {"EN DASH", 0x2013}, {"BULLET", 0x2022}, {"HORIZONTAL ELLIPSIS", 0x2026},
    {"DEGREE SIGN", 0xB0}, {"COPYRIGHT SIGN", 0xA9}, {"REGISTERED SIGN", 0xAE},
    {"EURO SIGN", 0x20AC}, {"POUND SIGN", 0xA3}, {"YEN SIGN", 0xA5}, {"SECTION SIGN", 0xA7},
    {"PILCROW SIGN", 0xB6}, {"MICRO SIGN", 0xB5}, {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7}, {"PLUS-MINUS SIGN", 0xB1},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB}, {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2}, {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER DELTA", 0x3B4}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"INFINITY", 0x221E}, {"RIGHTWARDS ARROW", 0x2192},
    {"LEFTWARDS ARROW", 0x2190}, {"CHECK MARK", 0x2713}, {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0}, {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6}, {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7}, {"ZERO WIDTH SPACE", 0x200B},
    {"ZERO WIDTH JOINER", 0x200D}, {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"SNAKE", 0x1F40D}, {"GRINNING FACE", 0x1F600},
    {"LATIN CAPITAL LETTER A", 'A'}, {"LATIN SMALL LETTER A", 'a'},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9}, {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8}, {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
    {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF}, {"INVERTED QUESTION MARK", 0xBF},
    {"INVERTED EXCLAMATION MARK", 0xA1}, {"CENT SIGN", 0xA2}, {"DOLLAR SIGN", '$'},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"FULL BLOCK", 0x2588},
    {"SINGLE LOW-9 QUOTATION MARK", 0x201A}, {"TRADE MARK SIGN", 0x2122},
    {"LATIN CAPITAL LETTER A WITH MACRON", 0x100}, {"LATIN SMALL LETTER A WITH MACRON", 0x101},
    /* aliases accepted by \N{} only come after every formal name, so name_of finds the latter */
    {"NBSP", 0xA0}, {"BYTE ORDER MARK", 0xFEFF}, {"NULL", 0}, {"LINE FEED", 10},
    {"CARRIAGE RETURN", 13}, {"CHARACTER TABULATION", 9}, {"ESCAPE", 27}, {"DELETE", 127},
};
/* The first row of char_names that is only an alias (name_of never answers with those). */
#define FIRST_ALIAS_ROW (sizeof char_names / sizeof char_names[0] - 8)

static bool is_cjk(uint32_t v) {
    return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
           (v >= 0x20000 && v <= 0x2A6DF);
}

int unicode_name_lookup(const char *s, size_t n, uint32_t *out) {
    char name[64];
    if (n >= sizeof name) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        name[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    name[n] = '\0';
    for (size_t i = 0; i < sizeof char_names / sizeof char_names[0]; i++)
        if (strcmp(char_names[i].name, name) == 0) { *out = char_names[i].code; return 1; }
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (n > sizeof cjk - 1 && n <= sizeof cjk + 4 && memcmp(name, cjk, sizeof cjk - 1) == 0) {
        uint32_t v = 0;
        for (size_t i = sizeof cjk - 1; i < n; i++) {
            int h = hex_digit_value(name[i]);
            if (h < 0) return 0;
            v = v * 16 + (uint32_t)h;
        }
        if (is_cjk(v)) { *out = v; return 1; }
    }
    return 0;
}

int unicode_name_of(uint32_t c, char *buf, size_t size) {
    for (size_t i = 0; i < FIRST_ALIAS_ROW; i++)
        if (char_names[i].code == c) {
            snprintf(buf, size, "%s", char_names[i].name);
            return 1;
        }
    if (is_cjk(c)) { snprintf(buf, size, "CJK UNIFIED IDEOGRAPH-%X", (unsigned)c); return 1; }
    return 0;
}

/* ---- growable output buffers ----------------------------------------------------------------- */

typedef struct ByteBuf { char *p; ssize_t len, cap; } ByteBuf;

static int bb_reserve(ByteBuf *b, ssize_t extra) {
    if (b->len + extra <= b->cap) return 0;
    ssize_t cap = b->cap * 2 + extra + 16;
    char *p = mem_realloc(b->p, (size_t)cap);
    if (!p) { err_no_memory(); return -1; }
    b->p = p;
    b->cap = cap;
    return 0;
}

static int bb_put(ByteBuf *b, const void *p, ssize_t n) {
    if (bb_reserve(b, n) < 0) return -1;
    memcpy(b->p + b->len, p, (size_t)n);
    b->len += n;
    return 0;
}

/* ---- the codec table ------------------------------------------------------------------------- */

typedef struct DecCtx DecCtx;
typedef struct EncCtx EncCtx;

/* How surrogatepass writes and reads a surrogate for a codec (CPython's handler looks at the
 * encoding name for the same purpose). */
enum { SP_NONE, SP_UTF8, SP_U16LE, SP_U16BE, SP_U32LE, SP_U32BE };

enum {
    CF_ASCII_COMPAT = 1,      /* ASCII text is its own encoding (io can work on the bytes) */
    CF_REPL_ASCII = 2,        /* replacement strings from handlers must be ASCII */
    CF_ONE_ERR = 4,           /* unencodable characters go to the handler one at a time */
    CF_BOM = 8,               /* writes a BOM first (and takes it off when decoding) */
};

struct Codec {
    const char *name;         /* CodecInfo.name */
    const char *errname;      /* the encoding its UnicodeErrors name */
    int (*decode)(DecCtx *d);
    /* One code point into out (room for 12 bytes): the byte count, 0 if unencodable. */
    int (*enc1)(const Codec *c, uint32_t ch, uint8_t *out);
    const uint16_t *table;    /* charmap codecs: bytes 0x80..0xFF (0xFFFE: undefined) */
    const char *unencodable;  /* the reason an unencodable character gives */
    int sp;                   /* SP_*: surrogatepass's form */
    int unit;                 /* bytes replacing a character must be a multiple of this */
    unsigned flags;
    const char *bom;          /* CF_BOM: the mark, and its length */
    int bomlen;
};

struct DecCtx {
    const Codec *codec;
    const char *encoding;     /* the name errors carry (utf-16 reports the order it found) */
    const uint8_t *s;
    ssize_t n;
    const char *errors;
    int eh;
    Object *handler;          /* a registered handler, looked up at the first error */
    int sp;
    bool final;
    ssize_t consumed;         /* where decoding stopped when !final left a tail, else -1 */
    int *state;
    U4Buf b;
    const char *first_invalid;  /* unicode_escape: the first unknown escape, for the warning */
    bool invalid_octal;
};

struct EncCtx {
    const Codec *codec;
    Object *s;
    const char *errors;
    int eh;
    Object *handler;
    ByteBuf b;
};

/* ---- error handlers -------------------------------------------------------------------------- */

enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_SURROGATEESCAPE, EH_SURROGATEPASS,
       EH_XMLCHARREF, EH_NAMEREPLACE, EH_CUSTOM };
static const char *const handler_names[] = {
    "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass",
    "xmlcharrefreplace", "namereplace", NULL
};

static int handler_index(const char *errors) {
    if (!errors) return EH_STRICT;
    for (int i = 0; handler_names[i]; i++)
        if (strcmp(errors, handler_names[i]) == 0) return i;
    return EH_CUSTOM;
}

/* Registered handlers are looked up lazily, as CPython: an unknown name only fails when an
 * error occurs. */
static Object *custom_handler(const char *errors, Object **slot) {
    if (*slot) return *slot;
    if (codec_hook_error) *slot = codec_hook_error(errors);
    else err_format(&Exc_LookupError, "unknown error handler name '%s'", errors);
    return *slot;
}

/* (replacement, position) from a handler's result; the position made absolute. */
static int handler_result(Object *r, bool encode, ssize_t len, Object **rep, ssize_t *pos) {
    if (!IS_TUPLE(r) || TUPLE_LEN(r) != 2 || !IS_INT(TUPLE_GET(r, 1)) ||
        !(IS_STR(TUPLE_GET(r, 0)) || (encode && IS_BYTES(TUPLE_GET(r, 0))))) {
        err_format(&Exc_TypeError,
                   encode ? "encoding error handler must return (str/bytes, int) tuple"
                          : "decoding error handler must return (str, int) tuple");
        return -1;
    }
    ssize_t p = num_as_ssize(TUPLE_GET(r, 1), &Exc_IndexError);
    if (p == -1 && err_occurred()) return -1;
    if (p < 0) p += len;
    if (p < 0 || p > len) {
        err_format(&Exc_IndexError, "position %zd from error handler out of bounds", p);
        return -1;
    }
    *rep = TUPLE_GET(r, 0);
    *pos = p;
    return 0;
}

static void raise_dec(DecCtx *d, ssize_t start, ssize_t end, const char *reason) {
    err_unicode_decode(d->encoding, (const char *)d->s, d->n, start, end, reason);
}

/* The surrogate surrogatepass can read at s[start:] for form sp, or -1. */
static int32_t sp_decode(int sp, const uint8_t *s, ssize_t n, ssize_t start, int *len) {
    const uint8_t *p = s + start;
    ssize_t left = n - start;
    uint32_t c;
    switch (sp) {
    case SP_UTF8:
        if (left < 3 || (p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return -1;
        c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        *len = 3;
        break;
    case SP_U16LE: case SP_U16BE:
        if (left < 2) return -1;
        c = sp == SP_U16LE ? (uint32_t)(p[0] | p[1] << 8) : (uint32_t)(p[1] | p[0] << 8);
        *len = 2;
        break;
    case SP_U32LE: case SP_U32BE:
        if (left < 4) return -1;
        c = sp == SP_U32LE ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                             (uint32_t)p[3] << 24
                           : (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 |
                             (uint32_t)p[0] << 24;
        *len = 4;
        break;
    default:
        return -1;
    }
    return c >= 0xD800 && c < 0xE000 ? (int32_t)c : -1;
}

/* A decoding error over bytes [start, end): the handler's output goes to d->b; *pos is where
 * decoding resumes.  0, or -1 with the exception set. */
static int dec_error(DecCtx *d, ssize_t start, ssize_t end, const char *reason, ssize_t *pos) {
    *pos = end;
    switch (d->eh) {
    case EH_STRICT:
        raise_dec(d, start, end, reason);
        return -1;
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        return u4_append(&d->b, 0xFFFD);
    case EH_BACKSLASH:
        if (u4_grow(&d->b, 4 * (end - start)) < 0) return -1;
        for (ssize_t k = start; k < end; k++) {
            u4_put(&d->b, '\\'); u4_put(&d->b, 'x');
            u4_put(&d->b, (uint8_t)hexdig[d->s[k] >> 4]);
            u4_put(&d->b, (uint8_t)hexdig[d->s[k] & 15]);
        }
        return 0;
    case EH_SURROGATEESCAPE: {
        ssize_t k = start;
        while (k < end && k - start < 4 && d->s[k] >= 0x80) {
            if (u4_append(&d->b, 0xDC00 + d->s[k]) < 0) return -1;
            k++;
        }
        if (k == start) { raise_dec(d, start, end, reason); return -1; }
        *pos = k;
        return 0;
    }
    case EH_SURROGATEPASS: {
        int len;
        int32_t c = sp_decode(d->sp, d->s, d->n, start, &len);
        if (c < 0) { raise_dec(d, start, end, reason); return -1; }
        *pos = start + len;
        return u4_append(&d->b, (uint32_t)c);
    }
    case EH_XMLCHARREF: case EH_NAMEREPLACE:
        err_format(&Exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    }
    Object *h = custom_handler(d->errors, &d->handler);
    if (!h) return -1;
    Object *exc = exc_unicode_decode_error(d->encoding, (const char *)d->s, d->n, start, end,
                                           reason);
    if (!exc) return -1;
    Object *r = obj_call1(h, exc);
    DECREF(exc);
    if (!r) return -1;
    Object *rep;
    int ok = handler_result(r, false, d->n, &rep, pos);
    if (ok == 0) ok = u4_append_str(&d->b, rep);
    DECREF(r);
    return ok;
}

static void raise_enc(EncCtx *e, ssize_t start, ssize_t end, const char *reason) {
    err_unicode_encode(e->codec->errname, e->s, start, end, reason);
}

/* Write a handler's replacement text with the codec itself; a character it cannot take (or,
 * for the UTF codecs, any non-ASCII one) raises the original error, as CPython. */
static int enc_put_str(EncCtx *e, Object *rep, ssize_t start, ssize_t end) {
    const Codec *c = e->codec;
    uint8_t tmp[12];
    for (ssize_t i = 0, n = STR_LEN(rep); i < n; i++) {
        uint32_t ch = STR_AT(rep, i);
        int k = (c->flags & CF_REPL_ASCII) && ch >= 0x80 ? 0 : c->enc1(c, ch, tmp);
        if (k == 0) { raise_enc(e, start, end, c->unencodable); return -1; }
        if (bb_put(&e->b, tmp, k) < 0) return -1;
    }
    return 0;
}

static int enc_put_ascii(EncCtx *e, const char *s, ssize_t start, ssize_t end) {
    const Codec *c = e->codec;
    uint8_t tmp[12];
    for (; *s; s++) {
        int k = c->enc1(c, (uint8_t)*s, tmp);
        if (k == 0) { raise_enc(e, start, end, c->unencodable); return -1; }
        if (bb_put(&e->b, tmp, k) < 0) return -1;
    }
    return 0;
}

/* The escape backslashreplace and namereplace use for code point c. */
static void escape_code(char *buf, size_t size, uint32_t c) {
    if (c < 0x100) snprintf(buf, size, "\\x%02x", (unsigned)c);
    else if (c < 0x10000) snprintf(buf, size, "\\u%04x", (unsigned)c);
    else snprintf(buf, size, "\\U%08x", (unsigned)c);
}

/* The surrogate c as surrogatepass writes it for form sp: the byte count, 0 if none. */
static int sp_encode(int sp, uint32_t c, uint8_t *o) {
    switch (sp) {
    case SP_UTF8:
        o[0] = (uint8_t)(0xE0 | (c >> 12));
        o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    case SP_U16LE: o[0] = (uint8_t)c; o[1] = (uint8_t)(c >> 8); return 2;
    case SP_U16BE: o[1] = (uint8_t)c; o[0] = (uint8_t)(c >> 8); return 2;
    case SP_U32LE: o[0] = (uint8_t)c; o[1] = (uint8_t)(c >> 8); o[2] = o[3] = 0; return 4;
    case SP_U32BE: o[3] = (uint8_t)c; o[2] = (uint8_t)(c >> 8); o[0] = o[1] = 0; return 4;
    }
    return 0;
}

/* An encoding error over characters [start, end) of e->s; *pos is where encoding resumes. */
static int enc_error(EncCtx *e, ssize_t start, ssize_t end, const char *reason, ssize_t *pos) {
    const Codec *c = e->codec;
    char tmp[128];
    *pos = end;
    switch (e->eh) {
    case EH_STRICT:
        raise_enc(e, start, end, reason);
        return -1;
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        for (ssize_t k = start; k < end; k++)
            if (enc_put_ascii(e, "?", start, end) < 0) return -1;
        return 0;
    case EH_BACKSLASH: case EH_NAMEREPLACE: case EH_XMLCHARREF:
        for (ssize_t k = start; k < end; k++) {
            uint32_t ch = STR_AT(e->s, k);
            if (e->eh == EH_XMLCHARREF) {
                snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)ch);
            } else if (e->eh == EH_NAMEREPLACE && unicode_name_of(ch, tmp + 3, sizeof tmp - 4)) {
                memcpy(tmp, "\\N{", 3);
                strcat(tmp, "}");
            } else {
                escape_code(tmp, sizeof tmp, ch);
            }
            if (enc_put_ascii(e, tmp, start, end) < 0) return -1;
        }
        return 0;
    case EH_SURROGATEESCAPE: case EH_SURROGATEPASS: {
        /* Raw bytes: a UTF-16/32 codec takes them only in whole units. */
        uint8_t o[4];
        ssize_t k = start;
        for (; k < end; k++) {
            uint32_t ch = STR_AT(e->s, k);
            int len = 0;
            if (e->eh == EH_SURROGATEESCAPE) {
                if (ch >= 0xDC80 && ch <= 0xDCFF && c->unit == 1) { o[0] = (uint8_t)ch; len = 1; }
            } else if (ch >= 0xD800 && ch < 0xE000) {
                len = sp_encode(c->sp, ch, o);
            }
            if (len == 0) break;
            if (bb_put(&e->b, o, len) < 0) return -1;
        }
        if (k == end) return 0;
        /* CPython's encoders take what they can and give the rest to the handler again, which
         * fails from there (surrogateescape); surrogatepass refuses the whole run. */
        raise_enc(e, e->eh == EH_SURROGATEESCAPE ? k : start, end, reason);
        return -1;
    }
    }
    Object *h = custom_handler(e->errors, &e->handler);
    if (!h) return -1;
    Object *exc = exc_unicode_encode_error(c->errname, e->s, start, end, reason);
    if (!exc) return -1;
    Object *r = obj_call1(h, exc);
    DECREF(exc);
    if (!r) return -1;
    Object *rep;
    int ok = handler_result(r, true, STR_LEN(e->s), &rep, pos);
    if (ok == 0) {
        if (IS_STR(rep)) {
            ok = enc_put_str(e, rep, start, end);
        } else if (BYTES_LEN(rep) % c->unit) {
            raise_enc(e, start, end, reason);
            ok = -1;
        } else {
            ok = bb_put(&e->b, BYTES_DATA(rep), BYTES_LEN(rep));
        }
    }
    DECREF(r);
    return ok;
}

/* ---- encoders: one code point each ----------------------------------------------------------- */

static int enc_utf8(const Codec *c, uint32_t ch, uint8_t *o) {
    if (ch < 0x80) { o[0] = (uint8_t)ch; return 1; }
    if (ch < 0x800) {
        o[0] = (uint8_t)(0xC0 | (ch >> 6));
        o[1] = (uint8_t)(0x80 | (ch & 0x3F));
        return 2;
    }
    if (ch >= 0xD800 && ch < 0xE000) return 0;
    if (ch < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (ch >> 12));
        o[1] = (uint8_t)(0x80 | ((ch >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (ch & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (ch >> 18));
    o[1] = (uint8_t)(0x80 | ((ch >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((ch >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (ch & 0x3F));
    return 4;
}

static int enc_ascii(const Codec *c, uint32_t ch, uint8_t *o) {
    if (ch >= 0x80) return 0;
    o[0] = (uint8_t)ch;
    return 1;
}

static int enc_latin1(const Codec *c, uint32_t ch, uint8_t *o) {
    if (ch >= 0x100) return 0;
    o[0] = (uint8_t)ch;
    return 1;
}

static void put16(uint8_t *o, uint32_t u, bool be) {
    o[be] = (uint8_t)u;
    o[!be] = (uint8_t)(u >> 8);
}

static int enc_utf16(const Codec *c, uint32_t ch, uint8_t *o) {
    bool be = c->sp == SP_U16BE;
    if (ch >= 0xD800 && ch < 0xE000) return 0;
    if (ch < 0x10000) { put16(o, ch, be); return 2; }
    ch -= 0x10000;
    put16(o, 0xD800 | (ch >> 10), be);
    put16(o + 2, 0xDC00 | (ch & 0x3FF), be);
    return 4;
}

static int enc_utf32(const Codec *c, uint32_t ch, uint8_t *o) {
    if (ch >= 0xD800 && ch < 0xE000) return 0;
    for (int k = 0; k < 4; k++) o[c->sp == SP_U32BE ? 3 - k : k] = (uint8_t)(ch >> (8 * k));
    return 4;
}

/* \xhh, \uhhhh or \Uhhhhhhhh for ch, into o. */
static int put_escape(uint32_t ch, uint8_t *o) {
    int digits = ch < 0x100 ? 2 : ch < 0x10000 ? 4 : 8;
    o[0] = '\\';
    o[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int k = 0; k < digits; k++)
        o[2 + k] = (uint8_t)hexdig[(ch >> (4 * (digits - 1 - k))) & 15];
    return digits + 2;
}

static int enc_unicode_escape(const Codec *c, uint32_t ch, uint8_t *o) {
    switch (ch) {
    case '\\': o[0] = o[1] = '\\'; return 2;
    case '\t': o[0] = '\\'; o[1] = 't'; return 2;
    case '\n': o[0] = '\\'; o[1] = 'n'; return 2;
    case '\r': o[0] = '\\'; o[1] = 'r'; return 2;
    }
    if (ch >= 0x20 && ch < 0x7F) { o[0] = (uint8_t)ch; return 1; }
    return put_escape(ch, o);
}

static int enc_raw_unicode_escape(const Codec *c, uint32_t ch, uint8_t *o) {
    if (ch < 0x100) { o[0] = (uint8_t)ch; return 1; }
    return put_escape(ch, o);
}

/* Charmap encoding: a sorted (code point, byte) index of the table's upper half, built at the
 * first use, found by binary search. */
typedef struct { uint16_t code; uint8_t byte; } RevEntry;
typedef struct { const uint16_t *table; RevEntry rev[128]; int n; } RevMap;
static RevMap revmaps[4];   /* one per charmap codec in codec_table */

static int rev_cmp(const void *a, const void *b) {
    return (int)((const RevEntry *)a)->code - (int)((const RevEntry *)b)->code;
}

static RevMap *revmap_for(const uint16_t *table) {
    for (size_t i = 0; i < sizeof revmaps / sizeof revmaps[0]; i++) {
        RevMap *m = &revmaps[i];
        if (m->table == table) return m;
        if (!m->table) {
            m->n = 0;
            for (int b = 0; b < 128; b++)
                if (table[b] != 0xFFFE)
                    m->rev[m->n++] = (RevEntry){table[b], (uint8_t)(0x80 + b)};
            qsort(m->rev, (size_t)m->n, sizeof m->rev[0], rev_cmp);
            m->table = table;
            return m;
        }
    }
    return NULL;
}

static int enc_charmap(const Codec *c, uint32_t ch, uint8_t *o) {
    if (ch < 0x80) { o[0] = (uint8_t)ch; return 1; }
    if (ch > 0xFFFF) return 0;
    RevMap *m = revmap_for(c->table);
    int lo = 0, hi = m->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (m->rev[mid].code < ch) lo = mid + 1;
        else hi = mid;
    }
    if (lo < m->n && m->rev[lo].code == ch) { o[0] = m->rev[lo].byte; return 1; }
    return 0;
}

/* ---- decoders -------------------------------------------------------------------------------- */

static int dec_latin1(DecCtx *d) {
    if (u4_grow(&d->b, d->n) < 0) return -1;
    for (ssize_t i = 0; i < d->n; i++) u4_put(&d->b, d->s[i]);
    return 0;
}

/* Byte-per-character codecs: ascii (no table) and the charmap ones. */
static int dec_table(DecCtx *d) {
    const uint16_t *t = d->codec->table;
    for (ssize_t i = 0; i < d->n;) {
        if (u4_grow(&d->b, 1) < 0) return -1;
        uint8_t x = d->s[i];
        uint32_t ch = x < 0x80 ? x : t ? t[x - 0x80] : 0xFFFE;
        if (ch != 0xFFFE) { u4_put(&d->b, ch); i++; continue; }
        const char *why = t ? "character maps to <undefined>" : "ordinal not in range(128)";
        if (dec_error(d, i, i + 1, why, &i) < 0) return -1;
    }
    return 0;
}

static int dec_utf8(DecCtx *d) {
    const uint8_t *p = d->s;
    ssize_t n = d->n;
    for (ssize_t i = 0; i < n;) {
        if (u4_grow(&d->b, 1) < 0) return -1;
        if (p[i] < 0x80) { u4_put(&d->b, p[i++]); continue; }
        int len;
        int32_t c = utf8_decode_one(p + i, n - i, &len, false);
        if (c >= 0) { u4_put(&d->b, (uint32_t)c); i += len; continue; }
        const char *reason;
        ssize_t end;
        if (len == 0) {
            if (!d->final) { d->consumed = i; return 0; }
            reason = "unexpected end of data";
            end = n;
        } else if (len == 1) {
            reason = "invalid start byte";
            end = i + 1;
        } else {
            reason = "invalid continuation byte";
            end = i + len - 1;
        }
        if (dec_error(d, i, end, reason, &i) < 0) return -1;
    }
    return 0;
}

static int dec_utf8_sig(DecCtx *d) {
    int fresh = 0, *st = d->state ? d->state : &fresh;
    if (*st == 0) {
        ssize_t k = d->n < 3 ? d->n : 3;
        if (memcmp(d->s, "\xEF\xBB\xBF", (size_t)k) == 0) {
            if (k < 3 && !d->final) { d->consumed = 0; return 0; }   /* maybe a BOM: wait */
            if (k == 3) { d->s += 3; d->n -= 3; }
        }
        *st = 1;
    }
    return dec_utf8(d);
}

static const char *u16_name(int order) { return order > 0 ? "utf-16-be" : "utf-16-le"; }
static const char *u32_name(int order) { return order > 0 ? "utf-32-be" : "utf-32-le"; }

/* UTF-16 with byte order `order` (-1 little, 1 big; 0: the BOM decides, else little). */
static int dec_utf16_impl(DecCtx *d, int order) {
    const uint8_t *p = d->s;
    ssize_t n = d->n, i = 0;
    if (order == 0) {
        if (n < 2 && !d->final) { d->consumed = 0; return 0; }
        if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) { order = -1; i = 2; }
        else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) { order = 1; i = 2; }
        if (d->state && i) *d->state = order;
    }
    bool be = order > 0;
    d->encoding = u16_name(order);
    d->sp = be ? SP_U16BE : SP_U16LE;
    while (i < n) {
        if (n - i < 2) {
            if (!d->final) { d->consumed = i; return 0; }
            if (dec_error(d, i, n, "truncated data", &i) < 0) return -1;
            continue;
        }
        uint32_t u = be ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i] | p[i + 1] << 8);
        if (u4_grow(&d->b, 1) < 0) return -1;
        if (u < 0xD800 || u >= 0xE000) { u4_put(&d->b, u); i += 2; continue; }
        if (u >= 0xDC00) {
            if (dec_error(d, i, i + 2, "illegal encoding", &i) < 0) return -1;
            continue;
        }
        if (n - i < 4) {
            if (!d->final) { d->consumed = i; return 0; }
            if (dec_error(d, i, n, "unexpected end of data", &i) < 0) return -1;
            continue;
        }
        uint32_t u2 = be ? (uint32_t)(p[i + 2] << 8 | p[i + 3])
                         : (uint32_t)(p[i + 2] | p[i + 3] << 8);
        if (u2 >= 0xDC00 && u2 < 0xE000) {
            u4_put(&d->b, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
            i += 4;
            continue;
        }
        if (dec_error(d, i, i + 2, "illegal UTF-16 surrogate", &i) < 0) return -1;
    }
    return 0;
}

static int dec_utf32_impl(DecCtx *d, int order) {
    const uint8_t *p = d->s;
    ssize_t n = d->n, i = 0;
    if (order == 0) {
        if (n < 4 && !d->final) { d->consumed = 0; return 0; }
        if (n >= 4 && memcmp(p, "\xFF\xFE\0\0", 4) == 0) { order = -1; i = 4; }
        else if (n >= 4 && memcmp(p, "\0\0\xFE\xFF", 4) == 0) { order = 1; i = 4; }
        if (d->state && i) *d->state = order;
    }
    bool be = order > 0;
    d->encoding = u32_name(order);
    d->sp = be ? SP_U32BE : SP_U32LE;
    while (i < n) {
        if (n - i < 4) {
            if (!d->final) { d->consumed = i; return 0; }
            if (dec_error(d, i, n, "truncated data", &i) < 0) return -1;
            continue;
        }
        uint32_t u = 0;
        for (int k = 0; k < 4; k++) u |= (uint32_t)p[i + (be ? 3 - k : k)] << (8 * k);
        const char *reason = NULL;
        if (u > 0x10FFFF) reason = "code point not in range(0x110000)";
        else if (u >= 0xD800 && u < 0xE000)
            reason = "code point in surrogate code point range(0xd800, 0xe000)";
        if (!reason) {
            if (u4_append(&d->b, u) < 0) return -1;
            i += 4;
            continue;
        }
        if (dec_error(d, i, i + 4, reason, &i) < 0) return -1;
    }
    return 0;
}

/* The byte order of utf-16/utf-32 decoding: fixed by the codec, else the caller's state. */
static int dec_order(DecCtx *d) {
    switch (d->codec->sp) {
    case SP_U16BE: case SP_U32BE: if (!(d->codec->flags & CF_BOM)) return 1; break;
    default: if (!(d->codec->flags & CF_BOM)) return -1; break;
    }
    return d->state ? *d->state : 0;
}

static int dec_utf16(DecCtx *d) { return dec_utf16_impl(d, dec_order(d)); }
static int dec_utf32(DecCtx *d) { return dec_utf32_impl(d, dec_order(d)); }

/* Hex digits for \x, \u, \U in the escape codecs: the value, or -1 (then *stop is where the
 * digits ended: the error's end). */
static int64_t read_hex(const uint8_t *p, ssize_t n, ssize_t i, int count, ssize_t *stop) {
    int64_t v = 0;
    for (int k = 0; k < count; k++) {
        int h = i + k < n ? hex_digit_value(p[i + k]) : -1;
        if (h < 0) { *stop = i + k; return -1; }
        v = v * 16 + h;
    }
    *stop = i + count;
    return v;
}

/* The end of the escape starting with the backslash at i, when the input ends inside it. */
static bool escape_incomplete(const uint8_t *p, ssize_t n, ssize_t i, bool raw) {
    if (i + 1 >= n) return !raw;
    int count = p[i + 1] == 'x' && !raw ? 2 : p[i + 1] == 'u' ? 4 : p[i + 1] == 'U' ? 8 : 0;
    if (count) {
        for (ssize_t k = i + 2; k < i + 2 + count; k++) {
            if (k >= n) return true;
            if (hex_digit_value(p[k]) < 0) return false;
        }
        return false;
    }
    if (p[i + 1] == 'N' && !raw) {
        if (i + 2 >= n) return true;
        if (p[i + 2] != '{') return false;
        return !memchr(p + i + 3, '}', (size_t)(n - i - 3));
    }
    return false;
}

static int dec_unicode_escape(DecCtx *d) {
    const uint8_t *p = d->s;
    ssize_t n = d->n;
    for (ssize_t i = 0; i < n;) {
        if (u4_grow(&d->b, 1) < 0) return -1;
        if (p[i] != '\\') { u4_put(&d->b, p[i++]); continue; }
        if (!d->final && escape_incomplete(p, n, i, false)) { d->consumed = i; return 0; }
        ssize_t start = i;
        if (i + 1 >= n) {
            if (dec_error(d, start, n, "\\ at end of string", &i) < 0) return -1;
            continue;
        }
        uint8_t e = p[i + 1];
        i += 2;
        uint32_t ch;
        switch (e) {
        case '\n': continue;
        case '\\': case '\'': case '"': ch = e; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 't': ch = '\t'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 'v': ch = '\v'; break;
        case 'a': ch = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            ch = e - '0';
            for (int k = 0; k < 2 && i < n && p[i] >= '0' && p[i] <= '7'; k++)
                ch = ch * 8 + (p[i++] - '0');
            if (ch > 0377 && !d->first_invalid) {
                d->first_invalid = (const char *)p + start + 1;
                d->invalid_octal = true;
            }
            break;
        case 'x': case 'u': case 'U': {
            int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            ssize_t stop;
            int64_t v = read_hex(p, n, i, count, &stop);
            if (v < 0) {
                const char *why = e == 'x' ? "truncated \\xXX escape" : e == 'u'
                                  ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                if (dec_error(d, start, stop, why, &i) < 0) return -1;
                continue;
            }
            i = stop;
            if (v > 0x10FFFF) {
                if (dec_error(d, start, i, "illegal Unicode character", &i) < 0) return -1;
                continue;
            }
            ch = (uint32_t)v;
            break;
        }
        case 'N': {
            const uint8_t *close = i < n && p[i] == '{'
                                   ? memchr(p + i + 1, '}', (size_t)(n - i - 1)) : NULL;
            if (!close || close == p + i + 1) {
                ssize_t end = i < n && p[i] == '{' ? (close ? i + 2 : n) : i;
                if (dec_error(d, start, end, "malformed \\N character escape", &i) < 0)
                    return -1;
                continue;
            }
            ssize_t end = close - p + 1;
            if (!unicode_name_lookup((const char *)p + i + 1, (size_t)(close - p - i - 1), &ch)) {
                if (dec_error(d, start, end, "unknown Unicode character name", &i) < 0)
                    return -1;
                continue;
            }
            i = end;
            break;
        }
        default:
            if (!d->first_invalid) d->first_invalid = (const char *)p + start + 1;
            u4_put(&d->b, '\\');
            if (u4_append(&d->b, e) < 0) return -1;
            continue;
        }
        if (u4_append(&d->b, ch) < 0) return -1;
    }
    return 0;
}

static int dec_raw_unicode_escape(DecCtx *d) {
    const uint8_t *p = d->s;
    ssize_t n = d->n;
    for (ssize_t i = 0; i < n;) {
        if (u4_grow(&d->b, 1) < 0) return -1;
        if (p[i] != '\\') { u4_put(&d->b, p[i++]); continue; }
        /* Only a backslash that follows an even number of others starts \u or \U. */
        ssize_t run = i;
        while (run < n && p[run] == '\\') run++;
        ssize_t last = run - 1;
        bool esc = ((run - i) & 1) && run < n && (p[run] == 'u' || p[run] == 'U');
        if (((run - i) & 1) && run == n && !d->final) {    /* the last one may start \u */
            for (ssize_t k = i; k < last; k++)
                if (u4_append(&d->b, '\\') < 0) return -1;
            d->consumed = last;
            return 0;
        }
        for (ssize_t k = i; k < (esc ? last : run); k++)
            if (u4_append(&d->b, '\\') < 0) return -1;
        i = run;
        if (!esc) continue;
        if (!d->final && escape_incomplete(p, n, last, true)) { d->consumed = last; return 0; }
        int count = p[run] == 'u' ? 4 : 8;
        ssize_t stop;
        int64_t v = read_hex(p, n, run + 1, count, &stop);
        if (v < 0) {
            if (dec_error(d, last, stop, count == 4 ? "truncated \\uXXXX escape"
                                                    : "truncated \\UXXXXXXXX escape", &i) < 0)
                return -1;
            continue;
        }
        i = stop;
        if (v > 0x10FFFF) {
            if (dec_error(d, last, i, "\\Uxxxxxxxx out of range", &i) < 0) return -1;
            continue;
        }
        if (u4_append(&d->b, (uint32_t)v) < 0) return -1;
    }
    return 0;
}

/* ---- the tables ------------------------------------------------------------------------------ */

/* Windows-1252 and IBM PC code page 437: the characters of bytes 0x80..0xFF (below: ASCII). */
static const uint16_t cp1252_high[128] = {
    /* 80 */ 0x20AC, 0xFFFE, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    /* 88 */ 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFE, 0x017D, 0xFFFE,
    /* 90 */ 0xFFFE, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    /* 98 */ 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFE, 0x017E, 0x0178,
    /* A0 */ 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    /* A8 */ 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    /* B0 */ 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    /* B8 */ 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    /* C0 */ 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    /* C8 */ 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    /* D0 */ 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    /* D8 */ 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    /* E0 */ 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    /* E8 */ 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    /* F0 */ 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    /* F8 */ 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

static const uint16_t cp437_high[128] = {
    /* 80 */ 0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    /* 88 */ 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    /* 90 */ 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    /* 98 */ 0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    /* A0 */ 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    /* A8 */ 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    /* B0 */ 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    /* B8 */ 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    /* C0 */ 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    /* C8 */ 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    /* D0 */ 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
    /* D8 */ 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    /* E0 */ 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    /* E8 */ 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    /* F0 */ 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    /* F8 */ 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

#define SURR "surrogates not allowed"
#define UTF_FLAGS (CF_REPL_ASCII)
#define U16_FLAGS (CF_REPL_ASCII | CF_ONE_ERR)

enum { C_UTF8, C_ASCII, C_LATIN1, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE, C_UTF32BE,
       C_UTF8SIG, C_UNIESC, C_RAWUNIESC, C_CP1252, C_CP437, C_COUNT };

static const Codec codec_table[C_COUNT] = {
    [C_UTF8] = {"utf-8", "utf-8", dec_utf8, enc_utf8, NULL, SURR, SP_UTF8, 1,
                CF_ASCII_COMPAT | UTF_FLAGS},
    [C_ASCII] = {"ascii", "ascii", dec_table, enc_ascii, NULL, "ordinal not in range(128)",
                 SP_NONE, 1, CF_ASCII_COMPAT},
    [C_LATIN1] = {"iso8859-1", "latin-1", dec_latin1, enc_latin1, NULL,
                  "ordinal not in range(256)", SP_NONE, 1, CF_ASCII_COMPAT},
    [C_UTF16] = {"utf-16", "utf-16", dec_utf16, enc_utf16, NULL, SURR, SP_U16LE, 2,
                 U16_FLAGS | CF_BOM, "\xFF\xFE", 2},
    [C_UTF16LE] = {"utf-16-le", "utf-16-le", dec_utf16, enc_utf16, NULL, SURR, SP_U16LE, 2,
                   U16_FLAGS},
    [C_UTF16BE] = {"utf-16-be", "utf-16-be", dec_utf16, enc_utf16, NULL, SURR, SP_U16BE, 2,
                   U16_FLAGS},
    [C_UTF32] = {"utf-32", "utf-32", dec_utf32, enc_utf32, NULL, SURR, SP_U32LE, 4,
                 U16_FLAGS | CF_BOM, "\xFF\xFE\0\0", 4},
    [C_UTF32LE] = {"utf-32-le", "utf-32-le", dec_utf32, enc_utf32, NULL, SURR, SP_U32LE, 4,
                   U16_FLAGS},
    [C_UTF32BE] = {"utf-32-be", "utf-32-be", dec_utf32, enc_utf32, NULL, SURR, SP_U32BE, 4,
                   U16_FLAGS},
    [C_UTF8SIG] = {"utf-8-sig", "utf-8", dec_utf8_sig, enc_utf8, NULL, SURR, SP_UTF8, 1,
                   UTF_FLAGS | CF_BOM, "\xEF\xBB\xBF", 3},
    [C_UNIESC] = {"unicode-escape", "unicodeescape", dec_unicode_escape, enc_unicode_escape,
                  NULL, "", SP_NONE, 1, 0},
    [C_RAWUNIESC] = {"raw-unicode-escape", "rawunicodeescape", dec_raw_unicode_escape,
                     enc_raw_unicode_escape, NULL, "", SP_NONE, 1, 0},
    [C_CP1252] = {"cp1252", "charmap", dec_table, enc_charmap, cp1252_high,
                  "character maps to <undefined>", SP_NONE, 1, CF_ASCII_COMPAT},
    [C_CP437] = {"cp437", "charmap", dec_table, enc_charmap, cp437_high,
                 "character maps to <undefined>", SP_NONE, 1, CF_ASCII_COMPAT},
};

/* Normalised names (see codec_normalize) and CPython's aliases, with the row they name; each
 * codec's first row is the name of its module in CPython's encodings package. */
static const struct { const char *name; int codec; } codec_names[] = {
    {"utf_8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"cp65001", C_UTF8},
    {"utf8_ucs2", C_UTF8}, {"utf8_ucs4", C_UTF8},
    {"ascii", C_ASCII}, {"us_ascii", C_ASCII}, {"646", C_ASCII}, {"us", C_ASCII},
    {"ansi_x3.4_1968", C_ASCII}, {"ansi_x3.4_1986", C_ASCII}, {"ansi_x3_4_1968", C_ASCII},
    {"cp367", C_ASCII}, {"csascii", C_ASCII}, {"ibm367", C_ASCII}, {"iso646_us", C_ASCII},
    {"iso_646.irv_1991", C_ASCII}, {"iso_ir_6", C_ASCII},
    {"latin_1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
    {"iso_8859_1", C_LATIN1}, {"iso8859_1", C_LATIN1}, {"iso8859", C_LATIN1},
    {"8859", C_LATIN1}, {"cp819", C_LATIN1}, {"iso_ir_100", C_LATIN1},
    {"iso_8859_1_1987", C_LATIN1}, {"ibm819", C_LATIN1}, {"csisolatin1", C_LATIN1},
    {"utf_16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
    {"utf_16_le", C_UTF16LE}, {"utf_16le", C_UTF16LE}, {"unicodelittleunmarked", C_UTF16LE},
    {"utf_16_be", C_UTF16BE}, {"utf_16be", C_UTF16BE}, {"unicodebigunmarked", C_UTF16BE},
    {"utf_32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
    {"utf_32_le", C_UTF32LE}, {"utf_32le", C_UTF32LE},
    {"utf_32_be", C_UTF32BE}, {"utf_32be", C_UTF32BE},
    {"utf_8_sig", C_UTF8SIG},
    {"unicode_escape", C_UNIESC}, {"raw_unicode_escape", C_RAWUNIESC},
    {"cp1252", C_CP1252}, {"windows_1252", C_CP1252}, {"1252", C_CP1252},
    {"cp437", C_CP437}, {"437", C_CP437}, {"ibm437", C_CP437}, {"cspc8codepage437", C_CP437},
};

const Codec *const codec_utf8 = &codec_table[C_UTF8];

/* CPython's normalisation (codecs.lookup and encodings.normalize_encoding): lower case; each
 * run of characters other than letters, digits and '.' becomes one '_' between words.  -1 when
 * the name does not fit. */
int codec_normalize(const char *encoding, char *out, size_t size) {
    size_t k = 0;
    bool punct = false;
    for (const unsigned char *p = (const unsigned char *)encoding; *p; p++) {
        unsigned char ch = *p;
        bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch == '.' || ch >= 0x80;
        if (!word) { punct = true; continue; }
        if (punct && k) {
            if (k + 1 >= size) return -1;
            out[k++] = '_';
        }
        punct = false;
        if (ch >= 0x80) continue;        /* non-ASCII letters are dropped, as CPython */
        if (k + 1 >= size) return -1;
        out[k++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    out[k] = '\0';
    return 0;
}

const Codec *codec_find(const char *encoding) {
    if (!encoding) return codec_utf8;
    /* The common spellings first, without normalising. */
    if (strcmp(encoding, "utf-8") == 0 || strcmp(encoding, "utf8") == 0) return codec_utf8;
    char norm[64];
    if (codec_normalize(encoding, norm, sizeof norm) < 0) return NULL;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < sizeof codec_names / sizeof codec_names[0]; k++) {
            /* the first row of each codec is its module name, which the second pass (for
             * aliases only) must not match */
            bool module = k == 0 || codec_names[k - 1].codec != codec_names[k].codec;
            if (strcmp(norm, codec_names[k].name) == 0 && !(pass && module))
                return &codec_table[codec_names[k].codec];
        }
        /* encodings' search function also tries the aliases with '.' as '_' */
        char *dot = strchr(norm, '.');
        if (!dot) break;
        for (; dot; dot = strchr(dot, '.')) *dot = '_';
    }
    return NULL;
}

const char *codec_name(const Codec *c) { return c->name; }
int codec_bom_len(const Codec *c) { return c->flags & CF_BOM ? c->bomlen : 0; }
bool codec_ascii_compatible(const Codec *c) { return c->flags & CF_ASCII_COMPAT; }

/* ---- entry points ---------------------------------------------------------------------------- */

static int warn_invalid_escape(DecCtx *d) {
    char msg[64];
    if (d->invalid_octal)
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'", d->first_invalid);
    else
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", d->first_invalid[0]);
    return err_warn(&Exc_DeprecationWarning, msg, 1);
}

Object *codec_decode(const Codec *c, const char *s, ssize_t n, const char *errors, bool final,
                     ssize_t *consumed, int *state) {
    DecCtx d = {c, c->errname, (const uint8_t *)s, n, errors, handler_index(errors), NULL,
                c->sp, final, -1, state};
    u4_init(&d.b);
    int r = c->decode(&d);
    XDECREF(d.handler);
    if (r < 0) { u4_discard(&d.b); return NULL; }
    /* decoders that stop early set d.consumed relative to d.s (utf-8-sig moves past its BOM) */
    if (consumed) *consumed = d.consumed < 0 ? n : ((const char *)d.s - s) + d.consumed;
    if (d.first_invalid && warn_invalid_escape(&d) < 0) { u4_discard(&d.b); return NULL; }
    return u4_finish(&d.b);
}

Object *codec_encode(const Codec *c, Object *s, const char *errors, int *state) {
    EncCtx e = {c, s, errors, handler_index(errors), NULL, {NULL, 0, 0}};
    ssize_t n = STR_LEN(s);
    if (bb_reserve(&e.b, n * c->unit + 16) < 0) return NULL;
    if ((c->flags & CF_BOM) && !(state && *state)) {
        bb_put(&e.b, c->bom, c->bomlen);
        if (state) *state = 1;
    }
    int kind = STR_KIND(s);
    const void *data = STR_DATA(s);
    for (ssize_t i = 0; i < n;) {
        uint32_t ch = STR_READ(kind, data, i);
        if (bb_reserve(&e.b, 12) < 0) goto fail;
        int k = c->enc1(c, ch, (uint8_t *)e.b.p + e.b.len);
        if (k) { e.b.len += k; i++; continue; }
        ssize_t end = i + 1;
        uint8_t tmp[12];
        if (!(c->flags & CF_ONE_ERR))
            while (end < n && c->enc1(c, STR_READ(kind, data, end), tmp) == 0) end++;
        if (enc_error(&e, i, end, c->unencodable, &i) < 0) goto fail;
    }
    XDECREF(e.handler);
    Object *r = bytes_from_data(e.b.p, e.b.len);
    mem_free(e.b.p);
    return r;
fail:
    XDECREF(e.handler);
    mem_free(e.b.p);
    return NULL;
}

/* ---- codecs found through the registry (codecs.register) ------------------------------------ */

void codec_wrap_failure(const char *what, const char *encoding);

static Object *registry_call(const char *encoding, Object *input, const char *errors,
                             bool encode) {
    if (!codec_hook_lookup) return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    Object *info = codec_hook_lookup(encoding);
    if (!info) return NULL;
    Object *fn = obj_getattr_str(info, encode ? "encode" : "decode");
    DECREF(info);
    if (!fn) return NULL;
    Object *args[2] = {input, errors ? str_from_cstr(errors) : NULL};
    Object *r = errors && !args[1] ? NULL : obj_call(fn, args, errors ? 2 : 1, NULL);
    XDECREF(args[1]);
    DECREF(fn);
    if (!r) {
        codec_wrap_failure(encode ? "encoding" : "decoding", encoding);
        return NULL;
    }
    if (!IS_TUPLE(r) || TUPLE_LEN(r) != 2) {
        DECREF(r);
        return err_format(&Exc_TypeError, encode ? "encoder must return a tuple (object, integer)"
                                                 : "decoder must return a tuple (object, integer)");
    }
    Object *v = NEWREF(TUPLE_GET(r, 0));
    DECREF(r);
    if (encode ? !IS_BYTES(v) : !IS_STR(v)) {
        err_format(&Exc_TypeError, encode
                   ? "'%.400s' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() "
                     "to encode to arbitrary types"
                   : "'%.400s' decoder returned '%.400s' instead of 'str'; use codecs.decode() "
                     "to decode to arbitrary types", encoding, TYPE(v)->tp_name);
        DECREF(v);
        return NULL;
    }
    return v;
}

Object *codec_decode_by_name(const char *s, ssize_t n, const char *encoding, const char *errors) {
    const Codec *c = codec_find(encoding);
    if (c) return codec_decode(c, s, n, errors, true, NULL, NULL);
    Object *b = bytes_from_data(s, n);
    if (!b) return NULL;
    Object *r = registry_call(encoding, b, errors, false);
    DECREF(b);
    return r;
}

Object *codec_encode_by_name(Object *s, const char *encoding, const char *errors) {
    const Codec *c = codec_find(encoding);
    if (c) return codec_encode(c, s, errors, NULL);
    return registry_call(encoding, s, errors, true);
}

/* ---- CPython's wrapping of codec failures ---------------------------------------------------- */

/* The names whose str.encode / bytes.decode CPython runs directly in C (lower case, '-' and ' '
 * as '_'): their failures are raised as they are; other codecs' plain exceptions are wrapped. */
static bool fast_codec_name(const char *encoding) {
    static const char *const fast[] = {
        "utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1",
        "latin_1", "iso_8859_1", "iso8859_1", NULL
    };
    char low[16];
    size_t i = 0;
    if (!encoding) return true;
    for (; encoding[i]; i++) {
        if (i + 1 >= sizeof low) return false;
        char ch = encoding[i];
        low[i] = ch == '-' || ch == ' ' ? '_' : ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    low[i] = '\0';
    for (int k = 0; fast[k]; k++)
        if (strcmp(low, fast[k]) == 0) return true;
    return false;
}

/* Exceptions CPython's _PyErr_TrySetFromCause can rebuild: plain types, one argument or none. */
static bool wrappable(Object *exc) {
    static TypeObject *const plain[] = {
        &Exc_TypeError, &Exc_ValueError, &Exc_LookupError, &Exc_IndexError, &Exc_KeyError,
        &Exc_RuntimeError, &Exc_NotImplementedError, &Exc_OverflowError, &Exc_AssertionError,
        &Exc_ZeroDivisionError, &Exc_Exception, NULL
    };
    bool known = false;
    for (int k = 0; plain[k]; k++) known |= TYPE(exc) == plain[k];
    Object *args = ((BaseExceptionObject *)exc)->args;
    return known && args && IS_TUPLE(args) && TUPLE_LEN(args) <= 1;
}

void codec_wrap_failure(const char *what, const char *encoding) {
    if (fast_codec_name(encoding) || !err_occurred()) return;
    Object *exc = err_fetch();
    if (!exc || !wrappable(exc)) { err_restore(exc); return; }
    Object *msg = str_from_format("%s with '%s' codec failed (%s: %S)", what, encoding,
                                  TYPE(exc)->tp_name, exc);
    Object *neu = msg ? exc_new(TYPE(exc), &msg, 1) : NULL;
    XDECREF(msg);
    if (!neu) { DECREF(exc); return; }
    exc_set_cause(neu, NEWREF(exc));
    exc_set_context(neu, exc);
    err_restore(neu);
}
