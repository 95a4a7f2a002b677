/* notebook.c — `ouro NOTEBOOK.ipynb`: run a Jupyter notebook's code cells as IPython would, and
 * optionally write the executed notebook (nbformat 4) back out.
 *
 * Semantics (those of ../shared/tools/nbrun_cpython.py, the reference, copied to tests/nb/):
 * the cells run in order in one __main__ namespace; each top-level statement of a cell is
 * compiled on its own — `compile(statement_source, "<cell>", mode)`, then run, then the code
 * object dropped — so
 * constants are not shared between statements (`a = 999` and `b = 999` are two objects) and no
 * syntax tree or code object outlives its statement to hold references.  The last statement,
 * when it is an expression, is compiled in "single" mode: its value goes to sys.displayhook,
 * which here records it as the cell's execute_result (and binds builtins._, as the REPL's
 * hook does).  An exception ends its cell, shows a traceback, and the next cell runs.
 * Decorated definitions keep their decorators (the reference, cutting statements out with
 * ast.get_source_segment, drops them).
 *
 * Capture: for the time a cell runs, sys.stdout and sys.stderr are Capture objects (a tiny
 * type below) that record every write into the cell's outputs — consecutive writes to one
 * stream merge into one `stream` output, as Jupyter shows them — and echo it to the real
 * stream at once, so a long cell shows progress.  Tracebacks are rendered by the VM's own
 * printer into a buffer.  Captured text lives in C buffers and the document is a C tree
 * (json.c), so the runner adds no objects to the heap the notebook is looking at.
 *
 * Percent-format scripts (`# %%` lines start cells, `# %% [markdown]` a markdown cell, as
 * jupytext and VS Code write them) are turned into the same document first. */
#include "notebook.h"
#include "json.h"
#include "repl.h"
#include "../vm/vm.h"
#include "../compiler/compiler.h"
#include "../modules/modules.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file name code and syntax errors of cells report (the reference's compile() name). */
#define CELL_FILENAME "<cell>"

/* ---- growable text ------------------------------------------------------------------------ */

typedef struct Buf { char *s; size_t n, cap; } Buf;

static int buf_add(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (b->n + n + 1 > cap) cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) return -1;
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return 0;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = {0};
    char chunk[65536];
    size_t got;
    int ok = 0;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        if ((ok = buf_add(&b, chunk, got)) < 0) break;
    if (ok == 0 && ferror(f)) ok = -1;
    fclose(f);
    if (ok == 0 && !b.s) ok = buf_add(&b, "", 0);
    if (ok < 0) { free(b.s); return NULL; }
    *len = b.n;
    return b.s;
}

/* ---- a cell's outputs ---------------------------------------------------------------------- */

typedef enum { OUT_STREAM, OUT_RESULT, OUT_ERROR } OutKind;

typedef struct Output {
    OutKind kind;
    bool is_stderr;             /* OUT_STREAM: which stream */
    Buf text;                   /* the stream's text, the result's repr, the traceback */
    char *ename, *evalue;       /* OUT_ERROR */
} Output;

typedef struct CellRun {
    Output *outs;
    size_t n, cap;
    bool ran, failed;
    int count;                  /* its execution count */
} CellRun;

struct Notebook {
    char *path, *out_path;
    Json *doc;
    CellRun *runs;              /* one per entry of doc.cells */
};

static CellRun *current;        /* the running cell: where captures record */
static Buf *tb_sink;            /* while a traceback is rendered: where it goes */
static Object *real_out, *real_err;     /* the streams captures echo to (borrowed) */

static Output *new_output(CellRun *c, OutKind kind) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 4;
        Output *o = realloc(c->outs, cap * sizeof *o);
        if (!o) return NULL;
        c->outs = o;
        c->cap = cap;
    }
    Output *o = &c->outs[c->n++];
    memset(o, 0, sizeof *o);
    o->kind = kind;
    return o;
}

static void free_run(CellRun *c) {
    for (size_t i = 0; i < c->n; i++) {
        free(c->outs[i].text.s);
        free(c->outs[i].ename);
        free(c->outs[i].evalue);
    }
    free(c->outs);
}

static int record_stream(CellRun *c, bool is_stderr, const char *s, size_t n) {
    Output *last = c->n ? &c->outs[c->n - 1] : NULL;
    if (!last || last->kind != OUT_STREAM || last->is_stderr != is_stderr) {
        last = new_output(c, OUT_STREAM);
        if (!last) return -1;
        last->is_stderr = is_stderr;
    }
    return buf_add(&last->text, s, n);
}

/* Write text to a real stream (stdout first flushed when writing to stderr, so the two
 * interleave as they were written).  Errors are dropped: echoing is a courtesy. */
static void echo(Object *stream, const char *s, ssize_t n) {
    if (!stream || stream == NONE || n == 0) return;
    Object *saved = err_fetch();
    if (stream == real_err && real_out && real_out != NONE) {
        Object *r = obj_call_method(real_out, "flush", NULL, 0);
        if (r) DECREF(r); else err_clear();
    }
    if (TYPE(stream) == &TextStreamType) {
        if (stream_write_cstr(stream, s, n) < 0) err_clear();
    } else {
        Object *t = str_from_utf8_lossy(s, n);
        Object *r = t ? obj_call_method(stream, "write", &t, 1) : NULL;
        XDECREF(t);
        if (r) DECREF(r); else err_clear();
    }
    err_restore(saved);
}

/* ---- Capture: the sys.stdout / sys.stderr of a running cell -------------------------------- */

typedef struct Capture {
    OB_HEAD;
    int fd;                     /* 1 stdout, 2 stderr, 0 a traceback being rendered */
    Object *name;               /* "<stdout>", ... */
} Capture;

static Object *capture_write(Object *self, Object *arg) {
    Capture *c = (Capture *)self;
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "write() argument must be str, not %.100s",
                          TYPE(arg)->tp_name);
    ssize_t n;
    const char *u = str_as_utf8_len(arg, &n);
    if (!u) return NULL;
    if (n > 0) {
        int r = 0;
        if (c->fd == 0) {
            if (tb_sink) r = buf_add(tb_sink, u, (size_t)n);
        } else {
            /* Outside any cell (a capture kept in a variable, a __del__ at exit) the text
             * still shows, on the interpreter's own stream. */
            Object *to = c->fd == 2 ? real_err : real_out;
            if (!to) to = vm_sys_get(c->fd == 2 ? "__stderr__" : "__stdout__");
            if (current) r = record_stream(current, c->fd == 2, u, (size_t)n);
            echo(to, u, n);
        }
        if (r < 0) return err_no_memory();
    }
    return int_from_ssize(STR_LEN(arg));
}

static Object *capture_flush(Object *self, Object *unused) {
    Capture *c = (Capture *)self;
    Object *s = c->fd == 1 ? real_out : c->fd == 2 ? real_err : NULL;
    if (s && s != NONE) return obj_call_method(s, "flush", NULL, 0);
    RETURN_NONE;
}

static Object *capture_false(Object *self, Object *unused) { RETURN_FALSE; }
static Object *capture_true(Object *self, Object *unused) { RETURN_TRUE; }
static Object *capture_encoding(Object *self, void *c) { return str_from_cstr("utf-8"); }

static Object *capture_repr(Object *self) {
    return str_from_format("<ouro.notebook.Capture name=%R>", ((Capture *)self)->name);
}

static void capture_dealloc(Object *self) {
    XDECREF(((Capture *)self)->name);
    TYPE(self)->tp_free(self);
}

static MethodDef capture_methods[] = {
    {"write", (void *)capture_write, METH_O, NULL},
    {"flush", (void *)capture_flush, METH_NOARGS, NULL},
    {"isatty", (void *)capture_false, METH_NOARGS, NULL},
    {"writable", (void *)capture_true, METH_NOARGS, NULL},
    {"readable", (void *)capture_false, METH_NOARGS, NULL},
    {NULL}
};

static MemberDef capture_members[] = {
    {"name", T_OBJECT, offsetof(Capture, name), READONLY, NULL},
    {NULL}
};

static GetSetDef capture_getset[] = {
    {"encoding", capture_encoding, NULL, NULL, NULL},
    {NULL}
};

static TypeObject CaptureType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "ouro.notebook.Capture",
    .tp_basicsize = sizeof(Capture),
    .tp_dealloc = capture_dealloc,
    .tp_repr = capture_repr,
    .tp_methods = capture_methods,
    .tp_members = capture_members,
    .tp_getset = capture_getset,
};

static Object *capture_new(int fd) {
    static const char *const names[] = {"<traceback>", "<stdout>", "<stderr>"};
    if (type_ready(&CaptureType) < 0) return NULL;
    Capture *c = (Capture *)obj_alloc(&CaptureType);
    if (!c) return NULL;
    c->fd = fd;
    c->name = str_from_cstr(names[fd]);
    if (!c->name) { DECREF(c); return NULL; }
    return (Object *)c;
}

/* sys.displayhook while a cell runs: the value becomes the cell's execute_result.  Like the
 * standard hook, _ is None while repr() runs and the value afterwards. */
static Object *nb_displayhook(Object *self, Object *value) {
    if (value == NONE) RETURN_NONE;
    Object *bd = vm_builtins();
    if (dict_setitem(bd, ID(_), NONE) < 0) return NULL;
    Object *r = obj_repr(value);
    if (!r) return NULL;
    ssize_t n;
    const char *u = str_as_utf8_len(r, &n);
    int ok = u ? 0 : -1;
    if (u && current) {
        Output *o = new_output(current, OUT_RESULT);
        ok = o ? buf_add(&o->text, u, (size_t)n) : -1;
        if (ok < 0) err_no_memory();
    }
    if (ok == 0) {
        echo(real_out, u, n);
        echo(real_out, "\n", 1);
    }
    DECREF(r);
    if (ok < 0 || dict_setitem(bd, ID(_), value) < 0) return NULL;
    RETURN_NONE;
}

static MethodDef displayhook_def = {"displayhook", (void *)nb_displayhook, METH_O, NULL};

/* ---- running one cell ---------------------------------------------------------------------- */

/* A top-level statement: its source text within the cell, and whether it is an expression. */
typedef struct Span { size_t start, end; bool is_expr; } Span;

/* Byte offset in src of (lineno, col), both as the parser counts them (1-based line, byte
 * column).  lines[i] is the offset where line i + 1 starts. */
static size_t offset_of(const size_t *lines, size_t nlines, size_t len, int lineno, int col) {
    if (lineno < 1) return 0;
    if ((size_t)lineno > nlines) return len;
    size_t off = lines[lineno - 1] + (size_t)(col > 0 ? col : 0);
    return off < len ? off : len;
}

/* Parse the cell and cut it into statements.  -1 with SyntaxError pending. */
static int split_cell(const char *src, size_t len, Span **out, size_t *nout) {
    *out = NULL;
    *nout = 0;
    size_t nlines = 1;
    for (size_t i = 0; i < len; i++) nlines += src[i] == '\n';
    size_t *lines = malloc(nlines * sizeof *lines);
    Arena *arena = arena_new();
    Object *fn = str_from_cstr(CELL_FILENAME);
    int status = -1;
    if (!lines || !arena || !fn) { err_no_memory(); goto done; }
    lines[0] = 0;
    for (size_t i = 0, k = 1; i < len; i++)
        if (src[i] == '\n') lines[k++] = i + 1;
    ModNode *mod = parse_source(src, (ssize_t)len, fn, MODE_EXEC, arena);
    if (!mod) goto done;
    int n = SEQ_LEN(mod->body);
    Span *spans = calloc(n ? (size_t)n : 1, sizeof *spans);
    if (!spans) { err_no_memory(); goto done; }
    for (int i = 0; i < n; i++) {
        Stmt *s = SEQ_GET(mod->body, i);
        Pos p = s->pos;
        Seq *decos = s->kind == FunctionDef_kind || s->kind == AsyncFunctionDef_kind
                   ? s->v.FunctionDef.decorator_list
                   : s->kind == ClassDef_kind ? s->v.ClassDef.decorator_list : NULL;
        int first_line = p.lineno, first_col = p.col_offset;
        if (SEQ_LEN(decos) > 0) {
            /* A top-level decorated definition starts a line: take it from its first '@'. */
            first_line = ((Expr *)SEQ_GET(decos, 0))->pos.lineno;
            first_col = 0;
        }
        spans[i].start = offset_of(lines, nlines, len, first_line, first_col);
        spans[i].end = offset_of(lines, nlines, len, p.end_lineno, p.end_col_offset);
        spans[i].is_expr = s->kind == Expr_kind;
    }
    *out = spans;
    *nout = (size_t)n;
    status = 0;
done:
    XDECREF(fn);
    if (arena) arena_free(arena);     /* before anything runs: the tree holds constants */
    free(lines);
    return status;
}

static char *type_name_of(Object *exc) {
    Object *n = obj_getattr_str((Object *)TYPE(exc), "__name__");
    const char *u = n && IS_STR(n) ? str_as_utf8(n) : NULL;
    char *r = strdup(u ? u : TYPE(exc)->tp_name);
    XDECREF(n);
    if (!u) err_clear();
    return r;
}

static char *str_of(Object *exc) {
    Object *s = obj_str(exc);
    const char *u = s ? str_as_utf8(s) : NULL;
    char *r = strdup(u ? u : "<exception str() failed>");
    XDECREF(s);
    if (!u) err_clear();
    return r;
}

/* The exception's traceback, rendered by the VM's printer into the cell's error output, and
 * echoed to stderr.  Does not steal exc. */
static void record_error(CellRun *c, Object *exc) {
    Object *sysd = MODULE_DICT(vm_sys_module());
    Object *sink = capture_new(0);
    Object *saved = dict_getitem_str(sysd, "stderr");
    XINCREF(saved);
    Buf tb = {0};
    if (sink && dict_setitem_str(sysd, "stderr", sink) == 0) {
        tb_sink = &tb;
        vm_print_exception(exc);
        tb_sink = NULL;
        if (saved) dict_setitem_str(sysd, "stderr", saved);
        else dict_delitem_str(sysd, "stderr");
    }
    if (err_occurred()) err_clear();
    XDECREF(sink);
    XDECREF(saved);
    Output *o = new_output(c, OUT_ERROR);
    if (!o) { free(tb.s); err_clear(); return; }
    o->text = tb;
    o->ename = type_name_of(exc);
    o->evalue = str_of(exc);
    if (tb.n) echo(real_err, tb.s, (ssize_t)tb.n);
}

/* Run one statement's source in __main__.  NULL on success, else the exception (new ref). */
static Object *run_statement(const char *src, size_t len, CompileMode mode) {
    char *text = malloc(len + 1);
    if (!text) return err_no_memory(), err_fetch();
    memcpy(text, src, len);
    text[len] = 0;
    Object *fn = str_from_cstr(CELL_FILENAME);
    Object *code = fn ? compile_source(text, (ssize_t)len, fn, mode) : NULL;
    XDECREF(fn);
    free(text);
    if (!code) return err_fetch();
    Object *d = MODULE_DICT(vm_main_module());
    Object *r = vm_eval_code(code, d, d);
    DECREF(code);
    if (!r) return err_fetch();
    DECREF(r);
    return NULL;
}

/* Run a cell's source with its output captured.  Returns 0, or (when the notebook must stop:
 * SystemExit, KeyboardInterrupt) 1 with *stop_status set. */
static int run_cell(const char *src, size_t len, CellRun *c, int *stop_status) {
    Object *sysd = MODULE_DICT(vm_sys_module());
    static const char *const keys[3] = {"stdout", "stderr", "displayhook"};
    Object *saved[3], *repl[3];
    for (int i = 0; i < 3; i++) {
        saved[i] = dict_getitem_str(sysd, keys[i]);
        XINCREF(saved[i]);
    }
    /* A displayhook of the user's own (set in an earlier cell) is left to do its work. */
    Object *std_hook = dict_getitem_str(sysd, "__displayhook__");
    bool own_hook = !saved[2] || saved[2] == std_hook;
    repl[0] = capture_new(1);
    repl[1] = capture_new(2);
    repl[2] = own_hook ? cfunction_new(&displayhook_def, NULL, NULL) : NULL;
    real_out = saved[0];
    real_err = saved[1];
    current = c;
    int stop = 0;
    Object *exc = NULL;
    for (int i = 0; i < 3 && !exc; i++)
        if (i < 2 || own_hook)
            if (!repl[i] || dict_setitem_str(sysd, keys[i], repl[i]) < 0) exc = err_fetch();
    Span *spans = NULL;
    size_t n = 0;
    if (!exc && split_cell(src, len, &spans, &n) < 0) exc = err_fetch();
    for (size_t i = 0; i < n && !exc; i++) {
        CompileMode mode = i == n - 1 && spans[i].is_expr ? MODE_SINGLE : MODE_EXEC;
        exc = run_statement(src + spans[i].start, spans[i].end - spans[i].start, mode);
    }
    free(spans);
    if (exc && IS_INSTANCE(exc, &Exc_SystemExit)) {
        stop = 1;
        *stop_status = cli_system_exit_status(exc);
    } else if (exc) {
        c->failed = true;
        record_error(c, exc);
        if (IS_INSTANCE(exc, &Exc_KeyboardInterrupt)) { stop = 1; *stop_status = 1; }
    }
    XDECREF(exc);
    current = NULL;
    /* sys.stdout is put back as contextlib.redirect_stdout (the reference's capture) does;
     * stderr and displayhook only if the cell did not set its own. */
    for (int i = 0; i < 3; i++) {
        Object *now = dict_getitem_str(sysd, keys[i]);
        if (i == 0 || (repl[i] && now == repl[i])) {
            if (saved[i]) dict_setitem_str(sysd, keys[i], saved[i]);
            else if (dict_delitem_str(sysd, keys[i]) < 0) err_clear();
        }
        XDECREF(saved[i]);
        XDECREF(repl[i]);
    }
    real_out = real_err = NULL;
    if (err_occurred()) err_clear();
    return stop;
}

/* ---- loading ------------------------------------------------------------------------------- */

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* A percent-format cell marker: "# %%" or "#%%" at the start of a line. */
static bool is_marker(const char *line, size_t n) {
    return (n >= 4 && memcmp(line, "# %%", 4) == 0) || (n >= 3 && memcmp(line, "#%%", 3) == 0);
}

bool notebook_detect(const char *path) {
    if (has_suffix(path, ".ipynb")) return true;
    if (!has_suffix(path, ".py")) return false;
    size_t len;
    char *s = read_file(path, &len);
    if (!s) return false;
    bool found = false;
    for (size_t i = 0; i < len && !found; ) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (s + i)) : len - i;
        found = is_marker(s + i, n);
        i += n + 1;
    }
    free(s);
    return found;
}

/* The cell's source as one string (malloc'd), or NULL when it is not a string or a list of
 * strings. */
static char *cell_source(const Json *cell, size_t *len) {
    const Json *src = json_get(cell, "source");
    Buf b = {0};
    if (src && src->type == JSON_STRING) {
        if (buf_add(&b, src->text, src->len) < 0) return NULL;
    } else if (src && src->type == JSON_ARRAY) {
        for (size_t i = 0; i < src->n; i++) {
            if (src->items[i]->type != JSON_STRING) { free(b.s); return NULL; }
            const Json *line = src->items[i];
            if (buf_add(&b, line->text, line->len) < 0) { free(b.s); return NULL; }
        }
        if (!b.s && buf_add(&b, "", 0) < 0) return NULL;
    } else {
        return NULL;
    }
    *len = b.n;
    return b.s;
}

/* Text as nbformat stores it: a list of lines, each with its newline. */
static Json *lines_of(const char *s, size_t n) {
    Json *a = json_new(JSON_ARRAY);
    for (size_t i = 0; a && i < n; ) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t k = nl ? (size_t)(nl - (s + i)) + 1 : n - i;
        if (json_push(a, json_string(s + i, k)) < 0) { json_free(a); return NULL; }
        i += k;
    }
    return a;
}

static Json *new_cell(const char *type, int number, const char *src, size_t n) {
    Json *c = json_new(JSON_OBJECT);
    char id[32];
    snprintf(id, sizeof id, "cell-%d", number);
    if (!c || json_set(c, "cell_type", json_string(type, strlen(type))) < 0 ||
        json_set(c, "id", json_string(id, strlen(id))) < 0 ||
        json_set(c, "metadata", json_new(JSON_OBJECT)) < 0 ||
        json_set(c, "source", lines_of(src, n)) < 0) {
        json_free(c);
        return NULL;
    }
    if (strcmp(type, "code") == 0 &&
        (json_set(c, "execution_count", json_new(JSON_NULL)) < 0 ||
         json_set(c, "outputs", json_new(JSON_ARRAY)) < 0)) {
        json_free(c);
        return NULL;
    }
    return c;
}

/* Finish one percent-format cell of lines [from, to) of s: blank lines around it dropped; for
 * markdown, each line's leading "# " too.  Empty cells are left out. */
static int add_percent_cell(Json *cells, const char *type, const char *s, size_t from, size_t to) {
    size_t a = from, b = to;
    for (;;) {                      /* leading blank lines */
        const char *nl = memchr(s + a, '\n', b - a);
        size_t e = nl ? (size_t)(nl - s) + 1 : b;
        size_t k = a;
        while (k < e && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r')) k++;
        if (k < e || e == a) break;
        a = e;
    }
    while (b > a && (s[b - 1] == '\n' || s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
        b--;
    if (b == a) return 0;
    Buf text = {0};
    if (strcmp(type, "markdown") == 0) {
        for (size_t i = a; i < b; ) {
            const char *nl = memchr(s + i, '\n', b - i);
            size_t e = nl ? (size_t)(nl - s) + 1 : b, k = i;
            if (k < e && s[k] == '#') { k++; if (k < e && s[k] == ' ') k++; }
            if (buf_add(&text, s + k, e - k) < 0) { free(text.s); return -1; }
            i = e;
        }
    } else if (buf_add(&text, s + a, b - a) < 0) {
        return -1;
    }
    int r = json_push(cells, new_cell(type, (int)cells->n + 1, text.s, text.n));
    free(text.s);
    return r;
}

static Json *percent_document(const char *s, size_t len) {
    Json *doc = json_new(JSON_OBJECT), *cells = json_new(JSON_ARRAY);
    Json *meta = json_new(JSON_OBJECT), *ks = json_new(JSON_OBJECT), *li = json_new(JSON_OBJECT);
    bool ok = doc && cells && meta && ks && li &&
        json_set(ks, "display_name", json_string("Python 3", 8)) == 0 &&
        json_set(ks, "language", json_string("python", 6)) == 0 &&
        json_set(ks, "name", json_string("python3", 7)) == 0 &&
        json_set(li, "name", json_string("python", 6)) == 0;
    if (ok) { ok = json_set(meta, "kernelspec", ks) == 0; ks = NULL; }
    if (ok) { ok = json_set(meta, "language_info", li) == 0; li = NULL; }
    const char *type = "code";
    size_t start = 0;
    for (size_t i = 0; ok && i <= len; ) {
        const char *nl = i < len ? memchr(s + i, '\n', len - i) : NULL;
        size_t n = nl ? (size_t)(nl - (s + i)) : len - i;
        if (i == len || is_marker(s + i, n)) {
            ok = add_percent_cell(cells, type, s, start, i) == 0;
            if (i == len) break;
            bool md = memmem(s + i, n, "[markdown]", 10) || memmem(s + i, n, "[md]", 4);
            type = md ? "markdown" : memmem(s + i, n, "[raw]", 5) ? "raw" : "code";
            start = i + n + (nl ? 1 : 0);
        }
        i += n + (nl ? 1 : 0);
        if (!nl && i < len) i = len;
    }
    if (ok) { ok = json_set(doc, "cells", cells) == 0; cells = NULL; }
    if (ok) { ok = json_set(doc, "metadata", meta) == 0; meta = NULL; }
    ok = ok && json_set(doc, "nbformat", json_number(4)) == 0 &&
         json_set(doc, "nbformat_minor", json_number(5)) == 0;
    json_free(cells);
    json_free(meta);
    json_free(ks);
    json_free(li);
    if (!ok) { json_free(doc); return NULL; }
    return doc;
}

/* Same file (the output would overwrite the input)? */
static bool same_file(const char *a, const char *b) {
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static void notebook_free(Notebook *nb) {
    if (!nb) return;
    const Json *cells = json_get(nb->doc, "cells");
    for (size_t i = 0; nb->runs && cells && i < cells->n; i++) free_run(&nb->runs[i]);
    free(nb->runs);
    json_free(nb->doc);
    free(nb->path);
    free(nb->out_path);
    free(nb);
}

/* Check the document's shape; a message on stderr when it is not a notebook ouro can run. */
static bool check_document(const char *path, const Json *doc) {
    if (doc->type != JSON_OBJECT) {
        fprintf(stderr, "ouro: %s: not a notebook: the document is not a JSON object\n", path);
        return false;
    }
    const Json *v = json_get(doc, "nbformat");
    if (!v || v->type != JSON_NUMBER || strcmp(v->text, "4") != 0) {
        fprintf(stderr, "ouro: %s: not an nbformat 4 notebook (nbformat is %s)\n", path,
                !v ? "missing" : v->type == JSON_NUMBER ? v->text : "not a number");
        return false;
    }
    const Json *cells = json_get(doc, "cells");
    if (!cells || cells->type != JSON_ARRAY) {
        fprintf(stderr, "ouro: %s: not a notebook: no \"cells\" list\n", path);
        return false;
    }
    for (size_t i = 0; i < cells->n; i++) {
        const Json *c = cells->items[i], *t = json_get(c, "cell_type");
        if (c->type != JSON_OBJECT || !t || t->type != JSON_STRING) {
            fprintf(stderr, "ouro: %s: cell %zu: not a cell (an object with a \"cell_type\")\n",
                    path, i + 1);
            return false;
        }
        size_t n;
        char *src = cell_source(c, &n);
        if (!src) {
            fprintf(stderr, "ouro: %s: cell %zu: \"source\" must be a string or a list of "
                    "strings\n", path, i + 1);
            return false;
        }
        free(src);
    }
    return true;
}

Notebook *notebook_load(const char *path, const char *out_path) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "ouro: can't open notebook '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        return NULL;
    }
    Json *doc;
    if (has_suffix(path, ".ipynb")) {
        char err[200];
        doc = json_parse(text, len, err, sizeof err);
        if (!doc) fprintf(stderr, "ouro: %s: not a notebook: invalid JSON (%s)\n", path, err);
    } else {
        doc = percent_document(text, len);
        if (!doc) fprintf(stderr, "ouro: %s: out of memory\n", path);
    }
    free(text);
    if (!doc) return NULL;
    if (!check_document(path, doc)) { json_free(doc); return NULL; }
    if (out_path && same_file(path, out_path)) {
        fprintf(stderr, "ouro: --notebook-out=%s is the notebook being run; it is not "
                "overwritten\n", out_path);
        json_free(doc);
        return NULL;
    }
    Notebook *nb = calloc(1, sizeof *nb);
    size_t ncells = json_get(doc, "cells")->n;
    if (nb) {
        nb->doc = doc;
        nb->runs = calloc(ncells ? ncells : 1, sizeof *nb->runs);
        nb->path = strdup(path);
        nb->out_path = out_path ? strdup(out_path) : NULL;
    }
    if (!nb || !nb->runs || !nb->path || (out_path && !nb->out_path)) {
        if (!nb) json_free(doc);
        notebook_free(nb);
        fprintf(stderr, "ouro: %s: out of memory\n", path);
        return NULL;
    }
    return nb;
}

/* ---- writing the executed notebook --------------------------------------------------------- */

static Json *output_json(const Output *o, int count) {
    Json *j = json_new(JSON_OBJECT);
    if (!j) return NULL;
    int ok = 0;
    switch (o->kind) {
    case OUT_STREAM:
        ok |= json_set(j, "name", json_string(o->is_stderr ? "stderr" : "stdout", 6));
        ok |= json_set(j, "output_type", json_string("stream", 6));
        ok |= json_set(j, "text", lines_of(o->text.s, o->text.n));
        break;
    case OUT_RESULT: {
        Json *data = json_new(JSON_OBJECT);
        if (data && json_set(data, "text/plain", lines_of(o->text.s, o->text.n)) < 0) {
            ok = -1;
            break;
        }
        ok |= json_set(j, "data", data);
        ok |= json_set(j, "execution_count", json_number(count));
        ok |= json_set(j, "metadata", json_new(JSON_OBJECT));
        ok |= json_set(j, "output_type", json_string("execute_result", 14));
        break;
    }
    case OUT_ERROR: {
        ok |= json_set(j, "ename", json_string(o->ename, strlen(o->ename)));
        ok |= json_set(j, "evalue", json_string(o->evalue, strlen(o->evalue)));
        ok |= json_set(j, "output_type", json_string("error", 5));
        Json *tb = json_new(JSON_ARRAY);
        for (size_t i = 0; tb && i < o->text.n; ) {     /* lines without their newlines */
            const char *nl = memchr(o->text.s + i, '\n', o->text.n - i);
            size_t k = nl ? (size_t)(nl - (o->text.s + i)) : o->text.n - i;
            if (json_push(tb, json_string(o->text.s + i, k)) < 0) tb = NULL;
            i += k + 1;
        }
        ok |= json_set(j, "traceback", tb);
        break;
    }
    }
    if (ok) { json_free(j); return NULL; }
    return j;
}

/* Put the outputs of the run into the document and write it through a temporary file, so an
 * interrupted write never leaves a half notebook.  0, or -1 after a message. */
static int write_notebook(Notebook *nb) {
    Json *cells = json_get(nb->doc, "cells");
    for (size_t i = 0; i < cells->n; i++) {
        Json *cell = cells->items[i];
        const Json *t = json_get(cell, "cell_type");
        if (strcmp(t->text, "code") != 0) continue;
        CellRun *c = &nb->runs[i];
        Json *outs = json_new(JSON_ARRAY);
        for (size_t k = 0; outs && k < c->n; k++)
            if (json_push(outs, output_json(&c->outs[k], c->count)) < 0) outs = NULL;
        if (json_set(cell, "outputs", outs) < 0 ||
            json_set(cell, "execution_count",
                     c->ran ? json_number(c->count) : json_new(JSON_NULL)) < 0) {
            fprintf(stderr, "ouro: out of memory writing %s\n", nb->out_path);
            return -1;
        }
    }
    size_t len;
    char *text = json_write(nb->doc, 1, true, &len);
    size_t tlen = strlen(nb->out_path) + 32;
    char *tmp = malloc(tlen);
    if (!text || !tmp) {
        free(text);
        free(tmp);
        fprintf(stderr, "ouro: out of memory writing %s\n", nb->out_path);
        return -1;
    }
    snprintf(tmp, tlen, "%s.%ld.tmp", nb->out_path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(text, 1, len, f) == len && fputc('\n', f) != EOF;
    if (f && fclose(f) != 0) ok = false;
    if (ok && rename(tmp, nb->out_path) != 0) ok = false;
    if (!ok) {
        fprintf(stderr, "ouro: cannot write %s: %s\n", nb->out_path, strerror(errno));
        if (f) unlink(tmp);
    }
    free(text);
    free(tmp);
    return ok ? 0 : -1;
}

/* ---- the run ------------------------------------------------------------------------------- */

static void write_stdout(const char *s) {
    Object *out = vm_sys_get("stdout");
    if (out && out != NONE) echo(out, s, (ssize_t)strlen(s));
}

int notebook_run(Notebook *nb) {
    Json *cells = json_get(nb->doc, "cells");
    int count = 0, failed = 0, status = 0;
    bool stopped = false;
    for (size_t i = 0; i < cells->n && !stopped; i++) {
        const Json *cell = cells->items[i];
        if (strcmp(json_get(cell, "cell_type")->text, "code") != 0) continue;
        CellRun *c = &nb->runs[i];
        c->count = ++count;
        c->ran = true;
        char header[32];
        snprintf(header, sizeof header, "[%d]:\n", count);
        write_stdout(header);
        size_t len;
        char *src = cell_source(cell, &len);
        if (!src) { fprintf(stderr, "ouro: out of memory\n"); status = 1; break; }
        int stop_status = 0;
        stopped = run_cell(src, len, c, &stop_status) != 0;
        free(src);
        if (stopped) status = stop_status;
        if (c->failed) failed++;
        /* Keep the next header at the start of a line. */
        const Output *last = NULL;
        for (size_t k = c->n; k-- > 0 && !last; )
            if (c->outs[k].kind == OUT_STREAM && !c->outs[k].is_stderr) last = &c->outs[k];
        if (last && last->text.n && last->text.s[last->text.n - 1] != '\n') write_stdout("\n");
    }
    stream_flush_all();
    if (failed) {
        fprintf(stderr, "ouro: %s: %d of %d code cells failed:\n", nb->path, failed, count);
        for (size_t i = 0; i < cells->n; i++) {
            const CellRun *c = &nb->runs[i];
            if (!c->failed || !c->n || c->outs[c->n - 1].kind != OUT_ERROR) continue;
            const Output *e = &c->outs[c->n - 1];
            fprintf(stderr, "  [%d] %s%s%s\n", c->count, e->ename, *e->evalue ? ": " : "",
                    e->evalue);
        }
        if (status == 0) status = 1;
    }
    if (nb->out_path && write_notebook(nb) < 0 && status == 0) status = 1;
    notebook_free(nb);
    return status;
}
