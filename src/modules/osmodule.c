/* osmodule.c — the os module: files, directories, the environment and the process, over POSIX.
 *
 * The system calls are wrapped in C with CPython's argument rules (str, bytes or os.PathLike
 * paths; "mkdir: path should be string, bytes or os.PathLike, not int") and its errors (OSError
 * subclasses chosen by errno, carrying the file names).  stat() returns os.stat_result, a struct
 * sequence whose 10 items hold integer times while the st_atime... attributes are floats, as in
 * CPython.
 *
 * What CPython writes in Python in os.py is written in Python here too, run in the module at
 * import: the environ mapping (it calls putenv/unsetenv on changes), getenv, makedirs,
 * removedirs, scandir (DirEntry objects over listdir and stat, so each is_dir() asks the file
 * system; CPython caches readdir's d_type) and the walk() generator (with a stack of
 * directories, as CPython 3.12's, so deep trees need no recursion).  os.path is the frozen
 * posixpath module (src/lib). */
#include "modules.h"
#include "../objects/structseq.h"
#include "../compiler/compiler.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>

extern char **environ;

static TypeObject StatResultType, UnameResultType;

/* ---- paths ----------------------------------------------------------------------------------- */

/* A path argument: the object given, its str/bytes form and the C text. */
typedef struct {
    Object *obj;                /* borrowed: what errors name (fs once converted) */
    Object *fs;                 /* new reference: str or bytes (NULL for an fd) */
    const char *path;           /* NUL-terminated, borrowed from fs */
    int fd;                     /* >= 0 when an integer file descriptor was given */
    bool is_bytes;
} Path;

static void path_clear(Path *p) { CLEAR(p->fs); }

/* os.fspath(o): str and bytes as they are, else __fspath__ (new reference). */
static Object *fspath(Object *o) {
    if (IS_STR(o) || IS_BYTES(o)) return NEWREF(o);
    Object *name = str_intern_cstr("__fspath__");
    Object *meth = name ? obj_lookup_special(o, name) : NULL;
    XDECREF(name);
    if (!meth) {
        if (err_occurred()) return NULL;
        return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                          TYPE(o)->tp_name);
    }
    Object *r = obj_call0(meth);
    DECREF(meth);
    if (r && !IS_STR(r) && !IS_BYTES(r)) {
        err_format(&Exc_TypeError,
                   "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                   TYPE(o)->tp_name, TYPE(r)->tp_name);
        CLEAR(r);
    }
    return r;
}

/* `allow` lists the other kinds accepted, for the message: "integer", "None" or both. */
enum { ALLOW_FD = 1, ALLOW_NONE = 2 };

static int path_conv(const char *fname, const char *argname, Object *o, int allow, Path *p) {
    p->obj = o;
    p->fs = NULL;
    p->path = NULL;
    p->fd = -1;
    p->is_bytes = false;
    if (o == NONE && (allow & ALLOW_NONE)) {
        p->path = ".";
        return 0;
    }
    if ((allow & ALLOW_FD) && IS_INT(o)) {
        long fd = int_as_long(o);
        if (fd == -1 && err_occurred()) return -1;
        if (fd < 0) { err_format(&Exc_ValueError, "fd is negative"); return -1; }
        p->fd = (int)fd;
        return 0;
    }
    Object *fs = NULL;
    if (IS_STR(o) || IS_BYTES(o)) {
        fs = NEWREF(o);
    } else {
        Object *name = str_intern_cstr("__fspath__");
        bool has = name && type_lookup(TYPE(o), name);
        XDECREF(name);
        if (has) fs = fspath(o);
        if (!fs) {
            if (!err_occurred()) {
                const char *kinds = allow == (ALLOW_FD | ALLOW_NONE)
                    ? "string, bytes, os.PathLike, integer or None"
                    : allow == ALLOW_FD ? "string, bytes, os.PathLike or integer"
                    : allow == ALLOW_NONE ? "string, bytes, os.PathLike or None"
                    : "string, bytes or os.PathLike";
                err_format(&Exc_TypeError, "%s: %s should be %s, not %.200s", fname, argname,
                           kinds, TYPE(o)->tp_name);
            }
            return -1;
        }
    }
    ssize_t n;
    const char *s;
    if (IS_STR(fs)) {
        s = str_as_utf8_len(fs, &n);
        if (!s) { DECREF(fs); return -1; }
    } else {
        s = BYTES_DATA(fs);
        n = BYTES_LEN(fs);
        p->is_bytes = true;
    }
    if ((ssize_t)strlen(s) != n) {
        DECREF(fs);
        err_format(&Exc_ValueError, "embedded null byte");
        return -1;
    }
    p->fs = fs;
    p->obj = fs;        /* errors name the file by what __fspath__ gave, as CPython's */
    p->path = s;
    return 0;
}

/* Raise the OSError for errno with one or two file names (borrowed, may be NULL). */
static Object *os_error2(Object *f1, Object *f2) {
    int code = errno;
    Object *args[5] = {int_from_long(code), str_from_utf8_lossy(strerror(code), -1), f1, NONE, f2};
    if (!args[0] || !args[1]) { XDECREF(args[0]); XDECREF(args[1]); return NULL; }
    Object *exc = exc_new(&Exc_OSError, args, f2 ? 5 : f1 ? 3 : 2);
    DECREF(args[0]);
    DECREF(args[1]);
    if (exc) err_raise(exc);
    return NULL;
}

static Object *os_error(Path *p) { return os_error2(p->fd >= 0 ? NULL : p->obj, NULL); }

/* A name from the file system, as str (surrogateescape-free UTF-8) or bytes. */
static Object *fs_name(const char *s, bool as_bytes) {
    return as_bytes ? bytes_from_data(s, (ssize_t)strlen(s)) : str_from_utf8_lossy(s, -1);
}

/* ---- the functions --------------------------------------------------------------------------- */

static Object *os_getcwd_impl(bool as_bytes) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return err_from_errno(&Exc_OSError, NULL);
    return fs_name(buf, as_bytes);
}
static Object *os_getcwd(Object *self, Object *u) { return os_getcwd_impl(false); }
static Object *os_getcwdb(Object *self, Object *u) { return os_getcwd_impl(true); }

static Object *os_chdir(Object *self, Object *arg) {
    Path p;
    if (path_conv("chdir", "path", arg, ALLOW_FD, &p) < 0) return NULL;
    int r = p.fd >= 0 ? fchdir(p.fd) : chdir(p.path);
    Object *res = r == 0 ? NEWREF(NONE) : os_error(&p);
    path_clear(&p);
    return res;
}

static Object *os_listdir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"path", NULL};
    Object *a[1] = {NULL};
    if (args_parse("listdir", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    Path p;
    if (path_conv("listdir", "path", a[0] ? a[0] : NONE, ALLOW_FD | ALLOW_NONE, &p) < 0)
        return NULL;
    DIR *d;
    if (p.fd >= 0) {
        int fd = dup(p.fd);
        d = fd >= 0 ? fdopendir(fd) : NULL;
        if (d) rewinddir(d);
    } else {
        d = opendir(p.path);
    }
    if (!d) { Object *r = os_error(&p); path_clear(&p); return r; }
    Object *list = list_new(0);
    struct dirent *e;
    errno = 0;
    while (list && (e = readdir(d))) {
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        Object *name = fs_name(n, p.is_bytes);
        if (!name || list_append(list, name) < 0) CLEAR(list);
        XDECREF(name);
    }
    if (list && errno) { CLEAR(list); os_error(&p); }
    closedir(d);
    path_clear(&p);
    return list;
}

static Object *os_mkdir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"path", "mode", "dir_fd", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("mkdir", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    long mode = 0777;
    if (a[1] && (mode = int_as_long(a[1])) == -1 && err_occurred()) return NULL;
    Path p;
    if (path_conv("mkdir", "path", a[0], 0, &p) < 0) return NULL;
    Object *r = mkdir(p.path, (mode_t)mode) == 0 ? NEWREF(NONE) : os_error(&p);
    path_clear(&p);
    return r;
}

static Object *simple_path_call(const char *fname, Object *const *args, ssize_t nargs,
                                Object *kwnames, int (*f)(const char *)) {
    static const char *const kwlist[] = {"path", "dir_fd", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    Path p;
    if (path_conv(fname, "path", a[0], 0, &p) < 0) return NULL;
    Object *r = f(p.path) == 0 ? NEWREF(NONE) : os_error(&p);
    path_clear(&p);
    return r;
}

static Object *os_rmdir(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return simple_path_call("rmdir", args, nargs, kw, rmdir);
}
static Object *os_remove(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return simple_path_call("remove", args, nargs, kw, unlink);
}
static Object *os_unlink(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return simple_path_call("unlink", args, nargs, kw, unlink);
}

static Object *two_paths(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
                         int (*f)(const char *, const char *)) {
    static const char *const kwlist[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse(fname, args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    Path s, d;
    if (path_conv(fname, "src", a[0], 0, &s) < 0) return NULL;
    if (path_conv(fname, "dst", a[1], 0, &d) < 0) { path_clear(&s); return NULL; }
    Object *r = f(s.path, d.path) == 0 ? NEWREF(NONE) : os_error2(a[0], a[1]);
    path_clear(&s);
    path_clear(&d);
    return r;
}

static Object *os_rename(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return two_paths("rename", args, nargs, kw, rename);
}
static Object *os_replace(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return two_paths("replace", args, nargs, kw, rename);
}
static Object *os_link(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return two_paths("link", args, nargs, kw, link);
}
static Object *os_symlink(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return two_paths("symlink", args, nargs, kw, symlink);
}

static Object *os_readlink(Object *self, Object *arg) {
    Path p;
    if (path_conv("readlink", "path", arg, 0, &p) < 0) return NULL;
    char buf[4096];
    ssize_t n = readlink(p.path, buf, sizeof buf - 1);
    Object *r;
    if (n < 0) {
        r = os_error(&p);
    } else {
        buf[n] = 0;
        r = fs_name(buf, p.is_bytes);
    }
    path_clear(&p);
    return r;
}

/* stat_result: 10 items (integer times), then the float and nanosecond times and the rest. */
static Object *stat_result(const struct stat *st) {
    struct timespec ts[3] = {st->st_atim, st->st_mtim, st->st_ctim};
    Object *items[19];
    int n = 0;
    long ints[7] = {(long)st->st_mode, (long)st->st_ino, (long)st->st_dev, (long)st->st_nlink,
                    (long)st->st_uid, (long)st->st_gid, (long)st->st_size};
    for (int i = 0; i < 7; i++)
        if (!(items[n++] = int_from_long(ints[i]))) goto fail;
    for (int i = 0; i < 3; i++)
        if (!(items[n++] = int_from_long((long)ts[i].tv_sec))) goto fail;
    for (int i = 0; i < 3; i++)
        if (!(items[n++] = float_from_double((double)ts[i].tv_sec + ts[i].tv_nsec * 1e-9)))
            goto fail;
    for (int i = 0; i < 3; i++) {
        Object *s = int_from_long((long)ts[i].tv_sec), *b = int_from_long(1000000000L);
        Object *m = s && b ? int_mul(s, b) : NULL, *ns = int_from_long(ts[i].tv_nsec);
        items[n] = m && ns ? int_add(m, ns) : NULL;
        XDECREF(s);
        XDECREF(b);
        XDECREF(m);
        XDECREF(ns);
        if (!items[n++]) goto fail;
    }
    if (!(items[n++] = int_from_long((long)st->st_blksize)) ||
        !(items[n++] = int_from_long((long)st->st_blocks)) ||
        !(items[n++] = int_from_long((long)st->st_rdev)))
        goto fail;
    Object *r = structseq_new(&StatResultType, items, 19);
    while (n--) DECREF(items[n]);
    return r;
fail:
    while (n--) XDECREF(items[n]);
    return NULL;
}

static Object *do_stat(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
                       bool follow_default) {
    static const char *const kwlist[] = {"path", "dir_fd", "follow_symlinks", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    bool follow = follow_default;
    if (a[2]) {
        int t = obj_is_true(a[2]);
        if (t < 0) return NULL;
        follow = t && follow_default;
    }
    Path p;
    if (path_conv(fname, "path", a[0], ALLOW_FD, &p) < 0) return NULL;
    struct stat st;
    int r = p.fd >= 0 ? fstat(p.fd, &st) : follow ? stat(p.path, &st) : lstat(p.path, &st);
    Object *res = r == 0 ? stat_result(&st) : os_error(&p);
    path_clear(&p);
    return res;
}

static Object *os_stat(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return do_stat("stat", args, nargs, kw, true);
}
static Object *os_lstat(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return do_stat("lstat", args, nargs, kw, false);
}

static Object *os_fstat(Object *self, Object *arg) {
    long fd = int_as_long(arg);
    if (fd == -1 && err_occurred()) return NULL;
    struct stat st;
    if (fstat((int)fd, &st) != 0) return err_from_errno(&Exc_OSError, NULL);
    return stat_result(&st);
}

static Object *os_access(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "effective_ids",
                                         "follow_symlinks", NULL};
    Object *a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (args_parse("access", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    long mode = int_as_long(a[1]);
    if (mode == -1 && err_occurred()) return NULL;
    Path p;
    if (path_conv("access", "path", a[0], 0, &p) < 0) return NULL;
    int r = access(p.path, (int)mode);
    path_clear(&p);
    return bool_from(r == 0);
}

static Object *os_chmod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("chmod", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    long mode = int_as_long(a[1]);
    if (mode == -1 && err_occurred()) return NULL;
    Path p;
    if (path_conv("chmod", "path", a[0], ALLOW_FD, &p) < 0) return NULL;
    int r = p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.path, (mode_t)mode);
    Object *res = r == 0 ? NEWREF(NONE) : os_error(&p);
    path_clear(&p);
    return res;
}

static Object *os_umask(Object *self, Object *arg) {
    long m = int_as_long(arg);
    if (m == -1 && err_occurred()) return NULL;
    return int_from_long((long)umask((mode_t)m));
}

static Object *os_fspath(Object *self, Object *arg) { return fspath(arg); }

static Object *os_putenv(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("putenv", nargs, 2, 2) < 0) return NULL;
    Path k, v;
    if (path_conv("putenv", "name", args[0], 0, &k) < 0) return NULL;
    if (path_conv("putenv", "value", args[1], 0, &v) < 0) { path_clear(&k); return NULL; }
    Object *r = NULL;
    if (!*k.path || strchr(k.path, '='))
        err_format(&Exc_ValueError, "illegal environment variable name");
    else if (setenv(k.path, v.path, 1) != 0)
        err_from_errno(&Exc_OSError, NULL);
    else
        r = NEWREF(NONE);
    path_clear(&k);
    path_clear(&v);
    return r;
}

static Object *os_unsetenv(Object *self, Object *arg) {
    Path k;
    if (path_conv("unsetenv", "name", arg, 0, &k) < 0) return NULL;
    Object *r = NULL;
    if (!*k.path || strchr(k.path, '='))
        err_format(&Exc_ValueError, "illegal environment variable name");
    else if (unsetenv(k.path) != 0)
        err_from_errno(&Exc_OSError, NULL);
    else
        r = NEWREF(NONE);
    path_clear(&k);
    return r;
}

/* uname() -> posix.uname_result(sysname, nodename, release, version, machine) */
static Object *os_uname(Object *self, Object *u) {
    struct utsname un;
    if (uname(&un) < 0) return err_from_errno(&Exc_OSError, NULL);
    const char *parts[] = {un.sysname, un.nodename, un.release, un.version, un.machine};
    Object *items[5];
    for (int i = 0; i < 5; i++) {
        items[i] = str_from_utf8_lossy(parts[i], -1);
        if (!items[i]) {
            while (i--) DECREF(items[i]);
            return NULL;
        }
    }
    Object *r = structseq_new(&UnameResultType, items, 5);
    for (int i = 0; i < 5; i++) DECREF(items[i]);
    return r;
}

static Object *os_getpid(Object *self, Object *u) { return int_from_long((long)getpid()); }
static Object *os_getppid(Object *self, Object *u) { return int_from_long((long)getppid()); }
static Object *os_getuid(Object *self, Object *u) { return int_from_long((long)getuid()); }
static Object *os_geteuid(Object *self, Object *u) { return int_from_long((long)geteuid()); }
static Object *os_getgid(Object *self, Object *u) { return int_from_long((long)getgid()); }
static Object *os_getegid(Object *self, Object *u) { return int_from_long((long)getegid()); }

static Object *os_cpu_count(Object *self, Object *u) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) RETURN_NONE;
    return int_from_long(n);
}

static Object *os_urandom(Object *self, Object *arg) {
    ssize_t n = num_as_ssize(arg, &Exc_OverflowError);
    if (n == -1 && err_occurred()) return NULL;
    if (n < 0) return err_format(&Exc_ValueError, "negative argument not allowed");
    Object *b = bytes_from_data(NULL, n);
    if (!b) return NULL;
    char *p = BYTES_DATA(b);
    ssize_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            DECREF(b);
            return err_from_errno(&Exc_OSError, NULL);
        }
        got += r;
    }
    return b;
}

static Object *os_strerror(Object *self, Object *arg) {
    long code = int_as_long(arg);
    if (code == -1 && err_occurred()) return NULL;
    return str_from_utf8_lossy(strerror((int)code), -1);
}

/* ---- file descriptors ---------------------------------------------------------------------- */

static int fd_arg(Object *o, int *fd) {
    long v = int_as_long(o);
    if (v == -1 && err_occurred()) return -1;
    *fd = (int)v;
    return 0;
}

static Object *os_open(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"path", "flags", "mode", "dir_fd", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("open", args, nargs, kwnames, kwlist, 2, 3, a) < 0) return NULL;
    int flags, mode = 0777;
    if (fd_arg(a[1], &flags) < 0 || (a[2] && fd_arg(a[2], &mode) < 0)) return NULL;
    Path p;
    if (path_conv("open", "path", a[0], 0, &p) < 0) return NULL;
    int fd;
    do fd = open(p.path, flags | O_CLOEXEC, mode); while (fd < 0 && errno == EINTR);
    Object *r = fd >= 0 ? int_from_long(fd) : os_error(&p);
    path_clear(&p);
    return r;
}

static Object *os_close(Object *self, Object *arg) {
    int fd;
    if (fd_arg(arg, &fd) < 0) return NULL;
    if (close(fd) != 0) return err_from_errno(&Exc_OSError, NULL);
    RETURN_NONE;
}

static Object *os_read(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("read", nargs, 2, 2) < 0) return NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return NULL;
    ssize_t n = num_as_ssize(args[1], &Exc_OverflowError);
    if (n == -1 && err_occurred()) return NULL;
    if (n < 0) { errno = EINVAL; return err_from_errno(&Exc_OSError, NULL); }
    char *buf = mem_alloc(n ? (size_t)n : 1);
    if (!buf) return err_no_memory();
    ssize_t got;
    do got = read(fd, buf, (size_t)n); while (got < 0 && errno == EINTR);
    Object *r = got >= 0 ? bytes_from_data(buf, got) : err_from_errno(&Exc_OSError, NULL);
    mem_free(buf);
    return r;
}

static Object *os_write(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("write", nargs, 2, 2) < 0) return NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return NULL;
    const char *p;
    ssize_t n;
    if (IS_BYTES(args[1])) { p = BYTES_DATA(args[1]); n = BYTES_LEN(args[1]); }
    else if (IS_BYTEARRAY(args[1])) {
        p = ((ByteArrayObject *)args[1])->ob_start;
        n = SIZE(args[1]);
    }
    else return err_format(&Exc_TypeError, "a bytes-like object is required, not '%.100s'",
                           TYPE(args[1])->tp_name);
    stream_flush_all();
    ssize_t w;
    do w = write(fd, p, (size_t)n); while (w < 0 && errno == EINTR);
    return w >= 0 ? int_from_ssize(w) : err_from_errno(&Exc_OSError, NULL);
}

static Object *os_isatty(Object *self, Object *arg) {
    int fd;
    if (fd_arg(arg, &fd) < 0) return NULL;
    return bool_from(isatty(fd));
}

static Object *os_system(Object *self, Object *arg) {
    Path p;
    if (path_conv("system", "command", arg, 0, &p) < 0) return NULL;
    stream_flush_all();
    int r = system(p.path);
    path_clear(&p);
    return int_from_long(r);
}

static Object *os__exit(Object *self, Object *arg) {
    long code = int_as_long(arg);
    if (code == -1 && err_occurred()) return NULL;
    _exit((int)code);
}

#define NOARGS(n) {#n, (void *)os_##n, METH_NOARGS, NULL}
#define O(n)      {#n, (void *)os_##n, METH_O, NULL}
#define FAST(n)   {#n, (void *)os_##n, METH_FASTCALL, NULL}
#define KW(n)     {#n, (void *)os_##n, METH_FASTCALL | METH_KEYWORDS, NULL}
static MethodDef os_methods[] = {
    NOARGS(getcwd), NOARGS(getcwdb), O(chdir), KW(listdir), KW(mkdir), KW(rmdir), KW(remove),
    KW(unlink), KW(rename), KW(replace), KW(link), KW(symlink), O(readlink), KW(stat), KW(lstat),
    O(fstat), KW(access), KW(chmod), O(umask), O(fspath), FAST(putenv), O(unsetenv),
    NOARGS(uname), NOARGS(getpid), NOARGS(getppid), NOARGS(getuid), NOARGS(geteuid), NOARGS(getgid),
    NOARGS(getegid), NOARGS(cpu_count), O(urandom), O(strerror), KW(open), O(close), FAST(read),
    FAST(write), O(isatty), O(system), O(_exit),
    {NULL}
};

/* ---- what os.py writes in Python ------------------------------------------------------------ */

static const char os_py[] =
    "class _Environ:\n"
    "    def __init__(self, data):\n"
    "        self._data = data\n"
    "    def __getitem__(self, key):\n"
    "        try:\n"
    "            return self._data[key]\n"
    "        except KeyError:\n"
    "            raise KeyError(key) from None\n"
    "    def __setitem__(self, key, value):\n"
    "        if not isinstance(key, str):\n"
    "            raise TypeError('str expected, not %s' % type(key).__name__)\n"
    "        if not isinstance(value, str):\n"
    "            raise TypeError('str expected, not %s' % type(value).__name__)\n"
    "        putenv(key, value)\n"
    "        self._data[key] = value\n"
    "    def __delitem__(self, key):\n"
    "        if not isinstance(key, str):\n"
    "            raise TypeError('str expected, not %s' % type(key).__name__)\n"
    "        unsetenv(key)\n"
    "        try:\n"
    "            del self._data[key]\n"
    "        except KeyError:\n"
    "            raise KeyError(key) from None\n"
    "    def __iter__(self):\n"
    "        return iter(list(self._data))\n"
    "    def __len__(self):\n"
    "        return len(self._data)\n"
    "    def __contains__(self, key):\n"
    "        return key in self._data\n"
    "    def __repr__(self):\n"
    "        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())\n"
    "    def __eq__(self, other):\n"
    "        if isinstance(other, _Environ):\n"
    "            other = other._data\n"
    "        return self._data == other\n"
    "    __hash__ = None\n"
    "    def get(self, key, default=None):\n"
    "        try:\n"
    "            return self[key]\n"
    "        except KeyError:\n"
    "            return default\n"
    "    def keys(self):\n"
    "        return self._data.keys()\n"
    "    def values(self):\n"
    "        return self._data.values()\n"
    "    def items(self):\n"
    "        return self._data.items()\n"
    "    def copy(self):\n"
    "        return dict(self._data)\n"
    "    def setdefault(self, key, value):\n"
    "        if key not in self:\n"
    "            self[key] = value\n"
    "        return self[key]\n"
    "    def pop(self, key, *default):\n"
    "        if key in self:\n"
    "            value = self[key]\n"
    "            del self[key]\n"
    "            return value\n"
    "        if default:\n"
    "            return default[0]\n"
    "        raise KeyError(key)\n"
    "    def popitem(self):\n"
    "        for key in self:\n"
    "            value = self[key]\n"
    "            del self[key]\n"
    "            return key, value\n"
    "        raise KeyError\n"
    "    def clear(self):\n"
    "        for key in list(self._data):\n"
    "            del self[key]\n"
    "    def update(self, other=(), **kwds):\n"
    "        if hasattr(other, 'keys'):\n"
    "            for key in other.keys():\n"
    "                self[key] = other[key]\n"
    "        else:\n"
    "            for key, value in other:\n"
    "                self[key] = value\n"
    "        for key, value in kwds.items():\n"
    "            self[key] = value\n"
    "    def __or__(self, other):\n"
    "        new = dict(self._data)\n"
    "        new.update(other)\n"
    "        return new\n"
    "    def __ior__(self, other):\n"
    "        self.update(other)\n"
    "        return self\n"
    "\n"
    "environ = _Environ(_environ_data)\n"
    "del _environ_data\n"
    "\n"
    "def getenv(key, default=None):\n"
    "    return environ.get(key, default)\n"
    "\n"
    "def fsencode(filename):\n"
    "    filename = fspath(filename)\n"
    "    if isinstance(filename, str):\n"
    "        return filename.encode('utf-8', 'surrogateescape')\n"
    "    return filename\n"
    "\n"
    "def fsdecode(filename):\n"
    "    filename = fspath(filename)\n"
    "    if isinstance(filename, bytes):\n"
    "        return filename.decode('utf-8', 'surrogateescape')\n"
    "    return filename\n"
    "\n"
    "def makedirs(name, mode=0o777, exist_ok=False):\n"
    "    head, tail = path.split(name)\n"
    "    if not tail:\n"
    "        head, tail = path.split(head)\n"
    "    if head and tail and not path.exists(head):\n"
    "        try:\n"
    "            makedirs(head, exist_ok=exist_ok)\n"
    "        except FileExistsError:\n"
    "            pass\n"
    "        if tail == (b'.' if isinstance(tail, bytes) else '.'):\n"
    "            return\n"
    "    try:\n"
    "        mkdir(name, mode)\n"
    "    except OSError:\n"
    "        if not exist_ok or not path.isdir(name):\n"
    "            raise\n"
    "\n"
    "def removedirs(name):\n"
    "    rmdir(name)\n"
    "    head, tail = path.split(name)\n"
    "    if not tail:\n"
    "        head, tail = path.split(head)\n"
    "    while head and tail:\n"
    "        try:\n"
    "            rmdir(head)\n"
    "        except OSError:\n"
    "            break\n"
    "        head, tail = path.split(head)\n"
    "\n"
    "def renames(old, new):\n"
    "    head, tail = path.split(new)\n"
    "    if head and tail and not path.exists(head):\n"
    "        makedirs(head)\n"
    "    rename(old, new)\n"
    "    head, tail = path.split(old)\n"
    "    if head and tail:\n"
    "        try:\n"
    "            removedirs(head)\n"
    "        except OSError:\n"
    "            pass\n"
    "\n"
    "class DirEntry:\n"
    "    def __init__(self, top, name):\n"
    "        self.name = name\n"
    "        self.path = path.join(top, name)\n"
    "    def __repr__(self):\n"
    "        return '<DirEntry %r>' % (self.name,)\n"
    "    def __fspath__(self):\n"
    "        return self.path\n"
    "    def stat(self, *, follow_symlinks=True):\n"
    "        return stat(self.path, follow_symlinks=follow_symlinks)\n"
    "    def inode(self):\n"
    "        return lstat(self.path).st_ino\n"
    "    def _is(self, kind, follow_symlinks):\n"
    "        try:\n"
    "            st = stat(self.path) if follow_symlinks else lstat(self.path)\n"
    "        except OSError:\n"
    "            return False\n"
    "        return st.st_mode & 0o170000 == kind\n"
    "    def is_dir(self, *, follow_symlinks=True):\n"
    "        return self._is(0o040000, follow_symlinks)\n"
    "    def is_file(self, *, follow_symlinks=True):\n"
    "        return self._is(0o100000, follow_symlinks)\n"
    "    def is_symlink(self):\n"
    "        return self._is(0o120000, False)\n"
    "\n"
    "class _ScandirIterator:\n"
    "    def __init__(self, top):\n"
    "        self._top = top\n"
    "        self._names = iter(listdir(top))\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        return DirEntry(self._top, next(self._names))\n"
    "    def close(self):\n"
    "        self._names = iter(())\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self.close()\n"
    "\n"
    "def scandir(path='.'):\n"
    "    return _ScandirIterator(fspath(path))\n"
    "\n"
    "def walk(top, topdown=True, onerror=None, followlinks=False):\n"
    "    stack = [fspath(top)]\n"
    "    while stack:\n"
    "        top = stack.pop()\n"
    "        if isinstance(top, tuple):\n"
    "            yield top\n"
    "            continue\n"
    "        try:\n"
    "            names = listdir(top)\n"
    "        except OSError as error:\n"
    "            if onerror is not None:\n"
    "                onerror(error)\n"
    "            continue\n"
    "        dirs, nondirs, walk_dirs = [], [], []\n"
    "        for name in names:\n"
    "            full = path.join(top, name)\n"
    "            if path.isdir(full):\n"
    "                dirs.append(name)\n"
    "                if not topdown and (followlinks or not path.islink(full)):\n"
    "                    walk_dirs.append(full)\n"
    "            else:\n"
    "                nondirs.append(name)\n"
    "        if topdown:\n"
    "            yield top, dirs, nondirs\n"
    "            for name in reversed(dirs):\n"
    "                new_path = path.join(top, name)\n"
    "                if followlinks or not path.islink(new_path):\n"
    "                    stack.append(new_path)\n"
    "        else:\n"
    "            stack.append((top, dirs, nondirs))\n"
    "            stack.extend(reversed(walk_dirs))\n";

static int add_environ_data(Object *m) {
    Object *d = dict_new();
    if (!d) return -1;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Object *k = str_from_utf8_lossy(*e, eq - *e), *v = str_from_utf8_lossy(eq + 1, -1);
        /* the first definition of a name wins, as in CPython */
        int r = (k && v) ? (dict_contains(d, k) ? 0 : dict_setitem(d, k, v)) : -1;
        XDECREF(k);
        XDECREF(v);
        if (r < 0) { DECREF(d); return -1; }
    }
    return module_add(m, "_environ_data", d);
}

static int os_init(Object *m) {
    static const char *const fields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
        "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime",
        "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
        "st_rdev", NULL};
    if (!StatResultType.tp_name) {
        if (structseq_init_type_n(&StatResultType, "os.stat_result", fields, 10) < 0) return -1;
        /* The visible items 7-9 are the integer times, shown under these names by repr; the
         * attributes st_atime... are the float times (hidden items 10-12). */
        for (int i = 10; i < 13; i++) {
            MemberDef *md = &StatResultType.tp_members[i];
            Object *descr = descr_new_member(&StatResultType, md);
            if (!descr || dict_setitem_str(StatResultType.tp_dict, md->name, descr) < 0) {
                XDECREF(descr);
                return -1;
            }
            DECREF(descr);
        }
        Object *nu = int_from_long(3);
        if (!nu || dict_setitem_str(StatResultType.tp_dict, "n_unnamed_fields", nu) < 0) {
            XDECREF(nu);
            return -1;
        }
        DECREF(nu);
        type_modified(&StatResultType);
    }
    if (module_add(m, "stat_result", NEWREF(OBJ(&StatResultType))) < 0) return -1;
    static const char *const uname_fields[] = {"sysname", "nodename", "release", "version",
                                               "machine", NULL};
    if (!UnameResultType.tp_name &&
        structseq_init_type(&UnameResultType, "posix.uname_result", uname_fields) < 0)
        return -1;
    if (module_add(m, "uname_result", NEWREF(OBJ(&UnameResultType))) < 0) return -1;
    static const struct { const char *name, *value; } strs[] = {
        {"name", "posix"}, {"sep", "/"}, {"curdir", "."}, {"pardir", ".."}, {"extsep", "."},
        {"pathsep", ":"}, {"linesep", "\n"}, {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"},
    };
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (module_add(m, strs[i].name, str_from_cstr(strs[i].value)) < 0) return -1;
    static const struct { const char *name; long v; } ints[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC},
        {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"EX_OK", 0},
    };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        if (module_add(m, ints[i].name, int_from_long(ints[i].v)) < 0) return -1;
    if (module_add(m, "altsep", NEWREF(NONE)) < 0 ||
        module_add(m, "error", NEWREF(OBJ(&Exc_OSError))) < 0)
        return -1;
    if (add_environ_data(m) < 0) return -1;
    /* os.path: posixpath imports os, so os must be in sys.modules first (as os.py is while it
     * runs). */
    Object *modules = vm_sys_modules();
    if (!modules || dict_setitem_str(modules, "os", m) < 0) return -1;
    Object *posixpath = vm_import_cstr("posixpath");
    if (!posixpath) { dict_delitem_str(modules, "os"); return -1; }
    int bad = module_add(m, "path", NEWREF(posixpath)) < 0 ||
              dict_setitem_str(modules, "os.path", posixpath) < 0;
    DECREF(posixpath);
    if (bad) return -1;
    Object *filename = str_from_cstr("<os>");
    if (!filename) return -1;
    Object *code = compile_source(os_py, (ssize_t)strlen(os_py), filename, MODE_EXEC);
    DECREF(filename);
    if (!code) return -1;
    Object *d = MODULE_DICT(m);
    Object *r = vm_eval_code(code, d, d);
    DECREF(code);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

ModuleDef os_module_def = {
    "os",
    "OS routines for NT or Posix depending on what system we're on.",
    os_methods, os_init
};
