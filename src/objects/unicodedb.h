/* unicodedb.h — Unicode character properties (Unicode 14.0, as CPython 3.11), from the generated
 * tables in unicodedb.c (tools/gen_unicodedb.py).  One record per class of code points; the
 * predicates below are what str.isalpha() & co. and the case mappings use.  Any code point,
 * including lone surrogates and values >= 0x110000 (which get U+0000's record), is accepted. */
#ifndef OURO_UNICODEDB_H
#define OURO_UNICODEDB_H

#include <stdint.h>
#include <stdbool.h>

enum {
    UDB_ALPHA = 1 << 0, UDB_DECIMAL = 1 << 1, UDB_DIGIT = 1 << 2, UDB_NUMERIC = 1 << 3,
    UDB_SPACE = 1 << 4, UDB_PRINTABLE = 1 << 5, UDB_LOWER = 1 << 6, UDB_UPPER = 1 << 7,
    UDB_TITLE = 1 << 8, UDB_CASED = 1 << 9, UDB_CASE_IGNORABLE = 1 << 10,
    UDB_XID_START = 1 << 11, UDB_XID_CONTINUE = 1 << 12,
    UDB_EXTENDED_CASE = 1 << 13,    /* full case mappings are in the extended array */
};

typedef struct UnicodeRecord {
    uint16_t flags;
    int8_t decimal;                 /* decimal digit value, -1 if none */
    int8_t digit;                   /* digit value, -1 if none */
    int32_t lower, upper, title;    /* deltas of one-code-point full mappings */
    uint16_t ext;                   /* index into the extended array when EXTENDED_CASE */
} UnicodeRecord;

extern const UnicodeRecord unicode_records[];
const UnicodeRecord *unicode_record_slow(uint32_t c);
/* The extended entry of r: four length-prefixed sequences (lower, upper, title, casefold). */
const uint32_t *unicode_extended_case(const UnicodeRecord *r);

static inline const UnicodeRecord *unicode_record(uint32_t c) { return unicode_record_slow(c); }
static inline bool unicode_has(uint32_t c, unsigned flag) {
    return (unicode_record(c)->flags & flag) != 0;
}
static inline bool unicode_isspace(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return unicode_has(c, UDB_SPACE);
}
static inline bool unicode_isalpha(uint32_t c) { return unicode_has(c, UDB_ALPHA); }
static inline bool unicode_isdecimal(uint32_t c) { return unicode_has(c, UDB_DECIMAL); }
static inline bool unicode_isdigit(uint32_t c) { return unicode_has(c, UDB_DIGIT); }
static inline bool unicode_isnumeric(uint32_t c) { return unicode_has(c, UDB_NUMERIC); }
static inline bool unicode_isprintable(uint32_t c) { return unicode_has(c, UDB_PRINTABLE); }
static inline bool unicode_islower(uint32_t c) { return unicode_has(c, UDB_LOWER); }
static inline bool unicode_isupper(uint32_t c) { return unicode_has(c, UDB_UPPER); }
static inline bool unicode_istitle(uint32_t c) { return unicode_has(c, UDB_TITLE); }
static inline bool unicode_iscased(uint32_t c) { return unicode_has(c, UDB_CASED); }
static inline bool unicode_iscaseignorable(uint32_t c) {
    return unicode_has(c, UDB_CASE_IGNORABLE);
}
static inline bool unicode_isalnum(uint32_t c) {
    return unicode_has(c, UDB_ALPHA | UDB_DECIMAL | UDB_DIGIT | UDB_NUMERIC);
}
static inline bool unicode_isxidstart(uint32_t c) { return unicode_has(c, UDB_XID_START); }
static inline bool unicode_isxidcontinue(uint32_t c) { return unicode_has(c, UDB_XID_CONTINUE); }
/* Decimal value of c (0..9) or -1: what int('١٢') uses. */
static inline int unicode_decimal_value(uint32_t c) { return unicode_record(c)->decimal; }
static inline int unicode_digit_value(uint32_t c) { return unicode_record(c)->digit; }

/* Full case mappings: write up to 3 code points to out, return how many. */
enum { UDB_MAP_LOWER = 0, UDB_MAP_UPPER = 1, UDB_MAP_TITLE = 2, UDB_MAP_FOLD = 3 };
static inline int unicode_case_map(uint32_t c, int which, uint32_t out[3]) {
    const UnicodeRecord *r = unicode_record(c);
    if (r->flags & UDB_EXTENDED_CASE) {
        const uint32_t *e = unicode_extended_case(r);
        for (int k = 0; k < which; k++) e += 1 + e[0];
        int n = (int)e[0];
        for (int k = 0; k < n; k++) out[k] = e[1 + k];
        return n;
    }
    int32_t d = which == UDB_MAP_UPPER ? r->upper : which == UDB_MAP_TITLE ? r->title : r->lower;
    out[0] = (uint32_t)((int32_t)c + d);
    return 1;
}

#endif
