/* iomodule.c — the io module (and _io): open(), FileIO, BufferedReader/Writer/Random,
 * TextIOWrapper, StringIO, BytesIO, and the standard streams behind sys.stdin/stdout/stderr.
 *
 * The layers are CPython's: a TextIOWrapper encodes and decodes over a buffered binary object,
 * which does block I/O over a FileIO, which makes the system calls.  When the layer below is
 * one of ours, a layer calls its C functions directly instead of its methods (the common case,
 * and the fast one); any other object (a BytesIO, a class written in Python) is driven through
 * its methods, so TextIOWrapper(io.BytesIO(...)) works as in CPython.
 *
 * Text is decoded with the str codecs (utf-8, ascii, latin-1 and their aliases).  All three are
 * ASCII-compatible, so the text layer finds line ends in the undecoded bytes ('\n' and '\r'
 * bytes are always those characters) and decodes a line at a time; tell() is then an exact byte
 * position: the buffer's position minus the bytes read ahead and not yet consumed.
 *
 * Buffering: a BufferedWriter collects writes in an 8 KiB buffer (io.DEFAULT_BUFFER_SIZE).
 * sys.stdout is block-buffered when it is not a terminal and line-buffered when it is;
 * sys.stderr is flushed at the end of every write, so an error message is never held back.
 * Every buffered writer is on a list that stream_flush_all() flushes at exit (and before the
 * program reads standard input, so a prompt shows before it blocks). */
#include "modules.h"
#include "../runtime/gc.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* io.DEFAULT_BUFFER_SIZE: CPython's default block size for buffered binary I/O. */
#define DEFAULT_BUFFER_SIZE 8192
/* How much the text layer asks the buffer for at a time (read(-1) uses larger steps). */
#define TEXT_CHUNK 8192

static Object *unsupported_exc;     /* io.UnsupportedOperation (a class), owned */

static TypeObject IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
static TypeObject FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType;
static TypeObject BytesIOType, StringIOType;
#define TextIOType TextStreamType

/* ---- shared helpers ------------------------------------------------------------------------- */

static Object *err_closed(void) {
    err_set_string(&Exc_ValueError, "I/O operation on closed file.");
    return NULL;
}

/* The same without the period, as FileIO, StringIO and the buffered types say it. */
static Object *err_closed_plain(void) {
    err_set_string(&Exc_ValueError, "I/O operation on closed file");
    return NULL;
}

static Object *err_unsupported(const char *msg) {
    if (!unsupported_exc) return err_format(&Exc_OSError, "%s", msg);
    Object *m = str_from_cstr(msg);
    if (!m) return NULL;
    Object *e = obj_call1(unsupported_exc, m);
    DECREF(m);
    if (e) err_raise(e);
    return NULL;
}

/* An optional size argument: None or missing is -1. */
static int size_arg(Object *const *args, ssize_t nargs, ssize_t *out) {
    *out = -1;
    if (nargs == 0 || args[0] == NONE) return 0;
    if (!TYPE(args[0])->tp_as_number || !TYPE(args[0])->tp_as_number->nb_index) {
        err_format(&Exc_TypeError, "argument should be integer or None, not '%.200s'",
                   TYPE(args[0])->tp_name);
        return -1;
    }
    ssize_t n = num_as_ssize(args[0], &Exc_OverflowError);
    if (n == -1 && err_occurred()) return -1;
    *out = n;
    return 0;
}

static Object *call_method0(Object *o, const char *name) { return obj_call_method(o, name, NULL, 0); }

/* obj.closed as a C truth value; -1 on error. */
static int is_closed(Object *o) {
    Object *c = obj_getattr_str(o, "closed");
    if (!c) return -1;
    int r = obj_is_true(c);
    DECREF(c);
    return r;
}

/* A growable byte buffer for results of unknown size. */
typedef struct ByteBuf { char *p; ssize_t len, cap; } ByteBuf;

static int bb_reserve(ByteBuf *b, ssize_t extra) {
    if (b->len + extra <= b->cap) return 0;
    ssize_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra) cap *= 2;
    char *p = mem_realloc(b->p, (size_t)cap);
    if (!p) { err_no_memory(); return -1; }
    b->p = p;
    b->cap = cap;
    return 0;
}

static int bb_append(ByteBuf *b, const char *s, ssize_t n) {
    if (n == 0) return 0;
    if (bb_reserve(b, n) < 0) return -1;
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static Object *bb_finish(ByteBuf *b) {
    Object *r = bytes_from_data(b->p ? b->p : "", b->len);
    mem_free(b->p);
    b->p = NULL;
    return r;
}

/* ==== _IOBase and the abstract bases ============================================================ */
/* These serve classes written in Python on top of io.IOBase & co.: everything goes through the
 * object's own methods.  The concrete C types below override what they do faster. */

static Object *iobase_check_closed(Object *self) {
    int c = is_closed(self);
    if (c < 0) return NULL;
    if (c) return err_closed();
    RETURN_NONE;
}

static Object *iobase_closed_get(Object *self, void *c) {
    Object *v;
    if (obj_lookup_attr(self, str_intern_cstr("__IOBase_closed"), &v) < 0) return NULL;
    if (!v) RETURN_FALSE;
    return v;
}

static Object *iobase_flush(Object *self, Object *unused) { return iobase_check_closed(self); }

static Object *iobase_close(Object *self, Object *unused) {
    int c = is_closed(self);
    if (c < 0) return NULL;
    if (c) RETURN_NONE;
    Object *r = call_method0(self, "flush");
    Object *saved = r ? NULL : err_fetch();
    XDECREF(r);
    if (obj_setattr_str(self, "__IOBase_closed", TRUE_OBJ) < 0) {
        XDECREF(saved);
        return NULL;
    }
    if (saved) { err_restore(saved); return NULL; }
    RETURN_NONE;
}

static Object *iobase_enter(Object *self, Object *unused) {
    Object *r = iobase_check_closed(self);
    if (!r) return NULL;
    DECREF(r);
    return NEWREF(self);
}

static Object *iobase_exit(Object *self, Object *const *args, ssize_t nargs) {
    return call_method0(self, "close");
}

static Object *iobase_iter(Object *self) {
    Object *r = iobase_check_closed(self);
    if (!r) return NULL;
    DECREF(r);
    return NEWREF(self);
}

static Object *iobase_iternext(Object *self) {
    Object *line = call_method0(self, "readline");
    if (!line) return NULL;
    ssize_t n = obj_length(line);
    if (n <= 0) { DECREF(line); return NULL; }
    return line;
}

static Object *iobase_false(Object *self, Object *unused) { RETURN_FALSE; }

static Object *iobase_isatty(Object *self, Object *unused) {
    Object *r = iobase_check_closed(self);
    if (!r) return NULL;
    DECREF(r);
    RETURN_FALSE;
}

static Object *iobase_fileno(Object *self, Object *unused) { return err_unsupported("fileno"); }
static Object *iobase_seek(Object *self, Object *const *a, ssize_t n) { return err_unsupported("seek"); }
static Object *iobase_truncate(Object *self, Object *const *a, ssize_t n) { return err_unsupported("truncate"); }

static Object *iobase_tell(Object *self, Object *unused) {
    Object *args[2] = {int_from_long(0), int_from_long(1)};
    Object *r = obj_call_method(self, "seek", args, 2);
    DECREF(args[0]); DECREF(args[1]);
    return r;
}

/* readline for binary classes written in Python: one read(1) at a time. */
static Object *iobase_readline(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t limit;
    if (args_check_positional("readline", nargs, 0, 1) < 0 || size_arg(args, nargs, &limit) < 0)
        return NULL;
    ByteBuf b = {0};
    Object *one = int_from_long(1);
    while (limit < 0 || b.len < limit) {
        Object *c = obj_call_method(self, "read", &one, 1);
        if (!c) goto fail;
        const char *p; ssize_t n;
        if (c == NONE) { DECREF(c); break; }
        if (bytes_view(c, &p, &n) < 0) { DECREF(c); goto fail; }
        if (n == 0) { DECREF(c); break; }
        int r = bb_append(&b, p, n);
        DECREF(c);
        if (r < 0) goto fail;
        if (b.p[b.len - 1] == '\n') break;
    }
    DECREF(one);
    return bb_finish(&b);
fail:
    DECREF(one);
    mem_free(b.p);
    return NULL;
}

static Object *iobase_readlines(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t hint;
    if (args_check_positional("readlines", nargs, 0, 1) < 0 || size_arg(args, nargs, &hint) < 0)
        return NULL;
    Object *list = list_new(0), *it = list ? obj_get_iter(self) : NULL, *line;
    if (!it) { XDECREF(list); return NULL; }
    ssize_t total = 0;
    while ((line = iter_next(it))) {
        int r = list_append(list, line);
        ssize_t n = obj_length(line);
        DECREF(line);
        if (r < 0 || n < 0) goto fail;
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    if (err_occurred()) goto fail;
    DECREF(it);
    return list;
fail:
    DECREF(it);
    DECREF(list);
    return NULL;
}

static Object *iobase_writelines(Object *self, Object *lines) {
    Object *r = iobase_check_closed(self);
    if (!r) return NULL;
    DECREF(r);
    Object *it = obj_get_iter(lines), *line;
    if (!it) return NULL;
    while ((line = iter_next(it))) {
        Object *w = obj_call_method(self, "write", &line, 1);
        DECREF(line);
        if (!w) { DECREF(it); return NULL; }
        DECREF(w);
    }
    DECREF(it);
    if (err_occurred()) return NULL;
    RETURN_NONE;
}

static MethodDef iobase_methods[] = {
    {"flush", iobase_flush, METH_NOARGS, NULL},
    {"close", iobase_close, METH_NOARGS, NULL},
    {"seekable", iobase_false, METH_NOARGS, NULL},
    {"readable", iobase_false, METH_NOARGS, NULL},
    {"writable", iobase_false, METH_NOARGS, NULL},
    {"isatty", iobase_isatty, METH_NOARGS, NULL},
    {"fileno", iobase_fileno, METH_NOARGS, NULL},
    {"seek", iobase_seek, METH_FASTCALL, NULL},
    {"tell", iobase_tell, METH_NOARGS, NULL},
    {"truncate", iobase_truncate, METH_FASTCALL, NULL},
    {"readline", iobase_readline, METH_FASTCALL, NULL},
    {"readlines", iobase_readlines, METH_FASTCALL, NULL},
    {"writelines", iobase_writelines, METH_O, NULL},
    {"__enter__", iobase_enter, METH_NOARGS, NULL},
    {"__exit__", iobase_exit, METH_FASTCALL, NULL},
    {"_checkClosed", iobase_check_closed, METH_NOARGS, NULL},
    {NULL}
};

static GetSetDef iobase_getset[] = {
    {"closed", iobase_closed_get, NULL, NULL, NULL},
    {NULL}
};

/* RawIOBase.read(size) through readinto(), and readall() through read(). */
static Object *rawiobase_read(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t n;
    if (args_check_positional("read", nargs, 0, 1) < 0 || size_arg(args, nargs, &n) < 0)
        return NULL;
    if (n < 0) return call_method0(self, "readall");
    Object *ba = bytearray_from_data(NULL, n);
    if (!ba) return NULL;
    Object *r = obj_call_method(self, "readinto", &ba, 1);
    if (!r || r == NONE) { DECREF(ba); return r; }
    ssize_t got = num_as_ssize(r, &Exc_OverflowError);
    DECREF(r);
    if (got == -1 && err_occurred()) { DECREF(ba); return NULL; }
    if (got < 0 || got > n) { DECREF(ba); return err_format(&Exc_ValueError, "readinto returned %zd outside buffer size %zd", got, n); }
    Object *res = bytes_from_data(((ByteArrayObject *)ba)->ob_start, got);
    DECREF(ba);
    return res;
}

static Object *rawiobase_readall(Object *self, Object *unused) {
    ByteBuf b = {0};
    Object *sz = int_from_long(DEFAULT_BUFFER_SIZE);
    for (;;) {
        Object *c = obj_call_method(self, "read", &sz, 1);
        if (!c) { DECREF(sz); mem_free(b.p); return NULL; }
        if (c == NONE) {
            DECREF(sz);
            if (b.len == 0) { mem_free(b.p); return c; }
            DECREF(c);
            break;
        }
        const char *p; ssize_t n;
        if (bytes_view(c, &p, &n) < 0 || bb_append(&b, p, n) < 0) {
            DECREF(c); DECREF(sz); mem_free(b.p); return NULL;
        }
        DECREF(c);
        if (n == 0) { DECREF(sz); break; }
    }
    return bb_finish(&b);
}

static MethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, METH_FASTCALL, NULL},
    {"readall", rawiobase_readall, METH_NOARGS, NULL},
    {NULL}
};

static Object *unsupported_read(Object *self, Object *const *a, ssize_t n) { return err_unsupported("read"); }
static Object *unsupported_read1(Object *self, Object *const *a, ssize_t n) { return err_unsupported("read1"); }
static Object *unsupported_readline(Object *self, Object *const *a, ssize_t n) { return err_unsupported("readline"); }
static Object *unsupported_write(Object *self, Object *a) { return err_unsupported("write"); }
static Object *unsupported_detach(Object *self, Object *a) { return err_unsupported("detach"); }

static Object *bufferediobase_readinto(Object *self, Object *arg) {
    if (!IS_BYTEARRAY(arg))
        return err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %.200s", TYPE(arg)->tp_name);
    Object *n = int_from_ssize(SIZE(arg));
    Object *data = n ? obj_call_method(self, "read", &n, 1) : NULL;
    XDECREF(n);
    if (!data) return NULL;
    const char *p; ssize_t len;
    if (bytes_view(data, &p, &len) < 0) { DECREF(data); return NULL; }
    if (len > SIZE(arg)) len = SIZE(arg);
    if (len > 0) memcpy(((ByteArrayObject *)arg)->ob_start, p, (size_t)len);
    DECREF(data);
    return int_from_ssize(len);
}

static MethodDef bufferediobase_methods[] = {
    {"read", unsupported_read, METH_FASTCALL, NULL},
    {"read1", unsupported_read1, METH_FASTCALL, NULL},
    {"write", unsupported_write, METH_O, NULL},
    {"detach", unsupported_detach, METH_NOARGS, NULL},
    {"readinto", bufferediobase_readinto, METH_O, NULL},
    {NULL}
};

static Object *none_get(Object *self, void *c) { RETURN_NONE; }

static MethodDef textiobase_methods[] = {
    {"read", unsupported_read, METH_FASTCALL, NULL},
    {"readline", unsupported_readline, METH_FASTCALL, NULL},
    {"write", unsupported_write, METH_O, NULL},
    {"detach", unsupported_detach, METH_NOARGS, NULL},
    {NULL}
};

static GetSetDef textiobase_getset[] = {
    {"encoding", none_get, NULL, NULL, NULL},
    {"newlines", none_get, NULL, NULL, NULL},
    {"errors", none_get, NULL, NULL, NULL},
    {NULL}
};

/* The abstract bases are plain objects with a __dict__ (their Python subclasses keep state
 * there, e.g. __IOBase_closed). */
#define ABSTRACT_IO_TYPE(var, pyname, base, methods, getset) \
    static TypeObject var = { \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(Object), \
        .tp_flags = TPFLAGS_BASETYPE, \
        .tp_iter = iobase_iter, \
        .tp_iternext = iobase_iternext, \
        .tp_methods = methods, \
        .tp_getset = getset, \
        .tp_base = base, \
    };
ABSTRACT_IO_TYPE(IOBaseType, "_io._IOBase", NULL, iobase_methods, iobase_getset)
ABSTRACT_IO_TYPE(RawIOBaseType, "_io._RawIOBase", &IOBaseType, rawiobase_methods, NULL)
ABSTRACT_IO_TYPE(BufferedIOBaseType, "_io._BufferedIOBase", &IOBaseType, bufferediobase_methods, NULL)
ABSTRACT_IO_TYPE(TextIOBaseType, "_io._TextIOBase", &IOBaseType, textiobase_methods, textiobase_getset)

/* ==== FileIO ====================================================================================== */

typedef struct FileIO {
    OB_HEAD;
    int fd;                     /* -1 once closed */
    bool readable, writable, appending, created, closefd;
    signed char seekable;       /* -1: not yet known */
    Object *name;               /* str, bytes or int as given */
    Object *weakreflist;
} FileIO;

#define IS_FILEIO(o) (TYPE(o) == &FileIOType)

static Object *fileio_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    FileIO *f = (FileIO *)obj_alloc(type);
    if (f) { f->fd = -1; f->seekable = -1; }
    return (Object *)f;
}

/* Parse a FileIO mode ("r", "w+", "ab"...): the open(2) flags, or -1 with ValueError. */
static int fileio_parse_mode(FileIO *f, const char *mode, int *flags) {
    int rwa = 0, plus = 0, fl = 0;
    for (const char *s = mode; *s; s++) {
        switch (*s) {
        case 'r': rwa++; f->readable = true; break;
        case 'w': rwa++; f->writable = true; fl |= O_CREAT | O_TRUNC; break;
        case 'a': rwa++; f->writable = f->appending = true; fl |= O_APPEND | O_CREAT; break;
        case 'x': rwa++; f->writable = f->created = true; fl |= O_EXCL | O_CREAT; break;
        case '+': if (plus++) goto bad; f->readable = f->writable = true; break;
        case 'b': break;
        default: goto bad;
        }
    }
    if (rwa != 1) {
        err_set_string(&Exc_ValueError, "Must have exactly one of create/read/write/append "
                       "mode and at most one plus");
        return -1;
    }
    fl |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags = fl | O_CLOEXEC;
    return 0;
bad:
    err_format(&Exc_ValueError, "invalid mode: %s", mode);
    return -1;
}

/* The path of a str, bytes or os.PathLike argument (new reference to a str or bytes). */
static Object *fspath(Object *file) {
    if (IS_STR(file) || IS_BYTES(file)) return NEWREF(file);
    Object *m = obj_lookup_special(file, str_intern_cstr("__fspath__"));
    if (!m) {
        if (err_occurred()) return NULL;
        return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                          TYPE(file)->tp_name);
    }
    Object *r = obj_call0(m);
    DECREF(m);
    if (r && !IS_STR(r) && !IS_BYTES(r)) {
        err_format(&Exc_TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                   TYPE(file)->tp_name, TYPE(r)->tp_name);
        CLEAR(r);
    }
    return r;
}

static int fileio_init_impl(FileIO *f, Object *file, const char *mode, bool closefd, Object *opener) {
    if (f->fd >= 0 && f->closefd) close(f->fd);
    f->fd = -1;
    f->readable = f->writable = f->appending = f->created = false;
    int flags;
    if (fileio_parse_mode(f, mode, &flags) < 0) return -1;
    if (IS_INSTANCE(file, &FloatType)) {
        err_set_string(&Exc_TypeError, "integer argument expected, got float");
        return -1;
    }
    int fd = -1;
    if (TYPE_HAS_FLAG(TYPE(file), TPFLAGS_LONG_SUBCLASS)) {
        long v = int_as_long(file);
        if (v == -1 && err_occurred()) return -1;
        if (v < 0) { err_set_string(&Exc_ValueError, "negative file descriptor"); return -1; }
        fd = (int)v;
        SETREF(f->name, NEWREF(file));
    } else {
        if (!closefd) {
            err_set_string(&Exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        Object *path = fspath(file);
        if (!path) return -1;
        const char *p = IS_STR(path) ? str_as_utf8(path) : BYTES_DATA(path);
        if (!p) { DECREF(path); return -1; }
        if ((ssize_t)strlen(p) != (IS_STR(path) ? (ssize_t)str_utf8_size(path) : BYTES_LEN(path))) {
            DECREF(path);
            err_set_string(&Exc_ValueError, "embedded null byte");
            return -1;
        }
        SETREF(f->name, NEWREF(file));
        if (opener && opener != NONE) {
            Object *fl = int_from_long(flags);
            Object *r = fl ? obj_call2(opener, file, fl) : NULL;
            XDECREF(fl);
            DECREF(path);
            if (!r) return -1;
            long v = int_as_long(r);
            DECREF(r);
            if (v == -1 && err_occurred()) return -1;
            if (v < 0) { err_format(&Exc_ValueError, "opener returned %ld", v); return -1; }
            fd = (int)v;
        } else {
            do fd = open(p, flags, 0666); while (fd < 0 && errno == EINTR);
            if (fd < 0) {
                err_from_errno(&Exc_OSError, file);
                DECREF(path);
                return -1;
            }
            DECREF(path);
        }
    }
    f->fd = fd;
    f->closefd = closefd;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (closefd) close(fd);
        f->fd = -1;
        errno = EISDIR;
        err_from_errno(&Exc_OSError, file);
        return -1;
    }
    if (f->appending && lseek(fd, 0, SEEK_END) < 0) f->seekable = 0;
    return 0;
}

static int fileio_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"file", "mode", "closefd", "opener", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("FileIO", args, nargs, kwnames, kwlist, 1, 4, a) < 0) return -1;
    const char *mode = "r";
    if (a[1]) {
        if (!IS_STR(a[1])) {
            err_format(&Exc_TypeError, "FileIO() argument 'mode' must be str, not %.200s", TYPE(a[1])->tp_name);
            return -1;
        }
        mode = str_as_utf8(a[1]);
        if (!mode) return -1;
    }
    int closefd = a[2] ? obj_is_true(a[2]) : 1;
    if (closefd < 0) return -1;
    return fileio_init_impl((FileIO *)self, a[0], mode, closefd, a[3]);
}

static int fileio_close_fd(FileIO *f) {
    int fd = f->fd;
    f->fd = -1;
    if (fd >= 0 && f->closefd && close(fd) < 0 && errno != EINTR) {
        err_from_errno(&Exc_OSError, NULL);
        return -1;
    }
    return 0;
}

static void fileio_dealloc(Object *self) {
    FileIO *f = (FileIO *)self;
    if (f->weakreflist && hook_clear_weakrefs) hook_clear_weakrefs(self);
    if (fileio_close_fd(f) < 0) err_clear();
    CLEAR(f->name);
    TYPE(self)->tp_free(self);
}

static Object *fileio_check(FileIO *f, int need) {
    if (f->fd < 0) return err_closed_plain();
    if (need == 'r' && !f->readable) return err_unsupported("File not open for reading");
    if (need == 'w' && !f->writable) return err_unsupported("File not open for writing");
    return NONE;
}

static Object *fileio_readall_fd(int fd) {
    ByteBuf b = {0};
    struct stat st;
    ssize_t hint = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = lseek(fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size > pos) hint = (ssize_t)(st.st_size - pos);
    }
    if (bb_reserve(&b, hint + 1 > DEFAULT_BUFFER_SIZE ? hint + 1 : DEFAULT_BUFFER_SIZE) < 0) return NULL;
    for (;;) {
        if (b.cap - b.len < 1024 && bb_reserve(&b, b.cap) < 0) { mem_free(b.p); return NULL; }
        ssize_t n = read(fd, b.p + b.len, (size_t)(b.cap - b.len));
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN && b.len == 0) { mem_free(b.p); RETURN_NONE; }
            if (errno == EAGAIN) break;
            mem_free(b.p);
            return err_from_errno(&Exc_OSError, NULL);
        }
        if (n == 0) break;
        b.len += n;
    }
    return bb_finish(&b);
}

static Object *fileio_read(Object *self, Object *const *args, ssize_t nargs) {
    FileIO *f = (FileIO *)self;
    ssize_t size;
    if (args_check_positional("read", nargs, 0, 1) < 0 || size_arg(args, nargs, &size) < 0) return NULL;
    if (!fileio_check(f, 'r')) return NULL;
    if (size < 0) return fileio_readall_fd(f->fd);
    Object *b = bytes_from_data(NULL, size);
    if (!b) return NULL;
    ssize_t n;
    do n = read(f->fd, BYTES_DATA(b), (size_t)size); while (n < 0 && errno == EINTR);
    if (n < 0) {
        DECREF(b);
        if (errno == EAGAIN) RETURN_NONE;
        return err_from_errno(&Exc_OSError, NULL);
    }
    if (n != size && bytes_resize(&b, n) < 0) return NULL;
    return b;
}

static Object *fileio_readall(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (!fileio_check(f, 'r')) return NULL;
    return fileio_readall_fd(f->fd);
}

static Object *fileio_readinto(Object *self, Object *arg) {
    FileIO *f = (FileIO *)self;
    if (!fileio_check(f, 'r')) return NULL;
    if (!IS_BYTEARRAY(arg))
        return err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %.200s", TYPE(arg)->tp_name);
    ssize_t n;
    do n = read(f->fd, ((ByteArrayObject *)arg)->ob_start, (size_t)SIZE(arg)); while (n < 0 && errno == EINTR);
    if (n < 0) {
        if (errno == EAGAIN) RETURN_NONE;
        return err_from_errno(&Exc_OSError, NULL);
    }
    return int_from_ssize(n);
}

static Object *fileio_write(Object *self, Object *arg) {
    FileIO *f = (FileIO *)self;
    if (!fileio_check(f, 'w')) return NULL;
    const char *p; ssize_t len;
    if (bytes_view(arg, &p, &len) < 0) return NULL;
    ssize_t n;
    do n = write(f->fd, p, (size_t)len); while (n < 0 && errno == EINTR);
    if (n < 0) {
        if (errno == EAGAIN) RETURN_NONE;
        return err_from_errno(&Exc_OSError, NULL);
    }
    return int_from_ssize(n);
}

static int whence_arg(Object *const *args, ssize_t nargs, int *whence) {
    *whence = SEEK_SET;
    if (nargs < 2) return 0;
    long w = int_as_long(args[1]);
    if (w == -1 && err_occurred()) return -1;
    *whence = (int)w;
    return 0;
}

static Object *fileio_seek(Object *self, Object *const *args, ssize_t nargs) {
    FileIO *f = (FileIO *)self;
    if (args_check_positional("seek", nargs, 1, 2) < 0) return NULL;
    if (f->fd < 0) return err_closed_plain();
    if (IS_INSTANCE(args[0], &FloatType)) return err_format(&Exc_TypeError, "an integer is required");
    long long pos = int_as_long(args[0]);
    int whence;
    if ((pos == -1 && err_occurred()) || whence_arg(args, nargs, &whence) < 0) return NULL;
    off_t r = lseek(f->fd, (off_t)pos, whence);
    if (r < 0) return err_from_errno(&Exc_OSError, NULL);
    f->seekable = 1;
    return int_from_ssize((ssize_t)r);
}

static Object *fileio_tell(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (f->fd < 0) return err_closed_plain();
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return err_from_errno(&Exc_OSError, NULL);
    return int_from_ssize((ssize_t)r);
}

static Object *fileio_truncate(Object *self, Object *const *args, ssize_t nargs) {
    FileIO *f = (FileIO *)self;
    if (args_check_positional("truncate", nargs, 0, 1) < 0) return NULL;
    if (!fileio_check(f, 'w')) return NULL;
    off_t size;
    if (nargs == 0 || args[0] == NONE) {
        size = lseek(f->fd, 0, SEEK_CUR);
        if (size < 0) return err_from_errno(&Exc_OSError, NULL);
    } else {
        ssize_t s = num_as_ssize(args[0], &Exc_OverflowError);
        if (s == -1 && err_occurred()) return NULL;
        size = (off_t)s;
    }
    if (ftruncate(f->fd, size) < 0) return err_from_errno(&Exc_OSError, NULL);
    return int_from_ssize((ssize_t)size);
}

static Object *fileio_close(Object *self, Object *unused) {
    if (fileio_close_fd((FileIO *)self) < 0) return NULL;
    RETURN_NONE;
}

static bool fd_seekable(FileIO *f) {
    if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return f->seekable;
}

static Object *fileio_seekable(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (f->fd < 0) return err_closed_plain();
    return bool_from(fd_seekable(f));
}

static Object *fileio_readable(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (f->fd < 0) return err_closed_plain();
    return bool_from(f->readable);
}

static Object *fileio_writable(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (f->fd < 0) return err_closed_plain();
    return bool_from(f->writable);
}

static Object *fileio_fileno(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (f->fd < 0) return err_closed_plain();
    return int_from_long(f->fd);
}

static Object *fileio_isatty(Object *self, Object *unused) {
    FileIO *f = (FileIO *)self;
    if (f->fd < 0) return err_closed_plain();
    return bool_from(isatty(f->fd));
}

static const char *fileio_mode_str(FileIO *f) {
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

static Object *fileio_mode_get(Object *self, void *c) { return str_from_cstr(fileio_mode_str((FileIO *)self)); }
static Object *fileio_closed_get(Object *self, void *c) { return bool_from(((FileIO *)self)->fd < 0); }
static Object *fileio_closefd_get(Object *self, void *c) { return bool_from(((FileIO *)self)->closefd); }

static Object *fileio_repr(Object *self) {
    FileIO *f = (FileIO *)self;
    const char *tn = TYPE(self)->tp_name;
    if (f->fd < 0) return str_from_format("<%s [closed]>", tn);
    if (!f->name)
        return str_from_format("<%s fd=%d mode='%s' closefd=%s>", tn, f->fd, fileio_mode_str(f),
                               f->closefd ? "True" : "False");
    return str_from_format("<%s name=%R mode='%s' closefd=%s>", tn, f->name, fileio_mode_str(f),
                           f->closefd ? "True" : "False");
}

static MethodDef fileio_methods[] = {
    {"read", fileio_read, METH_FASTCALL, NULL},
    {"readall", fileio_readall, METH_NOARGS, NULL},
    {"readinto", fileio_readinto, METH_O, NULL},
    {"write", fileio_write, METH_O, NULL},
    {"seek", fileio_seek, METH_FASTCALL, NULL},
    {"tell", fileio_tell, METH_NOARGS, NULL},
    {"truncate", fileio_truncate, METH_FASTCALL, NULL},
    {"close", fileio_close, METH_NOARGS, NULL},
    {"seekable", fileio_seekable, METH_NOARGS, NULL},
    {"readable", fileio_readable, METH_NOARGS, NULL},
    {"writable", fileio_writable, METH_NOARGS, NULL},
    {"fileno", fileio_fileno, METH_NOARGS, NULL},
    {"isatty", fileio_isatty, METH_NOARGS, NULL},
    {NULL}
};

static MemberDef fileio_members[] = {
    {"name", T_OBJECT, offsetof(FileIO, name), 0, NULL},
    {NULL}
};

static GetSetDef fileio_getset[] = {
    {"mode", fileio_mode_get, NULL, NULL, NULL},
    {"closed", fileio_closed_get, NULL, NULL, NULL},
    {"closefd", fileio_closefd_get, NULL, NULL, NULL},
    {NULL}
};

static TypeObject FileIOType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_io.FileIO",
    .tp_basicsize = sizeof(FileIO),
    .tp_flags = TPFLAGS_BASETYPE,
    .tp_dealloc = fileio_dealloc,
    .tp_repr = fileio_repr,
    .tp_weaklistoffset = offsetof(FileIO, weakreflist),
    .tp_methods = fileio_methods,
    .tp_members = fileio_members,
    .tp_getset = fileio_getset,
    .tp_base = &RawIOBaseType,
    .tp_init = fileio_init,
    .tp_new = fileio_tp_new,
};

/* ==== BufferedReader, BufferedWriter, BufferedRandom ============================================ */
/* One structure for the three types.  buf holds either read-ahead data (buf[rpos..rlen)) or
 * pending writes (buf[0..wlen)), never both: a write drops the read-ahead (moving the raw
 * position back over it) and a read first flushes the pending writes. */

typedef struct Buffered {
    OB_HEAD;
    Object *raw;
    FileIO *rawfile;            /* raw when it is exactly a FileIO (borrowed), else NULL */
    bool readable, writable, detached;
    char *buf;                  /* bufsize bytes, allocated on first use */
    ssize_t bufsize, rpos, rlen, wlen;
    struct Buffered *prev, *next;   /* the writers stream_flush_all() flushes */
    Object *weakreflist;
} Buffered;

static Buffered *writers;       /* head of the list of live buffered writers */

#define IS_BUFFERED(o) (TYPE(o) == &BufferedReaderType || TYPE(o) == &BufferedWriterType || \
                        TYPE(o) == &BufferedRandomType)

static Object *buffered_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    return obj_alloc(type);
}

static void writers_unlink(Buffered *b) {
    if (b->prev) b->prev->next = b->next;
    else if (writers == b) writers = b->next;
    if (b->next) b->next->prev = b->prev;
    b->prev = b->next = NULL;
}

static int buffered_setup(Buffered *b, Object *raw, ssize_t bufsize) {
    if (bufsize <= 0) {
        err_set_string(&Exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    writers_unlink(b);
    SETREF(b->raw, NEWREF(raw));
    b->rawfile = IS_FILEIO(raw) ? (FileIO *)raw : NULL;
    b->readable = TYPE(b) != &BufferedWriterType;
    b->writable = TYPE(b) != &BufferedReaderType;
    b->detached = false;
    mem_free(b->buf);
    b->buf = NULL;
    b->bufsize = bufsize;
    b->rpos = b->rlen = b->wlen = 0;
    if (b->writable) {
        b->next = writers;
        if (writers) writers->prev = b;
        writers = b;
    }
    return 0;
}

static int buffered_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"raw", "buffer_size", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(TYPE(self)->tp_name + 4, args, nargs, kwnames, kwlist, 1, 2, a) < 0) return -1;
    ssize_t size = DEFAULT_BUFFER_SIZE;
    if (a[1]) {
        size = num_as_ssize(a[1], &Exc_OverflowError);
        if (size == -1 && err_occurred()) return -1;
    }
    return buffered_setup((Buffered *)self, a[0], size);
}

static int buffered_ensure_buf(Buffered *b) {
    if (b->buf) return 0;
    b->buf = mem_alloc((size_t)b->bufsize);
    if (!b->buf) { err_no_memory(); return -1; }
    return 0;
}

static bool buffered_closed(Buffered *b) {
    if (b->rawfile) return b->rawfile->fd < 0;
    if (!b->raw) return true;
    int c = is_closed(b->raw);
    if (c < 0) { err_clear(); return false; }
    return c;
}

/* Check that b can do `need` ('r' read, 'w' write, 0 anything); `verb` names the operation in
 * the closed-file message ("read of closed file"), NULL for the generic message. */
static Object *buffered_check_op(Buffered *b, int need, const char *verb) {
    if (b->detached || !b->raw) return err_format(&Exc_ValueError, "raw stream has been detached");
    if (buffered_closed(b)) {
        if (verb) return err_format(&Exc_ValueError, strcmp(verb, "write to") == 0 ? "%s closed file"
                                                     : "%s of closed file", verb);
        return err_closed_plain();
    }
    if (need == 'r' && !b->readable) return err_unsupported("read");
    if (need == 'w' && !b->writable) return err_unsupported("write");
    return NONE;
}

#define buffered_check(b, need) buffered_check_op((b), (need), NULL)

/* ---- the raw layer: system calls for a FileIO, method calls otherwise ---- */

/* Up to n bytes into dst: the count (0 at EOF), -2 when non-blocking raw has none, -1 error. */
static ssize_t raw_read(Buffered *b, char *dst, ssize_t n) {
    if (b->rawfile) {
        if (b->rawfile->fd == 0) stream_flush_all();    /* a prompt shows before we block */
        for (;;) {
            ssize_t r = read(b->rawfile->fd, dst, (size_t)n);
            if (r >= 0) return r;
            if (errno == EINTR) continue;
            if (errno == EAGAIN) return -2;
            err_from_errno(&Exc_OSError, NULL);
            return -1;
        }
    }
    Object *sz = int_from_ssize(n);
    Object *r = sz ? obj_call_method(b->raw, "read", &sz, 1) : NULL;
    XDECREF(sz);
    if (!r) return -1;
    if (r == NONE) { DECREF(r); return -2; }
    const char *p; ssize_t len;
    if (bytes_view(r, &p, &len) < 0) { DECREF(r); return -1; }
    if (len > n) len = n;
    memcpy(dst, p, (size_t)len);
    DECREF(r);
    return len;
}

static int raw_write_all(Buffered *b, const char *src, ssize_t n) {
    while (n > 0) {
        ssize_t w;
        if (b->rawfile) {
            w = write(b->rawfile->fd, src, (size_t)n);
            if (w < 0) {
                if (errno == EINTR) continue;
                err_from_errno(&Exc_OSError, NULL);
                return -1;
            }
        } else {
            Object *chunk = bytes_from_data(src, n);
            Object *r = chunk ? obj_call_method(b->raw, "write", &chunk, 1) : NULL;
            XDECREF(chunk);
            if (!r) return -1;
            w = r == NONE ? 0 : num_as_ssize(r, &Exc_OverflowError);
            DECREF(r);
            if (w < 0 && err_occurred()) return -1;
            if (w <= 0) { err_set_string(&Exc_BlockingIOError, "write could not complete without blocking"); return -1; }
        }
        src += w;
        n -= w;
    }
    return 0;
}

/* lseek on the raw stream; -1 with an error. */
static long long raw_seek(Buffered *b, long long off, int whence) {
    if (b->rawfile) {
        off_t r = lseek(b->rawfile->fd, (off_t)off, whence);
        if (r < 0) { err_from_errno(&Exc_OSError, NULL); return -1; }
        return r;
    }
    Object *args[2] = {int_from_ssize((ssize_t)off), int_from_long(whence)};
    Object *r = args[0] && args[1] ? obj_call_method(b->raw, "seek", args, 2) : NULL;
    XDECREF(args[0]); XDECREF(args[1]);
    if (!r) return -1;
    long long v = int_as_long(r);
    DECREF(r);
    return v;
}

static int buffered_flush_writes(Buffered *b) {
    if (b->wlen == 0) return 0;
    ssize_t n = b->wlen;
    b->wlen = 0;
    return raw_write_all(b, b->buf, n);
}

/* Give back the read-ahead: move the raw position back over it. */
static int buffered_drop_read(Buffered *b) {
    ssize_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead > 0 && raw_seek(b, -ahead, SEEK_CUR) < 0) return -1;
    return 0;
}

static int buffered_write_data(Buffered *b, const char *p, ssize_t n) {
    if (n == 0) return 0;
    if (b->rlen > b->rpos && buffered_drop_read(b) < 0) return -1;
    b->rpos = b->rlen = 0;
    if (buffered_ensure_buf(b) < 0) return -1;
    if (b->wlen + n <= b->bufsize) {
        memcpy(b->buf + b->wlen, p, (size_t)n);
        b->wlen += n;
        if (b->wlen == b->bufsize) return buffered_flush_writes(b);
        return 0;
    }
    if (buffered_flush_writes(b) < 0) return -1;
    if (n >= b->bufsize) return raw_write_all(b, p, n);
    memcpy(b->buf, p, (size_t)n);
    b->wlen = n;
    return 0;
}

/* Up to n bytes into dst from the read-ahead, else one raw read: the count, 0 at EOF, -1 error,
 * -2 nothing available from a non-blocking stream. */
static ssize_t buffered_read_some(Buffered *b, char *dst, ssize_t n) {
    if (b->wlen && buffered_flush_writes(b) < 0) return -1;
    ssize_t avail = b->rlen - b->rpos;
    if (avail > 0) {
        if (avail > n) avail = n;
        memcpy(dst, b->buf + b->rpos, (size_t)avail);
        b->rpos += avail;
        return avail;
    }
    if (n >= b->bufsize) return raw_read(b, dst, n);
    if (buffered_ensure_buf(b) < 0) return -1;
    ssize_t got = raw_read(b, b->buf, b->bufsize);
    if (got < 0) return got;
    b->rpos = 0;
    b->rlen = got;
    if (got > n) got = n;
    memcpy(dst, b->buf, (size_t)got);
    b->rpos = got;
    return got;
}

static long long buffered_tell_pos(Buffered *b) {
    long long pos = raw_seek(b, 0, SEEK_CUR);
    if (pos < 0) return -1;
    return pos - (b->rlen - b->rpos) + b->wlen;
}

static Object *buffered_read(Object *self, Object *const *args, ssize_t nargs) {
    Buffered *b = (Buffered *)self;
    ssize_t n;
    if (args_check_positional("read", nargs, 0, 1) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    if (n < -1) return err_format(&Exc_ValueError, "read length must be non-negative or -1");
    if (!buffered_check_op(b, 'r', "read")) return NULL;
    if (b->wlen && buffered_flush_writes(b) < 0) return NULL;
    ByteBuf out = {0};
    if (n < 0) {
        if (bb_append(&out, b->buf + b->rpos, b->rlen - b->rpos) < 0) return NULL;
        b->rpos = b->rlen = 0;
        for (;;) {
            if (bb_reserve(&out, 65536) < 0) goto fail;
            ssize_t got = raw_read(b, out.p + out.len, out.cap - out.len);
            if (got == -1) goto fail;
            if (got == -2) { if (out.len == 0) { mem_free(out.p); RETURN_NONE; } break; }
            if (got == 0) break;
            out.len += got;
        }
        return bb_finish(&out);
    }
    if (bb_reserve(&out, n) < 0) return NULL;
    while (out.len < n) {
        ssize_t got = buffered_read_some(b, out.p + out.len, n - out.len);
        if (got == -1) goto fail;
        if (got <= 0) break;
        out.len += got;
    }
    return bb_finish(&out);
fail:
    mem_free(out.p);
    return NULL;
}

static Object *buffered_read1(Object *self, Object *const *args, ssize_t nargs) {
    Buffered *b = (Buffered *)self;
    ssize_t n;
    if (args_check_positional("read1", nargs, 0, 1) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    if (!buffered_check_op(b, 'r', "read")) return NULL;
    if (n < 0) n = b->bufsize;
    Object *r = bytes_from_data(NULL, n);
    if (!r) return NULL;
    ssize_t got = n ? buffered_read_some(b, BYTES_DATA(r), n) : 0;
    if (got == -1) { DECREF(r); return NULL; }
    if (got < 0) got = 0;
    if (got != n && bytes_resize(&r, got) < 0) return NULL;
    return r;
}

static Object *buffered_readinto(Object *self, Object *arg) {
    Buffered *b = (Buffered *)self;
    if (!buffered_check(b, 'r')) return NULL;
    if (!IS_BYTEARRAY(arg))
        return err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %.200s", TYPE(arg)->tp_name);
    char *dst = ((ByteArrayObject *)arg)->ob_start;
    ssize_t n = SIZE(arg), total = 0;
    while (total < n) {
        ssize_t got = buffered_read_some(b, dst + total, n - total);
        if (got == -1) return NULL;
        if (got <= 0) break;
        total += got;
    }
    return int_from_ssize(total);
}

static Object *buffered_peek(Object *self, Object *const *args, ssize_t nargs) {
    Buffered *b = (Buffered *)self;
    if (args_check_positional("peek", nargs, 0, 1) < 0) return NULL;
    if (!buffered_check_op(b, 'r', "peek")) return NULL;
    if (b->wlen && buffered_flush_writes(b) < 0) return NULL;
    if (b->rlen == b->rpos) {
        if (buffered_ensure_buf(b) < 0) return NULL;
        ssize_t got = raw_read(b, b->buf, b->bufsize);
        if (got == -1) return NULL;
        b->rpos = 0;
        b->rlen = got < 0 ? 0 : got;
    }
    return bytes_from_data(b->buf + b->rpos, b->rlen - b->rpos);
}

static Object *buffered_readline_impl(Buffered *b, ssize_t limit) {
    if (!buffered_check_op(b, 'r', "readline")) return NULL;
    if (b->wlen && buffered_flush_writes(b) < 0) return NULL;
    if (buffered_ensure_buf(b) < 0) return NULL;
    ByteBuf out = {0};
    for (;;) {
        ssize_t avail = b->rlen - b->rpos;
        if (limit >= 0 && avail > limit - out.len) avail = limit - out.len;
        char *start = b->buf + b->rpos, *nl = memchr(start, '\n', (size_t)avail);
        ssize_t take = nl ? nl - start + 1 : avail;
        if (bb_append(&out, start, take) < 0) goto fail;
        b->rpos += take;
        if (nl || (limit >= 0 && out.len >= limit)) break;
        ssize_t got = raw_read(b, b->buf, b->bufsize);
        if (got == -1) goto fail;
        b->rpos = 0;
        b->rlen = got < 0 ? 0 : got;
        if (got <= 0) break;
    }
    return bb_finish(&out);
fail:
    mem_free(out.p);
    return NULL;
}

static Object *buffered_readline(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t limit;
    if (args_check_positional("readline", nargs, 0, 1) < 0 || size_arg(args, nargs, &limit) < 0) return NULL;
    return buffered_readline_impl((Buffered *)self, limit);
}

static Object *buffered_iternext(Object *self) {
    Object *line = buffered_readline_impl((Buffered *)self, -1);
    if (line && BYTES_LEN(line) == 0) CLEAR(line);
    return line;
}

static Object *buffered_iter(Object *self) {
    if (buffered_closed((Buffered *)self)) return err_closed();
    return NEWREF(self);
}

static Object *buffered_write(Object *self, Object *arg) {
    Buffered *b = (Buffered *)self;
    if (!b->writable && !b->detached && b->raw) return err_unsupported("write");
    if (!buffered_check_op(b, 'w', "write to")) return NULL;
    const char *p; ssize_t n;
    if (bytes_view(arg, &p, &n) < 0) return NULL;
    if (buffered_write_data(b, p, n) < 0) return NULL;
    return int_from_ssize(n);
}

static Object *buffered_flush(Object *self, Object *unused) {
    Buffered *b = (Buffered *)self;
    if (!b->writable && buffered_closed(b)) return err_closed();
    if (!buffered_check_op(b, 0, "flush")) return NULL;
    if (buffered_flush_writes(b) < 0) return NULL;
    if (!b->rawfile) {
        Object *r = call_method0(b->raw, "flush");
        if (!r) return NULL;
        DECREF(r);
    }
    RETURN_NONE;
}

static Object *buffered_seek(Object *self, Object *const *args, ssize_t nargs) {
    Buffered *b = (Buffered *)self;
    if (args_check_positional("seek", nargs, 1, 2) < 0) return NULL;
    if (!buffered_check_op(b, 0, "seek")) return NULL;
    long long off = int_as_long(args[0]);
    int whence;
    if ((off == -1 && err_occurred()) || whence_arg(args, nargs, &whence) < 0) return NULL;
    if (whence < 0 || whence > 2)
        return err_format(&Exc_ValueError, "whence value %d unsupported", whence);
    if (buffered_flush_writes(b) < 0) return NULL;
    if (whence == SEEK_CUR) off -= b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    long long r = raw_seek(b, off, whence);
    if (r < 0) return NULL;
    return int_from_ssize((ssize_t)r);
}

static Object *buffered_tell(Object *self, Object *unused) {
    Buffered *b = (Buffered *)self;
    if (!buffered_check(b, 0)) return NULL;
    long long pos = buffered_tell_pos(b);
    return pos < 0 ? NULL : int_from_ssize((ssize_t)pos);
}

static Object *buffered_truncate(Object *self, Object *const *args, ssize_t nargs) {
    Buffered *b = (Buffered *)self;
    if (args_check_positional("truncate", nargs, 0, 1) < 0) return NULL;
    if (!buffered_check(b, 'w')) return NULL;
    if (buffered_flush_writes(b) < 0 || buffered_drop_read(b) < 0) return NULL;
    return obj_call_method(b->raw, "truncate", args, nargs);
}

static int buffered_close_impl(Buffered *b) {
    if (b->detached || !b->raw || buffered_closed(b)) return 0;
    int r = buffered_flush_writes(b);
    Object *saved = r < 0 ? err_fetch() : NULL;
    Object *c = call_method0(b->raw, "close");
    if (c) DECREF(c);
    if (saved) { err_chain_exceptions(saved); return -1; }
    writers_unlink(b);
    return c ? 0 : -1;
}

static Object *buffered_close(Object *self, Object *unused) {
    if (buffered_close_impl((Buffered *)self) < 0) return NULL;
    RETURN_NONE;
}

static Object *buffered_detach(Object *self, Object *unused) {
    Buffered *b = (Buffered *)self;
    if (!buffered_check(b, 0)) return NULL;
    if (buffered_flush_writes(b) < 0) return NULL;
    writers_unlink(b);
    b->detached = true;
    Object *raw = b->raw;
    b->raw = NULL;
    b->rawfile = NULL;
    return raw;
}

static Object *raw_forward(Object *self, const char *name) {
    Buffered *b = (Buffered *)self;
    if (!buffered_check(b, 0)) return NULL;
    return call_method0(b->raw, name);
}

static Object *buffered_fileno(Object *self, Object *u) { return raw_forward(self, "fileno"); }
static Object *buffered_isatty(Object *self, Object *u) { return raw_forward(self, "isatty"); }
static Object *buffered_seekable(Object *self, Object *u) { return raw_forward(self, "seekable"); }
static Object *buffered_readable(Object *self, Object *u) {
    if (!buffered_check((Buffered *)self, 0)) return NULL;
    return bool_from(((Buffered *)self)->readable);
}
static Object *buffered_writable(Object *self, Object *u) {
    if (!buffered_check((Buffered *)self, 0)) return NULL;
    return bool_from(((Buffered *)self)->writable);
}

static Object *buffered_raw_attr(Object *self, const char *name) {
    Buffered *b = (Buffered *)self;
    if (!b->raw) return err_format(&Exc_ValueError, "raw stream has been detached");
    return obj_getattr_str(b->raw, name);
}
static Object *buffered_name_get(Object *self, void *c) { return buffered_raw_attr(self, "name"); }
static Object *buffered_mode_get(Object *self, void *c) { return buffered_raw_attr(self, "mode"); }
static Object *buffered_closed_get(Object *self, void *c) {
    Buffered *b = (Buffered *)self;
    if (b->rawfile) return bool_from(b->rawfile->fd < 0);
    return buffered_raw_attr(self, "closed");
}

static Object *buffered_repr(Object *self) {
    Object *name;
    const char *tn = TYPE(self)->tp_name;
    if (!((Buffered *)self)->raw || obj_lookup_attr(((Buffered *)self)->raw, ID(name), &name) < 0) {
        err_clear();
        name = NULL;
    }
    if (!name) return str_from_format("<%s>", tn);
    Object *r = str_from_format("<%s name=%R>", tn, name);
    DECREF(name);
    return r;
}

static void buffered_dealloc(Object *self) {
    Buffered *b = (Buffered *)self;
    gc_untrack(self);
    if (b->weakreflist && hook_clear_weakrefs) hook_clear_weakrefs(self);
    Object *saved = err_fetch();
    if (buffered_close_impl(b) < 0) err_clear();
    err_restore(saved);
    writers_unlink(b);
    CLEAR(b->raw);
    mem_free(b->buf);
    b->buf = NULL;
    TYPE(self)->tp_free(self);
}

static int buffered_traverse(Object *self, visitproc visit, void *arg) {
    Object *raw = ((Buffered *)self)->raw;
    return raw ? visit(raw, arg) : 0;
}

static int buffered_tp_clear(Object *self) {
    Buffered *b = (Buffered *)self;
    b->rawfile = NULL;
    CLEAR(b->raw);
    return 0;
}

static Object *buffered_sizeof(Object *self, Object *unused) {
    Buffered *b = (Buffered *)self;
    return int_from_ssize((ssize_t)sizeof(Buffered) + (b->buf ? b->bufsize : 0));
}

static MethodDef buffered_methods[] = {
    {"read", buffered_read, METH_FASTCALL, NULL},
    {"read1", buffered_read1, METH_FASTCALL, NULL},
    {"readinto", buffered_readinto, METH_O, NULL},
    {"peek", buffered_peek, METH_FASTCALL, NULL},
    {"readline", buffered_readline, METH_FASTCALL, NULL},
    {"write", buffered_write, METH_O, NULL},
    {"flush", buffered_flush, METH_NOARGS, NULL},
    {"seek", buffered_seek, METH_FASTCALL, NULL},
    {"tell", buffered_tell, METH_NOARGS, NULL},
    {"truncate", buffered_truncate, METH_FASTCALL, NULL},
    {"close", buffered_close, METH_NOARGS, NULL},
    {"detach", buffered_detach, METH_NOARGS, NULL},
    {"fileno", buffered_fileno, METH_NOARGS, NULL},
    {"isatty", buffered_isatty, METH_NOARGS, NULL},
    {"seekable", buffered_seekable, METH_NOARGS, NULL},
    {"readable", buffered_readable, METH_NOARGS, NULL},
    {"writable", buffered_writable, METH_NOARGS, NULL},
    {"__sizeof__", buffered_sizeof, METH_NOARGS, NULL},
    {NULL}
};

static MemberDef buffered_members[] = {
    {"raw", T_OBJECT, offsetof(Buffered, raw), READONLY, NULL},
    {NULL}
};

static GetSetDef buffered_getset[] = {
    {"name", buffered_name_get, NULL, NULL, NULL},
    {"mode", buffered_mode_get, NULL, NULL, NULL},
    {"closed", buffered_closed_get, NULL, NULL, NULL},
    {NULL}
};

#define BUFFERED_TYPE(var, pyname) \
    static TypeObject var = { \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(Buffered), \
        .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, \
        .tp_dealloc = buffered_dealloc, \
        .tp_repr = buffered_repr, \
        .tp_traverse = buffered_traverse, \
        .tp_clear = buffered_tp_clear, \
        .tp_weaklistoffset = offsetof(Buffered, weakreflist), \
        .tp_iter = buffered_iter, \
        .tp_iternext = buffered_iternext, \
        .tp_methods = buffered_methods, \
        .tp_members = buffered_members, \
        .tp_getset = buffered_getset, \
        .tp_base = &BufferedIOBaseType, \
        .tp_init = buffered_init, \
        .tp_new = buffered_tp_new, \
    };
BUFFERED_TYPE(BufferedReaderType, "_io.BufferedReader")
BUFFERED_TYPE(BufferedWriterType, "_io.BufferedWriter")
BUFFERED_TYPE(BufferedRandomType, "_io.BufferedRandom")

/* ==== BytesIO ===================================================================================== */

typedef struct BytesIO {
    OB_HEAD;
    char *buf;
    ssize_t len, cap, pos;
    bool closed;
    Object *dict;
    Object *weakreflist;
} BytesIO;

static Object *bytesio_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    return obj_alloc(type);
}

static Object *bytesio_check(BytesIO *b) { return b->closed ? err_closed() : NONE; }

/* Make room for the bytes up to `end`, zero-filling any gap between len and pos. */
static int bytesio_write_at(BytesIO *b, const char *p, ssize_t n) {
    if (n == 0) return 0;
    ssize_t end = b->pos + n;
    if (end > b->cap) {
        ssize_t cap = b->cap ? b->cap : 64;
        while (cap < end) cap += cap / 2 + 64;
        char *nb = mem_realloc(b->buf, (size_t)cap);
        if (!nb) { err_no_memory(); return -1; }
        b->buf = nb;
        b->cap = cap;
    }
    if (b->pos > b->len) memset(b->buf + b->len, 0, (size_t)(b->pos - b->len));
    memcpy(b->buf + b->pos, p, (size_t)n);
    b->pos = end;
    if (end > b->len) b->len = end;
    return 0;
}

static int bytesio_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"initial_bytes", NULL};
    Object *a[1] = {NULL};
    if (args_parse("BytesIO", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return -1;
    BytesIO *b = (BytesIO *)self;
    b->len = b->pos = 0;
    b->closed = false;
    if (a[0] && a[0] != NONE) {
        const char *p; ssize_t n;
        if (bytes_view(a[0], &p, &n) < 0 || bytesio_write_at(b, p, n) < 0) return -1;
        b->pos = 0;
    }
    return 0;
}

static void bytesio_dealloc(Object *self) {
    BytesIO *b = (BytesIO *)self;
    gc_untrack(self);
    if (b->weakreflist && hook_clear_weakrefs) hook_clear_weakrefs(self);
    CLEAR(b->dict);
    mem_free(b->buf);
    TYPE(self)->tp_free(self);
}

static int bytesio_traverse(Object *self, visitproc visit, void *arg) {
    Object *d = ((BytesIO *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int bytesio_tp_clear(Object *self) {
    CLEAR(((BytesIO *)self)->dict);
    return 0;
}

static Object *bytesio_getvalue(Object *self, Object *unused) {
    BytesIO *b = (BytesIO *)self;
    if (!bytesio_check(b)) return NULL;
    return bytes_from_data(b->buf ? b->buf : "", b->len);
}

static Object *bytesio_getbuffer(Object *self, Object *unused) {
    /* A memoryview of a bytearray copy: writes to it do not reach the BytesIO, and the BytesIO
     * may be resized while the view is alive (no export count). */
    BytesIO *b = (BytesIO *)self;
    if (!bytesio_check(b)) return NULL;
    Object *copy = bytearray_from_data(b->buf ? b->buf : "", b->len);
    if (!copy) return NULL;
    Object *mv = memoryview_from_object(copy);
    DECREF(copy);
    return mv;
}

static Object *bytesio_take(BytesIO *b, ssize_t n) {
    ssize_t avail = b->len > b->pos ? b->len - b->pos : 0;
    if (n < 0 || n > avail) n = avail;
    Object *r = bytes_from_data(n ? b->buf + b->pos : "", n);
    if (r) b->pos += n;
    return r;
}

static Object *bytesio_read(Object *self, Object *const *args, ssize_t nargs) {
    BytesIO *b = (BytesIO *)self;
    ssize_t n;
    if (args_check_positional("read", nargs, 0, 1) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    if (!bytesio_check(b)) return NULL;
    return bytesio_take(b, n);
}

static Object *bytesio_readline_impl(BytesIO *b, ssize_t limit) {
    if (!bytesio_check(b)) return NULL;
    ssize_t avail = b->len > b->pos ? b->len - b->pos : 0;
    if (limit >= 0 && limit < avail) avail = limit;
    char *nl = avail ? memchr(b->buf + b->pos, '\n', (size_t)avail) : NULL;
    return bytesio_take(b, nl ? nl - (b->buf + b->pos) + 1 : avail);
}

static Object *bytesio_readline(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t limit;
    if (args_check_positional("readline", nargs, 0, 1) < 0 || size_arg(args, nargs, &limit) < 0) return NULL;
    return bytesio_readline_impl((BytesIO *)self, limit);
}

static Object *bytesio_iternext(Object *self) {
    Object *line = bytesio_readline_impl((BytesIO *)self, -1);
    if (line && BYTES_LEN(line) == 0) CLEAR(line);
    return line;
}

static Object *bytesio_iter(Object *self) {
    return NEWREF(self);
}

static Object *bytesio_readinto(Object *self, Object *arg) {
    BytesIO *b = (BytesIO *)self;
    if (!bytesio_check(b)) return NULL;
    if (!IS_BYTEARRAY(arg))
        return err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %.200s", TYPE(arg)->tp_name);
    ssize_t avail = b->len > b->pos ? b->len - b->pos : 0, n = SIZE(arg);
    if (n > avail) n = avail;
    if (n > 0) memcpy(((ByteArrayObject *)arg)->ob_start, b->buf + b->pos, (size_t)n);
    b->pos += n;
    return int_from_ssize(n);
}

static Object *bytesio_write(Object *self, Object *arg) {
    BytesIO *b = (BytesIO *)self;
    if (!bytesio_check(b)) return NULL;
    const char *p; ssize_t n;
    if (bytes_view(arg, &p, &n) < 0) return NULL;
    if (n && bytesio_write_at(b, p, n) < 0) return NULL;
    return int_from_ssize(n);
}

static Object *bytesio_seek(Object *self, Object *const *args, ssize_t nargs) {
    BytesIO *b = (BytesIO *)self;
    if (args_check_positional("seek", nargs, 1, 2) < 0) return NULL;
    if (!bytesio_check(b)) return NULL;
    ssize_t pos = num_as_ssize(args[0], &Exc_OverflowError);
    int whence;
    if ((pos == -1 && err_occurred()) || whence_arg(args, nargs, &whence) < 0) return NULL;
    if (whence == 0 && pos < 0) return err_format(&Exc_ValueError, "negative seek value %zd", pos);
    if (whence == 1) pos += b->pos;
    else if (whence == 2) pos += b->len;
    else if (whence != 0)
        return err_format(&Exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (pos < 0) pos = 0;
    b->pos = pos;
    return int_from_ssize(pos);
}

static Object *bytesio_tell(Object *self, Object *unused) {
    BytesIO *b = (BytesIO *)self;
    if (!bytesio_check(b)) return NULL;
    return int_from_ssize(b->pos);
}

static Object *bytesio_truncate(Object *self, Object *const *args, ssize_t nargs) {
    BytesIO *b = (BytesIO *)self;
    if (args_check_positional("truncate", nargs, 0, 1) < 0) return NULL;
    if (!bytesio_check(b)) return NULL;
    ssize_t size = b->pos;
    if (nargs && args[0] != NONE) {
        size = num_as_ssize(args[0], &Exc_OverflowError);
        if (size == -1 && err_occurred()) return NULL;
        if (size < 0) return err_format(&Exc_ValueError, "negative size value %zd", size);
    }
    if (size < b->len) b->len = size;
    return int_from_ssize(size);
}

static Object *bytesio_close(Object *self, Object *unused) {
    ((BytesIO *)self)->closed = true;
    RETURN_NONE;
}

static Object *bytesio_true(Object *self, Object *unused) {
    if (!bytesio_check((BytesIO *)self)) return NULL;
    RETURN_TRUE;
}

static Object *bytesio_flush(Object *self, Object *unused) {
    if (!bytesio_check((BytesIO *)self)) return NULL;
    RETURN_NONE;
}

static Object *bytesio_isatty(Object *self, Object *unused) {
    if (!bytesio_check((BytesIO *)self)) return NULL;
    RETURN_FALSE;
}

static Object *bytesio_closed_get(Object *self, void *c) { return bool_from(((BytesIO *)self)->closed); }

static Object *bytesio_sizeof(Object *self, Object *unused) {
    return int_from_ssize((ssize_t)sizeof(BytesIO) + ((BytesIO *)self)->cap);
}

static MethodDef bytesio_methods[] = {
    {"getvalue", bytesio_getvalue, METH_NOARGS, NULL},
    {"getbuffer", bytesio_getbuffer, METH_NOARGS, NULL},
    {"read", bytesio_read, METH_FASTCALL, NULL},
    {"read1", bytesio_read, METH_FASTCALL, NULL},
    {"readline", bytesio_readline, METH_FASTCALL, NULL},
    {"readinto", bytesio_readinto, METH_O, NULL},
    {"write", bytesio_write, METH_O, NULL},
    {"seek", bytesio_seek, METH_FASTCALL, NULL},
    {"tell", bytesio_tell, METH_NOARGS, NULL},
    {"truncate", bytesio_truncate, METH_FASTCALL, NULL},
    {"close", bytesio_close, METH_NOARGS, NULL},
    {"flush", bytesio_flush, METH_NOARGS, NULL},
    {"isatty", bytesio_isatty, METH_NOARGS, NULL},
    {"readable", bytesio_true, METH_NOARGS, NULL},
    {"writable", bytesio_true, METH_NOARGS, NULL},
    {"seekable", bytesio_true, METH_NOARGS, NULL},
    {"__sizeof__", bytesio_sizeof, METH_NOARGS, NULL},
    {NULL}
};

static GetSetDef bytesio_getset[] = {
    {"closed", bytesio_closed_get, NULL, NULL, NULL},
    {NULL}
};

static TypeObject BytesIOType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_io.BytesIO",
    .tp_basicsize = sizeof(BytesIO),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_dealloc = bytesio_dealloc,
    .tp_traverse = bytesio_traverse,
    .tp_clear = bytesio_tp_clear,
    .tp_weaklistoffset = offsetof(BytesIO, weakreflist),
    .tp_dictoffset = offsetof(BytesIO, dict),
    .tp_iter = bytesio_iter,
    .tp_iternext = bytesio_iternext,
    .tp_methods = bytesio_methods,
    .tp_getset = bytesio_getset,
    .tp_base = &BufferedIOBaseType,
    .tp_init = bytesio_init,
    .tp_new = bytesio_tp_new,
};

/* ==== newline modes (StringIO and TextIOWrapper) =================================================== */

/* newline=None: universal newlines, translated to "\n" when read; "" universal, untranslated;
 * "\n", "\r", "\r\n": lines end only there, and "\n" written becomes that. */
enum { NL_NONE, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

static int parse_newline(const char *fname, Object *nl, int *mode) {
    if (!nl || nl == NONE) { *mode = NL_NONE; return 0; }
    if (!IS_STR(nl)) {
        err_format(&Exc_TypeError, "%s() argument 'newline' must be str or None, not %.200s",
                   fname, TYPE(nl)->tp_name);
        return -1;
    }
    static const char *const texts[] = {NULL, "", "\n", "\r", "\r\n"};
    for (int i = 1; i < 5; i++)
        if (str_eq_cstr(nl, texts[i])) { *mode = i; return 0; }
    err_format(&Exc_ValueError, "illegal newline value: %U", nl);
    return -1;
}

static Object *newlines_value(int seen) {
    static const char *const one[] = {NULL, "\r", "\n", NULL, "\r\n"};
    if (seen == 0) RETURN_NONE;
    if (seen == SEEN_CR || seen == SEEN_LF || seen == SEEN_CRLF) return str_from_cstr(one[seen]);
    Object *t, *parts[3];
    int n = 0;
    if (seen & SEEN_CR) parts[n++] = str_from_cstr("\r");
    if (seen & SEEN_LF) parts[n++] = str_from_cstr("\n");
    if (seen & SEEN_CRLF) parts[n++] = str_from_cstr("\r\n");
    t = tuple_new(n);
    for (int i = 0; i < n; i++) {
        if (!parts[i] || !t) { for (int k = i; k < n; k++) XDECREF(parts[k]); XDECREF(t); return NULL; }
        TUPLE_SET(t, i, parts[i]);
    }
    return t;
}

/* ==== StringIO ===================================================================================== */
/* The text is kept as an array of code points, so positions (seek/tell) are character indexes. */

typedef struct StringIO {
    OB_HEAD;
    uint32_t *buf;
    ssize_t len, cap, pos;
    int nl;
    int seen;
    bool closed, ok;
    Object *dict;
    Object *weakreflist;
} StringIO;

static Object *stringio_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    StringIO *s = (StringIO *)obj_alloc(type);
    if (s) s->nl = NL_LF;
    return (Object *)s;
}

static Object *stringio_check(StringIO *s) {
    if (!s->ok) return err_format(&Exc_ValueError, "I/O operation on uninitialized object");
    return s->closed ? err_closed_plain() : NONE;
}

static int stringio_reserve(StringIO *s, ssize_t end) {
    if (end <= s->cap) return 0;
    ssize_t cap = s->cap ? s->cap : 32;
    while (cap < end) cap += cap / 2 + 32;
    uint32_t *nb = mem_realloc(s->buf, (size_t)cap * sizeof(uint32_t));
    if (!nb) { err_no_memory(); return -1; }
    s->buf = nb;
    s->cap = cap;
    return 0;
}

/* Write str at the position, with the newline translation of the mode; returns 0 or -1. */
static int stringio_write_str(StringIO *s, Object *text) {
    ssize_t n = STR_LEN(text);
    int kind = STR_KIND(text);
    const void *data = STR_DATA(text);
    /* "\n" may become two characters ("\r\n"). */
    ssize_t room = s->nl == NL_CRLF ? 2 * n : n;
    if (stringio_reserve(s, s->pos + room) < 0) return -1;
    if (s->pos > s->len) memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    uint32_t *out = s->buf + s->pos;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_READ(kind, data, i);
        switch (s->nl) {
        case NL_NONE:           /* written "\r\n" and "\r" are stored as "\n" */
            if (c == '\r') {
                if (i + 1 < n && STR_READ(kind, data, i + 1) == '\n') { i++; s->seen |= SEEN_CRLF; }
                else s->seen |= SEEN_CR;
                c = '\n';
            } else if (c == '\n') {
                s->seen |= SEEN_LF;
            }
            break;
        case NL_CR:
            if (c == '\n') c = '\r';
            break;
        case NL_CRLF:
            if (c == '\n') *out++ = '\r';
            break;
        }
        *out++ = c;
    }
    s->pos = out - s->buf;
    if (s->pos > s->len) s->len = s->pos;
    return 0;
}

static int stringio_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"initial_value", "newline", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("StringIO", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return -1;
    StringIO *s = (StringIO *)self;
    if (a[0] && a[0] != NONE && !IS_STR(a[0])) {
        err_format(&Exc_TypeError, "initial_value must be str or None, not %.200s", TYPE(a[0])->tp_name);
        return -1;
    }
    int nl = NL_LF;
    if (a[1] && parse_newline("StringIO", a[1], &nl) < 0) return -1;
    s->nl = nl;
    s->len = s->pos = 0;
    s->seen = 0;
    s->closed = false;
    s->ok = true;
    if (a[0] && a[0] != NONE && STR_LEN(a[0]) > 0) {
        if (stringio_write_str(s, a[0]) < 0) return -1;
        s->pos = 0;
    }
    return 0;
}

static void stringio_dealloc(Object *self) {
    StringIO *s = (StringIO *)self;
    gc_untrack(self);
    if (s->weakreflist && hook_clear_weakrefs) hook_clear_weakrefs(self);
    CLEAR(s->dict);
    mem_free(s->buf);
    TYPE(self)->tp_free(self);
}

static int stringio_traverse(Object *self, visitproc visit, void *arg) {
    Object *d = ((StringIO *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int stringio_tp_clear(Object *self) {
    CLEAR(((StringIO *)self)->dict);
    return 0;
}

static Object *stringio_getvalue(Object *self, Object *unused) {
    StringIO *s = (StringIO *)self;
    if (!stringio_check(s)) return NULL;
    return str_from_ucs4(s->buf, s->len);
}

static Object *stringio_take(StringIO *s, ssize_t n) {
    ssize_t avail = s->len > s->pos ? s->len - s->pos : 0;
    if (n < 0 || n > avail) n = avail;
    Object *r = n ? str_from_ucs4(s->buf + s->pos, n) : NEWREF(empty_str);
    if (r) s->pos += n;
    return r;
}

static Object *stringio_read(Object *self, Object *const *args, ssize_t nargs) {
    StringIO *s = (StringIO *)self;
    ssize_t n;
    if (args_check_positional("read", nargs, 0, 1) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    if (!stringio_check(s)) return NULL;
    return stringio_take(s, n);
}

/* Length of the line starting at p (at most n code points), terminator included. */
static ssize_t line_length_u4(const uint32_t *p, ssize_t n, int nl) {
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = p[i];
        switch (nl) {
        case NL_NONE: case NL_LF:
            if (c == '\n') return i + 1;
            break;
        case NL_CR:
            if (c == '\r') return i + 1;
            break;
        case NL_CRLF:
            if (c == '\r' && i + 1 < n && p[i + 1] == '\n') return i + 2;
            break;
        case NL_EMPTY:
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1;
            break;
        }
    }
    return n;
}

static Object *stringio_readline_impl(StringIO *s, ssize_t limit) {
    if (!stringio_check(s)) return NULL;
    ssize_t avail = s->len > s->pos ? s->len - s->pos : 0;
    if (limit >= 0 && limit < avail) avail = limit;
    return stringio_take(s, line_length_u4(s->buf + s->pos, avail, s->nl));
}

static Object *stringio_readline(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t limit;
    if (args_check_positional("readline", nargs, 0, 1) < 0 || size_arg(args, nargs, &limit) < 0) return NULL;
    return stringio_readline_impl((StringIO *)self, limit);
}

static Object *stringio_iternext(Object *self) {
    Object *line;
    if (TYPE(self) == &StringIOType) {
        line = stringio_readline_impl((StringIO *)self, -1);
    } else {
        line = call_method0(self, "readline");     /* a subclass may override readline */
        if (line && !IS_STR(line)) {
            err_format(&Exc_OSError, "readline() should have returned a str object, not '%.200s'", TYPE(line)->tp_name);
            CLEAR(line);
        }
    }
    if (line && STR_LEN(line) == 0) CLEAR(line);
    return line;
}

static Object *stringio_iter(Object *self) {
    if (((StringIO *)self)->closed) return err_closed();
    return NEWREF(self);
}

static Object *stringio_write(Object *self, Object *arg) {
    StringIO *s = (StringIO *)self;
    if (!stringio_check(s)) return NULL;
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "string argument expected, got '%.200s'", TYPE(arg)->tp_name);
    ssize_t n = STR_LEN(arg);
    if (n && stringio_write_str(s, arg) < 0) return NULL;
    return int_from_ssize(n);
}

static Object *stringio_seek(Object *self, Object *const *args, ssize_t nargs) {
    StringIO *s = (StringIO *)self;
    if (args_check_positional("seek", nargs, 1, 2) < 0) return NULL;
    if (!stringio_check(s)) return NULL;
    ssize_t pos = num_as_ssize(args[0], &Exc_OverflowError);
    int whence;
    if ((pos == -1 && err_occurred()) || whence_arg(args, nargs, &whence) < 0) return NULL;
    if (whence < 0 || whence > 2)
        return err_format(&Exc_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0) return err_format(&Exc_ValueError, "Negative seek position %zd", pos);
    if (whence != 0 && pos != 0)
        return err_format(&Exc_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                    : "Can't do nonzero end-relative seeks");
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->len;
    s->pos = pos;
    return int_from_ssize(pos);
}

static Object *stringio_tell(Object *self, Object *unused) {
    StringIO *s = (StringIO *)self;
    if (!stringio_check(s)) return NULL;
    return int_from_ssize(s->pos);
}

static Object *stringio_truncate(Object *self, Object *const *args, ssize_t nargs) {
    StringIO *s = (StringIO *)self;
    if (args_check_positional("truncate", nargs, 0, 1) < 0) return NULL;
    if (!stringio_check(s)) return NULL;
    ssize_t size = s->pos;
    if (nargs && args[0] != NONE) {
        size = num_as_ssize(args[0], &Exc_OverflowError);
        if (size == -1 && err_occurred()) return NULL;
        if (size < 0) return err_format(&Exc_ValueError, "Negative size value %zd", size);
    }
    if (size < s->len) s->len = size;
    return int_from_ssize(size);
}

static Object *stringio_close(Object *self, Object *unused) {
    StringIO *s = (StringIO *)self;
    s->closed = true;
    mem_free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
    RETURN_NONE;
}

static Object *stringio_true(Object *self, Object *unused) {
    if (!stringio_check((StringIO *)self)) return NULL;
    RETURN_TRUE;
}

static Object *stringio_flush(Object *self, Object *unused) {
    RETURN_NONE;
}

static Object *stringio_isatty(Object *self, Object *unused) {
    if (((StringIO *)self)->closed) return err_closed();
    RETURN_FALSE;
}

static Object *stringio_closed_get(Object *self, void *c) {
    StringIO *s = (StringIO *)self;
    if (!s->ok) return stringio_check(s);
    return bool_from(s->closed);
}

static Object *stringio_newlines_get(Object *self, void *c) {
    StringIO *s = (StringIO *)self;
    if (!stringio_check(s)) return NULL;
    if (s->nl != NL_NONE) RETURN_NONE;
    return newlines_value(s->seen);
}

static Object *stringio_line_buffering_get(Object *self, void *c) {
    if (!stringio_check((StringIO *)self)) return NULL;
    RETURN_FALSE;
}

static Object *stringio_getstate(Object *self, Object *unused) {
    StringIO *s = (StringIO *)self;
    Object *v = stringio_getvalue(self, NULL);
    if (!v) return NULL;
    static const char *const texts[] = {NULL, "", "\n", "\r", "\r\n"};
    Object *nl = s->nl == NL_NONE ? NEWREF(NONE) : str_from_cstr(texts[s->nl]);
    Object *pos = int_from_ssize(s->pos);
    Object *d = s->dict ? dict_copy(s->dict) : NEWREF(NONE);
    Object *r = nl && pos && d ? tuple_pack(4, v, nl, pos, d) : NULL;
    DECREF(v); XDECREF(nl); XDECREF(pos); XDECREF(d);
    return r;
}

static MethodDef stringio_methods[] = {
    {"getvalue", stringio_getvalue, METH_NOARGS, NULL},
    {"read", stringio_read, METH_FASTCALL, NULL},
    {"readline", stringio_readline, METH_FASTCALL, NULL},
    {"write", stringio_write, METH_O, NULL},
    {"seek", stringio_seek, METH_FASTCALL, NULL},
    {"tell", stringio_tell, METH_NOARGS, NULL},
    {"truncate", stringio_truncate, METH_FASTCALL, NULL},
    {"close", stringio_close, METH_NOARGS, NULL},
    {"flush", stringio_flush, METH_NOARGS, NULL},
    {"isatty", stringio_isatty, METH_NOARGS, NULL},
    {"readable", stringio_true, METH_NOARGS, NULL},
    {"writable", stringio_true, METH_NOARGS, NULL},
    {"seekable", stringio_true, METH_NOARGS, NULL},
    {"__getstate__", stringio_getstate, METH_NOARGS, NULL},
    {NULL}
};

static GetSetDef stringio_getset[] = {
    {"closed", stringio_closed_get, NULL, NULL, NULL},
    {"newlines", stringio_newlines_get, NULL, NULL, NULL},
    {"line_buffering", stringio_line_buffering_get, NULL, NULL, NULL},
    {NULL}
};

static TypeObject StringIOType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_io.StringIO",
    .tp_basicsize = sizeof(StringIO),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_dealloc = stringio_dealloc,
    .tp_traverse = stringio_traverse,
    .tp_clear = stringio_tp_clear,
    .tp_weaklistoffset = offsetof(StringIO, weakreflist),
    .tp_dictoffset = offsetof(StringIO, dict),
    .tp_iter = stringio_iter,
    .tp_iternext = stringio_iternext,
    .tp_methods = stringio_methods,
    .tp_getset = stringio_getset,
    .tp_base = &TextIOBaseType,
    .tp_init = stringio_init,
    .tp_new = stringio_tp_new,
};

/* ==== TextIOWrapper ================================================================================ */

/* How the read-ahead bytes rb are laid out: UTF-8, or one byte per character.  Codecs that are
 * not ASCII-compatible or keep state (utf-16/32, utf-8-sig, the escape codecs) are transcoded:
 * textio_fill decodes what the buffer gives (incrementally, keeping an incomplete sequence in
 * `raw` for the next read) and stores it in rb as UTF-8, so the line and character logic stays
 * one; their writes go through codec_encode, whose state writes the BOM only once. */
enum { TC_UTF8, TC_ASCII, TC_LATIN1 };

typedef struct TextIO {
    OB_HEAD;
    Object *buffer;
    Buffered *fast;             /* buffer when it is one of our buffered types (borrowed) */
    Object *encoding, *errors;  /* str */
    const char *enc_c, *err_c;  /* their UTF-8, owned by the str objects */
    int codec, nl, seen;
    const Codec *cdc;           /* the codec (codecs.c) */
    bool transcode;             /* rb holds the UTF-8 of what cdc decoded */
    int dstate, estate;         /* codec_decode's / codec_encode's state (BOM, byte order) */
    char *raw;                  /* transcoding: undecoded bytes raw[0..rawlen) */
    ssize_t rawlen;
    bool line_buffering, write_through, flush_each, ok, detached, has_read1;
    char *rb;                   /* bytes read from the buffer and not yet decoded: rb[rpos..rlen) */
    ssize_t rpos, rlen, rcap;
    bool eof;                   /* the buffer reported end of file during this call */
    Object *mode;               /* set by open() */
    Object *dict;
    Object *weakreflist;
} TextIO;


/* The codec `enc` names and the layout of rb for it (TC_*), or -1 with LookupError. */
static int codec_probe(const char *enc, const Codec **out, bool *transcode) {
    const Codec *c = codec_find(enc);
    if (!c) { err_format(&Exc_LookupError, "unknown encoding: %s", enc); return -1; }
    *out = c;
    *transcode = c != codec_utf8 && (!codec_ascii_compatible(c) || codec_bom_len(c));
    if (c == codec_utf8 || *transcode) return TC_UTF8;
    return c == codec_find("ascii") ? TC_ASCII : TC_LATIN1;
}

static Object *textio_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwn) {
    return obj_alloc(type);
}

static int textio_set_encoding(TextIO *t, Object *enc, Object *errors) {
    if (enc && !IS_STR(enc)) {
        err_format(&Exc_TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %.200s", TYPE(enc)->tp_name);
        return -1;
    }
    if (errors && !IS_STR(errors)) {
        err_format(&Exc_TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %.200s", TYPE(errors)->tp_name);
        return -1;
    }
    /* No encoding, or "locale" (3.10's io.text_encoding), is the locale's: UTF-8 here. */
    Object *e = enc && !str_eq_cstr(enc, "locale") ? NEWREF(enc) : str_from_cstr("UTF-8");
    Object *er = errors ? NEWREF(errors) : str_from_cstr("strict");
    const char *ec = e ? str_as_utf8(e) : NULL, *erc = er ? str_as_utf8(er) : NULL;
    const Codec *cdc = NULL;
    bool transcode = false;
    int codec = ec && erc ? codec_probe(ec, &cdc, &transcode) : -1;
    if (codec < 0) { XDECREF(e); XDECREF(er); return -1; }
    SETREF(t->encoding, e);
    SETREF(t->errors, er);
    t->enc_c = ec;
    t->err_c = erc;
    t->codec = codec;
    t->cdc = cdc;
    t->transcode = transcode;
    t->dstate = t->estate = 0;
    t->rawlen = 0;
    return 0;
}

static int textio_setup(TextIO *t, Object *buffer, Object *enc, Object *errors, int nl,
                        bool line_buffering, bool write_through) {
    t->ok = false;
    if (textio_set_encoding(t, enc, errors) < 0) return -1;
    SETREF(t->buffer, NEWREF(buffer));
    t->fast = IS_BUFFERED(buffer) ? (Buffered *)buffer : NULL;
    t->nl = nl;
    t->line_buffering = line_buffering;
    t->write_through = write_through;
    t->flush_each = false;
    t->detached = false;
    t->rpos = t->rlen = 0;
    t->seen = 0;
    t->has_read1 = false;
    if (!t->fast) {
        int r = obj_hasattr(buffer, str_intern_cstr("read1"));
        t->has_read1 = r > 0;
    }
    /* As CPython: a writer that does not start at the beginning writes no BOM. */
    if (t->transcode && codec_bom_len(t->cdc) && t->fast && t->fast->writable &&
        t->fast->rawfile && fd_seekable(t->fast->rawfile)) {
        long long pos = buffered_tell_pos(t->fast);
        if (pos < 0) err_clear();
        else if (pos > 0) t->estate = 1;
    }
    t->ok = true;
    return 0;
}

static int textio_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"buffer", "encoding", "errors", "newline",
                                         "line_buffering", "write_through", NULL};
    Object *a[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    if (args_parse("TextIOWrapper", args, nargs, kwnames, kwlist, 1, 6, a) < 0) return -1;
    int nl, lb = 0, wt = 0;
    if (parse_newline("TextIOWrapper", a[3], &nl) < 0) return -1;
    if (a[4] && (lb = obj_is_true(a[4])) < 0) return -1;
    if (a[5] && (wt = obj_is_true(a[5])) < 0) return -1;
    return textio_setup((TextIO *)self, a[0], a[1] == NONE ? NULL : a[1],
                        a[2] == NONE ? NULL : a[2], nl, lb, wt);
}

static bool textio_closed(TextIO *t) {
    if (t->fast) return buffered_closed(t->fast);
    int c = is_closed(t->buffer);
    if (c < 0) { err_clear(); return false; }
    return c;
}

static Object *textio_check(TextIO *t, int need) {
    if (!t->ok) return err_format(&Exc_ValueError, "I/O operation on uninitialized object");
    if (t->detached) return err_format(&Exc_ValueError, "underlying buffer has been detached");
    if (textio_closed(t)) return err_closed();
    if (need == 'r' || need == 'w') {
        bool ok;
        if (t->fast) {
            ok = need == 'r' ? t->fast->readable : t->fast->writable;
        } else {
            Object *r = call_method0(t->buffer, need == 'r' ? "readable" : "writable");
            if (!r) return NULL;
            int v = obj_is_true(r);
            DECREF(r);
            if (v < 0) return NULL;
            ok = v;
        }
        if (!ok) return err_unsupported(need == 'r' ? "not readable" : "not writable");
    }
    return NONE;
}

static ssize_t textio_read_raw(TextIO *t, char *dst, ssize_t want);
static ssize_t textio_fill_transcoded(TextIO *t, ssize_t want);
static int textio_rb_room(TextIO *t, ssize_t extra);

/* Read up to `want` more bytes from the buffer onto rb; the count (0 sets eof), or -1. */
static ssize_t textio_fill(TextIO *t, ssize_t want) {
    if (t->transcode) return textio_fill_transcoded(t, want);
    if (textio_rb_room(t, want) < 0) return -1;
    ssize_t got = textio_read_raw(t, t->rb + t->rlen, want);
    if (got < 0) return -1;
    if (got == 0) t->eof = true;
    t->rlen += got;
    return got;
}

/* Read up to `want` bytes from the buffer into dst: the count (0 at end of file), or -1. */
static ssize_t textio_read_raw(TextIO *t, char *dst, ssize_t want) {
    ssize_t got;
    if (t->fast) {
        got = buffered_read_some(t->fast, dst, want);
        if (got == -1) return -1;
        if (got < 0) got = 0;
    } else {
        Object *sz = int_from_ssize(want);
        Object *r = sz ? obj_call_method(t->buffer, t->has_read1 ? "read1" : "read", &sz, 1) : NULL;
        XDECREF(sz);
        if (!r) return -1;
        got = 0;
        if (r != NONE) {
            const char *p;
            if (!IS_BYTES(r)) {
                err_format(&Exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%.200s'",
                           t->has_read1 ? "read1" : "read", TYPE(r)->tp_name);
                DECREF(r);
                return -1;
            }
            if (bytes_view(r, &p, &got) < 0) { DECREF(r); return -1; }
            if (got > want) got = want;
            memcpy(dst, p, (size_t)got);
        }
        DECREF(r);
    }
    return got;
}

/* Make room in rb for `extra` more bytes after rlen, dropping what was consumed. */
static int textio_rb_room(TextIO *t, ssize_t extra) {
    if (t->rpos == t->rlen) {
        t->rpos = t->rlen = 0;
    } else if (t->rpos > 0 && t->rlen + extra > t->rcap) {
        memmove(t->rb, t->rb + t->rpos, (size_t)(t->rlen - t->rpos));
        t->rlen -= t->rpos;
        t->rpos = 0;
    }
    if (t->rlen + extra > t->rcap) {
        ssize_t cap = t->rcap ? t->rcap : TEXT_CHUNK;
        while (cap < t->rlen + extra) cap *= 2;
        char *nb = mem_realloc(t->rb, (size_t)cap);
        if (!nb) { err_no_memory(); return -1; }
        t->rb = nb;
        t->rcap = cap;
    }
    return 0;
}

/* textio_fill for transcoded codecs: read `want` raw bytes after the undecoded tail, decode
 * them (finally at end of file) and append their UTF-8 to rb.  The count of raw bytes read. */
static ssize_t textio_fill_transcoded(TextIO *t, ssize_t want) {
    ssize_t got, total = 0;
    /* want < 0 (read()): everything up to the end, decoded in one call as CPython does, so
     * error positions count from the same place */
    do {
        ssize_t step = want < 0 ? 65536 : want;
        char *raw = mem_realloc(t->raw, (size_t)(t->rawlen + step));
        if (!raw) { err_no_memory(); return -1; }
        t->raw = raw;
        got = textio_read_raw(t, raw + t->rawlen, step);
        if (got < 0) return -1;
        t->rawlen += got;
        total += got;
    } while (want < 0 && got > 0);
    if (got == 0) t->eof = true;
    char *raw = t->raw;
    ssize_t n = t->rawlen, used;
    Object *s = codec_decode(t->cdc, raw, n, t->err_c, got == 0, &used, &t->dstate);
    if (!s) return -1;
    t->rawlen = n - used;
    memmove(raw, raw + used, (size_t)t->rawlen);
    ssize_t size = str_utf8_size(s);
    if (textio_rb_room(t, size) < 0) { DECREF(s); return -1; }
    str_utf8_copy(s, t->rb + t->rlen);
    t->rlen += size;
    DECREF(s);
    return total;
}

/* The text of read-ahead bytes: rb is UTF-8 (with any surrogates) when transcoding. */
static Object *textio_str(TextIO *t, const char *p, ssize_t n) {
    if (t->transcode) return str_decode(p, n, "utf-8", "surrogatepass");
    if (t->cdc == codec_utf8) return str_decode(p, n, NULL, t->err_c);
    return codec_decode(t->cdc, p, n, t->err_c, true, NULL, NULL);
}

/* Decode n bytes at p, translating "\r\n" and "\r" to "\n" in universal mode, and noting
 * which line ends were seen (the newlines attribute). */
static Object *textio_decode(TextIO *t, const char *p, ssize_t n) {
    if (n == 0) return NEWREF(empty_str);
    bool universal = t->nl == NL_NONE || t->nl == NL_EMPTY;
    if (!universal || !memchr(p, '\r', (size_t)n)) {
        if (universal && memchr(p, '\n', (size_t)n)) t->seen |= SEEN_LF;
        return textio_str(t, p, n);
    }
    char *tmp = mem_alloc((size_t)n);
    if (!tmp) return err_no_memory();
    ssize_t m = 0;
    for (ssize_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\n') {
            t->seen |= SEEN_LF;
        } else if (c == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                t->seen |= SEEN_CRLF;
                if (t->nl == NL_EMPTY) tmp[m++] = '\r';
                i++;
                c = '\n';
            } else {
                t->seen |= SEEN_CR;
                if (t->nl == NL_NONE) c = '\n';
            }
        }
        tmp[m++] = c;
    }
    Object *r = textio_str(t, tmp, m);
    mem_free(tmp);
    return r;
}

/* The end (exclusive) of the line that starts at rpos, searching from `from`; -1 when the
 * buffered bytes do not yet hold the whole line. */
static ssize_t textio_line_end(TextIO *t, ssize_t from) {
    const char *p = t->rb;
    ssize_t end = t->rlen;
    if (from >= end) return -1;
    const char *q;
    switch (t->nl) {
    case NL_LF:
        q = memchr(p + from, '\n', (size_t)(end - from));
        return q ? q - p + 1 : -1;
    case NL_CR:
        q = memchr(p + from, '\r', (size_t)(end - from));
        return q ? q - p + 1 : -1;
    case NL_CRLF:
        for (;;) {
            q = memchr(p + from, '\r', (size_t)(end - from));
            if (!q) return -1;
            if (q + 1 < p + end && q[1] == '\n') return q - p + 2;
            if (q + 1 == p + end) return -1;
            from = q - p + 1;
        }
    default: {
        const char *lf = memchr(p + from, '\n', (size_t)(end - from));
        ssize_t lim = lf ? lf - (p + from) : end - from;
        const char *cr = memchr(p + from, '\r', (size_t)lim);
        if (!cr) return lf ? lf - p + 1 : -1;
        if (cr + 1 < p + end) return cr - p + (cr[1] == '\n' ? 2 : 1);
        return t->eof ? cr - p + 1 : -1;     /* "\r" last: is a "\n" next? */
    }
    }
}

/* The byte index after up to `want` characters from `start`; *got is the count and *more says
 * the buffered bytes end inside a character (or after a "\r" whose "\n" may follow). */
static ssize_t textio_span_chars(TextIO *t, ssize_t start, ssize_t want, ssize_t *got, bool *more) {
    ssize_t i = start, n = 0;
    *more = false;
    while (n < want && i < t->rlen) {
        unsigned char c = (unsigned char)t->rb[i];
        ssize_t len = 1;
        if (t->codec == TC_UTF8 && c >= 0xC0) {
            len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        } else if (c == '\r' && t->nl == NL_NONE) {
            if (i + 1 < t->rlen) { if (t->rb[i + 1] == '\n') len = 2; }
            else if (!t->eof) { *more = true; break; }
        }
        if (i + len > t->rlen) {
            if (!t->eof) { *more = true; break; }
            len = t->rlen - i;
        }
        i += len;
        n++;
    }
    *got = n;
    return i;
}

static Object *textio_take(TextIO *t, ssize_t end) {
    Object *r = textio_decode(t, t->rb + t->rpos, end - t->rpos);
    if (r) t->rpos = end;
    return r;
}

static Object *textio_readline_impl(TextIO *t, ssize_t limit) {
    if (!textio_check(t, 'r')) return NULL;
    t->eof = false;
    ssize_t from = t->rpos, end;
    for (;;) {
        end = textio_line_end(t, from);
        if (end >= 0) break;
        if (limit >= 0) {
            ssize_t got; bool more;
            ssize_t e = textio_span_chars(t, t->rpos, limit, &got, &more);
            if (got >= limit) { end = e; break; }
        }
        if (t->eof) { end = t->rlen; break; }
        ssize_t off = (t->rlen > from ? t->rlen - 1 : from) - t->rpos;
        if (off < 0) off = 0;
        if (textio_fill(t, TEXT_CHUNK) < 0) return NULL;
        from = t->rpos + off;
    }
    if (limit >= 0) {
        ssize_t got; bool more;
        ssize_t e = textio_span_chars(t, t->rpos, limit, &got, &more);
        if (e < end) end = e;
    }
    return textio_take(t, end);
}

static Object *textio_readline(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t limit;
    if (args_check_positional("readline", nargs, 0, 1) < 0 || size_arg(args, nargs, &limit) < 0) return NULL;
    return textio_readline_impl((TextIO *)self, limit);
}

static Object *textio_read(Object *self, Object *const *args, ssize_t nargs) {
    TextIO *t = (TextIO *)self;
    ssize_t n;
    if (args_check_positional("read", nargs, 0, 1) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    if (!textio_check(t, 'r')) return NULL;
    t->eof = false;
    if (n < 0) {
        while (!t->eof)
            if (textio_fill(t, t->transcode ? -1 : 65536) < 0) return NULL;
        return textio_take(t, t->rlen);
    }
    for (;;) {
        ssize_t got; bool more;
        ssize_t end = textio_span_chars(t, t->rpos, n, &got, &more);
        if (got >= n || t->eof) return textio_take(t, end);
        if (textio_fill(t, n > TEXT_CHUNK ? n : TEXT_CHUNK) < 0) return NULL;
    }
}

static Object *textio_iternext(Object *self) {
    Object *line;
    if (TYPE(self) == &TextIOType) {
        line = textio_readline_impl((TextIO *)self, -1);
    } else {
        line = call_method0(self, "readline");
        if (line && !IS_STR(line)) {
            err_format(&Exc_OSError, "readline() should have returned a str object, not '%.200s'", TYPE(line)->tp_name);
            CLEAR(line);
        }
    }
    if (line && STR_LEN(line) == 0) CLEAR(line);
    return line;
}

static Object *textio_iter(Object *self) {
    if (!textio_check((TextIO *)self, 0)) return NULL;
    return NEWREF(self);
}

static Object *textio_readlines(Object *self, Object *const *args, ssize_t nargs) {
    ssize_t hint;
    if (args_check_positional("readlines", nargs, 0, 1) < 0 || size_arg(args, nargs, &hint) < 0) return NULL;
    TextIO *t = (TextIO *)self;
    if (!textio_check(t, 'r')) return NULL;
    Object *list = list_new(0);
    if (!list) return NULL;
    ssize_t total = 0;
    for (;;) {
        Object *line = textio_readline_impl(t, -1);
        if (!line) { DECREF(list); return NULL; }
        ssize_t n = STR_LEN(line);
        if (n == 0) { DECREF(line); break; }
        int r = list_append(list, line);
        DECREF(line);
        if (r < 0) { DECREF(list); return NULL; }
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

/* Transcoding: how many bytes of the file the decoded read-ahead stood for (its text encoded
 * again, without a BOM); 0 if that fails. */
static long long textio_pending_encoded(TextIO *t) {
    if (t->rpos == t->rlen) return 0;
    Object *s = str_decode(t->rb + t->rpos, t->rlen - t->rpos, "utf-8", "surrogatepass");
    int state = 1;
    Object *b = s ? codec_encode(t->cdc, s, "surrogatepass", &state) : NULL;
    XDECREF(s);
    if (!b) { err_clear(); return 0; }
    long long n = BYTES_LEN(b);
    DECREF(b);
    return n;
}

/* The position of the next character to read, as a byte offset. */
static long long textio_tell_pos(TextIO *t) {
    long long pos;
    if (t->fast) {
        pos = buffered_tell_pos(t->fast);
    } else {
        Object *r = call_method0(t->buffer, "tell");
        if (!r) return -1;
        pos = int_as_long(r);
        DECREF(r);
    }
    if (pos < 0) return -1;
    if (t->transcode) return pos - t->rawlen - textio_pending_encoded(t);
    return pos - (t->rlen - t->rpos);
}

static int textio_seek_buffer(TextIO *t, long long pos, int whence) {
    t->rpos = t->rlen = 0;
    t->rawlen = 0;
    /* As CPython: back at the start the codec starts afresh (a BOM is written and read
     * again); elsewhere no BOM is written. */
    if (whence == SEEK_SET && pos == 0) t->dstate = t->estate = 0;
    else t->estate = 1;
    if (t->fast) {
        Buffered *b = t->fast;
        if (buffered_flush_writes(b) < 0) return -1;
        b->rpos = b->rlen = 0;
        return raw_seek(b, pos, whence) < 0 ? -1 : 0;
    }
    Object *args[2] = {int_from_ssize((ssize_t)pos), int_from_long(whence)};
    Object *r = args[0] && args[1] ? obj_call_method(t->buffer, "seek", args, 2) : NULL;
    XDECREF(args[0]); XDECREF(args[1]);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Before writing: drop the decoded read-ahead.  Like CPython, the buffer is not moved back over
 * it, so a write after a read lands after the chunk the text layer last read. */
static void textio_prepare_write(TextIO *t) { t->rpos = t->rlen = 0; }

static int textio_flush_buffer(TextIO *t) {
    if (t->fast) {
        if (buffered_flush_writes(t->fast) < 0) return -1;
        if (t->fast->rawfile) return 0;
    }
    Object *r = call_method0(t->buffer, "flush");
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int textio_write_bytes(TextIO *t, const char *p, ssize_t n) {
    textio_prepare_write(t);
    if (t->fast) {
        if (buffered_write_data(t->fast, p, n) < 0) return -1;
    } else {
        Object *b = bytes_from_data(p, n);
        Object *r = b ? obj_call_method(t->buffer, "write", &b, 1) : NULL;
        XDECREF(b);
        if (!r) return -1;
        DECREF(r);
    }
    if (t->flush_each || (t->line_buffering && (memchr(p, '\n', (size_t)n) || memchr(p, '\r', (size_t)n))))
        return textio_flush_buffer(t);
    return 0;
}

static int textio_write_str(TextIO *t, Object *s) {
    Object *text = NEWREF(s), *bytes = NULL;
    if ((t->nl == NL_CR || t->nl == NL_CRLF) && str_find_char(s, '\n', 0, STR_LEN(s)) >= 0) {
        Object *args[2] = {str_from_cstr("\n"), str_from_cstr(t->nl == NL_CR ? "\r" : "\r\n")};
        Object *r = args[0] && args[1] ? obj_call_method(s, "replace", args, 2) : NULL;
        XDECREF(args[0]); XDECREF(args[1]);
        if (!r) { DECREF(text); return -1; }
        SETREF(text, r);
    }
    const char *p;
    ssize_t n;
    p = t->codec == TC_UTF8 && !t->transcode ? str_as_utf8_len(text, &n) : NULL;
    if (!p && (t->codec != TC_UTF8 || t->transcode || strcmp(t->err_c, "strict") != 0)) {
        err_clear();    /* lone surrogates: the error handler decides */
        bytes = codec_encode(t->cdc, text, t->err_c, &t->estate);
        p = bytes ? BYTES_DATA(bytes) : NULL;
        n = bytes ? BYTES_LEN(bytes) : 0;
    }
    int r = p ? textio_write_bytes(t, p, n) : -1;
    XDECREF(bytes);
    DECREF(text);
    return r;
}

static Object *textio_write(Object *self, Object *arg) {
    TextIO *t = (TextIO *)self;
    if (!textio_check(t, 'w')) return NULL;
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "write() argument must be str, not %.100s", TYPE(arg)->tp_name);
    if (textio_write_str(t, arg) < 0) return NULL;
    return int_from_ssize(STR_LEN(arg));
}

static Object *textio_flush(Object *self, Object *unused) {
    TextIO *t = (TextIO *)self;
    if (!textio_check(t, 0)) return NULL;
    if (textio_flush_buffer(t) < 0) return NULL;
    RETURN_NONE;
}

static Object *textio_seekable_impl(TextIO *t) {
    if (t->fast && t->fast->rawfile) return bool_from(fd_seekable(t->fast->rawfile));
    return call_method0(t->buffer, "seekable");
}

static int textio_require_seekable(TextIO *t) {
    Object *s = textio_seekable_impl(t);
    if (!s) return -1;
    int v = obj_is_true(s);
    DECREF(s);
    if (v < 0) return -1;
    if (!v) { err_unsupported("underlying stream is not seekable"); return -1; }
    return 0;
}

static Object *textio_tell(Object *self, Object *unused) {
    TextIO *t = (TextIO *)self;
    if (!textio_check(t, 0) || textio_require_seekable(t) < 0) return NULL;
    if (t->fast && buffered_flush_writes(t->fast) < 0) return NULL;
    long long pos = textio_tell_pos(t);
    return pos < 0 ? NULL : int_from_ssize((ssize_t)pos);
}

static Object *textio_seek(Object *self, Object *const *args, ssize_t nargs) {
    TextIO *t = (TextIO *)self;
    if (args_check_positional("seek", nargs, 1, 2) < 0) return NULL;
    if (!textio_check(t, 0) || textio_require_seekable(t) < 0) return NULL;
    long long cookie = int_as_long(args[0]);
    int whence;
    if ((cookie == -1 && err_occurred()) || whence_arg(args, nargs, &whence) < 0) return NULL;
    if (whence == SEEK_CUR) {
        if (cookie != 0) return err_unsupported("can't do nonzero cur-relative seeks");
        return textio_tell(self, NULL);
    }
    if (whence == SEEK_END) {
        if (cookie != 0) return err_unsupported("can't do nonzero end-relative seeks");
    } else if (whence != SEEK_SET) {
        return err_format(&Exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    } else if (cookie < 0) {
        return err_format(&Exc_ValueError, "negative seek position %lld", cookie);
    }
    if (textio_flush_buffer(t) < 0 || textio_seek_buffer(t, cookie, whence) < 0) return NULL;
    if (whence == SEEK_END) return textio_tell(self, NULL);
    return int_from_ssize((ssize_t)cookie);
}

static Object *textio_truncate(Object *self, Object *const *args, ssize_t nargs) {
    TextIO *t = (TextIO *)self;
    if (args_check_positional("truncate", nargs, 0, 1) < 0) return NULL;
    if (!textio_check(t, 0) || textio_flush_buffer(t) < 0) return NULL;
    if (nargs == 0 || args[0] == NONE) {
        long long pos = textio_tell_pos(t);
        if (pos < 0) return NULL;
        if (textio_seek_buffer(t, pos, SEEK_SET) < 0) return NULL;
    }
    return obj_call_method(t->buffer, "truncate", args, nargs);
}

static int textio_close_impl(TextIO *t) {
    if (!t->ok || t->detached || textio_closed(t)) return 0;
    int r = textio_flush_buffer(t);
    Object *saved = r < 0 ? err_fetch() : NULL;
    int c = 0;
    if (t->fast) {
        c = buffered_close_impl(t->fast);
    } else {
        Object *res = call_method0(t->buffer, "close");
        if (res) DECREF(res); else c = -1;
    }
    if (saved) { err_chain_exceptions(saved); return -1; }
    return c;
}

static Object *textio_close(Object *self, Object *unused) {
    if (textio_close_impl((TextIO *)self) < 0) return NULL;
    RETURN_NONE;
}

static Object *textio_detach(Object *self, Object *unused) {
    TextIO *t = (TextIO *)self;
    if (!textio_check(t, 0) || textio_flush_buffer(t) < 0) return NULL;
    t->detached = true;
    t->fast = NULL;
    Object *b = t->buffer;
    t->buffer = NULL;
    return b;
}

static Object *textio_forward(Object *self, const char *name) {
    TextIO *t = (TextIO *)self;
    if (!t->ok || t->detached) return textio_check(t, 0);
    return call_method0(t->buffer, name);
}

static Object *textio_fileno(Object *self, Object *u) { return textio_forward(self, "fileno"); }
static Object *textio_isatty(Object *self, Object *u) { return textio_forward(self, "isatty"); }
static Object *textio_readable(Object *self, Object *u) { return textio_forward(self, "readable"); }
static Object *textio_writable(Object *self, Object *u) { return textio_forward(self, "writable"); }
static Object *textio_seekable(Object *self, Object *u) {
    if (!textio_check((TextIO *)self, 0)) return NULL;
    return textio_seekable_impl((TextIO *)self);
}

static Object *textio_reconfigure(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL};
    Object *a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (args_parse("reconfigure", args, nargs, kwnames, kwlist, 0, 0, a) < 0) return NULL;
    TextIO *t = (TextIO *)self;
    if (!textio_check(t, 0) || textio_flush_buffer(t) < 0) return NULL;
    if (a[0] || a[1]) {
        Object *enc = a[0] && a[0] != NONE ? a[0] : t->encoding;
        Object *err = a[1] && a[1] != NONE ? a[1] : (a[0] ? NULL : t->errors);
        INCREF(enc);
        XINCREF(err);
        int r = textio_set_encoding(t, enc, err);
        DECREF(enc);
        XDECREF(err);
        if (r < 0) return NULL;
    }
    if (a[2]) {
        int nl;
        if (parse_newline("reconfigure", a[2], &nl) < 0) return NULL;
        t->nl = nl;
    }
    int v;
    if (a[3] && a[3] != NONE) { if ((v = obj_is_true(a[3])) < 0) return NULL; t->line_buffering = v; }
    if (a[4] && a[4] != NONE) { if ((v = obj_is_true(a[4])) < 0) return NULL; t->write_through = v; }
    RETURN_NONE;
}

static Object *textio_name_get(Object *self, void *c) {
    TextIO *t = (TextIO *)self;
    if (!t->buffer) return err_format(&Exc_ValueError, "underlying buffer has been detached");
    return obj_getattr(t->buffer, ID(name));
}

static Object *textio_closed_get(Object *self, void *c) {
    TextIO *t = (TextIO *)self;
    if (!t->buffer) return err_format(&Exc_ValueError, "underlying buffer has been detached");
    if (t->fast) return bool_from(buffered_closed(t->fast));
    return obj_getattr_str(t->buffer, "closed");
}

static Object *textio_newlines_get(Object *self, void *c) {
    TextIO *t = (TextIO *)self;
    if (t->nl != NL_NONE && t->nl != NL_EMPTY) RETURN_NONE;
    return newlines_value(t->seen);
}

static Object *textio_line_buffering_get(Object *self, void *c) { return bool_from(((TextIO *)self)->line_buffering); }
static Object *textio_write_through_get(Object *self, void *c) {
    TextIO *t = (TextIO *)self;
    return bool_from(t->write_through || t->flush_each);
}

static Object *textio_repr(Object *self) {
    TextIO *t = (TextIO *)self;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_format(&sb, "<%s", TYPE(self)->tp_name);
    int rec = repr_enter(self);
    if (rec) {
        repr_leave(self);
        sb_discard(&sb);
        if (rec < 0) return NULL;
        return err_format(&Exc_RuntimeError, "reentrant call inside %s.__repr__", TYPE(self)->tp_name);
    }
    Object *v = NULL;
    if (t->buffer && obj_lookup_attr(self, ID(name), &v) < 0) {
        if (!err_matches(&Exc_ValueError)) goto fail;
        err_clear();
    }
    if (v) { sb_append_format(&sb, " name=%R", v); CLEAR(v); }
    if (t->mode && t->mode != NONE) sb_append_format(&sb, " mode=%R", t->mode);
    if (t->encoding) sb_append_format(&sb, " encoding=%R", t->encoding);
    sb_append_cstr(&sb, ">");
    repr_leave(self);
    return sb_finish(&sb);
fail:
    repr_leave(self);
    sb_discard(&sb);
    return NULL;
}

static void textio_dealloc(Object *self) {
    TextIO *t = (TextIO *)self;
    gc_untrack(self);
    if (t->weakreflist && hook_clear_weakrefs) hook_clear_weakrefs(self);
    if (t->buffer) {
        Object *saved = err_fetch();
        if (textio_close_impl(t) < 0) err_clear();
        err_restore(saved);
    }
    CLEAR(t->buffer);
    CLEAR(t->encoding);
    CLEAR(t->errors);
    CLEAR(t->mode);
    CLEAR(t->dict);
    mem_free(t->rb);
    mem_free(t->raw);
    TYPE(self)->tp_free(self);
}

static int textio_traverse(Object *self, visitproc visit, void *arg) {
    TextIO *t = (TextIO *)self;
    Object *objs[3] = {t->buffer, t->mode, t->dict};
    for (int i = 0; i < 3; i++)
        if (objs[i]) { int r = visit(objs[i], arg); if (r) return r; }
    return 0;
}

static int textio_tp_clear(Object *self) {
    TextIO *t = (TextIO *)self;
    t->fast = NULL;
    t->ok = false;
    CLEAR(t->buffer);
    CLEAR(t->mode);
    CLEAR(t->dict);
    return 0;
}

static MethodDef textio_methods[] = {
    {"read", textio_read, METH_FASTCALL, NULL},
    {"readline", textio_readline, METH_FASTCALL, NULL},
    {"readlines", textio_readlines, METH_FASTCALL, NULL},
    {"write", textio_write, METH_O, NULL},
    {"flush", textio_flush, METH_NOARGS, NULL},
    {"seek", textio_seek, METH_FASTCALL, NULL},
    {"tell", textio_tell, METH_NOARGS, NULL},
    {"truncate", textio_truncate, METH_FASTCALL, NULL},
    {"close", textio_close, METH_NOARGS, NULL},
    {"detach", textio_detach, METH_NOARGS, NULL},
    {"fileno", textio_fileno, METH_NOARGS, NULL},
    {"isatty", textio_isatty, METH_NOARGS, NULL},
    {"readable", textio_readable, METH_NOARGS, NULL},
    {"writable", textio_writable, METH_NOARGS, NULL},
    {"seekable", textio_seekable, METH_NOARGS, NULL},
    {"reconfigure", textio_reconfigure, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL}
};

static MemberDef textio_members[] = {
    {"encoding", T_OBJECT, offsetof(TextIO, encoding), READONLY, NULL},
    {"errors", T_OBJECT, offsetof(TextIO, errors), READONLY, NULL},
    {"buffer", T_OBJECT, offsetof(TextIO, buffer), READONLY, NULL},
    {"mode", T_OBJECT_EX, offsetof(TextIO, mode), 0, NULL},
    {NULL}
};

static GetSetDef textio_getset[] = {
    {"name", textio_name_get, NULL, NULL, NULL},
    {"closed", textio_closed_get, NULL, NULL, NULL},
    {"newlines", textio_newlines_get, NULL, NULL, NULL},
    {"line_buffering", textio_line_buffering_get, NULL, NULL, NULL},
    {"write_through", textio_write_through_get, NULL, NULL, NULL},
    {NULL}
};

TypeObject TextStreamType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextIO),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_dealloc = textio_dealloc,
    .tp_repr = textio_repr,
    .tp_traverse = textio_traverse,
    .tp_clear = textio_tp_clear,
    .tp_weaklistoffset = offsetof(TextIO, weakreflist),
    .tp_dictoffset = offsetof(TextIO, dict),
    .tp_iter = textio_iter,
    .tp_iternext = textio_iternext,
    .tp_methods = textio_methods,
    .tp_members = textio_members,
    .tp_getset = textio_getset,
    .tp_base = &TextIOBaseType,
    .tp_init = textio_init,
    .tp_new = textio_tp_new,
};

/* ==== open() ======================================================================================= */

static Object *open_with(Object *const *a);
static const char *const open_kwlist[] = {"file", "mode", "buffering", "encoding", "errors",
                                          "newline", "closefd", "opener", NULL};

/* open(file, mode, buffering, encoding, errors, newline, closefd, opener): a path-like file is
 * turned into its str or bytes first, which the file object then carries as its name (and
 * errors name), as CPython's. */
Object *io_open(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *a[8] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    if (args_parse("open", args, nargs, kwnames, open_kwlist, 1, 8, a) < 0) return NULL;
    Object *file = a[0], *path = NULL;
    if (!TYPE_HAS_FLAG(TYPE(file), TPFLAGS_LONG_SUBCLASS) && !IS_STR(file) && !IS_BYTES(file)) {
        if (!(path = fspath(file))) return NULL;
        a[0] = path;
    }
    Object *r = open_with(a);
    XDECREF(path);
    return r;
}

static Object *open_with(Object *const *a) {
    Object *file = a[0], *modeobj = a[1];
    const char *mode = "r";
    if (modeobj) {
        if (!IS_STR(modeobj))
            return err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %.200s", TYPE(modeobj)->tp_name);
        if (!(mode = str_as_utf8(modeobj))) return NULL;
    }
    for (int i = 3; i <= 5; i++)
        if (a[i] && a[i] != NONE && !IS_STR(a[i]))
            return err_format(&Exc_TypeError, "open() argument '%s' must be str or None, not %.200s",
                              open_kwlist[i], TYPE(a[i])->tp_name);
    ssize_t buffering = -1;
    if (a[2]) {
        buffering = num_as_ssize(a[2], &Exc_OverflowError);
        if (buffering == -1 && err_occurred()) return NULL;
    }
    int closefd = a[6] ? obj_is_true(a[6]) : 1;
    if (closefd < 0) return NULL;

    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    size_t nseen = 0;
    for (const char *s = mode; *s; s++) {
        bool *flag;
        switch (*s) {
        case 'x': flag = &creating; break;
        case 'r': flag = &reading; break;
        case 'w': flag = &writing; break;
        case 'a': flag = &appending; break;
        case '+': flag = &updating; break;
        case 't': flag = &text; break;
        case 'b': flag = &binary; break;
        default: flag = NULL;
        }
        if (!flag || *flag || ++nseen > 7)
            return err_format(&Exc_ValueError, "invalid mode: '%s'", mode);
        *flag = true;
    }
    if (text && binary) return err_format(&Exc_ValueError, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return err_format(&Exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (!(creating || reading || writing || appending))
        return err_format(&Exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (binary && a[3] && a[3] != NONE) return err_format(&Exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && a[4] && a[4] != NONE) return err_format(&Exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && a[5] && a[5] != NONE) return err_format(&Exc_ValueError, "binary mode doesn't take a newline argument");
    int nl = NL_NONE;
    if (!binary && a[5] && parse_newline("open", a[5], &nl) < 0) return NULL;
    if (buffering == 0 && !binary) return err_format(&Exc_ValueError, "can't have unbuffered text I/O");

    char rawmode[8];
    size_t k = 0;
    rawmode[k++] = creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a';
    if (updating) rawmode[k++] = '+';
    rawmode[k++] = 'b';
    rawmode[k] = '\0';

    FileIO *raw = (FileIO *)fileio_tp_new(&FileIOType, NULL, 0, NULL);
    if (!raw) return NULL;
    if (fileio_init_impl(raw, file, rawmode, closefd, a[7]) < 0) { DECREF(raw); return NULL; }
    if (buffering == 0) return (Object *)raw;

    bool line_buffering = buffering == 1 || (buffering < 0 && isatty(raw->fd));
    if (buffering <= 1) {
        buffering = DEFAULT_BUFFER_SIZE;
        struct stat st;
        if (fstat(raw->fd, &st) == 0 && st.st_blksize > 1) buffering = (ssize_t)st.st_blksize;
    }
    TypeObject *bt = updating ? &BufferedRandomType :
                     (creating || writing || appending) ? &BufferedWriterType : &BufferedReaderType;
    Buffered *buf = (Buffered *)buffered_tp_new(bt, NULL, 0, NULL);
    if (!buf || buffered_setup(buf, (Object *)raw, buffering) < 0) {
        XDECREF(buf);
        Object *saved = err_fetch();
        if (fileio_close_fd(raw) < 0) err_clear();
        err_restore(saved);
        DECREF(raw);
        return NULL;
    }
    DECREF(raw);
    if (binary) return (Object *)buf;

    TextIO *t = (TextIO *)textio_tp_new(&TextIOType, NULL, 0, NULL);
    if (!t || textio_setup(t, (Object *)buf, a[3] == NONE ? NULL : a[3], a[4] == NONE ? NULL : a[4],
                           nl, line_buffering, false) < 0) {
        XDECREF(t);
        Object *saved = err_fetch();
        if (buffered_close_impl(buf) < 0) err_clear();
        err_restore(saved);
        DECREF(buf);
        return NULL;
    }
    DECREF(buf);
    t->mode = modeobj ? NEWREF(modeobj) : str_from_cstr("r");
    if (!t->mode) { DECREF(t); return NULL; }
    return (Object *)t;
}

/* ==== the standard streams ========================================================================== */

/* fd 0, 1 or 2 as sys.stdin / stdout / stderr: a TextIOWrapper over a buffered FileIO that does
 * not close the descriptor; new reference. */
bool stream_unbuffered;

static bool std_unbuffered(void) {
    const char *env = getenv("PYTHONUNBUFFERED");
    return stream_unbuffered || (env && *env);
}

Object *stream_std(int fd) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    if (io_types_ready() < 0) return NULL;
    FileIO *raw = (FileIO *)fileio_tp_new(&FileIOType, NULL, 0, NULL);
    if (!raw) return NULL;
    raw->fd = fd;
    raw->readable = fd == 0;
    raw->writable = fd != 0;
    raw->closefd = false;
    raw->name = str_from_cstr(names[fd]);
    Buffered *buf = raw->name ? (Buffered *)buffered_tp_new(fd == 0 ? &BufferedReaderType
                                                            : &BufferedWriterType, NULL, 0, NULL) : NULL;
    if (!buf || buffered_setup(buf, (Object *)raw, DEFAULT_BUFFER_SIZE) < 0) {
        XDECREF(buf);
        DECREF(raw);
        return NULL;
    }
    DECREF(raw);
    TextIO *t = (TextIO *)textio_tp_new(&TextIOType, NULL, 0, NULL);
    Object *enc = str_from_cstr("utf-8");
    Object *errors = str_from_cstr(fd == 2 ? "backslashreplace" : "surrogateescape");
    if (!t || !enc || !errors ||
        textio_setup(t, (Object *)buf, enc, errors, NL_NONE, fd == 1 && isatty(fd), false) < 0) {
        XDECREF(t);
        XDECREF(enc);
        XDECREF(errors);
        DECREF(buf);
        return NULL;
    }
    DECREF(enc);
    DECREF(errors);
    DECREF(buf);
    t->flush_each = fd == 2 || (fd == 1 && std_unbuffered());
    t->mode = str_from_cstr(fd == 0 ? "r" : "w");
    if (!t->mode) { DECREF(t); return NULL; }
    return (Object *)t;
}

int stream_write_cstr(Object *stream, const char *text, ssize_t n) {
    TextIO *t = (TextIO *)stream;
    if (n < 0) n = (ssize_t)strlen(text);
    if (!textio_check(t, 'w')) return -1;
    if (t->codec == TC_UTF8 && !t->transcode && t->nl != NL_CR && t->nl != NL_CRLF)
        return textio_write_bytes(t, text, n);
    Object *s = str_from_utf8_lossy(text, n);
    int r = s ? textio_write_str(t, s) : -1;
    XDECREF(s);
    return r;
}

Object *stream_readline_obj(Object *stream) {
    return textio_readline_impl((TextIO *)stream, -1);
}

void stream_flush_all(void) {
    Object *saved = err_fetch();
    for (Buffered *b = writers; b; b = b->next)
        if (b->wlen && buffered_flush_writes(b) < 0) err_clear();
    err_restore(saved);
}

/* ==== the modules =================================================================================== */

static TypeObject *const io_types[] = {
    &IOBaseType, &RawIOBaseType, &BufferedIOBaseType, &TextIOBaseType, &FileIOType,
    &BufferedReaderType, &BufferedWriterType, &BufferedRandomType, &BytesIOType, &StringIOType,
    &TextIOType,
};

int io_types_ready(void) {
    for (size_t i = 0; i < sizeof io_types / sizeof io_types[0]; i++)
        if (type_ready(io_types[i]) < 0) return -1;
    if (!unsupported_exc) {
        /* class UnsupportedOperation(OSError, ValueError), as io defines it. */
        Object *name = str_from_cstr("UnsupportedOperation");
        Object *bases = tuple_pack(2, (Object *)&Exc_OSError, (Object *)&Exc_ValueError);
        Object *ns = dict_new();
        Object *mod = str_from_cstr("io");
        if (!name || !bases || !ns || !mod || dict_setitem_str(ns, "__module__", mod) < 0) {
            XDECREF(name); XDECREF(bases); XDECREF(ns); XDECREF(mod);
            return -1;
        }
        Object *targs = tuple_pack(3, name, bases, ns);
        unsupported_exc = targs ? obj_call_tuple_dict((Object *)&TypeType, targs, NULL) : NULL;
        XDECREF(targs);
        DECREF(name); DECREF(bases); DECREF(ns); DECREF(mod);
        if (!unsupported_exc) return -1;
    }
    return 0;
}

static Object *io_text_encoding(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("text_encoding", nargs, 1, 2) < 0) return NULL;
    if (args[0] != NONE) return NEWREF(args[0]);
    return str_from_cstr("locale");
}

static MethodDef io_functions[] = {
    {"open", io_open, METH_FASTCALL | METH_KEYWORDS,
     "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)\n--\n\n"
     "Open file and return a stream.  Raise OSError upon failure."},
    {"text_encoding", io_text_encoding, METH_FASTCALL, NULL},
    {NULL}
};

/* io and _io hold the same objects; io names the abstract bases without the underscore. */
static int io_fill(Object *m, bool public_names) {
    if (io_types_ready() < 0) return -1;
    static const char *const names[] = {"IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
                                        "FileIO", "BufferedReader", "BufferedWriter",
                                        "BufferedRandom", "BytesIO", "StringIO", "TextIOWrapper"};
    static const char *const private_names[] = {"_IOBase", "_RawIOBase", "_BufferedIOBase",
                                                "_TextIOBase"};
    for (size_t i = 0; i < sizeof io_types / sizeof io_types[0]; i++) {
        const char *n = !public_names && i < 4 ? private_names[i] : names[i];
        if (module_add(m, n, NEWREF_(io_types[i])) < 0) return -1;
    }
    /* io.open is the builtin open itself, as in CPython. */
    Object *bopen = vm_builtins() ? dict_getitem_str(vm_builtins(), "open") : NULL;
    if (bopen && module_add(m, "open", NEWREF(bopen)) < 0) return -1;
    Object *size = int_from_long(DEFAULT_BUFFER_SIZE);
    if (module_add(m, "DEFAULT_BUFFER_SIZE", size) < 0 ||
        module_add(m, "UnsupportedOperation", NEWREF(unsupported_exc)) < 0)
        return -1;
    if (public_names) {
        static const char *const seeks[] = {"SEEK_SET", "SEEK_CUR", "SEEK_END"};
        for (int i = 0; i < 3; i++)
            if (module_add(m, seeks[i], int_from_long(i)) < 0) return -1;
        Object *all = list_new(0);
        if (!all) return -1;
        static const char *const exported[] = {"BlockingIOError", "open", "IOBase", "RawIOBase",
            "FileIO", "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
            "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
            "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"};
        for (size_t i = 0; i < sizeof exported / sizeof exported[0]; i++) {
            Object *s = str_from_cstr(exported[i]);
            if (!s || list_append(all, s) < 0) { XDECREF(s); DECREF(all); return -1; }
            DECREF(s);
        }
        if (module_add(m, "__all__", all) < 0 ||
            module_add(m, "BlockingIOError", NEWREF_(&Exc_BlockingIOError)) < 0)
            return -1;
    }
    return 0;
}

static int io_init(Object *m) { return io_fill(m, true); }
static int io_c_init(Object *m) { return io_fill(m, false); }

ModuleDef io_module_def = {
    "io",
    "The io module provides the Python interfaces to stream handling.",
    io_functions,
    io_init,
};

ModuleDef io_c_module_def = {
    "_io",
    "The io module provides the Python interfaces to stream handling.",
    io_functions,
    io_c_init,
};
