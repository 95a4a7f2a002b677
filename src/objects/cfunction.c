/* cfunction.c — built-in functions and methods (CPython's builtin_function_or_method), and
 * methoddef_call, the one place where a C function of a MethodDef table is called.
 *
 * A CFunction pairs a MethodDef with the object it is bound to: the module for module-level
 * functions (len, math.sqrt), the instance for bound methods ([].append), the type for class
 * methods (dict.fromkeys).  methoddef_call enforces the calling convention the flags promise,
 * with CPython's messages, so C functions never check argument counts that the flags fix.
 *
 * Names in messages follow CPython's _PyObject_FunctionStr: "len()", "math.sqrt()",
 * "list.append()".  They are built only when an error is raised.
 *
 * Docstrings may open with a text signature, CPython's convention:
 *     "len($module, obj, /)\n--\n\nReturn the number of items in a container."
 * __text_signature__ is the part in parentheses, __doc__ the rest. */
#include "funcobj.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "numbers.h"
#include "weakref.h"
#include "../runtime/gc.h"
#include "../runtime/hash.h"

#include <string.h>

/* ---- names ----------------------------------------------------------------------------------- */

Object *cfunction_type_qualname(TypeObject *t)
{
    if (TYPE_HAS_FLAG(t, TPFLAGS_HEAPTYPE)) {
        Object *q = ((HeapTypeObject *)t)->ht_qualname;
        if (q != NULL)
            return NEWREF(q);
    }
    const char *dot = strrchr(t->tp_name, '.');
    return str_from_cstr(dot ? dot + 1 : t->tp_name);
}

#define IS_TYPE_OBJECT(o) TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TYPE_SUBCLASS)

/* The __qualname__ of a built-in bound to self: "append" qualified by the type it belongs to. */
static Object *qualname_of(MethodDef *ml, Object *self)
{
    if (self == NULL || IS_MODULE(self))
        return str_from_cstr(ml->name);
    TypeObject *t = IS_TYPE_OBJECT(self) ? (TypeObject *)self : TYPE(self);
    Object *tq = cfunction_type_qualname(t);
    if (tq == NULL)
        return NULL;
    Object *r = str_from_format("%U.%s", tq, ml->name);
    DECREF(tq);
    return r;
}

/* The module name a module-level function's messages show, or NULL for builtins (borrowed). */
static Object *module_prefix(Object *self)
{
    if (self == NULL || !IS_MODULE(self) || MODULE_DICT(self) == NULL)
        return NULL;
    Object *name = dict_getitem_str(MODULE_DICT(self), "__name__");
    if (name == NULL || !IS_STR(name) || str_eq_cstr(name, "builtins"))
        return NULL;
    return name;
}

/* "len()", "math.sqrt()", "list.append()"; NULL on error. */
static Object *call_name(MethodDef *ml, Object *self)
{
    Object *mod = module_prefix(self);
    if (mod != NULL)
        return str_from_format("%U.%s()", mod, ml->name);
    Object *q = qualname_of(ml, self);
    if (q == NULL)
        return NULL;
    Object *r = str_from_format("%U()", q);
    DECREF(q);
    return r;
}

/* Raise TypeError "<call name> <fmt>" (fmt takes one %zd). */
static Object *arg_error(MethodDef *ml, Object *self, const char *fmt, ssize_t n)
{
    Object *name = call_name(ml, self);
    if (name == NULL)
        return NULL;
    Object *tail = str_from_format(fmt, n);
    if (tail != NULL)
        err_format(&Exc_TypeError, "%U %U", name, tail);
    DECREF(name);
    XDECREF(tail);
    return NULL;
}

/* ---- calling --------------------------------------------------------------------------------- */

Object *methoddef_call(MethodDef *ml, Object *self, Object *const *args, ssize_t nargs,
                       Object *kwnames)
{
    int flags = ml->flags & ~(METH_CLASS | METH_STATIC);
    /* A static method is bound to its type for naming, but its C function gets no self. */
    Object *cself = (ml->flags & METH_STATIC) ? NULL : self;
    bool has_kw = kwnames != NULL && TUPLE_LEN(kwnames) > 0;
    if (has_kw && flags != (METH_FASTCALL | METH_KEYWORDS))
        return arg_error(ml, self, "takes no keyword arguments", 0);
    switch (flags) {
    case METH_NOARGS:
        if (nargs != 0)
            return arg_error(ml, self, "takes no arguments (%zd given)", nargs);
        return ((CFunction)ml->meth)(cself, NULL);
    case METH_O:
        if (nargs != 1)
            return arg_error(ml, self, "takes exactly one argument (%zd given)", nargs);
        return ((CFunction)ml->meth)(cself, args[0]);
    case METH_FASTCALL:
        return ((CFunctionFast)ml->meth)(cself, args, nargs);
    case METH_FASTCALL | METH_KEYWORDS:
        return ((CFunctionFastKw)ml->meth)(cself, args, nargs, has_kw ? kwnames : NULL);
    default:
        return err_format(&Exc_SystemError, "%s() method: bad call flags", ml->name);
    }
}

static Object *cfunction_vectorcall(Object *f, Object *const *args, ssize_t nargs,
                                    Object *kwnames)
{
    CFunctionObject *c = (CFunctionObject *)f;
    return methoddef_call(c->m_ml, c->m_self, args, nargs, kwnames);
}

Object *cfunction_new(MethodDef *ml, Object *self, Object *module)
{
    CFunctionObject *c = (CFunctionObject *)obj_alloc(&CFunctionType);
    if (c == NULL)
        return NULL;
    c->m_ml = ml;
    XINCREF(self);
    c->m_self = self;
    XINCREF(module);
    c->m_module = module;
    c->vectorcall = cfunction_vectorcall;
    return (Object *)c;
}

static void cfunction_dealloc(Object *o)
{
    CFunctionObject *c = (CFunctionObject *)o;
    gc_untrack(o);
    if (c->m_weakreflist) weakref_clear_all(o);
    CLEAR(c->m_self);
    CLEAR(c->m_module);
    TYPE(o)->tp_free(o);
}

static int cfunction_traverse(Object *o, visitproc visit, void *arg)
{
    CFunctionObject *c = (CFunctionObject *)o;
    int r;
    if (c->m_self != NULL && (r = visit(c->m_self, arg)) != 0)
        return r;
    return c->m_module != NULL ? visit(c->m_module, arg) : 0;
}

static Object *cfunction_repr(Object *o)
{
    CFunctionObject *c = (CFunctionObject *)o;
    if (c->m_self == NULL || IS_MODULE(c->m_self))
        return str_from_format("<built-in function %s>", c->m_ml->name);
    return str_from_format("<built-in method %s of %s object at %p>", c->m_ml->name,
                           TYPE(c->m_self)->tp_name, (void *)c->m_self);
}

static Object *cfunction_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_CFUNCTION(a) || !IS_CFUNCTION(b))
        RETURN_NOTIMPL;
    CFunctionObject *x = (CFunctionObject *)a, *y = (CFunctionObject *)b;
    bool eq = x->m_self == y->m_self && x->m_ml->meth == y->m_ml->meth;
    return bool_from(eq == (op == CMP_EQ));
}

static int64_t cfunction_hash(Object *o)
{
    CFunctionObject *c = (CFunctionObject *)o;
    int64_t h = hash_pointer(c->m_self) ^ hash_pointer(c->m_ml->meth);
    return h == -1 ? -2 : h;
}

/* ---- docstrings and signatures --------------------------------------------------------------- */

/* If doc opens with "name(...)\n--\n\n", set *sig_end to the end of "(...)" and return the start
 * of the body; otherwise return doc and leave *sig_end NULL. */
static const char *split_signature(const char *name, const char *doc, const char **sig_end)
{
    *sig_end = NULL;
    if (doc == NULL)
        return NULL;
    const char *dot = strrchr(name, '.');
    if (dot != NULL)
        name = dot + 1;
    size_t n = strlen(name);
    if (strncmp(doc, name, n) != 0 || doc[n] != '(')
        return doc;
    const char *end = strstr(doc + n, ")\n--\n\n");
    if (end == NULL)
        return doc;
    *sig_end = end + 1;
    return end + 6;
}

Object *cfunction_doc_from(const char *name, const char *doc)
{
    const char *sig_end;
    const char *body = split_signature(name, doc, &sig_end);
    if (body == NULL || *body == '\0')
        RETURN_NONE;
    return str_from_cstr(body);
}

Object *cfunction_signature_from(const char *name, const char *doc)
{
    const char *sig_end;
    split_signature(name, doc, &sig_end);
    if (sig_end == NULL)
        RETURN_NONE;
    const char *start = strchr(doc, '(');
    return str_from_utf8(start, sig_end - start);
}

/* ---- attributes ------------------------------------------------------------------------------ */

#define CF(o) ((CFunctionObject *)(o))

static Object *cf_get_name(Object *o, void *c) { return str_from_cstr(CF(o)->m_ml->name); }
static Object *cf_get_qualname(Object *o, void *c)
{
    return qualname_of(CF(o)->m_ml, CF(o)->m_self);
}
static Object *cf_get_self(Object *o, void *c)
{
    Object *self = CF(o)->m_self;
    /* A static method's self is its type, kept for its name only. */
    if (self == NULL || (CF(o)->m_ml->flags & METH_STATIC))
        self = NONE;
    return NEWREF(self);
}
static Object *cf_get_doc(Object *o, void *c)
{
    return cfunction_doc_from(CF(o)->m_ml->name, CF(o)->m_ml->doc);
}
static Object *cf_get_signature(Object *o, void *c)
{
    return cfunction_signature_from(CF(o)->m_ml->name, CF(o)->m_ml->doc);
}

static GetSetDef cfunction_getset[] = {
    { "__doc__", cf_get_doc, NULL, NULL, NULL },
    { "__name__", cf_get_name, NULL, NULL, NULL },
    { "__qualname__", cf_get_qualname, NULL, NULL, NULL },
    { "__self__", cf_get_self, NULL, NULL, NULL },
    { "__text_signature__", cf_get_signature, NULL, NULL, NULL },
    { NULL },
};

static MemberDef cfunction_members[] = {
    { "__module__", T_OBJECT, offsetof(CFunctionObject, m_module), 0, NULL },
    { NULL },
};

TypeObject CFunctionType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(CFunctionObject),
    .tp_dealloc = cfunction_dealloc,
    .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,
    .tp_call = cfunction_vectorcall,
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_traverse = cfunction_traverse,
    .tp_richcompare = cfunction_richcompare,
    .tp_weaklistoffset = offsetof(CFunctionObject, m_weakreflist),
    .tp_members = cfunction_members,
    .tp_getset = cfunction_getset,
};
