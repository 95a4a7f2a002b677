/* heapqmodule.c — the heapq module: a binary min-heap kept in a plain list.
 *
 * The sifting is CPython's: siftup walks the smaller child up to a leaf and then sifts the new
 * item down (fewer comparisons than stopping early), so after any sequence of operations the
 * list holds exactly the items, in exactly the order, that CPython's heapq leaves — programs
 * print their heaps.  Only `<` is used.  The list is checked for size changes after every
 * comparison, since a user __lt__ may mutate it.
 *
 * nsmallest/nlargest give heapq.py's results (the first n of a stable sort, ties kept in input
 * order) by sorting a copy; merge is a generator, so it is defined in Python at import (the
 * same algorithm as heapq.py: a heap of [value, order, iterator] entries). */
#include "modules.h"
#include "../compiler/compiler.h"
#include <string.h>

static int list_changed(void) {
    err_format(&Exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* a < b for the min-heap, b < a for the max-heap (`max` flips the operands). */
static inline int less(Object *a, Object *b, bool max) {
    INCREF(a);
    INCREF(b);
    int r = max ? obj_richcompare_bool(b, a, CMP_LT) : obj_richcompare_bool(a, b, CMP_LT);
    DECREF(a);
    DECREF(b);
    return r;
}

/* Move heap[pos] up towards startpos while it is smaller than its parent. */
static int siftdown(Object *heap, ssize_t startpos, ssize_t pos, bool max) {
    ssize_t size = LIST_LEN(heap);
    if (pos >= size) { err_format(&Exc_IndexError, "index out of range"); return -1; }
    while (pos > startpos) {
        ssize_t parentpos = (pos - 1) >> 1;
        int cmp = less(LIST_GET(heap, pos), LIST_GET(heap, parentpos), max);
        if (cmp < 0) return -1;
        if (size != LIST_LEN(heap)) return list_changed();
        if (cmp == 0) break;
        Object *parent = LIST_GET(heap, parentpos);
        LIST_SET(heap, parentpos, LIST_GET(heap, pos));
        LIST_SET(heap, pos, parent);
        pos = parentpos;
    }
    return 0;
}

/* Bubble the smaller child of each level up from pos to a leaf, then sift into place. */
static int siftup(Object *heap, ssize_t pos, bool max) {
    ssize_t endpos = LIST_LEN(heap), startpos = pos;
    if (pos >= endpos) { err_format(&Exc_IndexError, "index out of range"); return -1; }
    ssize_t limit = endpos >> 1;        /* the first position without a child */
    while (pos < limit) {
        ssize_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int cmp = less(LIST_GET(heap, childpos), LIST_GET(heap, childpos + 1), max);
            if (cmp < 0) return -1;
            childpos += cmp ^ 1;
            if (endpos != LIST_LEN(heap)) return list_changed();
        }
        Object *tmp = LIST_GET(heap, childpos);
        LIST_SET(heap, childpos, LIST_GET(heap, pos));
        LIST_SET(heap, pos, tmp);
        pos = childpos;
    }
    return siftdown(heap, startpos, pos, max);
}

/* The argument-clinic message: "heappush() argument 1 must be list, not tuple". */
static int check_list(const char *fname, const char *which, Object *heap) {
    if (!IS_LIST(heap)) {
        err_format(&Exc_TypeError, "%s() %s must be list, not %.50s", fname, which,
                   TYPE(heap)->tp_name);
        return -1;
    }
    return 0;
}

static Object *heappush(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("heappush", nargs, 2, 2) < 0 ||
        check_list("heappush", "argument 1", args[0]) < 0)
        return NULL;
    if (list_append(args[0], args[1]) < 0) return NULL;
    if (siftdown(args[0], 0, LIST_LEN(args[0]) - 1, false) < 0) return NULL;
    RETURN_NONE;
}

static Object *pop_impl(Object *heap, bool max) {
    if (check_list(max ? "_heappop_max" : "heappop", "argument", heap) < 0) return NULL;
    ssize_t n = LIST_LEN(heap);
    if (n == 0) return err_format(&Exc_IndexError, "index out of range");
    /* Take the last item off: in place while the list need not shrink its allocation, else
     * through the list's own deletion (so its capacity follows CPython's). */
    Object *last = NEWREF(LIST_GET(heap, n - 1));
    if (n - 1 >= ((ListObject *)heap)->allocated >> 1) {
        SIZE(heap) = n - 1;
        DECREF(last);               /* the list's reference moves to `last` */
    } else {
        Object *idx = int_from_ssize(n - 1);
        int r = idx ? obj_delitem(heap, idx) : -1;
        XDECREF(idx);
        if (r < 0) { DECREF(last); return NULL; }
        if (LIST_LEN(heap) != n - 1) { DECREF(last); list_changed(); return NULL; }
    }
    if (n == 1) return last;
    Object *ret = LIST_GET(heap, 0);
    LIST_SET(heap, 0, last);
    if (siftup(heap, 0, max) < 0) { DECREF(ret); return NULL; }
    return ret;
}

static Object *heappop(Object *self, Object *heap) { return pop_impl(heap, false); }
static Object *heappop_max(Object *self, Object *heap) { return pop_impl(heap, true); }

static Object *replace_impl(const char *name, Object *const *args, ssize_t nargs, bool max) {
    if (args_check_positional(name, nargs, 2, 2) < 0 ||
        check_list(name, "argument 1", args[0]) < 0)
        return NULL;
    Object *heap = args[0];
    if (LIST_LEN(heap) == 0) return err_format(&Exc_IndexError, "index out of range");
    Object *ret = LIST_GET(heap, 0);
    LIST_SET(heap, 0, NEWREF(args[1]));
    if (siftup(heap, 0, max) < 0) { DECREF(ret); return NULL; }
    return ret;
}

static Object *heapreplace(Object *self, Object *const *args, ssize_t nargs) {
    return replace_impl("heapreplace", args, nargs, false);
}
static Object *heapreplace_max(Object *self, Object *const *args, ssize_t nargs) {
    return replace_impl("_heapreplace_max", args, nargs, true);
}

static Object *heappushpop(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("heappushpop", nargs, 2, 2) < 0 ||
        check_list("heappushpop", "argument 1", args[0]) < 0)
        return NULL;
    Object *heap = args[0], *item = args[1];
    if (LIST_LEN(heap) == 0) return NEWREF(item);
    int cmp = less(LIST_GET(heap, 0), item, false);
    if (cmp < 0) return NULL;
    if (cmp == 0) return NEWREF(item);
    if (LIST_LEN(heap) == 0) return err_format(&Exc_IndexError, "index out of range");
    Object *ret = LIST_GET(heap, 0);
    LIST_SET(heap, 0, NEWREF(item));
    if (siftup(heap, 0, false) < 0) { DECREF(ret); return NULL; }
    return ret;
}

static Object *heapify_impl(Object *heap, bool max) {
    if (check_list(max ? "_heapify_max" : "heapify", "argument", heap) < 0) return NULL;
    /* Any order that sifts each node after its subtrees gives the same heap. */
    for (ssize_t i = (LIST_LEN(heap) >> 1) - 1; i >= 0; i--)
        if (siftup(heap, i, max) < 0) return NULL;
    RETURN_NONE;
}

static Object *heapify(Object *self, Object *heap) { return heapify_impl(heap, false); }
static Object *heapify_max(Object *self, Object *heap) { return heapify_impl(heap, true); }

/* nsmallest / nlargest: the first n of the stable sort (heapq.py's result). */
static Object *select_n(const char *name, Object *const *args, ssize_t nargs, Object *kwnames,
                        bool largest) {
    static const char *const kwlist[] = {"n", "iterable", "key", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, 2, 3, a) < 0) return NULL;
    Object *key = a[2] == NONE ? NULL : a[2];
    ssize_t n = num_as_ssize(a[0], &Exc_OverflowError);
    if (n == -1 && err_occurred()) return NULL;
    if (n <= 0) {
        /* heapq.py still makes an iterator of the input */
        Object *it = obj_get_iter(a[1]);
        if (!it) return NULL;
        DECREF(it);
        return list_new(0);
    }
    Object *list = seq_list(a[1]);
    if (!list) return NULL;
    if (n == 1) {
        /* min()/max(): the first of the extreme items, one key call per item. */
        ssize_t len = LIST_LEN(list);
        if (len == 0) return list;
        Object *best = NEWREF(LIST_GET(list, 0));
        Object *bestkey = key ? obj_call1(key, best) : NEWREF(best);
        for (ssize_t i = 1; bestkey && i < LIST_LEN(list); i++) {
            Object *item = NEWREF(LIST_GET(list, i));
            Object *k = key ? obj_call1(key, item) : NEWREF(item);
            int better = k ? obj_richcompare_bool(k, bestkey, largest ? CMP_GT : CMP_LT) : -1;
            if (better < 0) { XDECREF(k); DECREF(item); CLEAR(bestkey); break; }
            if (better) { SETREF(best, item); SETREF(bestkey, k); }
            else { DECREF(item); DECREF(k); }
        }
        if (!bestkey) { DECREF(best); DECREF(list); return NULL; }
        DECREF(bestkey);
        Object *r = list_new(1);
        if (!r) { DECREF(best); DECREF(list); return NULL; }
        LIST_SET(r, 0, best);
        DECREF(list);
        return r;
    }
    if (list_sort_ex(list, key, largest) < 0) { DECREF(list); return NULL; }
    if (LIST_LEN(list) > n) {
        Object *r = list_getslice(list, 0, n);
        DECREF(list);
        return r;
    }
    return list;
}

static Object *nsmallest(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return select_n("nsmallest", args, nargs, kwnames, false);
}
static Object *nlargest(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return select_n("nlargest", args, nargs, kwnames, true);
}

static MethodDef heapq_methods[] = {
    {"heappush", (void *)heappush, METH_FASTCALL,
     "Push item onto heap, maintaining the heap invariant."},
    {"heappushpop", (void *)heappushpop, METH_FASTCALL,
     "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heappop", (void *)heappop, METH_O,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", (void *)heapreplace, METH_FASTCALL,
     "Pop and return the current smallest value, and add the new item."},
    {"heapify", (void *)heapify, METH_O,
     "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heapreplace_max", (void *)heapreplace_max, METH_FASTCALL, "Maxheap variant of heapreplace."},
    {"_heapify_max", (void *)heapify_max, METH_O, "Maxheap variant of heapify."},
    {"_heappop_max", (void *)heappop_max, METH_O, "Maxheap variant of heappop."},
    {"nsmallest", (void *)nsmallest, METH_FASTCALL | METH_KEYWORDS,
     "Find the n smallest elements in a dataset."},
    {"nlargest", (void *)nlargest, METH_FASTCALL | METH_KEYWORDS,
     "Find the n largest elements in a dataset."},
    {NULL}
};

/* merge() as a generator, run in the module's namespace at import. */
static const char merge_source[] =
    "def merge(*iterables, key=None, reverse=False):\n"
    "    '''Merge multiple sorted inputs into a single sorted output.'''\n"
    "    if reverse:\n"
    "        heapify_, pop_, replace_ = _heapify_max, _heappop_max, _heapreplace_max\n"
    "        direction = -1\n"
    "    else:\n"
    "        heapify_, pop_, replace_, direction = heapify, heappop, heapreplace, 1\n"
    "    h = []\n"
    "    for order, it in enumerate(map(iter, iterables)):\n"
    "        for value in it:\n"
    "            if key is None:\n"
    "                h.append([value, order * direction, it])\n"
    "            else:\n"
    "                h.append([key(value), order * direction, value, it])\n"
    "            break\n"
    "    heapify_(h)\n"
    "    if key is None:\n"
    "        while len(h) > 1:\n"
    "            try:\n"
    "                while True:\n"
    "                    s = h[0]\n"
    "                    yield s[0]\n"
    "                    s[0] = next(s[2])\n"
    "                    replace_(h, s)\n"
    "            except StopIteration:\n"
    "                pop_(h)\n"
    "        if h:\n"
    "            yield h[0][0]\n"
    "            yield from h[0][2]\n"
    "        return\n"
    "    while len(h) > 1:\n"
    "        try:\n"
    "            while True:\n"
    "                s = h[0]\n"
    "                yield s[2]\n"
    "                value = next(s[3])\n"
    "                s[0] = key(value)\n"
    "                s[2] = value\n"
    "                replace_(h, s)\n"
    "        except StopIteration:\n"
    "            pop_(h)\n"
    "    if h:\n"
    "        yield h[0][2]\n"
    "        yield from h[0][3]\n";

static int heapq_init(Object *m) {
    Object *filename = str_from_cstr("<heapq>");
    if (!filename) return -1;
    Object *code = compile_source(merge_source, (ssize_t)strlen(merge_source), filename,
                                  MODE_EXEC);
    DECREF(filename);
    if (!code) return -1;
    Object *d = MODULE_DICT(m);
    Object *r = vm_eval_code(code, d, d);
    DECREF(code);
    if (!r) return -1;
    DECREF(r);
    static const char *const all[] = {"heappush", "heappop", "heapify", "heapreplace", "merge",
                                      "nlargest", "nsmallest", "heappushpop", NULL};
    Object *l = list_new(0);
    if (!l) return -1;
    for (int i = 0; all[i]; i++) {
        Object *s = str_from_cstr(all[i]);
        if (!s || list_append(l, s) < 0) { XDECREF(s); DECREF(l); return -1; }
        DECREF(s);
    }
    return module_add(m, "__all__", l);
}

ModuleDef heapq_module_def = {
    "heapq",
    "Heap queue algorithm (a.k.a. priority queue).\n\n"
    "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
    "all k, counting elements from 0.",
    heapq_methods, heapq_init
};
