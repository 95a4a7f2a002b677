/* binasciimodule.c — binascii: conversions between binary data and ASCII encodings (hex,
 * base64, uuencode) and the CRC-32 and CRC-CCITT checksums.
 *
 * Every function reads its input as raw contiguous bytes: the b2a_ functions and the CRCs
 * take any bytes-like object, the a2b_ functions also an ASCII str (CPython's
 * ascii_buffer_converter).  Results are new bytes objects sized before they are filled (base64
 * decoding sizes for the worst case and shrinks the new object once, while it is still private).
 *
 * The decoders follow CPython 3.11 byte for byte, including its leniencies: a2b_base64 skips
 * non-alphabet characters and stops at the first complete padding unless strict_mode asks for
 * RFC 4648 strictness; a2b_uu pads a short line with zero bits.
 *
 * CRC-32 is the reflected IEEE 802.3 polynomial (0xEDB88320, as zlib), computed eight bytes at
 * a time from eight derived tables ("slicing-by-8": each table advances the CRC over one more
 * zero byte, so eight lookups replace eight dependent table steps).  crc_hqx is CRC-CCITT
 * (polynomial 0x1021, not reflected, as XMODEM/BinHex) with one table. */
#include "modules.h"
#include <limits.h>

static Object *binascii_error;        /* binascii.Error(ValueError) */
static Object *binascii_incomplete;   /* binascii.Incomplete(Exception) */

/* ---- reading arguments ------------------------------------------------------------------- */

/* The bytes of one argument; release with in_release(). */
typedef struct In {
    const unsigned char *p;
    ssize_t n;
    Buffer view;
    bool viewed;                /* view holds an export to give back */
} In;

static void in_release(In *in) {
    if (in->viewed) buffer_release(&in->view);
    in->viewed = false;
}

/* A bytes-like object (contiguous): 0, or -1 with the buffer protocol's TypeError. */
static int in_bytes(Object *o, In *in) {
    in->viewed = false;
    if (obj_get_buffer(o, &in->view, BUF_SIMPLE) < 0) return -1;
    in->viewed = true;
    in->p = (const unsigned char *)in->view.buf;
    in->n = in->view.len;
    return 0;
}

/* A bytes-like object or an ASCII str, for the a2b_ functions. */
static int in_ascii(Object *o, In *in) {
    in->viewed = false;
    if (IS_STR(o)) {
        if (!STR_IS_ASCII(o)) {
            err_set_string(&Exc_ValueError,
                           "string argument should contain only ASCII characters");
            return -1;
        }
        in->p = (const unsigned char *)STR_DATA(o);   /* ASCII: one byte per code point */
        in->n = STR_LEN(o);
        return 0;
    }
    if (obj_get_buffer(o, &in->view, BUF_SIMPLE) < 0) {
        err_clear();
        err_format(&Exc_TypeError, "argument should be bytes, buffer or ASCII string, not "
                   "'%.100s'", TYPE(o)->tp_name);
        return -1;
    }
    in->viewed = true;
    in->p = (const unsigned char *)in->view.buf;
    in->n = in->view.len;
    return 0;
}

/* A flag given as an int (CPython's bool(accept={int})): 0/1, or -1 with TypeError. */
static int flag_arg(Object *o, bool dflt) {
    if (!o) return dflt;
    Object *i = num_index(o);
    if (!i) return -1;
    int overflow;
    long v = int_as_long_overflow(i, &overflow);
    DECREF(i);
    if (overflow || v < INT_MIN || v > INT_MAX) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return v != 0;
}

/* An int taken modulo 2**32 through __index__ (CPython's unsigned_int(bitwise=True)). */
static int mask32_arg(Object *o, uint32_t *out) {
    Object *i = num_index(o);
    if (!i) return -1;
    int overflow;
    long v = int_as_long_overflow(i, &overflow);
    if (!overflow) {
        DECREF(i);
        *out = (uint32_t)(unsigned long)v;
        return 0;
    }
    Object *m = int_from_ulonglong(1ULL << 32);
    Object *r = m ? int_mod(i, m) : NULL;
    XDECREF(m);
    DECREF(i);
    if (!r) return -1;
    *out = (uint32_t)int_as_ulonglong(r);
    DECREF(r);
    return err_occurred() ? -1 : 0;
}

static Object *error(const char *msg) {
    err_set_string((TypeObject *)binascii_error, msg);
    return NULL;
}

/* ---- hex ----------------------------------------------------------------------------------- */

static const char hexdigits[] = "0123456789abcdef";

/* The separator byte of hexlify(sep=...): 0, or -1 with CPython's errors. */
static int hex_sep(Object *sep, unsigned char *out) {
    ssize_t n = obj_length(sep);
    if (n < 0) return -1;
    if (n != 1) {
        err_set_string(&Exc_ValueError, "sep must be length 1.");
        return -1;
    }
    if (IS_STR(sep)) {
        /* A one-byte-kind str is accepted whole: hexlify returns bytes, where CPython lets
         * a latin-1 separator through as that byte. */
        if (STR_KIND(sep) != 1) {
            err_set_string(&Exc_ValueError, "sep must be ASCII.");
            return -1;
        }
        *out = (unsigned char)STR_AT(sep, 0);
    } else if (IS_BYTES(sep)) {
        *out = (unsigned char)BYTES_DATA(sep)[0];
    } else {
        err_set_string(&Exc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    return 0;
}

/* Hex digits of p[0:n], a separator every `group` bytes counted from the right (group > 0)
 * or from the left (group < 0); group 0 means none. */
static Object *hex_encode(const unsigned char *p, ssize_t n, unsigned char sep, long group) {
    unsigned long g = group < 0 ? (unsigned long)-group : (unsigned long)group;
    ssize_t nsep = (g && n > 0) ? (n - 1) / (ssize_t)g : 0;
    Object *r = bytes_from_data(NULL, n * 2 + nsep);
    if (!r) return NULL;
    unsigned char *o = (unsigned char *)BYTES_DATA(r);
    if (nsep == 0) {
        for (ssize_t i = 0; i < n; i++) {
            *o++ = hexdigits[p[i] >> 4];
            *o++ = hexdigits[p[i] & 15];
        }
        return r;
    }
    /* Counting from the right, the first group is the short one. */
    ssize_t first = group > 0 ? n - nsep * (ssize_t)g : (ssize_t)g;
    ssize_t left = first;
    for (ssize_t i = 0; i < n; i++) {
        if (left == 0) {
            *o++ = sep;
            left = (ssize_t)g;
        }
        *o++ = hexdigits[p[i] >> 4];
        *o++ = hexdigits[p[i] & 15];
        left--;
    }
    return r;
}

static Object *b2a_hex_impl(const char *fname, Object *const *args, ssize_t nargs,
                            Object *kwnames) {
    static const char *const kwlist[] = {"data", "sep", "bytes_per_sep", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse(fname, args, nargs, kwnames, kwlist, 1, 3, a) < 0) return NULL;
    In in;
    if (in_bytes(a[0], &in) < 0) return NULL;
    unsigned char sep = 0;
    long group = 0;
    Object *r = NULL;
    if (a[1]) {
        if (hex_sep(a[1], &sep) < 0) goto done;
        group = 1;
    }
    if (a[2]) {
        Object *i = num_index(a[2]);
        if (!i) goto done;
        int overflow;
        long v = int_as_long_overflow(i, &overflow);
        DECREF(i);
        if (overflow || v < INT_MIN || v > INT_MAX) {
            err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
            goto done;
        }
        if (a[1]) group = v;
    }
    r = hex_encode(in.p, in.n, sep, group);
done:
    in_release(&in);
    return r;
}

static Object *m_b2a_hex(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    return b2a_hex_impl("b2a_hex", args, nargs, kwnames);
}

static Object *m_hexlify(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    return b2a_hex_impl("hexlify", args, nargs, kwnames);
}

/* The value of a hex digit, or 16 for any other byte. */
static unsigned char hexval[256];

static Object *m_a2b_hex(Object *m, Object *arg) {
    In in;
    if (in_ascii(arg, &in) < 0) return NULL;
    Object *r = NULL;
    if (in.n % 2) {
        error("Odd-length string");
        goto done;
    }
    r = bytes_from_data(NULL, in.n / 2);
    if (!r) goto done;
    unsigned char *o = (unsigned char *)BYTES_DATA(r);
    for (ssize_t i = 0; i < in.n; i += 2) {
        unsigned char hi = hexval[in.p[i]], lo = hexval[in.p[i + 1]];
        if ((hi | lo) & 16) {
            CLEAR(r);
            error("Non-hexadecimal digit found");
            goto done;
        }
        *o++ = (unsigned char)(hi << 4 | lo);
    }
done:
    in_release(&in);
    return r;
}

/* ---- base64 -------------------------------------------------------------------------------- */

static const char b64chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static unsigned char b64val[256];     /* 0..63, or 64 for bytes outside the alphabet */

static Object *m_b2a_base64(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"", "newline", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("b2a_base64", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    In in;
    if (in_bytes(a[0], &in) < 0) return NULL;
    int newline = flag_arg(a[1], true);
    Object *r = NULL;
    if (newline < 0) goto done;
    if (in.n > (SSIZE_MAX - 2) / 4 * 3) {
        err_no_memory();
        goto done;
    }
    r = bytes_from_data(NULL, (in.n + 2) / 3 * 4 + newline);
    if (!r) goto done;
    unsigned char *o = (unsigned char *)BYTES_DATA(r);
    const unsigned char *p = in.p;
    ssize_t i = 0;
    for (; i + 3 <= in.n; i += 3, p += 3) {
        uint32_t v = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
        o[0] = b64chars[v >> 18];
        o[1] = b64chars[(v >> 12) & 63];
        o[2] = b64chars[(v >> 6) & 63];
        o[3] = b64chars[v & 63];
        o += 4;
    }
    if (in.n - i == 1) {
        o[0] = b64chars[p[0] >> 2];
        o[1] = b64chars[(p[0] & 3) << 4];
        o[2] = o[3] = '=';
        o += 4;
    } else if (in.n - i == 2) {
        o[0] = b64chars[p[0] >> 2];
        o[1] = b64chars[(p[0] & 3) << 4 | p[1] >> 4];
        o[2] = b64chars[(p[1] & 15) << 2];
        o[3] = '=';
        o += 4;
    }
    if (newline) *o = '\n';
done:
    in_release(&in);
    return r;
}

/* The decoder proper: out has room for n / 4 * 3 + 3 bytes; returns the count written, or -1
 * with binascii.Error set. */
static ssize_t b64_decode(const unsigned char *p, ssize_t n, unsigned char *out, bool strict) {
    unsigned char *o = out;
    if (strict && n > 0 && p[0] == '=') {
        error("Leading padding not allowed");
        return -1;
    }
    int quad = 0, pads = 0;
    bool padding = false;
    unsigned acc = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '=') {
            padding = true;
            /* Padding completes a quad that has at least two data characters. */
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    error("Excess data after padding");
                    return -1;
                }
                return o - out;
            }
            continue;
        }
        unsigned v = b64val[c];
        if (v >= 64) {
            if (strict) {
                error("Only base64 data is allowed");
                return -1;
            }
            continue;
        }
        if (strict && padding) {
            error("Discontinuous padding not allowed");
            return -1;
        }
        pads = 0;
        switch (quad) {
        case 0: acc = v; quad = 1; break;
        case 1: *o++ = (unsigned char)(acc << 2 | v >> 4); acc = v & 15; quad = 2; break;
        case 2: *o++ = (unsigned char)(acc << 4 | v >> 2); acc = v & 3; quad = 3; break;
        default: *o++ = (unsigned char)(acc << 6 | v); acc = 0; quad = 0; break;
        }
    }
    if (quad == 1) {
        err_format((TypeObject *)binascii_error, "Invalid base64-encoded string: number of "
                   "data characters (%zd) cannot be 1 more than a multiple of 4",
                   (o - out) / 3 * 4 + 1);
        return -1;
    }
    if (quad != 0) {
        error("Incorrect padding");
        return -1;
    }
    return o - out;
}

static Object *m_a2b_base64(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"", "strict_mode", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("a2b_base64", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    In in;
    if (in_ascii(a[0], &in) < 0) return NULL;
    int strict = flag_arg(a[1], false);
    Object *r = NULL;
    if (strict < 0) goto done;
    r = bytes_from_data(NULL, in.n / 4 * 3 + 3);
    if (!r) goto done;
    ssize_t len = b64_decode(in.p, in.n, (unsigned char *)BYTES_DATA(r), strict);
    if (len < 0 || bytes_resize(&r, len) < 0) CLEAR(r);
done:
    in_release(&in);
    return r;
}

/* ---- uuencode ------------------------------------------------------------------------------- */

static Object *m_b2a_uu(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"", "backtick", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("b2a_uu", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    In in;
    if (in_bytes(a[0], &in) < 0) return NULL;
    int backtick = flag_arg(a[1], false);
    Object *r = NULL;
    if (backtick < 0) goto done;
    if (in.n > 45) {
        error("At most 45 bytes at once");
        goto done;
    }
    /* A length character, four characters per three bytes (rounded up), a newline. */
    r = bytes_from_data(NULL, 2 + (in.n + 2) / 3 * 4);
    if (!r) goto done;
    unsigned char *o = (unsigned char *)BYTES_DATA(r);
    *o++ = backtick && in.n == 0 ? '`' : (unsigned char)(' ' + in.n);
    for (ssize_t i = 0; i < in.n; i += 3) {
        uint32_t v = (uint32_t)in.p[i] << 16;
        if (i + 1 < in.n) v |= (uint32_t)in.p[i + 1] << 8;
        if (i + 2 < in.n) v |= in.p[i + 2];
        for (int s = 18; s >= 0; s -= 6) {
            unsigned c = (v >> s) & 63;
            *o++ = backtick && c == 0 ? '`' : (unsigned char)(' ' + c);
        }
    }
    *o = '\n';
done:
    in_release(&in);
    return r;
}

static Object *m_a2b_uu(Object *m, Object *arg) {
    In in;
    if (in_ascii(arg, &in) < 0) return NULL;
    const unsigned char *p = in.p, *end = in.p + in.n;
    /* An empty line still has a length character: CPython reads the terminating NUL. */
    ssize_t len = ((p < end ? *p++ : 0) - ' ') & 63;
    Object *r = bytes_from_data(NULL, len);
    if (!r) goto done;
    unsigned char *o = (unsigned char *)BYTES_DATA(r);
    unsigned acc = 0;
    int bits = 0;
    while (len > 0) {
        unsigned c = 0;
        /* Missing characters and line ends count as zero bits (spaces eaten in transit). */
        if (p < end) {
            c = *p++;
            if (c == '\n' || c == '\r') {
                c = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    CLEAR(r);
                    error("Illegal char");
                    goto done;
                }
                c = (c - ' ') & 63;
            }
        }
        acc = (acc << 6 | c) & 0xffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = (unsigned char)(acc >> bits);
            len--;
        }
    }
    for (; p < end; p++)
        if (*p != ' ' && *p != ' ' + 64 && *p != '\n' && *p != '\r') {
            CLEAR(r);
            error("Trailing garbage");
            goto done;
        }
done:
    in_release(&in);
    return r;
}

/* ---- checksums ------------------------------------------------------------------------------ */

static uint32_t crc32_table[8][256];
static uint16_t crc_hqx_table[256];

static void crc_tables_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        crc32_table[0][i] = c;
        uint32_t h = i << 8;
        for (int k = 0; k < 8; k++) h = h & 0x8000 ? (h << 1) ^ 0x1021 : h << 1;
        crc_hqx_table[i] = (uint16_t)h;
    }
    for (int t = 1; t < 8; t++)
        for (int i = 0; i < 256; i++) {
            uint32_t c = crc32_table[t - 1][i];
            crc32_table[t][i] = (c >> 8) ^ crc32_table[0][c & 255];
        }
}

/* Continue a CRC-32 (pre- and post-inverted, as zlib's crc32()). */
static uint32_t crc32_update(uint32_t crc, const unsigned char *p, ssize_t n) {
    crc = ~crc;
    while (n >= 8) {
        uint32_t lo = crc ^ ((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                             (uint32_t)p[3] << 24);
        crc = crc32_table[7][lo & 255] ^ crc32_table[6][(lo >> 8) & 255] ^
              crc32_table[5][(lo >> 16) & 255] ^ crc32_table[4][lo >> 24] ^
              crc32_table[3][p[4]] ^ crc32_table[2][p[5]] ^
              crc32_table[1][p[6]] ^ crc32_table[0][p[7]];
        p += 8;
        n -= 8;
    }
    while (n-- > 0) crc = (crc >> 8) ^ crc32_table[0][(crc ^ *p++) & 255];
    return ~crc;
}

static Object *m_crc32(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("crc32", nargs, 1, 2) < 0) return NULL;
    uint32_t crc = 0;
    In in;
    if (in_bytes(args[0], &in) < 0) return NULL;
    if (nargs > 1 && mask32_arg(args[1], &crc) < 0) {
        in_release(&in);
        return NULL;
    }
    crc = crc32_update(crc, in.p, in.n);
    in_release(&in);
    return int_from_ulonglong(crc);
}

static Object *m_crc_hqx(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("crc_hqx", nargs, 2, 2) < 0) return NULL;
    uint32_t crc;
    In in;
    if (in_bytes(args[0], &in) < 0) return NULL;
    if (mask32_arg(args[1], &crc) < 0) {
        in_release(&in);
        return NULL;
    }
    crc &= 0xffff;
    for (ssize_t i = 0; i < in.n; i++)
        crc = ((crc << 8) & 0xff00) ^ crc_hqx_table[(crc >> 8) ^ in.p[i]];
    in_release(&in);
    return int_from_ulonglong(crc);
}

/* ---- the module ------------------------------------------------------------------------------ */

static MethodDef binascii_methods[] = {
    {"a2b_uu", (void *)m_a2b_uu, METH_O, "Decode a line of uuencoded data."},
    {"b2a_uu", (void *)m_b2a_uu, METH_FASTCALL | METH_KEYWORDS, "Uuencode line of data."},
    {"a2b_base64", (void *)m_a2b_base64, METH_FASTCALL | METH_KEYWORDS,
     "Decode a line of base64 data."},
    {"b2a_base64", (void *)m_b2a_base64, METH_FASTCALL | METH_KEYWORDS,
     "Base64-code line of data."},
    {"crc_hqx", (void *)m_crc_hqx, METH_FASTCALL, "Compute CRC-CCITT incrementally."},
    {"crc32", (void *)m_crc32, METH_FASTCALL, "Compute CRC-32 incrementally."},
    {"b2a_hex", (void *)m_b2a_hex, METH_FASTCALL | METH_KEYWORDS,
     "Hexadecimal representation of binary data."},
    {"hexlify", (void *)m_hexlify, METH_FASTCALL | METH_KEYWORDS,
     "Hexadecimal representation of binary data."},
    {"a2b_hex", (void *)m_a2b_hex, METH_O,
     "Binary data of hexadecimal representation.\n\n"
     "hexstr must contain an even number of hex digits (upper or lower case).\n"
     "This function is also available as \"unhexlify()\"."},
    {"unhexlify", (void *)m_a2b_hex, METH_O,
     "Binary data of hexadecimal representation.\n\n"
     "hexstr must contain an even number of hex digits (upper or lower case)."},
    {NULL}
};

/* class NAME(base) with __module__ 'binascii' (new reference). */
static Object *make_exception(const char *name, Object *base) {
    Object *n = str_from_cstr(name), *bases = tuple_pack(1, base);
    Object *ns = dict_new(), *mod = str_from_cstr("binascii"), *r = NULL;
    if (n && bases && ns && mod && dict_setitem_str(ns, "__module__", mod) == 0) {
        Object *args[3] = {n, bases, ns};
        r = obj_call(OBJ(&TypeType), args, 3, NULL);
    }
    XDECREF(n);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return r;
}

static int binascii_init(Object *m) {
    if (!binascii_error) {
        if (!(binascii_error = make_exception("Error", OBJ(&Exc_ValueError)))) return -1;
        if (!(binascii_incomplete = make_exception("Incomplete", OBJ(&Exc_Exception))))
            return -1;
        memset(hexval, 16, sizeof hexval);
        for (int i = 0; i < 10; i++) hexval['0' + i] = (unsigned char)i;
        for (int i = 0; i < 6; i++) hexval['a' + i] = hexval['A' + i] = (unsigned char)(10 + i);
        memset(b64val, 64, sizeof b64val);
        for (int i = 0; i < 64; i++) b64val[(unsigned char)b64chars[i]] = (unsigned char)i;
        crc_tables_init();
    }
    return module_add(m, "Error", NEWREF(binascii_error)) < 0 ||
           module_add(m, "Incomplete", NEWREF(binascii_incomplete)) < 0 ? -1 : 0;
}

ModuleDef binascii_module_def = {
    "binascii",
    "Conversion between binary data and ASCII",
    binascii_methods,
    binascii_init,
};
