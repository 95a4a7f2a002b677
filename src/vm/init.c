/* init.c — starting and stopping the runtime.
 *
 * Start-up readies the built-in types group by group (strings first: every type's dict is keyed
 * by interned strings), then builds builtins, sys and __main__.  Shut-down follows CPython
 * 3.11's finalize_modules step by step (see vm_fini), because the order in which modules,
 * their dicts and the cycles through them die is what decides which finalizers (__del__) and
 * weakref callbacks a program sees at exit, and in which order. */
#include "vm.h"
#include "builtins.h"
#include "../modules/modules.h"
#include "../runtime/gc.h"
#include "frame.h"
#include "../objects/weakref.h"
#include <string.h>

static Object *sys_module, *main_module;
/* builtins' dict as start-up left it: restored at exit so what a program added there dies with
 * the program's modules (CPython's builtins_copy). */
static Object *builtins_copy;
bool vm_modules_removed;

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
    hook_write_unraisable = vm_write_unraisable;
    vm_warnings_init();
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
    builtins_copy = dict_copy(MODULE_DICT(builtins_module_object()));
    if (!builtins_copy) return -1;
    gc_set_start_state();
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

/* Set d[name] = value (borrowed), ignoring errors: shut-down goes on whatever happens. */
static void fini_set(Object *d, const char *name, Object *value) {
    if (dict_setitem_str(d, name, value) < 0) err_clear();
}

/* The sys attributes CPython drops first (finalize_modules_delete_special): what they hold
 * (the REPL's last exception, `_`) dies before the modules do; the streams go back to the
 * originals so output from finalizers still lands somewhere. */
static void fini_delete_special(Object *sysdict) {
    static const char *const drop[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__",
    };
    static const char *const streams[][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"},
    };
    fini_set(MODULE_DICT(builtins_module_object()), "_", NONE);
    for (size_t i = 0; i < sizeof drop / sizeof *drop; i++) fini_set(sysdict, drop[i], NONE);
    for (size_t i = 0; i < sizeof streams / sizeof *streams; i++) {
        Object *orig = dict_getitem_str(sysdict, streams[i][1]);
        if (!orig && err_occurred()) err_clear();
        fini_set(sysdict, streams[i][0], orig ? orig : NONE);
    }
}

/* Replace every value of sys.modules by None, in its order, so a module nothing else holds dies
 * now (its dict usually lives on in a cycle through its functions' __globals__, for the
 * collector).  Returns a new list of weak references to the modules, to clear the survivors
 * later; NULL (no error) if it cannot be made. */
static Object *fini_remove_modules(Object *modules) {
    Object *weaklist = list_new(0), *keys = dict_keys_list(modules);
    for (ssize_t i = 0; weaklist && keys && i < LIST_LEN(keys); i++) {
        Object *mod = dict_getitem(modules, LIST_GET(keys, i));
        if (mod && IS_MODULE(mod)) {
            Object *wr = weakref_new_ref(mod, NULL);
            if (!wr || list_append(weaklist, wr) < 0) err_clear();
            XDECREF(wr);
        }
        if (dict_setitem(modules, LIST_GET(keys, i), NONE) < 0) err_clear();
    }
    XDECREF(keys);
    if (err_occurred()) err_clear();
    return weaklist;
}

/* Modules still alive after the collection (something outside sys.modules held them) have
 * their globals cleared, last imported first, as CPython's finalize_modules_clear_weaklist;
 * sys and builtins are left for the end. */
static void fini_clear_survivors(Object *weaklist, Object *sysdict) {
    for (ssize_t i = LIST_LEN(weaklist) - 1; i >= 0; i--) {
        Object *mod = WEAKREF_GET(LIST_GET(weaklist, i));
        if (mod == NONE) continue;
        Object *d = MODULE_DICT(mod);
        if (!d || d == sysdict || d == MODULE_DICT(builtins_module_object())) continue;
        INCREF(mod);
        clear_module_dict(d);
        DECREF(mod);
    }
}

/* Give builtins back their start-up contents.  What the program stored there dies only after
 * the restore (a copy holds it meanwhile), so its finalizers still find print() & co. */
static void fini_restore_builtins(Object *builtins) {
    if (!builtins_copy) return;
    Object *old = dict_copy(builtins);
    if (!old) err_clear();
    dict_clear(builtins);
    if (dict_merge(builtins, builtins_copy, true) < 0) err_clear();
    CLEAR(builtins_copy);
    XDECREF(old);
}

/* Shut-down in CPython 3.11's order (Py_FinalizeEx, finalize_modules), which decides when each
 * finalizer and weakref callback runs and whether it runs at all:
 *   atexit callbacks; a collection while everything is intact (if gc is enabled);
 *   sys's special names dropped; every module taken out of sys.modules; builtins restored to
 *   their start-up contents; a full collection — __main__'s dict is garbage now, so its
 *   objects' __del__ run in the collector's order and weakref callbacks held by that garbage do
 *   not run; the globals of modules still alive cleared; sys and builtins emptied (print()
 *   finds no sys.stdout from then on); a last full collection. */
void vm_fini(void) {
    atexit_run_all();
    stream_flush_all();
    if (gc_state.enabled && gc_collect(GC_NUM_GENERATIONS - 1) < 0) err_clear();
    Object *sysdict = sys_module ? NEWREF(MODULE_DICT(sys_module)) : NULL;
    Object *modules = vm_sys_modules(), *weaklist = NULL;
    Object *builtins = MODULE_DICT(builtins_module_object());
    CLEAR(main_module);
    if (sysdict) fini_delete_special(sysdict);
    if (modules) {
        INCREF(modules);
        weaklist = fini_remove_modules(modules);
        dict_clear(modules);
        vm_modules_removed = true;
    }
    fini_restore_builtins(builtins);
    gc_collect_no_fail();
    if (weaklist) fini_clear_survivors(weaklist, sysdict);
    stream_flush_all();
    XDECREF(weaklist);
    if (sysdict) dict_clear(sysdict);
    dict_clear(builtins);
    XDECREF(sysdict);
    XDECREF(modules);
    gc_collect_no_fail();
    stream_flush_all();
    if (err_occurred()) err_clear();
}
