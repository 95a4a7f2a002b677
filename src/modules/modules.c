/* modules.c — the table of modules built into ouro.  Each module lives in a file of its own in
 * this folder and exports its ModuleDef; import finds it here by name. */
#include "modules.h"
#include <string.h>

ModuleDef *const builtin_module_table[] = {
    &sys_module_def,
    &gc_module_def,
    &weakref_c_module_def,
    &weakref_module_def,
    &weakrefset_module_def,
    &ctypes_module_def,
    &collections_c_module_def,
    &io_module_def,
    &io_c_module_def,
    &types_c_module_def,
    &itertools_module_def,
    &functools_c_module_def,
    &json_c_module_def,
    &struct_c_module_def,
    &array_module_def,
    &math_module_def,
    &operator_module_def,
    &bisect_module_def,
    &heapq_module_def,
    &random_module_def,
    &time_module_def,
    &cmath_module_def,
    &os_module_def,
    &ouro_module_def,
    &atexit_module_def,
    &errno_module_def,
    &codecs_c_module_def,
    &binascii_module_def,
    &hashlib_module_def,
    NULL
};

ModuleDef *builtin_module_find(const char *name) {
    for (ModuleDef *const *d = builtin_module_table; *d; d++)
        if (strcmp((*d)->name, name) == 0) return *d;
    return NULL;
}
