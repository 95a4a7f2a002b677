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
int sys_set_argv(Object *sysmod, int argc, char **argv);

/* The standard streams (stream.c). */
extern TypeObject TextStreamType;
Object *stream_std(int fd);                                   /* new reference */
int     stream_write_cstr(Object *stream, const char *text, ssize_t n);
Object *stream_readline_obj(Object *stream);                 /* new reference */
void    stream_flush_all(void);

#endif
