/* frozen.h — Python modules shipped inside the binary (src/lib, made into C data by
 * tools/embedpy at build time).  import looks here after the built-in C modules. */
#ifndef OURO_FROZEN_H
#define OURO_FROZEN_H

#include <stddef.h>

typedef struct FrozenModule {
    const char *name;           /* "collections" or "json.decoder" */
    const char *source;         /* UTF-8 text */
    size_t size;
    int is_package;
} FrozenModule;

extern const FrozenModule frozen_modules[];   /* ends with a NULL name */

#endif
