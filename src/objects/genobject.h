/* genobject.h — generator objects (genobject.c), and the services the VM gives them.
 *
 * A generator owns the frame of its function call, as in CPython 3.11: the frame is copied out
 * of the data stack into the tail of the generator object (gi_iframe) by RETURN_GENERATOR, the
 * first instruction of generator code, and stays there until the generator finishes.  Resuming
 * links that frame in as the running one and runs it in a fresh activation of the eval loop;
 * YIELD_VALUE returns from that activation with the frame intact.
 *
 * The frame's layout belongs to the VM (vm/frame.h), which objects/ may not see, so what this
 * type does with the frame goes through GenHooks, which the VM fills in at start-up. */
#ifndef OURO_GENOBJECT_H
#define OURO_GENOBJECT_H

#include "../runtime/object.h"

/* gi_frame_state, with CPython 3.11's values (zero, the state of freshly zeroed memory, is
 * "executing": a generator caught half-made by the collector has its frame left alone). */
enum {
    GEN_CREATED = -2,       /* made, never resumed */
    GEN_SUSPENDED = -1,     /* stopped at a yield */
    GEN_EXECUTING = 0,
    GEN_COMPLETED = 1,      /* returned or raised; the frame is being released */
    GEN_CLEARED = 4,        /* the frame is released */
};

/* CPython 3.11's PyGenObject, field for field. */
typedef struct GenObject {
    OB_HEAD;
    Object *gi_code;            /* strong: the CodeObject */
    Object *gi_weakreflist;
    Object *gi_name, *gi_qualname;          /* strong str */
    /* The generator's own handled exception (what sys.exc_info() shows inside it) while it is
     * suspended in an except block, else NULL (strong). */
    Object *gi_exc_value;
    /* While it runs: the handled exception of the code that resumed it (strong, given back when
     * it stops).  CPython's gi_exc_state.previous_item. */
    Object *gi_exc_prev;
    /* An async generator's finalizer hook (strong; see async_gen_set_hooks), else NULL;
     * coroutines' origin tracking is not implemented (cr_origin is None). */
    Object *gi_origin_or_finalizer;
    char gi_hooks_inited, gi_closed, gi_running_async;
    int8_t gi_frame_state;
    Object *gi_iframe[];        /* the frame (vm/frame.h's Frame and what follows it) */
} GenObject;

extern TypeObject GenType;
#define IS_GEN(o) (TYPE(o) == &GenType)

/* Coroutines and asynchronous generators are GenObjects too (CPython's PyCoroObject and
 * PyAsyncGenObject have the generator's layout with cr_ / ag_ names); the code's flags choose
 * the type (CO_COROUTINE, CO_ASYNC_GENERATOR).  An async generator uses gi_closed and
 * gi_running_async as CPython's ag_closed and ag_running_async. */
extern TypeObject CoroType, AsyncGenType;
#define IS_CORO(o) (TYPE(o) == &CoroType)
#define IS_ASYNC_GEN(o) (TYPE(o) == &AsyncGenType)
/* The helpers of coroutines and async generators: coro.__await__()'s result, the awaitables of
 * asend()/__anext__() and athrow()/aclose(), and the box in which an async generator's own
 * `yield` passes its value out (ASYNC_GEN_WRAP), told apart from what an `await` in it yields. */
extern TypeObject CoroWrapperType, AsyncGenASendType, AsyncGenAThrowType, AsyncGenWrappedType;

/* Results of resuming (CPython's PySendResult). */
typedef enum { GEN_RETURN = 0, GEN_ERROR = -1, GEN_NEXT = 1 } GenSendResult;

typedef struct GenHooks {
    /* Resume a CREATED or SUSPENDED generator: with exc false, the value `arg` (borrowed) is the
     * result of the yield it stopped at; with exc true, the pending exception is raised there.
     * Runs it until it yields (GEN_NEXT, *result the value), returns (GEN_RETURN, *result the
     * value) or raises (GEN_ERROR); in the last two cases the frame is released and the state is
     * GEN_CLEARED.  Handles the handled-exception state and the recursion limit. */
    GenSendResult (*resume)(GenObject *gen, Object *arg, bool exc, Object **result);
    /* The iterator a suspended generator delegates to in `yield from` (borrowed), or NULL. */
    Object *(*yieldfrom)(GenObject *gen);
    /* The delegate of `yield from` finished while gen.throw() drove it: drop it from the frame,
     * so that the next resume goes on after the `yield from` with the value sent. */
    void (*yieldfrom_done)(GenObject *gen);
    /* The frame object of the generator's frame (new reference), or NULL with an error set. */
    Object *(*frame_object)(GenObject *gen);
    /* Visit / release what the (not executing, not cleared) frame holds. */
    int (*traverse)(GenObject *gen, visitproc visit, void *arg);
    void (*clear)(GenObject *gen);
    /* The size CPython 3.11 gives the frame part for __sizeof__:
     * sizeof(_PyInterpreterFrame header) + (co_nlocalsplus + co_stacksize) words. */
    ssize_t (*frame_size)(GenObject *gen);
    /* A coroutine that never ran is being destroyed: the RuntimeWarning "coroutine '...' was
     * never awaited" (through the warnings module).  0, or -1 with an error set. */
    int (*warn_unawaited)(GenObject *coro);
} GenHooks;
extern GenHooks gen_hooks;

/* A generator of `func`'s call (its name and qualname are taken from func) with room for a frame
 * of `frame_words` words, in the GEN_CREATED state; the VM fills the frame in.  gc-tracked, but
 * its frame is invisible to the collector until the state is set.  New reference. */
Object *gen_new(Object *func, Object *code, ssize_t frame_words);

/* The iterator that `await o` drives (CPython's _PyCoro_GetAwaitableIter): o itself for a
 * coroutine or a generator marked CO_ITERABLE_COROUTINE, else the iterator o.__await__()
 * returns.  New reference, or NULL with a TypeError. */
Object *coro_get_awaitable_iter(Object *o);

/* The delegate a suspended generator or coroutine is awaiting / yielding from (borrowed), or
 * NULL. */
Object *gen_yieldfrom_of(GenObject *gen);

/* ASYNC_GEN_WRAP's box for v (borrowed).  New reference. */
Object *async_gen_wrap(Object *v);

/* ag.__anext__(): a new async_generator_asend object. */
Object *async_gen_anext(Object *ag);

/* sys.set_asyncgen_hooks(firstiter=, finalizer=) and sys.get_asyncgen_hooks() (PEP 525): an
 * async generator calls firstiter(agen) when it is first iterated and keeps the finalizer then
 * in force, which its finaliser calls instead of closing it (the event loop closes it with
 * aclose() later).  For sys's method table: METH_FASTCALL|METH_KEYWORDS and METH_NOARGS. */
Object *async_gen_set_hooks(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *async_gen_get_hooks(Object *self, Object *unused);

/* Send `arg` into a generator (CPython's PyIter_Send for generators, used by `yield from`):
 * GEN_NEXT with the value yielded, GEN_RETURN with the value returned, GEN_ERROR. */
GenSendResult gen_send_ex2(GenObject *gen, Object *arg, Object **result);

/* PEP 479: when a StopIteration is pending (it escaped a generator's frame), replace it by
 * RuntimeError "generator raised StopIteration" with the StopIteration as its cause. */
void gen_stop_iteration_error(void);

/* Clear a pending StopIteration into *value (new reference; None when it has none); with no
 * exception pending *value is None.  0, or -1 when another exception is pending (left set).
 * CPython's _PyGen_FetchStopIterationValue. */
int gen_fetch_stop_iteration_value(Object **value);

#endif
