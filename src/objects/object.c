/* object.c — the root of the object model: `object`, the singletons None, NotImplemented and
 * Ellipsis, and the generic half of the object protocol (text forms, truth, hashing, rich
 * comparison, attribute access, dir, recursion guards).
 *
 * Everything dispatches through the type's slots; the generic attribute algorithm is CPython's
 * PyObject_GenericGetAttr: a *data* descriptor found on the type wins over the instance
 * __dict__, which wins over other descriptors and plain class attributes.  Lookups on the type
 * go through type_lookup's method cache (type.c), so a miss costs one cache probe plus one dict
 * probe per class of the MRO only the first time.  Instances of classes keep their attributes in
 * a values array over the class's shared keys until their __dict__ is asked for (CPython 3.11's
 * inline values, see containers.h): the generic getattr/setattr read and write that array.
 *
 * Rich comparison follows CPython's do_richcompare: the reflected method of the right operand
 * is tried first when its type is a proper subclass of the left's; == and != fall back to
 * identity when both sides return NotImplemented. */
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "funcobj.h"
#include "../runtime/hash.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int recursion_depth = 0;
/* sys.getrecursionlimit()'s default in CPython. */
int recursion_limit = 1000;
void (*hook_write_unraisable)(Object *exc, const char *what, Object *obj) = NULL;
Object *(*hook_get_globals)(void) = NULL;
Object *(*hook_get_locals)(void) = NULL;

/* ---- recursion guards ------------------------------------------------------------------------ */

int recursion_enter(const char *where) {
    if (++recursion_depth > recursion_limit) {
        --recursion_depth;
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void recursion_leave(void) { --recursion_depth; }

/* The objects whose repr is in progress (CPython's Py_ReprEnter list).  Nesting is shallow in
 * practice, so a linear scan of a small array beats hashing. */
static Object **repr_stack;
static ssize_t repr_len, repr_cap;

int repr_enter(Object *o) {
    for (ssize_t i = repr_len - 1; i >= 0; i--)
        if (repr_stack[i] == o) return 1;
    if (repr_len == repr_cap) {
        ssize_t cap = repr_cap ? repr_cap * 2 : 16;
        Object **p = mem_realloc(repr_stack, (size_t)cap * sizeof(Object *));
        if (!p) { err_no_memory(); return -1; }
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void repr_leave(Object *o) {
    /* Search from the top: the usual case is o being the last one entered.  An exception may
     * have skipped inner leaves, so everything above o goes too (as CPython's list removal). */
    for (ssize_t i = repr_len - 1; i >= 0; i--)
        if (repr_stack[i] == o) { repr_len = i; return; }
}

/* ---- text forms ----------------------------------------------------------------------------- */

/* "<__main__.A object at 0x7f...>": module-qualified for classes, tp_name for built-ins. */
static Object *default_repr(Object *o) {
    TypeObject *t = TYPE(o);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    if (!TYPE_HAS_FLAG(t, TPFLAGS_HEAPTYPE))
        return str_from_format("<%s object at %s>", t->tp_name, addr);
    Object *mod = type_get_module(t);
    if (!mod) { err_clear(); return str_from_format("<%s object at %s>", t->tp_name, addr); }
    Object *qual = type_get_qualname(t);
    if (!qual) { DECREF(mod); return NULL; }
    Object *r;
    if (IS_STR(mod) && !str_eq_cstr(mod, "builtins"))
        r = str_from_format("<%U.%U object at %s>", mod, qual, addr);
    else
        r = str_from_format("<%U object at %s>", qual, addr);
    DECREF(mod);
    DECREF(qual);
    return r;
}

Object *obj_repr(Object *o) {
    TypeObject *t = TYPE(o);
    if (!t->tp_repr) return default_repr(o);
    if (recursion_enter(" while getting the repr of an object") < 0) return NULL;
    Object *r = t->tp_repr(o);
    recursion_leave();
    if (r && !IS_STR(r)) {
        err_format(&Exc_TypeError, "__repr__ returned non-string (type %.200s)", TYPE(r)->tp_name);
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_str(Object *o) {
    if (IS_STR_EXACT(o)) return NEWREF(o);
    TypeObject *t = TYPE(o);
    if (!t->tp_str) return obj_repr(o);
    if (recursion_enter(" while getting the str of an object") < 0) return NULL;
    Object *r = t->tp_str(o);
    recursion_leave();
    if (r && !IS_STR(r)) {
        err_format(&Exc_TypeError, "__str__ returned non-string (type %.200s)", TYPE(r)->tp_name);
        DECREF(r);
        return NULL;
    }
    return r;
}

/* repr(o) with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN. */
Object *obj_ascii(Object *o) {
    Object *r = obj_repr(o);
    if (!r || STR_IS_ASCII(r)) return r;
    StrBuilder sb;
    sb_init(&sb);
    char buf[16];
    for (ssize_t i = 0; i < STR_LEN(r); i++) {
        uint32_t c = STR_AT(r, i);
        if (c < 128) { sb_append_char(&sb, c); continue; }
        if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c);
        else snprintf(buf, sizeof buf, "\\U%08x", c);
        sb_append_cstr(&sb, buf);
    }
    DECREF(r);
    return sb_finish(&sb);
}

Object *obj_format(Object *o, Object *spec) {
    if (!spec) spec = empty_str;
    /* format(x, '') of a str or int is just str(x): skip the method call. */
    if (STR_LEN(spec) == 0 && (IS_STR_EXACT(o) || IS_INT_EXACT(o))) return obj_str(o);
    Object *meth = obj_lookup_special(o, ID(__format__));
    if (!meth) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "Type %.100s doesn't define __format__", TYPE(o)->tp_name);
        return NULL;
    }
    Object *r = obj_call1(meth, spec);
    DECREF(meth);
    if (r && !IS_STR(r)) {
        err_format(&Exc_TypeError, "__format__ must return a str, not %.200s", TYPE(r)->tp_name);
        DECREF(r);
        return NULL;
    }
    return r;
}

int obj_print(Object *o, void *FILE_f, bool use_repr) {
    Object *s = use_repr ? obj_repr(o) : obj_str(o);
    if (!s) return -1;
    ssize_t n;
    const char *u = str_as_utf8_len(s, &n);
    if (!u) { DECREF(s); return -1; }
    fwrite(u, 1, (size_t)n, (FILE *)FILE_f);
    DECREF(s);
    return 0;
}

/* ---- truth, hashing, comparison ------------------------------------------------------------- */

int obj_is_true(Object *o) {
    if (o == TRUE_OBJ) return 1;
    if (o == FALSE_OBJ || o == NONE) return 0;
    TypeObject *t = TYPE(o);
    ssize_t n;
    if (t->tp_as_number && t->tp_as_number->nb_bool) return t->tp_as_number->nb_bool(o);
    else if (t->tp_as_mapping && t->tp_as_mapping->mp_length) n = t->tp_as_mapping->mp_length(o);
    else if (t->tp_as_sequence && t->tp_as_sequence->sq_length) n = t->tp_as_sequence->sq_length(o);
    else return 1;
    return n > 0 ? 1 : (int)n;   /* n is 0 or -1 */
}

int64_t obj_hash_not_implemented(Object *o) {
    err_format(&Exc_TypeError, "unhashable type: '%.200s'", TYPE(o)->tp_name);
    return -1;
}

int64_t obj_hash(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->tp_hash) return t->tp_hash(o);
    /* A type not yet readied has not inherited object's hash: ready it and retry. */
    if (!TYPE_HAS_FLAG(t, TPFLAGS_READY)) {
        if (type_ready(t) < 0) return -1;
        if (t->tp_hash) return t->tp_hash(o);
    }
    return obj_hash_not_implemented(o);
}

/* The operand order swapped: a < b is b > a. */
static const int swapped_op[6] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const op_symbols[6] = { "<", "<=", "==", "!=", ">", ">=" };

static Object *do_richcompare(Object *v, Object *w, int op) {
    TypeObject *tv = TYPE(v), *tw = TYPE(w);
    richcmpfunc f;
    Object *r;
    bool checked_reverse = false;
    if (tv != tw && (f = tw->tp_richcompare) && type_is_subtype(tw, tv)) {
        checked_reverse = true;
        r = f(w, v, swapped_op[op]);
        if (r != NOTIMPL) return r;
        DECREF(r);
    }
    if ((f = tv->tp_richcompare)) {
        r = f(v, w, op);
        if (r != NOTIMPL) return r;
        DECREF(r);
    }
    if (!checked_reverse && (f = tw->tp_richcompare)) {
        r = f(w, v, swapped_op[op]);
        if (r != NOTIMPL) return r;
        DECREF(r);
    }
    switch (op) {
    case CMP_EQ: return bool_from(v == w);
    case CMP_NE: return bool_from(v != w);
    default:
        return err_format(&Exc_TypeError, "'%s' not supported between instances of '%.100s' and "
                          "'%.100s'", op_symbols[op], tv->tp_name, tw->tp_name);
    }
}

Object *obj_richcompare(Object *a, Object *b, int op) {
    if (recursion_enter(" in comparison") < 0) return NULL;
    Object *r = do_richcompare(a, b, op);
    recursion_leave();
    return r;
}

int obj_richcompare_bool(Object *a, Object *b, int op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    Object *r = obj_richcompare(a, b, op);
    if (!r) return -1;
    int t = r == TRUE_OBJ ? 1 : r == FALSE_OBJ ? 0 : obj_is_true(r);
    DECREF(r);
    return t;
}

/* ---- attributes ------------------------------------------------------------------------------ */

/* Fill in AttributeError.name and .obj (used for "Did you mean" suggestions). */
static void attribute_error_context(Object *o, Object *name) {
    Object *exc = err_occurred();
    if (!exc || !IS_INSTANCE(exc, &Exc_AttributeError)) return;
    AttributeErrorObject *ae = (AttributeErrorObject *)exc;
    if (ae->name || ae->obj) return;
    ae->name = NEWREF(name);
    ae->obj = NEWREF(o);
}

static Object *no_attribute(Object *o, Object *name) {
    err_format(&Exc_AttributeError, "'%.50s' object has no attribute '%U'", TYPE(o)->tp_name,
               name);
    attribute_error_context(o, name);
    return NULL;
}

/* The address of o's dict slot, as it is (no values array is moved). */
static Object **dict_slot(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->tp_flags & TPFLAGS_MANAGED_DICT) return MANAGED_DICT_PTR(o);
    ssize_t off = t->tp_dictoffset;
    if (off == 0) return NULL;
    if (off < 0) {
        /* Variable-size instances keep the dict after their items (CPython's layout). */
        ssize_t n = SIZE(o) < 0 ? -SIZE(o) : SIZE(o);
        size_t size = (size_t)t->tp_basicsize + (size_t)n * (size_t)t->tp_itemsize;
        size = (size + 7) & ~(size_t)7;
        off += (ssize_t)size;
    }
    return (Object **)((char *)o + off);
}

/* For callers that look names up through the dict slot (the eval loop's attribute caches): an
 * instance still holding a values array shows a transient view of it (instance_dict_view), so
 * no dict is made for them. */
Object **obj_dict_ptr(Object *o) {
    if ((TYPE(o)->tp_flags & TPFLAGS_MANAGED_DICT) && *INSTANCE_VALUES_PTR(o))
        return instance_dict_view(o);
    return dict_slot(o);
}

/* The generic lookup; `suppress` makes a missing attribute return NULL without an exception. */
static Object *generic_getattr(Object *o, Object *name, bool suppress) {
    TypeObject *t = TYPE(o);
    Object *descr = type_lookup(t, name);
    descrgetfunc f = NULL;
    Object *r;
    if (descr) {
        INCREF(descr);
        f = TYPE(descr)->tp_descr_get;
        if (f && TYPE(descr)->tp_descr_set) {
            r = f(descr, o, OBJ(t));
            DECREF(descr);
            goto done;
        }
    }
    if ((t->tp_flags & TPFLAGS_MANAGED_DICT) && *INSTANCE_VALUES_PTR(o)) {
        if (IS_STR_EXACT(name)) {
            r = instance_values_get(o, name);
            if (r) {
                INCREF(r);
                XDECREF(descr);
                return r;
            }
            goto class_attr;
        }
        /* A str subclass as a name: the dict does the comparing. */
        if (!instance_materialize_dict(o)) { XDECREF(descr); return NULL; }
    }
    Object **dp = dict_slot(o);
    if (dp && *dp) {
        Object *dict = NEWREF(*dp);
        r = dict_getitem(dict, name);
        if (r) {
            INCREF(r);
            DECREF(dict);
            XDECREF(descr);
            return r;
        }
        DECREF(dict);
        if (err_occurred()) { XDECREF(descr); return NULL; }
    }
class_attr:
    if (f) {
        r = f(descr, o, OBJ(t));
        DECREF(descr);
        goto done;
    }
    if (descr) return descr;
    if (suppress) return NULL;
    return no_attribute(o, name);
done:
    if (!r && suppress && err_matches(&Exc_AttributeError)) err_clear();
    return r;
}

Object *obj_generic_getattr(Object *o, Object *name) {
    if (!IS_STR(name))
        return err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                          TYPE(name)->tp_name);
    return generic_getattr(o, name, false);
}

Object *obj_generic_getattr_opt(Object *o, Object *name) { return generic_getattr(o, name, true); }

int obj_generic_setattr(Object *o, Object *name, Object *v) {
    if (!IS_STR(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                   TYPE(name)->tp_name);
        return -1;
    }
    TypeObject *t = TYPE(o);
    Object *descr = type_lookup(t, name);
    int r;
    if (descr) {
        descrsetfunc f = TYPE(descr)->tp_descr_set;
        if (f) {
            INCREF(descr);
            r = f(descr, o, v);
            DECREF(descr);
            return r;
        }
    }
    if ((t->tp_flags & TPFLAGS_MANAGED_DICT) && *INSTANCE_VALUES_PTR(o)) {
        r = instance_values_set(o, name, v);
        if (r < 0 && err_matches(&Exc_KeyError)) {
            err_clear();
            no_attribute(o, name);
        }
        return r;
    }
    Object **dp = dict_slot(o);
    if (!dp) {
        if (descr)
            err_format(&Exc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                       t->tp_name, name);
        else
            no_attribute(o, name);
        return -1;
    }
    if (v) {
        /* Split over the class's shared keys, as CPython's _PyObjectDict_SetItem. */
        if (!*dp && !(*dp = dict_new_for_instance(t))) return -1;
        Object *dict = NEWREF(*dp);
        r = dict_setitem(dict, name, v);
        DECREF(dict);
        return r;
    }
    if (!*dp) { no_attribute(o, name); return -1; }
    Object *dict = NEWREF(*dp);
    r = dict_delitem(dict, name);
    DECREF(dict);
    if (r < 0 && err_matches(&Exc_KeyError)) {
        err_clear();
        no_attribute(o, name);
    }
    return r;
}

Object *obj_getattr(Object *o, Object *name) {
    if (!IS_STR(name))
        return err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                          TYPE(name)->tp_name);
    TypeObject *t = TYPE(o);
    if (t->tp_getattro == obj_generic_getattr) return generic_getattr(o, name, false);
    Object *r;
    if (t->tp_getattro) r = t->tp_getattro(o, name);
    else return no_attribute(o, name);
    if (!r) attribute_error_context(o, name);
    return r;
}

Object *obj_getattr_str(Object *o, const char *name) {
    Object *n = str_intern_cstr(name);
    if (!n) return NULL;
    Object *r = obj_getattr(o, n);
    DECREF(n);
    return r;
}

int obj_lookup_attr(Object *o, Object *name, Object **result) {
    if (!IS_STR(name)) {
        *result = NULL;
        err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                   TYPE(name)->tp_name);
        return -1;
    }
    if (TYPE(o)->tp_getattro == obj_generic_getattr) {
        *result = generic_getattr(o, name, true);
        return *result ? 1 : err_occurred() ? -1 : 0;
    }
    *result = obj_getattr(o, name);
    if (*result) return 1;
    if (!err_matches(&Exc_AttributeError)) return -1;
    err_clear();
    return 0;
}

int obj_hasattr(Object *o, Object *name) {
    Object *r;
    int found = obj_lookup_attr(o, name, &r);
    if (found < 0) { err_clear(); return 0; }
    XDECREF(r);
    return found;
}

int obj_setattr(Object *o, Object *name, Object *v) {
    if (!IS_STR(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                   TYPE(name)->tp_name);
        return -1;
    }
    TypeObject *t = TYPE(o);
    INCREF(name);
    /* Interned names make later lookups hit the method cache and compare by identity. */
    if (IS_STR_EXACT(name) && !((StrObject *)name)->state.interned) str_intern_in_place(&name);
    int r;
    if (t->tp_setattro) {
        r = t->tp_setattro(o, name, v);
    } else {
        if (t->tp_getattro)
            err_format(&Exc_TypeError, "'%.100s' object has only read-only attributes (%s .%U)",
                       t->tp_name, v ? "assign to" : "del", name);
        else
            err_format(&Exc_TypeError, "'%.100s' object has no attributes (%s .%U)",
                       t->tp_name, v ? "assign to" : "del", name);
        r = -1;
    }
    DECREF(name);
    return r;
}

int obj_setattr_str(Object *o, const char *name, Object *v) {
    Object *n = str_intern_cstr(name);
    if (!n) return -1;
    int r = obj_setattr(o, n, v);
    DECREF(n);
    return r;
}

/* ---- dir ------------------------------------------------------------------------------------ */

/* Look up an attribute; a missing one is not an error (0 and *r NULL). */
static int lookup_optional(Object *o, Object *name, Object **r) {
    return obj_lookup_attr(o, name, r);
}

static Object *xnewref(Object *o) { if (o) INCREF(o); return o; }

int merge_class_dict(Object *dict, Object *cls) {
    Object *cdict, *bases;
    bool is_type = TYPE_HAS_FLAG(TYPE(cls), TPFLAGS_TYPE_SUBCLASS);
    if (is_type) {
        cdict = xnewref(((TypeObject *)cls)->tp_dict);
    } else if (lookup_optional(cls, ID(__dict__), &cdict) < 0) {
        return -1;
    }
    if (cdict) {
        int r = IS_DICT(cdict) ? dict_merge(dict, cdict, true) : dict_update(dict, cdict);
        DECREF(cdict);
        if (r < 0) return -1;
    }
    if (is_type) {
        bases = xnewref(((TypeObject *)cls)->tp_bases);
    } else if (lookup_optional(cls, ID(__bases__), &bases) < 0) {
        return -1;
    }
    if (!bases) return 0;
    Object *seq = seq_tuple(bases);
    DECREF(bases);
    if (!seq) return -1;
    for (ssize_t i = 0; i < TUPLE_LEN(seq); i++) {
        if (merge_class_dict(dict, TUPLE_GET(seq, i)) < 0) { DECREF(seq); return -1; }
    }
    DECREF(seq);
    return 0;
}

/* object.__dir__: the instance __dict__ plus the attributes of its class and bases. */
static Object *object_dir(Object *self, Object *unused) {
    Object *d, *dict;
    if (lookup_optional(self, ID(__dict__), &d) < 0) return NULL;
    if (d && IS_DICT(d)) dict = dict_copy(d);
    else dict = dict_new();
    XDECREF(d);
    if (!dict) return NULL;
    Object *cls;
    if (lookup_optional(self, ID(__class__), &cls) < 0) { DECREF(dict); return NULL; }
    if (cls) {
        int r = merge_class_dict(dict, cls);
        DECREF(cls);
        if (r < 0) { DECREF(dict); return NULL; }
    }
    Object *keys = dict_keys_list(dict);
    DECREF(dict);
    return keys;
}

Object *obj_dir(Object *o) {
    Object *seq;
    if (!o) {
        if (!hook_get_locals) return err_format(&Exc_SystemError, "dir(): no locals");
        Object *locals = hook_get_locals();
        if (!locals) return NULL;
        seq = IS_DICT(locals) ? dict_keys_list(locals) : seq_list(locals);
        DECREF(locals);
    } else {
        Object *f = obj_lookup_special(o, ID(__dir__));
        if (!f) {
            if (!err_occurred())
                err_set_string(&Exc_TypeError, "object does not provide __dir__");
            return NULL;
        }
        Object *r = obj_call0(f);
        DECREF(f);
        if (!r) return NULL;
        seq = seq_list(r);
        DECREF(r);
    }
    if (!seq) return NULL;
    if (list_sort(seq) < 0) { DECREF(seq); return NULL; }
    return seq;
}

bool obj_callable(Object *o) { return TYPE(o)->tp_call != NULL; }

/* ---- object ------------------------------------------------------------------------------- */

static bool excess_args(ssize_t nargs, Object *kwnames) {
    return nargs > 0 || (kwnames && TUPLE_LEN(kwnames) > 0);
}

int object_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    TypeObject *t = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->tp_init != object_init) {
            err_set_string(&Exc_TypeError, "object.__init__() takes exactly one argument (the "
                           "instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            err_format(&Exc_TypeError, "%.200s.__init__() takes exactly one argument (the "
                       "instance to initialize)", t->tp_name);
            return -1;
        }
    }
    return 0;
}

/* "Can't instantiate abstract class A with abstract methods f, g". */
static Object *abstract_error(TypeObject *t) {
    Object *am = dict_getitem(t->tp_dict, ID(__abstractmethods__));
    if (!am) {
        if (!err_occurred()) err_set_string(&Exc_AttributeError, "__abstractmethods__");
        return NULL;
    }
    INCREF(am);
    Object *sorted = seq_list(am);
    DECREF(am);
    if (!sorted) return NULL;
    if (list_sort(sorted) < 0) { DECREF(sorted); return NULL; }
    Object *sep = str_from_cstr(", ");
    Object *joined = sep ? str_join(sep, sorted) : NULL;
    XDECREF(sep);
    ssize_t n = LIST_LEN(sorted);
    DECREF(sorted);
    if (!joined) return NULL;
    err_format(&Exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
               t->tp_name, n > 1 ? "s" : "", joined);
    DECREF(joined);
    return NULL;
}

Object *object_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new)
            return err_format(&Exc_TypeError, "object.__new__() takes exactly one argument (the "
                              "type to instantiate)");
        if (type->tp_init == object_init)
            return err_format(&Exc_TypeError, "%.200s() takes no arguments", type->tp_name);
    }
    if (type->tp_flags & TPFLAGS_IS_ABSTRACT) return abstract_error(type);
    Object *o = type->tp_itemsize ? obj_alloc_var(type, 0) : obj_alloc(type);
    /* Attributes start in a values array over the class's shared keys, not in a dict. */
    if (o && (type->tp_flags & TPFLAGS_MANAGED_DICT) && instance_values_init(o) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

static void object_dealloc(Object *self) { TYPE(self)->tp_free(self); }

static Object *object_repr(Object *self) { return default_repr(self); }

static Object *object_str(Object *self) {
    reprfunc f = TYPE(self)->tp_repr;
    return f ? f(self) : default_repr(self);
}

static int64_t object_hash(Object *self) { return hash_pointer(self); }

Object *object_richcompare(Object *self, Object *other, int op) {
    switch (op) {
    case CMP_EQ:
        /* Identity; anything else lets the other side decide. */
        if (self == other) RETURN_TRUE;
        RETURN_NOTIMPL;
    case CMP_NE: {
        /* By default __ne__ inverts __eq__, unless that is NotImplemented. */
        richcmpfunc f = TYPE(self)->tp_richcompare;
        if (!f) RETURN_NOTIMPL;
        Object *r = f(self, other, CMP_EQ);
        if (!r || r == NOTIMPL) return r;
        int t = obj_is_true(r);
        DECREF(r);
        if (t < 0) return NULL;
        return bool_from(!t);
    }
    default:
        RETURN_NOTIMPL;
    }
}

static Object *object_format(Object *self, Object *spec) {
    if (!IS_STR(spec))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %.200s",
                          TYPE(spec)->tp_name);
    if (STR_LEN(spec) > 0)
        return err_format(&Exc_TypeError, "unsupported format string passed to %.200s.__format__",
                          TYPE(self)->tp_name);
    return obj_str(self);
}

static Object *object_sizeof(Object *self, Object *unused) {
    TypeObject *t = TYPE(self);
    ssize_t size = t->tp_basicsize;
    if (t->tp_itemsize) {
        ssize_t n = SIZE(self) < 0 ? -SIZE(self) : SIZE(self);
        size += n * t->tp_itemsize;
    }
    return int_from_ssize(size);
}

static Object *object_init_subclass(Object *cls, Object *const *args, ssize_t nargs,
                                    Object *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return err_format(&Exc_TypeError, "%.200s.__init_subclass__() takes no keyword arguments",
                          ((TypeObject *)cls)->tp_name);
    if (nargs > 0)
        return err_format(&Exc_TypeError, "%.200s.__init_subclass__() takes no arguments (%zd "
                          "given)", ((TypeObject *)cls)->tp_name, nargs);
    RETURN_NONE;
}

static Object *object_subclasshook(Object *cls, Object *const *args, ssize_t nargs,
                                   Object *kwnames) {
    RETURN_NOTIMPL;
}

static Object *object_get_class(Object *self, void *closure) { return NEWREF_(TYPE(self)); }

/* Two classes can swap instances when their instances are laid out alike: same size, same
 * dict and weakref places, same __slots__, down to a common built-in base. */
static bool same_layout(TypeObject *a, TypeObject *b) {
    if (a->tp_basicsize != b->tp_basicsize || a->tp_itemsize != b->tp_itemsize ||
        a->tp_dictoffset != b->tp_dictoffset || a->tp_weaklistoffset != b->tp_weaklistoffset ||
        ((a->tp_flags ^ b->tp_flags) & (TPFLAGS_HAVE_GC | TPFLAGS_MANAGED_DICT)))
        return false;
    return true;
}

static TypeObject *static_base(TypeObject *t) {
    while (t && TYPE_HAS_FLAG(t, TPFLAGS_HEAPTYPE)) t = t->tp_base;
    return t;
}

static bool same_slots(TypeObject *a, TypeObject *b) {
    for (; a && b && TYPE_HAS_FLAG(a, TPFLAGS_HEAPTYPE) && TYPE_HAS_FLAG(b, TPFLAGS_HEAPTYPE);
         a = a->tp_base, b = b->tp_base) {
        Object *sa = ((HeapTypeObject *)a)->ht_slots, *sb = ((HeapTypeObject *)b)->ht_slots;
        ssize_t na = sa ? TUPLE_LEN(sa) : 0, nb = sb ? TUPLE_LEN(sb) : 0;
        if (na != nb) return false;
        for (ssize_t i = 0; i < na; i++)
            if (!str_eq(TUPLE_GET(sa, i), TUPLE_GET(sb, i))) return false;
    }
    return true;
}

static int object_set_class(Object *self, Object *value, void *closure) {
    if (!value) {
        err_set_string(&Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!TYPE_HAS_FLAG(TYPE(value), TPFLAGS_TYPE_SUBCLASS)) {
        err_format(&Exc_TypeError, "__class__ must be set to a class, not '%s' object",
                   TYPE(value)->tp_name);
        return -1;
    }
    TypeObject *newto = (TypeObject *)value, *oldto = TYPE(self);
    bool modules = type_is_subtype(newto, &ModuleType) && type_is_subtype(oldto, &ModuleType);
    if (!modules && (!TYPE_HAS_FLAG(newto, TPFLAGS_HEAPTYPE) ||
                     !TYPE_HAS_FLAG(oldto, TPFLAGS_HEAPTYPE))) {
        err_set_string(&Exc_TypeError, "__class__ assignment only supported for mutable types "
                       "or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(newto, oldto) || static_base(newto) != static_base(oldto) ||
        !same_slots(newto, oldto)) {
        err_format(&Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   newto->tp_name, oldto->tp_name);
        return -1;
    }
    /* The values array is indexed by the old class's shared keys: it becomes a dict first. */
    if ((oldto->tp_flags & TPFLAGS_MANAGED_DICT) && *INSTANCE_VALUES_PTR(self) &&
        !instance_materialize_dict(self))
        return -1;
    /* Instances of classes own a reference to their class (see obj_alloc). */
    if (TYPE_HAS_FLAG(newto, TPFLAGS_HEAPTYPE)) INCREF(newto);
    TYPE(self) = newto;
    if (TYPE_HAS_FLAG(oldto, TPFLAGS_HEAPTYPE)) DECREF(oldto);
    return 0;
}

static MethodDef object_methods[] = {
    {"__format__", (void *)object_format, METH_O, "Default object formatter."},
    {"__dir__", (void *)object_dir, METH_NOARGS, "Default dir() implementation."},
    {"__sizeof__", (void *)object_sizeof, METH_NOARGS, "Size of object in memory, in bytes."},
    {"__init_subclass__", (void *)object_init_subclass,
     METH_CLASS | METH_FASTCALL | METH_KEYWORDS,
     "This method is called when a class is subclassed.\n\nThe default implementation does "
     "nothing. It may be\noverridden to extend subclasses.\n"},
    {"__subclasshook__", (void *)object_subclasshook, METH_CLASS | METH_FASTCALL | METH_KEYWORDS,
     "Abstract classes can override this to customize issubclass()."},
    {NULL}
};

static GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {NULL}
};

TypeObject BaseObjectType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(Object),
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = obj_generic_getattr,
    .tp_setattro = obj_generic_setattr,
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
              "and returns a new featureless\ninstance that has no instance attributes and "
              "cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getsets,
    .tp_init = object_init,
    .tp_new = object_new,
    .tp_free = obj_free,
};

/* ---- None, NotImplemented, Ellipsis ----------------------------------------------------------
 * Statically allocated with an immortal count: they are shared by everything and never die. */

static void singleton_dealloc(Object *o) {
    fprintf(stderr, "Fatal error: deallocating %s\n", TYPE(o)->tp_name);
    abort();
}

static Object *none_repr(Object *o) { return str_from_cstr("None"); }
static int none_bool(Object *o) { return 0; }

static Object *none_new(TypeObject *t, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (excess_args(nargs, kwnames))
        return err_format(&Exc_TypeError, "NoneType takes no arguments");
    RETURN_NONE;
}

static NumberMethods none_as_number = { .nb_bool = none_bool };

TypeObject NoneType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(Object),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = &none_as_number,
    .tp_new = none_new,
};

Object none_object = COUNTED_HEAD_INIT(&NoneType, NONE_INITIAL_REFCNT);

static Object *notimpl_repr(Object *o) { return str_from_cstr("NotImplemented"); }

static int notimpl_bool(Object *o) {
    if (err_warn(&Exc_DeprecationWarning,
                 "NotImplemented should not be used in a boolean context", 1) < 0)
        return -1;
    return 1;
}

static Object *notimpl_reduce(Object *o, Object *unused) {
    return str_from_cstr("NotImplemented");
}

static Object *notimpl_new(TypeObject *t, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (excess_args(nargs, kwnames))
        return err_format(&Exc_TypeError, "NotImplementedType takes no arguments");
    RETURN_NOTIMPL;
}

static NumberMethods notimpl_as_number = { .nb_bool = notimpl_bool };
static MethodDef notimpl_methods[] = {
    {"__reduce__", (void *)notimpl_reduce, METH_NOARGS, NULL},
    {NULL}
};

TypeObject NotImplementedType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(Object),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimpl_repr,
    .tp_as_number = &notimpl_as_number,
    .tp_methods = notimpl_methods,
    .tp_new = notimpl_new,
};

Object notimpl_object = COUNTED_HEAD_INIT(&NotImplementedType, SINGLETON_INITIAL_REFCNT);

static Object *ellipsis_repr(Object *o) { return str_from_cstr("Ellipsis"); }

static Object *ellipsis_reduce(Object *o, Object *unused) { return str_from_cstr("Ellipsis"); }

static Object *ellipsis_new(TypeObject *t, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (excess_args(nargs, kwnames))
        return err_format(&Exc_TypeError, "EllipsisType takes no arguments");
    return NEWREF(ELLIPSIS);
}

static MethodDef ellipsis_methods[] = {
    {"__reduce__", (void *)ellipsis_reduce, METH_NOARGS, NULL},
    {NULL}
};

TypeObject EllipsisType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(Object),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_methods = ellipsis_methods,
    .tp_new = ellipsis_new,
};

Object ellipsis_object = COUNTED_HEAD_INIT(&EllipsisType, SINGLETON_INITIAL_REFCNT);
