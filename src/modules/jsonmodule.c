/* jsonmodule.c — _json: the scanner and encoder under the json package (src/lib/json), in C
 * for speed, as CPython's _json.
 *
 * Decoding.  make_scanner(decoder) makes a Scanner that reads the decoder's options once
 * (strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant).  Calling
 * scanner(string, idx) parses one JSON value starting exactly at idx and returns (value, end).
 * When no value starts at an index it raises StopIteration(index) (the innermost one), which
 * JSONDecoder.raw_decode turns into "Expecting value"; every other syntax error raises
 * json.decoder.JSONDecodeError(msg, doc, pos) directly, with CPython's messages and positions.
 * Object keys are memoised during one call, so equal keys of many objects share one str.
 *
 * Encoding.  make_encoder(markers, default, encoder, indent, key_separator, item_separator,
 * sort_keys, skipkeys, allow_nan) makes an Encoder; encoder(obj, level) returns a 1-tuple with
 * the whole JSON text.  Unlike CPython 3.11's C encoder it also handles indent (a str or None),
 * so the json package never needs the pure-Python generator version: output is identical.
 * Text is collected in one UCS-4 buffer (U4Buf).  markers (a dict of ids, or None) detects
 * cycles as CPython does.
 *
 * scanstring / encode_basestring / encode_basestring_ascii are exposed as CPython's. */
#include "modules.h"
#include "../runtime/gc.h"
#include <math.h>
#include <string.h>

#define VISIT(o) do { if ((o) && (r = visit(OBJ(o), arg)) != 0) return r; } while (0)

/* ---- errors --------------------------------------------------------------------------------- */

/* Raise json.decoder.JSONDecodeError(msg, doc, pos).  Returns NULL. */
static Object *raise_errmsg(const char *msg, Object *doc, ssize_t pos) {
    Object *mod = vm_import_cstr("json.decoder");
    if (!mod) return NULL;
    Object *cls = obj_getattr_str(mod, "JSONDecodeError");
    DECREF(mod);
    if (!cls) return NULL;
    Object *m = str_from_cstr(msg), *p = int_from_ssize(pos), *exc = NULL;
    if (m && p) {
        Object *args[3] = {m, doc, p};
        exc = obj_call(cls, args, 3, NULL);
    }
    XDECREF(m);
    XDECREF(p);
    DECREF(cls);
    if (exc) err_set_object((TypeObject *)TYPE(exc), exc);
    XDECREF(exc);
    return NULL;
}

/* No value starts at idx: StopIteration(idx). */
static Object *raise_stop(ssize_t idx) {
    Object *v = int_from_ssize(idx);
    if (v) {
        err_set_object(&Exc_StopIteration, v);
        DECREF(v);
    }
    return NULL;
}

/* ---- scanstring ----------------------------------------------------------------------------- */

/* Four hex digits at s[i..i+4) as a code unit, or -1. */
static long read_hex4(int kind, const void *d, ssize_t i) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hex_digit_value(STR_READ(kind, d, i + k));
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The string whose opening quote is at end - 1; the text runs from end.  Sets *next past the
 * closing quote.  New reference. */
static Object *scan_string(Object *s, ssize_t end, bool strict, ssize_t *next) {
    ssize_t len = STR_LEN(s), begin = end - 1;
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    if (end < 0 || end > len)
        return err_format(&Exc_ValueError, "end is out of bounds");
    /* Fast path: no escapes before the closing quote. */
    ssize_t i = end;
    for (; i < len; i++) {
        uint32_t c = STR_READ(kind, d, i);
        if (c == '"' || c == '\\') break;
        if (c < 0x20 && strict) return raise_errmsg("Invalid control character at", s, i);
    }
    if (i < len && STR_READ(kind, d, i) == '"') {
        *next = i + 1;
        return str_substring(s, end, i);
    }
    U4Buf b;
    u4_init(&b);
    for (;;) {
        ssize_t j = end;
        uint32_t c = 0;
        for (; j < len; j++) {
            c = STR_READ(kind, d, j);
            if (c == '"' || c == '\\') break;
            if (c < 0x20 && strict) {
                raise_errmsg("Invalid control character at", s, j);
                goto fail;
            }
        }
        if (j >= len) { raise_errmsg("Unterminated string starting at", s, begin); goto fail; }
        if (u4_grow(&b, j - end) < 0) goto fail;
        for (ssize_t k = end; k < j; k++) u4_put(&b, STR_READ(kind, d, k));
        j++;
        if (c == '"') { end = j; break; }
        if (j == len) { raise_errmsg("Unterminated string starting at", s, begin); goto fail; }
        c = STR_READ(kind, d, j);
        if (c != 'u') {
            end = j + 1;
            switch (c) {
            case '"': case '\\': case '/': break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: raise_errmsg("Invalid \\escape", s, end - 2); goto fail;
            }
        } else {
            j++;
            end = j + 4;
            if (end >= len) { raise_errmsg("Invalid \\uXXXX escape", s, j - 1); goto fail; }
            long v = read_hex4(kind, d, j);
            if (v < 0) { raise_errmsg("Invalid \\uXXXX escape", s, end - 5); goto fail; }
            c = (uint32_t)v;
            /* A high surrogate followed by an escaped low one makes one code point. */
            if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && STR_READ(kind, d, end) == '\\' &&
                STR_READ(kind, d, end + 1) == 'u') {
                long v2 = read_hex4(kind, d, end + 2);
                if (v2 < 0) { raise_errmsg("Invalid \\uXXXX escape", s, end + 1); goto fail; }
                if (v2 >= 0xDC00 && v2 <= 0xDFFF) {
                    c = 0x10000 + (((c - 0xD800) << 10) | (uint32_t)(v2 - 0xDC00));
                    end += 6;
                }
            }
        }
        if (u4_append(&b, c) < 0) goto fail;
    }
    *next = end;
    return u4_finish(&b);
fail:
    u4_discard(&b);
    return NULL;
}

static Object *json_scanstring(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("scanstring", nargs, 2, 3) < 0) return NULL;
    if (!IS_STR(args[0]))
        return err_format(&Exc_TypeError, "first argument must be a string, not %.80s",
                          TYPE(args[0])->tp_name);
    ssize_t end = num_as_ssize(args[1], &Exc_OverflowError);
    if (end == -1 && err_occurred()) return NULL;
    int strict = nargs > 2 ? obj_is_true(args[2]) : 1;
    if (strict < 0) return NULL;
    ssize_t next;
    Object *r = scan_string(args[0], end, strict, &next);
    if (!r) return NULL;
    Object *n = int_from_ssize(next);
    Object *t = n ? tuple_pack(2, r, n) : NULL;
    DECREF(r);
    XDECREF(n);
    return t;
}

/* ---- the scanner ---------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    char strict;
    Object *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
    Object *memo;
} ScannerObject;

static Object *scan_once(ScannerObject *sc, Object *s, ssize_t idx, ssize_t *next);

static inline bool is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static ssize_t skip_ws(int kind, const void *d, ssize_t i, ssize_t len) {
    while (i < len && is_ws(STR_READ(kind, d, i))) i++;
    return i;
}

static Object *parse_object(ScannerObject *sc, Object *s, ssize_t idx, ssize_t *next) {
    ssize_t len = STR_LEN(s);
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    bool pairs = sc->object_pairs_hook != NONE;
    Object *rval = pairs ? list_new(0) : dict_new(), *key = NULL, *val = NULL;
    if (!rval) return NULL;
    idx = skip_ws(kind, d, idx, len);
    if (idx >= len || STR_READ(kind, d, idx) != '}') {
        for (;;) {
            if (idx >= len || STR_READ(kind, d, idx) != '"') {
                raise_errmsg("Expecting property name enclosed in double quotes", s, idx);
                goto fail;
            }
            ssize_t after;
            if (!(key = scan_string(s, idx + 1, sc->strict, &after))) goto fail;
            Object *memo = dict_getitem(sc->memo, key);
            if (memo) SETREF(key, NEWREF(memo));
            else if (err_occurred() || dict_setitem(sc->memo, key, key) < 0) goto fail;
            idx = skip_ws(kind, d, after, len);
            if (idx >= len || STR_READ(kind, d, idx) != ':') {
                raise_errmsg("Expecting ':' delimiter", s, idx);
                goto fail;
            }
            idx = skip_ws(kind, d, idx + 1, len);
            if (!(val = scan_once(sc, s, idx, &after))) goto fail;
            if (pairs) {
                Object *item = tuple_pack(2, key, val);
                if (!item || list_append(rval, item) < 0) { XDECREF(item); goto fail; }
                DECREF(item);
            } else if (dict_setitem(rval, key, val) < 0) {
                goto fail;
            }
            CLEAR(key);
            CLEAR(val);
            idx = skip_ws(kind, d, after, len);
            if (idx < len && STR_READ(kind, d, idx) == '}') break;
            if (idx >= len || STR_READ(kind, d, idx) != ',') {
                raise_errmsg("Expecting ',' delimiter", s, idx);
                goto fail;
            }
            idx = skip_ws(kind, d, idx + 1, len);
        }
    }
    *next = idx + 1;
    if (pairs) {
        Object *r = obj_call1(sc->object_pairs_hook, rval);
        DECREF(rval);
        return r;
    }
    if (sc->object_hook != NONE) {
        Object *r = obj_call1(sc->object_hook, rval);
        DECREF(rval);
        return r;
    }
    return rval;
fail:
    XDECREF(key);
    XDECREF(val);
    DECREF(rval);
    return NULL;
}

static Object *parse_array(ScannerObject *sc, Object *s, ssize_t idx, ssize_t *next) {
    ssize_t len = STR_LEN(s);
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    Object *rval = list_new(0);
    if (!rval) return NULL;
    idx = skip_ws(kind, d, idx, len);
    if (idx >= len || STR_READ(kind, d, idx) != ']') {
        for (;;) {
            ssize_t after;
            Object *val = scan_once(sc, s, idx, &after);
            if (!val) goto fail;
            int rc = list_append(rval, val);
            DECREF(val);
            if (rc < 0) goto fail;
            idx = skip_ws(kind, d, after, len);
            if (idx < len && STR_READ(kind, d, idx) == ']') break;
            if (idx >= len || STR_READ(kind, d, idx) != ',') {
                raise_errmsg("Expecting ',' delimiter", s, idx);
                goto fail;
            }
            idx = skip_ws(kind, d, idx + 1, len);
        }
    }
    *next = idx + 1;
    return rval;
fail:
    DECREF(rval);
    return NULL;
}

/* Does s[idx..] start with the ASCII word w? */
static bool match_word(int kind, const void *d, ssize_t idx, ssize_t len, const char *w) {
    ssize_t n = (ssize_t)strlen(w);
    if (idx + n > len) return false;
    for (ssize_t i = 0; i < n; i++)
        if (STR_READ(kind, d, idx + i) != (uint8_t)w[i]) return false;
    return true;
}

static Object *parse_constant(ScannerObject *sc, const char *word, ssize_t idx, ssize_t *next) {
    Object *w = str_from_cstr(word);
    if (!w) return NULL;
    Object *r = obj_call1(sc->parse_constant, w);
    DECREF(w);
    *next = idx + (ssize_t)strlen(word);
    return r;
}

static inline bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static Object *match_number(ScannerObject *sc, Object *s, ssize_t start, ssize_t *next) {
    ssize_t len = STR_LEN(s), idx = start;
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    bool is_float = false;
    if (STR_READ(kind, d, idx) == '-') {
        idx++;
        if (idx >= len) return raise_stop(start);
    }
    uint32_t c = STR_READ(kind, d, idx);
    if (c >= '1' && c <= '9') {
        idx++;
        while (idx < len && is_digit(STR_READ(kind, d, idx))) idx++;
    } else if (c == '0') {
        idx++;
    } else {
        return raise_stop(start);
    }
    if (idx < len - 1 && STR_READ(kind, d, idx) == '.' && is_digit(STR_READ(kind, d, idx + 1))) {
        is_float = true;
        idx += 2;
        while (idx < len && is_digit(STR_READ(kind, d, idx))) idx++;
    }
    if (idx < len - 1 && (STR_READ(kind, d, idx) == 'e' || STR_READ(kind, d, idx) == 'E')) {
        ssize_t e_start = idx++;
        if (idx < len - 1 && (STR_READ(kind, d, idx) == '-' || STR_READ(kind, d, idx) == '+'))
            idx++;
        while (idx < len && is_digit(STR_READ(kind, d, idx))) idx++;
        if (is_digit(STR_READ(kind, d, idx - 1))) is_float = true;
        else idx = e_start;
    }
    *next = idx;
    Object *custom = is_float ? sc->parse_float : sc->parse_int;
    if (custom != (is_float ? OBJ(&FloatType) : OBJ(&IntType))) {
        Object *text = str_substring(s, start, idx);
        if (!text) return NULL;
        Object *r = obj_call1(custom, text);
        DECREF(text);
        return r;
    }
    /* The text is ASCII: copy it out for the C parsers. */
    char small[64], *buf = small;
    ssize_t n = idx - start;
    if (n >= (ssize_t)sizeof small && !(buf = mem_alloc((size_t)n + 1))) return err_no_memory();
    for (ssize_t i = 0; i < n; i++) buf[i] = (char)STR_READ(kind, d, start + i);
    buf[n] = 0;
    Object *r = is_float ? float_from_string(buf, n) : int_from_string(buf, n, 10);
    if (buf != small) mem_free(buf);
    return r;
}

static Object *scan_once(ScannerObject *sc, Object *s, ssize_t idx, ssize_t *next) {
    ssize_t len = STR_LEN(s);
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    if (idx < 0) return err_format(&Exc_ValueError, "idx cannot be negative");
    if (idx >= len) return raise_stop(idx);
    Object *r;
    switch (STR_READ(kind, d, idx)) {
    case '"':
        return scan_string(s, idx + 1, sc->strict, next);
    case '{':
        if (recursion_enter(" while decoding a JSON object from a unicode string") < 0)
            return NULL;
        r = parse_object(sc, s, idx + 1, next);
        recursion_leave();
        return r;
    case '[':
        if (recursion_enter(" while decoding a JSON array from a unicode string") < 0)
            return NULL;
        r = parse_array(sc, s, idx + 1, next);
        recursion_leave();
        return r;
    case 'n':
        if (match_word(kind, d, idx, len, "null")) { *next = idx + 4; RETURN_NONE; }
        break;
    case 't':
        if (match_word(kind, d, idx, len, "true")) { *next = idx + 4; RETURN_TRUE; }
        break;
    case 'f':
        if (match_word(kind, d, idx, len, "false")) { *next = idx + 5; RETURN_FALSE; }
        break;
    case 'N':
        if (match_word(kind, d, idx, len, "NaN")) return parse_constant(sc, "NaN", idx, next);
        break;
    case 'I':
        if (match_word(kind, d, idx, len, "Infinity"))
            return parse_constant(sc, "Infinity", idx, next);
        break;
    case '-':
        if (match_word(kind, d, idx, len, "-Infinity"))
            return parse_constant(sc, "-Infinity", idx, next);
        break;
    }
    return match_number(sc, s, idx, next);
}

static Object *scanner_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"string", "idx", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("scan_once", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    if (!IS_STR(a[0]))
        return err_format(&Exc_TypeError, "first argument must be a string, not %.80s",
                          TYPE(a[0])->tp_name);
    ssize_t idx = num_as_ssize(a[1], &Exc_OverflowError);
    if (idx == -1 && err_occurred()) return NULL;
    ScannerObject *sc = (ScannerObject *)self;
    ssize_t next = idx;
    Object *v = scan_once(sc, a[0], idx, &next);
    dict_clear(sc->memo);
    if (!v) return NULL;
    Object *n = int_from_ssize(next);
    Object *t = n ? tuple_pack(2, v, n) : NULL;
    DECREF(v);
    XDECREF(n);
    return t;
}

static Object *scanner_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    static const char *const kwlist[] = {"context", NULL};
    Object *a[1] = {NULL};
    if (args_parse("make_scanner", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    ScannerObject *sc = (ScannerObject *)obj_alloc(type);
    if (!sc) return NULL;
    Object *ctx = a[0], *strict = NULL;
    if (!(sc->memo = dict_new())) goto fail;
    if (!(strict = obj_getattr_str(ctx, "strict"))) goto fail;
    int st = obj_is_true(strict);
    DECREF(strict);
    if (st < 0) goto fail;
    sc->strict = (char)st;
    if (!(sc->object_hook = obj_getattr_str(ctx, "object_hook")) ||
        !(sc->object_pairs_hook = obj_getattr_str(ctx, "object_pairs_hook")) ||
        !(sc->parse_float = obj_getattr_str(ctx, "parse_float")) ||
        !(sc->parse_int = obj_getattr_str(ctx, "parse_int")) ||
        !(sc->parse_constant = obj_getattr_str(ctx, "parse_constant")))
        goto fail;
    return OBJ(sc);
fail:
    DECREF(sc);
    return NULL;
}

static void scanner_dealloc(Object *self) {
    ScannerObject *sc = (ScannerObject *)self;
    gc_untrack(self);
    XDECREF(sc->object_hook);
    XDECREF(sc->object_pairs_hook);
    XDECREF(sc->parse_float);
    XDECREF(sc->parse_int);
    XDECREF(sc->parse_constant);
    XDECREF(sc->memo);
    TYPE(self)->tp_free(self);
}

static int scanner_traverse(Object *self, visitproc visit, void *arg) {
    ScannerObject *sc = (ScannerObject *)self;
    int r;
    VISIT(sc->object_hook);
    VISIT(sc->object_pairs_hook);
    VISIT(sc->parse_float);
    VISIT(sc->parse_int);
    VISIT(sc->parse_constant);
    VISIT(sc->memo);
    return 0;
}

static int scanner_clear(Object *self) {
    ScannerObject *sc = (ScannerObject *)self;
    CLEAR(sc->object_hook);
    CLEAR(sc->object_pairs_hook);
    CLEAR(sc->parse_float);
    CLEAR(sc->parse_int);
    CLEAR(sc->parse_constant);
    CLEAR(sc->memo);
    return 0;
}

static MemberDef scanner_members[] = {
    {"strict", T_BOOL, offsetof(ScannerObject, strict), READONLY, "strict"},
    {"object_hook", T_OBJECT, offsetof(ScannerObject, object_hook), READONLY, "object_hook"},
    {"object_pairs_hook", T_OBJECT, offsetof(ScannerObject, object_pairs_hook), READONLY},
    {"parse_float", T_OBJECT, offsetof(ScannerObject, parse_float), READONLY, "parse_float"},
    {"parse_int", T_OBJECT, offsetof(ScannerObject, parse_int), READONLY, "parse_int"},
    {"parse_constant", T_OBJECT, offsetof(ScannerObject, parse_constant), READONLY},
    {NULL}
};

static TypeObject ScannerType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_json.Scanner",
    .tp_basicsize = sizeof(ScannerObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "JSON scanner object",
    .tp_new = scanner_new, .tp_dealloc = scanner_dealloc, .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear, .tp_call = scanner_call, .tp_members = scanner_members,
};

/* ---- string escaping ------------------------------------------------------------------------ */

static const char hexdigits[] = "0123456789abcdef";

static void put_u_escape(U4Buf *b, uint32_t c) {
    u4_put(b, '\\');
    u4_put(b, 'u');
    u4_put(b, (uint8_t)hexdigits[(c >> 12) & 0xf]);
    u4_put(b, (uint8_t)hexdigits[(c >> 8) & 0xf]);
    u4_put(b, (uint8_t)hexdigits[(c >> 4) & 0xf]);
    u4_put(b, (uint8_t)hexdigits[c & 0xf]);
}

/* Append the JSON string literal of s: every non-printable-ASCII character escaped (ascii) or
 * only quotes, backslashes and control characters (not ascii). */
static int append_escaped(U4Buf *b, Object *s, bool ascii) {
    ssize_t n = STR_LEN(s);
    int kind = STR_KIND(s);
    const void *d = STR_DATA(s);
    /* Worst case: 12 output characters per input (a surrogate pair), plus the quotes. */
    if (u4_grow(b, n * (ascii ? 12 : 6) + 2) < 0) return -1;
    u4_put(b, '"');
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_READ(kind, d, i);
        if (c >= ' ' && c != '"' && c != '\\' && (!ascii || c <= '~')) {
            u4_put(b, c);
            continue;
        }
        u4_put(b, '\\');
        switch (c) {
        case '"': u4_put(b, '"'); continue;
        case '\\': u4_put(b, '\\'); continue;
        case '\n': u4_put(b, 'n'); continue;
        case '\r': u4_put(b, 'r'); continue;
        case '\t': u4_put(b, 't'); continue;
        case '\b': u4_put(b, 'b'); continue;
        case '\f': u4_put(b, 'f'); continue;
        }
        b->len--;       /* the backslash goes out with the \u form */
        if (c >= 0x10000) {
            uint32_t v = c - 0x10000;
            put_u_escape(b, 0xD800 | (v >> 10));
            put_u_escape(b, 0xDC00 | (v & 0x3ff));
        } else {
            put_u_escape(b, c);
        }
    }
    u4_put(b, '"');
    return 0;
}

static Object *escape_str(Object *s, bool ascii) {
    if (!IS_STR(s))
        return err_format(&Exc_TypeError, "first argument must be a string, not %.80s",
                          TYPE(s)->tp_name);
    U4Buf b;
    u4_init(&b);
    if (append_escaped(&b, s, ascii) < 0) { u4_discard(&b); return NULL; }
    return u4_finish(&b);
}

static Object *json_encode_basestring_ascii(Object *m, Object *s) { return escape_str(s, true); }
static Object *json_encode_basestring(Object *m, Object *s) { return escape_str(s, false); }

/* ---- the encoder ---------------------------------------------------------------------------- */

typedef struct {
    OB_HEAD;
    Object *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    char sort_keys, skipkeys, allow_nan;
    int fast_encode;            /* 0: call encoder; 1: escape (not ascii); 2: escape ascii */
} EncoderObject;

static MethodDef json_methods[];

static Object *encoder_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    static const char *const kwlist[] = {"markers", "default", "encoder", "indent",
                                         "key_separator", "item_separator", "sort_keys",
                                         "skipkeys", "allow_nan", NULL};
    Object *a[9] = {NULL};
    if (args_parse("make_encoder", args, nargs, kwnames, kwlist, 9, 9, a) < 0) return NULL;
    if (a[0] != NONE && !IS_DICT(a[0]))
        return err_format(&Exc_TypeError, "make_encoder() argument 1 must be dict or None, "
                          "not %.200s", TYPE(a[0])->tp_name);
    if (!IS_STR(a[4]) || !IS_STR(a[5]))
        return err_format(&Exc_TypeError, "make_encoder() separators must be str");
    if (a[3] != NONE && !IS_STR(a[3]))
        return err_format(&Exc_TypeError, "make_encoder() indent must be str or None");
    int flags[3];
    for (int i = 0; i < 3; i++)
        if ((flags[i] = obj_is_true(a[6 + i])) < 0) return NULL;
    EncoderObject *e = (EncoderObject *)obj_alloc(type);
    if (!e) return NULL;
    e->markers = NEWREF(a[0]);
    e->defaultfn = NEWREF(a[1]);
    e->encoder = NEWREF(a[2]);
    e->indent = NEWREF(a[3]);
    e->key_separator = NEWREF(a[4]);
    e->item_separator = NEWREF(a[5]);
    e->sort_keys = (char)flags[0];
    e->skipkeys = (char)flags[1];
    e->allow_nan = (char)flags[2];
    if (IS_CFUNCTION(a[2])) {
        MethodDef *ml = ((CFunctionObject *)a[2])->m_ml;
        if (ml->meth == (void *)json_encode_basestring) e->fast_encode = 1;
        else if (ml->meth == (void *)json_encode_basestring_ascii) e->fast_encode = 2;
    }
    return OBJ(e);
}

static void encoder_dealloc(Object *self) {
    EncoderObject *e = (EncoderObject *)self;
    gc_untrack(self);
    XDECREF(e->markers);
    XDECREF(e->defaultfn);
    XDECREF(e->encoder);
    XDECREF(e->indent);
    XDECREF(e->key_separator);
    XDECREF(e->item_separator);
    TYPE(self)->tp_free(self);
}

static int encoder_traverse(Object *self, visitproc visit, void *arg) {
    EncoderObject *e = (EncoderObject *)self;
    int r;
    VISIT(e->markers);
    VISIT(e->defaultfn);
    VISIT(e->encoder);
    VISIT(e->indent);
    VISIT(e->key_separator);
    VISIT(e->item_separator);
    return 0;
}

static int encoder_clear(Object *self) {
    EncoderObject *e = (EncoderObject *)self;
    CLEAR(e->markers);
    CLEAR(e->defaultfn);
    CLEAR(e->encoder);
    CLEAR(e->indent);
    CLEAR(e->key_separator);
    CLEAR(e->item_separator);
    return 0;
}

static int encode_obj(EncoderObject *e, U4Buf *b, Object *o, ssize_t level);

static int append_ascii(U4Buf *b, const char *s) { return u4_append_ascii(b, s, strlen(s)); }

static int encode_string(EncoderObject *e, U4Buf *b, Object *s) {
    if (e->fast_encode) return append_escaped(b, s, e->fast_encode == 2);
    Object *r = obj_call1(e->encoder, s);
    if (!r) return -1;
    if (!IS_STR(r)) {
        err_format(&Exc_TypeError, "encoder() must return a string, not %.80s",
                   TYPE(r)->tp_name);
        DECREF(r);
        return -1;
    }
    int rc = u4_append_str(b, r);
    DECREF(r);
    return rc;
}

/* float.__repr__ of o, or Infinity/-Infinity/NaN when allowed.  New reference. */
static Object *float_text(EncoderObject *e, Object *o) {
    double v = FLOAT_VAL(o);
    if (isfinite(v)) return float_repr_double(v);
    if (!e->allow_nan)
        return err_format(&Exc_ValueError, "Out of range float values are not JSON compliant");
    return str_from_cstr(v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN");
}

/* A newline and `level` copies of the indent. */
static int newline_indent(EncoderObject *e, U4Buf *b, ssize_t level) {
    if (u4_append(b, '\n') < 0) return -1;
    for (ssize_t i = 0; i < level; i++)
        if (u4_append_str(b, e->indent) < 0) return -1;
    return 0;
}

/* Enter a container for cycle detection: *key gets the id key (NULL without markers). */
static int markers_enter(EncoderObject *e, Object *o, Object **key) {
    *key = NULL;
    if (e->markers == NONE) return 0;
    Object *k = int_from_ssize((ssize_t)(intptr_t)o);
    if (!k) return -1;
    int has = dict_contains(e->markers, k);
    if (has != 0) {
        if (has > 0) err_set_string(&Exc_ValueError, "Circular reference detected");
        DECREF(k);
        return -1;
    }
    if (dict_setitem(e->markers, k, o) < 0) { DECREF(k); return -1; }
    *key = k;
    return 0;
}

static int markers_leave(EncoderObject *e, Object *key) {
    if (!key) return 0;
    int rc = dict_delitem(e->markers, key);
    DECREF(key);
    return rc;
}

static int encode_list(EncoderObject *e, U4Buf *b, Object *seq, ssize_t level) {
    Object *items = IS_LIST(seq) ? list_as_tuple(seq) : NEWREF(seq);
    if (!items) return -1;
    ssize_t n = TUPLE_LEN(items);
    if (n == 0) { DECREF(items); return append_ascii(b, "[]"); }
    Object *key;
    if (markers_enter(e, seq, &key) < 0) { DECREF(items); return -1; }
    bool ind = e->indent != NONE;
    int rc = -1;
    if (u4_append(b, '[') < 0) goto done;
    if (ind && newline_indent(e, b, ++level) < 0) goto done;
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0) {
            if (u4_append_str(b, e->item_separator) < 0) goto done;
            if (ind && newline_indent(e, b, level) < 0) goto done;
        }
        if (encode_obj(e, b, TUPLE_GET(items, i), level) < 0) goto done;
    }
    if (markers_leave(e, key) < 0) { key = NULL; goto done; }
    key = NULL;
    if (ind && newline_indent(e, b, --level) < 0) goto done;
    rc = u4_append(b, ']');
done:
    XDECREF(key);
    DECREF(items);
    return rc;
}

/* The text of a dict key as a str (new reference), or NULL with *skip set for skipkeys. */
static Object *key_text(EncoderObject *e, Object *k, bool *skip) {
    *skip = false;
    if (IS_STR(k)) return NEWREF(k);
    if (IS_FLOAT(k)) return float_text(e, k);
    if (k == TRUE_OBJ) return str_from_cstr("true");
    if (k == FALSE_OBJ) return str_from_cstr("false");
    if (k == NONE) return str_from_cstr("null");
    if (IS_INT(k)) return int_to_decimal_string(k);
    if (e->skipkeys) { *skip = true; return NULL; }
    return err_format(&Exc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                      TYPE(k)->tp_name);
}

static int encode_dict(EncoderObject *e, U4Buf *b, Object *d, ssize_t level) {
    if (DICT_LEN(d) == 0) return append_ascii(b, "{}");
    Object *key;
    if (markers_enter(e, d, &key) < 0) return -1;
    Object *items = dict_items_list(d);
    bool ind = e->indent != NONE, first = true;
    int rc = -1;
    if (!items) goto done;
    if (e->sort_keys && list_sort(items) < 0) goto done;
    if (u4_append(b, '{') < 0) goto done;
    if (ind && newline_indent(e, b, ++level) < 0) goto done;
    for (ssize_t i = 0; i < LIST_LEN(items); i++) {
        Object *item = LIST_GET(items, i);
        bool skip;
        Object *kt = key_text(e, TUPLE_GET(item, 0), &skip);
        if (!kt) {
            if (skip) continue;
            goto done;
        }
        int bad = 0;
        if (!first) {
            bad = u4_append_str(b, e->item_separator) < 0 ||
                  (ind && newline_indent(e, b, level) < 0);
        }
        first = false;
        bad = bad || encode_string(e, b, kt) < 0 || u4_append_str(b, e->key_separator) < 0 ||
              encode_obj(e, b, TUPLE_GET(item, 1), level) < 0;
        DECREF(kt);
        if (bad) goto done;
    }
    if (markers_leave(e, key) < 0) { key = NULL; goto done; }
    key = NULL;
    if (ind && newline_indent(e, b, --level) < 0) goto done;
    rc = u4_append(b, '}');
done:
    XDECREF(key);
    XDECREF(items);
    return rc;
}

static int encode_obj(EncoderObject *e, U4Buf *b, Object *o, ssize_t level) {
    if (o == NONE) return append_ascii(b, "null");
    if (o == TRUE_OBJ) return append_ascii(b, "true");
    if (o == FALSE_OBJ) return append_ascii(b, "false");
    if (IS_STR(o)) return encode_string(e, b, o);
    Object *text = NULL;
    if (IS_INT(o)) text = int_to_decimal_string(o);
    else if (IS_FLOAT(o)) text = float_text(e, o);
    if (text) {
        int rc = u4_append_str(b, text);
        DECREF(text);
        return rc;
    }
    if (err_occurred()) return -1;
    int rc;
    if (IS_LIST(o) || IS_TUPLE(o) || IS_DICT(o)) {
        if (recursion_enter(" while encoding a JSON object") < 0) return -1;
        rc = IS_DICT(o) ? encode_dict(e, b, o, level) : encode_list(e, b, o, level);
        recursion_leave();
        return rc;
    }
    Object *key;
    if (markers_enter(e, o, &key) < 0) return -1;
    Object *newobj = obj_call1(e->defaultfn, o);
    if (!newobj) { XDECREF(key); return -1; }
    if (recursion_enter(" while encoding a JSON object") < 0) {
        DECREF(newobj);
        XDECREF(key);
        return -1;
    }
    rc = encode_obj(e, b, newobj, level);
    recursion_leave();
    DECREF(newobj);
    if (rc < 0) { XDECREF(key); return -1; }
    return markers_leave(e, key);
}

static Object *encoder_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"obj", "_current_indent_level", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("_iterencode", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    ssize_t level = num_as_ssize(a[1], &Exc_OverflowError);
    if (level == -1 && err_occurred()) return NULL;
    U4Buf b;
    u4_init(&b);
    EncoderObject *e = (EncoderObject *)self;
    if (encode_obj(e, &b, a[0], level) < 0) { u4_discard(&b); return NULL; }
    Object *s = u4_finish(&b);
    if (!s) return NULL;
    Object *t = tuple_pack(1, s);
    DECREF(s);
    return t;
}

static MemberDef encoder_members[] = {
    {"markers", T_OBJECT, offsetof(EncoderObject, markers), READONLY, "markers"},
    {"default", T_OBJECT, offsetof(EncoderObject, defaultfn), READONLY, "default"},
    {"encoder", T_OBJECT, offsetof(EncoderObject, encoder), READONLY, "encoder"},
    {"indent", T_OBJECT, offsetof(EncoderObject, indent), READONLY, "indent"},
    {"key_separator", T_OBJECT, offsetof(EncoderObject, key_separator), READONLY},
    {"item_separator", T_OBJECT, offsetof(EncoderObject, item_separator), READONLY},
    {"sort_keys", T_BOOL, offsetof(EncoderObject, sort_keys), READONLY, "sort_keys"},
    {"skipkeys", T_BOOL, offsetof(EncoderObject, skipkeys), READONLY, "skipkeys"},
    {NULL}
};

static TypeObject EncoderType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_json.Encoder",
    .tp_basicsize = sizeof(EncoderObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "_iterencode(obj, _current_indent_level) -> iterable",
    .tp_new = encoder_new, .tp_dealloc = encoder_dealloc, .tp_traverse = encoder_traverse,
    .tp_clear = encoder_clear, .tp_call = encoder_call, .tp_members = encoder_members,
};

/* ---- the module ----------------------------------------------------------------------------- */

static MethodDef json_methods[] = {
    {"encode_basestring_ascii", (void *)json_encode_basestring_ascii, METH_O,
     "encode_basestring_ascii(string) -> string\n\n"
     "Return an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", (void *)json_encode_basestring, METH_O,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {"scanstring", (void *)json_scanstring, METH_FASTCALL,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string."},
    {NULL}
};

static int json_init(Object *m) {
    if (type_ready(&ScannerType) < 0 || type_ready(&EncoderType) < 0) return -1;
    return module_add(m, "make_scanner", NEWREF_(&ScannerType)) < 0 ||
           module_add(m, "make_encoder", NEWREF_(&EncoderType)) < 0 ? -1 : 0;
}

ModuleDef json_c_module_def = {
    "_json",
    "json speedups\n",
    json_methods,
    json_init,
};
