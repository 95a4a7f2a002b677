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

/* stacklevel counts as PyErr_WarnEx's: 1 is the Python code that called into C, which is the
 * caller of warnings.warn here since no Python frame stands between them. */
static int vm_warn(TypeObject *category, Object *message, int stacklevel) {
    Object *level = int_from_long(stacklevel);
    if (!level) return -1;
    Object *args[3] = {message, (Object *)category, level};
    int r = call_warnings("warn", args, 3);
    DECREF(level);
    return r;
}

static int vm_warn_explicit(TypeObject *category, Object *message, Object *filename, int lineno) {
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
