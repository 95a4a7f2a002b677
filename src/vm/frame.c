/* frame.c — the data stack internal frames live on, and frame objects.
 *
 * Data stack: frames are pushed and popped strictly LIFO, so they are carved from big chunks
 * with a bump pointer.  When a frame does not fit in the current chunk a new chunk is linked in
 * front; popping the first frame of a chunk returns to the previous one.  One emptied chunk is
 * kept as a spare, so a call sequence that oscillates across a chunk boundary never mallocs.
 *
 * Frame objects: see frame.h.  A live frame and its object point at each other (the frame holds
 * the object's only counted reference from the VM side); when the frame exits while someone
 * else still holds the object, the frame's local values move into the object, so a traceback's
 * tb_frame.f_locals still shows them (and keeps them alive, as in CPython). */
#include "frame.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/containers.h"
#include "../objects/funcobj.h"
#include "../objects/numbers.h"
#include "../runtime/gc.h"
#include <string.h>

/* ---- the data stack -------------------------------------------------------------------------- */

/* Words per chunk: 64 Ki words (512 KiB) hold several hundred ordinary frames, so chunk
 * switches are rare even in deep recursion; a bigger frame gets a chunk of its own size. */
#define CHUNK_WORDS (64 * 1024)

typedef struct Chunk {
    struct Chunk *prev;
    Object **saved_top;         /* the previous chunk's top when this one was linked in */
    size_t size;                /* words in data */
    Object *data[];
} Chunk;

static Chunk *ds_chunk, *ds_spare;
static Object **ds_top, **ds_limit;

static Object **ds_push_slow(size_t n) {
    Chunk *c = ds_spare;
    if (c && c->size >= n) {
        ds_spare = NULL;
    } else {
        size_t size = n > CHUNK_WORDS ? n : CHUNK_WORDS;
        c = mem_alloc(sizeof(Chunk) + size * sizeof(Object *));
        if (!c)
            return NULL;
        c->size = size;
    }
    c->prev = ds_chunk;
    c->saved_top = ds_top;
    ds_chunk = c;
    ds_top = c->data + n;
    ds_limit = c->data + c->size;
    return c->data;
}

static inline Object **ds_push(size_t n) {
    if ((size_t)(ds_limit - ds_top) >= n && ds_top) {
        Object **p = ds_top;
        ds_top += n;
        return p;
    }
    return ds_push_slow(n);
}

static inline void ds_pop(Object **p) {
    if (p != ds_chunk->data) {
        ds_top = p;
        return;
    }
    Chunk *c = ds_chunk;
    ds_chunk = c->prev;
    ds_top = c->saved_top;
    ds_limit = ds_chunk ? ds_chunk->data + ds_chunk->size : NULL;
    if (ds_spare) {
        if (ds_spare->size >= c->size) {
            mem_free(c);
            return;
        }
        mem_free(ds_spare);
    }
    ds_spare = c;
}

void datastack_fini(void) {
    mem_free(ds_spare);
    ds_spare = NULL;
}

/* ---- frames ---------------------------------------------------------------------------------- */

Frame *frame_alloc(CodeObject *co) {
    CodeExtra *x = code_extra(co);
    if (!x)
        return NULL;
    if (++recursion_depth > recursion_limit) {
        --recursion_depth;
        err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    Frame *f = (Frame *)ds_push((size_t)x->framewords);
    if (!f) {
        --recursion_depth;
        err_no_memory();
        return NULL;
    }
    f->code = (CodeObject *)NEWREF_(co);
    f->func = NULL;
    f->globals = f->builtins = f->locals = NULL;
    f->back = NULL;
    f->fobj = NULL;
    f->instr = NULL;
    f->nlocalsplus = x->nlocalsplus;
    f->stack = f->localsplus + x->nlocalsplus;
    f->sp = f->stack;
    f->blocks = (Block *)(f->stack + co->co_stacksize);
    f->iblock = 0;
    f->is_entry = false;
    f->is_gen = f->inlined = false;
    memset(f->localsplus, 0, sizeof(Object *) * x->nlocalsplus);
    return f;
}

int frame_init_cells(Frame *f, Object *closure) {
    CodeObject *co = f->code;
    ssize_t ncells = TUPLE_LEN(co->co_cellvars);
    Object **cells = f->localsplus + co->co_nlocals;
    for (ssize_t i = 0; i < ncells; i++) {
        int arg = co->co_cell2arg ? co->co_cell2arg[i] : -1;
        Object *c = cell_new(arg >= 0 ? f->localsplus[arg] : NULL);
        if (!c)
            return -1;
        if (arg >= 0)
            CLEAR(f->localsplus[arg]);
        cells[i] = c;
    }
    ssize_t nfree = TUPLE_LEN(co->co_freevars);
    for (ssize_t i = 0; i < nfree; i++) {
        Object *c = closure && i < TUPLE_LEN(closure) ? TUPLE_GET(closure, i) : NULL;
        cells[ncells + i] = c ? NEWREF(c) : cell_new(NULL);
        if (!cells[ncells + i])
            return -1;
    }
    return 0;
}

int frame_lineno(Frame *f) {
    if (!f->instr)
        return f->code->co_firstlineno;
    return code_line_at(f->code, frame_lasti(f));
}

/* The frame exits while its object lives on: move what the object shows into it. */
static void frame_hand_over(Frame *f, FrameObject *fo) {
    int n = f->nlocalsplus;
    fo->saved = n ? mem_alloc(sizeof(Object *) * n) : NULL;
    if (fo->saved) {
        memcpy(fo->saved, f->localsplus, sizeof(Object *) * n);
        fo->nsaved = n;
    } else {
        for (int i = 0; i < n; i++)
            XDECREF(f->localsplus[i]);
    }
    fo->lasti = (int)frame_lasti(f);
    if (f->back) {
        Object *b = frame_get_object(f->back);
        if (b)
            fo->f_back = NEWREF(b);
        else
            err_clear();
    }
    fo->frame = NULL;
}

/* Forced inline: frame_release is on the path of every return. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline void frame_release_contents(Frame *f) {
    for (Object **p = f->stack; p < f->sp; p++)
        XDECREF(*p);
    FrameObject *fo = (FrameObject *)f->fobj;
    if (fo && REFCNT(fo) > 1) {
        frame_hand_over(f, fo);
    } else {
        if (fo)
            fo->frame = NULL;
        for (int i = 0; i < f->nlocalsplus; i++)
            XDECREF(f->localsplus[i]);
    }
    f->fobj = NULL;
    XDECREF(fo);
    XDECREF(f->locals);
    XDECREF(f->func);
    DECREF(f->code);
}

void frame_release(Frame *f) {
    frame_release_contents(f);
    --recursion_depth;
    ds_pop((Object **)f);
}

/* A generator's frame: the stack top is f->sp, saved when it yielded (or when it was made). */
void frame_clear(Frame *f) {
    frame_release_contents(f);
    f->sp = f->stack;
    f->iblock = 0;
}

Frame *frame_move(Frame *f, Object **dst) {
    Frame *g = (Frame *)dst;
    ssize_t depth = f->sp - f->stack;
    memcpy(g, f, ((CodeExtra *)f->code->co_extra)->framewords * sizeof(Object *));
    g->stack = g->localsplus + g->nlocalsplus;
    g->sp = g->stack + depth;
    g->blocks = (Block *)(g->stack + f->code->co_stacksize);
    g->back = NULL;
    g->is_gen = true;
    if (g->fobj)
        ((FrameObject *)g->fobj)->frame = g;
    --recursion_depth;
    ds_pop((Object **)f);
    return g;
}

/* ---- frame objects --------------------------------------------------------------------------- */

Object *frame_get_object(Frame *f) {
    if (f->fobj)
        return f->fobj;
    FrameObject *fo = (FrameObject *)obj_alloc(&FrameType);
    if (!fo)
        return NULL;
    fo->frame = f;
    fo->code = NEWREF_(f->code);
    fo->globals = NEWREF(f->globals);
    fo->builtins = NEWREF(f->builtins ? f->builtins : NONE);
    XINCREF(f->locals);
    fo->locals = f->locals;
    fo->lasti = -1;
    f->fobj = (Object *)fo;
    return (Object *)fo;
}

/* Update `dict` to hold the named values of a localsplus array (fast locals, then cells). */
static int fill_locals(Object *dict, CodeObject *co, Object **values, int n) {
    ssize_t nlocals = co->co_nlocals, ncells = TUPLE_LEN(co->co_cellvars);
    for (int i = 0; i < n; i++) {
        Object *name, *v = values[i];
        if (i < nlocals) {
            name = TUPLE_GET(co->co_varnames, i);
        } else {
            name = i < nlocals + ncells ? TUPLE_GET(co->co_cellvars, i - nlocals)
                                        : TUPLE_GET(co->co_freevars, i - nlocals - ncells);
            v = v ? CELL_GET(v) : NULL;
        }
        if (v) {
            if (dict_setitem(dict, name, v) < 0)
                return -1;
        } else if (dict_delitem(dict, name) < 0) {
            if (!err_matches(&Exc_KeyError))
                return -1;
            err_clear();
        }
    }
    return 0;
}

static Object *frameobject_locals(FrameObject *fo) {
    if (fo->locals)
        return NEWREF(fo->locals);
    if (!fo->f_locals_cache && !(fo->f_locals_cache = dict_new()))
        return NULL;
    Frame *f = fo->frame;
    int r = f ? fill_locals(fo->f_locals_cache, f->code, f->localsplus, f->nlocalsplus)
              : fill_locals(fo->f_locals_cache, (CodeObject *)fo->code, fo->saved, fo->nsaved);
    return r < 0 ? NULL : NEWREF(fo->f_locals_cache);
}

Object *frame_locals_dict(Frame *f) {
    if (f->locals)
        return NEWREF(f->locals);
    Object *fo = frame_get_object(f);
    return fo ? frameobject_locals((FrameObject *)fo) : NULL;
}

static int fo_lasti(FrameObject *fo) {
    return fo->frame ? (int)frame_lasti(fo->frame) : fo->lasti;
}

static int fo_lineno(FrameObject *fo) {
    if (fo->frame)
        return frame_lineno(fo->frame);
    if (fo->lasti < 0)
        return ((CodeObject *)fo->code)->co_firstlineno;
    return code_line_at((CodeObject *)fo->code, fo->lasti);
}

static Object *fo_get_locals(Object *self, void *c) {
    return frameobject_locals((FrameObject *)self);
}
static Object *fo_get_lineno(Object *self, void *c) {
    int line = fo_lineno((FrameObject *)self);
    return line < 0 ? NEWREF(NONE) : int_from_long(line);
}
static Object *fo_get_lasti(Object *self, void *c) {
    return int_from_long(2L * fo_lasti((FrameObject *)self));
}
static Object *fo_get_back(Object *self, void *c) {
    FrameObject *fo = (FrameObject *)self;
    if (fo->frame) {
        if (!fo->frame->back)
            RETURN_NONE;
        Object *b = frame_get_object(fo->frame->back);
        return b ? NEWREF(b) : NULL;
    }
    return NEWREF(fo->f_back ? fo->f_back : NONE);
}
static Object *fo_get_trace(Object *self, void *c) { RETURN_NONE; }
static int fo_set_trace(Object *self, Object *v, void *c) { return 0; }

static GetSetDef fo_getset[] = {
    { "f_locals", fo_get_locals, NULL, NULL, NULL },
    { "f_lineno", fo_get_lineno, NULL, NULL, NULL },
    { "f_lasti", fo_get_lasti, NULL, NULL, NULL },
    { "f_back", fo_get_back, NULL, NULL, NULL },
    { "f_trace", fo_get_trace, fo_set_trace, NULL, NULL },
    { NULL }
};

static MemberDef fo_members[] = {
    { "f_code", T_OBJECT, offsetof(FrameObject, code), READONLY, NULL },
    { "f_globals", T_OBJECT, offsetof(FrameObject, globals), READONLY, NULL },
    { "f_builtins", T_OBJECT, offsetof(FrameObject, builtins), READONLY, NULL },
    { NULL }
};

static Object *fo_repr(Object *self) {
    FrameObject *fo = (FrameObject *)self;
    CodeObject *co = (CodeObject *)fo->code;
    return str_from_format("<frame at %p, file %R, line %d, code %U>", self, co->co_filename,
                           fo_lineno(fo), co->co_name);
}

static int fo_traverse(Object *self, visitproc visit, void *arg) {
    FrameObject *fo = (FrameObject *)self;
    Object *parts[] = { fo->f_back, fo->code, fo->globals, fo->builtins, fo->locals,
                        fo->f_locals_cache };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (parts[i]) {
            int r = visit(parts[i], arg);
            if (r)
                return r;
        }
    for (int i = 0; i < fo->nsaved; i++)
        if (fo->saved[i]) {
            int r = visit(fo->saved[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static int fo_clear(Object *self) {
    FrameObject *fo = (FrameObject *)self;
    for (int i = 0; i < fo->nsaved; i++)
        CLEAR(fo->saved[i]);
    CLEAR(fo->f_back);
    CLEAR(fo->f_locals_cache);
    CLEAR(fo->locals);
    return 0;
}

static void fo_dealloc(Object *self) {
    FrameObject *fo = (FrameObject *)self;
    gc_untrack(self);
    fo_clear(self);
    mem_free(fo->saved);
    fo->saved = NULL;
    fo->nsaved = 0;
    CLEAR(fo->code);
    CLEAR(fo->globals);
    CLEAR(fo->builtins);
    TYPE(self)->tp_free(self);
}

/* frame.clear(): drop the locals of a finished frame (RuntimeError while it runs).  The frame
 * of a generator that is not running is finished first: the generator is closed, as by its
 * finaliser (CPython 3.11). */
static Object *fo_clear_method(Object *self, Object *unused) {
    Frame *f = ((FrameObject *)self)->frame;
    if (f && f->is_gen && GEN_OF(f)->gi_frame_state != GEN_EXECUTING) {
        Object *gen = (Object *)GEN_OF(f);
        INCREF(gen);
        TYPE(gen)->tp_finalize(gen);
        DECREF(gen);
        f = ((FrameObject *)self)->frame;
    }
    if (f)
        return err_format(&Exc_RuntimeError, "cannot clear an executing frame");
    fo_clear(self);
    RETURN_NONE;
}

static MethodDef fo_methods[] = {
    { "clear", (void *)fo_clear_method, METH_NOARGS, NULL },
    { NULL }
};

TypeObject FrameType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "frame",
    .tp_basicsize = sizeof(FrameObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = fo_dealloc,
    .tp_repr = fo_repr,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = fo_traverse,
    .tp_clear = fo_clear,
    .tp_methods = fo_methods,
    .tp_members = fo_members,
    .tp_getset = fo_getset,
};

/* ---- the thread state's view of frames (vm.h) ------------------------------------------------ */

Object *vm_globals(void) {
    return tstate.frame ? tstate.frame->globals : NULL;
}

Object *vm_locals(void) {
    if (!tstate.frame)
        return err_format(&Exc_SystemError, "frame does not exist");
    return frame_locals_dict(tstate.frame);
}

Object *vm_current_frame_object(void) {
    if (!tstate.frame)
        RETURN_NONE;
    Object *fo = frame_get_object(tstate.frame);
    return fo ? NEWREF(fo) : NULL;
}

Object *vm_frame_object_at(long depth) {
    Frame *f = tstate.frame;
    while (f && depth-- > 0)
        f = f->back;
    if (!f)
        return err_format(&Exc_ValueError, "call stack is not deep enough");
    Object *fo = frame_get_object(f);
    return fo ? NEWREF(fo) : NULL;
}

void vm_add_traceback_entry(Object *exc) {
    if (!tstate.frame)
        return;
    Object *tb = traceback_new(exc_get_traceback(exc), tstate.frame);
    if (!tb) {
        err_clear();
        return;
    }
    exc_set_traceback(exc, tb);
    DECREF(tb);
}
