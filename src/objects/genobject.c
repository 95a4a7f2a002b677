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
 * no handler active, so it is released without running anything. */
#include "genobject.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "funcobj.h"
#include "code.h"
#include "numbers.h"
#include "containers.h"
#include "../runtime/gc.h"

GenHooks gen_hooks;

Object *gen_new(Object *func, Object *code, ssize_t frame_words) {
    GenObject *gen = (GenObject *)obj_alloc_var(&GenType, frame_words);
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

/* Run gen with arg (NULL from next(): None is sent, and a return of None then means plain
 * exhaustion: GEN_RETURN is not reported, NULL without an error is).  With exc, the pending
 * exception is thrown in; `closing` only matters for coroutines in CPython. */
static GenSendResult send_ex2(GenObject *gen, Object *arg, Object **presult, bool exc,
                              bool closing) {
    *presult = NULL;
    int state = gen->gi_frame_state;
    if (state == GEN_CREATED && arg && arg != NONE) {
        err_set_string(&Exc_TypeError, "can't send non-None value to a just-started generator");
        return GEN_ERROR;
    }
    if (state == GEN_EXECUTING) {
        err_set_string(&Exc_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    if (state >= GEN_COMPLETED) {
        (void)closing;
        if (arg && !exc) {
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
        if (result == NONE && !arg) {
            DECREF(result);             /* next(): exhausted, no StopIteration needed */
            return GEN_ERROR;
        }
        *presult = result;
        return GEN_RETURN;
    }
    gen_stop_iteration_error();
    return GEN_ERROR;
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

/* A return becomes StopIteration(value) (StopIteration() for None); NULL then. */
static Object *send_ex(GenObject *gen, Object *arg, bool exc, bool closing) {
    Object *result;
    if (send_ex2(gen, arg, &result, exc, closing) == GEN_RETURN) {
        if (result == NONE)
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
    if (IS_GEN(yf)) {
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
    if (gen->gi_frame_state != GEN_SUSPENDED)
        return NULL;
    Object *yf = gen_hooks.yieldfrom(gen);
    return yf ? NEWREF(yf) : NULL;
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
        err_set_string(&Exc_RuntimeError, "generator ignored GeneratorExit");
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
        if (IS_GEN(yf)) {
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

/* tp_finalize: close a generator dropped while suspended, with any pending error put aside. */
static void gen_finalize(Object *self) {
    GenObject *gen = (GenObject *)self;
    if (gen->gi_frame_state >= GEN_COMPLETED || gen->gi_frame_state == GEN_EXECUTING)
        return;
    Object *saved = err_fetch();
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
    if (gen->gi_frame_state == GEN_SUSPENDED && !gc_is_finalized(self)) {
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
    TYPE(self)->tp_free(self);
}

static int gen_traverse(Object *self, visitproc visit, void *arg) {
    GenObject *gen = (GenObject *)self;
    Object *parts[] = { gen->gi_code, gen->gi_name, gen->gi_qualname, gen->gi_exc_value };
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
    return str_from_format("<generator object %U at %p>", ((GenObject *)self)->gi_qualname,
                           self);
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

static MethodDef gen_methods[] = {
    { "send", (void *)gen_send, METH_O,
      "send(arg) -> send 'arg' into generator,\n"
      "return next yielded value or raise StopIteration." },
    { "throw", (void *)gen_throw, METH_FASTCALL,
      "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
      "yielded value or raise\nStopIteration." },
    { "close", (void *)gen_close, METH_NOARGS, "close() -> raise GeneratorExit inside generator." },
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
