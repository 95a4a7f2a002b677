/* funcobj.h — the callable and namespace objects: function (function.c), cell (cell.c), bound
 * method (method.c), module (module.c), built-in function (cfunction.c), and the descriptors
 * C types and classes use (descr.c): method/classmethod descriptors, member and getset
 * descriptors, slot wrappers, classmethod, staticmethod, property. */
#ifndef OURO_FUNCOBJ_H
#define OURO_FUNCOBJ_H

#include "../runtime/object.h"

/* ---- function ------------------------------------------------------------------------------- */
typedef struct FunctionObject {
    OB_HEAD;
    Object *func_code;          /* CodeObject */
    Object *func_globals;       /* dict */
    Object *func_builtins;      /* dict */
    Object *func_name, *func_qualname;
    Object *func_defaults;      /* tuple or NULL */
    Object *func_kwdefaults;    /* dict or NULL */
    Object *func_closure;       /* tuple of cells or NULL */
    Object *func_doc;
    Object *func_dict;          /* NULL until attributes are set */
    Object *func_weakreflist;
    Object *func_module;
    Object *func_annotations;   /* dict or NULL */
    callfunc vectorcall;        /* the VM's entry point for calls of this function */
    uint32_t func_version;
} FunctionObject;
extern TypeObject FunctionType;
#define IS_FUNCTION(o) (TYPE(o) == &FunctionType)
/* Takes new references; the docstring is co_consts[0] when it is a str and the code says so. */
Object *function_new(Object *code, Object *globals, Object *qualname);
/* Hooks the VM installs at start-up (ceval_init), since objects/ may not call into vm/:
 * the vectorcall new functions get (vm_call_function), and the builtins dict a function gets
 * when its globals have no __builtins__ (vm_builtins; borrowed result). */
extern callfunc function_vectorcall;
extern Object *(*hook_builtins)(void);

/* ---- cell -------------------------------------------------------------------------------------- */
typedef struct CellObject { OB_HEAD; Object *ob_ref; } CellObject;
extern TypeObject CellType;
#define IS_CELL(o) (TYPE(o) == &CellType)
#define CELL_GET(c) (((CellObject *)(c))->ob_ref)                  /* borrowed, may be NULL */
Object *cell_new(Object *v);                                       /* v may be NULL */
void    cell_set(Object *c, Object *v);                            /* new ref taken; v may be NULL */

/* ---- bound method ------------------------------------------------------------------------------ */
/* CPython's layout, vectorcall slot included, so sys.getsizeof(bound method) == 64. */
typedef struct MethodObject { OB_HEAD; Object *im_func, *im_self, *im_weakreflist; callfunc vectorcall; } MethodObject;
extern TypeObject MethodType;
#define IS_METHOD(o) (TYPE(o) == &MethodType)
Object *method_new(Object *func, Object *self);

/* ---- module ------------------------------------------------------------------------------------ */
/* CPython's layout (md_state unused here, kept so sys.getsizeof(module) is CPython's 72). */
typedef struct ModuleObject {
    OB_HEAD;
    Object *md_dict;
    void *md_def;
    void *md_state;
    Object *md_weaklist;
    Object *md_name;
} ModuleObject;
extern TypeObject ModuleType;
#define IS_MODULE(o) IS_INSTANCE(o, &ModuleType)
#define MODULE_DICT(m) (((ModuleObject *)(m))->md_dict)           /* borrowed */
Object *module_new(Object *name);                                  /* sets __name__, __doc__ ... */
/* A built-in module: name, methods, and an init hook to add constants and types. */
typedef struct ModuleDef {
    const char *name;
    const char *doc;
    MethodDef *methods;
    int (*init)(Object *module);    /* may be NULL; -1 on error */
} ModuleDef;
Object *module_from_def(ModuleDef *def);
int     module_add(Object *m, const char *name, Object *v);        /* steals v */

/* ---- built-in functions and methods (CPython's builtin_function_or_method) --------------------- */
typedef struct CFunctionObject {
    OB_HEAD;
    MethodDef *m_ml;
    Object *m_self;             /* the bound object, the module, or NULL */
    Object *m_module;           /* __module__ or NULL */
    Object *m_weakreflist;
    callfunc vectorcall;
} CFunctionObject;
extern TypeObject CFunctionType;
#define IS_CFUNCTION(o) (TYPE(o) == &CFunctionType)
Object *cfunction_new(MethodDef *ml, Object *self, Object *module);
/* Call a MethodDef's C function with the ouro calling convention (checks arg counts by flags). */
Object *methoddef_call(MethodDef *ml, Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

/* ---- descriptors ------------------------------------------------------------------------------- */
typedef struct DescrObject { OB_HEAD; TypeObject *d_type; Object *d_name; Object *d_qualname; } DescrObject;
typedef struct MethodDescrObject { DescrObject d; MethodDef *d_method; callfunc vectorcall; } MethodDescrObject;
typedef struct MemberDescrObject { DescrObject d; MemberDef *d_member; } MemberDescrObject;
typedef struct GetSetDescrObject { DescrObject d; GetSetDef *d_getset; } GetSetDescrObject;
/* A slot wrapper: exposes a C slot as a dunder (int.__add__, list.__len__ ...). */
typedef Object *(*wrapperfunc)(Object *self, Object *const *args, ssize_t nargs, void *slot);
typedef struct WrapperBase { const char *name; int offset; void *function; wrapperfunc wrapper; const char *doc; int flags; } WrapperBase;
typedef struct WrapperDescrObject { DescrObject d; WrapperBase *d_base; void *d_wrapped; } WrapperDescrObject;
extern TypeObject MethodDescrType, ClassMethodDescrType, MemberDescrType, GetSetDescrType,
                  WrapperDescrType, MethodWrapperType;
extern TypeObject ClassMethodType, StaticMethodType, PropertyType;
Object *descr_new_method(TypeObject *type, MethodDef *ml);
Object *descr_new_classmethod(TypeObject *type, MethodDef *ml);
Object *descr_new_member(TypeObject *type, MemberDef *m);
Object *descr_new_getset(TypeObject *type, GetSetDef *g);
Object *descr_new_wrapper(TypeObject *type, WrapperBase *base, void *wrapped);
Object *classmethod_new(Object *callable);
Object *staticmethod_new(Object *callable);

/* ---- additions (descr.c / cfunction.c) ---------------------------------------------------- */
/* WrapperBase.flags: the wrapper takes keyword arguments (__init__, __new__, __call__); its
 * `wrapper` field is then really a wrapperfunc_kw.  Without the flag, a call with keywords
 * raises "wrapper __add__() takes no keyword arguments". */
enum { WRAPPER_KEYWORDS = 1 };
typedef Object *(*wrapperfunc_kw)(Object *self, Object *const *args, ssize_t nargs,
                                  Object *kwnames, void *slot);
/* A METH_STATIC entry of a type's table: staticmethod(CFunction bound to `type`, whose C
 * function still receives self == NULL). */
Object *descr_new_static(TypeObject *type, MethodDef *ml);
/* The read-only view of a mapping (types.MappingProxyType, type.__dict__).  New reference;
 * mapping borrowed (the proxy keeps its own reference). */
Object *mappingproxy_new(Object *mapping);
extern TypeObject MappingProxyType;
/* Helpers shared by cfunction.c and descr.c: a type's __qualname__ (new reference), and the
 * __doc__ / __text_signature__ (None when absent) of a C docstring for the function `name`. */
Object *cfunction_type_qualname(TypeObject *t);
Object *cfunction_doc_from(const char *name, const char *doc);
Object *cfunction_signature_from(const char *name, const char *doc);
/* Ready the descriptor, built-in function, method-wrapper, classmethod, staticmethod, property
 * and mappingproxy types.  Called at start-up before other types are readied. */
void    descr_init(void);

#endif
