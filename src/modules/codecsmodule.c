/* codecsmodule.c — _codecs: the codec and error-handler registries, and the per-codec functions
 * (utf_8_encode, utf_16_ex_decode, ...) that src/lib/codecs.py builds CodecInfo objects from.
 *
 * The codecs themselves are codecs.c's table.  lookup() normalises a name as CPython does and
 * caches the result: a codec of the table gets its CodecInfo from codecs._builtin_info (Python,
 * so the classes are codecs.py's), any other name asks the registered search functions in
 * order.  Importing this module installs codec_hook_lookup / codec_hook_error, through which
 * str.encode and bytes.decode reach registered codecs and error handlers.
 *
 * The built-in error handlers are also functions here (codecs.strict_errors, ...), working on
 * a UnicodeError instance as CPython's do; the codecs themselves apply the same rules inline. */
#include "modules.h"
#include <stdio.h>
#include <string.h>

static Object *search_functions;    /* list, registration order */
static Object *lookup_cache;        /* normalised name -> CodecInfo */
static Object *error_registry;      /* handler name -> callable */

static int registry_ready(void) {
    if (!search_functions && !(search_functions = list_new(0))) return -1;
    if (!lookup_cache && !(lookup_cache = dict_new())) return -1;
    if (!error_registry && !(error_registry = dict_new())) return -1;
    return 0;
}

/* ---- lookup ---------------------------------------------------------------------------------- */

static Object *lookup_cstr(const char *encoding) {
    char norm[256];
    if (registry_ready() < 0) return NULL;
    if (codec_normalize(encoding, norm, sizeof norm) < 0)
        return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    Object *hit = dict_getitem_str(lookup_cache, norm);
    if (hit) return NEWREF(hit);
    if (err_occurred()) return NULL;
    Object *info = NULL;
    const Codec *c = codec_find(norm);
    if (c) {
        Object *mod = vm_import_cstr("codecs");
        Object *f = mod ? obj_getattr_str(mod, "_builtin_info") : NULL;
        XDECREF(mod);
        Object *name = f ? str_from_cstr(codec_name(c)) : NULL;
        info = name ? obj_call1(f, name) : NULL;
        XDECREF(name);
        XDECREF(f);
        if (!info) return NULL;
    } else {
        Object *key = str_from_cstr(norm);
        if (!key) return NULL;
        for (ssize_t i = 0; i < LIST_LEN(search_functions) && !info; i++) {
            Object *fn = NEWREF(LIST_GET(search_functions, i));
            Object *r = obj_call1(fn, key);
            DECREF(fn);
            if (!r) { DECREF(key); return NULL; }
            if (r == NONE) { DECREF(r); continue; }
            if (!IS_TUPLE(r) || TUPLE_LEN(r) != 4) {
                DECREF(r);
                DECREF(key);
                return err_format(&Exc_TypeError, "codec search functions must return 4-tuples");
            }
            info = r;
        }
        DECREF(key);
        if (!info) return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    }
    if (dict_setitem_str(lookup_cache, norm, info) < 0) { DECREF(info); return NULL; }
    return info;
}

static Object *hook_error(const char *name) {
    if (registry_ready() < 0) return NULL;
    Object *h = dict_getitem_str(error_registry, name);
    if (h) return NEWREF(h);
    if (!err_occurred()) err_format(&Exc_LookupError, "unknown error handler name '%s'", name);
    return NULL;
}

/* A str argument as UTF-8 for messages naming `fname`. */
static const char *str_arg(const char *fname, Object *o, const char *what) {
    if (!IS_STR(o)) {
        err_format(&Exc_TypeError, "%s() argument %s must be str, not %.200s", fname, what,
                   TYPE(o)->tp_name);
        return NULL;
    }
    return str_as_utf8(o);
}

/* errors=None or a str, as UTF-8 (NULL: strict); *bad set on error. */
static const char *errors_arg(const char *fname, Object *o, const char *pos, bool *bad) {
    *bad = false;
    if (!o || o == NONE) return NULL;
    if (!IS_STR(o)) {
        err_format(&Exc_TypeError, "%s() argument %s must be str or None, not %.200s", fname, pos,
                   TYPE(o)->tp_name);
        *bad = true;
        return NULL;
    }
    const char *s = str_as_utf8(o);
    if (!s) *bad = true;
    return s;
}

static Object *codecs_lookup(Object *m, Object *arg) {
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "lookup() argument must be str, not %.200s",
                          TYPE(arg)->tp_name);
    const char *s = str_as_utf8(arg);
    return s ? lookup_cstr(s) : NULL;
}

static Object *codecs_register(Object *m, Object *fn) {
    if (!obj_callable(fn)) return err_format(&Exc_TypeError, "argument must be callable");
    if (registry_ready() < 0 || list_append(search_functions, fn) < 0) return NULL;
    RETURN_NONE;
}

static Object *codecs_unregister(Object *m, Object *fn) {
    if (registry_ready() < 0) return NULL;
    for (ssize_t i = 0; i < LIST_LEN(search_functions); i++) {
        if (LIST_GET(search_functions, i) != fn) continue;
        Object *idx = int_from_ssize(i);
        Object *r = idx ? obj_call_method(search_functions, "pop", &idx, 1) : NULL;
        XDECREF(idx);
        if (!r) return NULL;
        DECREF(r);
        /* the cache may hold codecs this function found */
        r = obj_call_method(lookup_cache, "clear", NULL, 0);
        if (!r) return NULL;
        DECREF(r);
        break;
    }
    RETURN_NONE;
}

/* ---- error handlers -------------------------------------------------------------------------- */

static Object *codecs_register_error(Object *m, Object *const *a, ssize_t n) {
    if (args_check_positional("register_error", n, 2, 2) < 0) return NULL;
    const char *name = str_arg("register_error", a[0], "1");
    if (!name) return NULL;
    if (!obj_callable(a[1])) return err_format(&Exc_TypeError, "handler must be callable");
    if (registry_ready() < 0 || dict_setitem(error_registry, a[0], a[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *codecs_lookup_error(Object *m, Object *arg) {
    const char *name = str_arg("lookup_error", arg, "1");
    return name ? hook_error(name) : NULL;
}

enum { UE_ENCODE, UE_DECODE, UE_TRANSLATE };

/* The UnicodeError a handler was given: its kind and its range clamped as CPython's
 * PyUnicode*Error_GetStart/GetEnd do.  -1 with TypeError for anything else. */
static int handler_exc(Object *exc, UnicodeErrorObject **e, ssize_t *start, ssize_t *end) {
    int kind = IS_INSTANCE(exc, &Exc_UnicodeEncodeError) ? UE_ENCODE
             : IS_INSTANCE(exc, &Exc_UnicodeDecodeError) ? UE_DECODE
             : IS_INSTANCE(exc, &Exc_UnicodeTranslateError) ? UE_TRANSLATE : -1;
    if (kind < 0) {
        err_format(&Exc_TypeError, "don't know how to handle %.200s in error callback",
                   TYPE(exc)->tp_name);
        return -1;
    }
    *e = (UnicodeErrorObject *)exc;
    Object *o = (*e)->object;
    if (!o || (kind == UE_DECODE ? !IS_BYTES(o) : !IS_STR(o))) {
        err_format(&Exc_TypeError, "%s attribute must be %s", "object",
                   kind == UE_DECODE ? "bytes" : "unicode");
        return -1;
    }
    ssize_t len = kind == UE_DECODE ? BYTES_LEN(o) : STR_LEN(o);
    *start = (*e)->start < 0 ? 0 : (*e)->start >= len ? (len ? len - 1 : 0) : (*e)->start;
    *end = (*e)->end < 1 ? 1 : (*e)->end > len ? len : (*e)->end;
    return kind;
}

static Object *pair(Object *rep, ssize_t pos) {   /* (rep, pos), stealing rep */
    if (!rep) return NULL;
    Object *p = int_from_ssize(pos);
    if (!p) { DECREF(rep); return NULL; }
    Object *t = tuple_pack(2, rep, p);
    DECREF(rep);
    DECREF(p);
    return t;
}

static Object *raise_it(Object *exc) {
    err_raise(NEWREF(exc));
    return NULL;
}

static Object *h_strict(Object *m, Object *exc) {
    if (!IS_INSTANCE(exc, &Exc_BaseException))
        return err_format(&Exc_TypeError, "codec must pass exception instance");
    return raise_it(exc);
}

static Object *h_ignore(Object *m, Object *exc) {
    UnicodeErrorObject *e; ssize_t s, t;
    if (handler_exc(exc, &e, &s, &t) < 0) return NULL;
    return pair(NEWREF(empty_str), t);
}

static Object *h_replace(Object *m, Object *exc) {
    UnicodeErrorObject *e; ssize_t s, t;
    int kind = handler_exc(exc, &e, &s, &t);
    if (kind < 0) return NULL;
    U4Buf b;
    u4_init(&b);
    for (ssize_t k = kind == UE_DECODE ? t - 1 : s; k < t; k++)
        if (u4_append(&b, kind == UE_ENCODE ? '?' : 0xFFFD) < 0) { u4_discard(&b); return NULL; }
    return pair(u4_finish(&b), t);
}

/* backslashreplace, xmlcharrefreplace and namereplace: one escape per character (per byte
 * when decoding, for backslashreplace only). */
static Object *escapes(Object *exc, char how) {
    UnicodeErrorObject *e; ssize_t s, t;
    int kind = handler_exc(exc, &e, &s, &t);
    if (kind < 0) return NULL;
    if (kind != UE_ENCODE && how != 'b') {
        return err_format(&Exc_TypeError, "don't know how to handle %.200s in error callback",
                          TYPE(exc)->tp_name);
    }
    U4Buf b;
    u4_init(&b);
    char tmp[128];
    for (ssize_t k = s; k < t; k++) {
        uint32_t c = kind == UE_DECODE ? (uint8_t)BYTES_DATA(e->object)[k] : STR_AT(e->object, k);
        if (how == 'x') snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)c);
        else if (how == 'n' && unicode_name_of(c, tmp + 3, sizeof tmp - 4)) {
            memcpy(tmp, "\\N{", 3);
            strcat(tmp, "}");
        } else if (c < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
        else if (c < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)c);
        else snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)c);
        if (u4_append_ascii(&b, tmp, (ssize_t)strlen(tmp)) < 0) { u4_discard(&b); return NULL; }
    }
    return pair(u4_finish(&b), t);
}

static Object *h_backslash(Object *m, Object *exc) { return escapes(exc, 'b'); }
static Object *h_xmlcharref(Object *m, Object *exc) { return escapes(exc, 'x'); }
static Object *h_namereplace(Object *m, Object *exc) { return escapes(exc, 'n'); }

static Object *h_surrogateescape(Object *m, Object *exc) {
    UnicodeErrorObject *e; ssize_t s, t;
    int kind = handler_exc(exc, &e, &s, &t);
    if (kind < 0) return NULL;
    if (kind == UE_DECODE) {
        const uint8_t *p = (const uint8_t *)BYTES_DATA(e->object);
        uint32_t out[4];
        ssize_t k = 0;
        while (k < 4 && s + k < t && p[s + k] >= 0x80) { out[k] = 0xDC00 + p[s + k]; k++; }
        if (k == 0) return raise_it(exc);
        return pair(str_from_ucs4(out, k), s + k);
    }
    if (kind == UE_TRANSLATE)
        return err_format(&Exc_TypeError, "don't know how to handle %.200s in error callback",
                          TYPE(exc)->tp_name);
    Object *r = bytes_from_data(NULL, t - s);
    if (!r) return NULL;
    for (ssize_t k = s; k < t; k++) {
        uint32_t c = STR_AT(e->object, k);
        if (c < 0xDC80 || c > 0xDCFF) { DECREF(r); return raise_it(exc); }
        BYTES_DATA(r)[k - s] = (char)(c - 0xDC00);
    }
    return pair(r, t);
}

/* The byte form of surrogates for an encoding name: 8 (utf-8), 16/32 with order -1/1; 0. */
static int sp_form(Object *encoding, int *order) {
    const char *name = encoding && IS_STR(encoding) ? str_as_utf8(encoding) : NULL;
    if (!name) { err_clear(); return 0; }
    const Codec *c = codec_find(name);
    if (!c) return 0;
    const char *cn = codec_name(c);
    *order = strstr(cn, "-be") ? 1 : -1;
    if (strcmp(cn, "utf-8") == 0 || strcmp(cn, "utf-8-sig") == 0) return 8;
    if (strncmp(cn, "utf-16", 6) == 0) return 16;
    if (strncmp(cn, "utf-32", 6) == 0) return 32;
    return 0;
}

static Object *h_surrogatepass(Object *m, Object *exc) {
    UnicodeErrorObject *e; ssize_t s, t;
    int kind = handler_exc(exc, &e, &s, &t);
    if (kind < 0) return NULL;
    if (kind == UE_TRANSLATE)
        return err_format(&Exc_TypeError, "don't know how to handle %.200s in error callback",
                          TYPE(exc)->tp_name);
    int order, form = sp_form(e->encoding, &order);
    if (!form) return err_occurred() ? NULL : raise_it(exc);
    int width = form == 8 ? 3 : form / 8;
    if (kind == UE_DECODE) {
        const uint8_t *p = (const uint8_t *)BYTES_DATA(e->object);
        ssize_t n = BYTES_LEN(e->object);
        uint32_t c = 0;
        if (n - s < width) return raise_it(exc);
        if (form == 8) {
            if ((p[s] & 0xF0) != 0xE0 || (p[s + 1] & 0xC0) != 0x80 || (p[s + 2] & 0xC0) != 0x80)
                return raise_it(exc);
            c = ((uint32_t)(p[s] & 0x0F) << 12) | ((uint32_t)(p[s + 1] & 0x3F) << 6) |
                (p[s + 2] & 0x3F);
        } else {
            for (int k = 0; k < width; k++)
                c |= (uint32_t)p[s + (order > 0 ? width - 1 - k : k)] << (8 * k);
        }
        if (c < 0xD800 || c >= 0xE000) return raise_it(exc);
        return pair(str_from_ucs4(&c, 1), s + width);
    }
    Object *r = bytes_from_data(NULL, (t - s) * width);
    if (!r) return NULL;
    uint8_t *o = (uint8_t *)BYTES_DATA(r);
    for (ssize_t k = s; k < t; k++, o += width) {
        uint32_t c = STR_AT(e->object, k);
        if (c < 0xD800 || c >= 0xE000) { DECREF(r); return raise_it(exc); }
        if (form == 8) {
            o[0] = (uint8_t)(0xE0 | (c >> 12));
            o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
            o[2] = (uint8_t)(0x80 | (c & 0x3F));
        } else {
            for (int j = 0; j < width; j++)
                o[order > 0 ? width - 1 - j : j] = (uint8_t)(c >> (8 * j));
        }
    }
    return pair(r, t);
}

/* The built-in handlers, registered under their names when the registry is made. */
static MethodDef handler_defs[] = {
    {"strict_errors", (void *)h_strict, METH_O, NULL},
    {"ignore_errors", (void *)h_ignore, METH_O, NULL},
    {"replace_errors", (void *)h_replace, METH_O, NULL},
    {"backslashreplace_errors", (void *)h_backslash, METH_O, NULL},
    {"xmlcharrefreplace_errors", (void *)h_xmlcharref, METH_O, NULL},
    {"namereplace_errors", (void *)h_namereplace, METH_O, NULL},
    {"surrogateescape", (void *)h_surrogateescape, METH_O, NULL},
    {"surrogatepass", (void *)h_surrogatepass, METH_O, NULL},
};
static const char *const handler_keys[] = {
    "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
    "surrogateescape", "surrogatepass",
};

static int register_builtin_handlers(void) {
    for (size_t i = 0; i < sizeof handler_defs / sizeof handler_defs[0]; i++) {
        if (dict_getitem_str(error_registry, handler_keys[i])) continue;
        Object *f = cfunction_new(&handler_defs[i], NULL, NULL);
        if (!f) return -1;
        int r = dict_setitem_str(error_registry, handler_keys[i], f);
        DECREF(f);
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- the per-codec functions ----------------------------------------------------------------- */

/* How each function takes its arguments. */
enum {
    F_ENC,          /* (str, errors=None) -> (bytes, len) */
    F_ENC_ORDER,    /* (str, errors=None, byteorder=0) */
    F_DEC,          /* (data, errors=None) -> (str, len) */
    F_DEC_FINAL,    /* (data, errors=None, final=False) -> (str, consumed) */
    F_DEC_FINAL1,   /* the same with final=True by default (the escape codecs) */
    F_DEC_EX,       /* (data, errors=None, byteorder=0, final=False) -> (str, consumed, order) */
};

typedef struct { const char *fname, *codec; int how; } CodecFn;

static const CodecFn codec_fns[] = {
    {"utf_8_encode", "utf-8", F_ENC}, {"utf_8_decode", "utf-8", F_DEC_FINAL},
    {"ascii_encode", "ascii", F_ENC}, {"ascii_decode", "ascii", F_DEC},
    {"latin_1_encode", "latin-1", F_ENC}, {"latin_1_decode", "latin-1", F_DEC},
    {"utf_16_encode", "utf-16", F_ENC_ORDER}, {"utf_16_decode", "utf-16", F_DEC_FINAL},
    {"utf_16_le_encode", "utf-16-le", F_ENC}, {"utf_16_le_decode", "utf-16-le", F_DEC_FINAL},
    {"utf_16_be_encode", "utf-16-be", F_ENC}, {"utf_16_be_decode", "utf-16-be", F_DEC_FINAL},
    {"utf_16_ex_decode", "utf-16", F_DEC_EX},
    {"utf_32_encode", "utf-32", F_ENC_ORDER}, {"utf_32_decode", "utf-32", F_DEC_FINAL},
    {"utf_32_le_encode", "utf-32-le", F_ENC}, {"utf_32_le_decode", "utf-32-le", F_DEC_FINAL},
    {"utf_32_be_encode", "utf-32-be", F_ENC}, {"utf_32_be_decode", "utf-32-be", F_DEC_FINAL},
    {"utf_32_ex_decode", "utf-32", F_DEC_EX},
    {"unicode_escape_encode", "unicode-escape", F_ENC},
    {"unicode_escape_decode", "unicode-escape", F_DEC_FINAL1},
    {"raw_unicode_escape_encode", "raw-unicode-escape", F_ENC},
    {"raw_unicode_escape_decode", "raw-unicode-escape", F_DEC_FINAL1},
};

/* utf-16 / utf-32 with an explicit byte order: the BOM codec for 0, else the -le/-be one. */
static const Codec *with_order(const char *codec, int order) {
    char name[16];
    snprintf(name, sizeof name, "%s%s", codec, order < 0 ? "-le" : order > 0 ? "-be" : "");
    return codec_find(name);
}

static int int_arg(Object *o, int dflt, int *out) {
    if (!o) { *out = dflt; return 0; }
    long v = int_as_long(o);
    if (v == -1 && err_occurred()) return -1;
    *out = v < 0 ? -1 : v > 0 ? 1 : 0;
    return 0;
}

/* The data argument of a decoder: a bytes object (bytes-like ones are copied, as the error
 * handlers may run Python code). */
static Object *data_arg(Object *o) {
    if (IS_BYTES(o)) return NEWREF(o);
    const char *p;
    ssize_t n;
    if (bytes_view(o, &p, &n) < 0) return NULL;
    return bytes_from_data(p, n);
}

static Object *encode_result(Object *b, Object *s) {
    if (!b) return NULL;
    return pair(b, STR_LEN(s));
}

static Object *run_codec_fn(const CodecFn *f, Object *const *args, ssize_t nargs, Object *kwn) {
    static const char *const enc_kw[] = {"str", "errors", "byteorder", NULL};
    static const char *const dec_kw[] = {"data", "errors", "final", NULL};
    static const char *const ex_kw[] = {"data", "errors", "byteorder", "final", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    bool enc = f->how == F_ENC || f->how == F_ENC_ORDER;
    int maxpos = f->how == F_ENC || f->how == F_DEC ? 2 : f->how == F_DEC_EX ? 4 : 3;
    if (args_parse(f->fname, args, nargs, kwn, enc ? enc_kw : f->how == F_DEC_EX ? ex_kw : dec_kw,
                   1, maxpos, a) < 0)
        return NULL;
    bool bad;
    const char *errors = errors_arg(f->fname, a[1], "2", &bad);
    if (bad) return NULL;
    if (enc) {
        if (!IS_STR(a[0]))
            return err_format(&Exc_TypeError, "%s() argument 1 must be str, not %.200s",
                              f->fname, TYPE(a[0])->tp_name);
        int order = 0;
        if (int_arg(a[2], 0, &order) < 0) return NULL;
        const Codec *c = f->how == F_ENC_ORDER ? with_order(f->codec, order)
                                               : codec_find(f->codec);
        return encode_result(codec_encode(c, a[0], errors, NULL), a[0]);
    }
    Object *data = data_arg(a[0]);
    if (!data) return NULL;
    int order = 0, final = f->how == F_DEC_FINAL1;
    Object *fin = f->how == F_DEC_EX ? a[3] : a[2];
    if (f->how == F_DEC_EX && int_arg(a[2], 0, &order) < 0) { DECREF(data); return NULL; }
    if (f->how != F_DEC && fin && (final = obj_is_true(fin)) < 0) { DECREF(data); return NULL; }
    if (f->how == F_DEC) final = 1;
    const Codec *c = f->how == F_DEC_EX ? with_order(f->codec, order) : codec_find(f->codec);
    ssize_t used;
    int state = 0;
    Object *s = codec_decode(c, BYTES_DATA(data), BYTES_LEN(data), errors, final, &used, &state);
    DECREF(data);
    if (!s) return NULL;
    if (f->how != F_DEC_EX) return pair(s, used);
    Object *u = int_from_ssize(used), *o = int_from_long(order ? order : state);
    Object *t = u && o ? tuple_pack(3, s, u, o) : NULL;
    DECREF(s); XDECREF(u); XDECREF(o);
    return t;
}

#define CODEC_FN(i)                                                                         \
    static Object *codec_fn_##i(Object *m, Object *const *a, ssize_t n, Object *kw) {        \
        return run_codec_fn(&codec_fns[i], a, n, kw);                                        \
    }
CODEC_FN(0) CODEC_FN(1) CODEC_FN(2) CODEC_FN(3) CODEC_FN(4) CODEC_FN(5) CODEC_FN(6)
CODEC_FN(7) CODEC_FN(8) CODEC_FN(9) CODEC_FN(10) CODEC_FN(11) CODEC_FN(12) CODEC_FN(13)
CODEC_FN(14) CODEC_FN(15) CODEC_FN(16) CODEC_FN(17) CODEC_FN(18) CODEC_FN(19) CODEC_FN(20)
CODEC_FN(21) CODEC_FN(22) CODEC_FN(23)
#define CODEC_DEF(i, name) {name, (void *)codec_fn_##i, METH_FASTCALL | METH_KEYWORDS, NULL}

/* charmap_decode / charmap_encode with mapping=None (latin-1); other mappings are not
 * supported: codecs.py encodes the charmap codecs of the table directly. */
static Object *charmap_fn(const char *fname, bool enc, Object *const *args, ssize_t nargs,
                          Object *kwn) {
    static const char *const enc_kw[] = {"str", "errors", "mapping", NULL};
    static const char *const dec_kw[] = {"data", "errors", "mapping", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse(fname, args, nargs, kwn, enc ? enc_kw : dec_kw, 1, 3, a) < 0) return NULL;
    if (a[2] && a[2] != NONE)
        return err_format(&Exc_NotImplementedError, "%s() supports only mapping=None in ouro",
                          fname);
    bool bad;
    const char *errors = errors_arg(fname, a[1], "2", &bad);
    if (bad) return NULL;
    const Codec *latin1 = codec_find("latin-1");
    if (enc) {
        if (!IS_STR(a[0]))
            return err_format(&Exc_TypeError, "%s() argument 1 must be str, not %.200s", fname,
                              TYPE(a[0])->tp_name);
        return encode_result(codec_encode(latin1, a[0], errors, NULL), a[0]);
    }
    Object *data = data_arg(a[0]);
    if (!data) return NULL;
    Object *s = codec_decode(latin1, BYTES_DATA(data), BYTES_LEN(data), errors, true, NULL, NULL);
    ssize_t n = BYTES_LEN(data);
    DECREF(data);
    return s ? pair(s, n) : NULL;
}

static Object *codecs_charmap_encode(Object *m, Object *const *a, ssize_t n, Object *kw) {
    return charmap_fn("charmap_encode", true, a, n, kw);
}

static Object *codecs_charmap_decode(Object *m, Object *const *a, ssize_t n, Object *kw) {
    return charmap_fn("charmap_decode", false, a, n, kw);
}

/* _encode_ex(str, encoding, errors, state) -> (bytes, state) and
 * _decode_ex(data, encoding, errors, final, state) -> (str, consumed, state): the stateful
 * steps behind codecs.py's incremental encoders and decoders for the table's codecs. */
static const Codec *table_codec(Object *name) {
    const char *s = str_arg("_codecs", name, "2");
    if (!s) return NULL;
    const Codec *c = codec_find(s);
    if (!c) err_format(&Exc_LookupError, "unknown encoding: %s", s);
    return c;
}

static Object *codecs_encode_ex(Object *m, Object *const *a, ssize_t n) {
    if (args_check_positional("_encode_ex", n, 4, 4) < 0) return NULL;
    const Codec *c = table_codec(a[1]);
    if (!c) return NULL;
    bool bad;
    const char *errors = errors_arg("encode", a[2], "2", &bad);
    if (bad) return NULL;
    if (!IS_STR(a[0]))
        return err_format(&Exc_TypeError, "%s() argument 1 must be str, not %.200s", "encode",
                          TYPE(a[0])->tp_name);
    int state = (int)int_as_long(a[3]);
    if (state == -1 && err_occurred()) return NULL;
    Object *b = codec_encode(c, a[0], errors, &state);
    return pair(b, state);
}

static Object *codecs_decode_ex(Object *m, Object *const *a, ssize_t n) {
    if (args_check_positional("_decode_ex", n, 5, 5) < 0) return NULL;
    const Codec *c = table_codec(a[1]);
    if (!c) return NULL;
    bool bad;
    const char *errors = errors_arg("decode", a[2], "2", &bad);
    if (bad) return NULL;
    int final = obj_is_true(a[3]);
    int state = (int)int_as_long(a[4]);
    if (final < 0 || (state == -1 && err_occurred())) return NULL;
    Object *data = data_arg(a[0]);
    if (!data) return NULL;
    ssize_t used;
    Object *s = codec_decode(c, BYTES_DATA(data), BYTES_LEN(data), errors, final, &used, &state);
    DECREF(data);
    if (!s) return NULL;
    Object *u = int_from_ssize(used), *st = int_from_long(state);
    Object *t = u && st ? tuple_pack(3, s, u, st) : NULL;
    DECREF(s); XDECREF(u); XDECREF(st);
    return t;
}

/* _known(name): the canonical name of a codec of the table, or None. */
static Object *codecs_known(Object *m, Object *arg) {
    const char *s = str_arg("_known", arg, "1");
    if (!s) return NULL;
    const Codec *c = codec_find(s);
    if (!c) RETURN_NONE;
    return str_from_cstr(codec_name(c));
}

static MethodDef codecs_methods[] = {
    {"register", (void *)codecs_register, METH_O, NULL},
    {"unregister", (void *)codecs_unregister, METH_O, NULL},
    {"lookup", (void *)codecs_lookup, METH_O, NULL},
    {"register_error", (void *)codecs_register_error, METH_FASTCALL, NULL},
    {"lookup_error", (void *)codecs_lookup_error, METH_O, NULL},
    {"charmap_encode", (void *)codecs_charmap_encode, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"charmap_decode", (void *)codecs_charmap_decode, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"_encode_ex", (void *)codecs_encode_ex, METH_FASTCALL, NULL},
    {"_decode_ex", (void *)codecs_decode_ex, METH_FASTCALL, NULL},
    {"_known", (void *)codecs_known, METH_O, NULL},
    CODEC_DEF(0, "utf_8_encode"), CODEC_DEF(1, "utf_8_decode"), CODEC_DEF(2, "ascii_encode"),
    CODEC_DEF(3, "ascii_decode"), CODEC_DEF(4, "latin_1_encode"), CODEC_DEF(5, "latin_1_decode"),
    CODEC_DEF(6, "utf_16_encode"), CODEC_DEF(7, "utf_16_decode"), CODEC_DEF(8, "utf_16_le_encode"),
    CODEC_DEF(9, "utf_16_le_decode"), CODEC_DEF(10, "utf_16_be_encode"),
    CODEC_DEF(11, "utf_16_be_decode"), CODEC_DEF(12, "utf_16_ex_decode"),
    CODEC_DEF(13, "utf_32_encode"), CODEC_DEF(14, "utf_32_decode"),
    CODEC_DEF(15, "utf_32_le_encode"), CODEC_DEF(16, "utf_32_le_decode"),
    CODEC_DEF(17, "utf_32_be_encode"), CODEC_DEF(18, "utf_32_be_decode"),
    CODEC_DEF(19, "utf_32_ex_decode"), CODEC_DEF(20, "unicode_escape_encode"),
    CODEC_DEF(21, "unicode_escape_decode"), CODEC_DEF(22, "raw_unicode_escape_encode"),
    CODEC_DEF(23, "raw_unicode_escape_decode"),
    {NULL}
};

static int codecs_init(Object *m) {
    if (registry_ready() < 0 || register_builtin_handlers() < 0) return -1;
    codec_hook_lookup = lookup_cstr;
    codec_hook_error = hook_error;
    return 0;
}

ModuleDef codecs_c_module_def = {
    "_codecs", "The codec registry and the codecs' functions (see src/lib/codecs.py).",
    codecs_methods, codecs_init,
};
