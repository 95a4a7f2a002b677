/* hash.h — hashing of byte strings: SipHash-1-3 keyed per process, as CPython 3.11.  With
 * PYTHONHASHSEED=0 the key is zero, so hash("abc") equals CPython's; with PYTHONHASHSEED=N the
 * key comes from CPython's LCG over N; unset, from the OS's random source. */
#ifndef OURO_HASH_H
#define OURO_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_MODULUS   (((int64_t)1 << 61) - 1)   /* ints and floats hash modulo this prime */
#define HASH_BITS      61
#define HASH_INF       314159
#define HASH_IMAG      1000003                     /* multiplier for complex */

void    hash_init(void);                        /* reads PYTHONHASHSEED */
/* Hash of n bytes; never -1 (CPython maps -1 to -2).  Empty input hashes to 0. */
int64_t hash_bytes(const void *p, size_t n);
int64_t hash_pointer(const void *p);            /* object identity hash, as CPython */

#endif
