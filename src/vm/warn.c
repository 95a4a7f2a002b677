/* warn.c — the VM's side of warnings raised from C (err_warn and err_warn_explicit in
 * objects/errors.h, the compiler's SyntaxWarnings among them).  They go through the warnings
 * module, as CPython's go through its _warnings, so filters ("error", "ignore",
 * catch_warnings(record=True)) and the "file:line: Category: message" output with the source
 * line apply to them exactly as to warnings.warn() called from Python. */
#include "vm.h"
#include "../objects/objects.h"

/* Call warnings.<name>(*args): 0, or -1 with the exception (a warning turned into an error). */
static int call_warnings(const char *name, Object *const *args, ssize_t nargs) {
    Object *m = vm_import_cstr("warnings");
    Object *f = m ? obj_getattr_str(m, name) : NULL;
    XDECREF(m);
    Object *r = f ? obj_call(f, args, nargs, NULL) : NULL;
    XDECREF(f);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Late in shut-down the modules are gone and CPython's _warnings does not import warnings again:
 * it writes "file:line: Category: message" itself, blaming "sys:1" when no Python code runs,
 * with no filters and no tracemalloc hint. */
int vm_warn_late(TypeObject *category, Object *message, Object *filename, int lineno) {
    Object *text = filename ? str_from_format("%S:%d: %s: %S\n", filename, lineno,
                                              category->tp_name, message)
                            : str_from_format("sys:1: %s: %S\n", category->tp_name, message);
    Object *file = vm_sys_get("stderr");
    if (text && file && file != NONE) {
        Object *r = obj_call_method(file, "write", &text, 1);
        XDECREF(r);
    }
    XDECREF(text);
    if (err_occurred()) err_clear();
    return 0;
}

/* stacklevel counts as PyErr_WarnEx's: 1 is the Python code that called into C, which is the
 * caller of warnings.warn here since no Python frame stands between them. */
static int vm_warn(TypeObject *category, Object *message, int stacklevel) {
    if (vm_modules_removed) return vm_warn_late(category, message, NULL, 0);
    Object *level = int_from_long(stacklevel);
    if (!level) return -1;
    Object *args[3] = {message, (Object *)category, level};
    int r = call_warnings("warn", args, 3);
    DECREF(level);
    return r;
}

static int vm_warn_explicit(TypeObject *category, Object *message, Object *filename, int lineno) {
    if (vm_modules_removed) return vm_warn_late(category, message, filename, lineno);
    Object *line = int_from_long(lineno);
    if (!line) return -1;
    Object *args[4] = {message, (Object *)category, filename, line};
    int r = call_warnings("warn_explicit", args, 4);
    DECREF(line);
    return r;
}

void vm_warnings_init(void) {
    hook_warn = vm_warn;
    hook_warn_explicit = vm_warn_explicit;
}
