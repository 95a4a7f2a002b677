/* gc.h — the link header of collectable objects, and tracking.
 *
 * As in CPython, an object whose type has TPFLAGS_HAVE_GC is preceded in memory by a GCHead of two
 * words, which links it into the list of its generation.  obj_alloc() makes room for it and tracks
 * the object at once ("tracked from birth"); a type's dealloc untracks it before releasing its
 * contents.  The collector itself (finding unreachable cycles) works on these lists. */
#ifndef OURO_GC_H
#define OURO_GC_H

#include "object.h"

typedef struct GCHead {
    struct GCHead *gc_next;
    /* The low bits carry flags (as CPython's _gc_prev): bit 0 = finalized (PEP 442),
     * bit 1 = collecting; the rest is the previous link, or a copy of the refcount during a
     * collection. */
    uintptr_t gc_prev;
} GCHead;

#define AS_GC(o)        ((GCHead *)(o) - 1)
#define FROM_GC(g)      ((Object *)((GCHead *)(g) + 1))

void gc_track(Object *o);           /* link o into generation 0; o must not be tracked */
void gc_untrack(Object *o);         /* unlink; harmless when o is not tracked */
bool gc_is_tracked(Object *o);

/* Called by obj_alloc / obj_free for every GC object: counts allocations minus deallocations of
 * tracked objects, and starts a collection when generation 0 passes its threshold. */
void gc_on_alloc(void);
void gc_on_free(void);

ssize_t gc_collect(int generation);  /* returns the number of unreachable objects found, -1 on error */
void gc_init(void);

#endif
