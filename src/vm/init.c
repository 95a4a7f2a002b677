/* init.c — starting and stopping the runtime.
 *
 * Start-up readies the built-in types group by group (strings first: every type's dict is keyed
 * by interned strings), then builds builtins, sys and __main__.  Shut-down clears __main__ the way
 * CPython clears module dicts (names beginning with one underscore first, then the rest, each
 * replaced by None in dict order), so finalizers (__del__) run in the order CPython runs them,
 * and flushes the standard streams. */
#include "vm.h"
#include "builtins.h"
#include "../modules/modules.h"
#include "../runtime/gc.h"
#include "frame.h"
#include <string.h>

static Object *sys_module, *main_module;

Object *vm_sys_get(const char *name) {
    if (!sys_module) return NULL;
    Object *v = dict_getitem_str(MODULE_DICT(sys_module), name);
    if (!v && err_occurred()) err_clear();
    return v;
}

Object *vm_main_module(void) { return main_module; }
Object *vm_sys_module(void) { return sys_module; }

static int make_sys(int argc, char **argv) {
    sys_module = module_from_def(&sys_module_def);
    if (!sys_module) return -1;
    Object *modules = vm_sys_modules();
    if (!modules || dict_setitem_str(modules, "sys", sys_module) < 0 ||
        dict_setitem_str(modules, "builtins", builtins_module_object()) < 0)
        return -1;
    return sys_set_argv(sys_module, argc, argv);
}

static int make_main(void) {
    Object *name = str_from_cstr("__main__");
    main_module = name ? module_new(name) : NULL;
    XDECREF(name);
    if (!main_module) return -1;
    Object *d = MODULE_DICT(main_module);
    if (dict_setitem(d, ID(__builtins__), builtins_module_object()) < 0) return -1;
    return dict_setitem_str(vm_sys_modules(), "__main__", main_module);
}

static Object *handled_exception(void) {
    Object *e = tstate.exc_info;
    return e == NONE ? NULL : e;
}

/* The objects layer asks the VM through these hooks (it must not call into vm/ itself). */
static void fill_hooks(void) {
    hook_get_globals = vm_globals;
    hook_get_locals = vm_locals;
    hook_handled_exception = handled_exception;
    hook_print_exception = vm_print_exception_unchained;   /* used by err_write_unraisable */
    exc_traceback_type = &TracebackType;
}

int vm_init(int argc, char **argv) {
    gc_init();
    strings_init();
    containers_init();
    numbers_init();
    descr_init();
    types_init();
    exceptions_init();
    vm_types_init();
    weakref_init();
    ceval_init();
    fill_hooks();
    if (builtins_init() < 0 || make_sys(argc, argv) < 0 || make_main() < 0) return -1;
    return 0;
}

/* Set every value of d to None: first the names that start with one underscore, then the others
 * (__builtins__ stays), as CPython's _PyModule_ClearDict. */
static void clear_module_dict(Object *d) {
    for (int pass = 0; pass < 2; pass++) {
        Object *keys = dict_keys_list(d);
        if (!keys) { err_clear(); return; }
        for (ssize_t i = 0; i < LIST_LEN(keys); i++) {
            Object *k = LIST_GET(keys, i);
            if (!IS_STR(k)) continue;
            bool underscore = STR_LEN(k) >= 1 && STR_AT(k, 0) == '_' &&
                              !(STR_LEN(k) >= 2 && STR_AT(k, 1) == '_');
            if (pass == 0 ? !underscore : (underscore || str_eq_cstr(k, "__builtins__"))) continue;
            if (dict_setitem(d, k, NONE) < 0) err_clear();
        }
        DECREF(keys);
    }
}

void vm_fini(void) {
    weakref_atexit();
    stream_flush_all();
    /* CPython's PyGC_Collect before the modules are torn down: garbage cycles die while
     * everything is intact (their __del__ and weakref callbacks run), if gc is enabled. */
    if (gc_state.enabled && gc_collect(GC_NUM_GENERATIONS - 1) < 0) err_clear();
    if (main_module) {
        clear_module_dict(MODULE_DICT(main_module));
        if (err_occurred()) err_clear();
    }
    /* Cycles still alive get their finalizers run, as at CPython's exit. */
    gc_collect_no_fail();
    stream_flush_all();
    CLEAR(main_module);
}
