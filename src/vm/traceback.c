/* traceback.c — traceback objects, and printing an exception the way CPython 3.11 does.
 *
 * A traceback entry records a frame object and the instruction that was running; entries are
 * prepended as the exception leaves each frame, so the list reads outermost first.
 *
 * vm_print_exception reproduces CPython 3.11's PyErr_Display: the chain (__cause__, or
 * __context__ unless suppressed) printed first, each exception's traceback with its source lines
 * and 3.11's caret lines, runs of the same entry collapsed after three ("[Previous line
 * repeated N more times]"), SyntaxError's own block, then "Type: message" (no module prefix for
 * builtins and __main__), __notes__, and the "Did you mean" suggestion of NameError and
 * AttributeError.  The whole text is built first and written with one sys.stderr.write().
 *
 * Caret lines: the failing instruction's columns are underlined unless they cover the whole
 * stripped line.  When the range is one binary operation or subscript (found by parsing just
 * that segment of the line), the operands are underlined with '~' and the operator or index
 * with '^', as CPython's extract_anchors_from_line. */
#include "frame.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/containers.h"
#include "../objects/numbers.h"
#include "../objects/funcobj.h"
#include "../compiler/compiler.h"
#include "../objects/structseq.h"
#include "../runtime/gc.h"
#include <stdio.h>
#include <string.h>
#include <string.h>

/* ---- the traceback type --------------------------------------------------------------------- */

Object *traceback_new(Object *next, Frame *f) {
    Object *fo = frame_get_object(f);
    if (!fo)
        return NULL;
    TracebackObject *tb = (TracebackObject *)obj_alloc(&TracebackType);
    if (!tb)
        return NULL;
    XINCREF(next);
    tb->tb_next = next;
    tb->tb_frame = NEWREF(fo);
    tb->tb_lasti = (int)frame_lasti(f);
    tb->tb_lineno = frame_lineno(f);
    return (Object *)tb;
}

static void tb_dealloc(Object *self) {
    TracebackObject *tb = (TracebackObject *)self;
    gc_untrack(self);
    CLEAR(tb->tb_next);
    CLEAR(tb->tb_frame);
    TYPE(self)->tp_free(self);
}

static int tb_traverse(Object *self, visitproc visit, void *arg) {
    TracebackObject *tb = (TracebackObject *)self;
    int r = tb->tb_next ? visit(tb->tb_next, arg) : 0;
    return r ? r : (tb->tb_frame ? visit(tb->tb_frame, arg) : 0);
}

static int tb_clear(Object *self) {
    TracebackObject *tb = (TracebackObject *)self;
    CLEAR(tb->tb_next);
    CLEAR(tb->tb_frame);
    return 0;
}

static Object *tb_get_next(Object *self, void *c) {
    Object *n = ((TracebackObject *)self)->tb_next;
    return NEWREF(n ? n : NONE);
}

static int tb_set_next(Object *self, Object *v, void *c) {
    if (!v) {
        err_set_string(&Exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == NONE) {
        v = NULL;
    } else if (TYPE(v) != &TracebackType) {
        err_format(&Exc_TypeError, "expected traceback object, got '%s'", TYPE(v)->tp_name);
        return -1;
    }
    for (Object *p = v; p; p = ((TracebackObject *)p)->tb_next)
        if (p == self) {
            err_set_string(&Exc_ValueError, "traceback loop detected");
            return -1;
        }
    XINCREF(v);
    SETREF(((TracebackObject *)self)->tb_next, v);
    return 0;
}

static Object *tb_get_lasti(Object *self, void *c) {
    return int_from_long(2L * ((TracebackObject *)self)->tb_lasti);
}

static Object *tb_get_lineno(Object *self, void *c) {
    int line = ((TracebackObject *)self)->tb_lineno;
    return line < 0 ? NEWREF(NONE) : int_from_long(line);
}

static GetSetDef tb_getset[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL, NULL },
    { "tb_lasti", tb_get_lasti, NULL, NULL, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL, NULL },
    { NULL }
};

static MemberDef tb_members[] = {
    { "tb_frame", T_OBJECT, offsetof(TracebackObject, tb_frame), READONLY, NULL },
    { NULL }
};

/* TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Object *tb_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = { "tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL };
    Object *a[4] = { NULL };
    if (args_parse("TracebackType", args, nargs, kwnames, kwlist, 4, 4, a) < 0)
        return NULL;
    if (TYPE(a[1]) != &FrameType)
        return err_format(&Exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, "
                          "not %s", TYPE(a[1])->tp_name);
    if (a[0] != NONE && TYPE(a[0]) != &TracebackType)
        return err_format(&Exc_TypeError, "expected traceback object or None, got '%s'",
                          TYPE(a[0])->tp_name);
    long lasti = int_as_long(a[2]), lineno = lasti == -1 && err_occurred() ? 0 : int_as_long(a[3]);
    if (err_occurred())
        return NULL;
    TracebackObject *tb = (TracebackObject *)obj_alloc(&TracebackType);
    if (!tb)
        return NULL;
    tb->tb_next = a[0] == NONE ? NULL : NEWREF(a[0]);
    tb->tb_frame = NEWREF(a[1]);
    tb->tb_lasti = (int)(lasti / 2);
    tb->tb_lineno = (int)lineno;
    return (Object *)tb;
}

TypeObject TracebackType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(TracebackObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = tb_dealloc,
    .tp_getattro = obj_generic_getattr,
    .tp_setattro = obj_generic_setattr,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_getset = tb_getset,
    .tp_members = tb_members,
    .tp_new = tb_tp_new,
};

/* ---- source lines ---------------------------------------------------------------------------- */

/* The file most recently read for source lines (kept for one vm_print_exception). */
static struct { char *path; char *text; ssize_t len; } src_cache;

static void src_cache_clear(void) {
    mem_free(src_cache.path);
    mem_free(src_cache.text);
    src_cache.path = src_cache.text = NULL;
}

/* Line `lineno` of file `path` without its line end: a pointer into the cache and its length,
 * or NULL. */
static const char *source_line(const char *path, int lineno, ssize_t *len) {
    if (lineno < 1 || path[0] == '<' || vm_modules_removed)
        return NULL;
    if (!src_cache.path || strcmp(src_cache.path, path) != 0) {
        src_cache_clear();
        FILE *fp = fopen(path, "rb");
        if (!fp)
            return NULL;
        size_t cap = 8192, n = 0, got;
        char *buf = mem_alloc(cap + 1);
        while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
            n += got;
            if (n == cap) {
                char *nb = mem_realloc(buf, 2 * cap + 1);
                if (!nb) {
                    mem_free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
        }
        fclose(fp);
        size_t plen = strlen(path);
        src_cache.path = mem_alloc(plen + 1);
        if (!buf || !src_cache.path) {
            mem_free(buf);
            src_cache_clear();
            return NULL;
        }
        memcpy(src_cache.path, path, plen + 1);
        buf[n] = '\0';
        src_cache.text = buf;
        src_cache.len = (ssize_t)n;
    }
    const char *p = src_cache.text, *end = p + src_cache.len;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    ssize_t n = nl ? nl - p : end - p;
    if (n > 0 && p[n - 1] == '\r')
        n--;
    *len = n;
    return p;
}

/* Characters in the first `bytes` bytes of UTF-8 text s (of length n). */
static ssize_t char_offset(const char *s, ssize_t n, ssize_t bytes) {
    if (bytes > n)
        bytes = n;
    ssize_t c = 0;
    for (ssize_t i = 0; i < bytes; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Byte index of character index `chars` in s. */
static ssize_t byte_index(const char *s, ssize_t n, ssize_t chars) {
    ssize_t i = 0;
    for (ssize_t c = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (c == chars)
                return i;
            c++;
        }
    }
    return n;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Anchors of a one-expression segment (byte offsets in the segment): 1 when found. */
static int segment_anchors(const char *seg, ssize_t len, Object *filename, ssize_t *left,
                           ssize_t *right) {
    Arena *arena = arena_new();
    if (!arena)
        return 0;
    int found = 0;
    ModNode *mod = parse_source(seg, len, filename, MODE_EXEC, arena);
    if (mod && ast_optimize(mod, arena) >= 0 && SEQ_LEN(mod->body) == 1) {
        Stmt *st = SEQ_GET(mod->body, 0);
        Expr *e = st->kind == Expr_kind ? st->v.Expr.value : NULL;
        if (e && e->kind == BinOp_kind) {
            Expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            *left = *right = -1;
            for (ssize_t i = l->pos.end_col_offset; i < r->pos.col_offset && i < len; i++) {
                if (is_ws(seg[i]) || seg[i] == '\n' || seg[i] == '\r')
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->pos.col_offset && !is_ws(seg[i + 1]))
                    ++*right;
                if (i + 1 < r->pos.col_offset && seg[i] == ')')
                    continue;
                break;
            }
            found = *left >= 0;
        } else if (e && e->kind == Subscript_kind) {
            *left = e->v.Subscript.value->pos.end_col_offset;
            *right = e->v.Subscript.slice->pos.end_col_offset + 1;
            while (*left < len && seg[*left] != '[')
                ++*left;
            while (*right < len && seg[*right] != ']')
                ++*right;
            if (*right < len)
                ++*right;
            found = 1;
        }
    }
    if (err_occurred())
        err_clear();
    arena_free(arena);
    return found;
}

/* Append the caret line for the instruction at `loc` under `line` (n bytes, `indent` leading
 * whitespace characters stripped when printed). */
static void append_carets(StrBuilder *sb, const char *line, ssize_t n, CodeLoc *loc,
                          Object *filename, const char *margin) {
    if (loc->line < 0 || loc->end_line < 0 || loc->col < 0 || loc->end_col < 0)
        return;
    ssize_t nchars = char_offset(line, n, n), indent = 0;
    while (indent < n && is_ws(line[indent]))
        indent++;
    ssize_t start = char_offset(line, n, loc->col);
    ssize_t end = char_offset(line, n, loc->end_col);
    ssize_t left = -1, right = -1;
    if (loc->line == loc->end_line) {
        ssize_t b0 = byte_index(line, n, start), b1 = byte_index(line, n, end);
        ssize_t l, r;
        if (b1 > b0 && segment_anchors(line + b0, b1 - b0, filename, &l, &r)) {
            left = char_offset(line + b0, b1 - b0, l) + start;
            right = char_offset(line + b0, b1 - b0, r) + start;
        }
    } else {
        ssize_t i = n;
        while (--i >= 0 && (is_ws(line[i]) || line[i] == '\r'))
            ;
        end = char_offset(line, n, i + 1);
    }
    bool anchors = left != -1 || right != -1;
    if (end - start == nchars - indent && !anchors)
        return;
    sb_append_cstr(sb, margin);
    sb_append_cstr(sb, "    ");
    for (ssize_t p = indent; p < end; p++) {
        const char *c = p < start ? " " : anchors && left <= p && p < right ? "^"
                      : anchors ? "~" : "^";
        sb_append_cstr(sb, c);
    }
    sb_append_cstr(sb, "\n");
}

/* ---- printing -------------------------------------------------------------------------------- */

/* Traceback entries beyond this many identical ones in a row are summarised (CPython's
 * TB_RECURSIVE_CUTOFF). */
#define TB_RECURSIVE_CUTOFF 3

static void append_entry(StrBuilder *sb, TracebackObject *tb, const char *margin) {
    FrameObject *fo = (FrameObject *)tb->tb_frame;
    CodeObject *co = (CodeObject *)fo->code;
    sb_append_cstr(sb, margin);
    sb_append_format(sb, "  File \"%U\", line %d, in %U\n", co->co_filename, tb->tb_lineno,
                     co->co_name);
    const char *path = str_as_utf8(co->co_filename);
    ssize_t n;
    const char *line = path ? source_line(path, tb->tb_lineno, &n) : NULL;
    if (!path)
        err_clear();
    if (!line)
        return;
    ssize_t i = 0;
    while (i < n && is_ws(line[i]))
        i++;
    if (i == n)
        return;
    sb_append_cstr(sb, margin);
    sb_append_cstr(sb, "    ");
    sb_append_utf8(sb, line + i, n - i);
    sb_append_cstr(sb, "\n");
    if (tb->tb_lasti >= 0 && tb->tb_lasti < co->co_ncode)
        append_carets(sb, line, n, &co->co_locs[tb->tb_lasti], co->co_filename, margin);
}

static void append_repeated(StrBuilder *sb, long cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    sb_append_format(sb, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

/* The header (after header_margin), then the entries, each line after margin.  CPython writes
 * the "[Previous line repeated ...]" lines without the margin. */
static void append_traceback(StrBuilder *sb, Object *tbo, const char *margin,
                             const char *header_margin, const char *header) {
    long limit = -1;
    Object *lim = vm_sys_get("tracebacklimit");
    if (lim && IS_INT(lim)) {
        limit = int_as_long(lim);
        if (limit == -1 && err_occurred()) {
            err_clear();
            limit = -1;
        } else if (limit <= 0) {
            return;
        }
    }
    long depth = 0;
    for (Object *t = tbo; t; t = ((TracebackObject *)t)->tb_next)
        depth++;
    sb_append_cstr(sb, header_margin);
    sb_append_cstr(sb, header);
    TracebackObject *tb = (TracebackObject *)tbo;
    while (limit >= 0 && depth > limit) {
        tb = (TracebackObject *)tb->tb_next;
        depth--;
    }
    Object *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = (TracebackObject *)tb->tb_next) {
        CodeObject *co = (CodeObject *)((FrameObject *)tb->tb_frame)->code;
        if (!last_file || !str_eq(co->co_filename, last_file) || last_line == -1 ||
            tb->tb_lineno != last_line || !last_name || !str_eq(co->co_name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                append_repeated(sb, cnt);
            last_file = co->co_filename;
            last_line = tb->tb_lineno;
            last_name = co->co_name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            append_entry(sb, tb, margin);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        append_repeated(sb, cnt);
}

/* SyntaxError's block: the location, the text line and a caret line under offset..end_offset.
 * Returns the message to print after the type name (new reference). */
static Object *append_syntax_error(StrBuilder *sb, SyntaxErrorObject *se, const char *margin) {
    Object *fname = se->filename && se->filename != NONE ? se->filename : NULL;
    long lineno = se->lineno && IS_INT(se->lineno) ? int_as_long(se->lineno) : 1;
    long offset = se->offset && IS_INT(se->offset) ? int_as_long(se->offset) : -1;
    long end_lineno = se->end_lineno && IS_INT(se->end_lineno) ? int_as_long(se->end_lineno)
                                                               : lineno;
    long end_offset = se->end_offset && IS_INT(se->end_offset) ? int_as_long(se->end_offset) : -1;
    if (err_occurred())
        err_clear();
    sb_append_cstr(sb, margin);         /* only here: CPython's text and caret lines have none */
    if (fname)
        sb_append_format(sb, "  File \"%S\", line %ld\n", fname, lineno);
    else
        sb_append_format(sb, "  File \"<string>\", line %ld\n", lineno);
    Object *text = se->text && IS_STR(se->text) ? se->text : NULL;
    if (text) {
        ssize_t size;
        const char *s = str_as_utf8_len(text, &size);
        if (!s) {
            err_clear();
        } else {
            ssize_t line_chars = STR_LEN(text);
            if (end_lineno > lineno)
                end_offset = line_chars;
            if (end_offset > line_chars + 1)
                end_offset = line_chars + 1;
            /* CPython's printer marks an IndentationError (and TabError) with one caret. */
            bool one = IS_INSTANCE(OBJ(se), &Exc_IndentationError);
            ssize_t reps = !one && end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
            ssize_t off = offset - 1;
            /* Offsets count characters; walk the UTF-8 text by characters. */
            ssize_t bi = 0;
            while (bi < size && is_ws(s[bi])) {
                bi++;
                off--;
            }
            s += bi;
            size -= bi;
            ssize_t len = size;
            if (len > 0 && s[len - 1] == '\n')
                len--;
            ssize_t len_chars = char_offset(s, len, len);
            if (off > len_chars)
                off = len_chars;
            for (;;) {
                const char *nl = memchr(s, '\n', (size_t)len);
                if (!nl)
                    break;
                ssize_t inl = char_offset(s, len, nl - s);
                if (inl >= off)
                    break;
                off -= inl + 1;
                len -= (nl - s) + 1;
                size -= (nl - s) + 1;
                s = nl + 1;
            }
            sb_append_cstr(sb, "    ");
            sb_append_utf8(sb, s, size);
            if (size == 0 || s[size - 1] != '\n')
                sb_append_cstr(sb, "\n");
            if (off >= 0) {
                sb_append_cstr(sb, "    ");
                while (--off >= 0)
                    sb_append_cstr(sb, " ");
                for (ssize_t i = 0; i < reps; i++)
                    sb_append_cstr(sb, "^");
                sb_append_cstr(sb, "\n");
            }
        }
    }
    return NEWREF(se->msg ? se->msg : NONE);
}

/* ---- suggestions ("Did you mean") ------------------------------------------------------------ */

/* CPython's suggestion limits and costs (Python/suggestions.c). */
#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static ssize_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Levenshtein distance with CPython's costs, giving up past max_cost. */
static ssize_t levenshtein(const char *a, ssize_t na, const char *b, ssize_t nb, ssize_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    if (a == b)
        return 0;
    while (na && nb && a[0] == b[0]) {
        a++; b++; na--; nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--; nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        ssize_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (ssize_t i = 0; i < na; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (ssize_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t distance = result = (size_t)bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (ssize_t i = 0; i < na; i++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > (size_t)max_cost)
            return max_cost + 1;
    }
    return (ssize_t)result;
}

/* The closest name of list `dir` to `name` (borrowed), or NULL. */
static Object *closest_name(Object *dir, Object *name) {
    if (!dir || LIST_LEN(dir) >= MAX_CANDIDATE_ITEMS)
        return NULL;
    ssize_t nlen;
    const char *n = str_as_utf8_len(name, &nlen);
    if (!n) {
        err_clear();
        return NULL;
    }
    Object *best = NULL;
    ssize_t best_dist = PTRDIFF_MAX;
    for (ssize_t i = 0; i < LIST_LEN(dir); i++) {
        Object *item = LIST_GET(dir, i);
        if (!IS_STR(item) || str_eq(item, name))
            continue;
        ssize_t ilen;
        const char *s = str_as_utf8_len(item, &ilen);
        if (!s) {
            err_clear();
            continue;
        }
        ssize_t max = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max)
            max = best_dist - 1;
        ssize_t d = levenshtein(n, nlen, s, ilen, max);
        if (d > max)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static Object *keys_of(Object *d) {
    return d && IS_DICT(d) ? dict_keys_list(d) : NULL;
}

/* The suggestion for a NameError or AttributeError, new reference or NULL. */
static Object *suggestion_for(Object *exc) {
    Object *r = NULL;
    if (IS_INSTANCE(exc, &Exc_AttributeError)) {
        AttributeErrorObject *ae = (AttributeErrorObject *)exc;
        if (!ae->name || !ae->obj || !IS_STR(ae->name))
            return NULL;
        Object *dir = obj_dir(ae->obj);
        if (!dir || !IS_LIST(dir)) {
            err_clear();
            XDECREF(dir);
            return NULL;
        }
        r = closest_name(dir, ae->name);
        XINCREF(r);
        DECREF(dir);
    } else if (IS_INSTANCE(exc, &Exc_NameError)) {
        NameErrorObject *ne = (NameErrorObject *)exc;
        Object *tbo = ((BaseExceptionObject *)exc)->traceback;
        if (!ne->name || !IS_STR(ne->name) || !tbo)
            return NULL;
        while (((TracebackObject *)tbo)->tb_next)
            tbo = ((TracebackObject *)tbo)->tb_next;
        FrameObject *fo = (FrameObject *)((TracebackObject *)tbo)->tb_frame;
        Object *dirs[3] = { seq_list(((CodeObject *)fo->code)->co_varnames),
                            keys_of(fo->globals), keys_of(fo->builtins) };
        for (int i = 0; i < 3 && !r; i++)
            r = closest_name(dirs[i], ne->name);
        XINCREF(r);
        for (int i = 0; i < 3; i++)
            XDECREF(dirs[i]);
    }
    if (err_occurred())
        err_clear();
    return r;
}

/* One note: its lines (keeping their ends) after the margin each, then a newline, as CPython's
 * print_exception_notes; a note whose str() fails shows "<note str() failed>". */
static void append_note(StrBuilder *sb, Object *note, const char *margin) {
    Object *s = obj_str(note);
    if (!s) {
        err_clear();
        sb_append_cstr(sb, "<note str() failed>\n");
        return;
    }
    ssize_t n;
    const char *p = str_as_utf8_len(s, &n);
    if (!p)
        err_clear();
    for (ssize_t i = 0; p && i < n;) {
        ssize_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            j++;
        if (j < n)
            j += p[j] == '\r' && j + 1 < n && p[j + 1] == '\n' ? 2 : 1;
        sb_append_cstr(sb, margin);
        sb_append_utf8(sb, p + i, j - i);
        i = j;
    }
    sb_append_cstr(sb, "\n");
    DECREF(s);
}

/* The exception's __notes__ (an attribute in 3.11): each item of a sequence, else its repr. */
static void append_notes(StrBuilder *sb, Object *exc, const char *margin) {
    static Object *name;
    Object *notes = NULL;
    if (!name && !(name = str_intern_cstr("__notes__"))) {
        err_clear();
        return;
    }
    if (obj_lookup_attr(exc, name, &notes) <= 0) {
        err_clear();
        return;
    }
    SequenceMethods *sq = TYPE(notes)->tp_as_sequence;
    if (IS_DICT(notes) || !sq || !sq->sq_item) {
        sb_append_cstr(sb, margin);
        Object *r = obj_repr(notes);
        if (r) {
            sb_append_str(sb, r);
            DECREF(r);
        } else {
            err_clear();
            sb_append_cstr(sb, "<__notes__ repr() failed>");
        }
        /* CPython 3.11 ends this one without a newline. */
    } else {
        ssize_t len = obj_length(notes);
        for (ssize_t i = 0; i < len; i++) {
            Object *note = seq_getitem(notes, i);
            if (!note)
                break;
            append_note(sb, note, margin);
            DECREF(note);
        }
        if (err_occurred())
            err_clear();
    }
    DECREF(notes);
}

/* "Type: message" (or just the type) after the margin, then the notes. */
static void append_exception_line(StrBuilder *sb, Object *exc, Object *message,
                                  const char *margin) {
    Object *type = (Object *)TYPE(exc);
    Object *qualname = obj_getattr(type, ID(__qualname__));
    Object *module = qualname ? obj_getattr(type, ID(__module__)) : NULL;
    sb_append_cstr(sb, margin);
    if (!qualname || !module || !IS_STR(qualname)) {
        err_clear();
        sb_append_cstr(sb, "<unknown>");
    } else {
        if (!IS_STR(module))
            sb_append_cstr(sb, "<unknown>.");
        else if (!str_eq_cstr(module, "builtins") && !str_eq_cstr(module, "__main__"))
            sb_append_format(sb, "%U.", module);
        sb_append_str(sb, qualname);
    }
    XDECREF(qualname);
    XDECREF(module);
    if (message != NONE) {
        Object *s = obj_str(message);
        if (!s) {
            err_clear();
            sb_append_cstr(sb, ": <exception str() failed>");
        } else {
            if (STR_LEN(s) > 0) {
                sb_append_cstr(sb, ": ");
                sb_append_str(sb, s);
            }
            DECREF(s);
        }
    }
    Object *sugg = suggestion_for(exc);
    if (sugg) {
        sb_append_format(sb, ". Did you mean: %R?", sugg);
        DECREF(sugg);
    }
    sb_append_cstr(sb, "\n");
    append_notes(sb, exc, margin);
}

/* Exception groups print as boxes of their members, nested (PEP 654, CPython's
 * print_exception_group): at most MAX_GROUP_WIDTH members of a group are shown and groups
 * deeper than MAX_GROUP_DEPTH are elided (CPython's PyErr_MaxGroupWidth / MaxGroupDepth). */
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
/* How deep causes, contexts and members are followed (CPython stops at its recursion limit). */
#define MAX_PRINT_DEPTH 1000

typedef struct PrintCtx {
    StrBuilder *sb;
    Object *seen;           /* ids of the exceptions printed, against cycles; NULL: no chain */
    int group_depth;        /* CPython's exception_group_depth: 0 outside any group */
    bool need_close;        /* the innermost group's closing line is still due */
    int depth;              /* recursion depth */
} PrintCtx;

/* The indentation of the current group level, then "| " inside a group, into buf (64 bytes:
 * the depth never passes MAX_GROUP_DEPTH + 2). */
static const char *ctx_margin(PrintCtx *ctx, char *buf, const char *bar) {
    int n = 2 * ctx->group_depth;
    memset(buf, ' ', (size_t)n);
    buf[n] = 0;
    if (ctx->group_depth)
        strcat(buf, bar);
    return buf;
}

static void append_indent(PrintCtx *ctx) {
    for (int i = 0; i < ctx->group_depth; i++)
        sb_append_cstr(ctx->sb, "  ");
}

static void append_one(PrintCtx *ctx, Object *exc) {
    StrBuilder *sb = ctx->sb;
    if (!IS_EXCEPTION(exc)) {
        sb_append_cstr(sb, "TypeError: print_exception(): Exception expected for value, ");
        sb_append_format(sb, "%s found\n", TYPE(exc)->tp_name);
        return;
    }
    char margin[64], header_margin[64];
    ctx_margin(ctx, margin, "| ");
    Object *tb = ((BaseExceptionObject *)exc)->traceback;
    if (tb && TYPE(tb) == &TracebackType) {
        bool group = IS_EXCEPTION_GROUP(exc);
        ctx_margin(ctx, header_margin, group && ctx->group_depth == 1 ? "+ " : "| ");
        append_traceback(sb, tb, margin, header_margin,
                         group ? "Exception Group Traceback (most recent call last):\n"
                               : "Traceback (most recent call last):\n");
    }
    if (IS_INSTANCE(exc, &Exc_SyntaxError)) {
        Object *msg = append_syntax_error(sb, (SyntaxErrorObject *)exc, margin);
        append_exception_line(sb, exc, msg, margin);
        DECREF(msg);
    } else {
        append_exception_line(sb, exc, exc, margin);
    }
}

static void append_recursive(PrintCtx *ctx, Object *exc);

static void append_group(PrintCtx *ctx, Object *exc) {
    StrBuilder *sb = ctx->sb;
    char margin[64];
    if (ctx->group_depth > MAX_GROUP_DEPTH) {
        sb_append_cstr(sb, ctx_margin(ctx, margin, "| "));
        sb_append_format(sb, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (ctx->group_depth == 0)
        ctx->group_depth++;
    append_one(ctx, exc);
    Object *excs = ((BaseExceptionGroupObject *)exc)->excs;
    ssize_t total = TUPLE_LEN(excs);
    ssize_t shown = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (ssize_t i = 0; i < shown; i++) {
        bool last = i == shown - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last)
            ctx->need_close = true;     /* a nested group may print the closing line itself */
        append_indent(ctx);
        sb_append_cstr(sb, i == 0 ? "+-" : "  ");
        if (truncated)
            sb_append_cstr(sb, "+---------------- ... ----------------\n");
        else
            sb_append_format(sb, "+---------------- %zd ----------------\n", i + 1);
        ctx->group_depth++;
        if (!truncated) {
            append_recursive(ctx, TUPLE_GET(excs, i));
        } else {
            ssize_t more = total - MAX_GROUP_WIDTH;
            sb_append_cstr(sb, ctx_margin(ctx, margin, "| "));
            sb_append_format(sb, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && ctx->need_close) {
            append_indent(ctx);
            sb_append_cstr(sb, "+------------------------------------\n");
            ctx->need_close = false;
        }
        ctx->group_depth--;
    }
    if (ctx->group_depth == 1)
        ctx->group_depth--;
}

static bool seen_contains(PrintCtx *ctx, Object *exc) {
    Object *id = int_from_ulonglong((uintptr_t)exc);
    int in = id ? set_contains(ctx->seen, id) : -1;
    XDECREF(id);
    if (in < 0)
        err_clear();
    return in != 0;
}

/* exc's cause or context first (when not printed already), then the separating message. */
static void append_cause_and_context(PrintCtx *ctx, Object *exc) {
    Object *id = int_from_ulonglong((uintptr_t)exc);
    if (!id || set_add(ctx->seen, id) < 0) {
        err_clear();
        XDECREF(id);
        return;
    }
    DECREF(id);
    if (!IS_EXCEPTION(exc))
        return;
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    Object *next = NULL;
    const char *msg = NULL;
    if (e->cause) {
        next = e->cause;
        msg = "The above exception was the direct cause of the following exception:\n";
    } else if (e->context && !e->suppress_context) {
        next = e->context;
        msg = "During handling of the above exception, another exception occurred:\n";
    }
    if (!next || seen_contains(ctx, next))
        return;
    bool need_close = ctx->need_close;
    append_recursive(ctx, next);
    ctx->need_close = need_close;
    char margin[64];
    ctx_margin(ctx, margin, "| ");
    sb_append_format(ctx->sb, "%s\n%s%s%s\n", margin, margin, msg, margin);
}

static void append_recursive(PrintCtx *ctx, Object *exc) {
    if (ctx->depth >= MAX_PRINT_DEPTH)
        return;
    ctx->depth++;
    if (ctx->seen)
        append_cause_and_context(ctx, exc);
    if (IS_EXCEPTION(exc) && IS_EXCEPTION_GROUP(exc))
        append_group(ctx, exc);
    else
        append_one(ctx, exc);
    ctx->depth--;
}

static void write_stderr(Object *text) {
    Object *file = vm_sys_get("stderr");
    if (file == NONE)
        return;
    if (file) {
        Object *r = obj_call_method(file, "write", &text, 1);
        if (r) {
            DECREF(r);
            r = obj_call_method(file, "flush", NULL, 0);
        }
        if (r) {
            DECREF(r);
            return;
        }
        err_clear();
    }
    ssize_t n;
    const char *s = str_as_utf8_len(text, &n);
    if (s)
        fwrite(s, 1, (size_t)n, stderr);
    else
        err_clear();
    fflush(stderr);
}

/* Print exc with its traceback; with `chain`, after its cause or context as PyErr_Display does;
 * with `ignored`, headed by "Exception ignored <ignored>: <repr of obj>" (the unraisable
 * report; "Exception ignored <ignored>:" alone without obj). */
static void print_exception(Object *exc, bool chain, const char *ignored, Object *obj) {
    Object *pending = err_fetch();
    StrBuilder sb;
    sb_init(&sb);
    if (ignored) {
        sb_append_format(&sb, "Exception ignored %s:", ignored);
        if (obj && obj != NONE) {
            sb_append_cstr(&sb, " ");
            if (sb_append_repr(&sb, obj) < 0) {
                err_clear();
                sb_append_cstr(&sb, "<object repr() failed>");
            }
        }
        sb_append_cstr(&sb, "\n");
    }
    PrintCtx ctx = { &sb, chain ? set_new(NULL) : NULL, 0, false, 0 };
    if (chain && !ctx.seen)
        err_clear();
    if (chain)
        append_recursive(&ctx, exc);
    else
        append_one(&ctx, exc);
    XDECREF(ctx.seen);
    src_cache_clear();
    Object *text = sb_finish(&sb);
    if (text) {
        write_stderr(text);
        DECREF(text);
    } else {
        err_clear();
    }
    err_restore(pending);
}

void vm_print_exception(Object *exc) { print_exception(exc, true, NULL, NULL); }

/* CPython's default unraisable hook: the exception itself and its traceback, not its chain, and
 * nothing at all once sys.stderr is gone or None (late in shut-down, finalizers fail quietly). */
/* The argument of sys.unraisablehook: a struct sequence (exc_type, exc_value, exc_traceback,
 * err_msg, object), CPython's UnraisableHookArgs. */
static TypeObject UnraisableHookArgsType;

static int unraisable_args_ready(void) {
    static const char *const fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg",
                                         "object", NULL};
    if (UnraisableHookArgsType.tp_name) return 0;
    return structseq_init_type(&UnraisableHookArgsType, "UnraisableHookArgs", fields);
}

/* sys.unraisablehook's default (sys.__unraisablehook__): prints what the arguments describe. */
Object *vm_default_unraisablehook(Object *self, Object *args) {
    if (unraisable_args_ready() < 0) return NULL;
    if (TYPE(args) != &UnraisableHookArgsType)
        return err_format(&Exc_TypeError,
                          "sys.unraisablehook argument type must be UnraisableHookArgs");
    Object *exc = TUPLE_GET(args, 1), *msg = TUPLE_GET(args, 3), *obj = TUPLE_GET(args, 4);
    Object *file = vm_sys_get("stderr");
    if (!file || file == NONE || exc == NONE) RETURN_NONE;
    const char *text = msg != NONE && IS_STR(msg) ? str_as_utf8(msg) : NULL;
    /* err_msg is the whole header ("Exception ignored in atexit callback"); print_exception
     * wants what follows "Exception ignored ". */
    const char *what = text && strncmp(text, "Exception ignored ", 18) == 0 ? text + 18 : "in";
    print_exception(exc, false, what, obj == NONE ? NULL : obj);
    RETURN_NONE;
}

/* CPython's _PyErr_WriteUnraisableMsg: a hook the program installed in sys.unraisablehook gets
 * the arguments (an exception it raises is reported "in sys.unraisablehook"); the default one,
 * a missing one or None prints directly. */
void vm_write_unraisable(Object *exc, const char *what, Object *obj) {
    Object *hook = vm_sys_get("unraisablehook");
    bool is_default = hook && IS_CFUNCTION(hook) &&
                      ((CFunctionObject *)hook)->m_ml->meth == (void *)vm_default_unraisablehook;
    if (!hook || hook == NONE || is_default) {
        Object *file = vm_sys_get("stderr");
        if (file && file != NONE) print_exception(exc, false, what, obj);
        return;
    }
    Object *msg = what && strcmp(what, "in") != 0 ? str_from_format("Exception ignored %s", what)
                                                  : NEWREF(NONE);
    Object *tb = exc_get_traceback(exc);
    Object *items[5] = {OBJ(TYPE(exc)), exc, tb ? tb : NONE, msg, obj ? obj : NONE};
    Object *args = msg && unraisable_args_ready() == 0
                   ? structseq_new(&UnraisableHookArgsType, items, 5) : NULL;
    XDECREF(msg);
    INCREF(hook);
    Object *r = args ? obj_call1(hook, args) : NULL;
    XDECREF(args);
    if (r) {
        DECREF(r);
    } else {
        Object *failed = err_fetch();
        Object *file = vm_sys_get("stderr");
        if (failed && file && file != NONE) print_exception(failed, false, "in sys.unraisablehook",
                                                          hook);
        XDECREF(failed);
    }
    DECREF(hook);
}
