/* builtins.h — the builtins module (builtins.c). */
#ifndef OURO_BUILTINS_H
#define OURO_BUILTINS_H

#include "../objects/objects.h"
#include "vm.h"

int     builtins_init(void);              /* creates the module; -1 on error */
Object *builtins_module_object(void);     /* borrowed */
void    builtins_fini(void);

#endif
