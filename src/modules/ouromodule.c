/* ouromodule.c — `_ouro`, the few things ouro's Python-written standard modules (src/lib) need
 * from C and CPython gets elsewhere:
 *
 *   read_source(path)       the text of a source file, for linecache (CPython reads it with
 *                           tokenize.open; ouro needs no io module for it);
 *   segment_shape(segment)  what traceback's caret anchors need of one expression's syntax tree
 *                           (CPython's traceback module calls ast.parse): for a binary
 *                           operation ("binop", left.end_col_offset, right.col_offset), for a
 *                           subscript ("subscript", value.end_col_offset, slice.end_col_offset),
 *                           else None.  Offsets are UTF-8 byte offsets, as ast's. */
#include "modules.h"
#include "../compiler/compiler.h"
#include <stdio.h>

/* Source files larger than this are not read (a traceback line is not worth it). */
#define SOURCE_MAX ((size_t)64 << 20)

static Object *ouro_read_source(Object *self, Object *path) {
    if (!IS_STR(path)) {
        err_format(&Exc_TypeError, "read_source() argument must be str, not %s",
                   TYPE(path)->tp_name);
        return NULL;
    }
    const char *p = str_as_utf8(path);
    if (!p)
        return NULL;
    FILE *fp = fopen(p, "rb");
    if (!fp)
        return NEWREF(NONE);
    size_t cap = 8192, n = 0, got;
    char *buf = mem_alloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = cap < SOURCE_MAX ? mem_realloc(buf, 2 * cap) : NULL;
            if (!nb) {
                mem_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int failed = ferror(fp);
    fclose(fp);
    if (!buf || failed) {
        mem_free(buf);
        return NEWREF(NONE);
    }
    Object *text = str_from_utf8_lossy(buf, (ssize_t)n);
    mem_free(buf);
    return text;
}

static Object *shape(const char *kind, int a, int b) {
    Object *k = str_from_cstr(kind), *x = int_from_long(a), *y = int_from_long(b);
    Object *r = k && x && y ? tuple_pack(3, k, x, y) : NULL;
    XDECREF(k);
    XDECREF(x);
    XDECREF(y);
    return r;
}

static Object *ouro_segment_shape(Object *self, Object *segment) {
    ssize_t len;
    const char *s = IS_STR(segment) ? str_as_utf8_len(segment, &len) : NULL;
    if (!s) {
        if (!err_occurred())
            err_set_string(&Exc_TypeError, "segment_shape() argument must be str");
        return NULL;
    }
    Arena *arena = arena_new();
    if (!arena)
        return NULL;
    Object *filename = str_from_cstr("<unknown>");
    if (!filename) {
        arena_free(arena);
        return NULL;
    }
    ModNode *mod = parse_source(s, len, filename, MODE_EXEC, arena);
    DECREF(filename);
    if (!mod) {
        /* A syntax error just means "no anchors". */
        err_clear();
        arena_free(arena);
        return NEWREF(NONE);
    }
    Object *r = NONE;
    if (SEQ_LEN(mod->body) == 1) {
        Stmt *st = SEQ_GET(mod->body, 0);
        Expr *e = st->kind == Expr_kind ? st->v.Expr.value : NULL;
        if (e && e->kind == BinOp_kind)
            r = shape("binop", e->v.BinOp.left->pos.end_col_offset,
                      e->v.BinOp.right->pos.col_offset);
        else if (e && e->kind == Subscript_kind)
            r = shape("subscript", e->v.Subscript.value->pos.end_col_offset,
                      e->v.Subscript.slice->pos.end_col_offset);
    }
    arena_free(arena);
    if (r == NONE)
        INCREF(r);
    return r;
}

static MethodDef ouro_methods[] = {
    {"read_source", (void *)ouro_read_source, METH_O,
     "read_source(path) -> the file's text (UTF-8, bad bytes replaced), or None"},
    {"segment_shape", (void *)ouro_segment_shape, METH_O,
     "segment_shape(segment) -> ('binop'|'subscript', a, b) or None"},
    {NULL}
};

ModuleDef ouro_module_def = {
    "_ouro",
    "Helpers for ouro's standard modules written in Python.",
    ouro_methods,
    NULL,
};
