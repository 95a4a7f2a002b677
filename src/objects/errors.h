/* errors.h — the built-in exception types and the error indicator (objects/exceptions.c).
 *
 * The indicator holds at most one *normalised* exception instance (CPython 3.12's model): raising
 * from C creates the instance at once.  sys.exc_info()'s "handled exception" is separate state
 * kept by the VM (vm/). */
#ifndef OURO_ERRORS_H
#define OURO_ERRORS_H

#include "../runtime/object.h"
#include <stdarg.h>

typedef struct BaseExceptionObject {
    OB_HEAD;
    Object *dict;
    Object *args;                /* tuple */
    Object *notes;               /* __notes__ list or NULL */
    Object *traceback;           /* traceback object or NULL */
    Object *context, *cause;     /* __context__, __cause__, or NULL */
    char suppress_context;
} BaseExceptionObject;

typedef struct SyntaxErrorObject {
    BaseExceptionObject base;
    Object *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line;
} SyntaxErrorObject;

typedef struct StopIterationObject { BaseExceptionObject base; Object *value; } StopIterationObject;
typedef struct SystemExitObject { BaseExceptionObject base; Object *code; } SystemExitObject;
typedef struct ImportErrorObject { BaseExceptionObject base; Object *msg, *name, *path; } ImportErrorObject;
typedef struct OSErrorObject {
    BaseExceptionObject base;
    Object *myerrno, *strerror, *filename, *filename2;
    ssize_t written;             /* BlockingIOError.characters_written; -1 when unset */
} OSErrorObject;
typedef struct NameErrorObject { BaseExceptionObject base; Object *name; } NameErrorObject;
typedef struct AttributeErrorObject { BaseExceptionObject base; Object *obj, *name; } AttributeErrorObject;
/* UnicodeError and its three subclasses (CPython's PyUnicodeErrorObject: same order, same size).
 * object is a str (encode/translate) or bytes (decode); start/end index into it. */
typedef struct UnicodeErrorObject {
    BaseExceptionObject base;
    Object *encoding, *object;
    ssize_t start, end;
    Object *reason;
} UnicodeErrorObject;
/* BaseExceptionGroup (PEP 654): msg a str, excs a non-empty tuple of exceptions.  ExceptionGroup
 * adds the weak reference list CPython's (heap) type has, so both sizes are CPython's. */
typedef struct BaseExceptionGroupObject {
    BaseExceptionObject base;
    Object *msg, *excs;
} BaseExceptionGroupObject;
typedef struct ExceptionGroupObject {
    BaseExceptionGroupObject base;
    Object *weaklist;
} ExceptionGroupObject;

/* X(CName, python name, base CName, C struct) — the whole 3.11 hierarchy. */
#define EXCEPTION_LIST(X) \
    X(BaseException, "BaseException", BaseException, BaseExceptionObject) \
    X(SystemExit, "SystemExit", BaseException, SystemExitObject) \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException, BaseExceptionObject) \
    X(GeneratorExit, "GeneratorExit", BaseException, BaseExceptionObject) \
    X(Exception, "Exception", BaseException, BaseExceptionObject) \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException, BaseExceptionGroupObject) \
    X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup, ExceptionGroupObject) \
    X(StopIteration, "StopIteration", Exception, StopIterationObject) \
    X(StopAsyncIteration, "StopAsyncIteration", Exception, BaseExceptionObject) \
    X(ArithmeticError, "ArithmeticError", Exception, BaseExceptionObject) \
    X(FloatingPointError, "FloatingPointError", ArithmeticError, BaseExceptionObject) \
    X(OverflowError, "OverflowError", ArithmeticError, BaseExceptionObject) \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError, BaseExceptionObject) \
    X(AssertionError, "AssertionError", Exception, BaseExceptionObject) \
    X(AttributeError, "AttributeError", Exception, AttributeErrorObject) \
    X(BufferError, "BufferError", Exception, BaseExceptionObject) \
    X(EOFError, "EOFError", Exception, BaseExceptionObject) \
    X(ImportError, "ImportError", Exception, ImportErrorObject) \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError, ImportErrorObject) \
    X(LookupError, "LookupError", Exception, BaseExceptionObject) \
    X(IndexError, "IndexError", LookupError, BaseExceptionObject) \
    X(KeyError, "KeyError", LookupError, BaseExceptionObject) \
    X(MemoryError, "MemoryError", Exception, BaseExceptionObject) \
    X(NameError, "NameError", Exception, NameErrorObject) \
    X(UnboundLocalError, "UnboundLocalError", NameError, NameErrorObject) \
    X(OSError, "OSError", Exception, OSErrorObject) \
    X(BlockingIOError, "BlockingIOError", OSError, OSErrorObject) \
    X(ChildProcessError, "ChildProcessError", OSError, OSErrorObject) \
    X(ConnectionError, "ConnectionError", OSError, OSErrorObject) \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError, OSErrorObject) \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError, OSErrorObject) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError, OSErrorObject) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError, OSErrorObject) \
    X(FileExistsError, "FileExistsError", OSError, OSErrorObject) \
    X(FileNotFoundError, "FileNotFoundError", OSError, OSErrorObject) \
    X(InterruptedError, "InterruptedError", OSError, OSErrorObject) \
    X(IsADirectoryError, "IsADirectoryError", OSError, OSErrorObject) \
    X(NotADirectoryError, "NotADirectoryError", OSError, OSErrorObject) \
    X(PermissionError, "PermissionError", OSError, OSErrorObject) \
    X(ProcessLookupError, "ProcessLookupError", OSError, OSErrorObject) \
    X(TimeoutError, "TimeoutError", OSError, OSErrorObject) \
    X(ReferenceError, "ReferenceError", Exception, BaseExceptionObject) \
    X(RuntimeError, "RuntimeError", Exception, BaseExceptionObject) \
    X(NotImplementedError, "NotImplementedError", RuntimeError, BaseExceptionObject) \
    X(RecursionError, "RecursionError", RuntimeError, BaseExceptionObject) \
    X(SyntaxError, "SyntaxError", Exception, SyntaxErrorObject) \
    X(IndentationError, "IndentationError", SyntaxError, SyntaxErrorObject) \
    X(TabError, "TabError", IndentationError, SyntaxErrorObject) \
    X(SystemError, "SystemError", Exception, BaseExceptionObject) \
    X(TypeError, "TypeError", Exception, BaseExceptionObject) \
    X(ValueError, "ValueError", Exception, BaseExceptionObject) \
    X(UnicodeError, "UnicodeError", ValueError, UnicodeErrorObject) \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError, UnicodeErrorObject) \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError, UnicodeErrorObject) \
    X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError, UnicodeErrorObject) \
    X(Warning, "Warning", Exception, BaseExceptionObject) \
    X(DeprecationWarning, "DeprecationWarning", Warning, BaseExceptionObject) \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning, BaseExceptionObject) \
    X(RuntimeWarning, "RuntimeWarning", Warning, BaseExceptionObject) \
    X(SyntaxWarning, "SyntaxWarning", Warning, BaseExceptionObject) \
    X(UserWarning, "UserWarning", Warning, BaseExceptionObject) \
    X(FutureWarning, "FutureWarning", Warning, BaseExceptionObject) \
    X(ImportWarning, "ImportWarning", Warning, BaseExceptionObject) \
    X(UnicodeWarning, "UnicodeWarning", Warning, BaseExceptionObject) \
    X(BytesWarning, "BytesWarning", Warning, BaseExceptionObject) \
    X(ResourceWarning, "ResourceWarning", Warning, BaseExceptionObject) \
    X(EncodingWarning, "EncodingWarning", Warning, BaseExceptionObject)

#define EXC_DECLARE_(cname, pyname, base, st) extern TypeObject Exc_##cname;
EXCEPTION_LIST(EXC_DECLARE_)
#undef EXC_DECLARE_

void exceptions_init(void);      /* readies every exception type; adds them to builtins later */
#define IS_EXCEPTION(o)  TYPE_HAS_FLAG(TYPE(o), TPFLAGS_BASE_EXC_SUBCLASS)
#define IS_EXCEPTION_GROUP(o) IS_INSTANCE(o, &Exc_BaseExceptionGroup)
#define IS_EXCEPTION_CLASS(o) (TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TYPE_SUBCLASS) && \
                               TYPE_HAS_FLAG((TypeObject *)(o), TPFLAGS_BASE_EXC_SUBCLASS))

/* ---- the error indicator ------------------------------------------------------------------- */
Object *err_occurred(void);                         /* borrowed: the pending exception or NULL */
bool    err_matches(TypeObject *type);              /* pending exception is an instance of type */
Object *err_fetch(void);                            /* new ref to the pending exception; clears */
void    err_restore(Object *exc);                   /* steals exc (may be NULL: clears) */
void    err_clear(void);
/* Raise type(value) — value a single argument (not a tuple of args), or NULL for type(). */
void    err_set_object(TypeObject *type, Object *value);
void    err_set_none(TypeObject *type);
void    err_set_string(TypeObject *type, const char *msg);
/* printf-like, with str_from_format's conversions (%s %d %zd %ld %lld %c %x %p %R %S %U %A).
 * Always returns NULL, so `return err_format(...)` reads naturally. */
Object *err_format(TypeObject *type, const char *fmt, ...);
Object *err_formatv(TypeObject *type, const char *fmt, va_list va);
Object *err_no_memory(void);                        /* raises MemoryError, returns NULL */
Object *err_bad_internal_call(const char *where);  /* SystemError */
Object *err_from_errno(TypeObject *type, Object *filename);  /* OSError subclass chosen by errno */
/* Raise exc with the pending exception (if any) as its __context__, as raising inside an except
 * block does. */
void    err_chain(void);
/* Print "Exception ignored in: <repr of obj>" and the pending exception's traceback to stderr,
 * then clear it (as CPython's PyErr_WriteUnraisable; used by __del__). */
void    err_write_unraisable(Object *obj);
/* The same headed "Exception ignored <what>: <repr of obj>" (CPython's _PyErr_WriteUnraisableMsg),
 * e.g. what = "in atexit callback". */
void    err_write_unraisable_msg(const char *what, Object *obj);

/* ---- warnings -------------------------------------------------------------------------------- */
/* Issue a warning of `category` (a Warning subclass) through the warnings module, so its filters
 * and its output format apply.  err_warn points at the running Python code (stacklevel 1 = the
 * caller of the C function), as CPython's PyErr_WarnEx; err_warn_explicit at filename:lineno,
 * as PyErr_WarnExplicitObject (the compiler's SyntaxWarnings).  0, or -1 with an exception set
 * when a filter turns the warning into an error. */
int     err_warn(TypeObject *category, const char *message, int stacklevel);
int     err_warn_explicit(TypeObject *category, const char *message, Object *filename,
                          int lineno);
/* Filled by the VM at start-up (objects must not call into vm/): call warnings.warn /
 * warnings.warn_explicit.  Until then warnings print "filename:lineno: Category: message". */
extern int (*hook_warn)(TypeObject *category, Object *message, int stacklevel);
extern int (*hook_warn_explicit)(TypeObject *category, Object *message, Object *filename,
                                 int lineno);

/* exc matches cls_or_tuple (used by except clauses); 1, 0, -1. */
int     exc_matches(Object *exc, Object *cls_or_tuple);
/* Create an instance: type(*args) with args a C array. */
Object *exc_new(TypeObject *type, Object *const *args, ssize_t nargs);
/* SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) pending;
 * offsets are 1-based character columns as CPython reports them.  text may be NULL. */
void    err_syntax(TypeObject *type, const char *msg, Object *filename, int lineno, int offset,
                   Object *text, int end_lineno, int end_offset);
void    exc_set_traceback(Object *exc, Object *tb);  /* does not steal */
Object *exc_get_traceback(Object *exc);              /* borrowed, may be NULL */
void    exc_set_context(Object *exc, Object *ctx);   /* steals ctx */
void    exc_set_cause(Object *exc, Object *cause);   /* steals cause */

/* ---- additions (exceptions.c / errors.c) ----------------------------------------------------- */
/* CPython's _PyErr_ChainExceptions: if an exception is pending, `saved` becomes its __context__;
 * otherwise `saved` is raised again.  Steals saved (NULL: nothing to do).  Use it when cleanup
 * code that ran with an exception saved (err_fetch) may itself have raised. */
void    err_chain_exceptions(Object *saved);
/* The VM's "handled exception" (sys.exc_info()[1]) as a borrowed reference or NULL.  err_set_*,
 * err_format and err_chain() use it to set the new exception's __context__, as CPython's
 * _PyErr_SetObject does; the VM sets the hook at start-up (NULL: no implicit chaining). */
extern Object *(*hook_handled_exception)(void);
/* The traceback type, owned by the VM (vm_types_init sets this): __traceback__ and
 * with_traceback() accept only its instances or None.  NULL before the VM sets it. */
extern TypeObject *exc_traceback_type;
/* UnicodeDecodeError(encoding, data[:len] as bytes, start, end, reason) /
 * UnicodeEncodeError(encoding, str, start, end, reason): new instance, or NULL + error. */
Object *exc_unicode_decode_error(const char *encoding, const char *data, ssize_t len,
                                 ssize_t start, ssize_t end, const char *reason);
Object *exc_unicode_encode_error(const char *encoding, Object *str, ssize_t start, ssize_t end,
                                 const char *reason);
/* The same, raised (always return NULL). */
Object *err_unicode_decode(const char *encoding, const char *data, ssize_t len,
                           ssize_t start, ssize_t end, const char *reason);
Object *err_unicode_encode(const char *encoding, Object *str, ssize_t start, ssize_t end,
                           const char *reason);
/* Raise an exception instance (steals exc), chaining the handled exception as its __context__. */
void    err_raise(Object *exc);

/* ---- exception groups (PEP 654; exceptions.c) ------------------------------------------------ */
/* BaseExceptionGroup(msg, excs) with msg a C string and excs a sequence: a new reference (an
 * ExceptionGroup when every item is an Exception), or NULL. */
Object *exc_group_new(const char *msg, Object *excs);
/* What `except* type` takes of exc (CPython's exception_group_match): *match is None (no match),
 * exc itself when it is a group that matches as a whole, a naked exc wrapped in
 * ExceptionGroup("", [exc]), or split()'s first part; *rest is the part left over, or None.
 * New references; 0, or -1 with an exception set. */
int     exc_group_match(Object *exc, Object *type, Object **match, Object **rest);
/* The exception an except* statement ends with (CPython's _PyExc_PrepReraiseStar): orig is the
 * exception it caught, excs a list of what its handlers raised plus the unmatched rest (None
 * items are ignored).  Re-raised parts keep orig's structure, new ones join a new group with
 * them.  A new reference (None: nothing to raise), or NULL. */
Object *exc_group_prep_reraise_star(Object *orig, Object *excs);

#endif
