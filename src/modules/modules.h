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
 * reference types (vm_init). */
extern ModuleDef weakref_c_module_def, weakref_module_def, weakrefset_module_def;
void weakref_init(void);
/* atexit (atexitmodule.c); atexit_run_all calls the callbacks, newest first (vm_fini). */
extern ModuleDef atexit_module_def;
extern ModuleDef errno_module_def;     /* errnomodule.c */
extern ModuleDef codecs_c_module_def;  /* _codecs (codecsmodule.c) */
extern ModuleDef binascii_module_def;  /* binasciimodule.c */
extern ModuleDef hashlib_module_def;   /* hashlibmodule.c */
void atexit_run_all(void);
extern ModuleDef ctypes_module_def; /* ctypes.c */
extern ModuleDef collections_c_module_def;  /* _collections (collectionsmodule.c) */
extern ModuleDef types_c_module_def;        /* _types: SimpleNamespace (typesmodule.c) */
extern ModuleDef itertools_module_def;  /* itertoolsmodule.c */
extern ModuleDef functools_c_module_def;    /* _functools: functoolsmodule.c */
extern ModuleDef json_c_module_def;         /* _json: jsonmodule.c */
extern ModuleDef struct_c_module_def;       /* _struct: structmodule.c */
extern ModuleDef array_module_def;          /* arraymodule.c */
extern ModuleDef math_module_def;  /* mathmodule.c */
extern ModuleDef operator_module_def;  /* operatormodule.c */
extern ModuleDef bisect_module_def;  /* bisectmodule.c */
extern ModuleDef heapq_module_def;  /* heapqmodule.c */
extern ModuleDef random_module_def;  /* randommodule.c */
extern ModuleDef ouro_module_def;   /* ouromodule.c: _ouro, helpers for src/lib */
int sys_set_argv(Object *sysmod, int argc, char **argv);

/* io and _io (iomodule.c), which also makes the standard streams.  TextStreamType is
 * io.TextIOWrapper; the stream_* functions work on any instance of it. */
extern ModuleDef io_module_def, io_c_module_def;
extern ModuleDef time_module_def;  /* timemodule.c */
extern ModuleDef cmath_module_def;  /* cmathmodule.c */
extern ModuleDef os_module_def;  /* osmodule.c */
int     io_types_ready(void);                                 /* readies the io types */
/* open(): the builtin and io.open (METH_FASTCALL | METH_KEYWORDS). */
Object *io_open(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
extern TypeObject TextStreamType;
/* sys.stdin/stdout/stderr for fd 0/1/2 (new reference).  stdout writes through at once when
 * stream_unbuffered is set (-u) or PYTHONUNBUFFERED is non-empty, as CPython's; stderr always. */
Object *stream_std(int fd);
extern bool stream_unbuffered;
int     stream_write_cstr(Object *stream, const char *text, ssize_t n);
Object *stream_readline_obj(Object *stream);                 /* new reference */
void    stream_flush_all(void);       /* flushes every buffered writer (exit, before input) */

#endif
