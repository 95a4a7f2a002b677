/* listsort.c — list.sort(): a stable natural merge sort in the manner of timsort.
 *
 * The array is cut into "runs": maximal stretches already ascending (or strictly descending,
 * which are reversed in place, keeping stability), each extended to at least `minrun` items by
 * binary insertion sort.  Runs are pushed on a stack and merged while the stack breaks timsort's
 * invariants (|A| > |B| + |C| and |B| > |C|), which keeps merges balanced: O(n log n) worst case,
 * O(n) on sorted or reversed input.  Before a merge the items of A already in place (<= B[0]) and
 * the items of B already in place (>= A[-1]) are skipped by binary search; the shorter remaining
 * side is copied to a buffer and merged from the side that keeps stability.
 *
 * With key=, the keys are computed once into an array that is sorted in parallel with the items.
 * reverse=True reverses the input, sorts, and reverses the result, as CPython does: equal items
 * keep their original order.  During the sort the list looks empty (and a changed list is
 * detected afterwards: "list modified during sort").  Comparisons use obj_richcompare_bool(<),
 * with direct comparisons when every key is an exact str, int or float. */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include <string.h>

/* Runs shorter than this are extended by insertion sort; the value is chosen (as timsort does)
 * so that n / minrun is a power of two or just under, for balanced merges. */
#define MIN_MERGE 64
/* Deep enough for any array that fits in memory: run lengths grow at least as Fibonacci. */
#define MAX_RUNS 85

typedef int (*ltfunc)(Object *a, Object *b);   /* 1 when a < b, 0, -1 on error */

typedef struct Run { ssize_t base, len; } Run;

typedef struct SortState {
    ltfunc lt;
    Object **keys;              /* sorted by */
    Object **vals;              /* moved with keys, or NULL when the keys are the items */
    Object **tmpk, **tmpv;      /* merge buffer */
    ssize_t tmpcap;
    Run runs[MAX_RUNS];
    int nruns;
} SortState;

/* ---- comparisons ------------------------------------------------------------------------ */

static int lt_generic(Object *a, Object *b) { return obj_richcompare_bool(a, b, CMP_LT); }
static int lt_str(Object *a, Object *b) { return str_compare(a, b) < 0; }
static int lt_int(Object *a, Object *b) { return int_compare(a, b) < 0; }
static int lt_compact(Object *a, Object *b) { return int_compact_value(a) < int_compact_value(b); }
static int lt_float(Object *a, Object *b) { return FLOAT_VAL(a) < FLOAT_VAL(b); }

/* The fastest comparison valid for every key. */
static ltfunc choose_lt(Object **keys, ssize_t n)
{
    TypeObject *t = TYPE(keys[0]);
    bool compact = true;
    for (ssize_t i = 0; i < n; i++) {
        if (TYPE(keys[i]) != t)
            return lt_generic;
        if (t == &IntType && !int_is_compact(keys[i]))
            compact = false;
    }
    if (t == &StrType) return lt_str;
    if (t == &FloatType) return lt_float;
    if (t == &IntType) return compact ? lt_compact : lt_int;
    return lt_generic;
}

/* ---- moving items (keys and, when present, values in step) -------------------------------- */

static inline void swap_at(SortState *s, ssize_t i, ssize_t j)
{
    Object *t = s->keys[i]; s->keys[i] = s->keys[j]; s->keys[j] = t;
    if (s->vals) { t = s->vals[i]; s->vals[i] = s->vals[j]; s->vals[j] = t; }
}

static void reverse_range(SortState *s, ssize_t lo, ssize_t hi)   /* [lo, hi) */
{
    for (hi--; lo < hi; lo++, hi--)
        swap_at(s, lo, hi);
}

/* ---- runs ---------------------------------------------------------------------------------- */

/* Sort [lo, hi) given that [lo, start) is sorted: binary insertion, stable (an item goes after
 * its equals). */
static int binary_insertion(SortState *s, ssize_t lo, ssize_t hi, ssize_t start)
{
    Object **k = s->keys, **v = s->vals;
    for (; start < hi; start++) {
        Object *pivot = k[start];
        ssize_t l = lo, r = start;
        while (l < r) {
            ssize_t m = l + ((r - l) >> 1);
            int c = s->lt(pivot, k[m]);
            if (c < 0)
                return -1;
            if (c) r = m; else l = m + 1;
        }
        memmove(k + l + 1, k + l, (size_t)(start - l) * sizeof(Object *));
        k[l] = pivot;
        if (v) {
            Object *pv = v[start];
            memmove(v + l + 1, v + l, (size_t)(start - l) * sizeof(Object *));
            v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (made ascending), or -1. */
static ssize_t count_run(SortState *s, ssize_t lo, ssize_t hi)
{
    Object **k = s->keys;
    ssize_t i = lo + 1;
    if (i == hi)
        return 1;
    int c = s->lt(k[i], k[i - 1]);
    if (c < 0)
        return -1;
    if (c) {
        /* Strictly descending: reversing it cannot reorder equal items. */
        for (i++; i < hi; i++) {
            c = s->lt(k[i], k[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_range(s, lo, i);
    } else {
        for (i++; i < hi; i++) {
            c = s->lt(k[i], k[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return i - lo;
}

static ssize_t compute_minrun(ssize_t n)
{
    ssize_t r = 0;
    while (n >= MIN_MERGE) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ---- merging ------------------------------------------------------------------------------- */

static int ensure_tmp(SortState *s, ssize_t need)
{
    if (need <= s->tmpcap)
        return 0;
    mem_free(s->tmpk);
    mem_free(s->tmpv);
    s->tmpv = NULL;
    s->tmpk = mem_alloc((size_t)need * sizeof(Object *));
    if (s->tmpk != NULL && s->vals)
        s->tmpv = mem_alloc((size_t)need * sizeof(Object *));
    if (s->tmpk == NULL || (s->vals && s->tmpv == NULL)) {
        s->tmpcap = 0;
        err_no_memory();
        return -1;
    }
    s->tmpcap = need;
    return 0;
}

/* First index i in [lo, hi) with key < k[i] (so k[lo..i) <= key); -1 on error. */
static ssize_t upper_bound(SortState *s, Object *key, ssize_t lo, ssize_t hi)
{
    while (lo < hi) {
        ssize_t m = lo + ((hi - lo) >> 1);
        int c = s->lt(key, s->keys[m]);
        if (c < 0) return -1;
        if (c) hi = m; else lo = m + 1;
    }
    return lo;
}

/* First index i in [lo, hi) with !(k[i] < key) (so k[lo..i) < key); -1 on error. */
static ssize_t lower_bound(SortState *s, Object *key, ssize_t lo, ssize_t hi)
{
    while (lo < hi) {
        ssize_t m = lo + ((hi - lo) >> 1);
        int c = s->lt(s->keys[m], key);
        if (c < 0) return -1;
        if (c) lo = m + 1; else hi = m;
    }
    return lo;
}

#define COPY(dst, src, n) memcpy((dst), (src), (size_t)(n) * sizeof(Object *))

/* Merge [a, a+na) and [a+na, a+na+nb) with na <= nb: A goes to the buffer, merged forwards.
 * On a comparison error the rest of the buffer is put back, so no item is lost. */
static int merge_lo(SortState *s, ssize_t a, ssize_t na, ssize_t nb)
{
    if (ensure_tmp(s, na) < 0)
        return -1;
    Object **k = s->keys, **v = s->vals;
    COPY(s->tmpk, k + a, na);
    if (v) COPY(s->tmpv, v + a, na);
    ssize_t pa = 0, pb = a + na, end = a + na + nb, dest = a;
    int err = 0;
    while (pa < na && pb < end) {
        int c = s->lt(k[pb], s->tmpk[pa]);
        if (c < 0) { err = -1; break; }
        if (c) {
            k[dest] = k[pb];
            if (v) v[dest] = v[pb];
            pb++;
        } else {
            k[dest] = s->tmpk[pa];
            if (v) v[dest] = s->tmpv[pa];
            pa++;
        }
        dest++;
    }
    COPY(k + dest, s->tmpk + pa, na - pa);
    if (v) COPY(v + dest, s->tmpv + pa, na - pa);
    return err;
}

/* The same with na > nb: B goes to the buffer, merged backwards from the end. */
static int merge_hi(SortState *s, ssize_t a, ssize_t na, ssize_t nb)
{
    if (ensure_tmp(s, nb) < 0)
        return -1;
    Object **k = s->keys, **v = s->vals;
    ssize_t b0 = a + na;
    COPY(s->tmpk, k + b0, nb);
    if (v) COPY(s->tmpv, v + b0, nb);
    ssize_t pa = b0 - 1, pb = nb - 1, dest = a + na + nb - 1;
    int err = 0;
    while (pb >= 0 && pa >= a) {
        int c = s->lt(s->tmpk[pb], k[pa]);
        if (c < 0) { err = -1; break; }
        if (c) {
            k[dest] = k[pa];
            if (v) v[dest] = v[pa];
            pa--;
        } else {
            k[dest] = s->tmpk[pb];
            if (v) v[dest] = s->tmpv[pb];
            pb--;
        }
        dest--;
    }
    COPY(k + dest - pb, s->tmpk, pb + 1);
    if (v) COPY(v + dest - pb, s->tmpv, pb + 1);
    return err;
}

/* Merge runs i and i+1 of the stack. */
static int merge_at(SortState *s, int i)
{
    ssize_t a = s->runs[i].base, na = s->runs[i].len;
    ssize_t b = s->runs[i + 1].base, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3)
        s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* Items of A not above B[0] are already in place. */
    ssize_t k = upper_bound(s, s->keys[b], a, b);
    if (k < 0)
        return -1;
    na -= k - a;
    a = k;
    if (na == 0)
        return 0;
    /* Items of B not below A[-1] are already in place. */
    ssize_t e = lower_bound(s, s->keys[a + na - 1], b, b + nb);
    if (e < 0)
        return -1;
    nb = e - b;
    if (nb == 0)
        return 0;
    return na <= nb ? merge_lo(s, a, na, nb) : merge_hi(s, a, na, nb);
}

/* Restore the stack invariants after a push. */
static int merge_collapse(SortState *s)
{
    Run *r = s->runs;
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if ((n > 0 && r[n - 1].len <= r[n].len + r[n + 1].len)
            || (n > 1 && r[n - 2].len <= r[n - 1].len + r[n].len)) {
            if (r[n - 1].len < r[n + 1].len)
                n--;
        } else if (r[n].len > r[n + 1].len) {
            break;
        }
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static int merge_force(SortState *s)
{
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if (n > 0 && s->runs[n - 1].len < s->runs[n + 1].len)
            n--;
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static int sort_arrays(SortState *s, ssize_t n)
{
    ssize_t minrun = compute_minrun(n), lo = 0;
    while (lo < n) {
        ssize_t len = count_run(s, lo, n);
        if (len < 0)
            return -1;
        if (len < minrun) {
            ssize_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + len) < 0)
                return -1;
            len = force;
        }
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = len;
        s->nruns++;
        if (merge_collapse(s) < 0)
            return -1;
        lo += len;
    }
    return merge_force(s);
}

/* ---- list.sort ------------------------------------------------------------------------------- */

static void reverse_array(Object **p, ssize_t n)
{
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        Object *t = p[i]; p[i] = p[j]; p[j] = t;
    }
}

int list_sort_ex(Object *l, Object *key, int reverse)
{
    ListObject *self = (ListObject *)l;
    /* Detach the items: the list looks empty while sorting, and allocated == -1 marks it
     * untouched so a mutation by a key or comparison is seen afterwards. */
    ssize_t n = SIZE(self), saved_alloc = self->allocated;
    Object **items = self->ob_item;
    SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = -1;

    int result = 0;
    Object **keys = items;
    if (key != NULL && n > 0) {
        keys = mem_alloc((size_t)n * sizeof(Object *));
        if (keys == NULL) {
            err_no_memory();
            result = -1;
            goto restore;
        }
        for (ssize_t i = 0; i < n; i++) {
            keys[i] = obj_call1(key, items[i]);
            if (keys[i] == NULL) {
                while (--i >= 0)
                    DECREF(keys[i]);
                mem_free(keys);
                keys = items;
                result = -1;
                goto restore;
            }
        }
    }
    if (reverse && n > 1) {
        if (keys != items)
            reverse_array(keys, n);
        reverse_array(items, n);
    }
    if (n > 1) {
        SortState s = {
            .lt = choose_lt(keys, n), .keys = keys, .vals = keys != items ? items : NULL,
        };
        result = sort_arrays(&s, n);
        mem_free(s.tmpk);
        mem_free(s.tmpv);
    }
    if (keys != items) {
        for (ssize_t i = 0; i < n; i++)
            DECREF(keys[i]);
        mem_free(keys);
    }
    if (reverse && n > 1)
        reverse_array(items, n);
restore:
    if (self->allocated != -1 && result == 0) {
        err_set_string(&Exc_ValueError, "list modified during sort");
        result = -1;
    }
    /* Whatever was put in the list meanwhile is dropped. */
    Object **junk = self->ob_item;
    ssize_t njunk = SIZE(self);
    SIZE(self) = n;
    self->ob_item = items;
    self->allocated = saved_alloc;
    if (junk != NULL) {
        while (--njunk >= 0)
            XDECREF(junk[njunk]);
        mem_free(junk);
    }
    return result;
}

int list_sort(Object *l)
{
    return list_sort_ex(l, NULL, 0);
}
