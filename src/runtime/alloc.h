/* alloc.h — the small-object allocator's counters and queries (alloc.c).  mem_alloc and friends
 * are declared in object.h, since every object file uses them. */
#ifndef OURO_ALLOC_H
#define OURO_ALLOC_H

#include "object.h"

typedef struct MemStats {
    size_t small_blocks;        /* blocks of <= 512 bytes in use */
    size_t large_blocks;        /* blocks handed to malloc, in use */
    size_t arenas;              /* arenas held now */
    size_t arenas_highwater;    /* the most ever held at once */
} MemStats;
extern MemStats mem_stats;

bool   mem_is_small_block(const void *p);  /* p lies in one of the allocator's arenas */
size_t mem_block_size(const void *p);      /* size class of a small block; 0 for others */

#endif
