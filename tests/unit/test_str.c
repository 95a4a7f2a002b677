/* test_str.c — unit tests of the strings area: SipHash against CPython's values, UTF-8 round
 * trips and errors, object sizes, singletons, interning, the string builder, str_from_format and
 * bytearray's growth.  Expected values were obtained from python3 (3.11) with PYTHONHASHSEED=0. */
#include "objects/strings.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/numbers.h"
#include "runtime/hash.h"
#include "vm/vm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond) do {                                                      \
        if (cond) passed++;                                                   \
        else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
    } while (0)

/* The UTF-8 of s (borrowed) or "<error>". */
static const char *u8(Object *s) {
    if (!s) { err_clear(); return "<null>"; }
    const char *p = str_as_utf8(s);
    if (!p) { err_clear(); return "<error>"; }
    return p;
}

static void test_hash(void) {
    static const struct { const char *utf8; int64_t hash; } cases[] = {
        {"abc", -4594863902769663758LL},
        {"", 0},
        {"a", 4644417185603328019LL},
        {"\xc3\xa9", 6047309291227476195LL},                     /* 'é' (kind 1) */
        {"\xc4\x80\xc4\x80", -3805506869622859195LL},            /* 'ĀĀ' (kind 2) */
        {"\xf0\x9f\x98\x80x", -8926728262118538918LL},           /* '😀x' (kind 4) */
        {"abcdefghijklmnopq", 7044894726457044172LL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *s = str_from_cstr(cases[i].utf8);
        CHECK(s && str_hash(s) == cases[i].hash);
        CHECK(s && obj_hash(s) == cases[i].hash);
        XDECREF(s);
    }
    CHECK(hash_bytes("abc", 3) == -4594863902769663758LL);   /* hash(b"abc") */
    Object *b = bytes_from_data("abc", 3);
    CHECK(obj_hash(b) == -4594863902769663758LL);
    DECREF(b);
    /* hash_pointer: the address rotated right by 4 bits. */
    uintptr_t p = (uintptr_t)0x7f0012345670ULL;
    CHECK(hash_pointer((void *)p) == (int64_t)((p >> 4) | ((uint64_t)p << 60)));
}

static void test_utf8(void) {
    static const struct { const char *text; ssize_t len; int kind; } cases[] = {
        {"hello", 5, 1}, {"caf\xc3\xa9", 4, 1}, {"\xe2\x82\xac" "1", 2, 2},
        {"\xf0\x9f\x98\x80" "a\xc3\xa9", 3, 4}, {"", 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *s = str_from_cstr(cases[i].text);
        CHECK(s && STR_LEN(s) == cases[i].len && STR_KIND(s) == cases[i].kind);
        CHECK(s && strcmp(u8(s), cases[i].text) == 0);
        Object *e = s ? str_encode(s, NULL, NULL) : NULL;
        CHECK(e && BYTES_LEN(e) == (ssize_t)strlen(cases[i].text) &&
              memcmp(BYTES_DATA(e), cases[i].text, strlen(cases[i].text)) == 0);
        Object *back = e ? str_decode(BYTES_DATA(e), BYTES_LEN(e), "utf-8", "strict") : NULL;
        CHECK(back && str_eq(back, s));
        XDECREF(s); XDECREF(e); XDECREF(back);
    }
    /* Invalid input: strict fails with UnicodeDecodeError, lossy replaces. */
    Object *bad = str_from_utf8("a\xff", 2);
    CHECK(!bad && err_matches(&Exc_UnicodeDecodeError));
    err_clear();
    Object *lossy = str_from_utf8_lossy("a\xff", 2);
    CHECK(lossy && STR_LEN(lossy) == 2 && STR_AT(lossy, 1) == 0xFFFD);
    XDECREF(lossy);
    /* A lone surrogate cannot be encoded. */
    uint32_t sur[] = {0xD800};
    Object *s = str_from_ucs4(sur, 1);
    CHECK(s && str_as_utf8(s) == NULL && err_matches(&Exc_UnicodeEncodeError));
    err_clear();
    XDECREF(s);
}

static ssize_t sizeof_of(Object *o) {
    Object *r = obj_call_method(o, "__sizeof__", NULL, 0);
    ssize_t n = r ? int_as_ssize(r) : -1;
    XDECREF(r);
    if (!r) err_clear();
    return n;
}

static void test_sizes(void) {
    static const struct { const char *text; ssize_t size; } cases[] = {
        {"", 49}, {"abc", 52}, {"\xc3\xa9", 74}, {"\xe2\x82\xac", 76}, {"\xf0\x9f\x98\x80", 80},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *s = str_from_cstr(cases[i].text);
        CHECK(sizeof_of(s) == cases[i].size);
        XDECREF(s);
    }
    Object *b = bytes_from_data("", 0);
    CHECK(sizeof_of(b) == 33);
    DECREF(b);
    b = bytes_from_data("abc", 3);
    CHECK(sizeof_of(b) == 36);
    DECREF(b);
    Object *ba = bytearray_from_data(NULL, 0);
    CHECK(sizeof_of(ba) == 56);
    DECREF(ba);
    CHECK(sizeof(StrObject) == 48 && sizeof(CompactStrObject) == 72);
    CHECK(sizeof(ByteArrayObject) == 56);
}

static void test_singletons_and_interning(void) {
    Object *a = str_from_cstr("a");
    CHECK(a == str_latin1_char('a'));
    CHECK(REFCNT(str_latin1_char('a')) > 100000000);
    Object *e = str_from_cstr("");
    CHECK(e == empty_str);
    Object *sl = str_substring(a, 0, 0);
    CHECK(sl == empty_str);
    XDECREF(a); XDECREF(e); XDECREF(sl);
    Object *x = str_intern_cstr("__init__");
    CHECK(x == ID(__init__));
    XDECREF(x);
    Object *p = str_intern_cstr("some_rare_identifier");
    Object *q = str_intern_cstr("some_rare_identifier");
    CHECK(p && p == q);
    DECREF(q);
    DECREF(p);      /* dies; the table forgets it */
    Object *r = str_intern_cstr("some_rare_identifier");
    CHECK(r && ((StrObject *)r)->state.interned);
    XDECREF(r);
    CHECK(str_is_identifier(ID(__init__)));
}

static void test_builder(void) {
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "ab");
    sb_append_char(&sb, 0xE9);
    sb_append_char(&sb, 0x20AC);
    Object *s = str_from_cstr("xyz");
    sb_append_str(&sb, s);
    sb_append_repr(&sb, s);
    DECREF(s);
    sb_append_format(&sb, "[%d]", 42);
    Object *r = sb_finish(&sb);
    CHECK(r && STR_KIND(r) == 2 && strcmp(u8(r), "ab\xc3\xa9\xe2\x82\xacxyz'xyz'[42]") == 0);
    XDECREF(r);
    sb_init(&sb);
    sb_append_char(&sb, 0x1F600);
    r = sb_finish(&sb);
    CHECK(r && STR_KIND(r) == 4 && STR_LEN(r) == 1);
    XDECREF(r);
    sb_init(&sb);
    sb_append_char(&sb, 'q');
    r = sb_finish(&sb);
    CHECK(r == str_latin1_char('q'));
    XDECREF(r);
    sb_init(&sb);
    sb_append_char(&sb, 0xDC80);     /* lone surrogates survive the builder */
    r = sb_finish(&sb);
    CHECK(r && STR_LEN(r) == 1 && STR_AT(r, 0) == 0xDC80);
    XDECREF(r);
}

static void test_from_format(void) {
    Object *s = str_from_cstr("x\xc3\xa9");
    Object *i = int_from_long(-7);
    Object *r = str_from_format("%d|%ld|%zd|%u|%x|%c|%s|%U|%R|%S|%.2s|%5s|%-3d|%%|%lld", 12, -3L,
                                (ssize_t)99, 4u, 255u, 0x20AC, "hi", s, s, i, "abc", "ab", 5,
                                123456789012LL);
    CHECK(r &&
          strcmp(u8(r), "12|-3|99|4|ff|\xe2\x82\xac|hi|x\xc3\xa9|'x\xc3\xa9'|-7|ab|   ab|5  |%|"
                        "123456789012") == 0);
    XDECREF(r);
    r = str_from_format("%V|%V", s, "unused", NULL, "fallback");
    CHECK(r && strcmp(u8(r), "x\xc3\xa9|fallback") == 0);
    XDECREF(r);
    r = str_from_format("%p", (void *)0x1234);
    CHECK(r && strcmp(u8(r), "0x1234") == 0);
    XDECREF(r);
    DECREF(s);
    DECREF(i);
}

static void test_bytearray_growth(void) {
    /* bytearray().__alloc__() after each of 40 appends, from CPython 3.11. */
    static const ssize_t expected[] = {2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19,
                                       19, 19, 27, 27, 27, 27, 27, 27, 27, 27, 36, 36, 36, 36,
                                       36, 36, 36, 36, 36, 46, 46, 46, 46, 46};
    Object *ba = bytearray_from_data(NULL, 0);
    Object *v = int_from_long(65);
    bool ok = true;
    for (int k = 0; k < 40; k++) {
        Object *r = obj_call_method(ba, "append", &v, 1);
        if (!r) { err_clear(); ok = false; break; }
        DECREF(r);
        if (((ByteArrayObject *)ba)->ob_alloc != expected[k]) ok = false;
    }
    CHECK(ok);
    DECREF(v);
    DECREF(ba);
}

int main(void) {
    setenv("PYTHONHASHSEED", "0", 1);
    if (vm_init(0, NULL) < 0) {
        printf("0 passed, 1 failed\n");
        return 1;
    }
    test_hash();
    test_utf8();
    test_sizes();
    test_singletons_and_interning();
    test_builder();
    test_from_format();
    test_bytearray_growth();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
