/* api.c — the public embedding API (include/ouro.h) over the VM. */
#include "../../include/ouro.h"
#include "vm.h"
#include "builtins.h"
#include "../compiler/compiler.h"
#include "../modules/modules.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *last_error;

static void set_last_error(Object *exc) {
    free(last_error);
    last_error = NULL;
    Object *msg = obj_str(exc);
    if (!msg) err_clear();
    const char *m = msg ? str_as_utf8(msg) : "";
    if (!m) { err_clear(); m = ""; }
    const char *name = TYPE(exc)->tp_name, *dot = strrchr(name, '.');
    size_t n = strlen(name) + strlen(m) + 3;
    last_error = malloc(n);
    if (last_error) snprintf(last_error, n, *m ? "%s: %s" : "%s", dot ? dot + 1 : name, m);
    XDECREF(msg);
}

int ouro_init(int argc, char **argv) { return vm_init(argc, argv); }

/* Run code in __main__; on failure keep the exception's text (SystemExit: 1000 + status). */
static int run_code(Object *code) {
    Object *d = MODULE_DICT(vm_main_module());
    Object *r = code ? vm_eval_code(code, d, d) : NULL;
    XDECREF(code);
    if (r) { DECREF(r); stream_flush_all(); return 0; }
    Object *exc = err_fetch();
    stream_flush_all();
    if (!exc) return -1;
    if (IS_INSTANCE(exc, &Exc_SystemExit)) {
        Object *c = ((SystemExitObject *)exc)->code;
        long status = (!c || c == NONE) ? 0 : (IS_INT(c) ? int_as_long(c) : 1);
        if (err_occurred()) err_clear();
        DECREF(exc);
        return 1000 + (int)status;
    }
    set_last_error(exc);
    DECREF(exc);
    return -1;
}

int ouro_run_string(const char *source, const char *filename) {
    Object *fn = str_from_cstr(filename ? filename : "<string>");
    Object *code = fn ? compile_source(source, (ssize_t)strlen(source), fn, MODE_EXEC) : NULL;
    XDECREF(fn);
    return run_code(code);
}

int ouro_run_file(const char *path) {
    ssize_t len;
    char *src = vm_read_file(path, &len);
    if (!src) return run_code(NULL);
    Object *fn = str_from_cstr(path);
    Object *code = fn ? compile_source(src, len, fn, MODE_EXEC) : NULL;
    XDECREF(fn);
    mem_free(src);
    return run_code(code);
}

const char *ouro_error(void) { return last_error; }

void ouro_finalize(void) {
    vm_fini();
    free(last_error);
    last_error = NULL;
}
