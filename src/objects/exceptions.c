/* exceptions.c — the built-in exception types (CPython 3.11's hierarchy and semantics).
 *
 * Every type of EXCEPTION_LIST (errors.h) is a static TypeObject made by one macro expansion
 * with the parts all exceptions share: the instance struct, GC support and the base type.  What
 * is special to a family (OSError's errno fields, SyntaxError's position, ...) is a row of the
 * `families` table, applied by exceptions_init(); the remaining slots are inherited down the
 * hierarchy, which the list gives bases first.
 *
 * Construction follows CPython: tp_new stores all positional arguments as `args` and tp_init
 * stores them again (so a Python subclass whose __init__ calls super().__init__(x) ends up with
 * args == (x,)); the families parse their extra fields in tp_init.  OSError is the exception:
 * it parses in tp_new, because OSError(2, 'x') must be able to pick FileNotFoundError as the
 * type of the object it creates — unless a subclass overrides __init__ but not __new__, when it
 * parses in __init__ (CPython's oserror_use_init rule).
 *
 * Built-in exception instances keep attributes in their own `dict` field (tp_dictoffset). */
#include "errors.h"
#include "abstract.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"
#include "funcobj.h"
#include "../runtime/gc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TypeObject *exc_traceback_type;
extern Object *memerr_instance;             /* errors.c: raised by err_no_memory() */

#define EXC(o) ((BaseExceptionObject *)(o))

/* The name CPython's messages use for a type: tp_name without a module prefix. */
static const char *short_name(TypeObject *t)
{
    const char *dot = strrchr(t->tp_name, '.');
    return dot ? dot + 1 : t->tp_name;
}

static Object *none_if_null(Object *o) { return NEWREF(o ? o : NONE); }
static Object *none_ref(Object *o) { return o ? o : NONE; }   /* borrowed */

static int no_kwargs(const char *name, Object *kwnames)
{
    if (kwnames == NULL || TUPLE_LEN(kwnames) == 0)
        return 0;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

/* Bind keyword-only arguments (values after the positional ones in `kwvals`) to the names of
 * `names` (NULL-terminated) into out[] (borrowed; untouched when absent).  The message is that of
 * CPython's PyArg_ParseTupleAndKeywords, which these constructors use there. */
static int bind_kwargs(const char *fname, Object *const *kwvals, Object *kwnames,
                       const char *const *names, Object **out)
{
    ssize_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t k = 0; k < nk; k++) {
        Object *key = TUPLE_GET(kwnames, k);
        int i = 0;
        while (names[i] != NULL && !str_eq_cstr(key, names[i]))
            i++;
        if (names[i] == NULL) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        out[i] = kwvals[k];
    }
    return 0;
}

/* Replace *slot by a new reference to v (v may be NULL). */
static void set_field(Object **slot, Object *v)
{
    XINCREF(v);
    SETREF(*slot, v);
}

/* ---- GC support, one set per instance struct ------------------------------------------------- */

static int BaseExceptionObject_traverse(Object *o, visitproc visit, void *arg)
{
    BaseExceptionObject *s = EXC(o);
    Object *fields[] = { s->dict, s->args, s->notes, s->traceback, s->context, s->cause };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        int r;
        if (fields[i] != NULL && (r = visit(fields[i], arg)) != 0)
            return r;
    }
    return 0;
}

static int BaseExceptionObject_clear(Object *o)
{
    BaseExceptionObject *s = EXC(o);
    CLEAR(s->dict);
    CLEAR(s->args);
    CLEAR(s->notes);
    CLEAR(s->traceback);
    CLEAR(s->context);
    CLEAR(s->cause);
    return 0;
}

static void BaseExceptionObject_dealloc(Object *o)
{
    gc_untrack(o);
    BaseExceptionObject_clear(o);
    TYPE(o)->tp_free(o);
}

#define VISIT_FIELD_(f) if (s->f != NULL && (r = visit(s->f, arg)) != 0) return r;
#define CLEAR_FIELD_(f) CLEAR(s->f);
#define EXC_GC_FUNCS(st, FIELDS)                                                    \
    static int st##_traverse(Object *o, visitproc visit, void *arg) {              \
        st *s = (st *)o; int r;                                                    \
        FIELDS(VISIT_FIELD_)                                                       \
        return BaseExceptionObject_traverse(o, visit, arg);                        \
    }                                                                              \
    static int st##_clear(Object *o) {                                             \
        st *s = (st *)o;                                                           \
        FIELDS(CLEAR_FIELD_)                                                       \
        return BaseExceptionObject_clear(o);                                       \
    }                                                                              \
    static void st##_dealloc(Object *o) {                                          \
        gc_untrack(o);                                                             \
        st##_clear(o);                                                             \
        TYPE(o)->tp_free(o);                                                       \
    }

#define SYNTAX_FIELDS(F) F(msg) F(filename) F(lineno) F(offset) F(text) F(end_lineno) \
                         F(end_offset) F(print_file_and_line)
#define STOPITER_FIELDS(F) F(value)
#define SYSEXIT_FIELDS(F) F(code)
#define IMPORT_FIELDS(F) F(msg) F(name) F(path)
#define OSERROR_FIELDS(F) F(myerrno) F(strerror) F(filename) F(filename2)
#define NAME_FIELDS(F) F(name)
#define ATTR_FIELDS(F) F(obj) F(name)
#define UNICODE_FIELDS(F) F(encoding) F(object) F(reason)
#define GROUP_FIELDS(F) F(msg) F(excs)

EXC_GC_FUNCS(SyntaxErrorObject, SYNTAX_FIELDS)
EXC_GC_FUNCS(StopIterationObject, STOPITER_FIELDS)
EXC_GC_FUNCS(SystemExitObject, SYSEXIT_FIELDS)
EXC_GC_FUNCS(ImportErrorObject, IMPORT_FIELDS)
EXC_GC_FUNCS(OSErrorObject, OSERROR_FIELDS)
EXC_GC_FUNCS(NameErrorObject, NAME_FIELDS)
EXC_GC_FUNCS(AttributeErrorObject, ATTR_FIELDS)
EXC_GC_FUNCS(UnicodeErrorObject, UNICODE_FIELDS)
EXC_GC_FUNCS(BaseExceptionGroupObject, GROUP_FIELDS)

/* ExceptionGroup only adds its weak reference list. */
#define ExceptionGroupObject_traverse BaseExceptionGroupObject_traverse
#define ExceptionGroupObject_clear BaseExceptionGroupObject_clear
static void ExceptionGroupObject_dealloc(Object *o)
{
    gc_untrack(o);
    if (((ExceptionGroupObject *)o)->weaklist != NULL && hook_clear_weakrefs != NULL)
        hook_clear_weakrefs(o);
    BaseExceptionGroupObject_clear(o);
    TYPE(o)->tp_free(o);
}

/* ---- the type objects ------------------------------------------------------------------------ */

/* The list names BaseException as its own base; exceptions_init() makes it `object`. */
#define EXC_TYPE_(cname, pyname, basename, st)                                      \
    TypeObject Exc_##cname = {                                                     \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0),                                    \
        .tp_name = pyname,                                                         \
        .tp_basicsize = sizeof(st),                                                \
        .tp_dealloc = st##_dealloc,                                                \
        .tp_traverse = st##_traverse,                                              \
        .tp_clear = st##_clear,                                                    \
        .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_BASE_EXC_SUBCLASS, \
        .tp_base = &Exc_##basename,                                                \
        .tp_dictoffset = offsetof(BaseExceptionObject, dict),                      \
    };
EXCEPTION_LIST(EXC_TYPE_)
#undef EXC_TYPE_

#define EXC_PTR_(cname, pyname, basename, st) &Exc_##cname,
static TypeObject *const all_types[] = { EXCEPTION_LIST(EXC_PTR_) };
#undef EXC_PTR_

/* ---- BaseException --------------------------------------------------------------------------- */

static Object *base_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    BaseExceptionObject *self = (BaseExceptionObject *)obj_alloc(type);
    if (self == NULL)
        return NULL;
    self->args = nargs > 0 ? tuple_from_array(args, nargs) : NEWREF(empty_tuple);
    if (self->args == NULL) {
        DECREF(self);
        return NULL;
    }
    return (Object *)self;
}

/* self.args = args[:nargs], keeping the tuple tp_new made when it already holds these items. */
static int set_args(BaseExceptionObject *self, Object *const *args, ssize_t nargs)
{
    Object *old = self->args;
    if (old != NULL && TUPLE_LEN(old) == nargs) {
        ssize_t i = 0;
        while (i < nargs && TUPLE_GET(old, i) == args[i])
            i++;
        if (i == nargs)
            return 0;
    }
    Object *t = nargs > 0 ? tuple_from_array(args, nargs) : NEWREF(empty_tuple);
    if (t == NULL)
        return -1;
    SETREF(self->args, t);
    return 0;
}

static int base_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs(TYPE(self)->tp_name, kwnames) < 0)
        return -1;
    return set_args(EXC(self), args, nargs);
}

static Object *base_str(Object *self)
{
    Object *args = EXC(self)->args;
    switch (args ? TUPLE_LEN(args) : 0) {
    case 0:  return NEWREF(empty_str);
    case 1:  return obj_str(TUPLE_GET(args, 0));
    default: return obj_str(args);
    }
}

static Object *base_repr(Object *self)
{
    Object *args = EXC(self)->args;
    const char *name = short_name(TYPE(self));
    if (args != NULL && TUPLE_LEN(args) == 1)
        return str_from_format("%s(%R)", name, TUPLE_GET(args, 0));
    return str_from_format("%s%R", name, args ? args : empty_tuple);
}

static Object *exc_get_args(Object *self, void *c) { return none_if_null(EXC(self)->args); }

static int exc_set_args(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *t = seq_tuple(v);
    if (t == NULL)
        return -1;
    SETREF(EXC(self)->args, t);
    return 0;
}

static Object *exc_get_tb(Object *self, void *c) { return none_if_null(EXC(self)->traceback); }

static int exc_set_tb(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    /* Until the VM names its traceback type, any object is accepted. */
    if (v != NONE && exc_traceback_type != NULL && !IS_INSTANCE(v, exc_traceback_type)) {
        err_set_string(&Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback(self, v);
    return 0;
}

static Object *exc_get_context(Object *self, void *c) { return none_if_null(EXC(self)->context); }
static Object *exc_get_cause(Object *self, void *c) { return none_if_null(EXC(self)->cause); }

/* __context__ and __cause__ take None or an exception instance; `what` names the attribute in
 * CPython's messages. */
static int check_chain_value(Object *v, const char *attr, const char *what)
{
    if (v == NULL) {
        err_format(&Exc_TypeError, "%s may not be deleted", attr);
        return -1;
    }
    if (v != NONE && !IS_EXCEPTION(v)) {
        err_format(&Exc_TypeError, "exception %s must be None or derive from BaseException", what);
        return -1;
    }
    return 0;
}

static int exc_set_context_attr(Object *self, Object *v, void *c)
{
    if (check_chain_value(v, "__context__", "context") < 0)
        return -1;
    /* Assignment from Python stores what it is given (CPython breaks loops only when raising). */
    set_field(&EXC(self)->context, v == NONE ? NULL : v);
    return 0;
}

static int exc_set_cause_attr(Object *self, Object *v, void *c)
{
    if (check_chain_value(v, "__cause__", "cause") < 0)
        return -1;
    exc_set_cause(self, NEWREF(v));
    return 0;
}

static Object *exc_get_dict(Object *self, void *c)
{
    BaseExceptionObject *e = EXC(self);
    if (e->dict == NULL && (e->dict = dict_new()) == NULL)
        return NULL;
    return NEWREF(e->dict);
}

static int exc_set_dict(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!IS_DICT(v)) {
        err_set_string(&Exc_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    set_field(&EXC(self)->dict, v);
    return 0;
}

static GetSetDef base_getset[] = {
    { "__dict__", exc_get_dict, exc_set_dict, NULL, NULL },
    { "args", exc_get_args, exc_set_args, NULL, NULL },
    { "__traceback__", exc_get_tb, exc_set_tb, NULL, NULL },
    { "__context__", exc_get_context, exc_set_context_attr,
      "exception context", NULL },
    { "__cause__", exc_get_cause, exc_set_cause_attr, "exception cause", NULL },
    { NULL },
};

static MemberDef base_members[] = {
    { "__suppress_context__", T_BOOL, offsetof(BaseExceptionObject, suppress_context), 0, NULL },
    { NULL },
};

static Object *exc_with_traceback(Object *self, Object *tb)
{
    if (exc_set_tb(self, tb, NULL) < 0)
        return NULL;
    return NEWREF(self);
}

static Object *notes_name(void)
{
    static Object *name;
    if (name == NULL)
        name = str_intern_cstr("__notes__");
    return name;
}

/* 3.11 keeps the notes in the instance's __dict__, so they are an ordinary attribute. */
static Object *exc_add_note(Object *self, Object *note)
{
    if (!IS_STR(note))
        return err_format(&Exc_TypeError, "note must be a str, not '%s'", TYPE(note)->tp_name);
    Object *name = notes_name(), *notes;
    if (name == NULL)
        return NULL;
    int found = obj_lookup_attr(self, name, &notes);
    if (found < 0)
        return NULL;
    if (found == 0) {
        if ((notes = list_new(0)) == NULL)
            return NULL;
        if (obj_setattr(self, name, notes) < 0) {
            DECREF(notes);
            return NULL;
        }
    } else if (!IS_LIST(notes)) {
        DECREF(notes);
        err_set_string(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    int r = list_append(notes, note);
    DECREF(notes);
    if (r < 0)
        return NULL;
    RETURN_NONE;
}

static Object *exc_reduce(Object *self, Object *unused)
{
    BaseExceptionObject *e = EXC(self);
    Object *args = e->args ? e->args : empty_tuple;
    if (e->dict != NULL && DICT_LEN(e->dict) > 0)
        return tuple_pack(3, (Object *)TYPE(self), args, e->dict);
    return tuple_pack(2, (Object *)TYPE(self), args);
}

static Object *exc_setstate(Object *self, Object *state)
{
    if (state == NONE)
        RETURN_NONE;
    if (!IS_DICT(state)) {
        err_set_string(&Exc_TypeError, "state is not a dictionary");
        return NULL;
    }
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(state, &pos, &k, &v))
        if (obj_setattr(self, k, v) < 0)
            return NULL;
    RETURN_NONE;
}

static MethodDef base_methods[] = {
    { "__reduce__", exc_reduce, METH_NOARGS, NULL },
    { "__setstate__", exc_setstate, METH_O, NULL },
    { "with_traceback", exc_with_traceback, METH_O,
      "Exception.with_traceback(tb) --\n"
      "    set self.__traceback__ to tb and return self." },
    { "add_note", exc_add_note, METH_O,
      "Exception.add_note(note) --\n"
      "    add a note to the exception" },
    { NULL },
};

/* ---- StopIteration, SystemExit, KeyError ----------------------------------------------------- */

static int stopiter_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    set_field(&((StopIterationObject *)self)->value, nargs > 0 ? args[0] : NONE);
    return 0;
}

static MemberDef stopiter_members[] = {
    { "value", T_OBJECT, offsetof(StopIterationObject, value), 0, "generator return value" },
    { NULL },
};

static int sysexit_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs > 0)
        set_field(&((SystemExitObject *)self)->code, nargs == 1 ? args[0] : EXC(self)->args);
    return 0;
}

static MemberDef sysexit_members[] = {
    { "code", T_OBJECT, offsetof(SystemExitObject, code), 0, "exception code" },
    { NULL },
};

/* KeyError(k) shows repr(k), so that KeyError('') does not print as an empty message. */
static Object *keyerror_str(Object *self)
{
    Object *args = EXC(self)->args;
    if (args != NULL && TUPLE_LEN(args) == 1)
        return obj_repr(TUPLE_GET(args, 0));
    return base_str(self);
}

/* ---- ImportError, NameError, AttributeError: keyword-only extras ----------------------------- */

static int importerror_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = { "name", "path", NULL };
    Object *kw[2] = { NULL, NULL };
    if (bind_kwargs("ImportError", args + nargs, kwnames, names, kw) < 0)
        return -1;
    if (set_args(EXC(self), args, nargs) < 0)
        return -1;
    ImportErrorObject *e = (ImportErrorObject *)self;
    set_field(&e->name, kw[0]);
    set_field(&e->path, kw[1]);
    set_field(&e->msg, nargs == 1 ? args[0] : NULL);
    return 0;
}

static Object *importerror_str(Object *self)
{
    Object *msg = ((ImportErrorObject *)self)->msg;
    if (msg != NULL && IS_STR_EXACT(msg))
        return NEWREF(msg);
    return base_str(self);
}

static MemberDef importerror_members[] = {
    { "msg", T_OBJECT, offsetof(ImportErrorObject, msg), 0, "exception message" },
    { "name", T_OBJECT, offsetof(ImportErrorObject, name), 0, "module name" },
    { "path", T_OBJECT, offsetof(ImportErrorObject, path), 0, "module path" },
    { NULL },
};

static int nameerror_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = { "name", NULL };
    Object *kw[1] = { NULL };
    if (bind_kwargs("NameError", args + nargs, kwnames, names, kw) < 0)
        return -1;
    if (set_args(EXC(self), args, nargs) < 0)
        return -1;
    set_field(&((NameErrorObject *)self)->name, kw[0]);
    return 0;
}

static MemberDef nameerror_members[] = {
    { "name", T_OBJECT, offsetof(NameErrorObject, name), 0, "name" },
    { NULL },
};

static int attrerror_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = { "name", "obj", NULL };
    Object *kw[2] = { NULL, NULL };
    if (bind_kwargs("AttributeError", args + nargs, kwnames, names, kw) < 0)
        return -1;
    if (set_args(EXC(self), args, nargs) < 0)
        return -1;
    AttributeErrorObject *e = (AttributeErrorObject *)self;
    set_field(&e->name, kw[0]);
    set_field(&e->obj, kw[1]);
    return 0;
}

static MemberDef attrerror_members[] = {
    { "name", T_OBJECT, offsetof(AttributeErrorObject, name), 0, "attribute name" },
    { "obj", T_OBJECT, offsetof(AttributeErrorObject, obj), 0, "object" },
    { NULL },
};

/* ---- OSError --------------------------------------------------------------------------------- */

/* OSError(errno, ...) becomes this subclass (PEP 3151). */
static const struct { int code; TypeObject *type; } errno_map[] = {
    { EAGAIN, &Exc_BlockingIOError }, { EALREADY, &Exc_BlockingIOError },
    { EINPROGRESS, &Exc_BlockingIOError }, { EWOULDBLOCK, &Exc_BlockingIOError },
    { EPIPE, &Exc_BrokenPipeError }, { ESHUTDOWN, &Exc_BrokenPipeError },
    { ECHILD, &Exc_ChildProcessError }, { ECONNABORTED, &Exc_ConnectionAbortedError },
    { ECONNREFUSED, &Exc_ConnectionRefusedError }, { ECONNRESET, &Exc_ConnectionResetError },
    { EEXIST, &Exc_FileExistsError }, { ENOENT, &Exc_FileNotFoundError },
    { EISDIR, &Exc_IsADirectoryError }, { ENOTDIR, &Exc_NotADirectoryError },
    { EINTR, &Exc_InterruptedError }, { EACCES, &Exc_PermissionError },
    { EPERM, &Exc_PermissionError }, { ESRCH, &Exc_ProcessLookupError },
    { ETIMEDOUT, &Exc_TimeoutError },
};

static TypeObject *errno_subclass(Object *code)
{
    int overflow;
    long e = int_as_long_overflow(code, &overflow);
    if (overflow)
        return NULL;
    for (size_t i = 0; i < sizeof errno_map / sizeof *errno_map; i++)
        if (errno_map[i].code == e)
            return errno_map[i].type;
    return NULL;
}

static Object *oserror_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames);
static int oserror_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

/* A subclass that overrides __init__ but not __new__ parses its arguments in __init__. */
static bool oserror_use_init(TypeObject *type)
{
    return type->tp_init != oserror_init && type->tp_new == oserror_new;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5 arguments, args
 * keeps only (errno, strerror) once a filename is given. */
static int oserror_fill(OSErrorObject *self, Object *const *args, ssize_t nargs)
{
    bool parsed = nargs >= 2 && nargs <= 5;
    Object *filename = parsed && nargs > 2 ? args[2] : NULL;
    Object *filename2 = parsed && nargs > 4 ? args[4] : NULL;
    ssize_t keep = nargs;
    if (filename != NULL && filename != NONE) {
        if (TYPE(self) == &Exc_BlockingIOError && num_check(filename)) {
            self->written = num_as_ssize(filename, &Exc_ValueError);
            if (self->written == -1 && err_occurred())
                return -1;
        } else {
            set_field(&self->filename, filename);
            if (filename2 != NULL && filename2 != NONE)
                set_field(&self->filename2, filename2);
            keep = 2;
        }
    }
    set_field(&self->myerrno, parsed ? args[0] : NULL);
    set_field(&self->strerror, parsed ? args[1] : NULL);
    return set_args(&self->base, args, keep);
}

static Object *oserror_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames)
{
    bool in_new = !oserror_use_init(type);
    if (in_new) {
        if (no_kwargs(type->tp_name, kwnames) < 0)
            return NULL;
        if (type == &Exc_OSError && nargs >= 2 && nargs <= 5 && IS_INT(args[0])) {
            TypeObject *sub = errno_subclass(args[0]);
            if (sub != NULL)
                type = sub;
        }
    }
    OSErrorObject *self = (OSErrorObject *)obj_alloc(type);
    if (self == NULL)
        return NULL;
    self->written = -1;
    if (in_new ? oserror_fill(self, args, nargs) : set_args(&self->base, NULL, 0)) {
        DECREF(self);
        return NULL;
    }
    return (Object *)self;
}

static int oserror_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (!oserror_use_init(TYPE(self)))
        return 0;
    if (no_kwargs(TYPE(self)->tp_name, kwnames) < 0)
        return -1;
    return oserror_fill((OSErrorObject *)self, args, nargs);
}

static Object *oserror_str(Object *self)
{
    OSErrorObject *e = (OSErrorObject *)self;
    if (e->filename != NULL) {
        if (e->filename2 != NULL)
            return str_from_format("[Errno %S] %S: %R -> %R", none_ref(e->myerrno),
                                   none_ref(e->strerror), e->filename, e->filename2);
        return str_from_format("[Errno %S] %S: %R", none_ref(e->myerrno), none_ref(e->strerror),
                               e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL)
        return str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static Object *oserror_get_written(Object *self, void *c)
{
    ssize_t w = ((OSErrorObject *)self)->written;
    if (w == -1) {
        err_set_string(&Exc_AttributeError, "characters_written");
        return NULL;
    }
    return int_from_ssize(w);
}

static int oserror_set_written(Object *self, Object *v, void *c)
{
    OSErrorObject *e = (OSErrorObject *)self;
    if (v == NULL) {
        if (e->written == -1) {
            err_set_string(&Exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    ssize_t w = num_as_ssize(v, &Exc_ValueError);
    if (w == -1 && err_occurred())
        return -1;
    e->written = w;
    return 0;
}

static GetSetDef oserror_getset[] = {
    { "characters_written", oserror_get_written, oserror_set_written, NULL, NULL },
    { NULL },
};

static MemberDef oserror_members[] = {
    { "errno", T_OBJECT, offsetof(OSErrorObject, myerrno), 0, "POSIX exception code" },
    { "strerror", T_OBJECT, offsetof(OSErrorObject, strerror), 0, "exception strerror" },
    { "filename", T_OBJECT, offsetof(OSErrorObject, filename), 0, "exception filename" },
    { "filename2", T_OBJECT, offsetof(OSErrorObject, filename2), 0, "second exception filename" },
    { NULL },
};

/* ---- SyntaxError ----------------------------------------------------------------------------- */

static int syntaxerror_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    SyntaxErrorObject *e = (SyntaxErrorObject *)self;
    if (nargs >= 1)
        set_field(&e->msg, args[0]);
    if (nargs != 2)
        return 0;
    Object *info = seq_tuple(args[1]);
    if (info == NULL)
        return -1;
    ssize_t n = TUPLE_LEN(info);
    int r = -1;
    if (n < 4) {
        err_format(&Exc_TypeError, "function takes at least 4 arguments (%zd given)", n);
    } else if (n > 6) {
        err_format(&Exc_TypeError, "function takes at most 6 arguments (%zd given)", n);
    } else if (n == 5) {
        err_set_string(&Exc_TypeError,
                       "end_offset must be provided when end_lineno is provided");
    } else {
        Object **fields[] = { &e->filename, &e->lineno, &e->offset, &e->text,
                              &e->end_lineno, &e->end_offset };
        for (ssize_t i = 0; i < 6; i++)
            set_field(fields[i], i < n ? TUPLE_GET(info, i) : NULL);
        r = 0;
    }
    DECREF(info);
    return r;
}

/* The last component of a path, as the message shows it. */
static Object *basename_of(Object *path)
{
    ssize_t n = STR_LEN(path), i = n;
    while (i > 0 && STR_AT(path, i - 1) != '/')
        i--;
    return i == 0 ? NEWREF(path) : str_substring(path, i, n);
}

static Object *syntaxerror_str(Object *self)
{
    SyntaxErrorObject *e = (SyntaxErrorObject *)self;
    Object *msg = e->msg ? e->msg : NONE;
    Object *file = NULL;
    if (e->filename != NULL && IS_STR(e->filename) && (file = basename_of(e->filename)) == NULL)
        return NULL;
    bool have_line = e->lineno != NULL && IS_INT_EXACT(e->lineno);
    long line = 0;
    if (have_line) {
        int overflow;
        line = int_as_long_overflow(e->lineno, &overflow);
    }
    Object *r;
    if (file != NULL && have_line)
        r = str_from_format("%S (%U, line %ld)", msg, file, line);
    else if (file != NULL)
        r = str_from_format("%S (%U)", msg, file);
    else if (have_line)
        r = str_from_format("%S (line %ld)", msg, line);
    else
        r = obj_str(msg);
    XDECREF(file);
    return r;
}

#define SYN_MEMBER(name, field, doc) \
    { name, T_OBJECT, offsetof(SyntaxErrorObject, field), 0, doc }
static MemberDef syntaxerror_members[] = {
    SYN_MEMBER("msg", msg, "exception msg"),
    SYN_MEMBER("filename", filename, "exception filename"),
    SYN_MEMBER("lineno", lineno, "exception lineno"),
    SYN_MEMBER("offset", offset, "exception offset"),
    SYN_MEMBER("text", text, "exception text"),
    SYN_MEMBER("end_lineno", end_lineno, "exception end lineno"),
    SYN_MEMBER("end_offset", end_offset, "exception end offset"),
    SYN_MEMBER("print_file_and_line", print_file_and_line, "exception print_file_and_line"),
    { NULL },
};

/* ---- UnicodeError and its subclasses --------------------------------------------------------- */

/* Positional arguments by a small format, as CPython's PyArg_ParseTuple does for these
 * constructors: 'U' a str, 'B' bytes (a bytearray is copied), 'n' an index.  Objects are stored
 * as new references into the fields named by `objs`, indexes into `idx`. */
static int unicode_parse(UnicodeErrorObject *e, Object *const *args, ssize_t nargs,
                         const char *fmt, Object **objs[], ssize_t *idx[])
{
    ssize_t want = (ssize_t)strlen(fmt);
    if (nargs != want) {
        err_format(&Exc_TypeError, "function takes exactly %zd arguments (%zd given)", want,
                   nargs);
        return -1;
    }
    Object *vals[5] = { NULL };
    int no = 0, ni = 0, r = 0;
    for (ssize_t i = 0; i < want && r == 0; i++) {
        Object *a = args[i];
        switch (fmt[i]) {
        case 'U':
            if (!IS_STR(a)) {
                err_format(&Exc_TypeError, "argument %zd must be str, not %s", i + 1,
                           TYPE(a)->tp_name);
                r = -1;
            } else {
                vals[no++] = NEWREF(a);
            }
            break;
        case 'B':
            if (IS_BYTES(a)) {
                vals[no++] = NEWREF(a);
            } else if (IS_BYTEARRAY(a)) {
                ByteArrayObject *ba = (ByteArrayObject *)a;
                if ((vals[no++] = bytes_from_data(ba->ob_start, SIZE(ba))) == NULL)
                    r = -1;
            } else {
                err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                           TYPE(a)->tp_name);
                r = -1;
            }
            break;
        case 'n': {
            ssize_t v = num_as_ssize(a, &Exc_OverflowError);
            if (v == -1 && err_occurred())
                r = -1;
            else
                *idx[ni++] = v;
            break;
        }
        }
    }
    for (int i = 0; i < no; i++) {
        if (r == 0)
            SETREF(*objs[i], vals[i]);
        else
            DECREF(vals[i]);
    }
    (void)e;
    return r;
}

static int unicode_encode_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    Object **objs[] = { &e->encoding, &e->object, &e->reason };
    ssize_t *idx[] = { &e->start, &e->end };
    return unicode_parse(e, args, nargs, "UUnnU", objs, idx);
}

static int unicode_decode_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    Object **objs[] = { &e->encoding, &e->object, &e->reason };
    ssize_t *idx[] = { &e->start, &e->end };
    return unicode_parse(e, args, nargs, "UBnnU", objs, idx);
}

static int unicode_translate_init(Object *self, Object *const *args, ssize_t nargs,
                                  Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    Object **objs[] = { &e->object, &e->reason };
    ssize_t *idx[] = { &e->start, &e->end };
    return unicode_parse(e, args, nargs, "UnnU", objs, idx);
}

/* "\xe9", "\u1234" or "\U00012345": how the messages show one code point. */
static void escape_char(char *buf, size_t size, uint32_t c)
{
    if (c <= 0xff)
        snprintf(buf, size, "\\x%02x", (unsigned)c);
    else if (c <= 0xffff)
        snprintf(buf, size, "\\u%04x", (unsigned)c);
    else
        snprintf(buf, size, "\\U%08x", (unsigned)c);
}

enum { UERR_ENCODE, UERR_DECODE, UERR_TRANSLATE };

static Object *unicode_error_str(Object *self, int kind)
{
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    if (e->object == NULL || e->reason == NULL || (kind != UERR_TRANSLATE && !e->encoding))
        return NEWREF(empty_str);
    Object *reason = obj_str(e->reason);
    Object *enc = kind != UERR_TRANSLATE ? obj_str(e->encoding) : NULL;
    Object *r = NULL;
    if (reason == NULL || (kind != UERR_TRANSLATE && enc == NULL))
        goto done;
    bool is_str = IS_STR(e->object), is_bytes = IS_BYTES(e->object);
    ssize_t len = is_str ? STR_LEN(e->object) : is_bytes ? BYTES_LEN(e->object) : 0;
    bool single = e->start >= 0 && e->start < len && e->end == e->start + 1;
    char ch[16];
    if (kind == UERR_DECODE) {
        if (single && is_bytes) {
            snprintf(ch, sizeof ch, "0x%02x", (unsigned char)BYTES_DATA(e->object)[e->start]);
            r = str_from_format("'%U' codec can't decode byte %s in position %zd: %U", enc, ch,
                                e->start, reason);
        } else {
            r = str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc,
                                e->start, e->end - 1, reason);
        }
    } else if (single && is_str) {
        escape_char(ch, sizeof ch, STR_AT(e->object, e->start));
        if (kind == UERR_ENCODE)
            r = str_from_format("'%U' codec can't encode character '%s' in position %zd: %U",
                                enc, ch, e->start, reason);
        else
            r = str_from_format("can't translate character '%s' in position %zd: %U", ch,
                                e->start, reason);
    } else if (kind == UERR_ENCODE) {
        r = str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U", enc,
                            e->start, e->end - 1, reason);
    } else {
        r = str_from_format("can't translate characters in position %zd-%zd: %U", e->start,
                            e->end - 1, reason);
    }
done:
    XDECREF(reason);
    XDECREF(enc);
    return r;
}

static Object *unicode_encode_str(Object *self) { return unicode_error_str(self, UERR_ENCODE); }
static Object *unicode_decode_str(Object *self) { return unicode_error_str(self, UERR_DECODE); }
static Object *unicode_translate_str(Object *self)
{
    return unicode_error_str(self, UERR_TRANSLATE);
}

#define UNI_MEMBER(name, type, field, doc) \
    { name, type, offsetof(UnicodeErrorObject, field), 0, doc }
static MemberDef unicode_members[] = {
    UNI_MEMBER("encoding", T_OBJECT, encoding, "exception encoding"),
    UNI_MEMBER("object", T_OBJECT, object, "exception object"),
    UNI_MEMBER("start", T_SSIZE, start, "exception start"),
    UNI_MEMBER("end", T_SSIZE, end, "exception end"),
    UNI_MEMBER("reason", T_OBJECT, reason, "exception reason"),
    { NULL },
};

/* ---- BaseExceptionGroup and ExceptionGroup (PEP 654) ----------------------------------------- *
 *
 * A group holds a message and a non-empty tuple of exceptions, which may be groups themselves.
 * split() and subgroup() walk that tree: a member that matches is taken whole, a leaf that does
 * not is left, and a group that partly matches is rebuilt from its matching (or remaining)
 * members through derive(), with the original's traceback, cause, context and a copy of its
 * notes, as CPython does.  The interpreter uses the same walk, matching leaves by identity, to
 * rebuild the part of a caught group that except* handlers raised again. */

#define EG(o) ((BaseExceptionGroupObject *)(o))

/* CPython's PySequence_Check: __getitem__ without being a dict. */
static bool is_sequence(Object *o)
{
    SequenceMethods *sq = TYPE(o)->tp_as_sequence;
    return !IS_DICT(o) && sq != NULL && sq->sq_item != NULL;
}

static Object *group_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (nargs != 2)
        return err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 "
                          "arguments (%zd given)", nargs);
    Object *msg = args[0], *seq = args[1];
    if (!IS_STR(msg))
        return err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, "
                          "not %.50s", msg == NONE ? "None" : TYPE(msg)->tp_name);
    if (!is_sequence(seq))
        return err_format(&Exc_TypeError, "second argument (exceptions) must be a sequence");
    Object *excs = seq_tuple(seq);
    if (excs == NULL)
        return NULL;
    ssize_t n = TUPLE_LEN(excs);
    bool nested_base = false;
    if (n == 0) {
        err_set_string(&Exc_ValueError,
                       "second argument (exceptions) must be a non-empty sequence");
        goto fail;
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *e = TUPLE_GET(excs, i);
        if (!IS_EXCEPTION(e)) {
            err_format(&Exc_ValueError,
                       "Item %d of second argument (exceptions) is not an exception", (int)i);
            goto fail;
        }
        if (!IS_INSTANCE(e, &Exc_Exception))
            nested_base = true;
    }
    TypeObject *cls = type;
    if (cls == &Exc_ExceptionGroup) {
        if (nested_base) {
            err_set_string(&Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto fail;
        }
    } else if (cls == &Exc_BaseExceptionGroup) {
        if (!nested_base)
            cls = &Exc_ExceptionGroup;
    } else if (nested_base && type_is_subtype(cls, &Exc_Exception)) {
        err_format(&Exc_TypeError, "Cannot nest BaseExceptions in '%.200s'", cls->tp_name);
        goto fail;
    }
    Object *self = base_new(cls, args, nargs, kwnames);
    if (self == NULL)
        goto fail;
    EG(self)->msg = NEWREF(msg);
    EG(self)->excs = excs;
    return self;
fail:
    DECREF(excs);
    return NULL;
}

static int group_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return base_init(self, args, nargs, kwnames);
}

static Object *group_str(Object *self)
{
    ssize_t n = TUPLE_LEN(EG(self)->excs);
    return str_from_format("%S (%zd sub-exception%s)", EG(self)->msg, n, n > 1 ? "s" : "");
}

Object *exc_group_new(const char *msg, Object *excs)
{
    Object *args[2] = { str_from_cstr(msg), excs };
    if (args[0] == NULL)
        return NULL;
    Object *eg = obj_call((Object *)&Exc_BaseExceptionGroup, args, 2, NULL);
    DECREF(args[0]);
    return eg;
}

/* derive, split and subgroup take one positional argument, with CPython's messages
 * (PyArg_ParseTuple's for derive, PyArg_UnpackTuple's for the others). */
static int one_arg(const char *name, ssize_t nargs)
{
    if (nargs == 1)
        return 0;
    if (name == NULL)
        err_format(&Exc_TypeError, "function takes exactly 1 argument (%zd given)", nargs);
    else
        err_format(&Exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
    return -1;
}

static Object *group_derive(Object *self, Object *const *argv, ssize_t nargs)
{
    if (one_arg(NULL, nargs) < 0)
        return NULL;
    Object *excs = argv[0];
    Object *args[2] = { EG(self)->msg, excs };
    return obj_call((Object *)&Exc_BaseExceptionGroup, args, 2, NULL);
}

/* How split() and subgroup() recognise the members they take. */
typedef enum { MATCH_BY_TYPE, MATCH_PREDICATE, MATCH_INSTANCE_IDS } MatcherKind;

static int matcher_kind(Object *v, MatcherKind *kind)
{
    if (IS_FUNCTION(v)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    bool ok = IS_EXCEPTION_CLASS(v);
    if (!ok && IS_TUPLE_EXACT(v)) {
        ok = true;
        for (ssize_t i = 0; i < TUPLE_LEN(v) && ok; i++)
            ok = IS_EXCEPTION_CLASS(TUPLE_GET(v, i));
    }
    if (!ok) {
        err_set_string(&Exc_TypeError,
                       "expected a function, exception type or tuple of exception types");
        return -1;
    }
    *kind = MATCH_BY_TYPE;
    return 0;
}

static Object *id_of(Object *o) { return int_from_ulonglong((uintptr_t)o); }

static int matcher_check(Object *exc, MatcherKind kind, Object *value)
{
    switch (kind) {
    case MATCH_BY_TYPE:
        return exc_matches(exc, value);
    case MATCH_PREDICATE: {
        Object *r = obj_call1(value, exc);
        if (r == NULL)
            return -1;
        int t = obj_is_true(r);
        DECREF(r);
        return t;
    }
    case MATCH_INSTANCE_IDS: {
        if (IS_EXCEPTION_GROUP(exc))
            return 0;
        Object *id = id_of(exc);
        if (id == NULL)
            return -1;
        int r = set_contains(value, id);
        DECREF(id);
        return r;
    }
    }
    return 0;
}

/* orig.derive(excs) carrying orig's traceback, cause, context and notes; NULL in *result when
 * excs is empty. */
static int group_subset(Object *orig, Object *excs, Object **result)
{
    *result = NULL;
    if (LIST_LEN(excs) == 0)
        return 0;
    Object *eg = obj_call_method(orig, "derive", &excs, 1);
    if (eg == NULL)
        return -1;
    if (!IS_EXCEPTION_GROUP(eg)) {
        err_set_string(&Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        goto fail;
    }
    exc_set_traceback(eg, EXC(orig)->traceback);
    set_field(&EXC(eg)->context, EXC(orig)->context);
    exc_set_cause(eg, EXC(orig)->cause ? NEWREF(EXC(orig)->cause) : NULL);
    Object *notes;
    int has = obj_lookup_attr(orig, notes_name(), &notes);
    if (has < 0)
        goto fail;
    if (has) {
        /* The parts get lists of their own; notes that are no sequence are not split's
         * business, and are dropped. */
        int r = 0;
        if (is_sequence(notes)) {
            Object *copy = seq_list(notes);
            r = copy ? obj_setattr(eg, notes_name(), copy) : -1;
            XDECREF(copy);
        }
        DECREF(notes);
        if (r < 0)
            goto fail;
    }
    *result = eg;
    return 0;
fail:
    DECREF(eg);
    return -1;
}

/* Split exc by the matcher into *match and (with want_rest) *rest: new references or NULL. */
static int split_recursive(Object *exc, MatcherKind kind, Object *value, bool want_rest,
                           Object **match, Object **rest)
{
    *match = *rest = NULL;
    int is_match = matcher_check(exc, kind, value);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = NEWREF(exc);
        return 0;
    }
    if (!IS_EXCEPTION_GROUP(exc)) {
        if (want_rest)
            *rest = NEWREF(exc);
        return 0;
    }
    Object *excs = EG(exc)->excs;
    Object *match_list = list_new(0), *rest_list = want_rest ? list_new(0) : NULL;
    int r = -1;
    if (match_list == NULL || (want_rest && rest_list == NULL))
        goto done;
    for (ssize_t i = 0; i < TUPLE_LEN(excs); i++) {
        Object *m, *rs;
        if (recursion_enter(" in exceptiongroup_split_recursive") < 0)
            goto done;
        int e = split_recursive(TUPLE_GET(excs, i), kind, value, want_rest, &m, &rs);
        recursion_leave();
        if (e < 0)
            goto done;
        int bad = (m && list_append(match_list, m) < 0) || (rs && list_append(rest_list, rs) < 0);
        XDECREF(m);
        XDECREF(rs);
        if (bad)
            goto done;
    }
    if (group_subset(exc, match_list, match) < 0)
        goto done;
    if (want_rest && group_subset(exc, rest_list, rest) < 0) {
        CLEAR(*match);
        goto done;
    }
    r = 0;
done:
    XDECREF(match_list);
    XDECREF(rest_list);
    return r;
}

static Object *group_split(Object *self, Object *const *args, ssize_t nargs)
{
    if (one_arg("split", nargs) < 0)
        return NULL;
    Object *matcher = args[0];
    MatcherKind kind;
    Object *match, *rest;
    if (matcher_kind(matcher, &kind) < 0 ||
        split_recursive(self, kind, matcher, true, &match, &rest) < 0)
        return NULL;
    Object *r = tuple_pack(2, none_ref(match), none_ref(rest));
    XDECREF(match);
    XDECREF(rest);
    return r;
}

static Object *group_subgroup(Object *self, Object *const *args, ssize_t nargs)
{
    if (one_arg("subgroup", nargs) < 0)
        return NULL;
    Object *matcher = args[0];
    MatcherKind kind;
    Object *match, *rest;
    if (matcher_kind(matcher, &kind) < 0 ||
        split_recursive(self, kind, matcher, false, &match, &rest) < 0)
        return NULL;
    return match ? match : NEWREF(NONE);
}

/* Add the ids of exc's leaf exceptions to the set ids. */
static int collect_leaf_ids(Object *exc, Object *ids)
{
    if (exc == NONE)
        return 0;
    if (!IS_EXCEPTION_GROUP(exc)) {
        Object *id = id_of(exc);
        int r = id ? set_add(ids, id) : -1;
        XDECREF(id);
        return r;
    }
    Object *excs = EG(exc)->excs;
    for (ssize_t i = 0; i < TUPLE_LEN(excs); i++) {
        if (recursion_enter(" in collect_exception_group_leaf_ids") < 0)
            return -1;
        int r = collect_leaf_ids(TUPLE_GET(excs, i), ids);
        recursion_leave();
        if (r < 0)
            return -1;
    }
    return 0;
}

int exc_group_match(Object *exc, Object *type, Object **match, Object **rest)
{
    *match = *rest = NULL;
    if (exc == NONE) {
        *match = NEWREF(NONE);
        *rest = NEWREF(NONE);
        return 0;
    }
    int r = exc_matches(exc, type);
    if (r < 0)
        return -1;
    if (r) {
        if (IS_EXCEPTION_GROUP(exc)) {
            *match = NEWREF(exc);
        } else {
            Object *excs = tuple_pack(1, exc);
            *match = excs ? exc_group_new("", excs) : NULL;
            XDECREF(excs);
            if (*match == NULL)
                return -1;
        }
        *rest = NEWREF(NONE);
        return 0;
    }
    if (IS_EXCEPTION_GROUP(exc)) {
        Object *pair = obj_call_method(exc, "split", &type, 1);
        if (pair == NULL)
            return -1;
        if (!IS_TUPLE(pair) || TUPLE_LEN(pair) != 2) {
            DECREF(pair);
            err_set_string(&Exc_TypeError, "split() must return a 2-tuple");
            return -1;
        }
        *match = NEWREF(TUPLE_GET(pair, 0));
        *rest = NEWREF(TUPLE_GET(pair, 1));
        DECREF(pair);
        return 0;
    }
    *match = NEWREF(NONE);
    *rest = NEWREF(NONE);
    return 0;
}

/* The sub-group of eg whose leaves are leaves of the groups in keep (a list), or None. */
static Object *group_projection(Object *eg, Object *keep)
{
    Object *ids = set_new(NULL);
    if (ids == NULL)
        return NULL;
    for (ssize_t i = 0; i < LIST_LEN(keep); i++)
        if (collect_leaf_ids(LIST_GET(keep, i), ids) < 0) {
            DECREF(ids);
            return NULL;
        }
    Object *match, *rest;
    int r = split_recursive(eg, MATCH_INSTANCE_IDS, ids, false, &match, &rest);
    DECREF(ids);
    if (r < 0)
        return NULL;
    return match ? match : NEWREF(NONE);
}

/* A re-raised part of orig shares orig's traceback and chain (a new raise would have added a
 * traceback entry at least). */
static bool same_metadata(Object *a, Object *b)
{
    return EXC(a)->notes == EXC(b)->notes && EXC(a)->traceback == EXC(b)->traceback &&
           EXC(a)->cause == EXC(b)->cause && EXC(a)->context == EXC(b)->context;
}

Object *exc_group_prep_reraise_star(Object *orig, Object *excs)
{
    ssize_t n = LIST_LEN(excs);
    if (n == 0)
        return NEWREF(NONE);
    if (!IS_EXCEPTION_GROUP(orig)) {
        /* A naked exception was caught, wrapped and given to at most one handler: what that
         * handler raised, or what is left of it, is the result. */
        return NEWREF(LIST_GET(excs, 0));
    }
    Object *raised = list_new(0), *reraised = list_new(0), *result = NULL;
    if (raised == NULL || reraised == NULL)
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        Object *e = LIST_GET(excs, i);
        if (e != NONE && list_append(same_metadata(e, orig) ? reraised : raised, e) < 0)
            goto done;
    }
    Object *reraised_eg = group_projection(orig, reraised);
    if (reraised_eg == NULL)
        goto done;
    if (LIST_LEN(raised) == 0) {
        result = reraised_eg;
        goto done;
    }
    int r = reraised_eg != NONE ? list_append(raised, reraised_eg) : 0;
    DECREF(reraised_eg);
    if (r < 0)
        goto done;
    if (LIST_LEN(raised) > 1)
        result = exc_group_new("", raised);
    else
        result = NEWREF(LIST_GET(raised, 0));
done:
    XDECREF(raised);
    XDECREF(reraised);
    return result;
}

static MemberDef group_members[] = {
    { "message", T_OBJECT, offsetof(BaseExceptionGroupObject, msg), READONLY,
      "exception message" },
    { "exceptions", T_OBJECT, offsetof(BaseExceptionGroupObject, excs), READONLY,
      "nested exceptions" },
    { NULL },
};

static MethodDef group_methods[] = {
    { "__class_getitem__", (void *)generic_alias_class_getitem, METH_O | METH_CLASS,
      "See PEP 585" },
    { "derive", (void *)group_derive, METH_FASTCALL, NULL },
    { "split", (void *)group_split, METH_FASTCALL, NULL },
    { "subgroup", (void *)group_subgroup, METH_FASTCALL, NULL },
    { NULL },
};

/* ---- start-up -------------------------------------------------------------------------------- */

/* What a family of exceptions defines beyond BaseException; subclasses inherit it. */
typedef struct Family {
    TypeObject *type;
    newfunc new_;
    initproc init;
    reprfunc str;
    MemberDef *members;
    GetSetDef *getset;
    MethodDef *methods;
} Family;

static const Family families[] = {
    { &Exc_BaseException, base_new, base_init, base_str, base_members, base_getset,
      base_methods },
    { &Exc_SystemExit, NULL, sysexit_init, NULL, sysexit_members },
    { &Exc_StopIteration, NULL, stopiter_init, NULL, stopiter_members },
    { &Exc_KeyError, NULL, NULL, keyerror_str },
    { &Exc_ImportError, NULL, importerror_init, importerror_str, importerror_members },
    { &Exc_NameError, NULL, nameerror_init, NULL, nameerror_members },
    { &Exc_AttributeError, NULL, attrerror_init, NULL, attrerror_members },
    { &Exc_OSError, oserror_new, oserror_init, oserror_str, oserror_members, oserror_getset },
    { &Exc_SyntaxError, NULL, syntaxerror_init, syntaxerror_str, syntaxerror_members },
    /* UnicodeError itself is a plain exception; only its subclasses parse and show fields. */
    { &Exc_UnicodeEncodeError, NULL, unicode_encode_init, unicode_encode_str, unicode_members },
    { &Exc_UnicodeDecodeError, NULL, unicode_decode_init, unicode_decode_str, unicode_members },
    { &Exc_UnicodeTranslateError, NULL, unicode_translate_init, unicode_translate_str,
      unicode_members },
    { &Exc_BaseExceptionGroup, group_new, group_init, group_str, group_members, NULL,
      group_methods },
};

static const struct { TypeObject *type; const char *doc; } docs[] = {
    { &Exc_BaseException, "Common base class for all exceptions" },
    { &Exc_SystemExit, "Request to exit from the interpreter." },
    { &Exc_KeyboardInterrupt, "Program interrupted by user." },
    { &Exc_GeneratorExit, "Request that a generator exit." },
    { &Exc_Exception, "Common base class for all non-exit exceptions." },
    { &Exc_StopIteration, "Signal the end from iterator.__next__()." },
    { &Exc_StopAsyncIteration, "Signal the end from iterator.__anext__()." },
    { &Exc_ArithmeticError, "Base class for arithmetic errors." },
    { &Exc_FloatingPointError, "Floating point operation failed." },
    { &Exc_OverflowError, "Result too large to be represented." },
    { &Exc_ZeroDivisionError, "Second argument to a division or modulo operation was zero." },
    { &Exc_AssertionError, "Assertion failed." },
    { &Exc_AttributeError, "Attribute not found." },
    { &Exc_BufferError, "Buffer error." },
    { &Exc_EOFError, "Read beyond end of file." },
    { &Exc_ImportError, "Import can't find module, or can't find name in module." },
    { &Exc_ModuleNotFoundError, "Module not found." },
    { &Exc_LookupError, "Base class for lookup errors." },
    { &Exc_IndexError, "Sequence index out of range." },
    { &Exc_KeyError, "Mapping key not found." },
    { &Exc_MemoryError, "Out of memory." },
    { &Exc_NameError, "Name not found globally." },
    { &Exc_UnboundLocalError, "Local name referenced but not bound to a value." },
    { &Exc_OSError, "Base class for I/O related errors." },
    { &Exc_BlockingIOError, "I/O operation would block." },
    { &Exc_ChildProcessError, "Child process error." },
    { &Exc_ConnectionError, "Connection error." },
    { &Exc_BrokenPipeError, "Broken pipe." },
    { &Exc_ConnectionAbortedError, "Connection aborted." },
    { &Exc_ConnectionRefusedError, "Connection refused." },
    { &Exc_ConnectionResetError, "Connection reset." },
    { &Exc_FileExistsError, "File already exists." },
    { &Exc_FileNotFoundError, "File not found." },
    { &Exc_InterruptedError, "Interrupted by signal." },
    { &Exc_IsADirectoryError, "Operation doesn't work on directories." },
    { &Exc_NotADirectoryError, "Operation only works on directories." },
    { &Exc_PermissionError, "Not enough permissions." },
    { &Exc_ProcessLookupError, "Process not found." },
    { &Exc_TimeoutError, "Timeout expired." },
    { &Exc_ReferenceError, "Weak ref proxy used after referent went away." },
    { &Exc_RuntimeError, "Unspecified run-time error." },
    { &Exc_NotImplementedError, "Method or function hasn't been implemented yet." },
    { &Exc_RecursionError, "Recursion limit exceeded." },
    { &Exc_SyntaxError, "Invalid syntax." },
    { &Exc_IndentationError, "Improper indentation." },
    { &Exc_TabError, "Improper mixture of spaces and tabs." },
    { &Exc_SystemError, "Internal error in the Python interpreter.\n"
      "\n"
      "Please report this to the Python maintainer, along with the traceback,\n"
      "the Python version, and the hardware/OS platform and version." },
    { &Exc_TypeError, "Inappropriate argument type." },
    { &Exc_ValueError, "Inappropriate argument value (of correct type)." },
    { &Exc_UnicodeError, "Unicode related error." },
    { &Exc_UnicodeDecodeError, "Unicode decoding error." },
    { &Exc_UnicodeEncodeError, "Unicode encoding error." },
    { &Exc_UnicodeTranslateError, "Unicode translation error." },
    { &Exc_Warning, "Base class for warning categories." },
    { &Exc_DeprecationWarning, "Base class for warnings about deprecated features." },
    { &Exc_PendingDeprecationWarning,
      "Base class for warnings about features which will be deprecated\n"
      "in the future." },
    { &Exc_RuntimeWarning, "Base class for warnings about dubious runtime behavior." },
    { &Exc_SyntaxWarning, "Base class for warnings about dubious syntax." },
    { &Exc_UserWarning, "Base class for warnings generated by user code." },
    { &Exc_FutureWarning, "Base class for warnings about constructs that will change semantically\n"
      "in the future." },
    { &Exc_ImportWarning, "Base class for warnings about probable mistakes in module imports" },
    { &Exc_UnicodeWarning, "Base class for warnings about Unicode related problems, mostly\n"
      "related to conversion problems." },
    { &Exc_BytesWarning, "Base class for warnings about bytes and buffer related problems, mostly\n"
      "related to conversion from str or comparing to str." },
    { &Exc_ResourceWarning, "Base class for warnings about resource usage." },
    { &Exc_EncodingWarning, "Base class for warnings about encodings." },
    { &Exc_BaseExceptionGroup, "A combination of multiple unrelated exceptions." },
};

void exceptions_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    Exc_BaseException.tp_base = &BaseObjectType;
    Exc_BaseException.tp_repr = base_repr;
    Exc_BaseException.tp_getattro = obj_generic_getattr;
    Exc_BaseException.tp_setattro = obj_generic_setattr;
    for (size_t i = 0; i < sizeof families / sizeof *families; i++) {
        const Family *f = &families[i];
        f->type->tp_new = f->new_;
        f->type->tp_init = f->init;
        f->type->tp_str = f->str;
        f->type->tp_members = f->members;
        f->type->tp_getset = f->getset;
        f->type->tp_methods = f->methods;
    }
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++)
        docs[i].type->tp_doc = docs[i].doc;
    /* ExceptionGroup is both a BaseExceptionGroup and an Exception (CPython makes it with
     * PyErr_NewException, as a heap type with weak references). */
    Exc_ExceptionGroup.tp_bases = tuple_pack(2, (Object *)&Exc_BaseExceptionGroup,
                                             (Object *)&Exc_Exception);
    Exc_ExceptionGroup.tp_weaklistoffset = offsetof(ExceptionGroupObject, weaklist);
    /* Bases come first in the list, so each type inherits from a finished base.  The groups
     * (heap types in CPython) let type_ready inherit instead, so that, as there, their dicts
     * hold no slot wrappers of their own beyond __new__, __init__ and __str__. */
    for (size_t i = 0; i < sizeof all_types / sizeof *all_types; i++) {
        TypeObject *t = all_types[i], *b = t->tp_base;
        bool group = t == &Exc_BaseExceptionGroup || t == &Exc_ExceptionGroup;
        if (t != &Exc_BaseException && !group) {
            if (t->tp_new == NULL) t->tp_new = b->tp_new;
            if (t->tp_init == NULL) t->tp_init = b->tp_init;
            if (t->tp_str == NULL) t->tp_str = b->tp_str;
            if (t->tp_repr == NULL) t->tp_repr = b->tp_repr;
            if (t->tp_getattro == NULL) t->tp_getattro = b->tp_getattro;
            if (t->tp_setattro == NULL) t->tp_setattro = b->tp_setattro;
        }
        if (type_ready(t) < 0) {
            fprintf(stderr, "ouro: cannot initialise %s\n", t->tp_name);
            abort();
        }
    }
    memerr_instance = exc_new(&Exc_MemoryError, NULL, 0);
    if (memerr_instance == NULL) {
        fputs("ouro: cannot create the MemoryError instance\n", stderr);
        abort();
    }
}
