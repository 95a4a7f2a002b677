/* code.h — code objects: what the compiler produces and the VM runs.
 *
 * Bytecode is CPython's "wordcode": a sequence of 16-bit code units, each an opcode in the low
 * byte and its argument in the high byte (see compiler/opcodes.h for the instruction set). */
#ifndef OURO_CODE_H
#define OURO_CODE_H

#include "../runtime/object.h"

typedef uint16_t CodeUnit;
#define CU_OP(u)    ((u) & 0xff)
#define CU_ARG(u)   ((u) >> 8)
#define CU_MAKE(op, arg) ((CodeUnit)((op) | ((arg) << 8)))

/* Source position of one code unit (for tracebacks; lines are 1-based, columns 0-based UTF-8
 * byte offsets; -1 when unknown). */
typedef struct CodeLoc { int32_t line, end_line; int16_t col, end_col; } CodeLoc;

/* co_flags, with CPython's values. */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
};

typedef struct CodeObject {
    OB_HEAD;
    CodeUnit *co_code;          /* owned array of co_ncode units */
    ssize_t co_ncode;
    CodeLoc *co_locs;           /* owned, one per code unit */
    Object *co_consts;          /* tuple */
    Object *co_names;           /* tuple of str: globals, attributes, imported names */
    Object *co_varnames;        /* tuple of str: arguments first, then other locals */
    Object *co_cellvars;        /* tuple of str: locals that inner functions capture */
    Object *co_freevars;        /* tuple of str: variables captured from enclosing scopes */
    Object *co_filename, *co_name, *co_qualname;   /* str */
    Object *co_exceptiontable;  /* bytes (empty: ouro uses a block stack), kept for the attribute */
    /* For each cell variable that is also an argument, the argument's index; else -1.  The frame
     * moves such arguments into their cells at entry.  NULL when there is no such variable. */
    int *co_cell2arg;
    int co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int co_nlocals;             /* len(co_varnames) */
    int co_stacksize;           /* the deepest the value stack gets */
    int co_maxblocks;           /* the deepest the block stack gets */
    int co_flags;
    int co_firstlineno;
    void *co_extra;             /* for the VM: specialisation data, created lazily; owned */
    Object *co_weakreflist;     /* weak references to the code object (weakref.h) */
} CodeObject;

extern TypeObject CodeType;

/* The compiler's constructor.  Steals nothing: takes new references to the objects it keeps;
 * copies `code` and `locs`.  Interns the names of co_names/co_varnames/co_cellvars/co_freevars. */
Object *code_new(int argcount, int posonlyargcount, int kwonlyargcount, int nlocals,
                 int stacksize, int maxblocks, int flags,
                 const CodeUnit *code, ssize_t ncode, const CodeLoc *locs,
                 Object *consts, Object *names, Object *varnames, Object *freevars,
                 Object *cellvars, Object *filename, Object *name, Object *qualname,
                 int firstlineno);

/* The line of the code unit at index i, or -1. */
int code_line_at(CodeObject *co, ssize_t i);

#endif
