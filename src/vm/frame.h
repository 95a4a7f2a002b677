/* frame.h — internal frames, the per-thread data stack they live on, and the Python-visible frame
 * objects (frame.c).
 *
 * An internal Frame is what the eval loop runs: it is carved from a contiguous data stack (chunks
 * grown on demand and reused LIFO), never malloc'd per call.  Its memory is, in order:
 *
 *     struct Frame | localsplus[nlocalsplus] | value stack[co_stacksize] | blocks[co_maxblocks]
 *
 * localsplus holds the fast locals (co_varnames), then the cells of co_cellvars, then the cells of
 * co_freevars (the closure), as CPython 3.10 numbers them.
 *
 * A generator's frame lives in the generator object instead (objects/genobject.h): it is moved
 * there from the data stack when the generator is made (frame_move), and released by
 * frame_clear when the generator finishes or dies.
 *
 * A FrameObject (the `frame` type that sys._getframe and tracebacks show) is made lazily for a
 * running frame.  While the frame runs, the object reads through to it; when the frame exits
 * while the object is still referenced, the frame copies what the object needs (its locals, the
 * last instruction, the caller's frame object) into it, as CPython 3.11's take_ownership. */
#ifndef OURO_FRAME_H
#define OURO_FRAME_H

#include "vm.h"
#include "../objects/code.h"
#include "../objects/genobject.h"

/* A block of the block stack (see compiler/opcodes.h): a SETUP_FINALLY handler, or an
 * EXCEPT_HANDLER marker (handler == BLOCK_EXCEPT_HANDLER). */
typedef struct Block { int32_t handler; int32_t level; } Block;
#define BLOCK_EXCEPT_HANDLER (-1)

struct Frame {
    CodeObject *code;           /* strong */
    Object *func;               /* strong; NULL for module code run by vm_eval_code */
    Object *globals;            /* borrowed: func (or vm_eval_code's caller) keeps it */
    Object *builtins;           /* borrowed, as globals */
    Object *locals;             /* strong: the locals mapping of module/class bodies, or NULL */
    Frame *back;                /* the calling frame, or NULL */
    Object *fobj;               /* strong: the frame object once one was asked for, or NULL */
    CodeUnit *instr;            /* the instruction running (or the call in progress) */
    Object **sp;                /* the value stack's top, saved while a callee runs */
    Object **stack;             /* the value stack's base (after localsplus) */
    Block *blocks;              /* co_maxblocks entries */
    int iblock;                 /* blocks in use */
    int nlocalsplus;
    bool is_entry;              /* entered from C: the eval loop returns when this frame ends */
    bool is_gen;                /* lives in a generator object (gi_iframe), not the data stack */
    /* A generator's frame resumed by FOR_ITER inside the same eval loop (is_entry is set too):
     * a yield goes back to the caller's FOR_ITER, the end of the frame to for_iter_target. */
    bool inlined;
    int32_t for_iter_target;
    Object *localsplus[];
};

/* Per-code data the VM derives once (CodeObject.co_extra, owned by the code object). */
typedef struct CacheEntry {
    uint64_t v1, v2;            /* versions: dict version tags or a type version */
    Object *p1, *p2, *p3;       /* borrowed pointers valid while the versions match */
    uint32_t backoff;           /* attribute sites: misses to let pass before refilling */
} CacheEntry;
typedef struct CodeExtra {
    int nlocalsplus;            /* co_nlocals + len(co_cellvars) + len(co_freevars) */
    int framewords;             /* words of data stack a frame of this code needs */
    int ncaches;
    CacheEntry caches[];        /* one per instruction with inline caches (first cache unit =
                                   index + 1; 0 means the instruction is not cached) */
} CodeExtra;
/* The code's extra data, created (and its instructions numbered) on first use; NULL only on
 * MemoryError.  One mem_alloc'd block holding no references: code.c frees it with mem_free. */
CodeExtra *code_extra(CodeObject *co);

/* Allocate a frame for `co` on the data stack: localsplus zeroed, stack empty, fields other than
 * code (strong, taken here) zeroed.  Counts one recursion level: RecursionError when the limit is
 * passed.  NULL with an exception set on failure. */
Frame *frame_alloc(CodeObject *co);
/* Release everything a frame holds (locals, stack items, code, func, locals mapping), hand its
 * data to its frame object if that outlives it, and give back its data-stack memory.  Frames
 * are released in LIFO order.  Uncounts the recursion level. */
void frame_release(Frame *f);

/* Generator frames (objects/genobject.h).  frame_move copies f, which must be the newest frame
 * of the data stack, into `dst` (framewords words), together with the references it holds, and
 * pops f from the data stack (uncounting its recursion level); the copy is marked is_gen.
 * frame_clear releases what a generator's frame holds, as frame_release does for others (its
 * frame object takes over the values when it outlives the frame), without touching the data
 * stack or the recursion depth. */
Frame *frame_move(Frame *f, Object **dst);
void frame_clear(Frame *f);
/* The generator whose gi_iframe holds frame f (f->is_gen), and a generator's frame. */
#define GEN_OF(f) ((GenObject *)((char *)(f) - offsetof(GenObject, gi_iframe)))
#define GEN_FRAME(g) ((Frame *)(g)->gi_iframe)

/* Bind a call's arguments to the parameters of a Python function (call.c) in a new frame.
 * With steal, the references in args (and to func itself) are moved into the frame, also on
 * failure (then released); otherwise new references are taken.  NULL + TypeError on failure. */
Frame *frame_for_call(Object *func, Object *const *args, ssize_t nargs, Object *kwnames,
                      bool steal);

/* Make the cells of f's cell variables (moving parameters that are cells into theirs) and store
 * the closure's cells after them.  0, or -1 on MemoryError. */
int frame_init_cells(Frame *f, Object *closure);

/* Index of f's running instruction, and its line. */
static inline ssize_t frame_lasti(Frame *f) {
    return f->instr ? f->instr - f->code->co_code : 0;
}
int frame_lineno(Frame *f);

/* ---- frame objects --------------------------------------------------------------------------- */
typedef struct FrameObject {
    OB_HEAD;
    Frame *frame;               /* the running frame, or NULL once it has exited */
    Object *f_back;             /* strong: set when the frame exits (else read from frame) */
    Object *code, *globals, *builtins, *locals;   /* strong: copies kept after exit */
    Object **saved;             /* the localsplus values at exit (strong, mem_alloc'd) */
    int nsaved;
    int lasti;                  /* at exit */
    Object *f_locals_cache;     /* the dict f_locals returned for a function frame */
} FrameObject;
extern TypeObject FrameType;

/* The frame object of f (created on first use): borrowed (f holds it), NULL on MemoryError. */
Object *frame_get_object(Frame *f);
/* The frame's locals as a mapping: the locals mapping, or a snapshot dict of the fast locals
 * and cells.  New reference. */
Object *frame_locals_dict(Frame *f);

/* ---- tracebacks (traceback.c) ---------------------------------------------------------------- */
typedef struct TracebackObject {
    OB_HEAD;
    Object *tb_next;            /* strong or NULL */
    Object *tb_frame;           /* strong FrameObject */
    int tb_lasti;               /* code unit index (tb_lasti shows it in bytes, * 2) */
    int tb_lineno;
} TracebackObject;
extern TypeObject TracebackType;
/* New traceback entry for frame f at its current instruction, with `next` (borrowed, may be
 * NULL) after it. */
Object *traceback_new(Object *next, Frame *f);

/* The data stack (frame.c), and the SIGINT flag and C-stack guard (ceval.c). */
void datastack_fini(void);

#endif
