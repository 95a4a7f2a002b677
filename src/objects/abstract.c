/* abstract.c — the rest of the object protocol: calls, iteration, containers, numbers,
 * isinstance/issubclass and argument parsing for C functions.
 *
 * Binary operators use CPython's dispatch (binary_op1): with slotv the left type's slot and
 * slotw the right type's (when the types differ and the slots are not the same function), the
 * right one goes first if its type is a subclass of the left's; a NotImplemented result passes
 * the turn to the other side; after both, + and * fall back to sequence concatenation and
 * repetition, and the last resort is "unsupported operand type(s)".  The operator table is
 * indexed by BINARY_OP's argument (CPython 3.11's NB_* numbering, see compiler/ast.h), so the VM
 * can hand its argument over unchanged. */
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "funcobj.h"
#include <limits.h>
#include <string.h>

/* ---- calls --------------------------------------------------------------------------------- */

Object *obj_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames) {
    TypeObject *t = TYPE(callable);
    if (t == &FunctionType)
        return ((FunctionObject *)callable)->vectorcall(callable, args, nargs, kwnames);
    if (t == &CFunctionType && ((CFunctionObject *)callable)->vectorcall)
        return ((CFunctionObject *)callable)->vectorcall(callable, args, nargs, kwnames);
    if ((t->tp_flags & TPFLAGS_TYPE_SUBCLASS) && ((TypeObject *)callable)->tp_vectorcall)
        return ((TypeObject *)callable)->tp_vectorcall(callable, args, nargs, kwnames);
    if (!t->tp_call)
        return err_format(&Exc_TypeError, "'%.200s' object is not callable", t->tp_name);
    if (recursion_enter(" while calling a Python object") < 0) return NULL;
    Object *r = t->tp_call(callable, args, nargs, kwnames);
    recursion_leave();
    return r;
}

Object *obj_call0(Object *callable) { return obj_call(callable, NULL, 0, NULL); }

Object *obj_call1(Object *callable, Object *a) { return obj_call(callable, &a, 1, NULL); }

Object *obj_call2(Object *callable, Object *a, Object *b) {
    Object *args[2] = { a, b };
    return obj_call(callable, args, 2, NULL);
}

/* Arrays of arguments this long live on the C stack; longer ones are allocated. */
#define SMALL_ARGS 8

Object *obj_call_prepend(Object *callable, Object *self, Object *const *args, ssize_t nargs,
                         Object *kwnames) {
    ssize_t total = nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
    Object *small[SMALL_ARGS], **stack = small;
    if (total + 1 > SMALL_ARGS) {
        stack = mem_alloc((size_t)(total + 1) * sizeof(Object *));
        if (!stack) return err_no_memory();
    }
    stack[0] = self;
    if (total) memcpy(stack + 1, args, (size_t)total * sizeof(Object *));
    Object *r = obj_call(callable, stack, nargs + 1, kwnames);
    if (stack != small) mem_free(stack);
    return r;
}

Object *obj_call_tuple_dict(Object *callable, Object *args, Object *kwargs) {
    ssize_t n = TUPLE_LEN(args);
    ssize_t nk = kwargs ? DICT_LEN(kwargs) : 0;
    if (nk == 0) return obj_call(callable, TUPLE_ITEMS(args), n, NULL);
    Object *small[SMALL_ARGS], **stack = small;
    if (n + nk > SMALL_ARGS) {
        stack = mem_alloc((size_t)(n + nk) * sizeof(Object *));
        if (!stack) return err_no_memory();
    }
    Object *kwnames = tuple_new(nk), *r = NULL;
    ssize_t filled = 0;
    if (!kwnames) goto out;
    memcpy(stack, TUPLE_ITEMS(args), (size_t)n * sizeof(Object *));
    ssize_t pos = 0;
    Object *k, *v;
    /* The values are held while the call runs: the callee may mutate the dict. */
    while (filled < nk && dict_next(kwargs, &pos, &k, &v)) {
        if (!IS_STR(k)) {
            err_set_string(&Exc_TypeError, "keywords must be strings");
            goto out;
        }
        TUPLE_SET(kwnames, filled, NEWREF(k));
        stack[n + filled++] = NEWREF(v);
    }
    r = obj_call(callable, stack, n, kwnames);
out:
    for (ssize_t i = 0; i < filled; i++) DECREF(stack[n + i]);
    /* A tuple not filled up must not be released with NULL items: shrink it first. */
    if (kwnames) { SIZE(kwnames) = filled; DECREF(kwnames); }
    if (stack != small) mem_free(stack);
    return r;
}

int obj_get_method(Object *o, Object *name, Object **method) {
    TypeObject *t = TYPE(o);
    *method = NULL;
    if (t->tp_getattro != obj_generic_getattr || !IS_STR(name)) {
        *method = obj_getattr(o, name);
        return *method ? 0 : -1;
    }
    Object *descr = type_lookup(t, name);
    descrgetfunc f = NULL;
    bool meth_found = false;
    if (descr) {
        INCREF(descr);
        if (TYPE_HAS_FLAG(TYPE(descr), TPFLAGS_METHOD_DESCRIPTOR) || IS_FUNCTION(descr)) {
            meth_found = true;
        } else {
            f = TYPE(descr)->tp_descr_get;
            if (f && TYPE(descr)->tp_descr_set) {
                *method = f(descr, o, OBJ(t));
                DECREF(descr);
                return *method ? 0 : -1;
            }
        }
    }
    Object **dp = obj_dict_ptr(o);
    if (dp && *dp) {
        Object *dict = NEWREF(*dp);
        Object *attr = dict_getitem(dict, name);
        DECREF(dict);
        if (attr) {
            *method = NEWREF(attr);
            XDECREF(descr);
            return 0;
        }
        if (err_occurred()) { XDECREF(descr); return -1; }
    }
    if (meth_found) { *method = descr; return 1; }
    if (f) {
        *method = f(descr, o, OBJ(t));
        DECREF(descr);
        return *method ? 0 : -1;
    }
    if (descr) { *method = descr; return 0; }
    *method = obj_getattr(o, name);   /* raises the AttributeError with its context */
    return *method ? 0 : -1;
}

Object *obj_call_method(Object *o, const char *name, Object *const *args, ssize_t nargs) {
    Object *n = str_intern_cstr(name);
    if (!n) return NULL;
    Object *meth;
    int kind = obj_get_method(o, n, &meth);
    DECREF(n);
    if (kind < 0) return NULL;
    Object *r = kind ? obj_call_prepend(meth, o, args, nargs, NULL)
                     : obj_call(meth, args, nargs, NULL);
    DECREF(meth);
    return r;
}

Object *obj_lookup_special(Object *o, Object *name) {
    Object *r = type_lookup(TYPE(o), name);
    if (!r) return NULL;
    descrgetfunc f = TYPE(r)->tp_descr_get;
    if (f) return f(r, o, OBJ(TYPE(o)));
    return NEWREF(r);
}

/* ---- argument parsing ------------------------------------------------------------------------ */

/* "f" -> "f()" as CPython's messages write function names; "list.append" keeps its name. */
static const char *paren(const char *fname) {
    size_t n = strlen(fname);
    return n && fname[n - 1] == ')' ? "" : "()";
}

static ssize_t kw_find(Object *kwnames, Object *const *kwvals, const char *name, Object **v) {
    ssize_t n = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < n; i++) {
        if (str_eq_cstr(TUPLE_GET(kwnames, i), name)) { *v = kwvals[i]; return i; }
    }
    *v = NULL;
    return -1;
}

int args_parse(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
               const char *const *kwlist, int min, int maxpos, Object **out) {
    int len = 0, posonly = 0;
    while (kwlist[len]) len++;
    while (posonly < len && kwlist[posonly][0] == '\0') posonly++;
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    const char *p = paren(fname);
    if (nargs + nkw > len) {
        err_format(&Exc_TypeError, "%.200s%s takes at most %d %sargument%s (%zd given)", fname, p,
                   len, nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            err_format(&Exc_TypeError, "%.200s%s takes no positional arguments", fname, p);
        else
            err_format(&Exc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                       fname, p, min < maxpos ? "at most" : "exactly", maxpos,
                       maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++) out[i] = args[i];
    ssize_t used = 0;
    for (int i = (int)nargs; i < len; i++) {
        Object *v = NULL;
        if (i >= posonly && nkw > 0 && kw_find(kwnames, args + nargs, kwlist[i], &v) >= 0) used++;
        out[i] = v;
        if (!v && i < min) {
            if (i < posonly)
                err_format(&Exc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                           fname, p, min < maxpos ? "at least" : "exactly", min,
                           min == 1 ? "" : "s", nargs);
            else
                err_format(&Exc_TypeError, "%.200s%s missing required argument '%s' (pos %d)",
                           fname, p, kwlist[i], i + 1);
            return -1;
        }
    }
    if (used < nkw) {
        /* Some keyword is either also given by position or unknown. */
        for (int i = posonly; i < nargs; i++) {
            Object *v;
            if (kw_find(kwnames, args + nargs, kwlist[i], &v) >= 0) {
                err_format(&Exc_TypeError, "argument for %.200s%s given by name ('%s') and "
                           "position (%d)", fname, p, kwlist[i], i + 1);
                return -1;
            }
        }
        for (ssize_t k = 0; k < nkw; k++) {
            Object *key = TUPLE_GET(kwnames, k);
            bool known = false;
            for (int i = posonly; i < len && !known; i++) known = str_eq_cstr(key, kwlist[i]);
            if (!known) {
                err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %.200s%s",
                           key, fname, p);
                return -1;
            }
        }
    }
    return 0;
}

int args_check_positional(const char *fname, ssize_t nargs, ssize_t min, ssize_t max) {
    if (nargs < min) {
        err_format(&Exc_TypeError, "%.200s expected %s%zd argument%s, got %zd", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&Exc_TypeError, "%.200s expected %s%zd argument%s, got %zd", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int args_no_kwargs(const char *fname, Object *kwnames) {
    if (!kwnames || TUPLE_LEN(kwnames) == 0) return 0;
    err_format(&Exc_TypeError, "%.200s%s takes no keyword arguments", fname, paren(fname));
    return -1;
}

/* ---- iteration ------------------------------------------------------------------------------ */

/* The sequence protocol: __getitem__ without being a mapping (CPython's PySequence_Check). */
static bool is_sequence(Object *o) {
    if (IS_DICT(o)) return false;
    SequenceMethods *sq = TYPE(o)->tp_as_sequence;
    return sq && sq->sq_item;
}

Object *obj_get_iter(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->tp_iter) {
        Object *it = t->tp_iter(o);
        if (it && !TYPE(it)->tp_iternext) {
            err_format(&Exc_TypeError, "iter() returned non-iterator of type '%.100s'",
                       TYPE(it)->tp_name);
            DECREF(it);
            return NULL;
        }
        return it;
    }
    if (is_sequence(o)) return seqiter_new(o);
    return err_format(&Exc_TypeError, "'%.200s' object is not iterable", t->tp_name);
}

Object *iter_next(Object *it) {
    iternextfunc f = TYPE(it)->tp_iternext;
    if (!f) return err_format(&Exc_TypeError, "'%.200s' object is not an iterator",
                              TYPE(it)->tp_name);
    Object *r = f(it);
    if (!r && err_occurred() && err_matches(&Exc_StopIteration)) err_clear();
    return r;
}

int iter_foreach(Object *iterable, int (*f)(Object *item, void *ctx), void *ctx) {
    Object *it = obj_get_iter(iterable);
    if (!it) return -1;
    iternextfunc next = TYPE(it)->tp_iternext;
    Object *item;
    int r = 0;
    while ((item = next(it))) {
        r = f(item, ctx);
        DECREF(item);
        if (r) break;
    }
    DECREF(it);
    if (!item && err_occurred()) {
        if (!err_matches(&Exc_StopIteration)) return -1;
        err_clear();
    }
    return r;
}

/* ---- containers ----------------------------------------------------------------------------- */

ssize_t obj_length(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_length) return t->tp_as_sequence->sq_length(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length) return t->tp_as_mapping->mp_length(o);
    err_format(&Exc_TypeError, "object of type '%.200s' has no len()", t->tp_name);
    return -1;
}

static bool has_len(Object *o) {
    TypeObject *t = TYPE(o);
    return (t->tp_as_sequence && t->tp_as_sequence->sq_length) ||
           (t->tp_as_mapping && t->tp_as_mapping->mp_length);
}

ssize_t obj_length_hint(Object *o, ssize_t dflt) {
    if (has_len(o)) {
        ssize_t n = obj_length(o);
        if (n >= 0) return n;
        if (!err_matches(&Exc_TypeError)) return -1;
        err_clear();
    }
    Object *hint = obj_lookup_special(o, ID(__length_hint__));
    if (!hint) return err_occurred() ? -1 : dflt;
    Object *r = obj_call0(hint);
    DECREF(hint);
    if (!r) {
        if (!err_matches(&Exc_TypeError)) return -1;
        err_clear();
        return dflt;
    }
    if (r == NOTIMPL) { DECREF(r); return dflt; }
    if (!IS_INT(r)) {
        err_format(&Exc_TypeError, "__length_hint__ must be an integer, not %.100s",
                   TYPE(r)->tp_name);
        DECREF(r);
        return -1;
    }
    ssize_t n = int_as_ssize(r);
    DECREF(r);
    if (n == -1 && err_occurred()) return -1;
    if (n < 0) {
        err_set_string(&Exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

static bool has_index(Object *o) {
    NumberMethods *nb = TYPE(o)->tp_as_number;
    return IS_INT(o) || (nb && nb->nb_index);
}

/* A sequence index from an object: __index__, negative values counted from the end. */
static int seq_index(Object *o, Object *key, ssize_t *i) {
    *i = num_as_ssize(key, &Exc_IndexError);
    if (*i == -1 && err_occurred()) return -1;
    if (*i < 0) {
        SequenceMethods *sq = TYPE(o)->tp_as_sequence;
        if (sq->sq_length) {
            ssize_t n = sq->sq_length(o);
            if (n < 0) return -1;
            *i += n;
        }
    }
    return 0;
}

Object *obj_getitem(Object *o, Object *key) {
    TypeObject *t = TYPE(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_subscript)
        return t->tp_as_mapping->mp_subscript(o, key);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_item) {
        if (!has_index(key))
            return err_format(&Exc_TypeError, "sequence index must be integer, not '%.200s'",
                              TYPE(key)->tp_name);
        ssize_t i;
        if (seq_index(o, key, &i) < 0) return NULL;
        return t->tp_as_sequence->sq_item(o, i);
    }
    if (t->tp_flags & TPFLAGS_TYPE_SUBCLASS) {
        /* type[int] is a GenericAlias, as in CPython's PyObject_GetItem. */
        if (o == (Object *)&TypeType) return generic_alias_new(o, key);
        /* list[int] and friends: the class's __class_getitem__. */
        Object *meth;
        if (obj_lookup_attr(o, ID(__class_getitem__), &meth) < 0) return NULL;
        if (meth) {
            Object *r = obj_call1(meth, key);
            DECREF(meth);
            return r;
        }
        return err_format(&Exc_TypeError, "type '%.200s' is not subscriptable",
                          ((TypeObject *)o)->tp_name);
    }
    return err_format(&Exc_TypeError, "'%.200s' object is not subscriptable", t->tp_name);
}

int obj_setitem(Object *o, Object *key, Object *v) {
    TypeObject *t = TYPE(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_ass_subscript)
        return t->tp_as_mapping->mp_ass_subscript(o, key, v);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_ass_item) {
        if (!has_index(key)) {
            err_format(&Exc_TypeError, "sequence index must be integer, not '%.200s'",
                       TYPE(key)->tp_name);
            return -1;
        }
        ssize_t i;
        if (seq_index(o, key, &i) < 0) return -1;
        return t->tp_as_sequence->sq_ass_item(o, i, v);
    }
    err_format(&Exc_TypeError, v ? "'%.200s' object does not support item assignment"
                                 : "'%.200s' object doesn't support item deletion", t->tp_name);
    return -1;
}

int obj_delitem(Object *o, Object *key) { return obj_setitem(o, key, NULL); }

Object *seq_getitem(Object *o, ssize_t i) {
    TypeObject *t = TYPE(o);
    SequenceMethods *sq = t->tp_as_sequence;
    if (sq && sq->sq_item) {
        if (i < 0 && sq->sq_length) {
            ssize_t n = sq->sq_length(o);
            if (n < 0) return NULL;
            i += n;
        }
        return sq->sq_item(o, i);
    }
    if (t->tp_as_mapping && t->tp_as_mapping->mp_subscript) {
        Object *k = int_from_ssize(i);
        if (!k) return NULL;
        Object *r = t->tp_as_mapping->mp_subscript(o, k);
        DECREF(k);
        return r;
    }
    return err_format(&Exc_TypeError, "'%.200s' object does not support indexing", t->tp_name);
}

int seq_contains_by_iter(Object *seq, Object *v) {
    Object *it = obj_get_iter(seq);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "argument of type '%.200s' is not iterable",
                       TYPE(seq)->tp_name);
        }
        return -1;
    }
    iternextfunc next = TYPE(it)->tp_iternext;
    Object *item;
    int r = 0;
    while ((item = next(it))) {
        r = obj_richcompare_bool(item, v, CMP_EQ);
        DECREF(item);
        if (r) break;
    }
    DECREF(it);
    if (!item && err_occurred()) {
        if (!err_matches(&Exc_StopIteration)) return -1;
        err_clear();
    }
    return r;
}

int obj_contains(Object *container, Object *item) {
    SequenceMethods *sq = TYPE(container)->tp_as_sequence;
    if (sq && sq->sq_contains) return sq->sq_contains(container, item);
    return seq_contains_by_iter(container, item);
}

Object *seq_list(Object *iterable) {
    Object *l = list_new(0);
    if (!l) return NULL;
    if (list_extend(l, iterable) < 0) { DECREF(l); return NULL; }
    return l;
}

Object *seq_tuple(Object *iterable) {
    if (IS_TUPLE_EXACT(iterable)) return NEWREF(iterable);
    if (IS_LIST(iterable)) return list_as_tuple(iterable);
    Object *l = seq_list(iterable);
    if (!l) return NULL;
    Object *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

/* ---- numbers --------------------------------------------------------------------------------- */

#define NB_OFF(f) ((int)offsetof(NumberMethods, f))

static void *nb_slot(TypeObject *t, int off) {
    if (!t->tp_as_number) return NULL;
    void *f;
    memcpy(&f, (char *)t->tp_as_number + off, sizeof f);
    return f;
}

/* Indexed by BINARY_OP's argument: CPython's NB_ADD = 0 ... NB_XOR = 12. */
enum { OP_ADD = 0, OP_MUL = 5, OP_POW = 8, OP_RSHIFT = 9, OP_COUNT = 13 };
static const struct { int slot, islot; const char *sym, *isym; } binops[OP_COUNT] = {
    { NB_OFF(nb_add), NB_OFF(nb_inplace_add), "+", "+=" },
    { NB_OFF(nb_and), NB_OFF(nb_inplace_and), "&", "&=" },
    { NB_OFF(nb_floor_divide), NB_OFF(nb_inplace_floor_divide), "//", "//=" },
    { NB_OFF(nb_lshift), NB_OFF(nb_inplace_lshift), "<<", "<<=" },
    { NB_OFF(nb_matrix_multiply), NB_OFF(nb_inplace_matrix_multiply), "@", "@=" },
    { NB_OFF(nb_multiply), NB_OFF(nb_inplace_multiply), "*", "*=" },
    { NB_OFF(nb_remainder), NB_OFF(nb_inplace_remainder), "%", "%=" },
    { NB_OFF(nb_or), NB_OFF(nb_inplace_or), "|", "|=" },
    { NB_OFF(nb_power), NB_OFF(nb_inplace_power), "**", "**=" },
    { NB_OFF(nb_rshift), NB_OFF(nb_inplace_rshift), ">>", ">>=" },
    { NB_OFF(nb_subtract), NB_OFF(nb_inplace_subtract), "-", "-=" },
    { NB_OFF(nb_true_divide), NB_OFF(nb_inplace_true_divide), "/", "/=" },
    { NB_OFF(nb_xor), NB_OFF(nb_inplace_xor), "^", "^=" },
};
/* The argument of BINARY_OP for in-place operators is the plain one plus this (NB_INPLACE). */
#define OP_INPLACE 13

static Object *binary_op1(Object *v, Object *w, int off) {
    binaryfunc slotv = (binaryfunc)nb_slot(TYPE(v), off), slotw = NULL;
    if (TYPE(w) != TYPE(v)) {
        slotw = (binaryfunc)nb_slot(TYPE(w), off);
        if (slotw == slotv) slotw = NULL;
    }
    Object *x;
    if (slotv) {
        if (slotw && type_is_subtype(TYPE(w), TYPE(v))) {
            x = slotw(v, w);
            if (x != NOTIMPL) return x;
            DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w);
        if (x != NOTIMPL) return x;
        DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w);
        if (x != NOTIMPL) return x;
        DECREF(x);
    }
    RETURN_NOTIMPL;
}

static Object *binop_type_error(Object *v, Object *w, const char *sym) {
    if (!strcmp(sym, ">>") && IS_CFUNCTION(v) &&
        !strcmp(((CFunctionObject *)v)->m_ml->name, "print"))
        return err_format(&Exc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and "
                          "'%.100s'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                          sym, TYPE(v)->tp_name, TYPE(w)->tp_name);
    return err_format(&Exc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and "
                      "'%.100s'", sym, TYPE(v)->tp_name, TYPE(w)->tp_name);
}

static Object *sequence_repeat(ssizeargfunc f, Object *seq, Object *n) {
    if (!has_index(n))
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                          TYPE(n)->tp_name);
    ssize_t count = num_as_ssize(n, &Exc_OverflowError);
    if (count == -1 && err_occurred()) return NULL;
    return f(seq, count);
}

static Object *ternary_op(Object *v, Object *w, Object *z, int off, const char *sym) {
    ternaryfunc slotv = (ternaryfunc)nb_slot(TYPE(v), off), slotw = NULL, slotz;
    if (TYPE(w) != TYPE(v)) {
        slotw = (ternaryfunc)nb_slot(TYPE(w), off);
        if (slotw == slotv) slotw = NULL;
    }
    Object *x;
    if (slotv) {
        if (slotw && type_is_subtype(TYPE(w), TYPE(v))) {
            x = slotw(v, w, z);
            if (x != NOTIMPL) return x;
            DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != NOTIMPL) return x;
        DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w, z);
        if (x != NOTIMPL) return x;
        DECREF(x);
    }
    if (z != NONE && (slotz = (ternaryfunc)nb_slot(TYPE(z), off)) && slotz != slotv &&
        slotz != slotw) {
        x = slotz(v, w, z);
        if (x != NOTIMPL) return x;
        DECREF(x);
    }
    if (z == NONE)
        return err_format(&Exc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and "
                          "'%.100s'", sym, TYPE(v)->tp_name, TYPE(w)->tp_name);
    return err_format(&Exc_TypeError, "unsupported operand type(s) for %.100s: '%.100s', "
                      "'%.100s', '%.100s'", sym, TYPE(v)->tp_name, TYPE(w)->tp_name,
                      TYPE(z)->tp_name);
}

static Object *binary_op(Object *v, Object *w, int op) {
    Object *r = binary_op1(v, w, binops[op].slot);
    if (r != NOTIMPL) return r;
    DECREF(r);
    SequenceMethods *sv = TYPE(v)->tp_as_sequence, *sw = TYPE(w)->tp_as_sequence;
    if (op == OP_ADD && sv && sv->sq_concat) return sv->sq_concat(v, w);
    if (op == OP_MUL) {
        if (sv && sv->sq_repeat) return sequence_repeat(sv->sq_repeat, v, w);
        if (sw && sw->sq_repeat) return sequence_repeat(sw->sq_repeat, w, v);
    }
    return binop_type_error(v, w, binops[op].sym);
}

static Object *inplace_op(Object *v, Object *w, int op) {
    if (op == OP_POW) {
        ternaryfunc f = (ternaryfunc)nb_slot(TYPE(v), binops[op].islot);
        if (f) {
            Object *x = f(v, w, NONE);
            if (x != NOTIMPL) return x;
            DECREF(x);
        }
        return ternary_op(v, w, NONE, binops[op].slot, "**=");
    }
    binaryfunc f = (binaryfunc)nb_slot(TYPE(v), binops[op].islot);
    if (f) {
        Object *x = f(v, w);
        if (x != NOTIMPL) return x;
        DECREF(x);
    }
    Object *r = binary_op1(v, w, binops[op].slot);
    if (r != NOTIMPL) return r;
    DECREF(r);
    SequenceMethods *sv = TYPE(v)->tp_as_sequence, *sw = TYPE(w)->tp_as_sequence;
    if (op == OP_ADD && sv) {
        if (sv->sq_inplace_concat) return sv->sq_inplace_concat(v, w);
        if (sv->sq_concat) return sv->sq_concat(v, w);
    }
    if (op == OP_MUL) {
        if (sv) {
            ssizeargfunc g = sv->sq_inplace_repeat ? sv->sq_inplace_repeat : sv->sq_repeat;
            if (g) return sequence_repeat(g, v, w);
        } else if (sw && sw->sq_repeat) {
            return sequence_repeat(sw->sq_repeat, w, v);
        }
    }
    return binop_type_error(v, w, binops[op].isym);
}

Object *num_binary_op(Object *a, Object *b, int op) {
    if (op >= OP_INPLACE) return inplace_op(a, b, op - OP_INPLACE);
    if (op == OP_POW) return ternary_op(a, b, NONE, binops[op].slot, "** or pow()");
    return binary_op(a, b, op);
}

Object *num_add(Object *a, Object *b) { return binary_op(a, b, OP_ADD); }
Object *num_subtract(Object *a, Object *b) { return binary_op(a, b, 10); }
Object *num_multiply(Object *a, Object *b) { return binary_op(a, b, OP_MUL); }

Object *num_power(Object *a, Object *b, Object *mod) {
    return ternary_op(a, b, mod ? mod : NONE, NB_OFF(nb_power), "** or pow()");
}

Object *num_divmod(Object *a, Object *b) {
    Object *r = binary_op1(a, b, NB_OFF(nb_divmod));
    if (r != NOTIMPL) return r;
    DECREF(r);
    return binop_type_error(a, b, "divmod()");
}

static Object *unary_op(Object *o, int off, const char *what) {
    unaryfunc f = (unaryfunc)nb_slot(TYPE(o), off);
    if (f) return f(o);
    return err_format(&Exc_TypeError, "bad operand type for %s: '%.200s'", what,
                      TYPE(o)->tp_name);
}

Object *num_negative(Object *o) { return unary_op(o, NB_OFF(nb_negative), "unary -"); }
Object *num_positive(Object *o) { return unary_op(o, NB_OFF(nb_positive), "unary +"); }
Object *num_invert(Object *o) { return unary_op(o, NB_OFF(nb_invert), "unary ~"); }
Object *num_absolute(Object *o) { return unary_op(o, NB_OFF(nb_absolute), "abs()"); }

/* An exact int with the value of the int (subclass) o. */
static Object *int_exact_copy(Object *o) {
    if (int_is_compact(o)) return int_from_long(int_compact_value(o));
    Object *neg = int_neg(o);
    if (!neg) return NULL;
    Object *r = int_neg(neg);
    DECREF(neg);
    return r;
}

Object *num_index(Object *o) {
    if (IS_INT_EXACT(o)) return NEWREF(o);
    if (IS_INT(o)) return int_exact_copy(o);
    NumberMethods *nb = TYPE(o)->tp_as_number;
    if (!nb || !nb->nb_index)
        return err_format(&Exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                          TYPE(o)->tp_name);
    Object *r = nb->nb_index(o);
    if (!r || IS_INT_EXACT(r)) return r;
    if (!IS_INT(r)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %.200s)", TYPE(r)->tp_name);
        DECREF(r);
        return NULL;
    }
    Object *c = int_exact_copy(r);
    DECREF(r);
    return c;
}

ssize_t num_as_ssize(Object *o, TypeObject *exc) {
    if (IS_INT(o) && int_is_compact(o)) return int_compact_value(o);
    Object *v = num_index(o);
    if (!v) return -1;
    int overflow;
    long r = int_as_long_overflow(v, &overflow);
    if (overflow) {
        if (exc) {
            err_format(exc, "cannot fit '%.200s' into an index-sized integer", TYPE(o)->tp_name);
            r = -1;
        } else {
            r = overflow < 0 ? LONG_MIN : LONG_MAX;
        }
    }
    DECREF(v);
    return (ssize_t)r;
}

bool num_check(Object *o) {
    NumberMethods *nb = TYPE(o)->tp_as_number;
    return (nb && (nb->nb_index || nb->nb_int || nb->nb_float)) || IS_COMPLEX(o);
}

/* The text of a str, bytes or bytearray for int() and float(); NULL if o is none of them. */
static const char *text_of(Object *o, ssize_t *len) {
    if (IS_STR(o)) return str_as_utf8_len(o, len);
    if (IS_BYTES(o)) { *len = BYTES_LEN(o); return BYTES_DATA(o); }
    if (IS_BYTEARRAY(o)) { *len = SIZE(o); return ((ByteArrayObject *)o)->ob_start; }
    return NULL;
}

Object *num_long(Object *o) {
    if (IS_INT_EXACT(o)) return NEWREF(o);
    NumberMethods *nb = TYPE(o)->tp_as_number;
    if (nb && nb->nb_int) {
        Object *r = nb->nb_int(o);
        if (!r || IS_INT_EXACT(r)) return r;
        if (!IS_INT(r)) {
            err_format(&Exc_TypeError, "__int__ returned non-int (type %.200s)",
                       TYPE(r)->tp_name);
            DECREF(r);
            return NULL;
        }
        Object *c = int_exact_copy(r);
        DECREF(r);
        return c;
    }
    if (nb && nb->nb_index) return num_index(o);
    Object *trunc = obj_lookup_special(o, ID(__trunc__));
    if (trunc) {
        Object *r = obj_call0(trunc);
        DECREF(trunc);
        if (!r || IS_INT_EXACT(r)) return r;
        if (IS_INT(r) || has_index(r)) {
            Object *c = num_index(r);
            DECREF(r);
            return c;
        }
        err_format(&Exc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                   TYPE(r)->tp_name);
        DECREF(r);
        return NULL;
    }
    if (err_occurred()) return NULL;
    ssize_t len;
    const char *s = text_of(o, &len);
    if (s) return int_from_string(s, len, 10);
    if (err_occurred()) return NULL;
    return err_format(&Exc_TypeError, "int() argument must be a string, a bytes-like object or "
                      "a real number, not '%.200s'", TYPE(o)->tp_name);
}

Object *num_float(Object *o) {
    if (IS_FLOAT_EXACT(o)) return NEWREF(o);
    NumberMethods *nb = TYPE(o)->tp_as_number;
    if (nb && nb->nb_float) {
        Object *r = nb->nb_float(o);
        if (!r || IS_FLOAT_EXACT(r)) return r;
        if (!IS_FLOAT(r)) {
            err_format(&Exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                       TYPE(o)->tp_name, TYPE(r)->tp_name);
            DECREF(r);
            return NULL;
        }
        Object *c = float_from_double(FLOAT_VAL(r));
        DECREF(r);
        return c;
    }
    if (nb && nb->nb_index) {
        Object *i = num_index(o);
        if (!i) return NULL;
        double d = int_as_double(i);
        DECREF(i);
        if (d == -1.0 && err_occurred()) return NULL;
        return float_from_double(d);
    }
    if (IS_FLOAT(o)) return float_from_double(FLOAT_VAL(o));
    ssize_t len;
    const char *s = text_of(o, &len);
    if (s) return float_from_string(s, len);
    if (err_occurred()) return NULL;
    return err_format(&Exc_TypeError, "float() argument must be a string or a real number, "
                      "not '%.200s'", TYPE(o)->tp_name);
}

/* ---- isinstance / issubclass ----------------------------------------------------------------- */

static bool is_type(Object *o) { return TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TYPE_SUBCLASS); }

/* o.__bases__ as a tuple (new reference), or NULL without an exception when it has none. */
static Object *abstract_get_bases(Object *o) {
    Object *bases;
    if (obj_lookup_attr(o, ID(__bases__), &bases) <= 0) return NULL;
    if (!IS_TUPLE(bases)) { DECREF(bases); return NULL; }
    return bases;
}

/* derived is cls or inherits from it by __bases__ (classes that are not types). */
static int abstract_issubclass(Object *derived, Object *cls) {
    for (;;) {
        if (derived == cls) return 1;
        Object *bases = abstract_get_bases(derived);
        if (!bases) return err_occurred() ? -1 : 0;
        ssize_t n = TUPLE_LEN(bases);
        if (n == 0) { DECREF(bases); return 0; }
        if (n == 1) {
            /* Walk single inheritance without recursion. */
            derived = TUPLE_GET(bases, 0);
            DECREF(bases);
            continue;
        }
        int r = 0;
        for (ssize_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(TUPLE_GET(bases, i), cls);
        DECREF(bases);
        return r;
    }
}

static int check_class(Object *cls, const char *error) {
    Object *bases = abstract_get_bases(cls);
    if (!bases) {
        if (!err_occurred()) err_set_string(&Exc_TypeError, error);
        return 0;
    }
    DECREF(bases);
    return 1;
}

static int recursive_isinstance(Object *inst, Object *cls) {
    if (is_type(cls)) {
        if (type_is_subtype(TYPE(inst), (TypeObject *)cls)) return 1;
        Object *c;
        if (obj_lookup_attr(inst, ID(__class__), &c) < 0) return -1;
        int r = 0;
        if (c && c != OBJ(TYPE(inst)) && is_type(c))
            r = type_is_subtype((TypeObject *)c, (TypeObject *)cls);
        XDECREF(c);
        return r;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    Object *c;
    if (obj_lookup_attr(inst, ID(__class__), &c) < 0) return -1;
    if (!c) return 0;
    int r = abstract_issubclass(c, cls);
    DECREF(c);
    return r;
}

static int recursive_issubclass(Object *derived, Object *cls) {
    if (is_type(cls) && is_type(derived))
        return type_is_subtype((TypeObject *)derived, (TypeObject *)cls);
    if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(derived, cls);
}

/* The parts isinstance() and issubclass() share: a tuple of classes is tried item by item, and a
 * class with __instancecheck__ / __subclasscheck__ decides by calling it (CPython's
 * object_recursive_isinstance / object_issubclass). */
typedef int (*classcheck)(Object *x, Object *cls);

static int check_each(Object *x, Object *tuple, classcheck check, const char *where) {
    if (recursion_enter(where) < 0) return -1;
    int r = 0;
    for (ssize_t i = 0; i < TUPLE_LEN(tuple) && r == 0; i++)
        r = check(x, TUPLE_GET(tuple, i));
    recursion_leave();
    return r;
}

/* 1 or 0 from the hook, -1 on error; 2 when cls has no such hook (and no error). */
static int check_hook(Object *x, Object *cls, Object *hook_name, const char *where) {
    Object *checker = obj_lookup_special(cls, hook_name);
    if (!checker) return err_occurred() ? -1 : 2;
    if (recursion_enter(where) < 0) { DECREF(checker); return -1; }
    Object *res = obj_call1(checker, x);
    recursion_leave();
    DECREF(checker);
    if (!res) return -1;
    int r = obj_is_true(res);
    DECREF(res);
    return r;
}

int obj_isinstance(Object *o, Object *cls) {
    if (OBJ(TYPE(o)) == cls) return 1;
    if (TYPE(cls) == &TypeType) return recursive_isinstance(o, cls);
    if (IS_UNION(cls)) cls = union_args(cls);          /* int | str works as (int, str) */
    if (IS_TUPLE(cls)) return check_each(o, cls, obj_isinstance, " in __instancecheck__");
    int r = check_hook(o, cls, ID(__instancecheck__), " in __instancecheck__");
    return r != 2 ? r : recursive_isinstance(o, cls);
}

int obj_issubclass(Object *derived, Object *cls) {
    if (TYPE(cls) == &TypeType) {
        if (derived == cls) return 1;
        return recursive_issubclass(derived, cls);
    }
    if (IS_UNION(cls)) cls = union_args(cls);
    if (IS_TUPLE(cls)) return check_each(derived, cls, obj_issubclass, " in __subclasscheck__");
    int r = check_hook(derived, cls, ID(__subclasscheck__), " in __subclasscheck__");
    return r != 2 ? r : recursive_issubclass(derived, cls);
}

Object *type_instancecheck_impl(Object *cls, Object *inst) {
    int r = recursive_isinstance(inst, cls);
    return r < 0 ? NULL : bool_from(r);
}

Object *type_subclasscheck_impl(Object *cls, Object *sub) {
    int r = recursive_issubclass(sub, cls);
    return r < 0 ? NULL : bool_from(r);
}

/* ---- the buffer protocol --------------------------------------------------------------------- */

int obj_get_buffer(Object *o, Buffer *view, int flags) {
    BufferProcs *bp = type_buffer_procs(TYPE(o));
    if (!bp) {
        view->obj = NULL;
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%.100s'",
                   TYPE(o)->tp_name);
        return -1;
    }
    return bp->bf_getbuffer(o, view, flags);
}

void buffer_release(Buffer *view) {
    Object *o = view->obj;
    if (!o) return;
    BufferProcs *bp = type_buffer_procs(TYPE(o));
    if (bp && bp->bf_releasebuffer) bp->bf_releasebuffer(o, view);
    view->obj = NULL;
    DECREF(o);
}

int buffer_fill(Buffer *view, Object *o, void *buf, ssize_t len, bool readonly, int flags) {
    if ((flags & BUF_WRITABLE) && readonly) {
        view->obj = NULL;
        err_set_string(&Exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->buf = buf;
    view->obj = NEWREF(o);
    view->len = len;
    view->itemsize = 1;
    view->format = "B";
    view->readonly = readonly;
    view->ndim = 1;
    view->shape[0] = len;
    view->strides[0] = 1;
    return 0;
}

void buffer_copy_to(char *dst, const Buffer *v) {
    if (buffer_is_contiguous(v)) {
        if (v->len) memcpy(dst, v->buf, (size_t)v->len);
        return;
    }
    size_t isz = (size_t)v->itemsize;
    const char *p = v->buf;
    for (ssize_t i = 0; i < v->shape[0]; i++, p += v->strides[0], dst += isz) memcpy(dst, p, isz);
}
