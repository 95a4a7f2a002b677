/* sys.c — the sys module: the interpreter's own state as Python sees it.
 *
 * sys is made before any other module (vm_init) since print(), import and tracebacks go through
 * it.  The values describing the implementation follow CPython 3.11 on 64-bit Linux, except
 * sys.implementation.name, which is "ouro". */
#include "modules.h"
#include "../objects/structseq.h"
#include "../objects/genobject.h"
#include "../runtime/alloc.h"
#include "../runtime/gc.h"
#include "../vm/builtins.h"
#include <float.h>
#include <stdlib.h>
#include <string.h>

#define OURO_VERSION "0.1.0"

static TypeObject VersionInfoType, FlagsType, FloatInfoType, HashInfoType, IntInfoType,
                  ImplementationType;

static Object *sys_getrefcount(Object *self, Object *o) { return int_from_ssize((ssize_t)REFCNT(o)); }

/* sys.getsizeof: __sizeof__ plus the memory in front of the object (GC header, managed-dict
 * pre-header), as CPython 3.11 counts it. */
static Object *sys_getsizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"object", "default", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("getsizeof", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *meth = obj_lookup_special(a[0], ID(__sizeof__));
    if (!meth) {
        if (err_occurred()) return NULL;
        if (a[1]) return NEWREF(a[1]);
        return err_format(&Exc_TypeError, "Type %.100s doesn't define __sizeof__", TYPE(a[0])->tp_name);
    }
    Object *r = obj_call0(meth);
    DECREF(meth);
    if (!r) {
        if (a[1] && err_matches(&Exc_TypeError)) { err_clear(); return NEWREF(a[1]); }
        return NULL;
    }
    ssize_t size = num_as_ssize(r, &Exc_OverflowError);
    DECREF(r);
    if (size == -1 && err_occurred()) return NULL;
    if (size < 0) return err_format(&Exc_ValueError, "__sizeof__() should return >= 0");
    TypeObject *t = TYPE(a[0]);
    size += (obj_is_gc(a[0]) ? (ssize_t)sizeof(GCHead) : 0) +
            (TYPE_HAS_FLAG(t, TPFLAGS_MANAGED_DICT) ? 2 * (ssize_t)sizeof(Object *) : 0);
    return int_from_ssize(size);
}

static Object *sys_intern(Object *self, Object *s) {
    if (!IS_STR_EXACT(s))
        return err_format(&Exc_TypeError, "intern() argument must be str, not %.100s", TYPE(s)->tp_name);
    INCREF(s);
    str_intern_in_place(&s);
    return s;
}

static Object *sys_getrecursionlimit(Object *self, Object *unused) { return int_from_long(recursion_limit); }

static Object *sys_setrecursionlimit(Object *self, Object *arg) {
    int overflow;
    Object *i = num_index(arg);
    if (!i) return NULL;
    long n = int_as_long_overflow(i, &overflow);
    DECREF(i);
    if (overflow || n > 0x7fffffff) return err_format(&Exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1) return err_format(&Exc_ValueError, "recursion limit must be greater or equal than 1");
    if (recursion_depth >= n)
        return err_format(&Exc_RecursionError, "cannot set the recursion limit to %ld at the recursion "
                          "depth %d: the limit is too low", n, recursion_depth);
    recursion_limit = (int)n;
    RETURN_NONE;
}

static Object *sys_exit(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("exit", nargs, 0, 1) < 0) return NULL;
    /* As CPython's PyErr_SetObject: None means no arguments, a tuple is the arguments. */
    Object *status = nargs ? args[0] : NONE;
    Object *exc = status == NONE ? exc_new(&Exc_SystemExit, NULL, 0)
                : IS_TUPLE(status) ? exc_new(&Exc_SystemExit, TUPLE_ITEMS(status), TUPLE_LEN(status))
                : exc_new(&Exc_SystemExit, &status, 1);
    if (exc) err_raise(exc);
    return NULL;
}

static Object *sys_getallocatedblocks(Object *self, Object *unused) {
    return int_from_ssize((ssize_t)(mem_stats.small_blocks + mem_stats.large_blocks));
}

static Object *sys_getdefaultencoding(Object *self, Object *unused) { return str_from_cstr("utf-8"); }

/* True once shut-down has taken the modules away (vm_fini). */
static Object *sys_is_finalizing(Object *self, Object *unused) {
    return bool_from(vm_modules_removed);
}

/* The thread switch interval: ouro runs one thread, so it is only kept and returned. */
static double switch_interval = 0.005;

static Object *sys_getswitchinterval(Object *self, Object *unused) {
    return float_from_double(switch_interval);
}

static Object *sys_setswitchinterval(Object *self, Object *arg) {
    double d = float_as_double(arg);
    if (d == -1.0 && err_occurred()) return NULL;
    if (d <= 0.0) return err_format(&Exc_ValueError, "switch interval must be strictly positive");
    switch_interval = d;
    RETURN_NONE;
}

/* sys.displayhook: show repr(value) on stdout and keep it in builtins._ (None is not shown). */
static Object *sys_displayhook(Object *self, Object *value) {
    if (value == NONE) RETURN_NONE;
    Object *bd = vm_builtins();
    if (dict_setitem(bd, ID(_), NONE) < 0) return NULL;
    Object *out = vm_sys_get("stdout");
    if (!out || out == NONE) return err_format(&Exc_RuntimeError, "lost sys.stdout");
    Object *r = obj_repr(value);
    if (!r) return NULL;
    Object *nl = str_from_cstr("\n");
    Object *ok = nl ? obj_call_method(out, "write", &r, 1) : NULL;
    DECREF(r);
    if (ok) { DECREF(ok); ok = obj_call_method(out, "write", &nl, 1); }
    XDECREF(nl);
    if (!ok) return NULL;
    DECREF(ok);
    if (dict_setitem(bd, ID(_), value) < 0) return NULL;
    RETURN_NONE;
}

static Object *sys_excepthook(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("excepthook", nargs, 3, 3) < 0) return NULL;
    if (IS_EXCEPTION(args[1])) vm_print_exception(args[1]);
    RETURN_NONE;
}

static Object *sys_exception(Object *self, Object *unused) {
    return NEWREF(tstate.exc_info ? tstate.exc_info : NONE);
}

static Object *sys_exc_info(Object *self, Object *unused) {
    Object *e = tstate.exc_info;
    if (!e || e == NONE) return tuple_pack(3, NONE, NONE, NONE);
    Object *tb = exc_get_traceback(e);
    return tuple_pack(3, (Object *)TYPE(e), e, tb ? tb : NONE);
}

static Object *sys_getframe(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("_getframe", nargs, 0, 1) < 0) return NULL;
    long depth = 0;
    if (nargs) { depth = int_as_long(args[0]); if (depth == -1 && err_occurred()) return NULL; }
    return vm_frame_object_at(depth);
}

static Object *sys_get_int_max_str_digits(Object *self, Object *unused) {
    return int_from_long(int_max_str_digits);
}

static Object *sys_set_int_max_str_digits(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"maxdigits", NULL};
    Object *a[1] = {NULL};
    if (args_parse("set_int_max_str_digits", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    long n = int_as_long(a[0]);
    if (n == -1 && err_occurred()) return NULL;
    if (n != 0 && n < 640)
        return err_format(&Exc_ValueError, "maxdigits must be 0 or larger than %d", 640);
    int_max_str_digits = (int)n;
    RETURN_NONE;
}

#define FAST(f)   (void *)(f), METH_FASTCALL
#define FASTKW(f) (void *)(f), METH_FASTCALL | METH_KEYWORDS
static MethodDef sys_methods[] = {
    {"getrefcount", (void *)sys_getrefcount, METH_O, NULL},
    {"getsizeof", FASTKW(sys_getsizeof), NULL},
    {"intern", (void *)sys_intern, METH_O, NULL},
    {"getrecursionlimit", (void *)sys_getrecursionlimit, METH_NOARGS, NULL},
    {"setrecursionlimit", (void *)sys_setrecursionlimit, METH_O, NULL},
    {"exit", FAST(sys_exit), NULL},
    {"getallocatedblocks", (void *)sys_getallocatedblocks, METH_NOARGS, NULL},
    {"getdefaultencoding", (void *)sys_getdefaultencoding, METH_NOARGS, NULL},
    {"getfilesystemencoding", (void *)sys_getdefaultencoding, METH_NOARGS, NULL},
    {"displayhook", (void *)sys_displayhook, METH_O, NULL},
    {"unraisablehook", (void *)vm_default_unraisablehook, METH_O, NULL},
    {"is_finalizing", (void *)sys_is_finalizing, METH_NOARGS, NULL},
    {"getswitchinterval", (void *)sys_getswitchinterval, METH_NOARGS, NULL},
    {"setswitchinterval", (void *)sys_setswitchinterval, METH_O, NULL},
    {"excepthook", FAST(sys_excepthook), NULL},
    {"exception", (void *)sys_exception, METH_NOARGS, NULL},
    {"exc_info", (void *)sys_exc_info, METH_NOARGS, NULL},
    {"_getframe", FAST(sys_getframe), NULL},
    {"get_int_max_str_digits", (void *)sys_get_int_max_str_digits, METH_NOARGS, NULL},
    {"set_int_max_str_digits", FASTKW(sys_set_int_max_str_digits), NULL},
    {"set_asyncgen_hooks", FASTKW(async_gen_set_hooks), NULL},          /* genobject.c */
    {"get_asyncgen_hooks", (void *)async_gen_get_hooks, METH_NOARGS, NULL},
    {NULL}
};

/* ---- the descriptive values --------------------------------------------------------------- */

/* Build a struct sequence from a printf-like list: 'i' long, 'd' double, 's' C string,
 * 'b' bool, 'o' object (borrowed). */
static Object *make_info(TypeObject *t, const char *kinds, ...) {
    va_list va;
    Object *items[32];
    int n = 0;
    va_start(va, kinds);
    for (const char *k = kinds; *k; k++, n++) {
        switch (*k) {
        case 'i': items[n] = int_from_long(va_arg(va, long)); break;
        case 'd': items[n] = float_from_double(va_arg(va, double)); break;
        case 's': items[n] = str_from_cstr(va_arg(va, const char *)); break;
        case 'b': items[n] = bool_from(va_arg(va, int)); break;
        default:  items[n] = NEWREF(va_arg(va, Object *)); break;
        }
        if (!items[n]) { va_end(va); while (n--) DECREF(items[n]); return NULL; }
    }
    va_end(va);
    Object *r = structseq_new(t, items, n);
    while (n--) DECREF(items[n]);
    return r;
}

static int add_infos(Object *m) {
    static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
    static const char *const flags_fields[] = {"debug", "inspect", "interactive", "optimize",
        "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
        "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
        "warn_default_encoding", "safe_path", "int_max_str_digits", NULL};
    static const char *const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
        "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
    static const char *const hash_fields[] = {"width", "modulus", "inf", "nan", "imag",
        "algorithm", "hash_bits", "seed_bits", "cutoff", NULL};
    static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit",
        "default_max_str_digits", "str_digits_check_threshold", NULL};
    static const char *const impl_fields[] = {"name", "cache_tag", "version", "hexversion", NULL};
    if (structseq_init_type(&VersionInfoType, "sys.version_info", version_fields) < 0 ||
        structseq_init_type(&FlagsType, "sys.flags", flags_fields) < 0 ||
        structseq_init_type(&FloatInfoType, "sys.float_info", float_fields) < 0 ||
        structseq_init_type(&HashInfoType, "sys.hash_info", hash_fields) < 0 ||
        structseq_init_type(&IntInfoType, "sys.int_info", int_fields) < 0 ||
        structseq_init_type(&ImplementationType, "sys.implementation", impl_fields) < 0)
        return -1;
    Object *vi = make_info(&VersionInfoType, "iiisi", 3L, 11L, 7L, "final", 0L);
    if (!vi || module_add(m, "version_info", NEWREF(vi)) < 0) { XDECREF(vi); return -1; }
    const char *seed = getenv("PYTHONHASHSEED");
    bool randomized = !(seed && strcmp(seed, "0") == 0);
    Object *impl = make_info(&ImplementationType, "sooi", "ouro", NONE, vi, 0x030b07f0L);
    DECREF(vi);
    if (module_add(m, "implementation", impl) < 0 ||
        module_add(m, "flags", make_info(&FlagsType, "iiiiiiiiiiiiiiiiii", 0L, 0L, 0L, 0L, 0L, 0L, 0L,
                   0L, 0L, 0L, 0L, (long)randomized, 0L, 0L, 0L, 0L, 0L, -1L)) < 0 ||
        module_add(m, "float_info", make_info(&FloatInfoType, "diidiiiidii", DBL_MAX, (long)DBL_MAX_EXP,
                   (long)DBL_MAX_10_EXP, DBL_MIN, (long)DBL_MIN_EXP, (long)DBL_MIN_10_EXP, (long)DBL_DIG,
                   (long)DBL_MANT_DIG, DBL_EPSILON, 2L, 1L)) < 0 ||
        module_add(m, "hash_info", make_info(&HashInfoType, "iiiiisiii", 64L, (long)HASH_MODULUS,
                   (long)HASH_INF, 0L, (long)HASH_IMAG, "siphash13", 64L, 128L, 0L)) < 0 ||
        module_add(m, "int_info", make_info(&IntInfoType, "iiii", 30L, 4L, 4300L, 640L)) < 0)
        return -1;
    return 0;
}

static int sys_module_init(Object *m) {
    if (add_infos(m) < 0) return -1;
    Object *path = list_new(0), *modules = dict_new();
    if (module_add(m, "path", path) < 0 || module_add(m, "modules", modules) < 0) return -1;
    Object *names = tuple_new(0);
    int n = 0;
    while (builtin_module_table[n]) n++;
    SETREF(names, tuple_new(n + 1));
    if (!names) return -1;
    TUPLE_SET(names, 0, str_from_cstr("builtins"));
    for (int i = 0; i < n; i++) TUPLE_SET(names, i + 1, str_from_cstr(builtin_module_table[i]->name));
    for (int i = 0; i <= n; i++) if (!TUPLE_GET(names, i)) { DECREF(names); return -1; }
    if (module_add(m, "builtin_module_names", names) < 0) return -1;
    Object *in = stream_std(0), *out = stream_std(1), *err = stream_std(2);
    if (!in || !out || !err) { XDECREF(in); XDECREF(out); XDECREF(err); return -1; }
    int bad = module_add(m, "__stdin__", NEWREF(in)) < 0 || module_add(m, "stdin", in) < 0 ||
              module_add(m, "__stdout__", NEWREF(out)) < 0 || module_add(m, "stdout", out) < 0 ||
              module_add(m, "__stderr__", NEWREF(err)) < 0 || module_add(m, "stderr", err) < 0;
    if (bad) return -1;
    Object *d = MODULE_DICT(m);
    Object *hook = dict_getitem_str(d, "displayhook"), *ehook = dict_getitem_str(d, "excepthook");
    Object *uhook = dict_getitem_str(d, "unraisablehook");
    if (module_add(m, "__displayhook__", NEWREF(hook)) < 0 ||
        module_add(m, "__unraisablehook__", NEWREF(uhook)) < 0 ||
        module_add(m, "__excepthook__", NEWREF(ehook)) < 0 ||
        module_add(m, "maxsize", int_from_ssize(PTRDIFF_MAX)) < 0 ||
        module_add(m, "maxunicode", int_from_long(0x10ffff)) < 0 ||
        module_add(m, "byteorder", str_from_cstr("little")) < 0 ||
        module_add(m, "platform", str_from_cstr("linux")) < 0 ||
        module_add(m, "version", str_from_cstr("3.11.7 (ouro " OURO_VERSION ") [" __VERSION__ "]")) < 0 ||
        module_add(m, "hexversion", int_from_long(0x030b07f0L)) < 0 ||
        module_add(m, "api_version", int_from_long(1013)) < 0 ||
        module_add(m, "executable", str_from_cstr("")) < 0 ||
        module_add(m, "prefix", str_from_cstr("")) < 0 ||
        module_add(m, "exec_prefix", str_from_cstr("")) < 0 ||
        module_add(m, "base_prefix", str_from_cstr("")) < 0 ||
        module_add(m, "base_exec_prefix", str_from_cstr("")) < 0 ||
        module_add(m, "float_repr_style", str_from_cstr("short")) < 0 ||
        module_add(m, "dont_write_bytecode", bool_from(true)) < 0 ||
        module_add(m, "warnoptions", list_new(0)) < 0 ||
        module_add(m, "argv", list_new(0)) < 0 ||
        module_add(m, "orig_argv", list_new(0)) < 0)
        return -1;
    return 0;
}

ModuleDef sys_module_def = {"sys", "This module provides access to some objects used or maintained by the\ninterpreter.", sys_methods, sys_module_init};

/* sys.argv from the command line (argv[0] is the script, or "-c" / "" as CPython). */
int sys_set_argv(Object *sysmod, int argc, char **argv) {
    Object *list = list_new(0);
    if (!list) return -1;
    for (int i = 0; i < argc; i++) {
        Object *s = str_from_utf8_lossy(argv[i], -1);
        if (!s || list_append(list, s) < 0) { XDECREF(s); DECREF(list); return -1; }
        DECREF(s);
    }
    if (argc == 0) {
        Object *s = str_from_cstr("");
        if (!s || list_append(list, s) < 0) { XDECREF(s); DECREF(list); return -1; }
        DECREF(s);
    }
    return module_add(sysmod, "argv", list);
}
