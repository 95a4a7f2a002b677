/* genobject.c — the generator type: send/throw/close, iteration, finalisation, attributes.
 *
 * The state machine is CPython 3.11's (genobject.c there): a generator is CREATED, SUSPENDED at
 * a yield, EXECUTING, or finished (COMPLETED while its frame is released, then CLEARED).  Every
 * way of resuming goes through send_ex2(), which refuses a running generator ("generator already
 * executing"), a non-None value sent to one that never ran, and quietly answers for a finished
 * one; the VM's resume hook (see genobject.h) runs the frame.  What comes back is translated the
 * way CPython does it: a return ends iteration (StopIteration carrying the value, or nothing at
 * all for next() when the value is None), and a StopIteration escaping the frame becomes
 * RuntimeError "generator raised StopIteration" (PEP 479).
 *
 * throw() and close() first pass the exception on to the iterator of an active `yield from`
 * (CPython's _gen_throw / gen_close_iter), so a chain of delegating generators is unwound from
 * the inside out.  A generator dropped while suspended is closed by its finaliser (tp_finalize,
 * CPython's _PyGen_Finalize), so its `finally` blocks run when its count reaches zero; an error
 * there is reported as "Exception ignored in: <generator object ...>".  One that never ran has
 * no handler active, so it is released without running anything.
 *
 * Coroutines and async generators are the same object under other types (CoroType,
 * AsyncGenType), chosen by the code's flags, as CPython 3.11 does; the messages name the kind.
 * A finished coroutine refuses to run again ("cannot reuse already awaited coroutine"), and one
 * dropped before it ran is reported with a RuntimeWarning instead of being closed.  The async
 * generator's awaitables (asend/athrow objects) follow CPython's state machines; see below. */
#include "genobject.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "funcobj.h"
#include "code.h"
#include "numbers.h"
#include "containers.h"
#include "structseq.h"
#include "../runtime/gc.h"

GenHooks gen_hooks;

/* The kind of generator a code object makes. */
static TypeObject *gen_type_of(CodeObject *co) {
    return co->co_flags & CO_COROUTINE ? &CoroType
         : co->co_flags & CO_ASYNC_GENERATOR ? &AsyncGenType : &GenType;
}

/* "generator", "coroutine" or "async generator", for messages. */
static const char *gen_kind(GenObject *gen) {
    return IS_CORO(gen) ? "coroutine" : IS_ASYNC_GEN(gen) ? "async generator" : "generator";
}

Object *gen_new(Object *func, Object *code, ssize_t frame_words) {
    GenObject *gen = (GenObject *)obj_alloc_var(gen_type_of((CodeObject *)code), frame_words);
    if (!gen)
        return NULL;
    /* obj_alloc_var wrote the item count over gi_code, as CPython's PyObject_GC_NewVar does for
     * this type: the frame's size is the code's business, not a field of the object. */
    gen->gi_code = NEWREF(code);
    gen->gi_exc_value = gen->gi_exc_prev = NULL;
    CodeObject *co = (CodeObject *)code;
    if (func) {
        FunctionObject *fn = (FunctionObject *)func;
        gen->gi_name = NEWREF(fn->func_name);
        gen->gi_qualname = NEWREF(fn->func_qualname);
    } else {
        gen->gi_name = NEWREF(co->co_name);
        gen->gi_qualname = NEWREF(co->co_qualname);
    }
    gen->gi_frame_state = GEN_EXECUTING;    /* until the VM has filled the frame in */
    return (Object *)gen;
}

/* ---- resuming -------------------------------------------------------------------------------- */

static void stop_iteration_error(GenObject *gen);

/* Run gen with arg (NULL from next(): None is sent, and a return of None then means plain
 * exhaustion: GEN_RETURN is not reported, NULL without an error is; an async generator always
 * reports its return).  With exc, the pending exception is thrown in; `closing` (from close())
 * keeps a finished coroutine quiet. */
static GenSendResult send_ex2(GenObject *gen, Object *arg, Object **presult, bool exc,
                              bool closing) {
    *presult = NULL;
    int state = gen->gi_frame_state;
    if (state == GEN_CREATED && arg && arg != NONE) {
        err_format(&Exc_TypeError, "can't send non-None value to a just-started %s",
                   gen_kind(gen));
        return GEN_ERROR;
    }
    if (state == GEN_EXECUTING) {
        err_format(&Exc_ValueError, "%s already executing", gen_kind(gen));
        return GEN_ERROR;
    }
    if (state >= GEN_COMPLETED) {
        if (IS_CORO(gen) && !closing) {
            err_set_string(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg && !exc) {
            /* An exhausted generator: send() reports a return of None. */
            *presult = NEWREF(NONE);
            return GEN_RETURN;
        }
        return GEN_ERROR;
    }
    Object *result;
    GenSendResult r = gen_hooks.resume(gen, arg ? arg : NONE, exc, &result);
    if (r == GEN_NEXT) {
        *presult = result;
        return GEN_NEXT;
    }
    if (r == GEN_RETURN) {
        if (result == NONE && !arg && !IS_ASYNC_GEN(gen)) {
            DECREF(result);             /* next(): exhausted, no StopIteration needed */
            return GEN_ERROR;
        }
        *presult = result;
        return GEN_RETURN;
    }
    stop_iteration_error(gen);
    return GEN_ERROR;
}

/* Replace the pending exception by RuntimeError(msg), the old one its cause and context
 * (CPython's _PyErr_FormatFromCause). */
static void error_from_cause(const char *msg) {
    Object *cause = err_fetch();
    err_set_string(&Exc_RuntimeError, msg);
    Object *e = err_fetch();
    if (e) {
        exc_set_cause(e, NEWREF(cause));
        exc_set_context(e, NEWREF(cause));
        err_restore(e);
    }
    DECREF(cause);
}

/* PEP 479 for each kind, and PEP 525's rule that StopAsyncIteration may not escape an async
 * generator's frame. */
static void stop_iteration_error(GenObject *gen) {
    if (err_matches(&Exc_StopIteration)) {
        error_from_cause(IS_CORO(gen) ? "coroutine raised StopIteration"
                         : IS_ASYNC_GEN(gen) ? "async generator raised StopIteration"
                         : "generator raised StopIteration");
    } else if (IS_ASYNC_GEN(gen) && err_matches(&Exc_StopAsyncIteration)) {
        error_from_cause("async generator raised StopAsyncIteration");
    }
}

void gen_stop_iteration_error(void) {
    if (!err_matches(&Exc_StopIteration))
        return;
    /* The StopIteration becomes the cause (and context) of a RuntimeError. */
    Object *cause = err_fetch();
    err_set_string(&Exc_RuntimeError, "generator raised StopIteration");
    Object *e = err_fetch();
    if (e) {
        exc_set_cause(e, NEWREF(cause));
        exc_set_context(e, NEWREF(cause));
        err_restore(e);
    }
    DECREF(cause);
}

GenSendResult gen_send_ex2(GenObject *gen, Object *arg, Object **result) {
    return send_ex2(gen, arg, result, false, false);
}

/* Raise StopIteration(value): built explicitly, so that a tuple or an exception instance is the
 * value rather than the arguments or the exception (CPython's _PyGen_SetStopIterationValue). */
static void set_stop_iteration(Object *value) {
    Object *exc = exc_new(&Exc_StopIteration, &value, 1);
    if (exc)
        err_raise(exc);
}

/* A return becomes StopIteration(value) (StopIteration() for None; StopAsyncIteration for an
 * async generator); NULL then. */
static Object *send_ex(GenObject *gen, Object *arg, bool exc, bool closing) {
    Object *result;
    if (send_ex2(gen, arg, &result, exc, closing) == GEN_RETURN) {
        if (IS_ASYNC_GEN(gen))
            err_set_none(&Exc_StopAsyncIteration);
        else if (result == NONE)
            err_set_none(&Exc_StopIteration);
        else
            set_stop_iteration(result);
        CLEAR(result);
    }
    return result;
}

int gen_fetch_stop_iteration_value(Object **value) {
    Object *exc = err_occurred();
    if (!exc) {
        *value = NEWREF(NONE);
        return 0;
    }
    if (!err_matches(&Exc_StopIteration))
        return -1;
    exc = err_fetch();
    Object *v = ((StopIterationObject *)exc)->value;
    *value = NEWREF(v ? v : NONE);
    DECREF(exc);
    return 0;
}

static Object *gen_iternext(Object *self) {
    Object *result;
    if (send_ex2((GenObject *)self, NULL, &result, false, false) == GEN_RETURN) {
        /* Only a value other than None gets here from next(). */
        set_stop_iteration(result);
        CLEAR(result);
    }
    return result;
}

static Object *gen_send(Object *self, Object *arg) {
    return send_ex((GenObject *)self, arg, false, false);
}

/* ---- close and throw ------------------------------------------------------------------------- */

static Object *gen_close(Object *self, Object *unused);

/* Close the delegate of a `yield from`: 0, or -1 with its error set. */
static int close_iter(Object *yf) {
    Object *r = NULL;
    if (IS_GEN(yf) || IS_CORO(yf)) {
        r = gen_close(yf, NULL);
        if (!r)
            return -1;
    } else {
        Object *meth = NULL;
        if (obj_lookup_attr(yf, ID(close), &meth) < 0)
            err_write_unraisable(yf);
        if (meth) {
            r = obj_call0(meth);
            DECREF(meth);
            if (!r)
                return -1;
        }
    }
    XDECREF(r);
    return 0;
}

/* The delegate of the `yield from` gen is suspended in, as a new reference, or NULL. */
static Object *gen_yf(GenObject *gen) {
    Object *yf = gen_yieldfrom_of(gen);
    return yf ? NEWREF(yf) : NULL;
}

Object *gen_yieldfrom_of(GenObject *gen) {
    if (gen->gi_frame_state != GEN_SUSPENDED)
        return NULL;
    return gen_hooks.yieldfrom(gen);
}

static Object *gen_close(Object *self, Object *unused) {
    GenObject *gen = (GenObject *)self;
    Object *yf = gen_yf(gen);
    int err = 0;
    if (yf) {
        int8_t state = gen->gi_frame_state;
        gen->gi_frame_state = GEN_EXECUTING;
        err = close_iter(yf);
        gen->gi_frame_state = state;
        DECREF(yf);
    }
    if (err == 0)
        err_set_none(&Exc_GeneratorExit);
    Object *r = send_ex(gen, NONE, true, true);
    if (r) {
        DECREF(r);
        err_format(&Exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(gen));
        return NULL;
    }
    if (err_matches(&Exc_StopIteration) || err_matches(&Exc_GeneratorExit)) {
        err_clear();
        RETURN_NONE;
    }
    return NULL;
}

/* Raise what throw(typ, val, tb) names, CPython's way (PyErr_NormalizeException): a class is
 * instantiated with val (none, a tuple of arguments, or one argument) unless val is already an
 * instance of it; an instance is raised as it is.  0, or -1 with a TypeError instead. */
static int throw_prepare(Object *typ, Object *val, Object *tb) {
    if (tb == NONE) {
        tb = NULL;
    } else if (tb && (!exc_traceback_type || TYPE(tb) != exc_traceback_type)) {
        err_set_string(&Exc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    Object *exc;
    if (IS_EXCEPTION_CLASS(typ)) {
        if (val && IS_EXCEPTION(val) && obj_isinstance(val, typ) > 0) {
            exc = NEWREF(val);
        } else if (!val || val == NONE) {
            exc = obj_call0(typ);
        } else if (IS_TUPLE(val)) {
            exc = obj_call_tuple_dict(typ, val, NULL);
        } else {
            exc = obj_call1(typ, val);
        }
        if (!exc)
            return -1;
        if (!IS_EXCEPTION(exc)) {
            err_format(&Exc_TypeError, "calling %R should have returned an instance of "
                       "BaseException, not %s", typ, TYPE(exc)->tp_name);
            DECREF(exc);
            return -1;
        }
    } else if (IS_EXCEPTION(typ)) {
        if (val && val != NONE) {
            err_set_string(&Exc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = NEWREF(typ);
    } else {
        err_format(&Exc_TypeError, "exceptions must be classes or instances deriving from "
                   "BaseException, not %s", TYPE(typ)->tp_name);
        return -1;
    }
    if (tb)
        exc_set_traceback(exc, tb);
    err_restore(exc);
    return 0;
}

static Object *gen_throw_impl(GenObject *gen, bool close_on_genexit, Object *typ, Object *val,
                              Object *tb) {
    Object *yf = gen_yf(gen);
    if (yf) {
        Object *ret;
        int8_t state = gen->gi_frame_state;
        bool genexit = IS_EXCEPTION_CLASS(typ)
            ? type_is_subtype((TypeObject *)typ, &Exc_GeneratorExit)
            : IS_INSTANCE(typ, &Exc_GeneratorExit);
        if (genexit && close_on_genexit) {
            gen->gi_frame_state = GEN_EXECUTING;
            int err = close_iter(yf);
            gen->gi_frame_state = state;
            DECREF(yf);
            if (err < 0)
                return send_ex(gen, NONE, true, false);
            goto throw_here;
        }
        if (IS_GEN(yf) || IS_CORO(yf)) {
            gen->gi_frame_state = GEN_EXECUTING;
            ret = gen_throw_impl((GenObject *)yf, close_on_genexit, typ, val, tb);
            gen->gi_frame_state = state;
        } else {
            Object *meth = NULL;
            if (obj_lookup_attr(yf, ID(throw), &meth) < 0) {
                DECREF(yf);
                return NULL;
            }
            if (!meth) {
                DECREF(yf);
                goto throw_here;
            }
            gen->gi_frame_state = GEN_EXECUTING;
            Object *args[3] = { typ, val ? val : NONE, tb ? tb : NONE };
            ret = obj_call(meth, args, tb ? 3 : val ? 2 : 1, NULL);
            gen->gi_frame_state = state;
            DECREF(meth);
        }
        DECREF(yf);
        if (!ret) {
            /* The delegate finished: go on after the `yield from` with its value, or raise its
             * error at the `yield from`. */
            Object *v;
            gen_hooks.yieldfrom_done(gen);
            if (gen_fetch_stop_iteration_value(&v) == 0) {
                ret = send_ex(gen, v, false, false);
                DECREF(v);
            } else {
                ret = send_ex(gen, NONE, true, false);
            }
        }
        return ret;
    }
throw_here:
    if (throw_prepare(typ, val, tb) < 0)
        return NULL;
    return send_ex(gen, NONE, true, false);
}

static Object *gen_throw(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("throw", nargs, 1, 3) < 0)
        return NULL;
    return gen_throw_impl((GenObject *)self, true, args[0], nargs > 1 ? args[1] : NULL,
                          nargs > 2 ? args[2] : NULL);
}

/* ---- life and death -------------------------------------------------------------------------- */

/* tp_finalize: close a generator dropped while suspended, with any pending error put aside; a
 * coroutine that never ran is not closed but reported (CPython's _PyGen_Finalize). */
static void gen_finalize(Object *self) {
    GenObject *gen = (GenObject *)self;
    if (gen->gi_frame_state >= GEN_COMPLETED || gen->gi_frame_state == GEN_EXECUTING)
        return;
    Object *saved = err_fetch();
    if (IS_ASYNC_GEN(self) && gen->gi_origin_or_finalizer && !gen->gi_closed) {
        /* The event loop's finalizer hook closes it (asynchronously). */
        Object *r = obj_call1(gen->gi_origin_or_finalizer, self);
        if (r)
            DECREF(r);
        else
            err_write_unraisable(self);
        err_restore(saved);
        return;
    }
    if (IS_CORO(self) && gen->gi_frame_state == GEN_CREATED) {
        if (gen_hooks.warn_unawaited((GenObject *)self) < 0)
            err_write_unraisable(self);
        err_restore(saved);
        return;
    }
    Object *r = gen_close(self, NULL);
    if (r)
        DECREF(r);
    else if (err_occurred())
        err_write_unraisable(self);
    err_restore(saved);
}

static void gen_dealloc(Object *self) {
    GenObject *gen = (GenObject *)self;
    if (gen->gi_weakreflist && hook_clear_weakrefs)
        hook_clear_weakrefs(self);
    /* Only a suspended generator can have a `finally` or `with` to run: one that never ran
     * has no handler yet, so it is released directly (CPython would throw GeneratorExit into it,
     * to the same effect). */
    bool unawaited = IS_CORO(self) && gen->gi_frame_state == GEN_CREATED;
    if ((gen->gi_frame_state == GEN_SUSPENDED || unawaited) && !gc_is_finalized(self)) {
        self->ob_refcnt = 1;                    /* revived while the finaliser runs */
        gen_finalize(self);
        AS_GC(self)->gc_prev |= GC_PREV_FINALIZED;
        if (--self->ob_refcnt != 0)
            return;                             /* resurrected */
    }
    gc_untrack(self);
    if (gen->gi_frame_state < GEN_CLEARED && gen->gi_frame_state != GEN_EXECUTING) {
        gen->gi_frame_state = GEN_CLEARED;
        gen_hooks.clear(gen);
    }
    CLEAR(gen->gi_code);
    CLEAR(gen->gi_name);
    CLEAR(gen->gi_qualname);
    CLEAR(gen->gi_exc_value);
    CLEAR(gen->gi_origin_or_finalizer);
    TYPE(self)->tp_free(self);
}

static int gen_traverse(Object *self, visitproc visit, void *arg) {
    GenObject *gen = (GenObject *)self;
    Object *parts[] = { gen->gi_code, gen->gi_name, gen->gi_qualname, gen->gi_exc_value,
                        gen->gi_origin_or_finalizer };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (parts[i]) {
            int r = visit(parts[i], arg);
            if (r)
                return r;
        }
    /* A running frame's stack is in flux (and the runner holds the generator anyway). */
    if (gen->gi_frame_state == GEN_CREATED || gen->gi_frame_state == GEN_SUSPENDED)
        return gen_hooks.traverse(gen, visit, arg);
    return 0;
}

/* ---- attributes ------------------------------------------------------------------------------ */

static Object *gen_repr(Object *self) {
    return str_from_format("<%s object %U at %p>", TYPE(self)->tp_name,
                           ((GenObject *)self)->gi_qualname, self);
}

static Object *gen_iter(Object *self) {
    return NEWREF(self);
}

static Object *gen_get_name(Object *self, void *c) {
    return NEWREF(((GenObject *)self)->gi_name);
}

static int gen_set_name(Object *self, Object *v, void *c) {
    if (!v || !IS_STR(v)) {
        err_set_string(&Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    SETREF(((GenObject *)self)->gi_name, NEWREF(v));
    return 0;
}

static Object *gen_get_qualname(Object *self, void *c) {
    return NEWREF(((GenObject *)self)->gi_qualname);
}

static int gen_set_qualname(Object *self, Object *v, void *c) {
    if (!v || !IS_STR(v)) {
        err_set_string(&Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    SETREF(((GenObject *)self)->gi_qualname, NEWREF(v));
    return 0;
}

static Object *gen_get_yieldfrom(Object *self, void *c) {
    Object *yf = gen_yf((GenObject *)self);
    return yf ? yf : NEWREF(NONE);
}

static Object *gen_get_running(Object *self, void *c) {
    return bool_from(((GenObject *)self)->gi_frame_state == GEN_EXECUTING);
}

static Object *gen_get_suspended(Object *self, void *c) {
    return bool_from(((GenObject *)self)->gi_frame_state == GEN_SUSPENDED);
}

static Object *gen_get_frame(Object *self, void *c) {
    GenObject *gen = (GenObject *)self;
    if (gen->gi_frame_state >= GEN_COMPLETED)
        RETURN_NONE;
    return gen_hooks.frame_object(gen);
}

/* CPython's gen_sizeof: the object up to the frame, the frame's header and its locals and
 * value stack, in CPython 3.11's sizes. */
static Object *gen_sizeof(Object *self, Object *unused) {
    ssize_t n = (ssize_t)offsetof(GenObject, gi_iframe) + gen_hooks.frame_size((GenObject *)self);
    return int_from_ssize(n);
}

/* Docstrings (CPython's) shared by generators and the async generators' awaitables. */
#define SEND_DOC "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise " \
                 "StopIteration."
#define THROW_DOC "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, " \
                  "return next yielded value or raise\nStopIteration."
#define CLOSE_DOC "close() -> raise GeneratorExit inside generator."
#define AWAIT_DOC "Return an iterator to be used in await expression."

static MethodDef gen_methods[] = {
    { "send", (void *)gen_send, METH_O, SEND_DOC },
    { "throw", (void *)gen_throw, METH_FASTCALL, THROW_DOC },
    { "close", (void *)gen_close, METH_NOARGS, CLOSE_DOC },
    { "__sizeof__", (void *)gen_sizeof, METH_NOARGS, "gen.__sizeof__() -> size of gen in memory, "
      "in bytes" },
    { NULL }
};

static MemberDef gen_members[] = {
    { "gi_code", T_OBJECT, offsetof(GenObject, gi_code), READONLY, NULL },
    { NULL }
};

static GetSetDef gen_getset[] = {
    { "__name__", gen_get_name, gen_set_name, "name of the generator", NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, "qualified name of the generator",
      NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL, "object being iterated by yield from, or None",
      NULL },
    { "gi_running", gen_get_running, NULL, NULL, NULL },
    { "gi_frame", gen_get_frame, NULL, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL, NULL },
    { NULL }
};

TypeObject GenType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "generator",
    .tp_basicsize = offsetof(GenObject, gi_iframe),
    .tp_itemsize = sizeof(Object *),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .tp_iter = gen_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_members = gen_members,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
};


/* ---- coroutines ------------------------------------------------------------------------------ */

/* coroutine_wrapper: what coro.__await__() returns, an iterator driving the coroutine. */
typedef struct {
    OB_HEAD;
    Object *cw_coroutine;       /* strong */
} CoroWrapperObject;

static Object *coro_await(Object *self, Object *unused) {
    CoroWrapperObject *cw = (CoroWrapperObject *)obj_alloc(&CoroWrapperType);
    if (!cw)
        return NULL;
    cw->cw_coroutine = NEWREF(self);
    return (Object *)cw;
}

static Object *gen_get_origin(Object *self, void *c) {
    RETURN_NONE;        /* sys.set_coroutine_origin_tracking_depth is not implemented */
}

static MethodDef coro_methods[] = {
    { "send", (void *)gen_send, METH_O,
      "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise "
      "StopIteration." },
    { "throw", (void *)gen_throw, METH_FASTCALL,
      "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return "
      "next iterated value or raise\nStopIteration." },
    { "close", (void *)gen_close, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine." },
    { "__sizeof__", (void *)gen_sizeof, METH_NOARGS, "gen.__sizeof__() -> size of gen in memory, "
      "in bytes" },
    { "__await__", (void *)coro_await, METH_NOARGS, AWAIT_DOC },
    { NULL }
};

static MemberDef coro_members[] = {
    { "cr_code", T_OBJECT, offsetof(GenObject, gi_code), READONLY, NULL },
    { NULL }
};

static GetSetDef coro_getset[] = {
    { "__name__", gen_get_name, gen_set_name, "name of the coroutine", NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, "qualified name of the coroutine",
      NULL },
    { "cr_await", gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL },
    { "cr_running", gen_get_running, NULL, NULL, NULL },
    { "cr_frame", gen_get_frame, NULL, NULL, NULL },
    { "cr_suspended", gen_get_suspended, NULL, NULL, NULL },
    { "cr_origin", gen_get_origin, NULL, NULL, NULL },
    { NULL }
};

TypeObject CoroType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "coroutine",
    .tp_basicsize = offsetof(GenObject, gi_iframe),
    .tp_itemsize = sizeof(Object *),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .tp_methods = coro_methods,
    .tp_members = coro_members,
    .tp_getset = coro_getset,
    .tp_finalize = gen_finalize,
};

static bool gen_is_iterable_coroutine(Object *o) {
    return IS_GEN(o) && (((CodeObject *)((GenObject *)o)->gi_code)->co_flags &
                         CO_ITERABLE_COROUTINE);
}

Object *coro_get_awaitable_iter(Object *o) {
    if (IS_CORO(o) || gen_is_iterable_coroutine(o))
        return NEWREF(o);
    static Object *s_await;
    if (!s_await && !(s_await = str_intern_cstr("__await__")))
        return NULL;
    Object *meth = obj_lookup_special(o, s_await);
    if (!meth) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "object %s can't be used in 'await' expression",
                       TYPE(o)->tp_name);
        return NULL;
    }
    Object *res = obj_call0(meth);
    DECREF(meth);
    if (!res)
        return NULL;
    if (IS_CORO(res) || gen_is_iterable_coroutine(res)) {
        /* __await__ must return an iterator, not another awaitable (PEP 492). */
        err_set_string(&Exc_TypeError, "__await__() returned a coroutine");
        CLEAR(res);
    } else if (!TYPE(res)->tp_iternext) {
        err_format(&Exc_TypeError, "__await__() returned non-iterator of type '%s'",
                   TYPE(res)->tp_name);
        CLEAR(res);
    }
    return res;
}

static void cw_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((CoroWrapperObject *)self)->cw_coroutine);
    TYPE(self)->tp_free(self);
}

static int cw_traverse(Object *self, visitproc visit, void *arg) {
    Object *c = ((CoroWrapperObject *)self)->cw_coroutine;
    return c ? visit(c, arg) : 0;
}

static Object *cw_iternext(Object *self) {
    return gen_iternext(((CoroWrapperObject *)self)->cw_coroutine);
}

static Object *cw_send(Object *self, Object *arg) {
    return gen_send(((CoroWrapperObject *)self)->cw_coroutine, arg);
}

static Object *cw_throw(Object *self, Object *const *args, ssize_t nargs) {
    return gen_throw(((CoroWrapperObject *)self)->cw_coroutine, args, nargs);
}

static Object *cw_close(Object *self, Object *unused) {
    return gen_close(((CoroWrapperObject *)self)->cw_coroutine, NULL);
}

static MethodDef cw_methods[] = {
    { "send", (void *)cw_send, METH_O, "send(arg) -> send 'arg' into coroutine,\nreturn next "
      "iterated value or raise StopIteration." },
    { "throw", (void *)cw_throw, METH_FASTCALL, "throw(value)\nthrow(type[,value[,traceback]])"
      "\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration." },
    { "close", (void *)cw_close, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine." },
    { NULL }
};

TypeObject CoroWrapperType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(CoroWrapperObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = cw_dealloc,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = cw_traverse,
    .tp_iter = gen_iter,
    .tp_iternext = cw_iternext,
    .tp_methods = cw_methods,
};

/* ---- asynchronous generators (PEP 525) ------------------------------------------------------- *
 *
 * An async generator's frame yields two kinds of values: what its own `yield` produces, boxed by
 * ASYNC_GEN_WRAP, and what the awaitables it awaits yield to the event loop, passed through as
 * they are.  __anext__()/asend() and athrow()/aclose() return awaitables that run the frame and
 * unwrap: a boxed value ends the await with StopIteration(value), anything else goes on out to
 * whoever drives the await (CPython's async_gen_unwrap_value). */

enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

typedef struct {
    OB_HEAD;
    Object *agw_val;
} WrappedObject;

/* What __anext__()/asend() and athrow()/aclose() return: the generator, what to pass it (the
 * value to send; the throw arguments, a tuple, or NULL for aclose()) and where it stands. */
typedef struct {
    OB_HEAD;
    GenObject *gen;             /* strong */
    Object *arg;                /* strong, or NULL */
    int state;
} AwaitableObject;
typedef AwaitableObject ASendObject;
typedef AwaitableObject AThrowObject;

#define IS_WRAPPED(o) (TYPE(o) == &AsyncGenWrappedType)

Object *async_gen_wrap(Object *v) {
    WrappedObject *w = (WrappedObject *)obj_alloc(&AsyncGenWrappedType);
    if (w)
        w->agw_val = NEWREF(v);
    return (Object *)w;
}

static void wrapped_dealloc(Object *self) {
    CLEAR(((WrappedObject *)self)->agw_val);
    TYPE(self)->tp_free(self);
}

TypeObject AsyncGenWrappedType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(WrappedObject),
    .tp_dealloc = wrapped_dealloc,
    .tp_getattro = obj_generic_getattr,
};

/* What a step of the frame gave (result, or NULL with an error) seen from the awaitable. */
static Object *unwrap_value(GenObject *gen, Object *result) {
    if (!result) {
        if (!err_occurred())
            err_set_none(&Exc_StopAsyncIteration);
        if (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit))
            gen->gi_closed = 1;
        gen->gi_running_async = 0;
        return NULL;
    }
    if (IS_WRAPPED(result)) {
        set_stop_iteration(((WrappedObject *)result)->agw_val);
        DECREF(result);
        gen->gi_running_async = 0;
        return NULL;
    }
    return result;
}

/* The hooks in force (strong references, or NULL). */
static Object *hook_firstiter, *hook_finalizer;

/* First use of an async generator: it takes the finalizer hook and calls the firstiter hook
 * (CPython's async_gen_init_hooks).  0, or -1 with an error. */
static int init_hooks(GenObject *gen) {
    if (gen->gi_hooks_inited)
        return 0;
    gen->gi_hooks_inited = 1;
    if (hook_finalizer)
        gen->gi_origin_or_finalizer = NEWREF(hook_finalizer);
    if (hook_firstiter) {
        Object *f = NEWREF(hook_firstiter);
        Object *r = obj_call1(f, (Object *)gen);
        DECREF(f);
        if (!r)
            return -1;
        DECREF(r);
    }
    return 0;
}

Object *async_gen_set_hooks(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = { "firstiter", "finalizer", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("set_asyncgen_hooks", args, nargs, kwnames, kwlist, 0, 2, v) < 0)
        return NULL;
    static const char *const what[2] = { "firstiter", "finalizer" };
    for (int i = 0; i < 2; i++)
        if (v[i] && v[i] != NONE && !obj_callable(v[i])) {
            err_format(&Exc_TypeError, "callable %s expected, got %s", what[i],
                       TYPE(v[i])->tp_name);
            return NULL;
        }
    Object **slots[2] = { &hook_firstiter, &hook_finalizer };
    for (int i = 0; i < 2; i++)
        if (v[i]) {
            Object *old = *slots[i];
            *slots[i] = v[i] == NONE ? NULL : NEWREF(v[i]);
            XDECREF(old);
        }
    RETURN_NONE;
}

static TypeObject HooksType;

Object *async_gen_get_hooks(Object *self, Object *unused) {
    static const char *const fields[] = { "firstiter", "finalizer", NULL };
    if (!HooksType.tp_name && structseq_init_type(&HooksType, "asyncgen_hooks", fields) < 0)
        return NULL;
    Object *items[2] = { hook_firstiter ? hook_firstiter : NONE,
                         hook_finalizer ? hook_finalizer : NONE };
    return structseq_new(&HooksType, items, 2);
}

static Object *asend_new(GenObject *gen, Object *sendval) {
    if (init_hooks(gen) < 0)
        return NULL;
    ASendObject *o = (ASendObject *)obj_alloc(&AsyncGenASendType);
    if (!o)
        return NULL;
    o->gen = (GenObject *)NEWREF((Object *)gen);
    o->arg = NEWREF(sendval ? sendval : NONE);
    o->state = AWAITABLE_INIT;
    return (Object *)o;
}

static Object *athrow_new(GenObject *gen, Object *args) {
    if (init_hooks(gen) < 0)
        return NULL;
    AThrowObject *o = (AThrowObject *)obj_alloc(&AsyncGenAThrowType);
    if (!o)
        return NULL;
    o->gen = (GenObject *)NEWREF((Object *)gen);
    o->arg = args ? NEWREF(args) : NULL;
    o->state = AWAITABLE_INIT;
    return (Object *)o;
}

Object *async_gen_anext(Object *ag) {
    return asend_new((GenObject *)ag, NULL);
}

static Object *ag_anext(Object *self, Object *unused) {
    return asend_new((GenObject *)self, NULL);
}

static Object *ag_asend(Object *self, Object *arg) {
    return asend_new((GenObject *)self, arg);
}

static Object *ag_athrow(Object *self, Object *const *args, ssize_t nargs) {
    Object *t = tuple_new(nargs);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++)
        TUPLE_SET(t, i, NEWREF(args[i]));
    Object *r = athrow_new((GenObject *)self, t);
    DECREF(t);
    return r;
}

static Object *ag_aclose(Object *self, Object *unused) {
    return athrow_new((GenObject *)self, NULL);
}

static MethodDef ag_methods[] = {
    { "asend", (void *)ag_asend, METH_O, "asend(v) -> send 'v' in generator." },
    { "athrow", (void *)ag_athrow, METH_FASTCALL, "athrow(typ[,val[,tb]]) -> raise exception "
      "in generator." },
    { "aclose", (void *)ag_aclose, METH_NOARGS, "aclose() -> raise GeneratorExit inside "
      "generator." },
    { "__sizeof__", (void *)gen_sizeof, METH_NOARGS, "gen.__sizeof__() -> size of gen in memory, "
      "in bytes" },
    { "__aiter__", (void *)gen_iter, METH_NOARGS, "Return an awaitable, that resolves in "
      "asynchronous iterator." },
    { "__anext__", (void *)ag_anext, METH_NOARGS, "Return a value or raise "
      "StopAsyncIteration." },
    { NULL }
};

static MemberDef ag_members[] = {
    { "ag_code", T_OBJECT, offsetof(GenObject, gi_code), READONLY, NULL },
    { "ag_running", T_BOOL, offsetof(GenObject, gi_running_async), READONLY, NULL },
    { NULL }
};

static GetSetDef ag_getset[] = {
    { "__name__", gen_get_name, gen_set_name, "name of the async generator", NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname,
      "qualified name of the async generator", NULL },
    { "ag_await", gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL },
    { "ag_frame", gen_get_frame, NULL, NULL, NULL },
    { NULL }
};

TypeObject AsyncGenType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "async_generator",
    .tp_basicsize = offsetof(GenObject, gi_iframe),
    .tp_itemsize = sizeof(Object *),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .tp_methods = ag_methods,
    .tp_members = ag_members,
    .tp_getset = ag_getset,
    .tp_finalize = gen_finalize,
};

/* -- async_generator_asend -- */

static Object *asend_send(Object *self, Object *arg) {
    ASendObject *o = (ASendObject *)self;
    if (o->state == AWAITABLE_CLOSED) {
        err_set_string(&Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (o->state == AWAITABLE_INIT) {
        if (o->gen->gi_running_async) {
            err_set_string(&Exc_RuntimeError,
                           "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == NONE)
            arg = o->arg;
        o->state = AWAITABLE_ITER;
    }
    o->gen->gi_running_async = 1;
    Object *r = unwrap_value(o->gen, send_ex(o->gen, arg ? arg : NONE, false, false));
    if (!r)
        o->state = AWAITABLE_CLOSED;
    return r;
}

static Object *asend_iternext(Object *self) {
    return asend_send(self, NULL);
}

static Object *asend_throw(Object *self, Object *const *args, ssize_t nargs) {
    ASendObject *o = (ASendObject *)self;
    if (o->state == AWAITABLE_CLOSED) {
        err_set_string(&Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    Object *r = unwrap_value(o->gen, gen_throw((Object *)o->gen, args, nargs));
    if (!r)
        o->state = AWAITABLE_CLOSED;
    return r;
}

/* close(), dealloc and traverse, shared by the asend and athrow awaitables. */
static Object *awaitable_close(Object *self, Object *unused) {
    ((AwaitableObject *)self)->state = AWAITABLE_CLOSED;
    RETURN_NONE;
}

static void awaitable_dealloc(Object *self) {
    AwaitableObject *o = (AwaitableObject *)self;
    gc_untrack(self);
    CLEAR(o->gen);
    CLEAR(o->arg);
    TYPE(self)->tp_free(self);
}

static int awaitable_traverse(Object *self, visitproc visit, void *arg) {
    AwaitableObject *o = (AwaitableObject *)self;
    int r = o->gen ? visit((Object *)o->gen, arg) : 0;
    return r ? r : o->arg ? visit(o->arg, arg) : 0;
}


static MethodDef asend_methods[] = {
    { "send", (void *)asend_send, METH_O, SEND_DOC },
    { "throw", (void *)asend_throw, METH_FASTCALL, THROW_DOC },
    { "close", (void *)awaitable_close, METH_NOARGS, CLOSE_DOC },
    { "__await__", (void *)gen_iter, METH_NOARGS, AWAIT_DOC },
    { NULL }
};

TypeObject AsyncGenASendType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(ASendObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = awaitable_dealloc,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = awaitable_traverse,
    .tp_iter = gen_iter,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
};

/* -- async_generator_athrow (also aclose(), with no arguments) -- */

#define ASYNC_GEN_IGNORED_EXIT "async generator ignored GeneratorExit"

/* aclose() is done once the generator has ended or raised GeneratorExit: StopIteration. */
static Object *athrow_check_error(AThrowObject *o) {
    o->gen->gi_running_async = 0;
    o->state = AWAITABLE_CLOSED;
    if (!o->arg &&
        (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit))) {
        err_clear();
        err_set_none(&Exc_StopIteration);
    }
    return NULL;
}

static Object *athrow_yield_close(AThrowObject *o) {
    o->gen->gi_running_async = 0;
    o->state = AWAITABLE_CLOSED;
    err_set_string(&Exc_RuntimeError, ASYNC_GEN_IGNORED_EXIT);
    return NULL;
}

static Object *athrow_send(Object *self, Object *arg) {
    AThrowObject *o = (AThrowObject *)self;
    GenObject *gen = o->gen;
    Object *r;
    if (o->state == AWAITABLE_CLOSED) {
        err_set_string(&Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (gen->gi_frame_state >= GEN_COMPLETED) {
        o->state = AWAITABLE_CLOSED;
        err_set_none(&Exc_StopIteration);
        return NULL;
    }
    if (o->state == AWAITABLE_INIT) {
        if (gen->gi_running_async) {
            o->state = AWAITABLE_CLOSED;
            err_set_string(&Exc_RuntimeError, o->arg
                           ? "athrow(): asynchronous generator is already running"
                           : "aclose(): asynchronous generator is already running");
            return NULL;
        }
        if (gen->gi_closed) {
            o->state = AWAITABLE_CLOSED;
            err_set_none(&Exc_StopAsyncIteration);
            return NULL;
        }
        if (arg && arg != NONE) {
            err_set_string(&Exc_RuntimeError,
                           "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        o->state = AWAITABLE_ITER;
        gen->gi_running_async = 1;
        if (!o->arg) {
            gen->gi_closed = 1;
            r = gen_throw_impl(gen, false, (Object *)&Exc_GeneratorExit, NULL, NULL);
            if (r && IS_WRAPPED(r)) {
                DECREF(r);
                return athrow_yield_close(o);
            }
        } else {
            ssize_t n = TUPLE_LEN(o->arg);
            if (args_check_positional("athrow", n, 1, 3) < 0)
                return NULL;
            Object **a = TUPLE_ITEMS(o->arg);
            r = gen_throw_impl(gen, false, a[0], n > 1 ? a[1] : NULL, n > 2 ? a[2] : NULL);
            r = unwrap_value(gen, r);
        }
        return r ? r : athrow_check_error(o);
    }
    r = send_ex(gen, arg ? arg : NONE, false, false);
    if (o->arg)
        return unwrap_value(gen, r);
    if (!r)
        return athrow_check_error(o);
    if (IS_WRAPPED(r)) {
        DECREF(r);
        return athrow_yield_close(o);
    }
    return r;
}

static Object *athrow_iternext(Object *self) {
    return athrow_send(self, NONE);
}

static Object *athrow_throw(Object *self, Object *const *args, ssize_t nargs) {
    AThrowObject *o = (AThrowObject *)self;
    if (o->state == AWAITABLE_CLOSED) {
        err_set_string(&Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    Object *r = gen_throw((Object *)o->gen, args, nargs);
    if (o->arg)
        return unwrap_value(o->gen, r);
    if (r && IS_WRAPPED(r)) {
        DECREF(r);
        return athrow_yield_close(o);
    }
    if (!r && (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit))) {
        err_clear();
        err_set_none(&Exc_StopIteration);
    }
    return r;
}


static MethodDef athrow_methods[] = {
    { "send", (void *)athrow_send, METH_O, SEND_DOC },
    { "throw", (void *)athrow_throw, METH_FASTCALL, THROW_DOC },
    { "close", (void *)awaitable_close, METH_NOARGS, CLOSE_DOC },
    { "__await__", (void *)gen_iter, METH_NOARGS, AWAIT_DOC },
    { NULL }
};

TypeObject AsyncGenAThrowType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(AThrowObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = awaitable_dealloc,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = awaitable_traverse,
    .tp_iter = gen_iter,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
};
