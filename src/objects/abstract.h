/* abstract.h — the object protocol: what any code may do with any object (CPython's object.c
 * and abstract.c).  Every function dispatches through the type's slots; none knows concrete types
 * beyond fast paths.  Conventions as in runtime/object.h. */
#ifndef OURO_ABSTRACT_H
#define OURO_ABSTRACT_H

#include "../runtime/object.h"

/* ---- singletons (objects/object.c, objects/bool.c) --------------------------------------- */
extern Object none_object, notimpl_object, ellipsis_object;
extern TypeObject NoneType, NotImplementedType, EllipsisType;
#define NONE        (&none_object)
#define NOTIMPL     (&notimpl_object)
#define ELLIPSIS    (&ellipsis_object)
#define RETURN_NONE return NEWREF(NONE)
#define RETURN_NOTIMPL return NEWREF(NOTIMPL)

/* ---- text form ---------------------------------------------------------------------------- */
Object *obj_repr(Object *o);             /* repr(o); guards against deep recursion */
Object *obj_str(Object *o);              /* str(o) */
Object *obj_ascii(Object *o);
Object *obj_format(Object *o, Object *spec);   /* format(o, spec), spec a str (NULL = "") */
/* Print str(o) (or repr(o) when use_repr) to the C stream f; -1 on error. */
int obj_print(Object *o, void *FILE_f, bool use_repr);

/* ---- identity, truth, hashing, comparison ------------------------------------------------ */
int     obj_is_true(Object *o);          /* 1, 0, or -1 */
int64_t obj_hash(Object *o);             /* -1 on error (TypeError "unhashable type: 'list'") */
int64_t obj_hash_not_implemented(Object *o);  /* tp_hash for unhashable types: raises */
Object *obj_richcompare(Object *a, Object *b, int op);
/* 1, 0, or -1.  For CMP_EQ/CMP_NE identical objects compare equal without calling __eq__
 * (as CPython's PyObject_RichCompareBool). */
int     obj_richcompare_bool(Object *a, Object *b, int op);

/* ---- attributes ---------------------------------------------------------------------------- */
Object *obj_getattr(Object *o, Object *name);            /* name is a str */
Object *obj_getattr_str(Object *o, const char *name);
int     obj_setattr(Object *o, Object *name, Object *v);  /* v NULL deletes */
int     obj_setattr_str(Object *o, const char *name, Object *v);
/* Like obj_getattr, but AttributeError is not an error: returns 1 and *result (new ref), 0 and
 * *result NULL when missing, -1 on any other error. */
int     obj_lookup_attr(Object *o, Object *name, Object **result);
int     obj_hasattr(Object *o, Object *name);             /* 1/0; other errors are swallowed */
/* object.__getattribute__ / __setattr__: type MRO data descriptors, then the instance dict,
 * then other descriptors and class attributes. */
Object *obj_generic_getattr(Object *o, Object *name);
int     obj_generic_setattr(Object *o, Object *name, Object *v);
/* Address of o's __dict__ slot, or NULL (borrowed).  For an instance whose attributes are still
 * in a values array, the slot holds a transient view (see instance_dict_view in containers.h):
 * use it at once for lookups or stores, never keep it or hand it out. */
Object **obj_dict_ptr(Object *o);
Object *obj_dir(Object *o);              /* dir(o) -> sorted list; o NULL means the caller's scope */

/* ---- calls --------------------------------------------------------------------------------- */
/* See callfunc in object.h for the convention.  TypeError "'int' object is not callable". */
Object *obj_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames);
Object *obj_call0(Object *callable);
Object *obj_call1(Object *callable, Object *a);
Object *obj_call2(Object *callable, Object *a, Object *b);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
Object *obj_call_tuple_dict(Object *callable, Object *args, Object *kwargs);
/* o.name(*args) looked up as a method; name is a C string. */
Object *obj_call_method(Object *o, const char *name, Object *const *args, ssize_t nargs);
/* Look up a special method (e.g. "__enter__") on the type only, bind it to o; NULL without an
 * exception set when absent. */
Object *obj_lookup_special(Object *o, Object *name);
bool    obj_callable(Object *o);

/* Helpers for C functions taking keywords: bind args/kwnames to the names in `kwlist` (NULL-
 * terminated C strings) into `out` (borrowed refs, NULL for missing).  `min` arguments are
 * required; names after position `maxpos` are keyword-only.  Raises CPython's TypeError texts
 * ("f() takes at most 2 arguments (3 given)", "f() got an unexpected keyword argument 'x'"). */
int args_parse(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
               const char *const *kwlist, int min, int maxpos, Object **out);
/* Positional-only count check: TypeError "f expected at most 2 arguments, got 3" etc. */
int args_check_positional(const char *fname, ssize_t nargs, ssize_t min, ssize_t max);
int args_no_kwargs(const char *fname, Object *kwnames);

/* ---- iteration and containers -------------------------------------------------------------- */
Object *obj_get_iter(Object *o);         /* iter(o): tp_iter, else the sequence protocol */
/* next(it): new reference, or NULL.  NULL with no exception set means exhausted (a StopIteration
 * raised by a Python __next__ is cleared into that state). */
Object *iter_next(Object *it);
ssize_t obj_length(Object *o);           /* len(o); -1 on error */
ssize_t obj_length_hint(Object *o, ssize_t dflt);
Object *obj_getitem(Object *o, Object *key);
int     obj_setitem(Object *o, Object *key, Object *v);
int     obj_delitem(Object *o, Object *key);
int     obj_contains(Object *container, Object *item);  /* `item in container`: 1, 0, -1 */
Object *seq_getitem(Object *o, ssize_t i);
Object *seq_list(Object *iterable);      /* list(iterable) */
Object *seq_tuple(Object *iterable);     /* tuple(iterable) */
/* Call f(item, ctx) for each item of an iterable; stops on f's nonzero return (returned). */
int     iter_foreach(Object *iterable, int (*f)(Object *item, void *ctx), void *ctx);

/* ---- numbers ------------------------------------------------------------------------------- */
/* Binary operators, with CPython's dispatch: the right operand's reflected method first when
 * its type is a subclass of the left's, NotImplemented falling through to the other side, and
 * "unsupported operand type(s) for +: 'int' and 'str'" at the end.  op is an OperatorKind
 * (ast.h / NB_*); op + NB_INPLACE selects the in-place form, falling back to the plain one. */
Object *num_binary_op(Object *a, Object *b, int op);
Object *num_add(Object *a, Object *b);
Object *num_subtract(Object *a, Object *b);
Object *num_multiply(Object *a, Object *b);
Object *num_power(Object *a, Object *b, Object *mod);   /* mod NONE for two-argument pow */
Object *num_negative(Object *o);
Object *num_positive(Object *o);
Object *num_invert(Object *o);
Object *num_absolute(Object *o);
Object *num_divmod(Object *a, Object *b);
Object *num_index(Object *o);            /* operator.index(o) -> int (TypeError otherwise) */
/* o as a C ssize_t through __index__; on overflow raise `exc` (NULL: clamp to the range). */
ssize_t num_as_ssize(Object *o, TypeObject *exc);
Object *num_long(Object *o);             /* int(o) for one argument */
Object *num_float(Object *o);            /* float(o) */
bool    num_check(Object *o);            /* has __index__, __int__ or __float__ */

/* ---- types, instances, descriptors --------------------------------------------------------- */
/* Look name up along type's MRO: a borrowed reference, or NULL (no exception set). */
Object *type_lookup(TypeObject *type, Object *name);
int     obj_isinstance(Object *o, Object *cls);          /* isinstance(); cls may be a tuple */
int     obj_issubclass(Object *derived, Object *cls);    /* issubclass() */
/* Version tags for caches: bump when a type's dict (or a base's) changes. */
void    type_modified(TypeObject *t);
uint32_t type_version(TypeObject *t);    /* assigns one if needed; 0 when none can be given */
void    types_init(void);                /* readies object, type, None, descriptors, super ... */
extern TypeObject SuperType;

/* ---- hooks the VM fills in at start-up (objects must not call into vm/ directly) -------------- */
/* Zero-argument super(): find __class__ and the first argument of the running function.
 * Returns 0 with *type and *obj set to borrowed references, or -1 with an exception set
 * (RuntimeError "super(): no arguments", "super(): __class__ cell not found", ...). */
extern int (*hook_super_args)(TypeObject **type, Object **obj);
/* The running frame's globals dict (borrowed) or NULL: type(name, bases, ns) takes __module__
 * from its "__name__" when ns has none, as CPython. */
extern Object *(*hook_get_globals)(void);
/* The running frame's locals mapping (new reference), for dir() without argument. */
extern Object *(*hook_get_locals)(void);
/* Clear the weak references to o (set by the weakref implementation; NULL while there is none):
 * called by the dealloc of classes' instances and of classes. */
extern void (*hook_clear_weakrefs)(Object *o);
/* Report an exception that cannot be raised: "Exception ignored <what>: <repr of obj>" (obj may
 * be NULL) and the exception with its traceback, on sys.stderr (err_write_unraisable, as
 * CPython's default unraisable hook). */
extern void (*hook_write_unraisable)(Object *exc, const char *what, Object *obj);

/* ---- more of the protocol (added by the type-system area) ------------------------------------ */
/* Method lookup for calls (LOAD_METHOD): returns 1 with *method an unbound function/method
 * descriptor that must be called with o prepended, 0 with *method an ordinary callable (bound or
 * found in the instance), -1 on error.  *method is a new reference. */
int     obj_get_method(Object *o, Object *name, Object **method);
/* callable(self, *args) with kwnames as in callfunc (CPython's _PyObject_Call_Prepend). */
Object *obj_call_prepend(Object *callable, Object *self, Object *const *args, ssize_t nargs,
                         Object *kwnames);
/* The metaclass a class statement must use: the most derived of meta and the types of bases
 * (borrowed), or NULL with TypeError "metaclass conflict: ...". */
TypeObject *type_calculate_metaclass(TypeObject *meta, Object *bases);
/* __module__ and __qualname__ of a type, as the attributes show them (new references). */
Object *type_get_module(TypeObject *t);
Object *type_get_qualname(TypeObject *t);

/* ---- internals shared by type.c, typeslots.c, object.c and abstract.c ----------------------- */
/* Generic getattr that returns NULL *without* an exception when the attribute is missing. */
Object *obj_generic_getattr_opt(Object *o, Object *name);
/* `v in seq` by iteration (the fallback of obj_contains): 1, 0, -1. */
int     seq_contains_by_iter(Object *seq, Object *v);
/* Add the attributes of cls and its bases (via __dict__/__bases__) to dict (dir() support). */
int     merge_class_dict(Object *dict, Object *cls);
/* A new list of the live direct subclasses of t. */
Object *type_subclasses_list(TypeObject *t);
/* typeslots.c: interning of the dunder names (types_init), slot wrappers for a static type's
 * own slots (type_ready), slots of a class set from its dunders (type_new), and the update of
 * the slots named `name` after t.name was set or deleted (type_setattro). */
void    slots_init(void);
int     slots_add_wrappers(TypeObject *t);
void    slots_fixup(TypeObject *t);
void    slots_update(TypeObject *t, Object *name);
/* type.__instancecheck__ / type.__subclasscheck__: the default checks (abstract.c). */
Object *type_instancecheck_impl(Object *cls, Object *inst);
Object *type_subclasscheck_impl(Object *cls, Object *sub);
/* The tp_new of classes defining __new__ in Python (typeslots.c); T.__new__(S) checks it. */
Object *slot_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames);
/* The MethodDef of every type's __new__ (a built-in method bound to the type). */
extern MethodDef type_new_methoddef;
/* object's slots, which typeslots.c and type.c recognise. */
Object *object_richcompare(Object *self, Object *other, int op);
int     object_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *object_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames);

/* ---- the buffer protocol (Buffer and BufferProcs in runtime/object.h) ---------------------- */
/* The buffer procedures of t or of its nearest base having them (subclasses share the
 * exporter's layout), or NULL. */
static inline BufferProcs *type_buffer_procs(TypeObject *t) {
    for (; t; t = t->tp_base)
        if (t->tp_as_buffer) return t->tp_as_buffer;
    return NULL;
}
/* Whether o exports a buffer (CPython's PyObject_CheckBuffer). */
static inline bool obj_has_buffer(Object *o) { return type_buffer_procs(TYPE(o)) != NULL; }
/* Fill *view with o's buffer (flags BUF_*): 0, or -1 with TypeError "a bytes-like object is
 * required, not 'int'" when o exports none, or the exporter's error (BufferError, ValueError of
 * a released memoryview).  After success the caller owns the view: buffer_release() it. */
int  obj_get_buffer(Object *o, Buffer *view, int flags);
/* Give a view back to its exporter and drop the reference (view->obj becomes NULL; a view
 * already released is left alone). */
void buffer_release(Buffer *view);
/* For exporters: describe len contiguous bytes at buf as items of format "B", taking a new
 * reference to o.  -1 with BufferError "Object is not writable." when BUF_WRITABLE asks to
 * write read-only memory. */
int  buffer_fill(Buffer *view, Object *o, void *buf, ssize_t len, bool readonly, int flags);
/* Whether the items lie one after the other (C-contiguous, as PyBuffer_IsContiguous). */
static inline bool buffer_is_contiguous(const Buffer *v) {
    return v->shape[0] <= 1 || v->strides[0] == v->itemsize;
}
/* Copy the view's bytes to dst (room for view->len bytes) in item order, gathering a strided
 * view (PyBuffer_ToContiguous). */
void buffer_copy_to(char *dst, const Buffer *view);

/* Recursion depth, counted by Python calls (in the VM) and by C recursion (here).  The limit is
 * sys.getrecursionlimit(); passing it raises RecursionError. */
extern int recursion_depth, recursion_limit;

/* Recursion guard for C recursion (repr of nested containers, comparisons...): raise
 * RecursionError "maximum recursion depth exceeded<where>" when the depth passes the limit. */
int  recursion_enter(const char *where);
void recursion_leave(void);
/* repr of self-referencing containers: returns 1 when o is already being repr'd ("[...]"). */
int  repr_enter(Object *o);
void repr_leave(Object *o);

#endif
