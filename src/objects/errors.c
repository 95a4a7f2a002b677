/* errors.c — the error indicator: the one pending exception of the (single) thread.
 *
 * The indicator holds a normalised exception instance or NULL (CPython 3.12's model): every
 * err_set_* call builds the instance at once, so there is never a (type, value, tb) triple to
 * normalise later.  Raising from C chains the exception being handled (the VM's exc_info, read
 * through hook_handled_exception) as __context__, exactly where CPython's _PyErr_SetObject does,
 * breaking any loop that would make the context chain circular.
 *
 * MemoryError is special: raising it must not allocate, so err_no_memory() raises one instance
 * made at start-up, its traceback and context reset each time. */
#include "errors.h"
#include "abstract.h"
#include "strings.h"
#include "numbers.h"
#include "containers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Object *cur_exc;                     /* the pending exception (owned), or NULL */
Object *(*hook_handled_exception)(void);
Object *memerr_instance;                    /* made by exceptions_init (see exceptions.c) */

Object *err_occurred(void) { return cur_exc; }

bool err_matches(TypeObject *type)
{
    return cur_exc != NULL && type_is_subtype(TYPE(cur_exc), type);
}

Object *err_fetch(void)
{
    Object *e = cur_exc;
    cur_exc = NULL;
    return e;
}

void err_restore(Object *exc)
{
    Object *old = cur_exc;
    cur_exc = exc;
    XDECREF(old);
}

void err_clear(void) { CLEAR(cur_exc); }

/* ---- contexts -------------------------------------------------------------------------------- */

static inline BaseExceptionObject *EXC(Object *o) { return (BaseExceptionObject *)o; }

/* Make ctx the __context__ of exc (steals ctx).  If exc already appears in ctx's context chain,
 * the link to it is cut first, so that chains stay finite; a chain that is circular already is
 * left alone (Floyd's tortoise stops the walk). */
static void set_context_breaking_cycles(Object *exc, Object *ctx)
{
    if (ctx == exc) {
        DECREF(ctx);
        return;
    }
    Object *o = ctx, *slow = ctx;
    bool step_slow = false;
    for (;;) {
        Object *next = EXC(o)->context;
        if (next == NULL)
            break;
        if (next == exc) {
            CLEAR(EXC(o)->context);
            break;
        }
        o = next;
        if (o == slow)
            break;
        if (step_slow)
            slow = EXC(slow)->context;
        step_slow = !step_slow;
    }
    SETREF(EXC(exc)->context, ctx);
}

void exc_set_context(Object *exc, Object *ctx)
{
    if (ctx == NULL || ctx == NONE) {
        XDECREF(ctx);
        CLEAR(EXC(exc)->context);
        return;
    }
    set_context_breaking_cycles(exc, ctx);
}

void exc_set_cause(Object *exc, Object *cause)
{
    if (cause == NONE) {
        DECREF(cause);
        cause = NULL;
    }
    SETREF(EXC(exc)->cause, cause);
    EXC(exc)->suppress_context = 1;
}

void exc_set_traceback(Object *exc, Object *tb)
{
    if (tb == NONE)
        tb = NULL;
    XINCREF(tb);
    SETREF(EXC(exc)->traceback, tb);
}

Object *exc_get_traceback(Object *exc) { return EXC(exc)->traceback; }

/* Give exc the handled exception as context (as raising inside an except block does). */
static void chain_handled(Object *exc)
{
    Object *handled = hook_handled_exception ? hook_handled_exception() : NULL;
    if (handled != NULL && handled != NONE && handled != exc)
        set_context_breaking_cycles(exc, NEWREF(handled));
}

void err_raise(Object *exc)
{
    chain_handled(exc);
    err_restore(exc);
}

void err_chain(void)
{
    if (cur_exc != NULL)
        chain_handled(cur_exc);
}

void err_chain_exceptions(Object *saved)
{
    if (saved == NULL)
        return;
    if (cur_exc == NULL) {
        err_restore(saved);
        return;
    }
    set_context_breaking_cycles(cur_exc, saved);
}

/* ---- raising --------------------------------------------------------------------------------- */

Object *exc_new(TypeObject *type, Object *const *args, ssize_t nargs)
{
    /* Built-in exception types run their own slots directly; classes go through type.__call__ so
     * that a metaclass or a Python __new__/__init__ is honoured. */
    if (TYPE_HAS_FLAG(type, TPFLAGS_HEAPTYPE) || type->tp_new == NULL)
        return obj_call((Object *)type, args, nargs, NULL);
    Object *self = type->tp_new(type, args, nargs, NULL);
    if (self != NULL && type->tp_init != NULL && type->tp_init(self, args, nargs, NULL) < 0)
        CLEAR(self);
    return self;
}

void err_set_object(TypeObject *type, Object *value)
{
    if (!TYPE_HAS_FLAG(type, TPFLAGS_BASE_EXC_SUBCLASS)) {
        err_format(&Exc_SystemError, "exception %R is not a BaseException subclass",
                   (Object *)type);
        return;
    }
    Object *exc;
    if (value != NULL && IS_EXCEPTION(value) && type_is_subtype(TYPE(value), type))
        exc = NEWREF(value);
    else
        exc = exc_new(type, value ? &value : NULL, value ? 1 : 0);
    if (exc == NULL)
        return;
    err_raise(exc);
}

void err_set_none(TypeObject *type) { err_set_object(type, NULL); }

void err_set_string(TypeObject *type, const char *msg)
{
    Object *s = str_from_utf8(msg, -1);
    if (s == NULL)
        return;
    err_set_object(type, s);
    DECREF(s);
}

Object *err_formatv(TypeObject *type, const char *fmt, va_list va)
{
    Object *s = str_from_formatv(fmt, va);
    if (s != NULL) {
        err_set_object(type, s);
        DECREF(s);
    }
    return NULL;
}

Object *err_format(TypeObject *type, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    err_formatv(type, fmt, va);
    va_end(va);
    return NULL;
}

Object *err_no_memory(void)
{
    if (memerr_instance == NULL) {
        fputs("ouro: out of memory during start-up\n", stderr);
        abort();
    }
    BaseExceptionObject *e = EXC(memerr_instance);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    e->suppress_context = 0;
    err_restore(NEWREF(memerr_instance));
    return NULL;
}

Object *err_bad_internal_call(const char *where)
{
    if (where != NULL)
        return err_format(&Exc_SystemError, "%s: bad argument to internal function", where);
    err_set_string(&Exc_SystemError, "bad argument to internal function");
    return NULL;
}

Object *err_from_errno(TypeObject *type, Object *filename)
{
    int code = errno;
    Object *args[3];
    args[0] = int_from_long(code);
    if (args[0] == NULL)
        return NULL;
    /* errno 0 means the failing call did not say why; CPython reports "Error". */
    args[1] = code != 0 ? str_from_utf8_lossy(strerror(code), -1) : str_from_cstr("Error");
    if (args[1] == NULL) {
        DECREF(args[0]);
        return NULL;
    }
    args[2] = filename;
    Object *exc = exc_new(type, args, filename != NULL ? 3 : 2);
    DECREF(args[0]);
    DECREF(args[1]);
    if (exc != NULL)
        err_raise(exc);
    return NULL;
}

/* ---- unraisable exceptions ------------------------------------------------------------------- */

/* No header at all without obj, as CPython's PyErr_WriteUnraisable(NULL). */
void err_write_unraisable(Object *obj) { err_write_unraisable_msg(obj ? "in" : NULL, obj); }

void err_write_unraisable_msg(const char *what, Object *obj)
{
    Object *exc = err_fetch();
    if (exc == NULL)
        return;
    fflush(stdout);
    if (hook_write_unraisable != NULL) {
        hook_write_unraisable(exc, what, obj);
    } else {
        /* Before the VM is up: the last line of a traceback is the best we can do. */
        Object *s = obj_str(exc);
        const char *text = s != NULL ? str_as_utf8(s) : NULL;
        if (text != NULL && *text)
            fprintf(stderr, "%s: %s\n", TYPE(exc)->tp_name, text);
        else
            fprintf(stderr, "%s\n", TYPE(exc)->tp_name);
        XDECREF(s);
    }
    fflush(stderr);
    err_clear();
    DECREF(exc);
}

/* ---- warnings -------------------------------------------------------------------------------- */

int (*hook_warn)(TypeObject *category, Object *message, int stacklevel);
int (*hook_warn_explicit)(TypeObject *category, Object *message, Object *filename, int lineno);

int err_warn(TypeObject *category, const char *message, int stacklevel)
{
    Object *msg = str_from_cstr(message);
    if (msg == NULL)
        return -1;
    int r = 0;
    if (hook_warn != NULL)
        r = hook_warn(category, msg, stacklevel);
    else
        fprintf(stderr, "%s: %s\n", category->tp_name, message);
    DECREF(msg);
    return r;
}

int err_warn_explicit(TypeObject *category, const char *message, Object *filename, int lineno)
{
    Object *msg = str_from_cstr(message);
    if (msg == NULL)
        return -1;
    int r = 0;
    if (hook_warn_explicit != NULL) {
        r = hook_warn_explicit(category, msg, filename, lineno);
    } else {
        const char *fn = filename != NULL && IS_STR(filename) ? str_as_utf8(filename) : NULL;
        fprintf(stderr, "%s:%d: %s: %s\n", fn ? fn : "?", lineno, category->tp_name, message);
    }
    DECREF(msg);
    return r;
}

/* ---- matching -------------------------------------------------------------------------------- */

static int check_catchable(Object *cls)
{
    if (IS_EXCEPTION_CLASS(cls))
        return 0;
    err_set_string(&Exc_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int exc_matches(Object *exc, Object *cls_or_tuple)
{
    TypeObject *t = IS_EXCEPTION_CLASS(exc) ? (TypeObject *)exc : TYPE(exc);
    if (!IS_TUPLE(cls_or_tuple)) {
        if (check_catchable(cls_or_tuple) < 0)
            return -1;
        return type_is_subtype(t, (TypeObject *)cls_or_tuple);
    }
    ssize_t n = TUPLE_LEN(cls_or_tuple);
    for (ssize_t i = 0; i < n; i++)
        if (check_catchable(TUPLE_GET(cls_or_tuple, i)) < 0)
            return -1;
    for (ssize_t i = 0; i < n; i++)
        if (type_is_subtype(t, (TypeObject *)TUPLE_GET(cls_or_tuple, i)))
            return 1;
    return 0;
}

/* ---- SyntaxError and Unicode errors from C --------------------------------------------------- */

/* Positions stay ints even when unknown (-1), as the ones CPython's parser reports
 * (e.g. end_offset -1 for "unexpected indent"). */
static Object *position(int v) { return int_from_long(v); }

void err_syntax(TypeObject *type, const char *msg, Object *filename, int lineno, int offset,
                Object *text, int end_lineno, int end_offset)
{
    Object *info = tuple_new(6);
    if (info == NULL)
        return;
    TUPLE_SET(info, 0, NEWREF(filename ? filename : NONE));
    TUPLE_SET(info, 1, position(lineno));
    TUPLE_SET(info, 2, position(offset));
    TUPLE_SET(info, 3, NEWREF(text ? text : NONE));
    TUPLE_SET(info, 4, position(end_lineno));
    TUPLE_SET(info, 5, position(end_offset));
    for (int i = 0; i < 6; i++) {
        if (TUPLE_GET(info, i) == NULL) {
            DECREF(info);
            return;
        }
    }
    Object *args[2] = { str_from_utf8_lossy(msg, -1), info };
    if (args[0] != NULL) {
        Object *exc = exc_new(type, args, 2);
        DECREF(args[0]);
        if (exc != NULL)
            err_raise(exc);
    }
    DECREF(info);
}

static Object *unicode_error_new(TypeObject *type, const char *encoding, Object *object,
                                 ssize_t start, ssize_t end, const char *reason)
{
    Object *args[5] = { str_from_cstr(encoding), object, int_from_ssize(start),
                        int_from_ssize(end), str_from_cstr(reason) };
    Object *exc = NULL;
    if (args[0] && args[2] && args[3] && args[4])
        exc = exc_new(type, args, 5);
    XDECREF(args[0]);
    XDECREF(args[2]);
    XDECREF(args[3]);
    XDECREF(args[4]);
    return exc;
}

Object *exc_unicode_decode_error(const char *encoding, const char *data, ssize_t len,
                                 ssize_t start, ssize_t end, const char *reason)
{
    Object *b = bytes_from_data(data, len);
    if (b == NULL)
        return NULL;
    Object *exc = unicode_error_new(&Exc_UnicodeDecodeError, encoding, b, start, end, reason);
    DECREF(b);
    return exc;
}

Object *exc_unicode_encode_error(const char *encoding, Object *str, ssize_t start, ssize_t end,
                                 const char *reason)
{
    return unicode_error_new(&Exc_UnicodeEncodeError, encoding, str, start, end, reason);
}

Object *err_unicode_decode(const char *encoding, const char *data, ssize_t len,
                           ssize_t start, ssize_t end, const char *reason)
{
    Object *exc = exc_unicode_decode_error(encoding, data, len, start, end, reason);
    if (exc != NULL)
        err_raise(exc);
    return NULL;
}

Object *err_unicode_encode(const char *encoding, Object *str, ssize_t start, ssize_t end,
                           const char *reason)
{
    Object *exc = exc_unicode_encode_error(encoding, str, start, end, reason);
    if (exc != NULL)
        err_raise(exc);
    return NULL;
}
