/* gcmodule.c — the gc module: Python's view of the cycle collector (runtime/gc.c).
 *
 * The collector itself knows nothing of Python-level lists or streams; this module owns
 * gc.garbage and gc.callbacks and, when first imported, plugs three hooks into the collector
 * (GCHooks in gc.h): calling the callbacks around a collection, saving objects to gc.garbage
 * (DEBUG_SAVEALL), and writing DEBUG_* lines to sys.stderr.  The two lists are made once and
 * shared by every module object (re-importing after `del sys.modules['gc']` keeps them), as
 * CPython keeps them in the interpreter's gc state.  Names, signatures and messages follow
 * CPython 3.11. */
#include "modules.h"
#include "../runtime/gc.h"
#include <limits.h>
#include <stdio.h>

static Object *garbage;         /* gc.garbage (a reference owned here) */
static Object *callbacks;       /* gc.callbacks */

/* ---- the hooks -------------------------------------------------------------------------- */

/* Call each callback with (phase, {"generation": g, "collected": c, "uncollectable": u}).
 * A failing callback is reported as unraisable and the others still run; the list may change
 * while they run, so its length is read again each time. */
static void run_callbacks(const char *phase, int generation, ssize_t collected,
                          ssize_t uncollectable) {
    if (!callbacks || LIST_LEN(callbacks) == 0) return;
    Object *info = dict_new(), *ph = str_from_cstr(phase);
    Object *g = int_from_long(generation), *c = int_from_ssize(collected);
    Object *u = int_from_ssize(uncollectable);
    bool ok = info && ph && g && c && u &&
              dict_setitem_str(info, "generation", g) == 0 &&
              dict_setitem_str(info, "collected", c) == 0 &&
              dict_setitem_str(info, "uncollectable", u) == 0;
    XDECREF(g); XDECREF(c); XDECREF(u);
    if (!ok) {
        err_write_unraisable(NULL);
        XDECREF(info); XDECREF(ph);
        return;
    }
    for (ssize_t i = 0; i < LIST_LEN(callbacks); i++) {
        Object *cb = NEWREF(LIST_GET(callbacks, i));   /* the callback may remove itself */
        Object *r = obj_call2(cb, ph, info);
        if (r) DECREF(r);
        else err_write_unraisable(cb);
        DECREF(cb);
    }
    DECREF(info);
    DECREF(ph);
}

static int save_garbage(Object *o) { return list_append(garbage, o); }

/* PySys_WriteStderr: sys.stderr, or C's stderr when that is missing or fails. */
static void write_stderr(const char *text) {
    Object *saved = err_fetch();
    Object *err = vm_sys_get("stderr");
    int r = -1;
    if (err && err != NONE) {
        if (TYPE(err) == &TextStreamType) {
            r = stream_write_cstr(err, text, -1);
        } else {
            Object *s = str_from_cstr(text);
            Object *res = s ? obj_call_method(err, "write", &s, 1) : NULL;
            XDECREF(s);
            if (res) { DECREF(res); r = 0; }
        }
    }
    if (r < 0) {
        err_clear();
        fputs(text, stderr);
    }
    err_restore(saved);
}

/* ---- argument conversion ---------------------------------------------------------------- */

/* A C int through __index__ ('i' of PyArg_Parse when big_msg is NULL: "signed integer is
 * greater than maximum"; otherwise the argument clinic's int, with big_msg for both ends). */
static int as_c_int(Object *o, int *out, const char *big_msg) {
    Object *i = num_index(o);
    if (!i) return -1;
    int overflow;
    long v = int_as_long_overflow(i, &overflow);
    DECREF(i);
    if (overflow > 0 || (!overflow && v > INT_MAX)) {
        err_set_string(&Exc_OverflowError,
                       big_msg ? big_msg : "signed integer is greater than maximum");
        return -1;
    }
    if (overflow < 0 || v < INT_MIN) {
        err_set_string(&Exc_OverflowError,
                       big_msg ? big_msg : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static const char too_big_int[] = "Python int too large to convert to C int";

/* ---- the functions ---------------------------------------------------------------------- */

static Object *gc_enable(Object *self, Object *unused) { gc_state.enabled = true; RETURN_NONE; }
static Object *gc_disable(Object *self, Object *unused) { gc_state.enabled = false; RETURN_NONE; }
static Object *gc_isenabled(Object *self, Object *unused) { return bool_from(gc_state.enabled); }

static Object *gc_collect_(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"generation", NULL};
    Object *a[1] = {NULL};
    if (args_parse("collect", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    int generation = GC_NUM_GENERATIONS - 1;
    if (a[0] && as_c_int(a[0], &generation, too_big_int) < 0) return NULL;
    ssize_t n = gc_collect(generation);
    return n < 0 ? NULL : int_from_ssize(n);
}

static Object *gc_get_count(Object *self, Object *unused) {
    GCGeneration *g = gc_state.generations;
    Object *a = int_from_long(g[0].count), *b = int_from_long(g[1].count);
    Object *c = int_from_long(g[2].count);
    Object *r = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a); XDECREF(b); XDECREF(c);
    return r;
}

static Object *gc_get_threshold(Object *self, Object *unused) {
    GCGeneration *g = gc_state.generations;
    Object *a = int_from_long(g[0].threshold), *b = int_from_long(g[1].threshold);
    Object *c = int_from_long(g[2].threshold);
    Object *r = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a); XDECREF(b); XDECREF(c);
    return r;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]): each value is stored as soon as it is
 * converted, so a bad second argument leaves the first one set (as PyArg_ParseTuple does). */
static Object *gc_set_threshold(Object *self, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    if (args_no_kwargs("set_threshold", kwnames) < 0) return NULL;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "set_threshold() takes at least 1 argument (%zd given)",
                          nargs);
    if (nargs > GC_NUM_GENERATIONS)
        return err_format(&Exc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)",
                          nargs);
    for (ssize_t i = 0; i < nargs; i++)
        if (as_c_int(args[i], &gc_state.generations[i].threshold, NULL) < 0) return NULL;
    RETURN_NONE;
}

static Object *gc_set_debug(Object *self, Object *flags) {
    int v;
    if (as_c_int(flags, &v, too_big_int) < 0) return NULL;
    gc_state.debug = v;
    RETURN_NONE;
}

static Object *gc_get_debug(Object *self, Object *unused) { return int_from_long(gc_state.debug); }

/* Append every object of a generation's list to `result`, except `result` itself. */
static int append_objects(Object *result, GCHead *list) {
    for (GCHead *g = list->gc_next; g != list; g = g->gc_next) {
        Object *o = FROM_GC(g);
        if (o != result && list_append(result, o) < 0) return -1;
    }
    return 0;
}

/* get_objects(generation=None): None means every generation (the permanent one excepted). */
static Object *gc_get_objects(Object *self, Object *const *args, ssize_t nargs,
                              Object *kwnames) {
    static const char *const kwlist[] = {"generation", NULL};
    Object *a[1] = {NULL};
    if (args_parse("get_objects", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    ssize_t generation = -1;
    if (a[0] && a[0] != NONE) {
        NumberMethods *nb = TYPE(a[0])->tp_as_number;
        if (!nb || !nb->nb_index)
            return err_format(&Exc_TypeError, "argument should be integer or None, not '%.200s'",
                              TYPE(a[0])->tp_name);
        generation = num_as_ssize(a[0], &Exc_OverflowError);
        if (generation == -1 && err_occurred()) return NULL;
    }
    if (generation >= GC_NUM_GENERATIONS)
        return err_format(&Exc_ValueError, "generation parameter must be less than the number "
                          "of available generations (%d)", GC_NUM_GENERATIONS);
    if (generation < -1)
        return err_format(&Exc_ValueError, "generation parameter cannot be negative");
    Object *result = list_new(0);
    if (!result) return NULL;
    int lo = generation == -1 ? 0 : (int)generation;
    int hi = generation == -1 ? GC_NUM_GENERATIONS - 1 : (int)generation;
    for (int i = lo; i <= hi; i++)
        if (append_objects(result, gc_generation_list(i)) < 0) { DECREF(result); return NULL; }
    return result;
}

typedef struct Targets { Object *const *objs; ssize_t n; } Targets;

/* Stops the traversal (returns 1) at the first reference to one of the targets. */
static int visit_referrer(Object *o, void *arg) {
    Targets *t = arg;
    for (ssize_t i = 0; i < t->n; i++)
        if (t->objs[i] == o) return 1;
    return 0;
}

static Object *gc_get_referrers(Object *self, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    if (args_no_kwargs("get_referrers", kwnames) < 0) return NULL;
    Targets t = {args, nargs};
    Object *result = list_new(0);
    if (!result) return NULL;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        GCHead *list = gc_generation_list(i);
        for (GCHead *g = list->gc_next; g != list; g = g->gc_next) {
            Object *o = FROM_GC(g);
            traverseproc trav = TYPE(o)->tp_traverse;
            if (o == result || !trav || !trav(o, visit_referrer, &t)) continue;
            if (list_append(result, o) < 0) { DECREF(result); return NULL; }
        }
    }
    return result;
}

static int visit_referent(Object *o, void *result) { return list_append(result, o) < 0; }

static Object *gc_get_referents(Object *self, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    if (args_no_kwargs("get_referents", kwnames) < 0) return NULL;
    Object *result = list_new(0);
    if (!result) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        Object *o = args[i];
        traverseproc trav = TYPE(o)->tp_traverse;
        if (!gc_obj_is_gc(o) || !trav) continue;
        if (trav(o, visit_referent, result)) { DECREF(result); return NULL; }
    }
    return result;
}

static Object *gc_is_tracked_(Object *self, Object *o) {
    return bool_from(gc_obj_is_gc(o) && gc_is_tracked(o));
}

static Object *gc_is_finalized_(Object *self, Object *o) { return bool_from(gc_is_finalized(o)); }

static Object *gc_freeze_(Object *self, Object *unused) { gc_freeze(); RETURN_NONE; }
static Object *gc_unfreeze_(Object *self, Object *unused) { gc_unfreeze(); RETURN_NONE; }

static Object *gc_get_freeze_count(Object *self, Object *unused) {
    return int_from_ssize(gc_list_length(gc_generation_list(GC_NUM_GENERATIONS)));
}

static Object *gc_get_stats(Object *self, Object *unused) {
    Object *result = list_new(0);
    if (!result) return NULL;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        GCGenStats *s = &gc_state.stats[i];
        static const char *const keys[] = {"collections", "collected", "uncollectable"};
        ssize_t vals[] = {s->collections, s->collected, s->uncollectable};
        Object *d = dict_new();
        if (!d) goto fail;
        for (int k = 0; k < 3; k++) {
            Object *v = int_from_ssize(vals[k]);
            if (!v || dict_setitem_str(d, keys[k], v) < 0) { XDECREF(v); DECREF(d); goto fail; }
            DECREF(v);
        }
        int r = list_append(result, d);
        DECREF(d);
        if (r < 0) goto fail;
    }
    return result;
fail:
    DECREF(result);
    return NULL;
}

#define FASTKW(f) (void *)(f), METH_FASTCALL | METH_KEYWORDS
#define NOARGS(f) (void *)(f), METH_NOARGS
static MethodDef gc_methods[] = {
    {"enable", NOARGS(gc_enable), "Enable automatic garbage collection."},
    {"disable", NOARGS(gc_disable), "Disable automatic garbage collection."},
    {"isenabled", NOARGS(gc_isenabled), "Returns true if automatic garbage collection is enabled."},
    {"collect", FASTKW(gc_collect_), "Run the garbage collector."},
    {"get_count", NOARGS(gc_get_count), "Return a three-tuple of the current collection counts."},
    {"get_threshold", NOARGS(gc_get_threshold), "Return the current collection thresholds."},
    {"set_threshold", FASTKW(gc_set_threshold), "Set the collection thresholds."},
    {"set_debug", (void *)gc_set_debug, METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", NOARGS(gc_get_debug), "Get the garbage collection debugging flags."},
    {"get_objects", FASTKW(gc_get_objects),
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", FASTKW(gc_get_referrers),
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", FASTKW(gc_get_referents),
     "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", (void *)gc_is_tracked_, METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", (void *)gc_is_finalized_, METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", NOARGS(gc_freeze_),
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", NOARGS(gc_unfreeze_), "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", NOARGS(gc_get_freeze_count),
     "Return the number of objects in the permanent generation."},
    {"get_stats", NOARGS(gc_get_stats),
     "Return a list of dictionaries containing per-generation statistics."},
    {NULL}
};

static int gc_module_init(Object *m) {
    static const struct { const char *name; long value; } flags[] = {
        {"DEBUG_STATS", GC_DEBUG_STATS}, {"DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", GC_DEBUG_SAVEALL},
        {"DEBUG_LEAK", GC_DEBUG_LEAK},
    };
    if (!garbage && !(garbage = list_new(0))) return -1;
    if (!callbacks && !(callbacks = list_new(0))) return -1;
    if (module_add(m, "garbage", NEWREF(garbage)) < 0 ||
        module_add(m, "callbacks", NEWREF(callbacks)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (module_add(m, flags[i].name, int_from_long(flags[i].value)) < 0) return -1;
    gc_state.hooks.callbacks = run_callbacks;
    gc_state.hooks.save_garbage = save_garbage;
    gc_state.hooks.write_stderr = write_stderr;
    return 0;
}

ModuleDef gc_module_def = {
    "gc",
    "This module provides access to the garbage collector for reference cycles.\n"
    "\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n",
    gc_methods,
    gc_module_init,
};
