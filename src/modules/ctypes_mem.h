/* ctypes_mem.h — checked access to memory of unknown provenance, for the ctypes module
 * (ctypes_mem.c).  Every function fails with ValueError "ctypes: address 0x... is not readable
 * memory" (or "writable") instead of faulting when the range is not mapped that way. */
#ifndef OURO_CTYPES_MEM_H
#define OURO_CTYPES_MEM_H

#include "../objects/objects.h"

int     ct_mem_read(void *dst, uintptr_t addr, size_t n);          /* 0 or -1 */
int     ct_mem_write(uintptr_t addr, const void *src, size_t n);   /* 0 or -1 */
Object *ct_mem_cstring(uintptr_t addr);         /* bytes up to the first NUL: new reference */
Object *ct_mem_bytes(uintptr_t addr, ssize_t n);  /* n bytes as a bytes object */
/* The object whose header is at addr, as a new reference (py_object's value), or ValueError
 * when the address cannot hold a live object. */
Object *ct_mem_object(uintptr_t addr);
/* Tests: copy through the pipe fallback even where process_vm_readv/writev are allowed. */
void    ct_mem_use_pipe(bool on);

#endif
