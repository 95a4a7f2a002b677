/* object.h — the shape of every ouro object, and the slot table that gives a type its behaviour.
 *
 * The layout is CPython 3.11's on purpose, so that what a user reads with ctypes is what CPython
 * would show: the reference count is the signed 64-bit word at offset 0, the type pointer the word
 * at offset 8, and objects that can take part in reference cycles carry a 16-byte GC link header
 * *before* the object (see gc.h).  id(x) is the object's address.
 *
 * Ownership conventions used in every header of this project:
 *   "new reference"      the caller owns the result and must DECREF it;
 *   "borrowed reference" the caller must INCREF it to keep it;
 *   "steals"             the callee takes over the caller's reference to that argument.
 * A function returning Object * returns NULL with an exception set on failure; one returning int
 * returns -1 with an exception set on failure.  Unless a comment says otherwise, results are new
 * references and arguments are borrowed. */
#ifndef OURO_OBJECT_H
#define OURO_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>   /* ssize_t */

typedef struct TypeObject TypeObject;

typedef struct Object {
    int64_t ob_refcnt;          /* offset 0: the count ctypes.c_long.from_address(id(x)) reads */
    TypeObject *ob_type;        /* offset 8 */
} Object;

/* Objects whose size varies with a count of items (int digits, tuple items, bytes...). */
typedef struct VarObject {
    Object ob_base;
    ssize_t ob_size;
} VarObject;

#define OB_HEAD        Object ob_base
#define OB_VAR_HEAD    VarObject ob_base
#define TYPE(o)        (((Object *)(o))->ob_type)
#define REFCNT(o)      (((Object *)(o))->ob_refcnt)
#define SIZE(o)        (((VarObject *)(o))->ob_size)
#define OBJ(o)         ((Object *)(o))

/* CPython 3.11 statically allocates its small ints and one-character strings with this count
 * (_PyObject_IMMORTAL_REFCNT), so sys.getrefcount(100) shows a number near a billion; ours match.
 * Such objects are never freed: their count cannot fall to zero in practice. */
#define IMMORTAL_REFCNT 999999999

/* Static object header: count 1, type given. */
#define OBJECT_HEAD_INIT(type)          { 1, (type) }
/* None, True, False, Ellipsis and NotImplemented are ordinary counted objects in CPython 3.11,
 * but its start-up (site, the frozen stdlib) holds thousands of references to None and hundreds
 * to True and False; a script sees sys.getrefcount(None) near 5000.  Ours start near those
 * figures, so counts read the same way (CPython itself does not fix the exact numbers). */
#define NONE_INITIAL_REFCNT       4096
#define BOOL_INITIAL_REFCNT       384
#define SINGLETON_INITIAL_REFCNT  8
#define COUNTED_HEAD_INIT(type, n)      { (n), (type) }
#define VAR_HEAD_INIT(type, size)       { OBJECT_HEAD_INIT(type), (size) }
#define IMMORTAL_HEAD_INIT(type)        { IMMORTAL_REFCNT, (type) }

/* ---- reference counting -------------------------------------------------------------------- */

void obj_dealloc(Object *o);     /* runs the type's tp_dealloc; called when a count reaches 0 */

static inline void INCREF_(Object *o) { o->ob_refcnt++; }
static inline void DECREF_(Object *o) { if (--o->ob_refcnt == 0) obj_dealloc(o); }
#define INCREF(o)   INCREF_(OBJ(o))
#define DECREF(o)   DECREF_(OBJ(o))
#define XINCREF(o)  do { Object *xi_ = OBJ(o); if (xi_) INCREF_(xi_); } while (0)
#define XDECREF(o)  do { Object *xd_ = OBJ(o); if (xd_) DECREF_(xd_); } while (0)
/* Clear a variable holding a reference: the variable is NULL before the object can die, so a
 * __del__ that looks at the variable sees it already gone (CPython's Py_CLEAR). */
#define CLEAR(v)    do { Object *xc_ = OBJ(v); if (xc_) { (v) = NULL; DECREF_(xc_); } } while (0)
#define SETREF(v, n) do { Object *xs_ = OBJ(v); (v) = (n); XDECREF(xs_); } while (0)
/* Return a new reference to o. */
static inline Object *NEWREF(Object *o) { o->ob_refcnt++; return o; }
#define NEWREF_(o) NEWREF(OBJ(o))

/* ---- slot signatures ----------------------------------------------------------------------- */

typedef void     (*destructor)(Object *);
typedef Object  *(*unaryfunc)(Object *);
typedef Object  *(*binaryfunc)(Object *, Object *);
typedef Object  *(*ternaryfunc)(Object *, Object *, Object *);
typedef int      (*inquiry)(Object *);
typedef ssize_t  (*lenfunc)(Object *);
typedef Object  *(*ssizeargfunc)(Object *, ssize_t);
typedef int      (*ssizeobjargproc)(Object *, ssize_t, Object *);
typedef int      (*objobjproc)(Object *, Object *);
typedef int      (*objobjargproc)(Object *, Object *, Object *);   /* value NULL means delete */
typedef Object  *(*reprfunc)(Object *);
typedef int64_t  (*hashfunc)(Object *);                            /* -1 means error */
typedef Object  *(*richcmpfunc)(Object *, Object *, int op);
typedef Object  *(*getiterfunc)(Object *);
/* tp_iternext: returns a new reference, or NULL.  NULL without an exception set means the
 * iterator is exhausted (no StopIteration object is created on that fast path). */
typedef Object  *(*iternextfunc)(Object *);
typedef Object  *(*getattrofunc)(Object *, Object *name);
typedef int      (*setattrofunc)(Object *, Object *name, Object *value); /* value NULL: delete */
typedef Object  *(*descrgetfunc)(Object *descr, Object *obj, Object *type);
typedef int      (*descrsetfunc)(Object *descr, Object *obj, Object *value);
typedef int      (*initproc)(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
typedef Object  *(*newfunc)(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames);
typedef int      (*visitproc)(Object *, void *arg);
typedef int      (*traverseproc)(Object *self, visitproc visit, void *arg);

/* The one calling convention of ouro, for every callable (CPython's "vectorcall"):
 * `args` holds nargs positional arguments followed by len(kwnames) keyword values; kwnames is a
 * tuple of str or NULL.  Arguments are borrowed.  Returns a new reference or NULL. */
typedef Object  *(*callfunc)(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames);

/* Comparison operators, numbered as CPython's Py_LT..Py_GE (COMPARE_OP's argument uses them). */
enum { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

typedef struct NumberMethods {
    binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative, nb_positive, nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    unaryfunc nb_int, nb_float;
    binaryfunc nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply, nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor, nb_inplace_or;
    binaryfunc nb_floor_divide, nb_true_divide, nb_inplace_floor_divide, nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply, nb_inplace_matrix_multiply;
} NumberMethods;

typedef struct SequenceMethods {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;             /* index already made non-negative by the caller */
    ssizeobjargproc sq_ass_item;
    objobjproc sq_contains;           /* 1, 0 or -1 */
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} SequenceMethods;

typedef struct MappingMethods {
    lenfunc mp_length;
    binaryfunc mp_subscript;          /* o[key], key may be a slice */
    objobjargproc mp_ass_subscript;   /* o[key] = v, or del o[key] when v is NULL */
} MappingMethods;

/* ---- method, member and getset tables (how C types expose attributes) ---------------------- */

typedef Object *(*CFunction)(Object *self, Object *arg);   /* the meaning of arg depends on flags */
typedef Object *(*CFunctionFast)(Object *self, Object *const *args, ssize_t nargs);
typedef Object *(*CFunctionFastKw)(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

enum {
    METH_NOARGS   = 0x01,   /* f(self): arg is NULL */
    METH_O        = 0x02,   /* f(self, arg) */
    METH_FASTCALL = 0x04,   /* CFunctionFast */
    METH_KEYWORDS = 0x08,   /* with METH_FASTCALL: CFunctionFastKw */
    METH_CLASS    = 0x10,   /* a classmethod: self is the type */
    METH_STATIC   = 0x20,   /* a staticmethod: self is NULL */
};

typedef struct MethodDef {
    const char *name;
    void *meth;             /* CFunction, CFunctionFast or CFunctionFastKw, by flags */
    int flags;
    const char *doc;
} MethodDef;

/* Members: plain C fields exposed as attributes (T_OBJECT fields hold a reference). */
enum { T_OBJECT = 1, T_OBJECT_EX, T_SSIZE, T_INT, T_DOUBLE, T_BOOL };
enum { READONLY = 1 };
typedef struct MemberDef {
    const char *name;
    int type;
    ssize_t offset;
    int flags;
    const char *doc;
} MemberDef;

typedef Object *(*getter)(Object *, void *closure);
typedef int     (*setter)(Object *, Object *value, void *closure);   /* value NULL: delete */
typedef struct GetSetDef {
    const char *name;
    getter get;
    setter set;
    const char *doc;
    void *closure;
} GetSetDef;

/* ---- the buffer protocol (PEP 3118, one dimension) ----------------------------------------
 * An exporter (bytes, bytearray, memoryview, array.array) fills a Buffer describing its memory:
 * len bytes at buf, shape[0] items of itemsize bytes, strides[0] bytes apart (negative for a
 * reversed view; buf is then item 0, not the lowest address).  format is the struct-module code
 * of one item ("B" for bytes), in static storage.  view.obj holds a reference to the exporter
 * until buffer_release() (abstract.h); an exporter that must stay the same size while viewed
 * (bytearray, array) counts its exports in getbuffer and uncounts them in releasebuffer. */
typedef struct Buffer {
    char *buf;
    Object *obj;                /* the exporter (owned reference), or NULL */
    ssize_t len;                /* bytes: shape[0] * itemsize */
    ssize_t itemsize;
    const char *format;
    bool readonly;
    int ndim;                   /* 1 */
    ssize_t shape[1], strides[1];
} Buffer;

/* Request flags.  BUF_SIMPLE wants contiguous memory (a strided memoryview refuses with
 * BufferError); BUF_WRITABLE fails on read-only exporters; BUF_STRIDED accepts any stride. */
enum { BUF_SIMPLE = 0, BUF_WRITABLE = 0x1, BUF_STRIDED = 0x10 };

typedef int  (*getbufferproc)(Object *exporter, Buffer *view, int flags);   /* 0 or -1 */
typedef void (*releasebufferproc)(Object *exporter, Buffer *view);
typedef struct BufferProcs {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;       /* may be NULL */
} BufferProcs;

/* ---- the type object ----------------------------------------------------------------------- */

enum {
    /* Instances keep their __dict__ pointer in a pre-header: the word at offset -24 from the
     * object (before the GC header), with a second word at -32 reserved for inline values, as
     * CPython 3.11's managed dicts.  So sys.getsizeof(instance of `class A: pass`) is
     * 24 (basicsize: header + __weakref__ slot) + 16 (GC header) + 16 (pre-header) = 56. */
    TPFLAGS_MANAGED_DICT      = 1UL << 4,
    TPFLAGS_HEAPTYPE          = 1UL << 9,   /* created by a class statement or type() */
    TPFLAGS_BASETYPE          = 1UL << 10,  /* may be subclassed */
    TPFLAGS_READY             = 1UL << 12,
    TPFLAGS_READYING          = 1UL << 13,
    TPFLAGS_HAVE_GC           = 1UL << 14,  /* instances carry a GC header and are tracked */
    TPFLAGS_METHOD_DESCRIPTOR = 1UL << 17,  /* LOAD_METHOD may skip making a bound method */
    TPFLAGS_VALID_VERSION_TAG = 1UL << 19,
    TPFLAGS_IS_ABSTRACT       = 1UL << 20,
    /* Fast subclass tests, as CPython's Py_TPFLAGS_*_SUBCLASS bits. */
    TPFLAGS_LONG_SUBCLASS     = 1UL << 24,
    TPFLAGS_LIST_SUBCLASS     = 1UL << 25,
    TPFLAGS_TUPLE_SUBCLASS    = 1UL << 26,
    TPFLAGS_BYTES_SUBCLASS    = 1UL << 27,
    TPFLAGS_UNICODE_SUBCLASS  = 1UL << 28,
    TPFLAGS_DICT_SUBCLASS     = 1UL << 29,
    TPFLAGS_BASE_EXC_SUBCLASS = 1UL << 30,
    TPFLAGS_TYPE_SUBCLASS     = 1UL << 31,
};

struct TypeObject {
    OB_VAR_HEAD;
    const char *tp_name;            /* "int", or "module.Name" for types of C modules */
    ssize_t tp_basicsize, tp_itemsize;
    destructor tp_dealloc;
    reprfunc tp_repr;
    NumberMethods *tp_as_number;
    SequenceMethods *tp_as_sequence;
    MappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    callfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    ssize_t tp_weaklistoffset;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    MethodDef *tp_methods;
    MemberDef *tp_members;
    GetSetDef *tp_getset;
    TypeObject *tp_base;
    Object *tp_dict;                /* dict of the type's attributes, filled by type_ready */
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    ssize_t tp_dictoffset;          /* offset of an instance's __dict__ pointer, 0 if none */
    initproc tp_init;
    newfunc tp_new;
    destructor tp_free;             /* releases the memory; set by type_ready */
    Object *tp_bases;               /* tuple */
    Object *tp_mro;                 /* tuple, C3 linearisation */
    Object *tp_subclasses;          /* dict id -> weak reference, or NULL */
    destructor tp_finalize;         /* PEP 442 finaliser (__del__) */
    uint32_t tp_version_tag;        /* changes whenever the type or a base changes; 0 = none */
    callfunc tp_vectorcall;         /* calling the type object itself (e.g. int(x)), or NULL */
    Object *tp_weaklist;            /* head of the type's own weak references (weakref.h) */
    /* The buffer protocol (above), or NULL.  Not copied into subclasses: obj_get_buffer
     * (abstract.h) finds it along tp_base, whose layout a subclass shares. */
    BufferProcs *tp_as_buffer;
};

/* Heap types (classes) carry more than the static slot table. */
typedef struct HeapTypeObject {
    TypeObject ht_type;
    NumberMethods as_number;
    SequenceMethods as_sequence;
    MappingMethods as_mapping;
    Object *ht_name;                /* str */
    Object *ht_qualname;            /* str */
    Object *ht_slots;               /* tuple of __slots__ names, or NULL */
    Object *ht_module;              /* the __module__ value, or NULL */
} HeapTypeObject;

#define TYPE_HAS_FLAG(t, f)  (((t)->tp_flags & (f)) != 0)
#define IS_GC(o)             TYPE_HAS_FLAG(TYPE(o), TPFLAGS_HAVE_GC)
/* CPython's _PyObject_IS_GC: whether o really has a GC header.  Type objects carry
 * TPFLAGS_HAVE_GC (classes are collectable), but static types live in the data segment without
 * one, so they must never be treated as collectable. */
static inline bool obj_is_gc(Object *o) {
    TypeObject *t = o->ob_type;
    if (!(t->tp_flags & TPFLAGS_HAVE_GC)) return false;
    return !(t->tp_flags & TPFLAGS_TYPE_SUBCLASS) || (((TypeObject *)o)->tp_flags & TPFLAGS_HEAPTYPE);
}
#define MANAGED_DICT_PTR(o)  ((Object **)(o) - 3)   /* the managed __dict__ slot (see above) */

extern TypeObject TypeType;       /* type */
extern TypeObject BaseObjectType; /* object */

/* True if type a is b or a subclass of b (walks tp_mro; falls back to tp_base chain). */
bool type_is_subtype(TypeObject *a, TypeObject *b);
#define IS_TYPE(o, t)          (TYPE(o) == (t))
#define IS_INSTANCE(o, t)      (TYPE(o) == (t) || type_is_subtype(TYPE(o), (t)))

/* Prepare a static type: inherit slots from tp_base, build tp_mro/tp_bases/tp_dict, add method,
 * member and getset descriptors and slot wrappers (__add__, __repr__, ...).  Idempotent. */
int type_ready(TypeObject *t);

/* ---- memory: the small-object allocator (alloc.c) and the GC header (gc.c) ------------------ */

void *mem_alloc(size_t n);          /* never returns NULL for n <= 512; NULL + no exception on OOM */
void *mem_calloc(size_t count, size_t n);
void *mem_realloc(void *p, size_t n);
void  mem_free(void *p);            /* p may be NULL */

/* Allocate and initialise the header of an instance of `type` (count 1).  Types with
 * TPFLAGS_MANAGED_DICT get the 16-byte pre-header in front of the GC header (zeroed).  For variable-size types
 * nitems gives the item count (tp_basicsize + nitems * tp_itemsize bytes, ob_size set).  GC types
 * get their header in front and are tracked by the collector at once.  On failure: MemoryError
 * set, NULL returned.  Memory is zeroed. */
Object *obj_alloc(TypeObject *type);
Object *obj_alloc_var(TypeObject *type, ssize_t nitems);
/* Release the memory of an object whose contents were already released (tp_free). */
void obj_free(Object *o);

#endif
