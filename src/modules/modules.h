/* modules.h — the built-in modules (one file each) and the table import finds them in. */
#ifndef OURO_MODULES_H
#define OURO_MODULES_H

#include "../objects/objects.h"
#include "../vm/vm.h"

/* The built-in modules, for import (modules.c holds the table). */
extern ModuleDef *const builtin_module_table[];
ModuleDef *builtin_module_find(const char *name);

/* sys (sys.c) is created by vm_init, before anything can import. */
extern ModuleDef sys_module_def;
extern ModuleDef gc_module_def;     /* gcmodule.c */
/* _weakref, weakref and _weakrefset (weakrefmodule.c).  weakref_init readies the weak
 * reference types (vm_init); weakref_atexit runs the weakref.finalize objects still alive
 * at exit (vm_fini, where CPython runs its atexit functions). */
extern ModuleDef weakref_c_module_def, weakref_module_def, weakrefset_module_def;
void weakref_init(void);
void weakref_atexit(void);
extern ModuleDef ctypes_module_def; /* ctypes.c */
int sys_set_argv(Object *sysmod, int argc, char **argv);

/* The standard streams (stream.c). */
extern TypeObject TextStreamType;
Object *stream_std(int fd);                                   /* new reference */
int     stream_write_cstr(Object *stream, const char *text, ssize_t n);
Object *stream_readline_obj(Object *stream);                 /* new reference */
void    stream_flush_all(void);

#endif
