/* typeslots.c — the bridge between C slots and Python dunders, in both directions.
 *
 * One table (slotdefs, CPython's slotdefs[]) lists every dunder with the slot it maps to, the
 * "slot function" that implements the slot for a class by calling the dunder, and the
 * "wrapper" that exposes a static type's C slot as that dunder (int.__add__ is a wrapper
 * descriptor around int's nb_add).  Entries for the same slot are adjacent (__add__ and __radd__
 * both feed nb_add; __lt__ .. __ge__ feed tp_richcompare), forming the groups that
 * update_group() recomputes together.
 *
 * For a class, each slot is set from what the MRO provides for the group's names (CPython's
 * update_one_slot): when every name resolves to a wrapper of the same C function, the slot
 * takes that C function directly (a class inheriting int's __add__ gets int's nb_add, with no
 * Python-level call); when any name resolves to something else, the slot gets the generic slot
 * function, which looks the dunder up at call time.  Setting or deleting a dunder on a class
 * reruns this for the class and everything below it.
 *
 * Slot positions are encoded in WrapperBase.offset: the table (type, number, sequence, mapping)
 * in the high bits and the byte offset of the field in that table in the low 16. */
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "funcobj.h"
#include <string.h>

/* ---- interned dunder names ------------------------------------------------------------------- */

#define DUNDERS(X) \
    X(getattribute) X(getattr) X(setattr) X(delattr) X(repr) X(hash) X(call) X(str) \
    X(lt) X(le) X(eq) X(ne) X(gt) X(ge) X(iter) X(next) X(get) X(set) X(delete) X(init) \
    X(new) X(del) \
    X(add) X(radd) X(sub) X(rsub) X(mul) X(rmul) X(mod) X(rmod) X(divmod) X(rdivmod) \
    X(pow) X(rpow) X(neg) X(pos) X(abs) X(bool) X(invert) X(lshift) X(rlshift) X(rshift) \
    X(rrshift) X(and) X(rand) X(xor) X(rxor) X(or) X(ror) X(int) X(float) X(iadd) X(isub) \
    X(imul) X(imod) X(ipow) X(ilshift) X(irshift) X(iand) X(ixor) X(ior) X(floordiv) \
    X(rfloordiv) X(truediv) X(rtruediv) X(ifloordiv) X(itruediv) X(index) X(matmul) \
    X(rmatmul) X(imatmul) X(len) X(getitem) X(setitem) X(delitem) X(contains)

enum {
#define D_ENUM_(n) D_##n,
    DUNDERS(D_ENUM_)
#undef D_ENUM_
    D_COUNT
};

static const char *const dunder_text[D_COUNT] = {
#define D_TEXT_(n) "__" #n "__",
    DUNDERS(D_TEXT_)
#undef D_TEXT_
};

static Object *dunder[D_COUNT];    /* interned; immortal in practice */
#define N(n) (dunder[D_##n])

/* ---- calling dunders ------------------------------------------------------------------------- */

/* type(self).name(self, *args, **kw), looked up on the type only (special method lookup).
 * Returns NULL without an exception when the type has no such attribute. */
static Object *call_special_kw(Object *self, Object *name, Object *const *args, ssize_t nargs,
                               Object *kwnames) {
    Object *f = type_lookup(TYPE(self), name);
    if (!f) return NULL;
    INCREF(f);
    Object *r;
    if (IS_FUNCTION(f) || TYPE_HAS_FLAG(TYPE(f), TPFLAGS_METHOD_DESCRIPTOR)) {
        r = obj_call_prepend(f, self, args, nargs, kwnames);
    } else {
        descrgetfunc get = TYPE(f)->tp_descr_get;
        Object *bound = get ? get(f, self, OBJ(TYPE(self))) : NEWREF(f);
        r = bound ? obj_call(bound, args, nargs, kwnames) : NULL;
        XDECREF(bound);
    }
    DECREF(f);
    return r;
}

static Object *call_special(Object *self, Object *name, Object *const *args, ssize_t nargs) {
    return call_special_kw(self, name, args, nargs, NULL);
}

/* As call_special, but a missing method raises AttributeError (the method must exist: its slot
 * was set because of it, unless it was deleted since). */
static Object *call_method(Object *self, Object *name, Object *const *args, ssize_t nargs) {
    Object *r = call_special(self, name, args, nargs);
    if (!r && !err_occurred()) err_set_object(&Exc_AttributeError, name);
    return r;
}

/* As call_special, but a missing method answers NotImplemented (binary operators). */
static Object *call_or_notimpl(Object *self, Object *name, Object *const *args, ssize_t nargs) {
    Object *r = call_special(self, name, args, nargs);
    if (!r && !err_occurred()) RETURN_NOTIMPL;
    return r;
}

/* ---- slot functions: C slots of classes, implemented by calling dunders ---------------------- */

static Object *slot_tp_repr(Object *self) {
    Object *r = call_special(self, N(repr), NULL, 0);
    if (r || err_occurred()) return r;
    return str_from_format("<%s object at %p>", TYPE(self)->tp_name, (void *)self);
}

static Object *slot_tp_str(Object *self) { return call_method(self, N(str), NULL, 0); }

static int64_t slot_tp_hash(Object *self) {
    Object *f = type_lookup(TYPE(self), N(hash));
    if (!f || f == NONE) return obj_hash_not_implemented(self);
    Object *r = call_method(self, N(hash), NULL, 0);
    if (!r) return -1;
    if (!IS_INT(r)) {
        DECREF(r);
        err_set_string(&Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* Values that fit are kept as they are, so hash(x) == x.__hash__() when that is a hash;
     * larger ones are reduced the way int hashes are. */
    int overflow;
    int64_t h = int_as_long_overflow(r, &overflow);
    if (overflow) h = int_hash(r);
    DECREF(r);
    return h == -1 ? -2 : h;
}

static Object *slot_tp_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *r = call_special_kw(self, N(call), args, nargs, kwnames);
    if (!r && !err_occurred())
        err_format(&Exc_TypeError, "'%.200s' object is not callable", TYPE(self)->tp_name);
    return r;
}

/* Is f object.__getattribute__ (the generic algorithm)? */
static bool is_generic_getattribute(Object *f) {
    return TYPE(f) == &WrapperDescrType &&
           ((WrapperDescrObject *)f)->d_wrapped == (void *)obj_generic_getattr;
}

/* __getattribute__, then __getattr__ when that raises AttributeError. */
static Object *slot_tp_getattr_hook(Object *self, Object *name) {
    TypeObject *t = TYPE(self);
    Object *getattr = type_lookup(t, N(getattr));
    Object *getattribute = type_lookup(t, N(getattribute));
    Object *r;
    if (!getattribute || is_generic_getattribute(getattribute)) {
        /* The generic lookup can report a miss without building an exception. */
        r = getattr ? obj_generic_getattr_opt(self, name) : obj_generic_getattr(self, name);
        if (r || err_occurred() || !getattr) return r;
        return call_special(self, N(getattr), &name, 1);
    }
    r = call_method(self, N(getattribute), &name, 1);
    if (r || !getattr || !err_matches(&Exc_AttributeError)) return r;
    err_clear();
    return call_special(self, N(getattr), &name, 1);
}

/* The slots that set or, given no value, delete: self.<set>(key, value) or self.<del>(key). */
static int call_set_or_delete(Object *self, Object *set, Object *del, Object *key, Object *value) {
    Object *args[2] = { key, value };
    Object *r = value ? call_method(self, set, args, 2) : call_method(self, del, args, 1);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_tp_setattro(Object *self, Object *name, Object *value) {
    return call_set_or_delete(self, N(setattr), N(delattr), name, value);
}

static const int richcmp_dunder[6] = { D_lt, D_le, D_eq, D_ne, D_gt, D_ge };

static Object *slot_tp_richcompare(Object *self, Object *other, int op) {
    return call_or_notimpl(self, dunder[richcmp_dunder[op]], &other, 1);
}

static Object *slot_tp_iter(Object *self) {
    Object *f = type_lookup(TYPE(self), N(iter));
    if (f == NONE)
        return err_format(&Exc_TypeError, "'%.200s' object is not iterable", TYPE(self)->tp_name);
    if (f) return call_method(self, N(iter), NULL, 0);
    /* No __iter__: the sequence protocol, when there is a __getitem__. */
    if (type_lookup(TYPE(self), N(getitem))) return seqiter_new(self);
    return err_format(&Exc_TypeError, "'%.200s' object is not iterable", TYPE(self)->tp_name);
}

/* A StopIteration raised by __next__ stays pending, as CPython's slot leaves it: every consumer
 * of tp_iternext takes NULL with StopIteration as the end, and next() must pass its value on. */
static Object *slot_tp_iternext(Object *self) {
    return call_method(self, N(next), NULL, 0);
}

static Object *slot_tp_descr_get(Object *self, Object *obj, Object *type) {
    Object *f = type_lookup(TYPE(self), N(get));
    if (!f) return NEWREF(self);
    Object *args[2] = { obj ? obj : NONE, type ? type : NONE };
    return call_method(self, N(get), args, 2);
}

static int slot_tp_descr_set(Object *self, Object *target, Object *value) {
    return call_set_or_delete(self, N(set), N(delete), target, value);
}

static int slot_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *r = call_special_kw(self, N(init), args, nargs, kwnames);
    if (!r) {
        if (!err_occurred()) err_set_object(&Exc_AttributeError, N(init));
        return -1;
    }
    if (r != NONE) {
        err_format(&Exc_TypeError, "__init__() should return None, not '%.200s'",
                   TYPE(r)->tp_name);
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

Object *slot_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *f = obj_getattr(OBJ(type), N(new));
    if (!f) return NULL;
    Object *r = obj_call_prepend(f, OBJ(type), args, nargs, kwnames);
    DECREF(f);
    return r;
}

static void slot_tp_finalize(Object *self) {
    /* __del__ runs with the current exception put aside, and cannot raise out of here. */
    Object *saved = err_fetch();
    Object *f = type_lookup(TYPE(self), N(del));
    if (f) {
        INCREF(f);
        Object *r = call_special(self, N(del), NULL, 0);
        if (r) DECREF(r);
        else if (err_occurred()) err_write_unraisable(f);
        DECREF(f);
    }
    err_restore(saved);
}

/* ---- number slots --------------------------------------------------------------------------- */

static void *nb_get(TypeObject *t, size_t off) {
    if (!t->tp_as_number) return NULL;
    void *f;
    memcpy(&f, (char *)t->tp_as_number + off, sizeof f);
    return f;
}

/* Does `right` override `left`'s version of the reflected method? */
static bool method_overloaded(TypeObject *left, TypeObject *right, Object *name) {
    Object *b = type_lookup(right, name);
    if (!b) return false;
    return type_lookup(left, name) != b;
}

/* The binary slot of classes (CPython's SLOT1BINFULL): self may be either operand, since the
 * protocol calls the right operand's slot with the operands in their original order. */
static Object *slot_binary(Object *self, Object *other, size_t off, void *me, int op, int rop) {
    TypeObject *ts = TYPE(self), *to = TYPE(other);
    bool do_other = ts != to && nb_get(to, off) == me;
    Object *r;
    if (nb_get(ts, off) == me) {
        if (do_other && type_is_subtype(to, ts) && method_overloaded(ts, to, dunder[rop])) {
            r = call_or_notimpl(other, dunder[rop], &self, 1);
            if (r != NOTIMPL) return r;
            DECREF(r);
            do_other = false;
        }
        r = call_or_notimpl(self, dunder[op], &other, 1);
        if (r != NOTIMPL || ts == to) return r;
        DECREF(r);
    }
    if (do_other) return call_or_notimpl(other, dunder[rop], &self, 1);
    RETURN_NOTIMPL;
}

/* The slot functions slot_nb_<f> of the field nb_<f>, calling the dunders op (and rop). */
#define SLOT_BINARY(f, op, rop) \
    static Object *slot_nb_##f(Object *self, Object *other) { \
        return slot_binary(self, other, offsetof(NumberMethods, nb_##f), (void *)slot_nb_##f, \
                           D_##op, D_##rop); \
    }
SLOT_BINARY(add, add, radd)
SLOT_BINARY(subtract, sub, rsub)
SLOT_BINARY(multiply, mul, rmul)
SLOT_BINARY(remainder, mod, rmod)
SLOT_BINARY(divmod, divmod, rdivmod)
SLOT_BINARY(lshift, lshift, rlshift)
SLOT_BINARY(rshift, rshift, rrshift)
SLOT_BINARY(and, and, rand)
SLOT_BINARY(xor, xor, rxor)
SLOT_BINARY(or, or, ror)
SLOT_BINARY(floor_divide, floordiv, rfloordiv)
SLOT_BINARY(true_divide, truediv, rtruediv)
SLOT_BINARY(matrix_multiply, matmul, rmatmul)

static Object *slot_nb_power(Object *self, Object *other, Object *mod) {
    if (mod == NONE)
        return slot_binary(self, other, offsetof(NumberMethods, nb_power), (void *)slot_nb_power,
                           D_pow, D_rpow);
    /* Three-argument pow() has no reflected form. */
    if (nb_get(TYPE(self), offsetof(NumberMethods, nb_power)) == (void *)slot_nb_power) {
        Object *args[2] = { other, mod };
        return call_or_notimpl(self, N(pow), args, 2);
    }
    RETURN_NOTIMPL;
}

#define SLOT_UNARY(f, op) \
    static Object *slot_nb_##f(Object *self) { return call_method(self, N(op), NULL, 0); }
SLOT_UNARY(negative, neg)
SLOT_UNARY(positive, pos)
SLOT_UNARY(absolute, abs)
SLOT_UNARY(invert, invert)
SLOT_UNARY(int, int)
SLOT_UNARY(float, float)
SLOT_UNARY(index, index)

#define SLOT_INPLACE(f, op) \
    static Object *slot_nb_inplace_##f(Object *self, Object *other) { \
        return call_or_notimpl(self, N(op), &other, 1); \
    }
SLOT_INPLACE(add, iadd)
SLOT_INPLACE(subtract, isub)
SLOT_INPLACE(multiply, imul)
SLOT_INPLACE(remainder, imod)
SLOT_INPLACE(lshift, ilshift)
SLOT_INPLACE(rshift, irshift)
SLOT_INPLACE(and, iand)
SLOT_INPLACE(xor, ixor)
SLOT_INPLACE(or, ior)
SLOT_INPLACE(floor_divide, ifloordiv)
SLOT_INPLACE(true_divide, itruediv)
SLOT_INPLACE(matrix_multiply, imatmul)

static Object *slot_nb_inplace_power(Object *self, Object *other, Object *mod) {
    return call_or_notimpl(self, N(ipow), &other, 1);
}

static int slot_nb_bool(Object *self) {
    bool using_len = false;
    Object *r = call_special(self, N(bool), NULL, 0);
    if (!r && !err_occurred()) {
        r = call_special(self, N(len), NULL, 0);
        if (!r && !err_occurred()) return 1;
        using_len = true;
    }
    if (!r) return -1;
    int t;
    if (using_len) {
        t = obj_is_true(r);
    } else if (IS_BOOL(r)) {
        t = r == TRUE_OBJ;
    } else {
        err_format(&Exc_TypeError, "__bool__ should return bool, returned %.200s",
                   TYPE(r)->tp_name);
        t = -1;
    }
    DECREF(r);
    return t;
}

/* ---- container slots ------------------------------------------------------------------------ */

static ssize_t slot_sq_length(Object *self) {
    Object *r = call_method(self, N(len), NULL, 0);
    if (!r) return -1;
    Object *i = num_index(r);
    DECREF(r);
    if (!i) return -1;
    if (int_sign(i) < 0) {
        DECREF(i);
        err_set_string(&Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t n = num_as_ssize(i, &Exc_OverflowError);
    DECREF(i);
    return n;
}

static Object *slot_sq_item(Object *self, ssize_t i) {
    Object *k = int_from_ssize(i);
    if (!k) return NULL;
    Object *r = call_method(self, N(getitem), &k, 1);
    DECREF(k);
    return r;
}

static int slot_sq_ass_item(Object *self, ssize_t i, Object *value) {
    Object *k = int_from_ssize(i);
    if (!k) return -1;
    int r = call_set_or_delete(self, N(setitem), N(delitem), k, value);
    DECREF(k);
    return r;
}

static int slot_sq_contains(Object *self, Object *value) {
    Object *f = type_lookup(TYPE(self), N(contains));
    if (f == NONE) {
        err_format(&Exc_TypeError, "'%.200s' object is not a container", TYPE(self)->tp_name);
        return -1;
    }
    if (!f) return seq_contains_by_iter(self, value);
    Object *r = call_method(self, N(contains), &value, 1);
    if (!r) return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

static Object *slot_mp_subscript(Object *self, Object *key) {
    return call_method(self, N(getitem), &key, 1);
}

static int slot_mp_ass_subscript(Object *self, Object *key, Object *value) {
    return call_set_or_delete(self, N(setitem), N(delitem), key, value);
}

/* ---- wrappers: C slots of static types, called as dunders ------------------------------------ */

static int check_args(ssize_t nargs, ssize_t n) {
    if (nargs == n) return 0;
    err_format(&Exc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s", nargs);
    return -1;
}

static Object *none_or_null(int r) {
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *wrap_unaryfunc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 0) < 0) return NULL;
    return ((unaryfunc)f)(self);
}

static Object *wrap_binaryfunc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 1) < 0) return NULL;
    return ((binaryfunc)f)(self, args[0]);
}

static Object *wrap_binaryfunc_r(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 1) < 0) return NULL;
    return ((binaryfunc)f)(args[0], self);
}

static Object *wrap_ternaryfunc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (args_check_positional("expected", nargs, 1, 2) < 0) return NULL;
    return ((ternaryfunc)f)(self, args[0], nargs > 1 ? args[1] : NONE);
}

static Object *wrap_ternaryfunc_r(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (args_check_positional("expected", nargs, 1, 2) < 0) return NULL;
    return ((ternaryfunc)f)(args[0], self, nargs > 1 ? args[1] : NONE);
}

static Object *wrap_inquirypred(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 0) < 0) return NULL;
    int r = ((inquiry)f)(self);
    return r < 0 ? NULL : bool_from(r);
}

static Object *wrap_lenfunc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 0) < 0) return NULL;
    ssize_t n = ((lenfunc)f)(self);
    return n < 0 ? NULL : int_from_ssize(n);
}

static Object *wrap_hashfunc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 0) < 0) return NULL;
    int64_t h = ((hashfunc)f)(self);
    return h == -1 && err_occurred() ? NULL : int_from_long((long)h);
}

static Object *wrap_indexargfunc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 1) < 0) return NULL;
    ssize_t i = num_as_ssize(args[0], &Exc_OverflowError);
    if (i == -1 && err_occurred()) return NULL;
    return ((ssizeargfunc)f)(self, i);
}

/* An index for sq_item and friends: negative ones count from the end. */
static int wrap_index(Object *self, Object *arg, ssize_t *i) {
    *i = num_as_ssize(arg, &Exc_OverflowError);
    if (*i == -1 && err_occurred()) return -1;
    SequenceMethods *sq = TYPE(self)->tp_as_sequence;
    if (*i < 0 && sq && sq->sq_length) {
        ssize_t n = sq->sq_length(self);
        if (n < 0) return -1;
        *i += n;
    }
    return 0;
}

static Object *wrap_sq_item(Object *self, Object *const *args, ssize_t nargs, void *f) {
    ssize_t i;
    if (check_args(nargs, 1) < 0 || wrap_index(self, args[0], &i) < 0) return NULL;
    return ((ssizeargfunc)f)(self, i);
}

/* self[i] = value, or del self[i] when del. */
static Object *call_sq_setter(Object *self, Object *const *args, ssize_t nargs, void *f, bool del) {
    ssize_t i;
    if (check_args(nargs, del ? 1 : 2) < 0 || wrap_index(self, args[0], &i) < 0) return NULL;
    return none_or_null(((ssizeobjargproc)f)(self, i, del ? NULL : args[1]));
}

static Object *wrap_objobjproc(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 1) < 0) return NULL;
    int r = ((objobjproc)f)(self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

/* object.__setattr__(SomeClass, ...) would bypass type's own __setattr__ (CPython's hackcheck). */
static int hackcheck(Object *self, void *f) {
    if (TYPE_HAS_FLAG(TYPE(self), TPFLAGS_TYPE_SUBCLASS) && f == (void *)obj_generic_setattr) {
        err_set_string(&Exc_TypeError, "can't apply this __setattr__ to type object");
        return -1;
    }
    return 0;
}

/* The setters of signature int (*)(self, key, value) (objobjargproc, setattrofunc, descrsetfunc):
 * f(self, key, value), or f(self, key, NULL) to delete when del; hack: the __setattr__ check. */
static Object *call_setter(Object *self, Object *const *args, ssize_t nargs, void *f, bool del,
                           bool hack) {
    if (check_args(nargs, del ? 1 : 2) < 0 || (hack && hackcheck(self, f) < 0)) return NULL;
    return none_or_null(((objobjargproc)f)(self, args[0], del ? NULL : args[1]));
}

#define WRAP_SETTER(fn, call, ...) \
    static Object *fn(Object *self, Object *const *args, ssize_t nargs, void *f) { \
        return call(self, args, nargs, f, __VA_ARGS__); \
    }
WRAP_SETTER(wrap_sq_setitem, call_sq_setter, false)
WRAP_SETTER(wrap_sq_delitem, call_sq_setter, true)
WRAP_SETTER(wrap_objobjargproc, call_setter, false, false)
WRAP_SETTER(wrap_delitem, call_setter, true, false)
WRAP_SETTER(wrap_setattr, call_setter, false, true)
WRAP_SETTER(wrap_delattr, call_setter, true, true)
WRAP_SETTER(wrap_descr_set, call_setter, false, false)
WRAP_SETTER(wrap_descr_delete, call_setter, true, false)

#define WRAP_RICHCMP(fn, op) \
    static Object *fn(Object *self, Object *const *args, ssize_t nargs, void *f) { \
        if (check_args(nargs, 1) < 0) return NULL; \
        return ((richcmpfunc)f)(self, args[0], op); \
    }
WRAP_RICHCMP(wrap_lt, CMP_LT)
WRAP_RICHCMP(wrap_le, CMP_LE)
WRAP_RICHCMP(wrap_eq, CMP_EQ)
WRAP_RICHCMP(wrap_ne, CMP_NE)
WRAP_RICHCMP(wrap_gt, CMP_GT)
WRAP_RICHCMP(wrap_ge, CMP_GE)

static Object *wrap_next(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 0) < 0) return NULL;
    Object *r = ((iternextfunc)f)(self);
    if (!r && !err_occurred()) err_set_none(&Exc_StopIteration);
    return r;
}

static Object *wrap_descr_get(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (args_check_positional("expected", nargs, 1, 2) < 0) return NULL;
    Object *obj = args[0] == NONE ? NULL : args[0];
    Object *type = nargs > 1 && args[1] != NONE ? args[1] : NULL;
    if (!obj && !type) return err_format(&Exc_TypeError, "__get__(None, None) is invalid");
    return ((descrgetfunc)f)(self, obj, type);
}

static Object *wrap_del(Object *self, Object *const *args, ssize_t nargs, void *f) {
    if (check_args(nargs, 0) < 0) return NULL;
    ((destructor)f)(self);
    if (err_occurred()) return NULL;
    RETURN_NONE;
}

/* Keyword-taking wrappers (WRAPPER_KEYWORDS): their signature is wrapperfunc_kw. */
static Object *wrap_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames,
                         void *f) {
    return ((callfunc)f)(self, args, nargs, kwnames);
}

static Object *wrap_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames,
                         void *f) {
    return none_or_null(((initproc)f)(self, args, nargs, kwnames));
}

/* ---- the table ------------------------------------------------------------------------------- */

enum { IN_TYPE = 0, IN_NUMBER = 1, IN_SEQUENCE = 2, IN_MAPPING = 3 };
#define OFF(table, st, f) ((table) << 16 | (int)offsetof(st, f))
#define TP(f) OFF(IN_TYPE, TypeObject, f)
#define NB(f) OFF(IN_NUMBER, NumberMethods, f)
#define SQ(f) OFF(IN_SEQUENCE, SequenceMethods, f)
#define MP(f) OFF(IN_MAPPING, MappingMethods, f)

#define S(name, off, fn, wrap, doc) { name, off, (void *)(fn), (wrapperfunc)(wrap), doc, 0 }
#define SKW(name, off, fn, wrap, doc) \
    { name, off, (void *)(fn), (wrapperfunc)(void (*)(void))(wrap), doc, WRAPPER_KEYWORDS }
/* Number slots: the field nb_<f>, its slot function slot_nb_<f>. */
#define NBS(name, f, wrap, doc) S(name, NB(nb_##f), slot_nb_##f, wrap, doc)
#define BIN(name, rname, f, sym) \
    NBS(name, f, wrap_binaryfunc, "Return self" sym "value."), \
    NBS(rname, f, wrap_binaryfunc_r, "Return value" sym "self.")
#define UN(name, f, doc) NBS(name, f, wrap_unaryfunc, doc)
#define IBIN(name, f, sym) NBS(name, inplace_##f, wrap_binaryfunc, "Return self" sym "=value.")

static WrapperBase slotdefs[] = {
    S("__getattribute__", TP(tp_getattro), slot_tp_getattr_hook, wrap_binaryfunc,
      "Return getattr(self, name)."),
    S("__getattr__", TP(tp_getattro), slot_tp_getattr_hook, NULL, NULL),
    S("__setattr__", TP(tp_setattro), slot_tp_setattro, wrap_setattr,
      "Implement setattr(self, name, value)."),
    S("__delattr__", TP(tp_setattro), slot_tp_setattro, wrap_delattr,
      "Implement delattr(self, name)."),
    S("__repr__", TP(tp_repr), slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    S("__hash__", TP(tp_hash), slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    SKW("__call__", TP(tp_call), slot_tp_call, wrap_call, "Call self as a function."),
    S("__str__", TP(tp_str), slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    S("__lt__", TP(tp_richcompare), slot_tp_richcompare, wrap_lt, "Return self<value."),
    S("__le__", TP(tp_richcompare), slot_tp_richcompare, wrap_le, "Return self<=value."),
    S("__eq__", TP(tp_richcompare), slot_tp_richcompare, wrap_eq, "Return self==value."),
    S("__ne__", TP(tp_richcompare), slot_tp_richcompare, wrap_ne, "Return self!=value."),
    S("__gt__", TP(tp_richcompare), slot_tp_richcompare, wrap_gt, "Return self>value."),
    S("__ge__", TP(tp_richcompare), slot_tp_richcompare, wrap_ge, "Return self>=value."),
    S("__iter__", TP(tp_iter), slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    S("__next__", TP(tp_iternext), slot_tp_iternext, wrap_next, "Implement next(self)."),
    S("__get__", TP(tp_descr_get), slot_tp_descr_get, wrap_descr_get,
      "Return an attribute of instance, which is of type owner."),
    S("__set__", TP(tp_descr_set), slot_tp_descr_set, wrap_descr_set,
      "Set an attribute of instance to value."),
    S("__delete__", TP(tp_descr_set), slot_tp_descr_set, wrap_descr_delete,
      "Delete an attribute of instance."),
    SKW("__init__", TP(tp_init), slot_tp_init, wrap_init,
        "Initialize self.  See help(type(self)) for accurate signature."),
    S("__new__", TP(tp_new), slot_tp_new, NULL, NULL),
    S("__del__", TP(tp_finalize), slot_tp_finalize, wrap_del,
      "Called when the instance is about to be destroyed."),

    BIN("__add__", "__radd__", add, "+"),
    BIN("__sub__", "__rsub__", subtract, "-"),
    BIN("__mul__", "__rmul__", multiply, "*"),
    BIN("__mod__", "__rmod__", remainder, "%"),
    NBS("__divmod__", divmod, wrap_binaryfunc, "Return divmod(self, value)."),
    NBS("__rdivmod__", divmod, wrap_binaryfunc_r, "Return divmod(value, self)."),
    NBS("__pow__", power, wrap_ternaryfunc, "Return pow(self, value, mod)."),
    NBS("__rpow__", power, wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    UN("__neg__", negative, "-self"),
    UN("__pos__", positive, "+self"),
    UN("__abs__", absolute, "abs(self)"),
    NBS("__bool__", bool, wrap_inquirypred, "True if self else False"),
    UN("__invert__", invert, "~self"),
    BIN("__lshift__", "__rlshift__", lshift, "<<"),
    BIN("__rshift__", "__rrshift__", rshift, ">>"),
    BIN("__and__", "__rand__", and, "&"),
    BIN("__xor__", "__rxor__", xor, "^"),
    BIN("__or__", "__ror__", or, "|"),
    UN("__int__", int, "int(self)"),
    UN("__float__", float, "float(self)"),
    IBIN("__iadd__", add, "+"),
    IBIN("__isub__", subtract, "-"),
    IBIN("__imul__", multiply, "*"),
    IBIN("__imod__", remainder, "%"),
    NBS("__ipow__", inplace_power, wrap_ternaryfunc, "Return self**=value."),
    IBIN("__ilshift__", lshift, "<<"),
    IBIN("__irshift__", rshift, ">>"),
    IBIN("__iand__", and, "&"),
    IBIN("__ixor__", xor, "^"),
    IBIN("__ior__", or, "|"),
    BIN("__floordiv__", "__rfloordiv__", floor_divide, "//"),
    BIN("__truediv__", "__rtruediv__", true_divide, "/"),
    IBIN("__ifloordiv__", floor_divide, "//"),
    IBIN("__itruediv__", true_divide, "/"),
    UN("__index__", index,
      "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", "__rmatmul__", matrix_multiply, "@"),
    IBIN("__imatmul__", matrix_multiply, "@"),

    S("__len__", MP(mp_length), slot_sq_length, wrap_lenfunc, "Return len(self)."),
    S("__getitem__", MP(mp_subscript), slot_mp_subscript, wrap_binaryfunc,
      "Return self[key]."),
    S("__setitem__", MP(mp_ass_subscript), slot_mp_ass_subscript, wrap_objobjargproc,
      "Set self[key] to value."),
    S("__delitem__", MP(mp_ass_subscript), slot_mp_ass_subscript, wrap_delitem,
      "Delete self[key]."),

    S("__len__", SQ(sq_length), slot_sq_length, wrap_lenfunc, "Return len(self)."),
    /* Classes get + and * through nb_add / nb_multiply only: no slot function here. */
    S("__add__", SQ(sq_concat), NULL, wrap_binaryfunc, "Return self+value."),
    S("__mul__", SQ(sq_repeat), NULL, wrap_indexargfunc, "Return self*value."),
    S("__rmul__", SQ(sq_repeat), NULL, wrap_indexargfunc, "Return value*self."),
    S("__getitem__", SQ(sq_item), slot_sq_item, wrap_sq_item, "Return self[key]."),
    S("__setitem__", SQ(sq_ass_item), slot_sq_ass_item, wrap_sq_setitem,
      "Set self[key] to value."),
    S("__delitem__", SQ(sq_ass_item), slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    S("__contains__", SQ(sq_contains), slot_sq_contains, wrap_objobjproc,
      "Return key in self."),
    S("__iadd__", SQ(sq_inplace_concat), NULL, wrap_binaryfunc, "Implement self+=value."),
    S("__imul__", SQ(sq_inplace_repeat), NULL, wrap_indexargfunc, "Implement self*=value."),
    { NULL }
};

#define NSLOTDEFS ((int)(sizeof slotdefs / sizeof *slotdefs) - 1)
static Object *slot_name[sizeof slotdefs / sizeof *slotdefs];   /* interned names of slotdefs */

void slots_init(void) {
    if (slot_name[0]) return;
    for (int i = 0; i < D_COUNT; i++) dunder[i] = str_intern_cstr(dunder_text[i]);
    for (int i = 0; i < NSLOTDEFS; i++) slot_name[i] = str_intern_cstr(slotdefs[i].name);
}

/* Address of the slot `offset` designates in t, or NULL when t has no such table. */
static void *slot_ptr(TypeObject *t, int offset) {
    char *base;
    switch (offset >> 16) {
    case IN_TYPE: base = (char *)t; break;
    case IN_NUMBER: base = (char *)t->tp_as_number; break;
    case IN_SEQUENCE: base = (char *)t->tp_as_sequence; break;
    default: base = (char *)t->tp_as_mapping; break;
    }
    return base ? base + (offset & 0xffff) : NULL;
}

static void *slot_read(void *p) { void *f; memcpy(&f, p, sizeof f); return f; }
static void slot_write(void *p, void *f) { memcpy(p, &f, sizeof f); }

int slots_add_wrappers(TypeObject *t) {
    for (int i = 0; i < NSLOTDEFS; i++) {
        WrapperBase *p = &slotdefs[i];
        if (!p->wrapper) continue;
        void *ptr = slot_ptr(t, p->offset);
        void *f = ptr ? slot_read(ptr) : NULL;
        if (!f) continue;
        int has = dict_contains(t->tp_dict, slot_name[i]);
        if (has < 0) return -1;
        if (has) continue;
        Object *d;
        if (f == (void *)obj_hash_not_implemented) d = NEWREF(NONE);
        else if (!(d = descr_new_wrapper(t, p, f))) return -1;
        int r = dict_setitem(t->tp_dict, slot_name[i], d);
        DECREF(d);
        if (r < 0) return -1;
    }
    return 0;
}

/* Recompute the slot of the group starting at slotdefs[i] for class t (CPython's
 * update_one_slot); returns the index after the group. */
static int update_group(TypeObject *t, int i) {
    int offset = slotdefs[i].offset;
    void *ptr = slot_ptr(t, offset);
    void *specific = NULL, *generic = NULL;
    bool use_generic = false;
    for (; i < NSLOTDEFS && slotdefs[i].offset == offset; i++) {
        WrapperBase *p = &slotdefs[i];
        Object *descr = type_lookup(t, slot_name[i]);
        if (!descr) continue;
        if (TYPE(descr) == &WrapperDescrType && strcmp(((WrapperDescrObject *)descr)->d_base->name,
                                                       p->name) == 0) {
            WrapperDescrObject *d = (WrapperDescrObject *)descr;
            if (d->d_base != p) {
                /* A wrapper of the same name for another slot (list's __add__ wraps sq_concat,
                 * not nb_add): this slot cannot be served from it. */
                use_generic = true;
            } else if ((!specific || specific == d->d_wrapped) &&
                       type_is_subtype(t, d->d.d_type)) {
                specific = d->d_wrapped;
            } else {
                use_generic = true;
                generic = p->function;
            }
        } else if (IS_CFUNCTION(descr) &&
                   ((CFunctionObject *)descr)->m_ml == &type_new_methoddef &&
                   offset == TP(tp_new)) {
            /* T.__new__ of a C type: call T's tp_new directly. */
            specific = (void *)((TypeObject *)((CFunctionObject *)descr)->m_self)->tp_new;
        } else if (descr == NONE && offset == TP(tp_hash)) {
            specific = (void *)obj_hash_not_implemented;
        } else {
            use_generic = true;
            generic = p->function;
        }
    }
    if (ptr) slot_write(ptr, specific && !use_generic ? specific : generic);
    return i;
}

void slots_fixup(TypeObject *t) {
    slots_init();
    for (int i = 0; i < NSLOTDEFS;) i = update_group(t, i);
}

static void update_recursive(TypeObject *t, int group) {
    update_group(t, group);
    Object *subs = type_subclasses_list(t);
    if (!subs) { err_clear(); return; }
    for (ssize_t k = 0; k < LIST_LEN(subs); k++)
        update_recursive((TypeObject *)LIST_GET(subs, k), group);
    DECREF(subs);
}

void slots_update(TypeObject *t, Object *name) {
    slots_init();
    for (int i = 0; i < NSLOTDEFS; i++) {
        if (slot_name[i] != name && !str_eq(slot_name[i], name)) continue;
        int g = i;
        while (g > 0 && slotdefs[g - 1].offset == slotdefs[i].offset) g--;
        update_recursive(t, g);
    }
}
