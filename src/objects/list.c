/* list.c — the mutable sequence, as CPython 3.11's PyListObject.
 *
 * The items live in a separately allocated array of `allocated` slots, of which ob_size are used.
 * Growth follows CPython's list_resize exactly (new_allocated = (n + n/8 + 6) & ~3, with its
 * special cases), and constructors preallocate as CPython's do, so sys.getsizeof after any
 * sequence of operations is what CPython reports (56 + 8 * allocated).
 *
 * Slice assignment is the general primitive (list_ass_slice): insertion, deletion and replacement
 * are all expressed with it.  Removed items are released only after the list is consistent again,
 * last to first, because their __del__ may look at the list.  Sorting is in listsort.c.
 * Dead list objects of the exact type are kept on a free list of 80 (CPython's), so ids repeat. */
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "../runtime/gc.h"
#include <limits.h>
#include <string.h>

#define LIST_MAXFREELIST 80     /* CPython's PyList_MAXFREELIST */
static ListObject *free_list[LIST_MAXFREELIST];
static int numfree;

/* ---- storage --------------------------------------------------------------------------------- */

/* Make room for newsize items; CPython's over-allocation so getsizeof matches. */
static int list_resize(ListObject *self, ssize_t newsize)
{
    ssize_t allocated = self->allocated;
    /* Keep the block while it is big enough and not more than twice too big. */
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        SIZE(self) = newsize;
        return 0;
    }
    /* Over-allocate by about 1/8, rounded to a multiple of 4 (growth 0, 4, 8, 16, 24, 32, 40,
     * 52, 64, 76, ...), but not when the request is a big jump: then the size is what is
     * asked, rounded up to 4. */
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - SIZE(self) > (ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    if (new_allocated > (size_t)SSIZE_MAX / sizeof(Object *)) {
        err_no_memory();
        return -1;
    }
    Object **items;
    if (new_allocated == 0) {
        mem_free(self->ob_item);
        items = NULL;
    } else {
        items = mem_realloc(self->ob_item, new_allocated * sizeof(Object *));
        if (items == NULL) {
            err_no_memory();
            return -1;
        }
    }
    self->ob_item = items;
    SIZE(self) = newsize;
    self->allocated = (ssize_t)new_allocated;
    return 0;
}

/* Room for exactly `size` items (rounded up to even, as CPython 3.11) in an empty list. */
static int list_preallocate_exact(ListObject *self, ssize_t size)
{
    size = (size + 1) & ~(ssize_t)1;
    Object **items = mem_alloc((size_t)size * sizeof(Object *));
    if (items == NULL) {
        err_no_memory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

static ListObject *list_alloc(void)
{
    ListObject *op;
    if (numfree > 0) {
        op = free_list[--numfree];
        op->ob_base.ob_base.ob_refcnt = 1;
        gc_track((Object *)op);
    } else {
        op = (ListObject *)obj_alloc(&ListType);
        if (op == NULL)
            return NULL;
    }
    return op;
}

/* A list of n NULL items (allocated exactly n).  New reference. */
Object *list_new(ssize_t n)
{
    if (n < 0)
        return err_bad_internal_call("list_new");
    if ((size_t)n > (size_t)SSIZE_MAX / sizeof(Object *))
        return err_no_memory();
    ListObject *op = list_alloc();
    if (op == NULL)
        return NULL;
    if (n > 0) {
        op->ob_item = mem_calloc((size_t)n, sizeof(Object *));
        if (op->ob_item == NULL) {
            DECREF(op);
            return err_no_memory();
        }
    } else {
        op->ob_item = NULL;
    }
    SIZE(op) = n;
    op->allocated = n;
    return (Object *)op;
}

/* An empty list with room for exactly n items (the result of slicing, +, *). */
static ListObject *list_new_prealloc(ssize_t n)
{
    ListObject *op = (ListObject *)list_new(0);
    if (op == NULL || n == 0)
        return op;
    op->ob_item = mem_alloc((size_t)n * sizeof(Object *));
    if (op->ob_item == NULL) {
        DECREF(op);
        err_no_memory();
        return NULL;
    }
    op->allocated = n;
    return op;
}

/* Drop all items (last to first), releasing the array. */
static int list_clear(Object *self)
{
    ListObject *a = (ListObject *)self;
    Object **items = a->ob_item;
    if (items != NULL) {
        ssize_t i = SIZE(a);
        /* Empty the list first: an item's __del__ must see a consistent (empty) list. */
        SIZE(a) = 0;
        a->ob_item = NULL;
        a->allocated = 0;
        while (--i >= 0)
            XDECREF(items[i]);
        mem_free(items);
    }
    return 0;
}

static void list_dealloc(Object *self)
{
    ListObject *op = (ListObject *)self;
    gc_untrack(self);
    if (op->ob_item != NULL) {
        for (ssize_t i = SIZE(op) - 1; i >= 0; i--)
            XDECREF(op->ob_item[i]);
        mem_free(op->ob_item);
    }
    if (numfree < LIST_MAXFREELIST && IS_LIST_EXACT(self)) {
        free_list[numfree++] = op;
        return;
    }
    TYPE(self)->tp_free(self);
}

static int list_traverse(Object *self, visitproc visit, void *arg)
{
    for (ssize_t i = SIZE(self) - 1; i >= 0; i--) {
        Object *v = LIST_GET(self, i);
        if (v != NULL) {
            int r = visit(v, arg);
            if (r) return r;
        }
    }
    return 0;
}

/* ---- the C API ------------------------------------------------------------------------------ */

/* Append, taking over the caller's reference to v. */
static inline int list_append_steal(ListObject *self, Object *v)
{
    ssize_t n = SIZE(self);
    if (n < self->allocated) {
        self->ob_item[n] = v;
        SIZE(self) = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0) {
        DECREF(v);
        return -1;
    }
    self->ob_item[n] = v;
    return 0;
}

int list_append(Object *l, Object *v)
{
    return list_append_steal((ListObject *)l, NEWREF(v));
}

int list_insert(Object *l, ssize_t where, Object *v)
{
    ListObject *self = (ListObject *)l;
    ssize_t n = SIZE(self);
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n)
        where = n;
    Object **items = self->ob_item;
    memmove(items + where + 1, items + where, (size_t)(n - where) * sizeof(Object *));
    items[where] = NEWREF(v);
    return 0;
}

Object *list_getslice(Object *l, ssize_t lo, ssize_t hi)
{
    ssize_t n = SIZE(l);
    if (lo < 0) lo = 0; else if (lo > n) lo = n;
    if (hi < lo) hi = lo; else if (hi > n) hi = n;
    ListObject *r = list_new_prealloc(hi - lo);
    if (r == NULL)
        return NULL;
    Object **src = LIST_ITEMS(l) + lo, **dst = r->ob_item;
    for (ssize_t i = 0; i < hi - lo; i++)
        dst[i] = NEWREF(src[i]);
    SIZE(r) = hi - lo;
    return (Object *)r;
}

Object *list_as_tuple(Object *l)
{
    return tuple_from_array(LIST_ITEMS(l), SIZE(l));
}

int list_reverse(Object *l)
{
    if (SIZE(l) < 2)
        return 0;           /* an empty list has no item array: no pointer arithmetic on NULL */
    Object **lo = LIST_ITEMS(l), **hi = lo + SIZE(l) - 1;
    while (lo < hi) {
        Object *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

/* The items of a list or tuple as an array (CPython's PySequence_Fast), anything else iterated
 * into a new list.  *holder receives the owning object (new reference). */
static Object **seq_fast(Object *v, Object **holder, ssize_t *n, const char *msg)
{
    if (IS_LIST(v) || IS_TUPLE(v)) {
        *holder = NEWREF(v);
    } else {
        /* Only a failure to get an iterator is reworded, as CPython's PySequence_Fast. */
        Object *it = obj_get_iter(v);
        if (it == NULL) {
            if (err_matches(&Exc_TypeError))
                err_set_string(&Exc_TypeError, msg);
            return NULL;
        }
        *holder = seq_list(it);
        DECREF(it);
        if (*holder == NULL)
            return NULL;
    }
    if (IS_LIST(*holder)) {
        *n = LIST_LEN(*holder);
        return LIST_ITEMS(*holder);
    }
    *n = TUPLE_LEN(*holder);
    return TUPLE_ITEMS(*holder);
}

/* a[ilow:ihigh] = v (v NULL deletes).  v must be iterable. */
static int list_ass_slice(ListObject *a, ssize_t ilow, ssize_t ihigh, Object *v)
{
    Object *holder = NULL;
    Object **vitems = NULL;
    ssize_t n = 0;                           /* size of the replacement */
    if (v == (Object *)a) {
        /* Special case "a[i:j] = a": copy a first, the copy is then the source. */
        holder = list_getslice(v, 0, SIZE(a));
        if (holder == NULL)
            return -1;
        int r = list_ass_slice(a, ilow, ihigh, holder);
        DECREF(holder);
        return r;
    }
    if (v != NULL) {
        vitems = seq_fast(v, &holder, &n, "can only assign an iterable");
        if (holder == NULL)     /* vitems is NULL for an empty list too */
            return -1;
    }
    ssize_t size = SIZE(a);
    if (ilow < 0) ilow = 0; else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow; else if (ihigh > size) ihigh = size;
    ssize_t norig = ihigh - ilow;            /* # of items replaced */
    ssize_t d = n - norig;                   /* change in size */
    if (size + d == 0) {
        XDECREF(holder);
        return list_clear((Object *)a);
    }
    /* Save the replaced items: they are released after the list is whole again. */
    Object *small[8], **recycle = small;
    if (norig > 8) {
        recycle = mem_alloc((size_t)norig * sizeof(Object *));
        if (recycle == NULL) {
            XDECREF(holder);
            err_no_memory();
            return -1;
        }
    }
    Object **item = a->ob_item;
    if (norig)              /* an empty list has no item array */
        memcpy(recycle, item + ilow, (size_t)norig * sizeof(Object *));
    if (d < 0) {
        memmove(item + ihigh + d, item + ihigh, (size_t)(size - ihigh) * sizeof(Object *));
        list_resize(a, size + d);          /* shrinking cannot fail */
        item = a->ob_item;
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0) {
            if (recycle != small) mem_free(recycle);
            XDECREF(holder);
            return -1;
        }
        item = a->ob_item;
        memmove(item + ihigh + d, item + ihigh, (size_t)(size - ihigh) * sizeof(Object *));
    }
    for (ssize_t k = 0; k < n; k++)
        item[ilow + k] = NEWREF(vitems[k]);
    for (ssize_t k = norig - 1; k >= 0; k--)
        XDECREF(recycle[k]);
    if (recycle != small)
        mem_free(recycle);
    XDECREF(holder);
    return 0;
}

/* extend(): lists and tuples copied directly, anything else iterated, preallocating from
 * __length_hint__ and trimming after, as CPython's list_extend. */
int list_extend(Object *l, Object *iterable)
{
    ListObject *self = (ListObject *)l;
    if (IS_LIST_EXACT(iterable) || IS_TUPLE_EXACT(iterable) || iterable == l) {
        ssize_t n = IS_TUPLE_EXACT(iterable) ? TUPLE_LEN(iterable) : LIST_LEN(iterable);
        if (n == 0)
            return 0;
        ssize_t m = SIZE(self);
        if (self->ob_item == NULL) {
            if (list_preallocate_exact(self, n) < 0)
                return -1;
            SIZE(self) = n;
        } else if (list_resize(self, m + n) < 0) {
            return -1;
        }
        /* Fetch the source array after resizing: for a.extend(a) it moved. */
        Object **src = IS_TUPLE_EXACT(iterable) ? TUPLE_ITEMS(iterable) : LIST_ITEMS(iterable);
        Object **dst = self->ob_item + m;
        for (ssize_t i = 0; i < n; i++)
            dst[i] = NEWREF(src[i]);
        return 0;
    }
    Object *it = obj_get_iter(iterable);
    if (it == NULL)
        return -1;
    ssize_t n = obj_length_hint(iterable, 8);
    if (n < 0) {
        DECREF(it);
        return -1;
    }
    ssize_t m = SIZE(self);
    if (m > SSIZE_MAX - n) {
        /* The hint overflowed: ignore it, the loop will find out. */
    } else if (self->ob_item == NULL) {
        if (n && list_preallocate_exact(self, n) < 0)
            goto error;
    } else {
        if (list_resize(self, m + n) < 0)
            goto error;
        SIZE(self) = m;
    }
    iternextfunc next = TYPE(it)->tp_iternext;
    for (;;) {
        Object *item = next(it);
        if (item == NULL) {
            if (err_occurred()) {
                if (!err_matches(&Exc_StopIteration))
                    goto error;
                err_clear();
            }
            break;
        }
        if (list_append_steal(self, item) < 0)
            goto error;
    }
    /* Give back what the hint over-estimated. */
    if (SIZE(self) < self->allocated && list_resize(self, SIZE(self)) < 0)
        goto error;
    DECREF(it);
    return 0;
error:
    DECREF(it);
    return -1;
}

/* ---- slots ----------------------------------------------------------------------------------- */

static ssize_t list_length(Object *self) { return SIZE(self); }

static Object *list_item(Object *self, ssize_t i)
{
    if ((size_t)i >= (size_t)SIZE(self)) {
        err_set_string(&Exc_IndexError, "list index out of range");
        return NULL;
    }
    return NEWREF(LIST_GET(self, i));
}

static int list_contains(Object *self, Object *el)
{
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *item = NEWREF(LIST_GET(self, i));
        int cmp = obj_richcompare_bool(item, el, CMP_EQ);
        DECREF(item);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static Object *list_concat(Object *a, Object *b)
{
    if (!IS_LIST(b))
        return err_format(&Exc_TypeError, "can only concatenate list (not \"%.200s\") to list",
                          TYPE(b)->tp_name);
    ssize_t na = SIZE(a), nb = SIZE(b);
    if (na > SSIZE_MAX - nb)
        return err_no_memory();
    ListObject *r = list_new_prealloc(na + nb);
    if (r == NULL)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        r->ob_item[i] = NEWREF(LIST_GET(a, i));
    for (ssize_t i = 0; i < nb; i++)
        r->ob_item[na + i] = NEWREF(LIST_GET(b, i));
    SIZE(r) = na + nb;
    return (Object *)r;
}

static Object *list_repeat(Object *a, ssize_t n)
{
    ssize_t len = SIZE(a);
    if (n <= 0 || len == 0)
        return list_new(0);
    if (len > SSIZE_MAX / n)
        return err_no_memory();
    ListObject *r = list_new_prealloc(len * n);
    if (r == NULL)
        return NULL;
    Object **dst = r->ob_item;
    for (ssize_t j = 0; j < n; j++)
        for (ssize_t i = 0; i < len; i++)
            *dst++ = NEWREF(LIST_GET(a, i));
    SIZE(r) = len * n;
    return (Object *)r;
}

static Object *list_inplace_concat(Object *self, Object *other)
{
    if (list_extend(self, other) < 0)
        return NULL;
    return NEWREF(self);
}

static Object *list_inplace_repeat(Object *self, ssize_t n)
{
    ListObject *a = (ListObject *)self;
    ssize_t size = SIZE(a);
    if (size == 0 || n == 1)
        return NEWREF(self);
    if (n < 1) {
        list_clear(self);
        return NEWREF(self);
    }
    if (size > SSIZE_MAX / n)
        return err_no_memory();
    if (list_resize(a, size * n) < 0)
        return NULL;
    Object **items = a->ob_item, **dst = items + size;
    for (ssize_t j = 1; j < n; j++)
        for (ssize_t i = 0; i < size; i++)
            *dst++ = NEWREF(items[i]);
    return NEWREF(self);
}

static int list_ass_item(Object *self, ssize_t i, Object *v)
{
    if ((size_t)i >= (size_t)SIZE(self)) {
        err_set_string(&Exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return list_ass_slice((ListObject *)self, i, i + 1, NULL);
    Object *old = LIST_GET(self, i);
    LIST_SET(self, i, NEWREF(v));
    DECREF(old);
    return 0;
}

static inline bool has_index(Object *o)
{
    NumberMethods *nb = TYPE(o)->tp_as_number;
    return nb != NULL && nb->nb_index != NULL;
}

static Object *list_subscript(Object *self, Object *item)
{
    if (has_index(item)) {
        ssize_t i = num_as_ssize(item, &Exc_IndexError);
        if (i == -1 && err_occurred())
            return NULL;
        if (i < 0)
            i += SIZE(self);
        return list_item(self, i);
    }
    if (IS_SLICE(item)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(item, SIZE(self), &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step == 1)
            return list_getslice(self, start, start + n);
        ListObject *r = list_new_prealloc(n);
        if (r == NULL)
            return NULL;
        for (ssize_t i = 0, cur = start; i < n; i++, cur += step)
            r->ob_item[i] = NEWREF(LIST_GET(self, cur));
        SIZE(r) = n;
        return (Object *)r;
    }
    return err_format(&Exc_TypeError, "list indices must be integers or slices, not %.200s",
                      TYPE(item)->tp_name);
}

/* del a[start:stop:step] for step != 1: close the gaps in one pass, then release. */
static int list_del_extended(ListObject *self, ssize_t start, ssize_t step, ssize_t n)
{
    if (n <= 0)
        return 0;
    if (step < 0) {
        /* Walk the same items upwards. */
        start = start + step * (n - 1);
        step = -step;
    }
    Object **garbage = mem_alloc((size_t)n * sizeof(Object *));
    if (garbage == NULL) {
        err_no_memory();
        return -1;
    }
    Object **items = self->ob_item;
    ssize_t size = SIZE(self), cur = start, i;
    for (i = 0; i < n; i++, cur += step) {
        ssize_t lim = step - 1;
        garbage[i] = items[cur];
        if (cur + step >= size)
            lim = size - cur - 1;
        memmove(items + cur - i, items + cur + 1, (size_t)lim * sizeof(Object *));
    }
    cur = start + n * step;
    if (cur < size)
        memmove(items + cur - n, items + cur, (size_t)(size - cur) * sizeof(Object *));
    list_resize(self, size - n);
    for (i = n - 1; i >= 0; i--)
        DECREF(garbage[i]);
    mem_free(garbage);
    return 0;
}

static int list_ass_subscript(Object *self, Object *item, Object *value)
{
    ListObject *a = (ListObject *)self;
    if (has_index(item)) {
        ssize_t i = num_as_ssize(item, &Exc_IndexError);
        if (i == -1 && err_occurred())
            return -1;
        if (i < 0)
            i += SIZE(self);
        return list_ass_item(self, i, value);
    }
    if (!IS_SLICE(item)) {
        err_format(&Exc_TypeError, "list indices must be integers or slices, not %.200s",
                   TYPE(item)->tp_name);
        return -1;
    }
    ssize_t start, stop, step;
    ssize_t n = slice_indices(item, SIZE(self), &start, &stop, &step);
    if (n < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(a, start, stop, value);
    /* Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2. */
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (value == NULL)
        return list_del_extended(a, start, step, n);
    Object *holder;
    ssize_t vn;
    Object **vitems;
    if (value == self) {
        holder = list_getslice(value, 0, SIZE(value));
        if (holder == NULL)
            return -1;
        vn = LIST_LEN(holder);
        vitems = LIST_ITEMS(holder);
    } else {
        vitems = seq_fast(value, &holder, &vn, "must assign iterable to extended slice");
        if (holder == NULL)
            return -1;
    }
    if (vn != n) {
        err_format(&Exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd", vn, n);
        DECREF(holder);
        return -1;
    }
    if (n == 0) {
        DECREF(holder);
        return 0;
    }
    Object **garbage = mem_alloc((size_t)n * sizeof(Object *));
    if (garbage == NULL) {
        DECREF(holder);
        err_no_memory();
        return -1;
    }
    Object **items = a->ob_item;
    for (ssize_t cur = start, i = 0; i < n; cur += step, i++) {
        garbage[i] = items[cur];
        items[cur] = NEWREF(vitems[i]);
    }
    for (ssize_t i = 0; i < n; i++)
        DECREF(garbage[i]);
    mem_free(garbage);
    DECREF(holder);
    return 0;
}

static Object *list_richcompare(Object *v, Object *w, int op)
{
    if (!IS_LIST(v) || !IS_LIST(w))
        RETURN_NOTIMPL;
    if (SIZE(v) != SIZE(w) && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_NE);
    ssize_t i;
    for (i = 0; i < SIZE(v) && i < SIZE(w); i++) {
        Object *vi = LIST_GET(v, i), *wi = LIST_GET(w, i);
        if (vi == wi)
            continue;
        INCREF(vi);
        INCREF(wi);
        int k = obj_richcompare_bool(vi, wi, CMP_EQ);
        DECREF(vi);
        DECREF(wi);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= SIZE(v) || i >= SIZE(w))
        return compare_sizes(SIZE(v), SIZE(w), op);
    if (op == CMP_EQ)
        RETURN_FALSE;
    if (op == CMP_NE)
        RETURN_TRUE;
    Object *vi = NEWREF(LIST_GET(v, i)), *wi = NEWREF(LIST_GET(w, i));
    Object *r = obj_richcompare(vi, wi, op);
    DECREF(vi);
    DECREF(wi);
    return r;
}

static Object *list_repr(Object *self)
{
    if (SIZE(self) == 0)
        return str_from_cstr("[]");
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("[...]") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '[');
    /* The size is re-read each time: an item's __repr__ may change the list. */
    for (ssize_t i = 0; i < SIZE(self); i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        Object *item = NEWREF(LIST_GET(self, i));
        int ok = sb_append_repr(&sb, item);
        DECREF(item);
        if (ok < 0) {
            sb_discard(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_char(&sb, ']');
    repr_leave(self);
    return sb_finish(&sb);
}

/* ---- methods --------------------------------------------------------------------------------- */

static Object *list_append_meth(Object *self, Object *v)
{
    if (list_append_steal((ListObject *)self, NEWREF(v)) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_extend_meth(Object *self, Object *iterable)
{
    if (list_extend(self, iterable) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_insert_meth(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("insert", nargs, 2, 2) < 0)
        return NULL;
    if (!has_index(args[0]))
        return err_format(&Exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                          TYPE(args[0])->tp_name);
    ssize_t i = num_as_ssize(args[0], &Exc_OverflowError);
    if (i == -1 && err_occurred())
        return NULL;
    if (list_insert(self, i, args[1]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_pop(Object *self, Object *const *args, ssize_t nargs)
{
    if (args_check_positional("pop", nargs, 0, 1) < 0)
        return NULL;
    ssize_t i = -1;
    if (nargs == 1) {
        if (!has_index(args[0]))
            return err_format(&Exc_TypeError,
                              "'%.200s' object cannot be interpreted as an integer",
                              TYPE(args[0])->tp_name);
        i = num_as_ssize(args[0], &Exc_OverflowError);
        if (i == -1 && err_occurred())
            return NULL;
    }
    ssize_t n = SIZE(self);
    if (n == 0) {
        err_set_string(&Exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n) {
        err_set_string(&Exc_IndexError, "pop index out of range");
        return NULL;
    }
    Object *v = LIST_GET(self, i);
    if (i == n - 1) {
        /* The list's reference becomes the caller's. */
        list_resize((ListObject *)self, n - 1);
        return v;
    }
    INCREF(v);
    if (list_ass_slice((ListObject *)self, i, i + 1, NULL) < 0) {
        DECREF(v);
        return NULL;
    }
    return v;
}

static Object *list_remove(Object *self, Object *value)
{
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *item = NEWREF(LIST_GET(self, i));
        int cmp = obj_richcompare_bool(item, value, CMP_EQ);
        DECREF(item);
        if (cmp > 0) {
            if (list_ass_slice((ListObject *)self, i, i + 1, NULL) < 0)
                return NULL;
            RETURN_NONE;
        }
        if (cmp < 0)
            return NULL;
    }
    err_set_string(&Exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static Object *list_index(Object *self, Object *const *args, ssize_t nargs)
{
    ssize_t start, stop;
    if (index_args("index", args, nargs, SIZE(self), &start, &stop) < 0)
        return NULL;
    for (ssize_t i = start; i < stop && i < SIZE(self); i++) {
        Object *item = NEWREF(LIST_GET(self, i));
        int cmp = obj_richcompare_bool(item, args[0], CMP_EQ);
        DECREF(item);
        if (cmp > 0)
            return int_from_ssize(i);
        if (cmp < 0)
            return NULL;
    }
    return err_format(&Exc_ValueError, "%R is not in list", args[0]);
}

static Object *list_count(Object *self, Object *value)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *item = LIST_GET(self, i);
        if (item == value) {
            count++;
            continue;
        }
        INCREF(item);
        int cmp = obj_richcompare_bool(item, value, CMP_EQ);
        DECREF(item);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return int_from_ssize(count);
}

static Object *list_clear_meth(Object *self, Object *unused)
{
    list_clear(self);
    RETURN_NONE;
}

static Object *list_copy(Object *self, Object *unused)
{
    return list_getslice(self, 0, SIZE(self));
}

static Object *list_reverse_meth(Object *self, Object *unused)
{
    list_reverse(self);
    RETURN_NONE;
}

static Object *list_sort_meth(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const kwlist[] = {"key", "reverse", NULL};
    if (nargs > 0) {
        err_set_string(&Exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    Object *out[2] = {NULL, NULL};
    if (args_parse("sort", args, nargs, kwnames, kwlist, 0, 0, out) < 0)
        return NULL;
    Object *key = out[0] == NONE ? NULL : out[0];
    int reverse = 0;
    if (out[1] != NULL) {
        Object *idx = num_index(out[1]);
        if (idx == NULL)
            return NULL;
        reverse = int_sign(idx) != 0;
        DECREF(idx);
    }
    if (list_sort_ex(self, key, reverse) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_sizeof(Object *self, Object *unused)
{
    return int_from_ssize(TYPE(self)->tp_basicsize
                          + ((ListObject *)self)->allocated * (ssize_t)sizeof(Object *));
}

/* ---- construction ---------------------------------------------------------------------------- */

static Object *list_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &ListType)
        return list_new(0);
    ListObject *op = (ListObject *)obj_alloc(type);
    return (Object *)op;
}

static int list_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (IS_LIST_EXACT(self) && args_no_kwargs("list", kwnames) < 0)
        return -1;
    if (args_check_positional("list", nargs, 0, 1) < 0)
        return -1;
    /* list.__init__ on a live list starts over. */
    if (((ListObject *)self)->ob_item != NULL)
        list_clear(self);
    if (nargs == 1)
        return list_extend(self, args[0]);
    return 0;
}

static Object *list_vectorcall(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    TypeObject *t = (TypeObject *)type;
    Object *self = t->tp_new(t, args, nargs, kwnames);
    if (self == NULL)
        return NULL;
    if (t->tp_init(self, args, nargs, kwnames) < 0) {
        DECREF(self);
        return NULL;
    }
    return self;
}

/* ---- iterators: forward and reverse ---------------------------------------------------------- */

typedef struct ListIterObject {
    OB_HEAD;
    ssize_t it_index;
    Object *it_seq;              /* NULL when exhausted */
} ListIterObject;

TypeObject ListIterType, ListRevIterType;

static Object *list_iter(Object *seq)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(&ListIterType);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = NEWREF(seq);
    return (Object *)it;
}

static void listiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((ListIterObject *)self)->it_seq);
    TYPE(self)->tp_free(self);
}

static int listiter_traverse(Object *self, visitproc visit, void *arg)
{
    Object *s = ((ListIterObject *)self)->it_seq;
    return s ? visit(s, arg) : 0;
}

static Object *listiter_next(Object *self)
{
    ListIterObject *it = (ListIterObject *)self;
    Object *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    if (it->it_index < SIZE(seq))
        return NEWREF(LIST_GET(seq, it->it_index++));
    it->it_seq = NULL;
    DECREF(seq);
    return NULL;
}

static Object *listiter_len(Object *self, Object *unused)
{
    ListIterObject *it = (ListIterObject *)self;
    ssize_t n = it->it_seq ? SIZE(it->it_seq) - it->it_index : 0;
    return int_from_ssize(n < 0 ? 0 : n);
}

static Object *listreviter_next(Object *self)
{
    ListIterObject *it = (ListIterObject *)self;
    Object *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    ssize_t i = it->it_index;
    if (i >= 0 && i < SIZE(seq)) {
        it->it_index--;
        return NEWREF(LIST_GET(seq, i));
    }
    it->it_index = -1;
    it->it_seq = NULL;
    DECREF(seq);
    return NULL;
}

static Object *listreviter_len(Object *self, Object *unused)
{
    ListIterObject *it = (ListIterObject *)self;
    ssize_t n = it->it_index + 1;
    if (it->it_seq == NULL || SIZE(it->it_seq) < n)
        n = 0;
    return int_from_ssize(n);
}

static Object *list_reversed(Object *self, Object *unused)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(&ListRevIterType);
    if (it == NULL)
        return NULL;
    it->it_index = SIZE(self) - 1;
    it->it_seq = NEWREF(self);
    return (Object *)it;
}

static MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_len, METH_NOARGS, NULL},
    {NULL}
};

static MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_len, METH_NOARGS, NULL},
    {NULL}
};

TypeObject ListIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
};

TypeObject ListRevIterType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIterObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
};

/* ---- the type -------------------------------------------------------------------------------- */

static SequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static MappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

static MethodDef list_methods[] = {
    {"__reversed__", list_reversed, METH_NOARGS, "Return a reverse iterator over the list."},
    {"__sizeof__", list_sizeof, METH_NOARGS, "Return the size of the list in memory, in bytes."},
    {"clear", list_clear_meth, METH_NOARGS, "Remove all items from list."},
    {"copy", list_copy, METH_NOARGS, "Return a shallow copy of the list."},
    {"append", list_append_meth, METH_O, "Append object to the end of the list."},
    {"insert", list_insert_meth, METH_FASTCALL, "Insert object before index."},
    {"extend", list_extend_meth, METH_O, "Extend list by appending elements from the iterable."},
    {"pop", list_pop, METH_FASTCALL, "Remove and return item at index (default last)."},
    {"remove", list_remove, METH_O, "Remove first occurrence of value."},
    {"index", list_index, METH_FASTCALL, "Return first index of value."},
    {"count", list_count, METH_O, "Return number of occurrences of value."},
    {"reverse", list_reverse_meth, METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", list_sort_meth, METH_FASTCALL | METH_KEYWORDS,
     "Sort the list in ascending order and return None."},
    {"__class_getitem__", (void *)generic_alias_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL}
};

TypeObject ListType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(ListObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_LIST_SUBCLASS,
    .tp_doc = "Built-in mutable sequence.",
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = obj_hash_not_implemented,
    .tp_traverse = list_traverse,
    .tp_clear = list_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list_init,
    .tp_new = list_tp_new,
    .tp_vectorcall = list_vectorcall,
};

void list_clear_freelist(void)
{
    while (numfree > 0)
        obj_free((Object *)free_list[--numfree]);
}
