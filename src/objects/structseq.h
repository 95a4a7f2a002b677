/* structseq.h — named tuple types defined from C (structseq.c). */
#ifndef OURO_STRUCTSEQ_H
#define OURO_STRUCTSEQ_H

#include "../runtime/object.h"

/* Fill the (zeroed, static) type t: a tuple subclass called `name` ("sys.version_info") with the
 * NULL-terminated field names; -1 on error. */
int     structseq_init_type(TypeObject *t, const char *name, const char *const *fields);
/* An instance holding n items (new references taken); new reference. */
Object *structseq_new(TypeObject *t, Object *const *items, ssize_t n);

#endif
