/* objects.h — every object header at once, for files that use many types. */
#ifndef OURO_OBJECTS_H
#define OURO_OBJECTS_H

#include "../runtime/object.h"
#include "../runtime/gc.h"
#include "../runtime/hash.h"
#include "abstract.h"
#include "errors.h"
#include "numbers.h"
#include "strings.h"
#include "containers.h"
#include "funcobj.h"
#include "code.h"

#endif
