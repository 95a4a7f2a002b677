/* test_dict.c — the dict's table: insertion, deletion and lookup under stress, order
 * preservation, and sys.getsizeof values along growth sequences, checked against numbers taken
 * from CPython 3.11 (sys.getsizeof = __sizeof__ + 16 for the GC header). */
#include "objects/containers.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/numbers.h"
#include "objects/strings.h"
#include "vm/vm.h"
#include <stdio.h>

static int passed, failed;

#define CHECK(cond, ...) do { \
    if (cond) passed++; \
    else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); \
           printf("\n"); } \
} while (0)

static ssize_t getsizeof(Object *o)
{
    Object *r = obj_call_method(o, "__sizeof__", NULL, 0);
    if (r == NULL) {
        err_clear();
        return -1;
    }
    ssize_t n = int_as_ssize(r);
    DECREF(r);
    return n + 16;
}

static Object *str_key(long i)
{
    char buf[32];
    snprintf(buf, sizeof buf, "k%ld", i);
    return str_from_cstr(buf);
}

/* getsizeof(d) before each insertion d[key(i)] = i, i = 0..40 (CPython 3.11). */
static const ssize_t str_sizes[41] = {
    64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464, 464, 464, 464, 464, 464, 464,
    464, 464, 464, 464, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832,
    832, 832, 832, 832, 832,
};
static const ssize_t int_sizes[41] = {
    64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 632, 632,
    632, 632, 632, 632, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168,
    1168, 1168, 1168, 1168, 1168, 1168, 1168,
};

static void test_growth_sizes(void)
{
    Object *ds = dict_new(), *di = dict_new();
    for (long i = 0; i <= 40; i++) {
        ssize_t s = getsizeof(ds), t = getsizeof(di);
        CHECK(s == str_sizes[i], "str keys, n=%ld: getsizeof %zd, CPython %zd", i, s, str_sizes[i]);
        CHECK(t == int_sizes[i], "int keys, n=%ld: getsizeof %zd, CPython %zd", i, t, int_sizes[i]);
        Object *k = str_key(i), *v = int_from_long(i);
        dict_setitem(ds, k, v);
        dict_setitem(di, v, v);
        DECREF(k);
        DECREF(v);
    }
    DECREF(ds);
    DECREF(di);

    /* {'a': 1}; d[1] = 2 converts the table to general entries at size 16: 352. */
    Object *d = dict_new(), *a = str_from_cstr("a");
    dict_setitem(d, a, SMALL_INT(1));
    dict_setitem(d, SMALL_INT(1), SMALL_INT(2));
    CHECK(getsizeof(d) == 352, "str dict + int key: %zd, CPython 352", getsizeof(d));
    DECREF(a);
    DECREF(d);
}

/* for i in range(100): d[i] = i; delete every third; d[1000] = 1  ->  4688, order kept. */
static void test_delete_then_insert(void)
{
    Object *d = dict_new();
    for (long i = 0; i < 100; i++) {
        Object *k = int_from_long(i);
        dict_setitem(d, k, k);
        DECREF(k);
    }
    for (long i = 0; i < 100; i += 3) {
        Object *k = int_from_long(i);
        CHECK(dict_delitem(d, k) == 0, "del d[%ld]", i);
        DECREF(k);
    }
    Object *k = int_from_long(1000);
    dict_setitem(d, k, SMALL_INT(1));
    DECREF(k);
    CHECK(getsizeof(d) == 4688, "after deletions: %zd, CPython 4688", getsizeof(d));
    CHECK(DICT_LEN(d) == 67, "len %zd", DICT_LEN(d));
    /* Order: 1 2 4 5 7 ... 97 98 1000. */
    ssize_t pos = 0;
    Object *key, *value;
    long expect = 1;
    bool ordered = true;
    while (dict_next(d, &pos, &key, &value)) {
        long kv = int_as_long(key);
        if (expect >= 100) expect = 1000;
        if (kv != expect) ordered = false;
        expect++;
        if (expect < 100 && expect % 3 == 0) expect++;
    }
    CHECK(ordered, "iteration order after deletions");
    /* copy of a dict with few holes clones the table (same size); 352 as CPython. */
    Object *c = dict_new();
    for (long i = 0; i < 10; i++) {
        Object *kk = int_from_long(i);
        dict_setitem(c, kk, kk);
        DECREF(kk);
    }
    Object *cc = dict_copy(c);
    CHECK(getsizeof(cc) == 352, "copy size %zd, CPython 352", getsizeof(cc));
    DECREF(cc);
    DECREF(c);
    DECREF(d);
}

/* Random inserts and deletes checked against a plain presence array. */
static void test_stress(void)
{
    enum { N = 5000, ROUNDS = 60000 };
    static signed char present[N];
    Object *d = dict_new();
    uint64_t x = 88172645463325252ULL;
    bool ok = true;
    for (int r = 0; r < ROUNDS; r++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        long i = (long)(x % N);
        Object *k = (x >> 40) & 1 ? str_key(i) : int_from_long(i);
        bool is_str = IS_STR(k);
        int slot = (int)i;
        /* Separate presence for the str and int forms of a number. */
        signed char bit = is_str ? 2 : 1;
        if ((x >> 41) & 1) {
            if (dict_setitem(d, k, k) < 0) ok = false;
            present[slot] |= bit;
        } else {
            int rc = dict_delitem(d, k);
            if ((present[slot] & bit) ? rc != 0 : rc != -1) ok = false;
            if (rc < 0) err_clear();
            present[slot] &= ~bit;
        }
        DECREF(k);
    }
    CHECK(ok, "insert/delete results");
    ssize_t count = 0;
    for (long i = 0; i < N; i++) {
        Object *ki = int_from_long(i), *ks = str_key(i);
        int ci = dict_contains(d, ki), cs = dict_contains(d, ks);
        if (ci != ((present[i] & 1) != 0) || cs != ((present[i] & 2) != 0))
            ok = false;
        Object *v = dict_getitem(d, ki);
        if ((v != NULL) != ((present[i] & 1) != 0) || (v && v != dict_getitem(d, ki)))
            ok = false;
        count += (present[i] & 1) + ((present[i] & 2) >> 1);
        DECREF(ki);
        DECREF(ks);
    }
    CHECK(ok, "lookups after stress");
    CHECK(DICT_LEN(d) == count, "len %zd, expected %zd", DICT_LEN(d), count);
    DECREF(d);
}

/* Insertion order survives growth; re-setting a key keeps its place; popitem is LIFO. */
static void test_order(void)
{
    Object *d = dict_new();
    long keys[] = {40, 24, 8, 56, 16, 1000003, -7, 3};
    int n = (int)(sizeof keys / sizeof keys[0]);
    for (int j = 0; j < n; j++) {
        Object *k = int_from_long(keys[j]);
        dict_setitem(d, k, SMALL_INT(0));
        DECREF(k);
    }
    Object *k8 = int_from_long(8);
    dict_setitem(d, k8, SMALL_INT(1));
    DECREF(k8);
    ssize_t pos = 0;
    Object *key, *value;
    int j = 0;
    bool ok = true;
    while (dict_next(d, &pos, &key, &value))
        if (int_as_long(key) != keys[j++]) ok = false;
    CHECK(ok && j == n, "insertion order");
    Object *r = obj_call_method(d, "popitem", NULL, 0);
    CHECK(r != NULL && int_as_long(TUPLE_GET(r, 0)) == 3, "popitem returns the last item");
    XDECREF(r);
    dict_clear(d);
    CHECK(DICT_LEN(d) == 0 && getsizeof(d) == 64, "clear: size %zd", getsizeof(d));
    r = obj_call_method(d, "popitem", NULL, 0);
    CHECK(r == NULL && err_matches(&Exc_KeyError), "popitem on empty raises KeyError");
    err_clear();
    DECREF(d);
}

int main(void)
{
    vm_init(0, NULL);
    test_growth_sizes();
    test_delete_then_insert();
    test_stress();
    test_order();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
