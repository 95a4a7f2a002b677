/* bisectmodule.c — the bisect module: binary search and insertion in sorted sequences.
 *
 * The comparisons are exactly those of CPython's _bisect (bisect_right asks `x < a[mid]`,
 * bisect_left `a[mid] < x`; a key function applies to the elements, never to x), so user
 * __lt__ methods see the same calls.  Exact lists are read directly; any other sequence goes
 * through __getitem__, and insort calls its insert() method. */
#include "modules.h"

/* a[i] as a new reference (lists directly, while the index is still valid). */
static inline Object *item_at(Object *a, ssize_t i) {
    if (IS_LIST_EXACT(a) && i < LIST_LEN(a)) return NEWREF(LIST_GET(a, i));
    return seq_getitem(a, i);
}

/* The insertion point of x in a[lo:hi]; -1 on error. */
static ssize_t bisect_impl(Object *a, Object *x, ssize_t lo, ssize_t hi, Object *key, bool right) {
    if (lo < 0) { err_format(&Exc_ValueError, "lo must be non-negative"); return -1; }
    if (hi == -1) {
        hi = obj_length(a);
        if (hi < 0) return -1;
    }
    while (lo < hi) {
        /* lo + hi cannot overflow: both are at most the length of a sequence */
        ssize_t mid = ((size_t)lo + (size_t)hi) / 2;
        Object *item = item_at(a, mid);
        if (!item) return -1;
        if (key && key != NONE) {
            Object *k = obj_call1(key, item);
            DECREF(item);
            if (!k) return -1;
            item = k;
        }
        int lt = right ? obj_richcompare_bool(x, item, CMP_LT)
                       : obj_richcompare_bool(item, x, CMP_LT);
        DECREF(item);
        if (lt < 0) return -1;
        if (right) { if (lt) hi = mid; else lo = mid + 1; }
        else { if (lt) lo = mid + 1; else hi = mid; }
    }
    return lo;
}

/* The arguments (a, x, lo=0, hi=None, *, key=None). */
static int parse(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                 Object **a, Object **x, ssize_t *lo, ssize_t *hi, Object **key) {
    static const char *const kwlist[] = {"a", "x", "lo", "hi", "key", NULL};
    Object *v[5] = {NULL, NULL, NULL, NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, 2, 4, v) < 0) return -1;
    *a = v[0];
    *x = v[1];
    *lo = 0;
    *hi = -1;
    *key = v[4];
    if (v[2]) {
        *lo = num_as_ssize(v[2], &Exc_OverflowError);
        if (*lo == -1 && err_occurred()) return -1;
    }
    if (v[3] && v[3] != NONE) {
        *hi = num_as_ssize(v[3], &Exc_OverflowError);
        if (*hi == -1 && err_occurred()) return -1;
        /* CPython treats an explicit hi of -1 like None too. */
    }
    return 0;
}

static Object *do_bisect(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                         bool right) {
    Object *a, *x, *key;
    ssize_t lo, hi;
    if (parse(name, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0) return NULL;
    ssize_t i = bisect_impl(a, x, lo, hi, key, right);
    return i < 0 ? NULL : int_from_ssize(i);
}

static Object *do_insort(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                         bool right) {
    Object *a, *x, *key;
    ssize_t lo, hi, i;
    if (parse(name, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0) return NULL;
    if (key && key != NONE) {
        Object *kx = obj_call1(key, x);
        if (!kx) return NULL;
        i = bisect_impl(a, kx, lo, hi, key, right);
        DECREF(kx);
    } else {
        i = bisect_impl(a, x, lo, hi, NULL, right);
    }
    if (i < 0) return NULL;
    if (IS_LIST_EXACT(a)) {
        if (list_insert(a, i, x) < 0) return NULL;
        RETURN_NONE;
    }
    Object *argv[2] = {int_from_ssize(i), x};
    if (!argv[0]) return NULL;
    Object *r = obj_call_method(a, "insert", argv, 2);
    DECREF(argv[0]);
    if (!r) return NULL;
    DECREF(r);
    RETURN_NONE;
}

static Object *bisect_right(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return do_bisect("bisect_right", args, nargs, kw, true);
}
static Object *bisect_left(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return do_bisect("bisect_left", args, nargs, kw, false);
}
static Object *insort_right(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return do_insort("insort_right", args, nargs, kw, true);
}
static Object *insort_left(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return do_insort("insort_left", args, nargs, kw, false);
}

#define KW (METH_FASTCALL | METH_KEYWORDS)
static MethodDef bisect_methods[] = {
    {"bisect_right", (void *)bisect_right, KW,
     "bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", (void *)insort_right, KW,
     "insort_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"bisect_left", (void *)bisect_left, KW,
     "bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_left", (void *)insort_left, KW,
     "insort_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {NULL}
};

/* bisect and insort are the _right functions under a second name (bisect.py's aliases). */
static int bisect_init(Object *m) {
    Object *d = MODULE_DICT(m);
    if (dict_setitem_str(d, "bisect", dict_getitem_str(d, "bisect_right")) < 0 ||
        dict_setitem_str(d, "insort", dict_getitem_str(d, "insort_right")) < 0)
        return -1;
    return 0;
}

ModuleDef bisect_module_def = {
    "bisect", "Bisection algorithms.", bisect_methods, bisect_init
};
