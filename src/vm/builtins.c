/* builtins.c — the builtins module: the built-in functions, and the built-in types and
 * constants under their Python names.
 *
 * Each function is a thin layer over the object protocol (abstract.h): the work of len(), repr(),
 * sorted() ... is done by the types' slots, so a class that defines __len__ or __lt__ takes part
 * without anything here knowing about it. */
#include "builtins.h"
#include "../compiler/compiler.h"
#include "../objects/genobject.h"
#include "../modules/modules.h"
#include <string.h>

static Object *builtins_module;     /* the module object, owned */

Object *vm_builtins(void) { return MODULE_DICT(builtins_module); }

/* ---- output and input ------------------------------------------------------------------- */

static Object *print_to(Object *file, Object *text) {
    Object *r = obj_call_method(file, "write", &text, 1);
    XDECREF(r);
    return r;   /* NULL on error; only compared */
}

static Object *builtin_print(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"sep", "end", "file", "flush", NULL};
    Object *kw[4] = {NULL, NULL, NULL, NULL};
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nkw && args_parse("print", args + nargs, 0, kwnames, kwlist, 0, 0, kw) < 0) return NULL;
    Object *sep = kw[0], *end = kw[1], *file = kw[2];
    if (sep == NONE) sep = NULL;
    if (end == NONE) end = NULL;
    if (sep && !IS_STR(sep))
        return err_format(&Exc_TypeError, "sep must be None or a string, not %.200s", TYPE(sep)->tp_name);
    if (end && !IS_STR(end))
        return err_format(&Exc_TypeError, "end must be None or a string, not %.200s", TYPE(end)->tp_name);
    if (!file || file == NONE) {
        file = vm_sys_get("stdout");
        if (!file || file == NONE) RETURN_NONE;     /* CPython prints nothing then */
    }
    for (ssize_t i = 0; i < nargs; i++) {
        if (i > 0) {
            Object *s = sep ? NEWREF(sep) : str_from_cstr(" ");
            Object *ok = s ? print_to(file, s) : NULL;
            XDECREF(s);
            if (!ok) return NULL;
        }
        Object *s = obj_str(args[i]);
        if (!s) return NULL;
        Object *ok = print_to(file, s);
        DECREF(s);
        if (!ok) return NULL;
    }
    Object *e = end ? NEWREF(end) : str_from_cstr("\n");
    Object *ok = e ? print_to(file, e) : NULL;
    XDECREF(e);
    if (!ok) return NULL;
    if (kw[3] && kw[3] != NONE) {
        int t = obj_is_true(kw[3]);
        if (t < 0) return NULL;
        if (t) {
            Object *r = obj_call_method(file, "flush", NULL, 0);
            if (!r) return NULL;
            DECREF(r);
        }
    }
    RETURN_NONE;
}

static Object *builtin_input(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("input", nargs, 0, 1) < 0) return NULL;
    Object *out = vm_sys_get("stdout"), *in = vm_sys_get("stdin");
    if (nargs && out && out != NONE) {
        Object *s = obj_str(args[0]);
        if (!s) return NULL;
        Object *ok = print_to(out, s);
        DECREF(s);
        if (!ok) return NULL;
        Object *r = obj_call_method(out, "flush", NULL, 0);
        if (!r) return NULL;
        DECREF(r);
    }
    if (!in || in == NONE) return err_format(&Exc_RuntimeError, "input(): lost sys.stdin");
    Object *line = obj_call_method(in, "readline", NULL, 0);
    if (!line) return NULL;
    if (!IS_STR(line)) { DECREF(line); return err_format(&Exc_TypeError, "object.readline() returned non-string"); }
    ssize_t n = STR_LEN(line);
    if (n == 0) { DECREF(line); return err_format(&Exc_EOFError, "EOF when reading a line"); }
    if (STR_AT(line, n - 1) == '\n') {
        Object *r = str_substring(line, 0, n - 1);
        DECREF(line);
        return r;
    }
    return line;
}

/* ---- identity and conversion -------------------------------------------------------------- */

static Object *builtin_id(Object *self, Object *o) {
    return int_from_ulonglong((unsigned long long)(uintptr_t)o);
}

static Object *builtin_hash(Object *self, Object *o) {
    int64_t h = obj_hash(o);
    return h == -1 ? NULL : int_from_ssize((ssize_t)h);
}

static Object *based(Object *o, int base) {
    Object *i = num_index(o);
    if (!i) return NULL;
    Object *r = int_to_base(i, base);
    DECREF(i);
    return r;
}
static Object *builtin_hex(Object *self, Object *o) { return based(o, 16); }
static Object *builtin_oct(Object *self, Object *o) { return based(o, 8); }
static Object *builtin_bin(Object *self, Object *o) { return based(o, 2); }

static Object *builtin_repr(Object *self, Object *o) { return obj_repr(o); }
static Object *builtin_ascii(Object *self, Object *o) { return obj_ascii(o); }

static Object *builtin_len(Object *self, Object *o) {
    ssize_t n = obj_length(o);
    return n < 0 ? NULL : int_from_ssize(n);
}

static Object *builtin_abs(Object *self, Object *o) { return num_absolute(o); }

static Object *builtin_callable(Object *self, Object *o) { return bool_from(obj_callable(o)); }

static Object *builtin_chr(Object *self, Object *o) {
    int overflow;
    Object *i = num_index(o);
    if (!i) return NULL;
    long v = int_as_long_overflow(i, &overflow);
    DECREF(i);
    if (overflow || v < 0 || v > 0x10ffff) {
        if (overflow) return err_format(&Exc_OverflowError, "Python int too large to convert to C int");
        return err_format(&Exc_ValueError, "chr() arg not in range(0x110000)");
    }
    return str_from_codepoint((uint32_t)v);
}

static Object *builtin_ord(Object *self, Object *o) {
    ssize_t n;
    if (IS_STR(o)) {
        n = STR_LEN(o);
        if (n == 1) return int_from_long((long)STR_AT(o, 0));
        return err_format(&Exc_TypeError, "ord() expected a character, but string of length %zd found", n);
    }
    if (IS_BYTES(o) || IS_BYTEARRAY(o)) {
        const char *p = IS_BYTES(o) ? BYTES_DATA(o) : ((ByteArrayObject *)o)->ob_start;
        n = SIZE(o);
        if (n == 1) return int_from_long((unsigned char)p[0]);
        return err_format(&Exc_TypeError, "ord() expected a character, but string of length %zd found", n);
    }
    return err_format(&Exc_TypeError, "ord() expected string of length 1, but %.200s found", TYPE(o)->tp_name);
}

static Object *builtin_format(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("format", nargs, 1, 2) < 0) return NULL;
    if (nargs == 2 && !IS_STR(args[1]))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %.200s", TYPE(args[1])->tp_name);
    return obj_format(args[0], nargs == 2 ? args[1] : NULL);
}

static Object *builtin_divmod(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("divmod", nargs, 2, 2) < 0) return NULL;
    return num_divmod(args[0], args[1]);
}

static Object *builtin_pow(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"base", "exp", "mod", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("pow", args, nargs, kwnames, kwlist, 2, 3, a) < 0) return NULL;
    return num_power(a[0], a[1], a[2] ? a[2] : NONE);
}

static Object *builtin_round(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"number", "ndigits", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("round", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *meth = obj_lookup_special(a[0], ID(__round__));
    if (!meth) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "type %.100s doesn't define __round__ method", TYPE(a[0])->tp_name);
        return NULL;
    }
    Object *r = (a[1] && a[1] != NONE) ? obj_call1(meth, a[1]) : obj_call0(meth);
    DECREF(meth);
    return r;
}

/* ---- types and attributes ----------------------------------------------------------------- */

static Object *builtin_isinstance(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("isinstance", nargs, 2, 2) < 0) return NULL;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *builtin_issubclass(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("issubclass", nargs, 2, 2) < 0) return NULL;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static int check_attr_name(Object *name) {
    if (IS_STR(name)) return 0;
    err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'", TYPE(name)->tp_name);
    return -1;
}

static Object *builtin_getattr(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("getattr", nargs, 2, 3) < 0 || check_attr_name(args[1]) < 0) return NULL;
    if (nargs == 2) return obj_getattr(args[0], args[1]);
    Object *r;
    if (obj_lookup_attr(args[0], args[1], &r) < 0) return NULL;
    return r ? r : NEWREF(args[2]);
}

static Object *builtin_setattr(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1]) < 0) return NULL;
    if (obj_setattr(args[0], args[1], args[2]) < 0) return NULL;
    RETURN_NONE;
}

static Object *builtin_delattr(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0) return NULL;
    if (obj_setattr(args[0], args[1], NULL) < 0) return NULL;
    RETURN_NONE;
}

static Object *builtin_hasattr(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0) return NULL;
    Object *r;
    if (obj_lookup_attr(args[0], args[1], &r) < 0) return NULL;
    if (!r) RETURN_FALSE;
    DECREF(r);
    RETURN_TRUE;
}

static Object *builtin_globals(Object *self, Object *unused) {
    Object *g = vm_globals();
    return NEWREF(g ? g : NONE);
}

static Object *builtin_locals(Object *self, Object *unused) { return vm_locals(); }

static Object *builtin_vars(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("vars", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return vm_locals();
    Object *d;
    if (obj_lookup_attr(args[0], ID(__dict__), &d) < 0) return NULL;
    if (!d) return err_format(&Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Object *builtin_dir(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("dir", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1) return obj_dir(args[0]);
    Object *locals = vm_locals();
    if (!locals) return NULL;
    Object *names = seq_list(locals);       /* the keys of the mapping */
    DECREF(locals);
    if (names && list_sort(names) < 0) CLEAR(names);
    return names;
}

/* ---- iteration ------------------------------------------------------------------------------- */

static Object *builtin_iter(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("iter", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1) return obj_get_iter(args[0]);
    if (!obj_callable(args[0])) return err_format(&Exc_TypeError, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

static Object *builtin_next(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("next", nargs, 1, 2) < 0) return NULL;
    Object *it = args[0];
    if (!TYPE(it)->tp_iternext)
        return err_format(&Exc_TypeError, "'%.200s' object is not an iterator", TYPE(it)->tp_name);
    Object *r = TYPE(it)->tp_iternext(it);
    if (r) return r;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches(&Exc_StopIteration)) return NULL;
        err_clear();
    }
    if (nargs == 2) return NEWREF(args[1]);
    err_set_none(&Exc_StopIteration);
    return NULL;
}

/* ---- async iteration ----------------------------------------------------------------------- */

static Object *s_aiter_name, *s_anext_name;

static Object *interned(Object **slot, const char *s) {
    if (!*slot) *slot = str_intern_cstr(s);     /* kept for the life of the process */
    return *slot;
}

/* aiter(obj): type(obj).__aiter__(obj), which must give an object with __anext__. */
static Object *builtin_aiter(Object *self, Object *obj) {
    Object *name = interned(&s_aiter_name, "__aiter__");
    if (!name || !interned(&s_anext_name, "__anext__")) return NULL;
    Object *meth = obj_lookup_special(obj, name);
    if (!meth) {
        if (err_occurred()) return NULL;
        return err_format(&Exc_TypeError, "'%.200s' object is not an async iterable",
                          TYPE(obj)->tp_name);
    }
    Object *it = obj_call0(meth);
    DECREF(meth);
    if (it && !type_lookup(TYPE(it), s_anext_name)) {
        err_format(&Exc_TypeError, "aiter() returned not an async iterator of type '%.100s'",
                   TYPE(it)->tp_name);
        CLEAR(it);
    }
    return it;
}

/* What anext(it, default) returns (CPython's anext_awaitable): an awaitable driving the
 * awaitable of it.__anext__() and turning its StopAsyncIteration into a return of `default`.
 * As in 3.11, each step asks the wrapped object for its await iterator afresh. */
typedef struct AnextAwaitableObject {
    OB_HEAD;
    Object *wrapped;
    Object *default_value;
} AnextAwaitableObject;

static void anextawaitable_dealloc(Object *self) {
    AnextAwaitableObject *a = (AnextAwaitableObject *)self;
    gc_untrack(self);
    CLEAR(a->wrapped);
    CLEAR(a->default_value);
    TYPE(self)->tp_free(self);
}

static int anextawaitable_traverse(Object *self, visitproc visit, void *arg) {
    AnextAwaitableObject *a = (AnextAwaitableObject *)self;
    int r;
    if (a->wrapped && (r = visit(a->wrapped, arg)) != 0) return r;
    return a->default_value ? visit(a->default_value, arg) : 0;
}

/* The iterator of the wrapped awaitable: a coroutine is driven through its __await__ wrapper
 * (a coroutine itself has no __next__/send of the iterator kind).  New reference. */
static Object *anextawaitable_getiter(AnextAwaitableObject *a) {
    Object *aw = coro_get_awaitable_iter(a->wrapped);
    if (!aw || !IS_CORO(aw)) return aw;
    Object *it = obj_call_method(aw, "__await__", NULL, 0);
    DECREF(aw);
    if (it && !TYPE(it)->tp_iternext) {
        err_set_string(&Exc_TypeError, "__await__ returned a non-iterable");
        CLEAR(it);
    }
    return it;
}

/* After a failed step: StopAsyncIteration becomes StopIteration(default), the awaitable's
 * return value.  Always NULL. */
static Object *anextawaitable_stopped(AnextAwaitableObject *a) {
    if (!err_matches(&Exc_StopAsyncIteration)) return NULL;
    err_clear();
    Object *exc = obj_call1((Object *)&Exc_StopIteration, a->default_value);
    if (exc) err_set_object(&Exc_StopIteration, exc);
    XDECREF(exc);
    return NULL;
}

static Object *anextawaitable_iternext(Object *self) {
    AnextAwaitableObject *a = (AnextAwaitableObject *)self;
    Object *it = anextawaitable_getiter(a);
    if (!it) return NULL;
    Object *r = TYPE(it)->tp_iternext(it);
    DECREF(it);
    if (r) return r;
    return anextawaitable_stopped(a);
}

static Object *anextawaitable_proxy(Object *self, const char *meth, Object *const *args,
                                    ssize_t nargs) {
    AnextAwaitableObject *a = (AnextAwaitableObject *)self;
    Object *it = anextawaitable_getiter(a);
    if (!it) return NULL;
    Object *r = obj_call_method(it, meth, args, nargs);
    DECREF(it);
    return r ? r : anextawaitable_stopped(a);
}

static Object *anextawaitable_send(Object *self, Object *arg) {
    return anextawaitable_proxy(self, "send", &arg, 1);
}

static Object *anextawaitable_throw(Object *self, Object *const *args, ssize_t nargs) {
    return anextawaitable_proxy(self, "throw", args, nargs);
}

static Object *anextawaitable_close(Object *self, Object *const *args, ssize_t nargs) {
    return anextawaitable_proxy(self, "close", args, nargs);
}

/* __await__ of anext_awaitable is itself. */
static Object *anextawaitable_await(Object *self, Object *unused) { return NEWREF(self); }

static MethodDef anextawaitable_methods[] = {
    {"__await__", (void *)anextawaitable_await, METH_NOARGS, "Return an iterator to be used in "
     "await expression."},
    {"send", (void *)anextawaitable_send, METH_O, "send(arg) -> send 'arg' into the wrapped "
     "iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (void *)anextawaitable_throw, METH_FASTCALL, "throw(value)\nthrow(type[,value[,"
     "tb]])\n\nRaise exception in the wrapped iterator, return next yielded value\nor raise "
     "StopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a "
     "future version of Python."},
    {"close", (void *)anextawaitable_close, METH_FASTCALL, "close() -> raise GeneratorExit "
     "inside generator."},
    {NULL}
};

static TypeObject AnextAwaitableType = {     /* readied on first use by anext() */
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(AnextAwaitableObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = anextawaitable_dealloc,
    .tp_traverse = anextawaitable_traverse,
    .tp_iter = iter_self,
    .tp_iternext = anextawaitable_iternext,
    .tp_methods = anextawaitable_methods,
};

/* anext(it[, default]): the awaitable of type(it).__anext__(it); with a default, wrapped so
 * that exhaustion gives the default. */
static Object *builtin_anext(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("anext", nargs, 1, 2) < 0) return NULL;
    Object *it = args[0], *aw;
    if (IS_ASYNC_GEN(it)) {
        aw = async_gen_anext(it);
    } else {
        Object *name = interned(&s_anext_name, "__anext__");
        if (!name) return NULL;
        Object *meth = obj_lookup_special(it, name);
        if (!meth) {
            if (err_occurred()) return NULL;
            return err_format(&Exc_TypeError, "'%.200s' object is not an async iterator",
                              TYPE(it)->tp_name);
        }
        aw = obj_call0(meth);
        DECREF(meth);
    }
    if (!aw || nargs == 1) return aw;
    if (type_ready(&AnextAwaitableType) < 0) { DECREF(aw); return NULL; }
    AnextAwaitableObject *a = (AnextAwaitableObject *)obj_alloc(&AnextAwaitableType);
    if (!a) { DECREF(aw); return NULL; }
    a->wrapped = aw;
    a->default_value = NEWREF(args[1]);
    return (Object *)a;
}

/* all() and any(): stop at the first item whose truth equals `stop_on`. */
static Object *all_any(Object *iterable, bool stop_on) {
    Object *it = obj_get_iter(iterable), *item;
    if (!it) return NULL;
    while ((item = iter_next(it))) {
        int t = obj_is_true(item);
        DECREF(item);
        if (t < 0) { DECREF(it); return NULL; }
        if (t == stop_on) { DECREF(it); return bool_from(stop_on); }
    }
    DECREF(it);
    return err_occurred() ? NULL : bool_from(!stop_on);
}
static Object *builtin_all(Object *self, Object *o) { return all_any(o, false); }
static Object *builtin_any(Object *self, Object *o) { return all_any(o, true); }

static Object *builtin_sum(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"", "start", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("sum", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *acc = a[1] ? a[1] : SMALL_INT(0);
    if (IS_STR(acc))
        return err_format(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_BYTES(acc))
        return err_format(&Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (IS_BYTEARRAY(acc))
        return err_format(&Exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Object *it = obj_get_iter(a[0]), *item;
    if (!it) return NULL;
    INCREF(acc);
    while ((item = iter_next(it))) {
        Object *r = num_add(acc, item);
        DECREF(item);
        DECREF(acc);
        if (!(acc = r)) { DECREF(it); return NULL; }
    }
    DECREF(it);
    if (err_occurred()) CLEAR(acc);
    return acc;
}

/* min() and max(): op is CMP_LT for min, CMP_GT for max. */
static Object *min_max(Object *const *args, ssize_t nargs, Object *kwnames, int op, const char *name) {
    static const char *const kwlist[] = {"key", "default", NULL};
    Object *kw[2] = {NULL, NULL};
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nkw && args_parse(name, args + nargs, 0, kwnames, kwlist, 0, 0, kw) < 0) return NULL;
    Object *key = kw[0] == NONE ? NULL : kw[0], *dflt = kw[1];
    if (nargs == 0)
        return err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return err_format(&Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    Object *seq = nargs == 1 ? args[0] : NULL;
    Object *it = seq ? obj_get_iter(seq) : tuple_from_array(args, nargs);
    if (!it) return NULL;
    if (!seq) { Object *t = it; it = obj_get_iter(t); DECREF(t); if (!it) return NULL; }
    Object *best = NULL, *bestkey = NULL, *item;
    while ((item = iter_next(it))) {
        Object *k = key ? obj_call1(key, item) : NEWREF(item);
        if (!k) { DECREF(item); goto fail; }
        if (!best) { best = item; bestkey = k; continue; }
        int c = obj_richcompare_bool(k, bestkey, op);
        if (c < 0) { DECREF(item); DECREF(k); goto fail; }
        if (c) { SETREF(best, item); SETREF(bestkey, k); }
        else { DECREF(item); DECREF(k); }
    }
    if (err_occurred()) goto fail;
    DECREF(it);
    XDECREF(bestkey);
    if (best) return best;
    if (dflt) return NEWREF(dflt);
    return err_format(&Exc_ValueError, "%s() arg is an empty sequence", name);
fail:
    DECREF(it);
    XDECREF(best);
    XDECREF(bestkey);
    return NULL;
}

static Object *builtin_min(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return min_max(args, nargs, kwnames, CMP_LT, "min");
}
static Object *builtin_max(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return min_max(args, nargs, kwnames, CMP_GT, "max");
}

static Object *builtin_sorted(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs != 1)
        return err_format(&Exc_TypeError, nargs ? "sorted expected 1 argument, got %zd"
                                                : "sorted expected 1 argument, got %zd", nargs);
    Object *list = seq_list(args[0]);
    if (!list) return NULL;
    Object *sort = obj_getattr_str(list, "sort");
    if (!sort) { DECREF(list); return NULL; }
    Object *r = obj_call(sort, args + 1, 0, kwnames);
    DECREF(sort);
    if (!r) { DECREF(list); return NULL; }
    DECREF(r);
    return list;
}

/* ---- compiling and running code --------------------------------------------------------- */

/* Source text of compile()/exec()/eval() as UTF-8; *owner keeps it alive (a str or bytes). */
static const char *source_text(Object *src, const char *fname, ssize_t *len) {
    if (IS_STR(src)) return str_as_utf8_len(src, len);
    if (IS_BYTES(src)) { *len = BYTES_LEN(src); return BYTES_DATA(src); }
    if (IS_BYTEARRAY(src)) { *len = SIZE(src); return ((ByteArrayObject *)src)->ob_start; }
    const char *p;
    if (IS_BYTES_LIKE(src) && bytes_view(src, &p, len) == 0) return p;   /* other buffers */
    err_format(&Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
}

static int mode_from(Object *mode, CompileMode *out) {
    static const char *const names[] = {"exec", "eval", "single"};
    for (int i = 0; i < 3; i++)
        if (IS_STR(mode) && str_eq_cstr(mode, names[i])) { *out = (CompileMode)i; return 0; }
    err_format(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
}

static Object *builtin_compile(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "_feature_version", NULL};
    Object *a[7] = {NULL};
    if (args_parse("compile", args, nargs, kwnames, kwlist, 3, 6, a) < 0) return NULL;
    CompileMode mode;
    if (mode_from(a[2], &mode) < 0) return NULL;
    if (!IS_STR(a[1]))
        return err_format(&Exc_TypeError, "compile() argument 'filename' must be str, not %.200s", TYPE(a[1])->tp_name);
    ssize_t len;
    const char *text = source_text(a[0], "compile", &len);
    if (!text) return NULL;
    if (memchr(text, 0, (size_t)len))
        return err_format(&Exc_ValueError, "source code string cannot contain null bytes");
    return compile_source(text, len, a[1], mode);
}

/* The namespaces of exec()/eval(): defaults from the caller, __builtins__ added as CPython. */
static int run_namespaces(const char *fname, Object **globals, Object **locals) {
    if (*globals == NONE) *globals = NULL;
    if (*locals == NONE) *locals = NULL;
    if (!*globals) {
        *globals = vm_globals();
        if (!*globals) { err_format(&Exc_SystemError, "globals and locals cannot be NULL"); return -1; }
        if (!*locals) {
            *locals = vm_locals();
            if (!*locals) return -1;
            DECREF(*locals);    /* the frame keeps its locals mapping alive */
        }
    } else if (!IS_DICT(*globals)) {
        err_format(&Exc_TypeError, "%s() globals must be a dict, not %.100s", fname, TYPE(*globals)->tp_name);
        return -1;
    }
    if (!*locals) *locals = *globals;
    int has = dict_contains(*globals, ID(__builtins__));
    if (has < 0) return -1;
    if (!has && dict_setitem(*globals, ID(__builtins__), builtins_module) < 0) return -1;
    return 0;
}

static Object *exec_or_eval(Object *const *args, ssize_t nargs, Object *kwnames, bool is_eval) {
    static const char *const kwlist[] = {"source", "globals", "locals", NULL};
    const char *fname = is_eval ? "eval" : "exec";
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse(fname, args, nargs, kwnames, kwlist, 1, 3, a) < 0) return NULL;
    Object *globals = a[1] ? a[1] : NONE, *locals = a[2] ? a[2] : NONE;
    if (run_namespaces(fname, &globals, &locals) < 0) return NULL;
    Object *code;
    if (IS_TYPE(a[0], &CodeType)) {
        code = NEWREF(a[0]);
    } else {
        ssize_t len;
        const char *text = source_text(a[0], fname, &len);
        if (!text) return NULL;
        if (is_eval) while (len > 0 && (*text == ' ' || *text == '\t')) text++, len--;
        Object *filename = str_from_cstr("<string>");
        if (!filename) return NULL;
        code = compile_source(text, len, filename, is_eval ? MODE_EVAL : MODE_EXEC);
        DECREF(filename);
        if (!code) return NULL;
    }
    Object *r = vm_eval_code(code, globals, locals);
    DECREF(code);
    if (!r || is_eval) return r;
    DECREF(r);
    RETURN_NONE;
}

static Object *builtin_exec(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return exec_or_eval(args, nargs, kwnames, false);
}
static Object *builtin_eval(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return exec_or_eval(args, nargs, kwnames, true);
}

static Object *builtin_import(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Object *a[5] = {NULL};
    if (args_parse("__import__", args, nargs, kwnames, kwlist, 1, 5, a) < 0) return NULL;
    int level = 0;
    if (a[4]) {
        ssize_t l = num_as_ssize(a[4], &Exc_OverflowError);
        if (l == -1 && err_occurred()) return NULL;
        level = (int)l;
    }
    return vm_import(a[0], a[1], a[3], level);
}

Object *vm_import_name(Object *builtins, Object *name, Object *globals, Object *locals,
                       Object *fromlist, Object *level) {
    Object *f;
    if (IS_DICT(builtins)) {
        f = dict_getitem(builtins, ID(__import__));
        XINCREF(f);
    } else {
        f = obj_getitem(builtins, ID(__import__));
        if (!f && err_matches(&Exc_KeyError)) err_clear();
    }
    if (!f) {
        if (!err_occurred()) err_set_string(&Exc_ImportError, "__import__ not found");
        return NULL;
    }
    Object *m;
    if (IS_CFUNCTION(f) && ((CFunctionObject *)f)->m_ml->meth == (void *)builtin_import) {
        long lv = int_as_long(level);
        m = lv == -1 && err_occurred() ? NULL : vm_import(name, globals, fromlist, (int)lv);
    } else {
        Object *args[5] = {name, globals, locals ? locals : NONE, fromlist, level};
        m = obj_call(f, args, 5, NULL);
    }
    DECREF(f);
    return m;
}

/* ---- classes ------------------------------------------------------------------------------ */

/* The most derived of the metaclasses of `meta` and of every base; NULL + TypeError on a
 * conflict.  Borrowed. */
static Object *calculate_metaclass(Object *meta, Object *bases) {
    TypeObject *winner = (TypeObject *)meta;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        TypeObject *t = TYPE(TUPLE_GET(bases, i));
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) { winner = t; continue; }
        err_format(&Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                   "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return (Object *)winner;
}

/* Replace bases that define __mro_entries__ (PEP 560); new reference. */
static Object *resolve_bases(Object *bases) {
    Object *list = NULL;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        Object *b = TUPLE_GET(bases, i), *meth = NULL;
        if (!IS_INSTANCE(b, &TypeType) && obj_lookup_attr(b, ID(__mro_entries__), &meth) < 0)
            goto fail;
        if (!meth) {
            /* Kept as it is (once a base was replaced, the new list needs it too). */
            if (list && list_append(list, b) < 0) goto fail;
            continue;
        }
        Object *entries = obj_call1(meth, bases);
        DECREF(meth);
        if (!entries) goto fail;
        if (!IS_TUPLE(entries)) {
            DECREF(entries);
            err_format(&Exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (!list) {
            list = list_new(0);
            if (!list) { DECREF(entries); goto fail; }
            for (ssize_t j = 0; j < i; j++)
                if (list_append(list, TUPLE_GET(bases, j)) < 0) { DECREF(entries); goto fail; }
        }
        int r = list_extend(list, entries);
        DECREF(entries);
        if (r < 0) goto fail;
        continue;
    fail:
        XDECREF(list);
        return NULL;
    }
    if (!list) return NEWREF(bases);
    Object *t = list_as_tuple(list);
    DECREF(list);
    return t;
}

static Object *builtin_build_class(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs < 2) return err_format(&Exc_TypeError, "__build_class__: not enough arguments");
    Object *func = args[0], *name = args[1];
    if (!IS_FUNCTION(func)) return err_format(&Exc_TypeError, "__build_class__: func must be a function");
    if (!IS_STR(name)) return err_format(&Exc_TypeError, "__build_class__: name is not a string");
    Object *orig_bases = tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases) return NULL;
    Object *bases = resolve_bases(orig_bases);
    Object *meta = NULL, *ns = NULL, *cls = NULL, *kwn = NULL;
    if (!bases) goto done;
    /* Keywords: metaclass= is ours; the rest (names in kwn, values in kwvalues) go to
     * __prepare__, the metaclass and __init_subclass__.  Nothing is allocated without them:
     * a plain class statement makes only the objects CPython's makes. */
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0, nkwv = 0;
    Object *const *kwv = args + nargs;
    Object *kwvalues[64];
    if (nkw > 64) { err_format(&Exc_TypeError, "__build_class__: too many keyword arguments"); goto done; }
    for (ssize_t i = 0; i < nkw; i++)
        if (str_eq_cstr(TUPLE_GET(kwnames, i), "metaclass")) meta = kwv[i];
        else kwvalues[nkwv++] = kwv[i];
    if (nkwv) {
        if (!(kwn = tuple_new(nkwv))) { meta = NULL; goto done; }   /* meta not owned yet */
        for (ssize_t i = 0, j = 0; i < nkw; i++)
            if (!str_eq_cstr(TUPLE_GET(kwnames, i), "metaclass"))
                TUPLE_SET(kwn, j++, NEWREF(TUPLE_GET(kwnames, i)));
    }
    bool meta_is_type;
    if (!meta) meta = TUPLE_LEN(bases) ? (Object *)TYPE(TUPLE_GET(bases, 0)) : (Object *)&TypeType;
    meta_is_type = IS_INSTANCE(meta, &TypeType);
    if (meta_is_type && !(meta = calculate_metaclass(meta, bases))) goto done;
    INCREF(meta);
    /* ns = meta.__prepare__(name, bases, **kw) */
    Object *prepare;
    if (obj_lookup_attr(meta, ID(__prepare__), &prepare) < 0) goto done;
    Object *stack[3 + 64];
    stack[0] = name;
    stack[1] = bases;
    for (ssize_t i = 0; i < nkwv; i++) stack[2 + i] = kwvalues[i];
    if (prepare) {
        ns = obj_call(prepare, stack, 2, kwn);
        DECREF(prepare);
    } else {
        ns = dict_new();
    }
    if (!ns) goto done;
    if (!IS_DICT(ns) && !TYPE(ns)->tp_as_mapping) {
        err_format(&Exc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                   meta_is_type ? ((TypeObject *)meta)->tp_name : "<metaclass>", TYPE(ns)->tp_name);
        goto done;
    }
    Object *cell = vm_run_class_body(func, ns);
    if (!cell) goto done;
    if (bases != orig_bases && obj_setitem(ns, ID(__orig_bases__), orig_bases) < 0) { DECREF(cell); goto done; }
    Object *margs[3 + 64];
    margs[0] = name; margs[1] = bases; margs[2] = ns;
    for (ssize_t i = 0; i < nkwv; i++) margs[3 + i] = kwvalues[i];
    cls = obj_call(meta, margs, 3, kwn);
    if (cls && IS_CELL(cell) && CELL_GET(cell) != cls) {
        if (!CELL_GET(cell))
            err_format(&Exc_RuntimeError, "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?", name, cls);
        else
            err_format(&Exc_TypeError, "__class__ set to %R defining %R as %R", CELL_GET(cell), name, cls);
        CLEAR(cls);
    }
    DECREF(cell);
done:
    XDECREF(meta);
    XDECREF(ns);
    XDECREF(kwn);
    XDECREF(bases);
    DECREF(orig_bases);
    return cls;
}

/* exit() and quit(): raise SystemExit (CPython's site module adds these). */
static Object *builtin_exit(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("exit", nargs, 0, 1) < 0) return NULL;
    err_set_object(&Exc_SystemExit, nargs ? args[0] : NONE);
    return NULL;
}

#define FAST(f)   (void *)(f), METH_FASTCALL
#define FASTKW(f) (void *)(f), METH_FASTCALL | METH_KEYWORDS
static MethodDef builtin_methods[] = {
    {"__build_class__", FASTKW(builtin_build_class), NULL},
    {"__import__", FASTKW(builtin_import), NULL},
    {"abs", (void *)builtin_abs, METH_O, NULL},
    {"aiter", (void *)builtin_aiter, METH_O,
     "Return an AsyncIterator for an AsyncIterable object."},
    {"all", (void *)builtin_all, METH_O, NULL},
    {"anext", FAST(builtin_anext), "async anext(aiterator[, default])\n\nReturn the next item "
     "from the async iterator.  If default is given and the async\niterator is exhausted, it "
     "is returned instead of raising StopAsyncIteration."},
    {"any", (void *)builtin_any, METH_O, NULL},
    {"ascii", (void *)builtin_ascii, METH_O, NULL},
    {"bin", (void *)builtin_bin, METH_O, NULL},
    {"callable", (void *)builtin_callable, METH_O, NULL},
    {"chr", (void *)builtin_chr, METH_O, NULL},
    {"compile", FASTKW(builtin_compile), NULL},
    {"delattr", FAST(builtin_delattr), NULL},
    {"dir", FAST(builtin_dir), NULL},
    {"divmod", FAST(builtin_divmod), NULL},
    {"eval", FASTKW(builtin_eval), NULL},
    {"exec", FASTKW(builtin_exec), NULL},
    {"exit", FAST(builtin_exit), NULL},
    {"format", FAST(builtin_format), NULL},
    {"getattr", FAST(builtin_getattr), NULL},
    {"globals", (void *)builtin_globals, METH_NOARGS, NULL},
    {"hasattr", FAST(builtin_hasattr), NULL},
    {"hash", (void *)builtin_hash, METH_O, NULL},
    {"hex", (void *)builtin_hex, METH_O, NULL},
    {"id", (void *)builtin_id, METH_O, NULL},
    {"input", FAST(builtin_input), NULL},
    {"isinstance", FAST(builtin_isinstance), NULL},
    {"issubclass", FAST(builtin_issubclass), NULL},
    {"iter", FAST(builtin_iter), NULL},
    {"len", (void *)builtin_len, METH_O, NULL},
    {"locals", (void *)builtin_locals, METH_NOARGS, NULL},
    {"max", FASTKW(builtin_max), NULL},
    {"min", FASTKW(builtin_min), NULL},
    {"next", FAST(builtin_next), NULL},
    {"oct", (void *)builtin_oct, METH_O, NULL},
    {"open", FASTKW(io_open), NULL},
    {"ord", (void *)builtin_ord, METH_O, NULL},
    {"pow", FASTKW(builtin_pow), NULL},
    {"print", FASTKW(builtin_print), NULL},
    {"quit", FAST(builtin_exit), NULL},
    {"repr", (void *)builtin_repr, METH_O, NULL},
    {"round", FASTKW(builtin_round), NULL},
    {"setattr", FAST(builtin_setattr), NULL},
    {"sorted", FASTKW(builtin_sorted), NULL},
    {"sum", FASTKW(builtin_sum), NULL},
    {"vars", FAST(builtin_vars), NULL},
    {NULL}
};

/* The built-in types under their Python names. */
static const struct { const char *name; TypeObject *type; } builtin_types[] = {
    {"object", &BaseObjectType}, {"type", &TypeType}, {"int", &IntType}, {"bool", &BoolType},
    {"float", &FloatType}, {"complex", &ComplexType}, {"str", &StrType}, {"bytes", &BytesType},
    {"bytearray", &ByteArrayType}, {"memoryview", &MemoryViewType}, {"list", &ListType}, {"tuple", &TupleType},
    {"dict", &DictType}, {"set", &SetType}, {"frozenset", &FrozenSetType},
    {"range", &RangeType}, {"slice", &SliceType}, {"enumerate", &EnumerateType},
    {"zip", &ZipType}, {"map", &MapType}, {"filter", &FilterType}, {"reversed", &ReversedType},
    {"property", &PropertyType}, {"staticmethod", &StaticMethodType},
    {"classmethod", &ClassMethodType}, {"super", &SuperType},
};

static ModuleDef builtins_def = {"builtins", "Built-in functions, exceptions, and other objects.", builtin_methods, NULL};

int builtins_init(void) {
    builtins_module = module_from_def(&builtins_def);
    if (!builtins_module) return -1;
    Object *d = MODULE_DICT(builtins_module);
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (dict_setitem_str(d, builtin_types[i].name, (Object *)builtin_types[i].type) < 0) return -1;
#define ADD_EXC_(cname, pyname, base, st) \
    if (dict_setitem_str(d, pyname, (Object *)&Exc_##cname) < 0) return -1;
    EXCEPTION_LIST(ADD_EXC_)
#undef ADD_EXC_
    if (dict_setitem_str(d, "None", NONE) < 0 || dict_setitem_str(d, "True", TRUE_OBJ) < 0 ||
        dict_setitem_str(d, "False", FALSE_OBJ) < 0 || dict_setitem_str(d, "Ellipsis", ELLIPSIS) < 0 ||
        dict_setitem_str(d, "NotImplemented", NOTIMPL) < 0 || dict_setitem_str(d, "__debug__", TRUE_OBJ) < 0)
        return -1;
    /* builtins.EnvironmentError and IOError are OSError. */
    if (dict_setitem_str(d, "EnvironmentError", (Object *)&Exc_OSError) < 0 ||
        dict_setitem_str(d, "IOError", (Object *)&Exc_OSError) < 0)
        return -1;
    return 0;
}

Object *builtins_module_object(void) { return builtins_module; }

void builtins_fini(void) { CLEAR(builtins_module); }
