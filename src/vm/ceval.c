/* ceval.c — the eval loop: runs code objects (compiler/opcodes.h is its specification).
 *
 * Dispatch is by computed goto (GCC's labels as values): each instruction body ends by fetching
 * the next code unit and jumping through a 256-entry table, so every opcode has its own indirect
 * branch for the predictor.  Compilers without the extension get a switch in a loop.  Arguments
 * are inline (the high byte of the code unit, widened by EXTENDED_ARG prefixes); instructions
 * with inline caches skip their cache units.
 *
 * Calls between Python functions do not recurse in C: CALL pushes the callee's frame (on the
 * data stack, frame.c), and the loop carries on in it; RETURN_VALUE pops back to the caller
 * inside the same C activation, as CPython 3.11 does.  Only calls that pass through C (a
 * function called by a built-in, __init__ called by type.__call__, ...) enter the loop afresh
 * ("entry" frames).  The Python recursion limit counts frames; a guard on the real C stack
 * raises RecursionError before C recursion can overflow it, whatever the limit is set to.
 *
 * Exceptions follow the block-stack model of opcodes.h.  When an exception is first seen in a
 * frame, the frame adds its traceback entry (RERAISE and a bare `raise` skip that: the entry is
 * there already) and chains the handled exception as __context__ as CPython's _PyErr_SetObject
 * does; then the block stack is searched, and a frame without a handler passes the exception to
 * its caller.
 *
 * Generators (objects/genobject.h): RETURN_GENERATOR moves a new frame off the data stack into
 * its generator object, where it stays while the generator lives.  Such a frame always runs as
 * an entry frame: gen_resume (send, next, throw, close) runs it in a fresh activation of this
 * loop, which YIELD_VALUE leaves with the frame intact; FOR_ITER over a generator instead links
 * its frame in as the running one within the same activation (CPython 3.12's FOR_ITER_GEN), and
 * its yields and its end come back to that FOR_ITER.  The handled exception is swapped in and out
 * on each resume (see gen_resume).  Coroutines and async generators are generators of other
 * types (genobject.c): their awaits are YIELD_FROM loops, so an await chain resumes one C
 * activation per coroutine, as `yield from` chains do.
 *
 * Inline caches: the first cache unit of LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD
 * holds an index (+1) into the code's CacheEntry array (CodeExtra in co_extra), assigned when a
 * code object first runs.  LOAD_GLOBAL entries are keyed on both dicts' version tags (dict.c
 * takes them from a global counter, so a tag names one state of one dict); attribute entries on
 * the type's version tag, which type.c changes whenever the type or a base changes. */
#include "frame.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/numbers.h"
#include "../objects/containers.h"
#include "../objects/funcobj.h"
#include "../compiler/opcodes.h"
#include "../compiler/ast.h"
#include <signal.h>
#include <pthread.h>
#include <string.h>

ThreadState tstate;

/* ---- SIGINT and the C stack guard ------------------------------------------------------------ */

static volatile sig_atomic_t sigint_pending;

static void on_sigint(int sig) {
    (void)sig;
    sigint_pending = 1;
}

/* Stop recursing in C this far above the end of the thread's stack: room for what runs after
 * the RecursionError is raised (unwinding, printing the traceback), with AddressSanitizer's
 * bigger frames included. */
#define CSTACK_MARGIN (256 * 1024)
static char *cstack_limit;

static void cstack_init(void) {
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && size > 2 * CSTACK_MARGIN)
        cstack_limit = (char *)addr + CSTACK_MARGIN;
    pthread_attr_destroy(&attr);
}

static inline bool cstack_exhausted(void) {
    return (char *)__builtin_frame_address(0) < cstack_limit;
}

/* ---- per-code data --------------------------------------------------------------------------- */

static bool op_is_cached(int op) {
    return op == LOAD_GLOBAL || op == LOAD_ATTR || op == STORE_ATTR || op == LOAD_METHOD;
}

CodeExtra *code_extra(CodeObject *co) {
    if (co->co_extra)
        return co->co_extra;
    ssize_t n = co->co_ncode, ncache = 0;
    for (ssize_t i = 0; i < n; i += 1 + op_caches[CU_OP(co->co_code[i]) % OPCODE_COUNT])
        if (op_is_cached(CU_OP(co->co_code[i])) && i + 1 < n)
            ncache++;
    if (ncache > 0xffff)
        ncache = 0xffff;        /* more than a cache unit can number: the rest go uncached */
    CodeExtra *x = mem_calloc(1, sizeof(CodeExtra) + sizeof(CacheEntry) * ncache);
    if (!x) {
        err_no_memory();
        return NULL;
    }
    x->nlocalsplus = co->co_nlocals + (int)TUPLE_LEN(co->co_cellvars) +
                     (int)TUPLE_LEN(co->co_freevars);
    x->framewords = (int)((sizeof(Frame) + sizeof(Object *) - 1) / sizeof(Object *)) +
                    x->nlocalsplus + co->co_stacksize +
                    co->co_maxblocks * (int)(sizeof(Block) / sizeof(Object *));
    x->ncaches = (int)ncache;
    int k = 0;
    for (ssize_t i = 0; i < n; i += 1 + op_caches[CU_OP(co->co_code[i]) % OPCODE_COUNT]) {
        if (op_is_cached(CU_OP(co->co_code[i])) && i + 1 < n)
            co->co_code[i + 1] = k < ncache ? (CodeUnit)(++k) : 0;
    }
    co->co_extra = x;
    return x;
}

/* ---- helpers of the instructions ------------------------------------------------------------- */

static Object *builtins_from_globals(Object *globals) {
    Object *b = dict_getitem(globals, ID(__builtins__));
    if (b && IS_MODULE(b))
        return MODULE_DICT(b);
    if (b && IS_DICT(b))
        return b;
    if (err_occurred())
        err_clear();
    return vm_builtins();
}

/* Raise NameError "name 'x' is not defined" with its name attribute (for suggestions). */
static void name_error(TypeObject *type, const char *fmt, Object *name) {
    err_format(type, fmt, name);
    Object *exc = err_occurred();
    if (exc && IS_INSTANCE(exc, &Exc_NameError) && !((NameErrorObject *)exc)->name)
        ((NameErrorObject *)exc)->name = NEWREF(name);
}

#define NAME_ERROR_MSG "name '%U' is not defined"
#define UNBOUNDLOCAL_MSG "cannot access local variable '%U' where it is not associated with a value"
#define UNBOUNDFREE_MSG "cannot access free variable '%U' where it is not associated with a " \
                        "value in enclosing scope"

/* The name of cell/free slot i (cells first, then frees). */
static Object *deref_name(CodeObject *co, int i) {
    ssize_t ncells = TUPLE_LEN(co->co_cellvars);
    return i < ncells ? TUPLE_GET(co->co_cellvars, i) : TUPLE_GET(co->co_freevars, i - ncells);
}

static void unbound_deref(CodeObject *co, int i) {
    if (i < TUPLE_LEN(co->co_cellvars))
        name_error(&Exc_UnboundLocalError, UNBOUNDLOCAL_MSG, deref_name(co, i));
    else
        name_error(&Exc_NameError, UNBOUNDFREE_MSG, deref_name(co, i));
}

static void unbound_local(CodeObject *co, int i) {
    name_error(&Exc_UnboundLocalError, UNBOUNDLOCAL_MSG, TUPLE_GET(co->co_varnames, i));
}

/* Makes saved (a reference popped from an except handler's block; None for no exception) the
 * handled exception again. */
static inline void restore_exc_info(Object *saved) {
    Object *old = tstate.exc_info;
    if (saved == NONE) {
        DECREF(saved);
        saved = NULL;
    }
    tstate.exc_info = saved;
    XDECREF(old);
}

/* Look a name up in a mapping: new reference, or NULL (an error set only for real errors). */
static Object *mapping_lookup(Object *m, Object *name) {
    if (IS_DICT_EXACT(m)) {
        Object *v = dict_getitem(m, name);
        return v ? NEWREF(v) : NULL;
    }
    Object *v = obj_getitem(m, name);
    if (!v && err_matches(&Exc_KeyError))
        err_clear();
    return v;
}

/* LOAD_GLOBAL's cache (CPython 3.11's LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN): p1, p2 =
 * the globals and builtins dicts, v1 = the globals' keys version, p3 = the name's index in the
 * globals (v2 = 0) or in the builtins (v2 = their keys version).  Keyed on the keys, not on the
 * values, so storing to any global (a loop variable at module level) keeps it valid. */
static void global_cache_fill(CacheEntry *c, Object *g, Object *b, Object *name) {
    uint32_t gv = dict_keys_version(g), bv = 0;
    ssize_t ix = gv ? dict_index_of_str(g, name) : -1;
    if (gv && ix < 0 && (bv = dict_keys_version(b)) != 0)
        ix = dict_index_of_str(b, name);
    if (ix < 0) {
        c->p1 = NULL;
        return;
    }
    c->p1 = g;
    c->p2 = b;
    c->v1 = gv;
    c->v2 = bv;
    c->p3 = (Object *)(intptr_t)ix;
}

static inline Object *global_cache_get(CacheEntry *c, Object *g, Object *b) {
    if (c->p1 != g || c->p2 != b) return NULL;
    if (c->v2 == 0) return dict_cached_value(g, (uint32_t)c->v1, (intptr_t)c->p3);
    if (!dict_keys_version_is(g, (uint32_t)c->v1)) return NULL;   /* not shadowed since */
    return dict_cached_value(b, (uint32_t)c->v2, (intptr_t)c->p3);
}

static Object *load_global_slow(Frame *f, Object *name, CacheEntry *c) {
    Object *v = dict_getitem(f->globals, name);
    if (!v && !err_occurred()) {
        if (!IS_DICT(f->builtins)) {
            v = mapping_lookup(f->builtins, name);      /* a new reference: no caching */
            if (!v && !err_occurred())
                name_error(&Exc_NameError, NAME_ERROR_MSG, name);
            return v;
        }
        v = dict_getitem(f->builtins, name);
    }
    if (!v) {
        if (!err_occurred())
            name_error(&Exc_NameError, NAME_ERROR_MSG, name);
        return NULL;
    }
    if (c && IS_DICT_EXACT(f->globals) && IS_DICT_EXACT(f->builtins))
        global_cache_fill(c, f->globals, f->builtins, name);
    return NEWREF(v);
}

/* Attribute cache kinds (CacheEntry.v2 for LOAD_ATTR/LOAD_METHOD/STORE_ATTR entries keyed on a
 * type: v1 = type version, p3 = the type, p1 = what type_lookup found).  ATTR_VALUE and
 * ATTR_STORE_VALUE are CPython's LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE: the
 * attribute lives in the instance's values array at index p2 of the class's shared keys, which
 * stays valid for every instance of the class (containers.h, instance_keys_index). */
enum { ATTR_NONE, ATTR_INSTANCE, ATTR_DATA_DESCR, ATTR_METHOD, ATTR_STORE_DICT, ATTR_MODULE,
       ATTR_VALUE, ATTR_STORE_VALUE };

/* A site that sees several types (a method shared by subclasses) would refill its entry on every
 * miss.  After refilling an entry that was in use, it lets ATTR_BACKOFF misses pass first: it
 * keeps serving one type fast and the others without the cost of filling (CPython's adaptive
 * back-off, simplified). */
#define ATTR_BACKOFF 16

static inline bool attr_cache_may_fill(CacheEntry *c) {
    if (c->backoff) {
        c->backoff--;
        return false;
    }
    c->backoff = c->v2 != ATTR_NONE ? ATTR_BACKOFF : 0;
    return true;
}

/* The index of name in o's values array if o keeps its attributes there (no dict made), else
 * -1. */
static ssize_t values_index(Object *o, Object *name) {
    TypeObject *tp = TYPE(o);
    if (!TYPE_HAS_FLAG(tp, TPFLAGS_MANAGED_DICT) || !*INSTANCE_VALUES_PTR(o)) return -1;
    return instance_keys_index(tp, name);
}

static inline bool attr_cache_hit(CacheEntry *c, TypeObject *tp) {
    return c->p3 == (Object *)tp && c->v1 == tp->tp_version_tag && c->v1 != 0;
}

/* Module attributes: v1 = the dict's version, p1 = the dict, p2 = the value. */
static inline bool module_cache_hit(CacheEntry *c, Object *o) {
    if (c->v2 != ATTR_MODULE || TYPE(o) != &ModuleType)
        return false;
    DictObject *d = (DictObject *)MODULE_DICT(o);
    return (Object *)d == c->p1 && d->ma_version_tag == c->v1;
}

static void module_cache_fill(CacheEntry *c, Object *o, Object *name, Object *v) {
    Object *d = MODULE_DICT(o);
    if (!d || !IS_DICT_EXACT(d) || type_lookup(&ModuleType, name) || dict_getitem(d, name) != v) {
        err_clear();
        return;
    }
    c->v2 = ATTR_MODULE;
    c->p1 = d;
    c->v1 = ((DictObject *)d)->ma_version_tag;
    c->p2 = v;
    c->p3 = NULL;
}

static void attr_cache_fill(CacheEntry *c, Object *o, Object *name, Object *v) {
    TypeObject *tp = TYPE(o);
    c->v2 = ATTR_NONE;
    if (tp == &ModuleType) {
        module_cache_fill(c, o, name, v);
        return;
    }
    if (tp->tp_getattro != obj_generic_getattr)
        return;
    uint32_t ver = type_version(tp);
    if (!ver)
        return;
    Object *d = type_lookup(tp, name);
    if (d && TYPE(d)->tp_descr_set) {
        if (!TYPE(d)->tp_descr_get)
            return;
        c->v2 = ATTR_DATA_DESCR;
    } else {
        ssize_t ix = values_index(o, name);
        c->v2 = ATTR_INSTANCE;
        if (ix >= 0 && (*INSTANCE_VALUES_PTR(o))[ix] == v) {
            c->v2 = ATTR_VALUE;
            c->p2 = (Object *)(intptr_t)ix;
        }
    }
    c->v1 = ver;
    c->p3 = (Object *)tp;
    c->p1 = d;
}

/* o.name through the cache entry c (may be NULL).  New reference. */
static Object *load_attr(CacheEntry *c, Object *o, Object *name) {
    TypeObject *tp = TYPE(o);
    if (c) {
        if (attr_cache_hit(c, tp)) {
            Object *d = c->p1;
            if (c->v2 == ATTR_VALUE) {
                Object **values = *INSTANCE_VALUES_PTR(o);
                Object *v = values ? values[(intptr_t)c->p2] : NULL;
                if (v)
                    return NEWREF(v);
            }
            if (c->v2 == ATTR_DATA_DESCR)
                return TYPE(d)->tp_descr_get(d, o, (Object *)tp);
            if (c->v2 == ATTR_INSTANCE) {
                Object **dp = obj_dict_ptr(o);
                if (dp && *dp) {
                    Object *v = dict_getitem(*dp, name);
                    if (v)
                        return NEWREF(v);
                    if (err_occurred())
                        return NULL;
                }
                if (d) {
                    descrgetfunc get = TYPE(d)->tp_descr_get;
                    return get ? get(d, o, (Object *)tp) : NEWREF(d);
                }
            }
        } else if (module_cache_hit(c, o)) {
            return NEWREF(c->p2);
        }
    }
    Object *v = obj_getattr(o, name);
    if (v && c)
        if (attr_cache_may_fill(c)) attr_cache_fill(c, o, name, v);
    return v;
}

/* o's own attribute name (borrowed), NULL if it has none (or with an exception): the instance
 * attribute that would shadow a method.  Attributes in a values array take one probe of the
 * shared keys, no dict view. */
static Object *instance_attr(Object *o, Object *name) {
    if (TYPE_HAS_FLAG(TYPE(o), TPFLAGS_MANAGED_DICT) && *INSTANCE_VALUES_PTR(o))
        return instance_values_get(o, name);
    Object **dp = obj_dict_ptr(o);
    return dp && *dp ? dict_getitem(*dp, name) : NULL;
}

/* LOAD_METHOD's lookup: 1 with *meth an unbound method (new ref) to call with o prepended, 0
 * with *meth the attribute's value, -1 on error. */
static int load_method(CacheEntry *c, Object *o, Object *name, Object **meth) {
    TypeObject *tp = TYPE(o);
    if (c) {
        if (c->v2 == ATTR_METHOD && attr_cache_hit(c, tp)) {
            Object *shadow = instance_attr(o, name);
            if (!shadow) {
                if (err_occurred())
                    return -1;
                *meth = NEWREF(c->p1);
                return 1;
            }
        } else if (module_cache_hit(c, o)) {
            *meth = NEWREF(c->p2);
            return 0;
        }
    }
    if (tp->tp_getattro == obj_generic_getattr) {
        Object *d = type_lookup(tp, name);
        if (d && (IS_FUNCTION(d) || TYPE_HAS_FLAG(TYPE(d), TPFLAGS_METHOD_DESCRIPTOR))) {
            Object *shadow = instance_attr(o, name);
            if (!shadow) {
                if (err_occurred())
                    return -1;
                *meth = NEWREF(d);
                uint32_t ver = c && attr_cache_may_fill(c) ? type_version(tp) : 0;
                if (ver && type_lookup(tp, name) == d) {
                    c->v2 = ATTR_METHOD;
                    c->v1 = ver;
                    c->p3 = (Object *)tp;
                    c->p1 = d;
                }
                return 1;
            }
        }
    }
    *meth = obj_getattr(o, name);
    if (!*meth)
        return -1;
    if (c && tp == &ModuleType)
        module_cache_fill(c, o, name, *meth);
    return 0;
}

static int store_attr(CacheEntry *c, Object *o, Object *name, Object *v) {
    TypeObject *tp = TYPE(o);
    if (c && attr_cache_hit(c, tp)) {
        if (c->v2 == ATTR_STORE_VALUE) {
            /* Replacing a value already set needs no bookkeeping; a first store records the
             * insertion order, which instance_values_set does. */
            Object **values = *INSTANCE_VALUES_PTR(o);
            Object *old = values ? values[(intptr_t)c->p2] : NULL;
            if (old) {
                values[(intptr_t)c->p2] = NEWREF(v);
                DECREF(old);
                return 0;
            }
        } else if (c->v2 == ATTR_STORE_DICT) {
            Object **dp = obj_dict_ptr(o);
            if (dp && *dp)
                return dict_setitem(*dp, name, v);
        }
    }
    int r = obj_setattr(o, name, v);
    if (r == 0 && c && tp->tp_setattro == obj_generic_setattr && attr_cache_may_fill(c)) {
        uint32_t ver = type_version(tp);
        Object *d = ver ? type_lookup(tp, name) : NULL;
        if (ver && !(d && TYPE(d)->tp_descr_set)) {
            ssize_t ix = values_index(o, name);
            c->v2 = ix >= 0 ? ATTR_STORE_VALUE : ATTR_STORE_DICT;
            c->v1 = ver;
            c->p3 = (Object *)tp;
            c->p1 = NULL;
            c->p2 = (Object *)(intptr_t)ix;
        }
    }
    return r;
}

/* CPython's _PyObject_FunctionStr: "mod.qualname()" (no module for builtins), or str(f). */
static Object *function_str(Object *f) {
    Object *qualname = NULL, *module = NULL, *r = NULL;
    if (obj_lookup_attr(f, ID(__qualname__), &qualname) <= 0) {
        err_clear();
        return obj_str(f);
    }
    if (obj_lookup_attr(f, ID(__module__), &module) < 0)
        err_clear();
    if (module && module != NONE && IS_STR(module) && !str_eq_cstr(module, "builtins"))
        r = str_from_format("%S.%S()", module, qualname);
    else
        r = str_from_format("%S()", qualname);
    XDECREF(module);
    DECREF(qualname);
    return r;
}

static bool is_sequence(Object *o) {
    SequenceMethods *sq = TYPE(o)->tp_as_sequence;
    return sq && sq->sq_item && !IS_DICT(o);
}

static bool is_iterable(Object *o) {
    return TYPE(o)->tp_iter || is_sequence(o);
}

/* Merge mapping `src` into dict `dst`.  With `calls`, a repeated key is an error (DICT_MERGE,
 * building the **kwargs of a call to func); without, later values win (DICT_UPDATE). */
static int merge_mapping(Object *dst, Object *src, Object *func, bool calls) {
    /* {**d}: an exact dict merges as CPython's PyDict_Update does (sizes and order as CPython). */
    if (!calls && IS_DICT_EXACT(src))
        return dict_merge(dst, src, true);
    Object *keys;
    if (IS_DICT(src)) {
        keys = dict_keys_list(src);
    } else {
        Object *m = NULL;
        if (obj_lookup_attr(src, ID(keys), &m) < 0)
            return -1;
        if (!m) {
            if (calls) {
                Object *fs = function_str(func);
                if (fs)
                    err_format(&Exc_TypeError, "%U argument after ** must be a mapping, not %s",
                               fs, TYPE(src)->tp_name);
                XDECREF(fs);
            } else {
                err_format(&Exc_TypeError, "'%s' object is not a mapping", TYPE(src)->tp_name);
            }
            return -1;
        }
        Object *k = obj_call0(m);
        DECREF(m);
        if (!k)
            return -1;
        keys = seq_list(k);
        DECREF(k);
    }
    if (!keys)
        return -1;
    int r = 0;
    for (ssize_t i = 0; r == 0 && i < LIST_LEN(keys); i++) {
        Object *key = LIST_GET(keys, i);
        if (calls) {
            int has = dict_contains(dst, key);
            if (has != 0) {
                if (has > 0) {
                    Object *fs = function_str(func);
                    if (fs && IS_STR(key))
                        err_format(&Exc_TypeError,
                                   "%U got multiple values for keyword argument '%S'", fs, key);
                    else if (fs)
                        err_format(&Exc_TypeError, "%U keywords must be strings", fs);
                    XDECREF(fs);
                }
                r = -1;
                break;
            }
        }
        Object *v = obj_getitem(src, key);
        if (!v) {
            r = -1;
            break;
        }
        r = dict_setitem(dst, key, v);
        DECREF(v);
    }
    DECREF(keys);
    return r;
}

/* Unpack iterable v into argcnt items (and, when argcntafter >= 0, a starred list and
 * argcntafter more), written downwards from sp so the first item ends on top. */
static int unpack_iterable(Object *v, int argcnt, int argcntafter, Object **sp) {
    Object *it = obj_get_iter(v);
    if (!it) {
        if (err_matches(&Exc_TypeError) && !is_iterable(v)) {
            err_clear();
            err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", TYPE(v)->tp_name);
        }
        return -1;
    }
    Object **top = sp;
    int i = 0;
    for (; i < argcnt; i++) {
        Object *w = iter_next(it);
        if (!w) {
            if (!err_occurred()) {
                if (argcntafter < 0)
                    err_format(&Exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                               argcnt, i);
                else
                    err_format(&Exc_ValueError,
                               "not enough values to unpack (expected at least %d, got %d)",
                               argcnt + argcntafter, i);
            }
            goto fail;
        }
        *--sp = w;
    }
    if (argcntafter < 0) {
        Object *w = iter_next(it);
        if (w) {
            DECREF(w);
            err_format(&Exc_ValueError, "too many values to unpack (expected %d)", argcnt);
            goto fail;
        }
        if (err_occurred())
            goto fail;
        DECREF(it);
        return 0;
    }
    Object *l = seq_list(it);
    if (!l)
        goto fail;
    *--sp = l;
    i++;
    ssize_t ll = LIST_LEN(l);
    if (ll < argcntafter) {
        err_format(&Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                   argcnt + argcntafter, argcnt + ll);
        goto fail;
    }
    for (ssize_t j = argcntafter; j > 0; j--, i++)
        *--sp = LIST_GET(l, ll - j);
    SIZE(l) = ll - argcntafter;       /* the moved items now belong to the stack */
    DECREF(it);
    return 0;
fail:
    while (sp < top)
        DECREF(*sp++);
    DECREF(it);
    return -1;
}

/* Set exc.__context__ to the handled exception, cutting any cycle that would make (CPython's
 * _PyErr_SetObject).  With `only_if_unset`, an existing context is kept. */
static void chain_exception(Object *exc, bool only_if_unset) {
    Object *handled = tstate.exc_info;
    if (!handled || handled == exc || !IS_EXCEPTION(exc) || !IS_EXCEPTION(handled))
        return;
    if (only_if_unset && ((BaseExceptionObject *)exc)->context)
        return;
    /* Walk handled's chain with a slower second pointer, so a pre-existing cycle ends it. */
    BaseExceptionObject *o = (BaseExceptionObject *)handled, *slow = o;
    bool move_slow = false;
    for (;;) {
        Object *ctx = o->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            o->context = NULL;
            DECREF(ctx);
            break;
        }
        o = (BaseExceptionObject *)ctx;
        if (o == slow)
            break;
        if (move_slow)
            slow = (BaseExceptionObject *)slow->context;
        move_slow = !move_slow;
    }
    exc_set_context(exc, NEWREF(handled));
}

/* RAISE_VARARGS 1 or 2: set the exception to raise (with its cause).  0, or -1 with a TypeError
 * about the operands instead. */
static int do_raise(Object *exc, Object *cause) {
    Object *value;
    if (IS_EXCEPTION_CLASS(exc)) {
        value = obj_call0(exc);
        if (!value)
            return -1;
        if (!IS_EXCEPTION(value)) {
            err_format(&Exc_TypeError, "calling %R should have returned an instance of "
                       "BaseException, not %s", exc, TYPE(value)->tp_name);
            DECREF(value);
            return -1;
        }
    } else if (IS_EXCEPTION(exc)) {
        value = NEWREF(exc);
    } else {
        err_set_string(&Exc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        Object *c;
        if (IS_EXCEPTION_CLASS(cause)) {
            c = obj_call0(cause);
            if (!c) {
                DECREF(value);
                return -1;
            }
            if (!IS_EXCEPTION(c)) {
                err_format(&Exc_TypeError, "calling %R should have returned an instance of "
                           "BaseException, not %s", cause, TYPE(c)->tp_name);
                DECREF(c);
                DECREF(value);
                return -1;
            }
        } else if (IS_EXCEPTION(cause)) {
            c = NEWREF(cause);
        } else if (cause == NONE) {
            c = NULL;
        } else {
            err_set_string(&Exc_TypeError, "exception causes must derive from BaseException");
            DECREF(value);
            return -1;
        }
        exc_set_cause(value, c);
        ((BaseExceptionObject *)value)->suppress_context = 1;
    }
    chain_exception(value, false);
    err_restore(value);
    return 0;
}

/* ---- pattern matching (match statements) ---------------------------------------------------- */

/* isinstance(o, collections.abc.<name>) when _collections_abc is loaded, else 0 (ouro has no
 * Py_TPFLAGS_SEQUENCE/MAPPING flags: registration with the ABC stands in for them). */
static int match_abc_instance(Object *o, const char *name)
{
    Object *mods = vm_sys_modules();
    if (!mods || !IS_DICT(mods)) return 0;
    Object *abc = dict_getitem_str(mods, "_collections_abc");
    if (!abc && !err_occurred()) abc = dict_getitem_str(mods, "collections.abc");
    if (!abc) return err_occurred() ? -1 : 0;
    Object *cls;
    Object *s = str_from_cstr(name);
    if (!s) return -1;
    int r = obj_lookup_attr(abc, s, &cls);
    DECREF(s);
    if (r <= 0) return r;
    r = obj_isinstance(o, cls);
    DECREF(cls);
    return r;
}

static int match_is_sequence(Object *o)
{
    if (IS_LIST(o) || IS_TUPLE(o) || IS_INSTANCE(o, &RangeType) || IS_INSTANCE(o, &MemoryViewType))
        return 1;
    if (IS_STR(o) || IS_BYTES(o) || IS_BYTEARRAY(o) || IS_DICT(o)) return 0;
    return match_abc_instance(o, "Sequence");
}

static int match_is_mapping(Object *o)
{
    if (IS_DICT(o)) return 1;
    if (IS_LIST(o) || IS_TUPLE(o) || IS_STR(o) || IS_BYTES(o) || IS_BYTEARRAY(o)) return 0;
    return match_abc_instance(o, "Mapping");
}

/* A tuple of map.get(key, dummy) for the keys, None when one is missing, NULL on error. */
static Object *match_keys(Object *map, Object *keys)
{
    ssize_t nkeys = TUPLE_LEN(keys);
    if (!nkeys) return tuple_new(0);
    Object *get = obj_getattr_str(map, "get");
    if (!get) return NULL;
    Object *seen = dict_new(), *dummy = dict_new(), *values = tuple_new(nkeys);
    if (!seen || !dummy || !values) goto fail;
    for (ssize_t i = 0; i < nkeys; i++) {
        Object *key = TUPLE_GET(keys, i);
        int r = dict_contains(seen, key);
        if (r < 0) goto fail;
        if (r) {
            err_format(&Exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        if (dict_setitem(seen, key, NONE) < 0) goto fail;
        Object *value = obj_call2(get, key, dummy);
        if (!value) goto fail;
        if (value == dummy) {
            DECREF(value);
            DECREF(values);
            values = NEWREF(NONE);
            break;
        }
        TUPLE_SET(values, i, value);
    }
    DECREF(get);
    DECREF(seen);
    DECREF(dummy);
    return values;
fail:
    DECREF(get);
    XDECREF(seen);
    XDECREF(dummy);
    XDECREF(values);
    return NULL;
}

/* subject.name for a class pattern; NULL without an exception when missing. */
static Object *match_class_attr(Object *subject, Object *type, Object *name, Object *seen)
{
    int r = dict_contains(seen, name);
    if (r < 0) return NULL;
    if (r) {
        err_format(&Exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                   ((TypeObject *)type)->tp_name, name);
        return NULL;
    }
    if (dict_setitem(seen, name, NONE) < 0) return NULL;
    Object *attr;
    if (obj_lookup_attr(subject, name, &attr) < 0) return NULL;
    return attr;
}

static bool match_self_type(Object *type)
{
    static TypeObject *const self_types[] = {
        &BoolType, &ByteArrayType, &BytesType, &DictType, &FloatType, &FrozenSetType, &IntType,
        &ListType, &SetType, &StrType, &TupleType,
    };
    /* CPython's _Py_TPFLAGS_MATCH_SELF is inherited by subclasses. */
    for (size_t i = 0; i < sizeof self_types / sizeof *self_types; i++)
        if (type == (Object *)self_types[i] || type_is_subtype((TypeObject *)type, self_types[i]))
            return true;
    return false;
}

/* The attributes for a class pattern as a tuple; NULL without an exception: no match. */
static Object *match_class(Object *subject, Object *type, ssize_t nargs, Object *kwargs)
{
    if (!TYPE_HAS_FLAG(TYPE(type), TPFLAGS_TYPE_SUBCLASS)) {
        err_format(&Exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int r = obj_isinstance(subject, type);
    if (r <= 0) return NULL;
    const char *tname = ((TypeObject *)type)->tp_name;
    Object *seen = dict_new(), *attrs = list_new(0), *match_args = NULL, *res = NULL;
    if (!seen || !attrs) goto done;
    if (nargs) {
        bool match_self = false;
        Object *s = str_from_cstr("__match_args__");
        if (!s) goto done;
        r = obj_lookup_attr(type, s, &match_args);
        DECREF(s);
        if (r < 0) goto done;
        if (r) {
            if (!IS_TUPLE_EXACT(match_args)) {
                err_format(&Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", tname,
                           TYPE(match_args)->tp_name);
                goto done;
            }
        } else {
            match_args = tuple_new(0);
            if (!match_args) goto done;
            match_self = match_self_type(type);
        }
        ssize_t allowed = match_self ? 1 : TUPLE_LEN(match_args);
        if (allowed < nargs) {
            err_format(&Exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                       tname, allowed, allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (match_self) {
            if (list_append(attrs, subject) < 0) goto done;
        } else {
            for (ssize_t i = 0; i < nargs; i++) {
                Object *name = TUPLE_GET(match_args, i);
                if (!IS_STR_EXACT(name)) {
                    err_format(&Exc_TypeError,
                               "__match_args__ elements must be strings (got %s)",
                               TYPE(name)->tp_name);
                    goto done;
                }
                Object *attr = match_class_attr(subject, type, name, seen);
                if (!attr) goto done;
                r = list_append(attrs, attr);
                DECREF(attr);
                if (r < 0) goto done;
            }
        }
    }
    for (ssize_t i = 0; i < TUPLE_LEN(kwargs); i++) {
        Object *attr = match_class_attr(subject, type, TUPLE_GET(kwargs, i), seen);
        if (!attr) goto done;
        r = list_append(attrs, attr);
        DECREF(attr);
        if (r < 0) goto done;
    }
    res = list_as_tuple(attrs);
done:
    XDECREF(seen);
    XDECREF(attrs);
    XDECREF(match_args);
    return res;
}

static bool valid_exc_match_type(Object *t) {
    if (IS_TUPLE(t)) {
        for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
            if (!IS_EXCEPTION_CLASS(TUPLE_GET(t, i)))
                return false;
        return true;
    }
    return IS_EXCEPTION_CLASS(t);
}

/* except* takes what except takes, except exception group types; false with a TypeError. */
static bool valid_exc_match_star_type(Object *t) {
    if (!valid_exc_match_type(t)) {
        err_set_string(&Exc_TypeError, "catching classes that do not inherit from "
                       "BaseException is not allowed");
        return false;
    }
    bool group = false;
    if (IS_TUPLE(t)) {
        for (ssize_t i = 0; i < TUPLE_LEN(t) && !group; i++)
            group = type_is_subtype((TypeObject *)TUPLE_GET(t, i), &Exc_BaseExceptionGroup);
    } else {
        group = type_is_subtype((TypeObject *)t, &Exc_BaseExceptionGroup);
    }
    if (group)
        err_set_string(&Exc_TypeError, "catching ExceptionGroup with except* is not allowed. "
                       "Use except instead.");
    return !group;
}

static Object *import_from(Object *v, Object *name) {
    Object *x;
    int r = obj_lookup_attr(v, name, &x);
    if (r != 0)
        return x;
    Object *pkgname = NULL, *pkgpath = NULL;
    if (obj_lookup_attr(v, ID(__name__), &pkgname) < 0)
        return NULL;
    if (pkgname && IS_STR(pkgname)) {
        Object *full = str_from_format("%U.%U", pkgname, name);
        if (!full) {
            DECREF(pkgname);
            return NULL;
        }
        Object *modules = vm_sys_modules();
        x = modules ? dict_getitem(modules, full) : NULL;
        DECREF(full);
        if (x) {
            DECREF(pkgname);
            return NEWREF(x);
        }
        if (err_occurred()) {
            DECREF(pkgname);
            return NULL;
        }
    }
    if (!pkgname || !IS_STR(pkgname)) {
        XDECREF(pkgname);
        pkgname = str_from_cstr("<unknown module name>");
        if (!pkgname)
            return NULL;
    }
    if (IS_MODULE(v)) {
        pkgpath = dict_getitem(MODULE_DICT(v), ID(__file__));
        if (pkgpath && !IS_STR(pkgpath))
            pkgpath = NULL;
        XINCREF(pkgpath);
        err_clear();
    }
    Object *msg = pkgpath
        ? str_from_format("cannot import name %R from %R (%S)", name, pkgname, pkgpath)
        : str_from_format("cannot import name %R from %R (unknown location)", name, pkgname);
    if (msg) {
        Object *exc = exc_new(&Exc_ImportError, &msg, 1);
        if (exc) {
            ImportErrorObject *ie = (ImportErrorObject *)exc;
            SETREF(ie->name, NEWREF(pkgname));
            SETREF(ie->path, pkgpath ? NEWREF(pkgpath) : NULL);
            err_restore(exc);
        }
        DECREF(msg);
    }
    XDECREF(pkgpath);
    DECREF(pkgname);
    return NULL;
}

static int store_in(Object *locals, Object *name, Object *v) {
    return IS_DICT_EXACT(locals) ? dict_setitem(locals, name, v) : obj_setitem(locals, name, v);
}

static int import_all_from(Object *locals, Object *v) {
    Object *all = NULL;
    bool skip_private = false;
    if (obj_lookup_attr(v, ID(__all__), &all) < 0)
        return -1;
    if (!all) {
        Object *dict = NULL;
        if (obj_lookup_attr(v, ID(__dict__), &dict) < 0)
            return -1;
        if (!dict) {
            err_set_string(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = IS_DICT(dict) ? dict_keys_list(dict) : seq_list(dict);
        DECREF(dict);
        if (!all)
            return -1;
        skip_private = true;
    }
    Object *names = seq_list(all);
    int r = names ? 0 : -1;
    for (ssize_t i = 0; r == 0 && i < LIST_LEN(names); i++) {
        Object *name = LIST_GET(names, i);
        if (!IS_STR(name)) {
            Object *modname = NULL;
            if (obj_lookup_attr(v, ID(__name__), &modname) >= 0 && modname && IS_STR(modname))
                err_format(&Exc_TypeError, "%s in %U.%s must be str, not %s",
                           skip_private ? "Key" : "Item", modname,
                           skip_private ? "__dict__" : "__all__", TYPE(name)->tp_name);
            else if (!err_occurred())
                err_format(&Exc_TypeError, "module __name__ must be a string, not %s",
                           modname ? TYPE(modname)->tp_name : "NoneType");
            XDECREF(modname);
            r = -1;
            break;
        }
        if (skip_private && STR_LEN(name) > 0 && STR_AT(name, 0) == '_')
            continue;
        Object *value = obj_getattr(v, name);
        if (!value) {
            r = -1;
            break;
        }
        r = store_in(locals, name, value);
        DECREF(value);
    }
    XDECREF(names);
    DECREF(all);
    return r;
}

/* Build a dict from MAKE_FUNCTION's annotations tuple (name, value, ...). */
static Object *annotations_dict(Object *t) {
    if (IS_DICT(t))
        return NEWREF(t);
    Object *d = dict_new();
    for (ssize_t i = 0; d && i + 1 < TUPLE_LEN(t); i += 2)
        if (dict_setitem(d, TUPLE_GET(t, i), TUPLE_GET(t, i + 1)) < 0)
            CLEAR(d);
    return d;
}

/* Calls of anything but a Python function: built-in functions directly, the rest through
 * the object protocol. */
static inline Object *call_object(Object *callable, Object *const *args, ssize_t nargs,
                                  Object *kwnames) {
    if (TYPE(callable) == &CFunctionType) {
        callfunc vc = ((CFunctionObject *)callable)->vectorcall;
        if (vc)
            return vc(callable, args, nargs, kwnames);
    }
    return obj_call(callable, args, nargs, kwnames);
}

/* Fast paths of BINARY_OP on two one-digit ints: *r set (NULL on error) and true, or false
 * when the operation is left to the general path. */
static inline bool int_binop(int op, long x, long y, Object **r) {
    long v;
    switch (op % NB_INPLACE) {
    case Add: v = x + y; break;
    case Sub: v = x - y; break;
    case Mult: v = x * y; break;       /* |x|, |y| < 2**30: the product fits */
    case BitAnd: v = x & y; break;
    case BitOr: v = x | y; break;
    case BitXor: v = x ^ y; break;
    case FloorDiv:
        if (y == 0)
            return false;
        v = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            v--;
        break;
    case Mod:
        if (y == 0)
            return false;
        v = x % y;
        if (v != 0 && ((v < 0) != (y < 0)))
            v += y;
        break;
    default:
        return false;
    }
    *r = int_from_long(v);
    return true;
}

static inline bool float_binop(int op, double x, double y, Object **r) {
    double v;
    switch (op % NB_INPLACE) {
    case Add: v = x + y; break;
    case Sub: v = x - y; break;
    case Mult: v = x * y; break;
    case Div:
        if (y == 0.0)
            return false;
        v = x / y;
        break;
    default:
        return false;
    }
    *r = float_from_double(v);
    return true;
}

static inline int compare_values(int op, int c) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* ---- generators' instructions ------------------------------------------------------------- */

/* Entering and leaving a generator's frame (defined with gen_resume below). */
static void gen_enter(GenObject *gen, Frame *f);
static void gen_leave(GenObject *gen, Frame *f);

/* The generator of a new frame f (the newest on the data stack), which moves into it.  New
 * reference, or NULL with f left as it was. */
static Object *make_generator(Frame *f) {
    Object *gen = gen_new(f->func, (Object *)f->code, code_extra(f->code)->framewords);
    if (!gen)
        return NULL;
    frame_move(f, ((GenObject *)gen)->gi_iframe);
    ((GenObject *)gen)->gi_frame_state = GEN_CREATED;
    return gen;
}

/* YIELD_FROM's send (CPython's PyIter_Send): v (borrowed) into receiver; *r is the value it
 * yields (GEN_NEXT) or returns (GEN_RETURN), or NULL (GEN_ERROR). */
static GenSendResult send_to(Object *receiver, Object *v, Object **r) {
    if (IS_GEN(receiver) || IS_CORO(receiver))
        return gen_send_ex2((GenObject *)receiver, v, r);
    /* A class's __next__ is called itself: its StopIteration carries the value, which the
     * tp_iternext slot would drop. */
    iternextfunc next = TYPE(receiver)->tp_iternext;
    if (v != NONE || !next)
        *r = obj_call_method(receiver, "send", &v, 1);
    else if (TYPE_HAS_FLAG(TYPE(receiver), TPFLAGS_HEAPTYPE))
        *r = obj_call_method(receiver, "__next__", NULL, 0);
    else
        *r = next(receiver);
    if (*r)
        return GEN_NEXT;
    return gen_fetch_stop_iteration_value(r) == 0 ? GEN_RETURN : GEN_ERROR;
}

/* ---- coroutines' instructions ------------------------------------------------------------- */

/* The special method names of the asynchronous protocols, interned once. */
static Object *s_aiter, *s_anext, *s_aenter, *s_aexit;

static Object *async_name(Object **slot, const char *name) {
    if (!*slot)
        *slot = str_intern_cstr(name);
    return *slot;
}

/* Replace the pending exception by a TypeError with the message, the old one its cause and
 * context (CPython's _PyErr_FormatFromCause). */
static void type_error_from_cause(const char *fmt, const char *arg) {
    Object *cause = err_fetch();
    err_format(&Exc_TypeError, fmt, arg);
    Object *e = err_fetch();
    if (e && cause) {
        exc_set_cause(e, NEWREF(cause));
        exc_set_context(e, NEWREF(cause));
    }
    XDECREF(cause);
    err_restore(e);
}

/* GET_AWAITABLE's work: the iterator `await o` drives (new reference), or NULL. */
static Object *get_awaitable(Object *o, int where) {
    Object *it = coro_get_awaitable_iter(o);
    if (!it) {
        static Object *s_await;
        if (where && err_matches(&Exc_TypeError) && !IS_CORO(o) &&
            !type_lookup(TYPE(o), async_name(&s_await, "__await__"))) {
            err_clear();
            err_format(&Exc_TypeError, where == 1
                       ? "'async with' received an object from __aenter__ that does not "
                         "implement __await__: %s"
                       : "'async with' received an object from __aexit__ that does not "
                         "implement __await__: %s", TYPE(o)->tp_name);
        }
        return NULL;
    }
    if (IS_CORO(it) && gen_yieldfrom_of((GenObject *)it)) {
        DECREF(it);
        err_set_string(&Exc_RuntimeError, "coroutine is being awaited already");
        return NULL;
    }
    return it;
}

/* GET_AITER's work: type(o).__aiter__(o), checked to have __anext__.  New reference. */
static Object *get_aiter(Object *o) {
    Object *meth = obj_lookup_special(o, async_name(&s_aiter, "__aiter__"));
    if (!meth) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'async for' requires an object with __aiter__ method, "
                       "got %s", TYPE(o)->tp_name);
        return NULL;
    }
    Object *it = obj_call0(meth);
    DECREF(meth);
    if (it && !type_lookup(TYPE(it), async_name(&s_anext, "__anext__"))) {
        err_format(&Exc_TypeError, "'async for' received an object from __aiter__ that does "
                   "not implement __anext__: %s", TYPE(it)->tp_name);
        CLEAR(it);
    }
    return it;
}

/* GET_ANEXT's work: the awaitable of aiter.__anext__().  New reference. */
static Object *get_anext(Object *aiter) {
    if (IS_ASYNC_GEN(aiter))
        return async_gen_anext(aiter);
    Object *meth = obj_lookup_special(aiter, async_name(&s_anext, "__anext__"));
    if (!meth) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'async for' requires an iterator with __anext__ method, "
                       "got %s", TYPE(aiter)->tp_name);
        return NULL;
    }
    Object *next = obj_call0(meth);
    DECREF(meth);
    if (!next)
        return NULL;
    Object *aw = coro_get_awaitable_iter(next);
    if (!aw)
        type_error_from_cause("'async for' received an invalid object from __anext__: %s",
                              TYPE(next)->tp_name);
    DECREF(next);
    return aw;
}

/* BEFORE_ASYNC_WITH's lookups: *exit gets the bound __aexit__; the bound __aenter__ is
 * returned.  NULL with an error when either is missing. */
static Object *async_with_methods(Object *mgr, Object **exit) {
    Object *enter = obj_lookup_special(mgr, async_name(&s_aenter, "__aenter__"));
    if (!enter) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'%s' object does not support the asynchronous context "
                       "manager protocol", TYPE(mgr)->tp_name);
        return NULL;
    }
    *exit = obj_lookup_special(mgr, async_name(&s_aexit, "__aexit__"));
    if (!*exit) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'%s' object does not support the asynchronous context "
                       "manager protocol (missed __aexit__ method)", TYPE(mgr)->tp_name);
        DECREF(enter);
        return NULL;
    }
    return enter;
}

/* ---- the eval loop --------------------------------------------------------------------------- */

static Object *eval_frame(Frame *entry);

/* eval_frame resumes a generator's frame (f->is_gen) after the instruction it stopped at, with
 * the value sent pushed; or, when gen_resume sets this, raises the pending exception there. */
static bool resume_throwing;

#define PUSH(v)      (*sp++ = (v))
#define POP()        (*--sp)
#define TOP()        (sp[-1])
#define SECOND()     (sp[-2])
#define PEEK(n)      (sp[-(n)])
#define SET_TOP(v)   (sp[-1] = (v))
#define JUMP_TO(i)   (next_instr = first_instr + (i))

#define LOAD_FRAME() do {                                              \
        co = f->code;                                                  \
        first_instr = co->co_code;                                     \
        localsplus = f->localsplus;                                    \
        consts = TUPLE_ITEMS(co->co_consts);                           \
        names = TUPLE_ITEMS(co->co_names);                             \
        extra = (CodeExtra *)co->co_extra;                             \
    } while (0)

/* The cache entry of the running instruction, or NULL. */
#define CACHE_ENTRY() (next_instr[0] ? &extra->caches[next_instr[0] - 1] : NULL)

#define CHECK_SIGNALS() do {                                           \
        if (sigint_pending) {                                          \
            sigint_pending = 0;                                        \
            err_set_none(&Exc_KeyboardInterrupt);                      \
            goto error;                                                \
        }                                                              \
    } while (0)

/* Stores r (a new reference, or NULL with an exception set) as the top of the stack; on NULL
 * drops that slot and raises. */
#define SET_TOP_OR_ERROR(r) do {                                       \
        SET_TOP(r);                                                    \
        if (!(r)) {                                                    \
            sp--;                                                      \
            goto error;                                                \
        }                                                              \
    } while (0)

/* Pushes v (a new reference), or raises when it is NULL. */
#define PUSH_OR_ERROR(v) do {                                          \
        if (!(v))                                                      \
            goto error;                                                \
        PUSH(v);                                                       \
    } while (0)

/* obj_is_true(v), with the answers for True, False and None inlined. */
#define FAST_TRUTH(v)                                                  \
    ((v) == TRUE_OBJ ? 1 : (v) == FALSE_OBJ || (v) == NONE ? 0 : obj_is_true(v))

/* Jumps to instruction oparg; a backward jump first checks for a pending SIGINT. */
#define JUMP_CHECKING_SIGNALS() do {                                   \
        if (first_instr + oparg <= f->instr)                           \
            CHECK_SIGNALS();                                           \
        JUMP_TO(oparg);                                                \
    } while (0)

/* POP_JUMP_IF_TRUE/FALSE: pops the condition and jumps when its truth is jump_if_true. */
/* Pops and drops the values above stack level n (some may be NULL). */
#define POP_TO_LEVEL(n) do {                                           \
        while (sp > f->stack + (n)) {                                  \
            Object *v_ = POP();                                        \
            XDECREF(v_);                                               \
        }                                                              \
    } while (0)

/* Goes on running the frame back (which made the call) after its call instruction. */
#define RESUME_CALLER(back) do {                                       \
        f = (back);                                                    \
        LOAD_FRAME();                                                  \
        sp = f->sp;                                                    \
        next_instr = f->instr + 1 + op_caches[CU_OP(*f->instr)];       \
    } while (0)

#define POP_JUMP_IF_TRUTH(jump_if_true) do {                           \
        Object *v_ = POP();                                            \
        int t_ = FAST_TRUTH(v_);                                       \
        DECREF(v_);                                                    \
        if (t_ < 0)                                                    \
            goto error;                                                \
        if ((jump_if_true) ? t_ != 0 : t_ == 0)                        \
            JUMP_CHECKING_SIGNALS();                                   \
    } while (0)

/* POP_JUMP_IF_NONE/NOT_NONE: pops the value and jumps when (value is None) == jump_if_none. */
#define POP_JUMP_IF_NONENESS(jump_if_none) do {                        \
        Object *v_ = POP();                                            \
        bool is_none_ = v_ == NONE;                                    \
        DECREF(v_);                                                    \
        if (is_none_ == (jump_if_none))                                \
            JUMP_CHECKING_SIGNALS();                                   \
    } while (0)

/* JUMP_IF_TRUE/FALSE_OR_POP: jumps, keeping the top, when its truth is jump_if_true; else pops. */
#define JUMP_IF_TRUTH_OR_POP(jump_if_true) do {                        \
        Object *v_ = TOP();                                            \
        int t_ = FAST_TRUTH(v_);                                       \
        if (t_ < 0)                                                    \
            goto error;                                                \
        if ((jump_if_true) ? t_ != 0 : t_ == 0) {                      \
            JUMP_TO(oparg);                                            \
        } else {                                                       \
            sp--;                                                      \
            DECREF(v_);                                                \
        }                                                              \
    } while (0)

/* A unary instruction: replaces the top of the stack with fn(top), raising when that fails. */
#define UNARY_SLOT_OP(fn) do {                                         \
        Object *v_ = TOP(), *r_ = fn(v_);                              \
        DECREF(v_);                                                    \
        SET_TOP_OR_ERROR(r_);                                          \
    } while (0)

/* BUILD_TUPLE/LIST: moves the top oparg values, in order, into a new sequence and pushes it. */
#define BUILD_SEQUENCE(new_fn, SET_ITEM) do {                          \
        Object *seq_ = new_fn(oparg);                                  \
        if (!seq_)                                                     \
            goto error;                                                \
        for (int i_ = oparg; --i_ >= 0;)                               \
            SET_ITEM(seq_, i_, POP());                                 \
        PUSH(seq_);                                                    \
    } while (0)

/* Pops a value into v, evaluates status (an int that may use v), drops v, and raises when the
 * status is negative. */
#define POP_STATUS_OR_ERROR(v, status) do {                            \
        Object *v = POP();                                             \
        int r_ = (status);                                             \
        DECREF(v);                                                     \
        if (r_ < 0)                                                    \
            goto error;                                                \
    } while (0)

#if defined(__GNUC__) && !defined(OURO_SWITCH_DISPATCH)
#define COMPUTED_GOTO 1
#endif

#ifdef COMPUTED_GOTO
#define TARGET(op)   TARGET_##op:
#define DISPATCH() do {                                                \
        f->instr = next_instr;                                         \
        CodeUnit w_ = *next_instr++;                                   \
        oparg = CU_ARG(w_);                                            \
        goto *dispatch_table[CU_OP(w_)];                               \
    } while (0)
#define DISPATCH_OPCODE(op) goto *dispatch_table[op]
#else
#define TARGET(op)   case op:
#define DISPATCH()   goto next_instruction
#define DISPATCH_OPCODE(op) do { opcode = (op); goto dispatch_opcode; } while (0)
#endif

static Object *eval_frame(Frame *f) {
    CodeObject *co;
    CodeUnit *first_instr, *next_instr;
    Object **localsplus, **sp, **consts, **names;
    CodeExtra *extra;
    int oparg;
    Object *call_kwnames = NULL;    /* set by KW_NAMES for the CALL that follows */
    Object *retval;

#ifdef COMPUTED_GOTO
    static void *dispatch_table[256];
    if (!dispatch_table[0]) {
#define OP_LABEL_(name, caches) dispatch_table[name] = &&TARGET_##name;
        OPCODE_LIST(OP_LABEL_)
#undef OP_LABEL_
        dispatch_table[CACHE] = &&unknown_opcode;
        for (int i = 0; i < 256; i++)
            if (!dispatch_table[i])
                dispatch_table[i] = &&unknown_opcode;
    }
#else
    int opcode;
#endif

    if (f->is_gen) {
        /* gen_resume has checked the C stack. */
        f->is_entry = true;
        f->back = tstate.frame;
        tstate.frame = f;
        LOAD_FRAME();
        sp = f->sp;
        next_instr = f->instr + 1;
        if (resume_throwing) {
            resume_throwing = false;
            vm_add_traceback_entry(err_occurred());
            goto exception_unwind;
        }
        DISPATCH();
    }
    if (cstack_exhausted()) {
        err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
        frame_release(f);
        return NULL;
    }
    f->is_entry = true;
    f->back = tstate.frame;
    tstate.frame = f;

start_frame:
    LOAD_FRAME();
    next_instr = first_instr;
    sp = f->stack;
    CHECK_SIGNALS();

#ifdef COMPUTED_GOTO
    DISPATCH();
#else
next_instruction:
    f->instr = next_instr;
    opcode = CU_OP(*next_instr);
    oparg = CU_ARG(*next_instr);
    next_instr++;
dispatch_opcode:
    switch (opcode) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(POP_TOP) {
        Object *v = POP();
        XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        Object *v = PEEK(oparg);
        XINCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        Object *v = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = v;
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        UNARY_SLOT_OP(num_positive);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP(), *r;
        if (IS_INT_EXACT(v) && int_is_compact(v))
            r = int_from_long(-int_compact_value(v));
        else if (IS_FLOAT_EXACT(v))
            r = float_from_double(-FLOAT_VAL(v));
        else
            r = num_negative(v);
        DECREF(v);
        SET_TOP_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Object *v = TOP();
        int t = FAST_TRUTH(v);
        DECREF(v);
        if (t < 0) {
            sp--;
            goto error;
        }
        SET_TOP(bool_from(!t));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        UNARY_SLOT_OP(num_invert);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Object *b = POP(), *a = TOP(), *r = NULL;
        next_instr += 1;
        bool done = false;
        if (TYPE(a) == TYPE(b)) {
            if (IS_INT_EXACT(a) && int_is_compact(a) && int_is_compact(b))
                done = int_binop(oparg, int_compact_value(a), int_compact_value(b), &r);
            else if (IS_FLOAT_EXACT(a))
                done = float_binop(oparg, FLOAT_VAL(a), FLOAT_VAL(b), &r);
        }
        if (!done)
            r = num_binary_op(a, b, oparg);
        DECREF(a);
        DECREF(b);
        SET_TOP_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Object *k = POP(), *o = TOP(), *r = NULL;
        next_instr += 1;
        if (IS_INT_EXACT(k) && int_is_compact(k) && (IS_LIST_EXACT(o) || IS_TUPLE_EXACT(o))) {
            long i = int_compact_value(k);
            ssize_t n = SIZE(o);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n)
                r = NEWREF(IS_LIST_EXACT(o) ? LIST_GET(o, i) : TUPLE_GET(o, i));
        } else if (IS_DICT_EXACT(o)) {
            r = dict_getitem(o, k);
            if (r)
                INCREF(r);
            else if (err_occurred())
                goto subscr_done;
        }
        if (!r)
            r = obj_getitem(o, k);
    subscr_done:
        DECREF(o);
        DECREF(k);
        SET_TOP_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Object *k = POP(), *o = POP(), *v = POP();
        next_instr += 1;
        int r;
        if (IS_LIST_EXACT(o) && IS_INT_EXACT(k) && int_is_compact(k) &&
            int_compact_value(k) >= 0 && int_compact_value(k) < LIST_LEN(o)) {
            Object **slot = &LIST_ITEMS(o)[int_compact_value(k)];
            Object *old = *slot;
            *slot = v;
            v = old;
            r = 0;
        } else {
            r = IS_DICT_EXACT(o) ? dict_setitem(o, k, v) : obj_setitem(o, k, v);
        }
        DECREF(v);
        DECREF(o);
        DECREF(k);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Object *k = POP(), *o = POP();
        int r = obj_delitem(o, k);
        DECREF(o);
        DECREF(k);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Object *step = oparg == 3 ? POP() : NULL;
        Object *stop = POP(), *start = TOP();
        Object *s = slice_new(start, stop, step);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        SET_TOP_OR_ERROR(s);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Object *b = POP(), *a = TOP(), *r;
        next_instr += 1;
        if (IS_INT_EXACT(a) && IS_INT_EXACT(b) && int_is_compact(a) && int_is_compact(b)) {
            long x = int_compact_value(a), y = int_compact_value(b);
            r = bool_from(compare_values(oparg, (x > y) - (x < y)));
        } else if (IS_FLOAT_EXACT(a) && IS_FLOAT_EXACT(b)) {
            double x = FLOAT_VAL(a), y = FLOAT_VAL(b);
            bool t;
            switch (oparg) {
            case CMP_LT: t = x < y; break;
            case CMP_LE: t = x <= y; break;
            case CMP_EQ: t = x == y; break;
            case CMP_NE: t = x != y; break;
            case CMP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
            r = bool_from(t);
        } else if (IS_STR_EXACT(a) && IS_STR_EXACT(b) && (oparg == CMP_EQ || oparg == CMP_NE)) {
            r = bool_from(str_eq(a, b) == (oparg == CMP_EQ));
        } else {
            r = obj_richcompare(a, b, oparg);
        }
        DECREF(a);
        DECREF(b);
        SET_TOP_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(IS_OP) {
        Object *b = POP(), *a = TOP();
        bool r = (a == b) ^ (oparg != 0);
        DECREF(a);
        DECREF(b);
        SET_TOP(bool_from(r));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Object *b = POP(), *a = TOP();
        int r = obj_contains(b, a);
        DECREF(a);
        DECREF(b);
        if (r < 0) {
            sp--;
            goto error;
        }
        SET_TOP(bool_from(r ^ (oparg != 0)));
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Object *type = POP(), *exc = TOP();
        if (!valid_exc_match_type(type)) {
            DECREF(type);
            err_set_string(&Exc_TypeError, "catching classes that do not inherit from "
                           "BaseException is not allowed");
            goto error;
        }
        int r = exc_matches(exc, type);
        DECREF(type);
        if (r < 0)
            goto error;
        PUSH(bool_from(r));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        Object *type = POP(), *exc = TOP(), *match, *rest;
        if (!valid_exc_match_star_type(type)) {
            DECREF(type);
            goto error;
        }
        int r = exc_group_match(exc, type, &match, &rest);
        DECREF(type);
        if (r < 0)
            goto error;
        if (match == NONE) {
            DECREF(rest);
            PUSH(match);
            DISPATCH();
        }
        /* The handler's part becomes the handled exception (what a bare `raise` raises). */
        SET_TOP(rest);
        DECREF(exc);
        PUSH(match);
        Object *old = tstate.exc_info;
        tstate.exc_info = NEWREF(match);
        XDECREF(old);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        Object *excs = POP(), *orig = TOP();
        Object *r = exc_group_prep_reraise_star(orig, excs);
        DECREF(excs);
        if (!r)
            goto error;
        SET_TOP(r);
        DECREF(orig);
        DISPATCH();
    }

    TARGET(GET_LEN) {
        ssize_t n = obj_length(TOP());
        if (n < 0)
            goto error;
        Object *len = int_from_ssize(n);
        if (!len)
            goto error;
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        int r = match_is_mapping(TOP());
        if (r < 0)
            goto error;
        PUSH(bool_from(r));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        int r = match_is_sequence(TOP());
        if (r < 0)
            goto error;
        PUSH(bool_from(r));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        Object *values = match_keys(SECOND(), TOP());
        if (!values)
            goto error;
        PUSH(values);
        DISPATCH();
    }

    TARGET(COPY_DICT_WITHOUT_KEYS) {
        Object *keys = TOP(), *rest = dict_new();
        if (!rest)
            goto error;
        if (dict_update(rest, SECOND()) < 0) {
            DECREF(rest);
            goto error;
        }
        for (ssize_t i = 0; i < TUPLE_LEN(keys); i++) {
            if (dict_delitem(rest, TUPLE_GET(keys, i)) < 0) {
                DECREF(rest);
                goto error;
            }
        }
        SET_TOP(rest);
        DECREF(keys);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        Object *names = POP(), *type = POP(), *subject = TOP();
        Object *attrs = match_class(subject, type, oparg, names);
        DECREF(names);
        DECREF(type);
        if (!attrs) {
            if (err_occurred())
                goto error;
            attrs = NEWREF(NONE);
        }
        SET_TOP(attrs);
        DECREF(subject);
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(NEWREF(consts[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Object *v = localsplus[oparg];
        if (!v) {
            unbound_local(co, oparg);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Object *old = localsplus[oparg];
        localsplus[oparg] = POP();
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        Object *old = localsplus[oparg];
        if (!old) {
            unbound_local(co, oparg);
            goto error;
        }
        localsplus[oparg] = NULL;
        DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Object *name = names[oparg], *v;
        if (!f->locals) {
            err_format(&Exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        v = mapping_lookup(f->locals, name);
        if (!v && !err_occurred()) {
            v = dict_getitem(f->globals, name);
            if (!v && !err_occurred())
                v = IS_DICT(f->builtins) ? dict_getitem(f->builtins, name) : NULL;
            XINCREF(v);
            if (!v && !err_occurred())
                name_error(&Exc_NameError, NAME_ERROR_MSG, name);
        }
        PUSH_OR_ERROR(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Object *name = names[oparg], *v = POP();
        if (!f->locals) {
            err_format(&Exc_SystemError, "no locals found when storing %R", name);
            DECREF(v);
            goto error;
        }
        int r = store_in(f->locals, name, v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        Object *name = names[oparg];
        if (!f->locals) {
            err_format(&Exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (obj_delitem(f->locals, name) < 0) {
            if (err_matches(&Exc_KeyError)) {
                err_clear();
                name_error(&Exc_NameError, NAME_ERROR_MSG, name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        CacheEntry *c = CACHE_ENTRY();
        next_instr += 5;
        if (c) {
            Object *v = global_cache_get(c, f->globals, f->builtins);
            if (v) {
                PUSH(NEWREF(v));
                DISPATCH();
            }
        }
        Object *v = load_global_slow(f, names[oparg], c);
        PUSH_OR_ERROR(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        POP_STATUS_OR_ERROR(v, dict_setitem(f->globals, names[oparg], v));
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (dict_delitem(f->globals, names[oparg]) < 0) {
            if (err_matches(&Exc_KeyError)) {
                err_clear();
                name_error(&Exc_NameError, NAME_ERROR_MSG, names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Object *v = CELL_GET(localsplus[co->co_nlocals + oparg]);
        if (!v) {
            unbound_deref(co, oparg);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        CellObject *cell = (CellObject *)localsplus[co->co_nlocals + oparg];
        Object *old = cell->ob_ref;
        cell->ob_ref = POP();
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObject *cell = (CellObject *)localsplus[co->co_nlocals + oparg];
        if (!cell->ob_ref) {
            unbound_deref(co, oparg);
            goto error;
        }
        CLEAR(cell->ob_ref);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Object *name = deref_name(co, oparg), *v = NULL;
        if (f->locals) {
            v = mapping_lookup(f->locals, name);
            if (!v && err_occurred())
                goto error;
        }
        if (!v) {
            v = CELL_GET(localsplus[co->co_nlocals + oparg]);
            if (!v) {
                unbound_deref(co, oparg);
                goto error;
            }
            INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(NEWREF(localsplus[co->co_nlocals + oparg]));
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Object *o = TOP();
        Object *r = load_attr(CACHE_ENTRY(), o, names[oparg]);
        next_instr += 5;
        DECREF(o);
        SET_TOP_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Object *o = POP(), *v = POP();
        int r = store_attr(CACHE_ENTRY(), o, names[oparg], v);
        next_instr += 5;
        DECREF(v);
        DECREF(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        POP_STATUS_OR_ERROR(o, obj_setattr(o, names[oparg], NULL));
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Object *o = TOP(), *meth;
        int r = load_method(CACHE_ENTRY(), o, names[oparg], &meth);
        next_instr += 5;
        if (r < 0) {
            DECREF(o);
            sp--;
            goto error;
        }
        if (r) {
            SET_TOP(meth);
            PUSH(o);
        } else {
            DECREF(o);
            SET_TOP(NULL);
            PUSH(meth);
        }
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        BUILD_SEQUENCE(tuple_new, TUPLE_SET);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        BUILD_SEQUENCE(list_new, LIST_SET);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        Object *s = set_new(NULL);
        int r = s ? 0 : -1;
        for (int i = oparg; i > 0; i--)
            if (r == 0 && set_add(s, PEEK(i)) < 0)
                r = -1;
        for (int i = 0; i < oparg; i++)
            DECREF(POP());
        if (r < 0) {
            XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        /* Presized as CPython's _PyDict_FromItems, so literal dicts have CPython's sizes. */
        Object *d = dict_from_items(&PEEK(2 * oparg), 2, &PEEK(2 * oparg - 1), 2, oparg);
        for (int i = 0; i < 2 * oparg; i++)
            DECREF(POP());
        PUSH_OR_ERROR(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        Object *keys = POP();
        Object *d = NULL;
        if (!IS_TUPLE(keys) || TUPLE_LEN(keys) != oparg)
            err_set_string(&Exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
        else
            d = dict_from_items(TUPLE_ITEMS(keys), 1, &PEEK(oparg), 1, oparg);
        for (int i = 0; i < oparg; i++)
            DECREF(POP());
        DECREF(keys);
        PUSH_OR_ERROR(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        Object *t = tuple_new(oparg), *s = NULL;
        if (t) {
            for (int i = oparg; --i >= 0;)
                TUPLE_SET(t, i, POP());
            s = str_join(empty_str, t);
            DECREF(t);
        } else {
            for (int i = 0; i < oparg; i++)
                DECREF(POP());
        }
        PUSH_OR_ERROR(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        POP_STATUS_OR_ERROR(v, list_append(PEEK(oparg), v));
        DISPATCH();
    }

    TARGET(SET_ADD) {
        POP_STATUS_OR_ERROR(v, set_add(PEEK(oparg), v));
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Object *v = POP(), *k = POP();
        int r = dict_setitem(PEEK(oparg), k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Object *it = POP();
        int r = list_extend(PEEK(oparg), it);
        if (r < 0 && err_matches(&Exc_TypeError) && !is_iterable(it)) {
            err_clear();
            err_format(&Exc_TypeError, "Value after * must be an iterable, not %s",
                       TYPE(it)->tp_name);
        }
        DECREF(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Object *it = POP();
        int r = set_update(PEEK(oparg), it);   /* presizes as CPython: set literals' sizes */
        DECREF(it);
        if (r < 0 || err_occurred())
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        POP_STATUS_OR_ERROR(m, merge_mapping(PEEK(oparg), m, NULL, false));
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        POP_STATUS_OR_ERROR(m, merge_mapping(PEEK(oparg), m, PEEK(oparg + 2), true));
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP(), *t = list_as_tuple(l);
        DECREF(l);
        SET_TOP_OR_ERROR(t);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Object *spec = (oparg & 4) ? POP() : NULL;
        Object *v = POP(), *r;
        switch (oparg & 3) {
        case 1: r = obj_str(v); break;
        case 2: r = obj_repr(v); break;
        case 3: r = obj_ascii(v); break;
        default: r = NEWREF(v); break;
        }
        DECREF(v);
        if (r && !(IS_STR_EXACT(r) && (!spec || STR_LEN(spec) == 0))) {
            Object *s = obj_format(r, spec);
            DECREF(r);
            r = s;
        }
        XDECREF(spec);
        PUSH_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *o = TOP(), *it = obj_get_iter(o);
        DECREF(o);
        SET_TOP_OR_ERROR(it);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Object *it = TOP();
        if (TYPE(it) == &GenType && ((GenObject *)it)->gi_frame_state < GEN_EXECUTING &&
            recursion_depth < recursion_limit) {
            /* Resume the generator's frame in this loop (no C recursion), as CPython 3.12's
             * FOR_ITER_GEN: it comes back here at YIELD_VALUE or when it ends (exit_frame). */
            GenObject *gen = (GenObject *)it;
            Frame *gf = GEN_FRAME(gen);
            f->sp = sp;
            gen_enter(gen, gf);
            *gf->sp++ = NEWREF(NONE);
            gf->is_entry = gf->inlined = true;
            gf->for_iter_target = oparg;
            gf->back = f;
            tstate.frame = gf;
            f = gf;
            LOAD_FRAME();
            sp = f->sp;
            next_instr = f->instr + 1;
            DISPATCH();
        }
        iternextfunc next = TYPE(it)->tp_iternext;
        Object *v = next ? next(it) : iter_next(it);
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        if (err_occurred()) {
            if (!err_matches(&Exc_StopIteration))
                goto error;
            err_clear();
        }
        sp--;
        DECREF(it);
        JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(JUMP) {
        JUMP_CHECKING_SIGNALS();
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        POP_JUMP_IF_TRUTH(false);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        POP_JUMP_IF_NONENESS(true);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        POP_JUMP_IF_NONENESS(false);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        POP_JUMP_IF_TRUTH(true);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        JUMP_IF_TRUTH_OR_POP(false);
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        JUMP_IF_TRUTH_OR_POP(true);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Object *seq = POP();
        if ((IS_TUPLE_EXACT(seq) || IS_LIST_EXACT(seq)) && SIZE(seq) == oparg) {
            Object **items = IS_TUPLE_EXACT(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
            for (int i = oparg; --i >= 0;)
                PUSH(NEWREF(items[i]));
        } else {
            if (unpack_iterable(seq, oparg, -1, sp + oparg) < 0) {
                DECREF(seq);
                goto error;
            }
            sp += oparg;
        }
        DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        Object *seq = POP();
        if (unpack_iterable(seq, before, after, sp + before + 1 + after) < 0) {
            DECREF(seq);
            goto error;
        }
        sp += before + 1 + after;
        DECREF(seq);
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        call_kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL) {
        Object *kwnames = call_kwnames;
        call_kwnames = NULL;
        Object **base = sp - oparg - 2;
        Object *callable, **args;
        ssize_t total;
        next_instr += 1;
        if (base[0]) {
            callable = base[0];
            args = base + 1;
            total = oparg + 1;
        } else {
            callable = base[1];
            args = base + 2;
            total = oparg;
            if (IS_METHOD(callable)) {
                /* Unpack a bound method into the NULL slot: no argument array to build. */
                MethodObject *m = (MethodObject *)callable;
                base[0] = NEWREF(m->im_func);
                base[1] = NEWREF(m->im_self);
                DECREF(callable);
                callable = base[0];
                args = base + 1;
                total = oparg + 1;
            }
        }
        ssize_t nargs = total - (kwnames ? TUPLE_LEN(kwnames) : 0);
        if (IS_FUNCTION(callable) &&
            ((FunctionObject *)callable)->vectorcall == vm_call_function) {
            /* The stack's references to the function and its arguments move into the frame. */
            sp = base;
            Frame *nf = frame_for_call(callable, args, nargs, kwnames, true);
            if (!nf)
                goto error;
            f->sp = sp;
            nf->back = f;
            tstate.frame = nf;
            f = nf;
            goto start_frame;
        }
        Object *r = call_object(callable, args, nargs, kwnames);
        for (ssize_t i = 0; i < total; i++)
            DECREF(args[i]);
        DECREF(callable);
        sp = base;
        PUSH_OR_ERROR(r);
        CHECK_SIGNALS();
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        Object *kwargs = (oparg & 1) ? POP() : NULL;
        Object *callargs = POP(), *func = TOP(), *r = NULL;
        if (!IS_TUPLE(callargs)) {
            if (!is_iterable(callargs)) {
                Object *fs = function_str(func);
                if (fs)
                    err_format(&Exc_TypeError, "%U argument after * must be an iterable, not %s",
                               fs, TYPE(callargs)->tp_name);
                XDECREF(fs);
                goto call_ex_done;
            }
            Object *t = seq_tuple(callargs);
            if (!t)
                goto call_ex_done;
            SETREF(callargs, t);
        }
        if (kwargs && !IS_DICT(kwargs)) {
            Object *d = dict_new();
            if (!d || merge_mapping(d, kwargs, func, true) < 0) {
                XDECREF(d);
                goto call_ex_done;
            }
            SETREF(kwargs, d);
        }
        r = obj_call_tuple_dict(func, callargs, kwargs);
    call_ex_done:
        DECREF(callargs);
        XDECREF(kwargs);
        DECREF(func);
        SET_TOP_OR_ERROR(r);
        CHECK_SIGNALS();
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Object *code = POP();
        FunctionObject *fn = (FunctionObject *)function_new(code, f->globals, NULL);
        DECREF(code);
        if (!fn)
            goto error;
        if (oparg & 8)
            fn->func_closure = POP();
        if (oparg & 4) {
            Object *a = POP();
            fn->func_annotations = annotations_dict(a);
            DECREF(a);
            if (!fn->func_annotations) {
                if (oparg & 2)
                    DECREF(POP());
                if (oparg & 1)
                    DECREF(POP());
                DECREF(fn);
                goto error;
            }
        }
        if (oparg & 2)
            fn->func_kwdefaults = POP();
        if (oparg & 1)
            fn->func_defaults = POP();
        PUSH((Object *)fn);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        goto exit_frame;
    }

    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = mapping_lookup(f->builtins, ID(__build_class__));
        if (!bc) {
            if (!err_occurred())
                err_set_string(&Exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Object *fromlist = POP(), *level = TOP();
        Object *m = vm_import_name(f->builtins, names[oparg], f->globals, f->locals, fromlist,
                                   level);
        DECREF(fromlist);
        DECREF(level);
        SET_TOP_OR_ERROR(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        Object *v = import_from(TOP(), names[oparg]);
        PUSH_OR_ERROR(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Object *m = POP();
        if (!f->locals) {
            DECREF(m);
            err_set_string(&Exc_SystemError, "no locals found during 'import *'");
            goto error;
        }
        int r = import_all_from(f->locals, m);
        DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SETUP_FINALLY) {
        f->blocks[f->iblock++] = (Block){ oparg, (int32_t)(sp - f->stack) };
        DISPATCH();
    }

    TARGET(POP_BLOCK) {
        f->iblock--;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        if (f->iblock == 0 || f->blocks[f->iblock - 1].handler != BLOCK_EXCEPT_HANDLER) {
            err_set_string(&Exc_SystemError, "popped block is not an except handler");
            goto error;
        }
        f->iblock--;
        restore_exc_info(POP());
        DISPATCH();
    }

    TARGET(RERAISE) {
        Object *exc = POP();
        err_restore(exc);
        goto exception_unwind;
    }

    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            Object *exc = tstate.exc_info;
            if (!exc) {
                err_set_string(&Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(NEWREF(exc));
            goto exception_unwind;
        }
        Object *cause = oparg == 2 ? POP() : NULL;
        Object *exc = POP();
        do_raise(exc, cause);
        DECREF(exc);
        XDECREF(cause);
        goto error;
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF_(&Exc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Object *mgr = TOP();
        Object *enter = obj_lookup_special(mgr, ID(__enter__)), *exit;
        if (!enter) {
            if (!err_occurred())
                err_format(&Exc_TypeError, "'%s' object does not support the context manager "
                           "protocol", TYPE(mgr)->tp_name);
            goto error;
        }
        exit = obj_lookup_special(mgr, ID(__exit__));
        if (!exit) {
            if (!err_occurred())
                err_format(&Exc_TypeError, "'%s' object does not support the context manager "
                           "protocol (missed __exit__ method)", TYPE(mgr)->tp_name);
            DECREF(enter);
            goto error;
        }
        SET_TOP(exit);
        DECREF(mgr);
        Object *r = obj_call0(enter);
        DECREF(enter);
        PUSH_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Object *exc = TOP(), *exit = PEEK(3);
        Object *tb = exc_get_traceback(exc);
        Object *args[3] = { (Object *)TYPE(exc), exc, tb ? tb : NONE };
        Object *r = obj_call(exit, args, 3, NULL);
        PUSH_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            err_set_string(&Exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        Object *a = mapping_lookup(f->locals, ID(__annotations__));
        if (!a) {
            if (err_occurred())
                goto error;
            Object *d = dict_new();
            int r = d ? store_in(f->locals, ID(__annotations__), d) : -1;
            XDECREF(d);
            if (r < 0)
                goto error;
        } else {
            DECREF(a);
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Object *v = POP();
        Object *hook = vm_sys_get("displayhook");
        if (!hook) {
            err_set_string(&Exc_RuntimeError, "lost sys.displayhook");
            DECREF(v);
            goto error;
        }
        Object *r = obj_call1(hook, v);
        DECREF(v);
        if (!r)
            goto error;
        DECREF(r);
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        /* The frame moves into a new generator, which goes back to the caller in its place. */
        Frame *back = f->back;
        bool is_entry = f->is_entry;
        f->sp = sp;
        retval = make_generator(f);
        if (!retval)
            goto error;
        tstate.frame = back;
        if (is_entry)
            return retval;
        RESUME_CALLER(back);
        PUSH(retval);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        /* Only generator frames yield.  They run as entry frames: resumed by gen_resume, or
         * inlined by FOR_ITER, whose loop goes on with the value. */
        retval = POP();
        Frame *back = f->back;
        f->sp = sp;
        tstate.frame = back;
        GEN_OF(f)->gi_frame_state = GEN_SUSPENDED;
        if (!f->inlined)
            return retval;
        gen_leave(GEN_OF(f), f);
        f = back;
        LOAD_FRAME();
        sp = f->sp;
        next_instr = f->instr + 1;
        PUSH(retval);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Object *o = TOP();
        if (IS_CORO(o)) {
            if (!(co->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                err_set_string(&Exc_TypeError, "cannot 'yield from' a coroutine object in a "
                               "non-coroutine generator");
                goto error;
            }
        } else if (!IS_GEN(o)) {
            Object *it = obj_get_iter(o);
            DECREF(o);
            SET_TOP_OR_ERROR(it);
        }
        DISPATCH();
    }

    TARGET(YIELD_FROM) {
        Object *v = POP(), *receiver = TOP(), *r;
        GenSendResult st = send_to(receiver, v, &r);
        DECREF(v);
        if (st == GEN_ERROR)
            goto error;
        if (st == GEN_RETURN) {
            DECREF(receiver);
            SET_TOP(r);
            DISPATCH();
        }
        /* Yield r, so that the next resume runs this instruction again (CPython 3.10). */
        f->instr--;
        PUSH(r);
        DISPATCH_OPCODE(YIELD_VALUE);
    }

    TARGET(GET_AWAITABLE) {
        Object *o = TOP(), *it = get_awaitable(o, oparg);
        DECREF(o);
        SET_TOP_OR_ERROR(it);
        DISPATCH();
    }

    TARGET(GET_AITER) {
        Object *o = TOP(), *it = get_aiter(o);
        DECREF(o);
        SET_TOP_OR_ERROR(it);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        Object *aw = get_anext(TOP());
        PUSH_OR_ERROR(aw);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        Object *exc = POP();
        if (!IS_INSTANCE(exc, &Exc_StopAsyncIteration)) {
            err_restore(exc);
            goto exception_unwind;
        }
        DECREF(exc);
        f->iblock--;                /* the EXCEPT_HANDLER block, as POP_EXCEPT */
        restore_exc_info(POP());
        Object *aiter = POP();
        DECREF(aiter);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        Object *mgr = TOP(), *exit;
        Object *enter = async_with_methods(mgr, &exit);
        if (!enter)
            goto error;
        SET_TOP(exit);
        DECREF(mgr);
        Object *r = obj_call0(enter);
        DECREF(enter);
        PUSH_OR_ERROR(r);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP) {
        Object *v = TOP(), *w = async_gen_wrap(v);
        DECREF(v);
        SET_TOP_OR_ERROR(w);
        DISPATCH();
    }

    TARGET(LOAD_LOCALS) {
        if (!f->locals) {
            err_set_string(&Exc_SystemError, "no locals found");
            goto error;
        }
        PUSH(NEWREF(f->locals));
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        CodeUnit w = *next_instr++;
        f->instr = next_instr - 1;
        oparg = oparg << 8 | CU_ARG(w);
        DISPATCH_OPCODE(CU_OP(w));
    }

    TARGET(CACHE)
#ifndef COMPUTED_GOTO
    default:
#else
    unknown_opcode:
#endif
    {
        err_format(&Exc_SystemError, "unknown opcode %d", (int)CU_OP(*f->instr));
        goto error;
    }

#ifndef COMPUTED_GOTO
    }   /* switch */
#endif

error:
    {
        Object *exc = err_occurred();
        if (!exc) {
            err_set_string(&Exc_SystemError, "error return without exception set");
            exc = err_occurred();
        }
        chain_exception(exc, true);
        vm_add_traceback_entry(exc);
    }

exception_unwind:
    while (f->iblock > 0) {
        Block b = f->blocks[--f->iblock];
        if (b.handler == BLOCK_EXCEPT_HANDLER) {
            POP_TO_LEVEL(b.level + 1);
            restore_exc_info(POP());
            continue;
        }
        POP_TO_LEVEL(b.level);
        f->blocks[f->iblock++] = (Block){ BLOCK_EXCEPT_HANDLER, b.level };
        Object *exc = err_fetch();
        PUSH(tstate.exc_info ? tstate.exc_info : NEWREF(NONE));
        tstate.exc_info = NEWREF(exc);
        PUSH(exc);
        JUMP_TO(b.handler);
        DISPATCH();
    }
    retval = NULL;

exit_frame:
    {
        Frame *back = f->back;
        bool is_entry = f->is_entry;
        f->sp = sp;
        tstate.frame = back;
        if (is_entry) {
            if (!f->is_gen) {
                frame_release(f);
                return retval;
            }
            if (!f->inlined)
                return retval;              /* gen_resume finishes the generator */
            goto inlined_generator_exit;
        }
        frame_release(f);
        RESUME_CALLER(back);
        PUSH_OR_ERROR(retval);
        CHECK_SIGNALS();
        DISPATCH();
    }

inlined_generator_exit:
    {
        /* A generator resumed by FOR_ITER ended: the loop is over, or the error is raised at
         * the FOR_ITER (a StopIteration as RuntimeError, PEP 479). */
        Frame *back = f->back;
        int target = f->for_iter_target;
        gen_leave(GEN_OF(f), f);
        f = back;
        LOAD_FRAME();
        sp = f->sp;
        if (!retval) {
            next_instr = f->instr + 1;
            gen_stop_iteration_error();
            goto error;
        }
        DECREF(retval);
        Object *it = POP();
        DECREF(it);
        JUMP_TO(target);
        DISPATCH();
    }
}

/* ---- generators (objects/genobject.h) -------------------------------------------------------- */

/* The outermost EXCEPT_HANDLER block of f, or NULL. */
static Block *outermost_handler(Frame *f) {
    for (int i = 0; i < f->iblock; i++)
        if (f->blocks[i].handler == BLOCK_EXCEPT_HANDLER)
            return &f->blocks[i];
    return NULL;
}

/* Resume a generator's frame.
 *
 * The handled exception (sys.exc_info()) is CPython's stack of exception states flattened into
 * tstate.exc_info: inside a generator it is the generator's own while the generator is in an
 * except block, else the resumer's.  The resumer's state is put aside in gi_exc_prev.  A frame
 * inside except blocks holds, under its outermost EXCEPT_HANDLER block, the state to go back to
 * when that block ends: that is "no exception of its own", so it is set to the resumer's state on
 * each resume, and to None while the generator is suspended. */
static void gen_enter(GenObject *gen, Frame *f) {
    ++recursion_depth;
    Object *caller = tstate.exc_info;
    gen->gi_exc_prev = caller;
    Block *outer = outermost_handler(f);
    if (outer) {
        SETREF(f->stack[outer->level], NEWREF(caller ? caller : NONE));
        tstate.exc_info = gen->gi_exc_value;
        gen->gi_exc_value = NULL;
    } else {
        tstate.exc_info = caller ? NEWREF(caller) : NULL;
    }
    gen->gi_frame_state = GEN_EXECUTING;
}

/* The frame stopped (suspended, or finished and then released at once, so that a frame object
 * that outlives it, say in a traceback, keeps the locals and has no f_back, as in CPython). */
static void gen_leave(GenObject *gen, Frame *f) {
    --recursion_depth;
    Object *mine = tstate.exc_info;
    tstate.exc_info = gen->gi_exc_prev;
    gen->gi_exc_prev = NULL;
    f->back = NULL;
    f->inlined = false;
    if (gen->gi_frame_state == GEN_SUSPENDED) {
        Block *outer = outermost_handler(f);
        if (outer) {
            gen->gi_exc_value = mine;
            SETREF(f->stack[outer->level], NEWREF(NONE));
            return;
        }
        XDECREF(mine);
        return;
    }
    XDECREF(mine);
    gen->gi_frame_state = GEN_COMPLETED;
    frame_clear(f);
    gen->gi_frame_state = GEN_CLEARED;
}

static GenSendResult gen_resume(GenObject *gen, Object *arg, bool exc, Object **result) {
    Frame *f = GEN_FRAME(gen);
    *result = NULL;
    if (cstack_exhausted() || recursion_depth >= recursion_limit) {
        err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
        return GEN_ERROR;
    }
    gen_enter(gen, f);
    if (exc) {
        /* The thrown exception's context is the generator's own handled exception, if any
         * (CPython's _PyErr_ChainStackItem); the resumer's is not chained. */
        if (outermost_handler(f))
            chain_exception(err_occurred(), false);
    } else {
        *f->sp++ = NEWREF(arg);
    }
    resume_throwing = exc;
    Object *r = eval_frame(f);
    gen_leave(gen, f);
    *result = r;
    return gen->gi_frame_state == GEN_SUSPENDED ? GEN_NEXT : r ? GEN_RETURN : GEN_ERROR;
}

static Object *gen_yieldfrom(GenObject *gen) {
    Frame *f = GEN_FRAME(gen);
    return CU_OP(f->instr[1]) == YIELD_FROM ? f->sp[-1] : NULL;
}

static void gen_yieldfrom_done(GenObject *gen) {
    Frame *f = GEN_FRAME(gen);
    f->instr++;
    Object *yf = *--f->sp;
    DECREF(yf);
}

static Object *gen_frame_object(GenObject *gen) {
    Object *fo = frame_get_object(GEN_FRAME(gen));
    return fo ? NEWREF(fo) : NULL;
}

static int gen_frame_traverse(GenObject *gen, visitproc visit, void *arg) {
    Frame *f = GEN_FRAME(gen);
    Object *parts[] = { (Object *)f->code, f->func, f->locals, f->fobj };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (parts[i]) {
            int r = visit(parts[i], arg);
            if (r)
                return r;
        }
    for (Object **p = f->localsplus; p < f->sp; p++) {      /* the value stack follows them */
        if (*p) {
            int r = visit(*p, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static void gen_frame_clear(GenObject *gen) {
    frame_clear(GEN_FRAME(gen));
}

/* CPython 3.11: a 72-byte _PyInterpreterFrame header, then the locals and the value stack. */
static ssize_t gen_frame_size(GenObject *gen) {
    CodeObject *co = (CodeObject *)gen->gi_code;
    ssize_t nlocalsplus = co->co_nlocals + TUPLE_LEN(co->co_cellvars) +
                          TUPLE_LEN(co->co_freevars);
    return 72 + (nlocalsplus + co->co_stacksize) * (ssize_t)sizeof(Object *);
}

/* RuntimeWarning "coroutine 'f' was never awaited", through warnings._warn_unawaited_coroutine
 * when the module has it (it adds the origin and the tracemalloc hint, as CPython's), else
 * warnings.warn(msg, RuntimeWarning, 1, coro); stack level 1 blames the running frame. */
static int warn_unawaited(GenObject *coro) {
    static Object *s_hook, *s_warn;
    if (!async_name(&s_hook, "_warn_unawaited_coroutine") || !async_name(&s_warn, "warn"))
        return -1;
    if (vm_modules_removed) {
        Object *msg = str_from_format("coroutine '%U' was never awaited", coro->gi_qualname);
        int r = msg ? vm_warn_late(&Exc_RuntimeWarning, msg, NULL, 0) : -1;
        XDECREF(msg);
        return r;
    }
    Object *warnings = vm_import_cstr("warnings");
    if (!warnings)
        return -1;
    Object *fn = NULL, *r = NULL;
    if (obj_lookup_attr(warnings, s_hook, &fn) < 0)
        goto done;
    if (fn) {
        r = obj_call1(fn, (Object *)coro);
        goto done;
    }
    if (obj_lookup_attr(warnings, s_warn, &fn) < 0 || !fn)
        goto done;
    Object *msg = str_from_format("coroutine '%U' was never awaited", coro->gi_qualname);
    if (msg) {
        Object *args[4] = { msg, (Object *)&Exc_RuntimeWarning, SMALL_INT(1), (Object *)coro };
        r = obj_call(fn, args, 4, NULL);
        DECREF(msg);
    }
done:
    XDECREF(fn);
    DECREF(warnings);
    if (!r)
        return err_occurred() ? -1 : 0;
    DECREF(r);
    return 0;
}

/* ---- entry points --------------------------------------------------------------------------- */

Object *vm_call_function(Object *func, Object *const *args, ssize_t nargs, Object *kwnames) {
    Frame *f = frame_for_call(func, args, nargs, kwnames, false);
    return f ? eval_frame(f) : NULL;
}

Object *vm_eval_code(Object *code, Object *globals, Object *locals) {
    CodeObject *co = (CodeObject *)code;
    Frame *f = frame_alloc(co);
    if (!f)
        return NULL;
    f->globals = globals;
    f->builtins = builtins_from_globals(globals);
    f->locals = NEWREF(locals ? locals : globals);
    if (!f->builtins) {
        err_set_string(&Exc_SystemError, "no builtins for the code to run with");
        frame_release(f);
        return NULL;
    }
    if (frame_init_cells(f, NULL) < 0) {
        frame_release(f);
        return NULL;
    }
    return eval_frame(f);
}

Object *vm_run_class_body(Object *func, Object *ns) {
    Frame *f = frame_for_call(func, NULL, 0, NULL, false);
    if (!f)
        return NULL;
    f->locals = NEWREF(ns);
    return eval_frame(f);
}

/* ---- hooks ----------------------------------------------------------------------------------- */

/* Zero-argument super(): the running function's first argument and its __class__ cell.  Both
 * results are borrowed. */
static int super_args(TypeObject **type, Object **obj) {
    Frame *f = tstate.frame;
    if (!f) {
        err_set_string(&Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObject *co = f->code;
    if (co->co_argcount == 0) {
        err_set_string(&Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Object *first = f->localsplus[0];
    ssize_t ncells = TUPLE_LEN(co->co_cellvars);
    if (!first && co->co_cell2arg) {
        for (ssize_t i = 0; i < ncells; i++)
            if (co->co_cell2arg[i] == 0)
                first = CELL_GET(f->localsplus[co->co_nlocals + i]);
    }
    if (!first) {
        err_set_string(&Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (ssize_t i = 0; i < TUPLE_LEN(co->co_freevars); i++) {
        if (!str_eq(TUPLE_GET(co->co_freevars, i), ID(__class__)))
            continue;
        Object *cls = CELL_GET(f->localsplus[co->co_nlocals + ncells + i]);
        if (!cls) {
            err_set_string(&Exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!TYPE_HAS_FLAG(TYPE(cls), TPFLAGS_TYPE_SUBCLASS)) {
            err_format(&Exc_RuntimeError, "super(): __class__ is not a type (%s)",
                       TYPE(cls)->tp_name);
            return -1;
        }
        *type = (TypeObject *)cls;
        *obj = first;
        return 0;
    }
    err_set_string(&Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

void ceval_init(void) {
    function_vectorcall = vm_call_function;
    hook_builtins = vm_builtins;
    hook_super_args = super_args;
    gen_hooks = (GenHooks){ gen_resume, gen_yieldfrom, gen_yieldfrom_done, gen_frame_object,
                            gen_frame_traverse, gen_frame_clear, gen_frame_size,
                            warn_unawaited };
    cstack_init();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

void vm_types_init(void) {
    TypeObject *types[] = { &FunctionType, &CellType, &MethodType, &CodeType, &ModuleType,
                            &TracebackType, &FrameType, &GenType, &CoroType, &AsyncGenType,
                            &CoroWrapperType, &AsyncGenASendType, &AsyncGenAThrowType,
                            &AsyncGenWrappedType };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        type_ready(types[i]);
}
