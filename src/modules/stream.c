/* stream.c — the text streams behind sys.stdin, sys.stdout and sys.stderr.
 *
 * A TextStream wraps a file descriptor with its own byte buffer, encoding text as UTF-8.  Output
 * is block-buffered when the descriptor is not a terminal and line-buffered when it is (as
 * CPython's stdout); stderr writes through at every newline and at the end of each write, so
 * an error message is never held back.  Everything still buffered is flushed at exit by
 * stream_flush_all(), and before a stream is read from (so a prompt appears before input).
 *
 * The full io module (open(), StringIO, BytesIO) belongs to a later issue and will build on the
 * same buffering. */
#include "modules.h"
#include <errno.h>
#include <string.h>
#include <unistd.h>

/* Output buffer: 8 KiB, CPython's io.DEFAULT_BUFFER_SIZE. */
#define STREAM_BUFSIZE 8192

typedef struct TextStream {
    OB_HEAD;
    int fd;
    bool writable, readable, line_buffered, write_through, closed;
    Object *name;               /* "<stdout>" */
    Object *mode;               /* "w" or "r" */
    char *wbuf;                 /* pending output */
    ssize_t wlen;
    char *rbuf;                 /* input read ahead */
    ssize_t rpos, rlen, rcap;
    bool eof;
} TextStream;

static TextStream *all_streams[3];

static int stream_flush_raw(TextStream *s) {
    ssize_t off = 0;
    while (off < s->wlen) {
        ssize_t n = write(s->fd, s->wbuf + off, (size_t)(s->wlen - off));
        if (n < 0) {
            if (errno == EINTR) continue;
            s->wlen = 0;
            err_from_errno(&Exc_OSError, NULL);
            return -1;
        }
        off += n;
    }
    s->wlen = 0;
    return 0;
}

static int stream_write_bytes(TextStream *s, const char *p, ssize_t n) {
    if (s->closed) { err_set_string(&Exc_ValueError, "I/O operation on closed file."); return -1; }
    while (n > 0) {
        ssize_t room = STREAM_BUFSIZE - s->wlen;
        ssize_t k = n < room ? n : room;
        memcpy(s->wbuf + s->wlen, p, (size_t)k);
        s->wlen += k; p += k; n -= k;
        if (s->wlen == STREAM_BUFSIZE && stream_flush_raw(s) < 0) return -1;
    }
    return 0;
}

int stream_write_cstr(Object *stream, const char *text, ssize_t n) {
    TextStream *s = (TextStream *)stream;
    if (n < 0) n = (ssize_t)strlen(text);
    if (stream_write_bytes(s, text, n) < 0) return -1;
    bool newline = memchr(text, '\n', (size_t)n) != NULL;
    if (s->write_through || (s->line_buffered && newline)) return stream_flush_raw(s);
    return 0;
}

static Object *stream_write(Object *self, Object *arg) {
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "write() argument must be str, not %.100s", TYPE(arg)->tp_name);
    ssize_t n;
    const char *u = str_as_utf8_len(arg, &n);
    if (!u || stream_write_cstr(self, u, n) < 0) return NULL;
    return int_from_ssize(STR_LEN(arg));
}

static Object *stream_flush(Object *self, Object *unused) {
    TextStream *s = (TextStream *)self;
    if (s->writable && !s->closed && stream_flush_raw(s) < 0) return NULL;
    RETURN_NONE;
}

void stream_flush_all(void) {
    for (int i = 0; i < 3; i++)
        if (all_streams[i] && all_streams[i]->writable && stream_flush_raw(all_streams[i]) < 0)
            err_clear();
}

/* ---- input ------------------------------------------------------------------------------ */

/* Make sure the read buffer holds a newline or everything up to EOF (all = read to the end). */
static int stream_fill(TextStream *s, bool all) {
    stream_flush_all();         /* a prompt written to stdout must show before we block */
    for (;;) {
        if (!all && memchr(s->rbuf + s->rpos, '\n', (size_t)(s->rlen - s->rpos))) return 0;
        if (s->eof) return 0;
        if (s->rpos > 0) {
            memmove(s->rbuf, s->rbuf + s->rpos, (size_t)(s->rlen - s->rpos));
            s->rlen -= s->rpos; s->rpos = 0;
        }
        if (s->rcap - s->rlen < 4096) {
            ssize_t cap = s->rcap ? s->rcap * 2 : 8192;
            char *b = mem_realloc(s->rbuf, (size_t)cap);
            if (!b) { err_no_memory(); return -1; }
            s->rbuf = b; s->rcap = cap;
        }
        ssize_t n = read(s->fd, s->rbuf + s->rlen, (size_t)(s->rcap - s->rlen));
        if (n < 0) {
            if (errno == EINTR) continue;
            err_from_errno(&Exc_OSError, NULL);
            return -1;
        }
        if (n == 0) s->eof = true;
        s->rlen += n;
    }
}

/* One line with its newline ("" at EOF); new reference. */
Object *stream_readline_obj(Object *stream) {
    TextStream *s = (TextStream *)stream;
    if (!s->readable) return err_format(&Exc_OSError, "not readable");
    if (stream_fill(s, false) < 0) return NULL;
    char *start = s->rbuf + s->rpos;
    char *nl = memchr(start, '\n', (size_t)(s->rlen - s->rpos));
    ssize_t n = nl ? nl - start + 1 : s->rlen - s->rpos;
    s->rpos += n;
    return str_from_utf8_lossy(start, n);
}

static Object *stream_readline(Object *self, Object *unused) { return stream_readline_obj(self); }

static Object *stream_read(Object *self, Object *unused) {
    TextStream *s = (TextStream *)self;
    if (!s->readable) return err_format(&Exc_OSError, "not readable");
    if (stream_fill(s, true) < 0) return NULL;
    Object *r = str_from_utf8_lossy(s->rbuf + s->rpos, s->rlen - s->rpos);
    s->rpos = s->rlen;
    return r;
}

static Object *stream_fileno(Object *self, Object *unused) {
    return int_from_long(((TextStream *)self)->fd);
}

static Object *stream_isatty(Object *self, Object *unused) {
    return bool_from(isatty(((TextStream *)self)->fd));
}

static Object *stream_true(Object *self, Object *unused) { RETURN_TRUE; }

static Object *stream_get_encoding(Object *self, void *c) { return str_from_cstr("utf-8"); }
static Object *stream_get_errors(Object *self, void *c) { return str_from_cstr("strict"); }
static Object *stream_get_closed(Object *self, void *c) { return bool_from(((TextStream *)self)->closed); }

static Object *stream_repr(Object *self) {
    TextStream *s = (TextStream *)self;
    return str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", s->name, s->mode);
}

static void stream_dealloc(Object *self) {
    TextStream *s = (TextStream *)self;
    if (s->writable && stream_flush_raw(s) < 0) err_clear();
    for (int i = 0; i < 3; i++) if (all_streams[i] == s) all_streams[i] = NULL;
    XDECREF(s->name);
    XDECREF(s->mode);
    mem_free(s->wbuf);
    mem_free(s->rbuf);
    obj_free(self);
}

static MethodDef stream_methods[] = {
    {"write", stream_write, METH_O, NULL},
    {"flush", stream_flush, METH_NOARGS, NULL},
    {"readline", stream_readline, METH_NOARGS, NULL},
    {"read", stream_read, METH_NOARGS, NULL},
    {"fileno", stream_fileno, METH_NOARGS, NULL},
    {"isatty", stream_isatty, METH_NOARGS, NULL},
    {"writable", stream_true, METH_NOARGS, NULL},
    {"readable", stream_true, METH_NOARGS, NULL},
    {NULL}
};

static MemberDef stream_members[] = {
    {"name", T_OBJECT, offsetof(TextStream, name), READONLY, NULL},
    {"mode", T_OBJECT, offsetof(TextStream, mode), READONLY, NULL},
    {NULL}
};

static GetSetDef stream_getset[] = {
    {"encoding", stream_get_encoding, NULL, NULL, NULL},
    {"errors", stream_get_errors, NULL, NULL, NULL},
    {"closed", stream_get_closed, NULL, NULL, NULL},
    {NULL}
};

TypeObject TextStreamType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextStream),
    .tp_dealloc = stream_dealloc,
    .tp_repr = stream_repr,
    .tp_methods = stream_methods,
    .tp_members = stream_members,
    .tp_getset = stream_getset,
};

/* fd 0, 1 or 2 as sys.stdin/stdout/stderr; new reference. */
Object *stream_std(int fd) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    if (type_ready(&TextStreamType) < 0) return NULL;
    TextStream *s = (TextStream *)obj_alloc(&TextStreamType);
    if (!s) return NULL;
    s->fd = fd;
    s->readable = fd == 0;
    s->writable = fd != 0;
    s->line_buffered = fd != 0 && isatty(fd);
    s->write_through = fd == 2;
    s->name = str_from_cstr(names[fd]);
    s->mode = str_from_cstr(fd == 0 ? "r" : "w");
    if (s->writable) s->wbuf = mem_alloc(STREAM_BUFSIZE);
    if (!s->name || !s->mode || (s->writable && !s->wbuf)) { DECREF(s); return NULL; }
    all_streams[fd] = s;
    return (Object *)s;
}
