/* intern.h — the table of interned strings (intern.c).
 *
 * As in CPython 3.11, the table holds NO counted reference: an interned string lives as long as
 * someone else holds it, and str's dealloc calls intern_remove() on the way out.  Only exact str
 * objects are interned; the `interned` state bit marks members. */
#ifndef OURO_INTERN_H
#define OURO_INTERN_H

#include "object.h"

/* The interned string equal to s (borrowed), or NULL when there is none.  s is a str. */
Object *intern_lookup(Object *s);
/* Add s (an exact str with no equal member); sets its interned bit.  -1 on MemoryError. */
int     intern_add(Object *s);
/* Forget s (called by str's dealloc for strings whose interned bit is set). */
void    intern_remove(Object *s);
ssize_t intern_count(void);

#endif
