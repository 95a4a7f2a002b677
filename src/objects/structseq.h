/* structseq.h — named tuple types defined from C (structseq.c). */
#ifndef OURO_STRUCTSEQ_H
#define OURO_STRUCTSEQ_H

#include "../runtime/object.h"

/* Fill the (zeroed, static) type t: a tuple subclass called `name` ("sys.version_info") with the
 * NULL-terminated field names; -1 on error. */
int     structseq_init_type(TypeObject *t, const char *name, const char *const *fields);
/* The same with hidden fields (CPython's n_sequence_fields < n_fields): the first n_in_sequence
 * fields are the tuple's items, the others only attributes (time.struct_time's tm_zone).  Its
 * instances can be made from Python: T(sequence), as CPython's.  -1 on error. */
int     structseq_init_type_n(TypeObject *t, const char *name, const char *const *fields,
                              int n_in_sequence);
/* An instance holding n items (new references taken); new reference.  For a type with hidden
 * fields, n is the number of all the fields and the length is n_in_sequence. */
Object *structseq_new(TypeObject *t, Object *const *items, ssize_t n);

#endif
