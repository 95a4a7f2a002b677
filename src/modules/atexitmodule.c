/* atexitmodule.c — atexit: functions to call at normal program termination.
 *
 * The callbacks live in one array, in registration order; vm_fini runs them newest first
 * (atexit_run_all), before anything is torn down, as CPython runs them at the start of
 * Py_FinalizeEx.  unregister() empties slots rather than closing the gap, and _ncallbacks()
 * counts slots, as CPython 3.11 does (so it does not drop after unregister).  An exception
 * in a callback, SystemExit included, is reported as "Exception ignored in atexit callback"
 * and the next callback runs. */
#include "modules.h"

/* A callback with its arguments kept as the call will pass them: the positional ones followed by
 * the keyword values, and the keyword names (NULL without). */
typedef struct {
    Object *func, *args, *kwnames;  /* owned; func NULL in an empty slot */
} Callback;

static Callback *callbacks;
static ssize_t ncallbacks, capacity;

static void callback_clear(Callback *cb) {
    CLEAR(cb->func);
    CLEAR(cb->args);
    CLEAR(cb->kwnames);
}

static void clear_all(void) {
    /* Take the array first: a callback's args may die here and register more. */
    Callback *old = callbacks;
    ssize_t n = ncallbacks;
    callbacks = NULL;
    ncallbacks = capacity = 0;
    for (ssize_t i = 0; i < n; i++) callback_clear(&old[i]);
    mem_free(old);
}

void atexit_run_all(void) {
    Object *pending = err_fetch();
    while (ncallbacks > 0) {
        Callback cb = callbacks[--ncallbacks];
        if (!cb.func) continue;
        ssize_t nkw = cb.kwnames ? TUPLE_LEN(cb.kwnames) : 0;
        Object *r = obj_call(cb.func, TUPLE_ITEMS(cb.args), TUPLE_LEN(cb.args) - nkw, cb.kwnames);
        if (r) DECREF(r);
        else err_write_unraisable_msg("in atexit callback", cb.func);
        callback_clear(&cb);
    }
    clear_all();
    err_restore(pending);
}

/* register(func, *args, **kwargs) -> func */
static Object *atexit_register(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs < 1)
        return err_format(&Exc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!obj_callable(args[0]))
        return err_format(&Exc_TypeError, "the first argument must be callable");
    if (ncallbacks == capacity) {
        ssize_t cap = capacity ? 2 * capacity : 16;
        Callback *nc = mem_realloc(callbacks, (size_t)cap * sizeof *nc);
        if (!nc) return err_no_memory();
        callbacks = nc;
        capacity = cap;
    }
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    Object *rest = tuple_from_array(args + 1, nargs - 1 + nkw);
    if (!rest) return NULL;
    callbacks[ncallbacks++] = (Callback){NEWREF(args[0]), rest, kwnames ? NEWREF(kwnames) : NULL};
    return NEWREF(args[0]);
}

static Object *atexit_unregister(Object *m, Object *func) {
    for (ssize_t i = 0; i < ncallbacks; i++) {
        if (!callbacks[i].func) continue;
        int eq = obj_richcompare_bool(callbacks[i].func, func, CMP_EQ);
        if (eq < 0) return NULL;
        if (eq) callback_clear(&callbacks[i]);
    }
    RETURN_NONE;
}

static Object *atexit_run_exitfuncs(Object *m, Object *unused) {
    atexit_run_all();
    RETURN_NONE;
}

static Object *atexit_clear(Object *m, Object *unused) {
    clear_all();
    RETURN_NONE;
}

static Object *atexit_ncallbacks(Object *m, Object *unused) { return int_from_ssize(ncallbacks); }

static MethodDef atexit_methods[] = {
    {"register", (void *)atexit_register, METH_FASTCALL | METH_KEYWORDS,
     "register(func, *args, **kwargs) -> func\n\n"
     "Register a function to be executed upon normal program termination\n\n"
     "    func - function to be called at exit\n"
     "    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n"
     "    func is returned to facilitate usage as a decorator."},
    {"unregister", (void *)atexit_unregister, METH_O,
     "unregister(func) -> None\n\n"
     "Unregister an exit function which was previously registered using\n"
     "atexit.register\n\n"
     "    func - function to be unregistered"},
    {"_run_exitfuncs", (void *)atexit_run_exitfuncs, METH_NOARGS,
     "_run_exitfuncs() -> None\n\n"
     "Run all registered exit functions.\n\n"
     "If a callback raises an exception, it is logged with sys.unraisablehook."},
    {"_clear", (void *)atexit_clear, METH_NOARGS,
     "_clear() -> None\n\n"
     "Clear the list of previously registered exit functions."},
    {"_ncallbacks", (void *)atexit_ncallbacks, METH_NOARGS,
     "_ncallbacks() -> int\n\n"
     "Return the number of registered exit functions."},
    {NULL}
};

ModuleDef atexit_module_def = {
    "atexit",
    "allow programmer to define multiple exit functions to be executed\n"
    "upon normal program termination.\n\n"
    "Two public functions, register and unregister, are defined.\n",
    atexit_methods,
    NULL,
};
