/* vm.h — the virtual machine's interface to the rest of ouro: running code, the current thread
 * state (frames, handled exception, recursion depth), builtins and imports. */
#ifndef OURO_VM_H
#define OURO_VM_H

#include "../runtime/object.h"
#include "../objects/code.h"

/* Run a code object in the given namespaces (locals may equal globals, or be NULL for it). */
Object *vm_eval_code(Object *code, Object *globals, Object *locals);
/* The call entry of Python functions (FunctionObject.vectorcall). */
Object *vm_call_function(Object *func, Object *const *args, ssize_t nargs, Object *kwnames);

/* Run a class body: func's code with `ns` as its locals mapping (builtins.__build_class__).
 * Returns the __class__ cell if the body created one, else None. */
Object *vm_run_class_body(Object *func, Object *ns);

/* The thread state: one interpreter, one thread. */
typedef struct Frame Frame;             /* vm/frame.h: the executing frame */
typedef struct ThreadState {
    Frame *frame;                       /* the innermost running frame, or NULL */
    Object *exc_info;                   /* the exception being handled (sys.exc_info()[1]) or NULL */
} ThreadState;
extern ThreadState tstate;

Object *vm_builtins(void);              /* borrowed: the builtins module's dict */
Object *vm_globals(void);               /* borrowed: the running frame's globals or NULL */
Object *vm_locals(void);                /* new ref: the running frame's locals mapping */
Object *vm_current_frame_object(void);  /* new ref: a frame object for sys._getframe, tracebacks */
/* sys._getframe(depth): new ref; ValueError "call stack is not deep enough". */
Object *vm_frame_object_at(long depth);
/* Add a traceback entry for the running frame to exc's __traceback__. */
void    vm_add_traceback_entry(Object *exc);

/* Import of modules: built-in (from the table in modules/) and, later, .py files. */
Object *vm_import(Object *name, Object *globals, Object *fromlist, int level);
/* The import statement (IMPORT_NAME): builtins.__import__(name, globals, locals or None,
 * fromlist, level) when a program replaced it, else the import machinery directly, as CPython.
 * New reference. */
Object *vm_import_name(Object *builtins, Object *name, Object *globals, Object *locals,
                       Object *fromlist, Object *level);
Object *vm_import_cstr(const char *name);
Object *vm_sys_modules(void);           /* borrowed: sys.modules */
Object *vm_sys_get(const char *name);   /* borrowed: an attribute of sys, or NULL */

/* Print exc with its chain and traceback on sys.stderr in CPython's format. */
void    vm_print_exception(Object *exc);
/* "Exception ignored <what>: <repr of obj>" (obj may be NULL) and exc without its chain, as
 * CPython's default unraisable hook; silent when sys.stderr is missing or None. */
void    vm_write_unraisable(Object *exc, const char *what, Object *obj);
/* sys.unraisablehook's default (METH_O): prints an UnraisableHookArgs as the above. */
Object *vm_default_unraisablehook(Object *self, Object *args);

/* Route warnings raised from C (err_warn*, objects/errors.h) to the warnings module (warn.c). */
void    vm_warnings_init(void);
/* The same once the modules are gone (shut-down): "file:line: Category: message" written
 * directly, "sys:1" for filename NULL, as CPython's _warnings then.  Always 0. */
int     vm_warn_late(TypeObject *category, Object *message, Object *filename, int lineno);

/* Set by vm_fini once the modules are out of sys.modules: CPython's tracebacks show no source
 * lines from then on (reading them needs the io module, which is gone). */
extern bool vm_modules_removed;

/* Start-up and shut-down of the whole runtime (called by the embedding API). */
int     vm_init(int argc, char **argv);
void    vm_fini(void);
Object *vm_main_module(void);           /* borrowed: __main__ */
Object *vm_sys_module(void);            /* borrowed: sys */
void    ceval_init(void);               /* fills the hooks of abstract.h (ceval.c) */
/* Read a whole file (mem_alloc'd, NUL-terminated) / run it as a module's body (import.c). */
char   *vm_read_file(const char *path, ssize_t *len);
int     vm_exec_file_in(Object *module, const char *path);
void    vm_types_init(void);    /* readies function, cell, method, module, code, frame, traceback types */

#endif
