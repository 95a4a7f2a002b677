/* symtable.c — scope analysis (see symtable.h for the design).
 *
 * Pass 1 (visit_*) mirrors CPython 3.11's symtable.c: every binding, use and declaration adds
 * DEF_* flags to the current block's symbols; function, lambda, class and comprehension nodes
 * open child blocks.  Comprehensions are function blocks taking the implicit parameter ".0",
 * their outermost iterable visited in the enclosing block; a walrus inside a comprehension
 * binds in the nearest enclosing function or module block.
 *
 * Pass 2 (analyze_block) is CPython's too: each block is given the sets of names bound in, and
 * declared global by, its enclosing blocks, decides every symbol's scope, recurses into the
 * children with copies of those sets, and turns its locals that children use freely into
 * cells.  Error messages and positions are CPython's, including its quirk that symbol-table
 * errors carry only the message in their args. */
#include "symtable.h"
#include "compiler.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/numbers.h"
#include "../objects/abstract.h"
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* Maps with up to this many entries are searched linearly, without a hash index. */
#define NAMEMAP_LINEAR 8

/* ---- NameMap ------------------------------------------------------------------------------- */

static inline unsigned ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 29;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 32);
}

static int nm_find(const NameMap *m, const void *name)
{
    if (!m->index) {
        for (int i = 0; i < m->n; i++)
            if (m->e[i].name == name) return i;
        return -1;
    }
    unsigned h = ptr_hash(name) & (unsigned)m->mask;
    for (int k; (k = m->index[h]) != 0; h = (h + 1) & (unsigned)m->mask)
        if (m->e[k - 1].name == name) return k - 1;
    return -1;
}

static int nm_reindex(NameMap *m)
{
    int size = 16;
    while (size < m->n * 4) size *= 2;
    int *index = mem_calloc((size_t)size, sizeof(int));
    if (!index) { err_no_memory(); return -1; }
    mem_free(m->index);
    m->index = index;
    m->mask = size - 1;
    for (int i = 0; i < m->n; i++) {
        unsigned h = ptr_hash(m->e[i].name) & (unsigned)m->mask;
        while (index[h]) h = (h + 1) & (unsigned)m->mask;
        index[h] = i + 1;
    }
    return 0;
}

int namemap_get(const NameMap *m, Object *name, int *value)
{
    int i = nm_find(m, name);
    if (i < 0 || !m->e[i].present) return 0;
    if (value) *value = m->e[i].value;
    return 1;
}

bool namemap_contains(const NameMap *m, Object *name) { return namemap_get(m, name, NULL); }

int namemap_set(NameMap *m, Object *name, int value)
{
    int i = nm_find(m, name);
    if (i >= 0) {
        m->e[i].value = value;
        m->e[i].present = true;
        return 0;
    }
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        NameEntry *e = mem_realloc(m->e, (size_t)cap * sizeof(NameEntry));
        if (!e) { err_no_memory(); return -1; }
        m->e = e;
        m->cap = cap;
    }
    m->e[m->n++] = (NameEntry){ name, value, true };
    if (m->n <= NAMEMAP_LINEAR) return 0;
    if (!m->index || m->n * 2 > m->mask + 1) return nm_reindex(m);
    unsigned h = ptr_hash(name) & (unsigned)m->mask;
    while (m->index[h]) h = (h + 1) & (unsigned)m->mask;
    m->index[h] = m->n;
    return 0;
}

void namemap_discard(NameMap *m, Object *name)
{
    int i = nm_find(m, name);
    if (i >= 0) m->e[i].present = false;
}

void namemap_clear(NameMap *m)
{
    mem_free(m->e);
    mem_free(m->index);
    memset(m, 0, sizeof(*m));
}

static int namemap_update(NameMap *dst, const NameMap *src)
{
    NAMEMAP_EACH(src, i)
        if (namemap_set(dst, src->e[i].name, src->e[i].value) < 0) return -1;
    return 0;
}

/* ---- names ----------------------------------------------------------------------------------- */

Object *name_intern(Object *name, Arena *arena)
{
    if (((StrObject *)name)->state.interned) return name;
    Object *t = NEWREF(name);
    str_intern_in_place(&t);
    if (arena_keep(arena, t) < 0) return NULL;
    return t;
}

Object *name_mangle(Object *priv, Object *name, Arena *arena)
{
    ssize_t n = STR_LEN(name);
    if (!priv || n < 2 || STR_AT(name, 0) != '_' || STR_AT(name, 1) != '_')
        return name_intern(name, arena);
    /* __dunder__ names and dotted module names are left alone. */
    if ((STR_AT(name, n - 1) == '_' && STR_AT(name, n - 2) == '_') ||
        str_find_char(name, '.', 0, n) >= 0)
        return name_intern(name, arena);
    ssize_t plen = STR_LEN(priv), skip = 0;
    while (skip < plen && STR_AT(priv, skip) == '_') skip++;
    if (skip == plen) return name_intern(name, arena);    /* class name is all underscores */
    Object *tail = str_substring(priv, skip, plen);
    if (!tail) return NULL;
    Object *m = str_from_format("_%U%U", tail, name);
    DECREF(tail);
    if (!m) return NULL;
    str_intern_in_place(&m);
    if (arena_keep(arena, m) < 0) return NULL;
    return m;
}

/* ---- errors ---------------------------------------------------------------------------------- */

/* The text of line `lineno` (with its newline) as CPython reports it: read back from the file
 * named `filename`, so None for "<string>"-like names and files that do not exist. */
static Object *source_line(Object *filename, int lineno)
{
    if (!filename || !IS_STR(filename) || STR_LEN(filename) == 0 || STR_AT(filename, 0) == '<' ||
        lineno < 1)
        return NULL;
    const char *path = str_as_utf8(filename);
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!path) err_clear();
    if (!f) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int l = 0; l < lineno && (n = getline(&line, &cap, f)) >= 0; l++)
        ;
    fclose(f);
    Object *t = n >= 0 ? str_from_utf8_lossy(line, n) : NULL;
    free(line);
    if (!t) err_clear();
    return t;
}

void compile_error(Object *filename, bool args_loc, Pos pos, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    Object *msg = str_from_formatv(fmt, va);
    va_end(va);
    if (!msg) return;
    Object *text = source_line(filename, pos.lineno);
    if (args_loc) {
        const char *m = str_as_utf8(msg);
        if (m)
            err_syntax(&Exc_SyntaxError, m, filename, pos.lineno, pos.col_offset + 1, text,
                       pos.end_lineno, pos.end_col_offset + 1);
        XDECREF(text);
        DECREF(msg);
        return;
    }
    Object *exc = exc_new(&Exc_SyntaxError, &msg, 1);
    DECREF(msg);
    if (!exc) { XDECREF(text); return; }
    SyntaxErrorObject *se = (SyntaxErrorObject *)exc;
    SETREF(se->filename, filename ? NEWREF(filename) : NEWREF(NONE));
    SETREF(se->lineno, int_from_long(pos.lineno));
    SETREF(se->offset, int_from_long(pos.col_offset + 1));
    SETREF(se->end_lineno, int_from_long(pos.end_lineno));
    SETREF(se->end_offset, int_from_long(pos.end_col_offset + 1));
    SETREF(se->text, text ? text : NEWREF(NONE));
    if (!se->lineno || !se->offset || !se->end_lineno || !se->end_offset) {
        DECREF(exc);
        return;
    }
    err_restore(exc);
}

/* ---- the table ------------------------------------------------------------------------------- */

struct SymTable {
    Object *filename;
    Arena *arena;
    SymEntry *top, *cur;
    SymEntry **stack;            /* the blocks being visited, innermost last */
    int nstack, capstack;
    NameMap *global;             /* the module block's symbols */
    Object *priv;                /* the enclosing class name, for mangling */
    NameMap blocks;              /* AST node (as a key) -> index in `all` */
    SymEntry **all;
    int nall, capall;
    int depth, depth_limit;
    Object *s_super, *s_dot0, *s_class;   /* interned "super", ".0", "__class__" */
    bool future_annotations;     /* PEP 563: annotations are strings, see visit_annotation */
};

#define SYNTAX(st, pos, ...) \
    compile_error((st)->filename, false, (pos), __VA_ARGS__)

static int grow(void **p, int *cap, int n, size_t size)
{
    if (n < *cap) return 0;
    int c = *cap ? *cap * 2 : 4;
    void *q = mem_realloc(*p, (size_t)c * size);
    if (!q) { err_no_memory(); return -1; }
    *p = q;
    *cap = c;
    return 0;
}
#define GROW(arr, cap, n) grow((void **)&(arr), &(cap), (n), sizeof(*(arr)))

static void ste_free(SymEntry *ste)
{
    namemap_clear(&ste->symbols);
    mem_free(ste->params);
    mem_free(ste->children);
    mem_free(ste->directives);
    mem_free(ste);
}

void symtable_free(SymTable *st)
{
    if (!st) return;
    for (int i = 0; i < st->nall; i++) ste_free(st->all[i]);
    mem_free(st->all);
    mem_free(st->stack);
    namemap_clear(&st->blocks);
    XDECREF(st->s_super);
    XDECREF(st->s_dot0);
    mem_free(st);
}

SymEntry *symtable_top(SymTable *st) { return st->top; }

SymEntry *symtable_lookup(SymTable *st, void *key)
{
    int i;
    /* The map's keys are node addresses used as opaque identities. */
    if (!namemap_get(&st->blocks, (Object *)key, &i)) return NULL;
    return st->all[i];
}

int symentry_flags(SymEntry *ste, Object *name)
{
    int v;
    return namemap_get(&ste->symbols, name, &v) ? v : 0;
}

static int enter_block(SymTable *st, Object *name, BlockType type, void *key, Pos pos)
{
    SymEntry *ste = mem_calloc(1, sizeof(SymEntry));
    if (!ste) { err_no_memory(); return 0; }
    if (GROW(st->all, st->capall, st->nall) < 0) { ste_free(ste); return 0; }
    st->all[st->nall++] = ste;
    ste->name = name;
    ste->type = type;
    ste->key = key;
    ste->pos = pos;
    SymEntry *prev = st->cur;
    if (prev && (prev->nested || prev->type == BLOCK_FUNCTION)) ste->nested = 1;
    /* bpo-37757: no walrus anywhere inside a comprehension's outermost iterable. */
    if (prev) ste->comp_iter_expr = prev->comp_iter_expr;
    if (namemap_set(&st->blocks, (Object *)key, st->nall - 1) < 0) return 0;
    if (GROW(st->stack, st->capstack, st->nstack) < 0) return 0;
    st->stack[st->nstack++] = ste;
    st->cur = ste;
    if (type == BLOCK_MODULE) st->global = &ste->symbols;
    if (prev) {
        if (GROW(prev->children, prev->capchildren, prev->nchildren) < 0) return 0;
        prev->children[prev->nchildren++] = ste;
    }
    return 1;
}

static void exit_block(SymTable *st)
{
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
}

static int add_def_in(SymTable *st, Object *name, int flag, SymEntry *ste, Pos pos)
{
    Object *mangled = name_mangle(st->priv, name, st->arena);
    if (!mangled) return 0;
    int val;
    if (namemap_get(&ste->symbols, mangled, &val)) {
        if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
            SYNTAX(st, pos, "duplicate argument '%U' in function definition", name);
            return 0;
        }
        val |= flag;
    } else {
        val = flag;
    }
    if (ste->comp_iter_target) {
        /* An iteration variable of a comprehension: conflicts with walrus targets. */
        if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
            SYNTAX(st, pos, "comprehension inner loop cannot rebind assignment expression "
                   "target '%U'", name);
            return 0;
        }
        val |= DEF_COMP_ITER;
    }
    if (namemap_set(&ste->symbols, mangled, val) < 0) return 0;
    if (flag & DEF_PARAM) {
        if (GROW(ste->params, ste->capparams, ste->nparams) < 0) return 0;
        ste->params[ste->nparams++] = mangled;
    } else if (flag & DEF_GLOBAL) {
        int g = 0;
        namemap_get(st->global, mangled, &g);
        if (namemap_set(st->global, mangled, g | flag) < 0) return 0;
    }
    return 1;
}

static int add_def(SymTable *st, Object *name, int flag, Pos pos)
{
    return add_def_in(st, name, flag, st->cur, pos);
}

static int lookup_flags(SymTable *st, Object *name, int *flags)
{
    Object *mangled = name_mangle(st->priv, name, st->arena);
    if (!mangled) return -1;
    *flags = symentry_flags(st->cur, mangled);
    return 0;
}

static int record_directive(SymTable *st, Object *name, Pos pos)
{
    SymEntry *ste = st->cur;
    Object *mangled = name_mangle(st->priv, name, st->arena);
    if (!mangled) return 0;
    if (GROW(ste->directives, ste->capdirectives, ste->ndirectives) < 0) return 0;
    ste->directives[ste->ndirectives++] = (Directive){ mangled, pos };
    return 1;
}

/* ---- pass 1: visiting the AST -------------------------------------------------------------- */

static int visit_stmt(SymTable *st, Stmt *s);
static int visit_expr(SymTable *st, Expr *e);
static int visit_pattern(SymTable *st, Pattern *p);

static int visit_stmts(SymTable *st, Seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (!visit_stmt(st, SEQ_GET(seq, i))) return 0;
    return 1;
}

static int visit_exprs(SymTable *st, Seq *seq)     /* NULL items (dict ** keys) skipped */
{
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        Expr *e = SEQ_GET(seq, i);
        if (e && !visit_expr(st, e)) return 0;
    }
    return 1;
}

static int visit_keywords(SymTable *st, Seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (!visit_expr(st, ((Keyword *)SEQ_GET(seq, i))->value)) return 0;
    return 1;
}

static int visit_params(SymTable *st, Seq *args)
{
    for (int i = 0; i < SEQ_LEN(args); i++) {
        Arg *a = SEQ_GET(args, i);
        if (!add_def(st, a->arg, DEF_PARAM, a->pos)) return 0;
    }
    return 1;
}

static int visit_arguments(SymTable *st, Arguments *a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return 0;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, DEF_PARAM, a->vararg->pos)) return 0;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, DEF_PARAM, a->kwarg->pos)) return 0;
        st->cur->varkeywords = 1;
    }
    return 1;
}

/* Under PEP 563 annotations are never evaluated, so CPython visits them in a block of their
 * own that is linked to no parent and never analysed: their names are nobody's uses, and only
 * the checks made while visiting remain (yield, await and walrus are refused in it). */
static int enter_annotation(SymTable *st, Pos pos)
{
    if (!st->future_annotations) return 1;
    SymEntry *ste = mem_calloc(1, sizeof(SymEntry));
    if (!ste) { err_no_memory(); return 0; }
    if (GROW(st->all, st->capall, st->nall) < 0) { ste_free(ste); return 0; }
    st->all[st->nall++] = ste;
    ste->type = BLOCK_ANNOTATION;
    ste->pos = pos;
    ste->nested = st->cur->nested || st->cur->type == BLOCK_FUNCTION;
    ste->comp_iter_expr = st->cur->comp_iter_expr;
    if (GROW(st->stack, st->capstack, st->nstack) < 0) return 0;
    st->stack[st->nstack++] = ste;
    st->cur = ste;
    return 1;
}

static void exit_annotation(SymTable *st)
{
    if (st->future_annotations) exit_block(st);
}

static int visit_annotation(SymTable *st, Expr *e)
{
    if (!enter_annotation(st, e->pos) || !visit_expr(st, e)) return 0;
    exit_annotation(st);
    return 1;
}

/* The checks CPython makes in an annotation block. */
static int refuse_in_annotation(SymTable *st, Expr *e, const char *what)
{
    if (st->cur->type != BLOCK_ANNOTATION) return 1;
    SYNTAX(st, e->pos, "'%s' can not be used within an annotation", what);
    return 0;
}

static int visit_arg_annotations(SymTable *st, Seq *args)
{
    for (int i = 0; i < SEQ_LEN(args); i++) {
        Arg *a = SEQ_GET(args, i);
        if (a->annotation && !visit_expr(st, a->annotation)) return 0;
    }
    return 1;
}

static int visit_annotations(SymTable *st, Arguments *a, Expr *returns)
{
    if (!visit_arg_annotations(st, a->posonlyargs) || !visit_arg_annotations(st, a->args))
        return 0;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation)) return 0;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation)) return 0;
    if (!visit_arg_annotations(st, a->kwonlyargs)) return 0;
    if (returns && !visit_expr(st, returns)) return 0;
    return 1;
}

static int visit_alias(SymTable *st, Alias *a)
{
    Object *name = a->asname ? a->asname : a->name;
    ssize_t dot = str_find_char(name, '.', 0, STR_LEN(name));
    if (str_eq_cstr(name, "*")) {
        if (st->cur->type != BLOCK_MODULE) {
            SYNTAX(st, a->pos, "import * only allowed at module level");
            return 0;
        }
        return 1;
    }
    if (dot >= 0) {
        Object *first = str_substring(name, 0, dot);
        if (!first) return 0;
        str_intern_in_place(&first);
        if (arena_keep(st->arena, first) < 0) return 0;
        name = first;
    }
    return add_def(st, name, DEF_IMPORT, a->pos);
}

static int declare(SymTable *st, Stmt *s, bool global)
{
    Seq *names = global ? s->v.Global.names : s->v.Nonlocal.names;
    for (int i = 0; i < SEQ_LEN(names); i++) {
        Object *name = SEQ_GET(names, i);
        int cur;
        if (lookup_flags(st, name, &cur) < 0) return 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *what = cur & DEF_PARAM ? "name '%U' is parameter and %s" :
                               cur & DEF_USE ? "name '%U' is used prior to %s declaration" :
                               cur & DEF_ANNOT ? "annotated name '%U' can't be %s" :
                               "name '%U' is assigned to before %s declaration";
            SYNTAX(st, s->pos, what, name, global ? "global" : "nonlocal");
            return 0;
        }
        if (!add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos)) return 0;
        if (!record_directive(st, name, s->pos)) return 0;
    }
    return 1;
}

static int visit_stmt_inner(SymTable *st, Stmt *s)
{
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind: {
        Arguments *a = s->v.FunctionDef.args;
        if (!add_def(st, s->v.FunctionDef.name, DEF_LOCAL, s->pos)) return 0;
        if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults)) return 0;
        if (!enter_annotation(st, s->pos) ||
            !visit_annotations(st, a, s->v.FunctionDef.returns))
            return 0;
        exit_annotation(st);
        if (!visit_exprs(st, s->v.FunctionDef.decorator_list)) return 0;
        if (!enter_block(st, s->v.FunctionDef.name, BLOCK_FUNCTION, s, s->pos)) return 0;
        if (s->kind == AsyncFunctionDef_kind) st->cur->coroutine = 1;
        if (!visit_arguments(st, a) || !visit_stmts(st, s->v.FunctionDef.body)) return 0;
        exit_block(st);
        return 1;
    }
    case ClassDef_kind: {
        if (!add_def(st, s->v.ClassDef.name, DEF_LOCAL, s->pos)) return 0;
        if (!visit_exprs(st, s->v.ClassDef.bases) || !visit_keywords(st, s->v.ClassDef.keywords) ||
            !visit_exprs(st, s->v.ClassDef.decorator_list))
            return 0;
        if (!enter_block(st, s->v.ClassDef.name, BLOCK_CLASS, s, s->pos)) return 0;
        Object *saved = st->priv;
        st->priv = s->v.ClassDef.name;
        int ok = visit_stmts(st, s->v.ClassDef.body);
        st->priv = saved;
        if (!ok) return 0;
        exit_block(st);
        return 1;
    }
    case Return_kind:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value)) return 0;
            st->cur->returns_value = 1;
        }
        return 1;
    case Delete_kind:
        return visit_exprs(st, s->v.Delete.targets);
    case Assign_kind:
        return visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case AnnAssign_kind: {
        Expr *t = s->v.AnnAssign.target;
        if (t->kind == Name_kind) {
            int cur;
            if (lookup_flags(st, t->v.Name.id, &cur) < 0) return 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && &st->cur->symbols != st->global &&
                s->v.AnnAssign.simple) {
                SYNTAX(st, s->pos, cur & DEF_GLOBAL ? "annotated name '%U' can't be global" :
                       "annotated name '%U' can't be nonlocal", t->v.Name.id);
                return 0;
            }
            if (s->v.AnnAssign.simple) {
                if (!add_def(st, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, t->pos)) return 0;
            } else if (s->v.AnnAssign.value) {
                if (!add_def(st, t->v.Name.id, DEF_LOCAL, t->pos)) return 0;
            }
        } else if (!visit_expr(st, t)) {
            return 0;
        }
        if (!visit_annotation(st, s->v.AnnAssign.annotation)) return 0;
        return !s->v.AnnAssign.value || visit_expr(st, s->v.AnnAssign.value);
    }
    case AugAssign_kind:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case For_kind:
    case AsyncFor_kind:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
    case While_kind:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, s->v.While.body) &&
               visit_stmts(st, s->v.While.orelse);
    case If_kind:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, s->v.If.body) &&
               visit_stmts(st, s->v.If.orelse);
    case Match_kind:
        if (!visit_expr(st, s->v.Match.subject)) return 0;
        for (int i = 0; i < SEQ_LEN(s->v.Match.cases); i++) {
            MatchCase *mc = SEQ_GET(s->v.Match.cases, i);
            if (!visit_pattern(st, mc->pattern)) return 0;
            if (mc->guard && !visit_expr(st, mc->guard)) return 0;
            if (!visit_stmts(st, mc->body)) return 0;
        }
        return 1;
    case Raise_kind:
        if (s->v.Raise.exc) {
            if (!visit_expr(st, s->v.Raise.exc)) return 0;
            if (s->v.Raise.cause && !visit_expr(st, s->v.Raise.cause)) return 0;
        }
        return 1;
    case Try_kind:
    case TryStar_kind:
        if (!visit_stmts(st, s->v.Try.body) || !visit_stmts(st, s->v.Try.orelse)) return 0;
        for (int i = 0; i < SEQ_LEN(s->v.Try.handlers); i++) {
            ExceptHandler *h = SEQ_GET(s->v.Try.handlers, i);
            if (h->type && !visit_expr(st, h->type)) return 0;
            if (h->name && !add_def(st, h->name, DEF_LOCAL, h->pos)) return 0;
            if (!visit_stmts(st, h->body)) return 0;
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case Assert_kind:
        return visit_expr(st, s->v.Assert.test) &&
               (!s->v.Assert.msg || visit_expr(st, s->v.Assert.msg));
    case Import_kind:
        for (int i = 0; i < SEQ_LEN(s->v.Import.names); i++)
            if (!visit_alias(st, SEQ_GET(s->v.Import.names, i))) return 0;
        return 1;
    case ImportFrom_kind:
        for (int i = 0; i < SEQ_LEN(s->v.ImportFrom.names); i++)
            if (!visit_alias(st, SEQ_GET(s->v.ImportFrom.names, i))) return 0;
        return 1;
    case Global_kind:
        return declare(st, s, true);
    case Nonlocal_kind:
        return declare(st, s, false);
    case Expr_kind:
        return visit_expr(st, s->v.Expr.value);
    case Pass_kind:
    case Break_kind:
    case Continue_kind:
        return 1;
    case With_kind:
    case AsyncWith_kind:
        for (int i = 0; i < SEQ_LEN(s->v.With.items); i++) {
            WithItem *w = SEQ_GET(s->v.With.items, i);
            if (!visit_expr(st, w->context_expr)) return 0;
            if (w->optional_vars && !visit_expr(st, w->optional_vars)) return 0;
        }
        return visit_stmts(st, s->v.With.body);
    }
    return 1;
}

static int too_deep(SymTable *st)
{
    if (++st->depth <= st->depth_limit) return 0;
    err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return 1;
}

static int visit_stmt(SymTable *st, Stmt *s)
{
    if (too_deep(st)) return 0;
    int r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

/* A walrus inside a comprehension binds in the nearest function or module block. */
static int extend_namedexpr_scope(SymTable *st, Expr *e)
{
    Object *target = e->v.Name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        SymEntry *ste = st->stack[i];
        if (ste->comprehension) {
            Object *mangled = name_mangle(st->priv, target, st->arena);
            if (!mangled) return 0;
            if (symentry_flags(ste, mangled) & DEF_COMP_ITER) {
                SYNTAX(st, e->pos, "assignment expression cannot rebind comprehension "
                       "iteration variable '%U'", target);
                return 0;
            }
            continue;
        }
        if (ste->type == BLOCK_ANNOTATION) continue;    /* as CPython: the block outside */
        if (ste->type == BLOCK_FUNCTION) {
            Object *mangled = name_mangle(st->priv, target, st->arena);
            if (!mangled) return 0;
            int flag = symentry_flags(ste, mangled) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL;
            if (!add_def(st, target, flag, e->pos) || !record_directive(st, target, e->pos))
                return 0;
            return add_def_in(st, target, DEF_LOCAL, ste, e->pos);
        }
        if (ste->type == BLOCK_MODULE) {
            if (!add_def(st, target, DEF_GLOBAL, e->pos) || !record_directive(st, target, e->pos))
                return 0;
            return add_def_in(st, target, DEF_GLOBAL, ste, e->pos);
        }
        /* A class block. */
        SYNTAX(st, e->pos, "assignment expression within a comprehension cannot be used in a "
               "class body");
        return 0;
    }
    err_set_string(&Exc_SystemError, "no scope for an assignment expression");
    return 0;
}

static int visit_namedexpr(SymTable *st, Expr *e)
{
    if (st->cur->comp_iter_expr > 0) {
        SYNTAX(st, e->pos, "assignment expression cannot be used in a comprehension iterable "
               "expression");
        return 0;
    }
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target)) return 0;
    return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
}

static int visit_comprehension(SymTable *st, Comprehension *c)
{
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, c->target)) return 0;
    st->cur->comp_iter_target = 0;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, c->iter)) return 0;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, c->ifs)) return 0;
    if (c->is_async) st->cur->coroutine = 1;
    return 1;
}

static int visit_comp(SymTable *st, Expr *e, Seq *gens, Expr *elt, Expr *value, CompKind kind)
{
    Comprehension *outer = SEQ_GET(gens, 0);
    /* The outermost iterable is evaluated in the enclosing block. */
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outer->iter)) return 0;
    st->cur->comp_iter_expr--;
    if (!enter_block(st, NULL, BLOCK_FUNCTION, e, e->pos)) return 0;
    SymEntry *ste = st->cur;
    ste->comprehension = kind;
    if (outer->is_async) ste->coroutine = 1;
    if (!add_def(st, st->s_dot0, DEF_PARAM, e->pos)) return 0;
    ste->comp_iter_target = 1;
    if (!visit_expr(st, outer->target)) return 0;
    ste->comp_iter_target = 0;
    if (!visit_exprs(st, outer->ifs)) return 0;
    for (int i = 1; i < SEQ_LEN(gens); i++)
        if (!visit_comprehension(st, SEQ_GET(gens, i))) return 0;
    if (value && !visit_expr(st, value)) return 0;
    if (!visit_expr(st, elt)) return 0;
    bool is_gen = kind == COMP_GENEXP;
    ste->generator = is_gen;
    bool is_async = ste->coroutine && !is_gen;
    exit_block(st);
    if (is_async) st->cur->coroutine = 1;
    return 1;
}

static int yield_in_comprehension(SymTable *st, Expr *e)
{
    CompKind k = st->cur->comprehension;
    SYNTAX(st, e->pos, k == COMP_LIST ? "'yield' inside list comprehension" :
                       k == COMP_SET ? "'yield' inside set comprehension" :
                       k == COMP_DICT ? "'yield' inside dict comprehension" :
                       "'yield' inside generator expression");
    return 0;
}

/* The names a pattern binds are locals; its values, keys and classes are expressions. */
static int visit_pattern(SymTable *st, Pattern *p)
{
    switch (p->kind) {
    case MatchValue_kind:
        return visit_expr(st, p->v.MatchValue.value);
    case MatchSingleton_kind:
        return 1;
    case MatchSequence_kind:
    case MatchOr_kind:
        for (int i = 0; i < SEQ_LEN(p->v.MatchSequence.patterns); i++)
            if (!visit_pattern(st, SEQ_GET(p->v.MatchSequence.patterns, i))) return 0;
        return 1;
    case MatchStar_kind:
        return !p->v.MatchStar.name || add_def(st, p->v.MatchStar.name, DEF_LOCAL, p->pos);
    case MatchMapping_kind:
        if (!visit_exprs(st, p->v.MatchMapping.keys)) return 0;
        for (int i = 0; i < SEQ_LEN(p->v.MatchMapping.patterns); i++)
            if (!visit_pattern(st, SEQ_GET(p->v.MatchMapping.patterns, i))) return 0;
        return !p->v.MatchMapping.rest ||
               add_def(st, p->v.MatchMapping.rest, DEF_LOCAL, p->pos);
    case MatchClass_kind:
        if (!visit_expr(st, p->v.MatchClass.cls)) return 0;
        for (int i = 0; i < SEQ_LEN(p->v.MatchClass.patterns); i++)
            if (!visit_pattern(st, SEQ_GET(p->v.MatchClass.patterns, i))) return 0;
        for (int i = 0; i < SEQ_LEN(p->v.MatchClass.kwd_patterns); i++)
            if (!visit_pattern(st, SEQ_GET(p->v.MatchClass.kwd_patterns, i))) return 0;
        return 1;
    case MatchAs_kind:
        if (p->v.MatchAs.pattern && !visit_pattern(st, p->v.MatchAs.pattern)) return 0;
        return !p->v.MatchAs.name || add_def(st, p->v.MatchAs.name, DEF_LOCAL, p->pos);
    }
    return 1;
}

static int visit_expr_inner(SymTable *st, Expr *e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        return refuse_in_annotation(st, e, "named expression") && visit_namedexpr(st, e);
    case BoolOp_kind:
        return visit_exprs(st, e->v.BoolOp.values);
    case BinOp_kind:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case UnaryOp_kind:
        return visit_expr(st, e->v.UnaryOp.operand);
    case Lambda_kind: {
        Arguments *a = e->v.Lambda.args;
        if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults)) return 0;
        if (!enter_block(st, NULL, BLOCK_FUNCTION, e, e->pos)) return 0;
        if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body)) return 0;
        exit_block(st);
        return 1;
    }
    case IfExp_kind:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case Dict_kind:
        return visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
    case Set_kind:
        return visit_exprs(st, e->v.Set.elts);
    case GeneratorExp_kind:
        return visit_comp(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL,
                          COMP_GENEXP);
    case ListComp_kind:
        return visit_comp(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL, COMP_LIST);
    case SetComp_kind:
        return visit_comp(st, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL, COMP_SET);
    case DictComp_kind:
        return visit_comp(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                          e->v.DictComp.value, COMP_DICT);
    case Yield_kind:
    case YieldFrom_kind:
        if (!refuse_in_annotation(st, e, "yield expression")) return 0;
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value)) return 0;
        st->cur->generator = 1;
        if (st->cur->comprehension) return yield_in_comprehension(st, e);
        return 1;
    case Await_kind:
        if (!refuse_in_annotation(st, e, "await expression") ||
            !visit_expr(st, e->v.Await.value))
            return 0;
        st->cur->coroutine = 1;
        return 1;
    case Compare_kind:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
    case Call_kind:
        return visit_expr(st, e->v.Call.func) && visit_exprs(st, e->v.Call.args) &&
               visit_keywords(st, e->v.Call.keywords);
    case FormattedValue_kind:
        return visit_expr(st, e->v.FormattedValue.value) &&
               (!e->v.FormattedValue.format_spec ||
                visit_expr(st, e->v.FormattedValue.format_spec));
    case JoinedStr_kind:
        return visit_exprs(st, e->v.JoinedStr.values);
    case Constant_kind:
        return 1;
    case Attribute_kind:
        return visit_expr(st, e->v.Attribute.value);
    case Subscript_kind:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case Starred_kind:
        return visit_expr(st, e->v.Starred.value);
    case Slice_kind:
        return (!e->v.Slice.lower || visit_expr(st, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || visit_expr(st, e->v.Slice.upper)) &&
               (!e->v.Slice.step || visit_expr(st, e->v.Slice.step));
    case Name_kind:
        if (!add_def(st, e->v.Name.id, e->v.Name.ctx == Load ? DEF_USE : DEF_LOCAL, e->pos))
            return 0;
        /* super() needs the __class__ cell. */
        if (e->v.Name.ctx == Load && st->cur->type == BLOCK_FUNCTION &&
            e->v.Name.id == st->s_super &&
            !add_def(st, st->s_class, DEF_USE, e->pos))
            return 0;
        return 1;
    case List_kind:
        return visit_exprs(st, e->v.List.elts);
    case Tuple_kind:
        return visit_exprs(st, e->v.Tuple.elts);
    }
    return 1;
}

static int visit_expr(SymTable *st, Expr *e)
{
    if (too_deep(st)) return 0;
    int r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

/* ---- pass 2: analysis ---------------------------------------------------------------------- */

static int error_at_directive(SymTable *st, SymEntry *ste, Object *name, const char *fmt)
{
    for (int i = 0; i < ste->ndirectives; i++) {
        if (ste->directives[i].name == name) {
            SYNTAX(st, ste->directives[i].pos, fmt, name);
            return 0;
        }
    }
    err_set_string(&Exc_RuntimeError, "BUG: internal directive bookkeeping broken");
    return 0;
}

static int analyze_name(SymTable *st, SymEntry *ste, NameMap *scopes, Object *name, int flags,
                        NameMap *bound, NameMap *local, NameMap *free, NameMap *global)
{
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(st, ste, name, "name '%U' is nonlocal and global");
        if (namemap_set(scopes, name, SCOPE_GLOBAL_EXPLICIT) < 0 ||
            namemap_set(global, name, 0) < 0)
            return 0;
        if (bound) namemap_discard(bound, name);
        return 1;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, ste, name,
                                      "nonlocal declaration not allowed at module level");
        if (!namemap_contains(bound, name))
            return error_at_directive(st, ste, name, "no binding for nonlocal '%U' found");
        ste->free = 1;
        return namemap_set(scopes, name, SCOPE_FREE) == 0 && namemap_set(free, name, 0) == 0;
    }
    if (flags & DEF_BOUND) {
        if (namemap_set(scopes, name, SCOPE_LOCAL) < 0 || namemap_set(local, name, 0) < 0)
            return 0;
        namemap_discard(global, name);
        return 1;
    }
    /* Bound in an enclosing function: free here. */
    if (bound && namemap_contains(bound, name)) {
        ste->free = 1;
        return namemap_set(scopes, name, SCOPE_FREE) == 0 && namemap_set(free, name, 0) == 0;
    }
    if (global && namemap_contains(global, name))
        return namemap_set(scopes, name, SCOPE_GLOBAL_IMPLICIT) == 0;
    if (ste->nested) ste->free = 1;
    return namemap_set(scopes, name, SCOPE_GLOBAL_IMPLICIT) == 0;
}

static int analyze_block(SymTable *st, SymEntry *ste, NameMap *bound, NameMap *free,
                         NameMap *global);

static int analyze_child(SymTable *st, SymEntry *child, NameMap *bound, NameMap *free,
                         NameMap *global, NameMap *child_free)
{
    NameMap b = {0}, f = {0}, g = {0};
    int ok = namemap_update(&b, bound) == 0 && namemap_update(&f, free) == 0 &&
             namemap_update(&g, global) == 0 && analyze_block(st, child, &b, &f, &g) &&
             namemap_update(child_free, &f) == 0;
    namemap_clear(&b);
    namemap_clear(&f);
    namemap_clear(&g);
    return ok;
}

/* Record the analysis: every symbol gets its scope; names free in children that this block
 * neither binds nor declares become free here too (unless they are globals). */
static int update_symbols(SymEntry *ste, NameMap *scopes, NameMap *bound, NameMap *free,
                          bool classflag)
{
    NameMap *sym = &ste->symbols;
    NAMEMAP_EACH(sym, i) {
        int scope = 0;
        namemap_get(scopes, sym->e[i].name, &scope);
        sym->e[i].value |= scope << SCOPE_OFFSET;
    }
    NAMEMAP_EACH(free, i) {
        Object *name = free->e[i].name;
        int v;
        if (namemap_get(sym, name, &v)) {
            /* A method's free variable named like a class-level name: both at once. */
            if (classflag && (v & (DEF_BOUND | DEF_GLOBAL)) &&
                namemap_set(sym, name, v | DEF_FREE_CLASS) < 0)
                return 0;
            continue;
        }
        if (bound && !namemap_contains(bound, name)) continue;    /* a global */
        if (namemap_set(sym, name, SCOPE_FREE << SCOPE_OFFSET) < 0) return 0;
    }
    return 1;
}

static int analyze_block(SymTable *st, SymEntry *ste, NameMap *bound, NameMap *free,
                         NameMap *global)
{
    NameMap local = {0}, scopes = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    NameMap allfree = {0};
    int ok = 0;
    /* Class bindings are not visible in methods: children see what the class saw. */
    if (ste->type == BLOCK_CLASS) {
        if (namemap_update(&newglobal, global) < 0) goto done;
        if (bound && namemap_update(&newbound, bound) < 0) goto done;
    }
    NameMap *sym = &ste->symbols;
    NAMEMAP_EACH(sym, i)
        if (!analyze_name(st, ste, &scopes, sym->e[i].name, sym->e[i].value, bound, &local,
                          free, global))
            goto done;
    if (ste->type != BLOCK_CLASS) {
        if (ste->type == BLOCK_FUNCTION && namemap_update(&newbound, &local) < 0) goto done;
        if (bound && namemap_update(&newbound, bound) < 0) goto done;
        if (namemap_update(&newglobal, global) < 0) goto done;
    } else if (namemap_set(&newbound, st->s_class, 0) < 0) {
        goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        SymEntry *c = ste->children[i];
        if (!analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree)) goto done;
        if (c->free || c->child_free) ste->child_free = 1;
    }
    if (namemap_update(&newfree, &allfree) < 0) goto done;
    if (ste->type == BLOCK_FUNCTION) {
        /* Locals used freely by children become cells. */
        NAMEMAP_EACH(&scopes, i) {
            if (scopes.e[i].value != SCOPE_LOCAL || !namemap_contains(&newfree, scopes.e[i].name))
                continue;
            scopes.e[i].value = SCOPE_CELL;
            namemap_discard(&newfree, scopes.e[i].name);
        }
    } else if (ste->type == BLOCK_CLASS && namemap_contains(&newfree, st->s_class)) {
        namemap_discard(&newfree, st->s_class);
        ste->needs_class_closure = 1;
    }
    if (!update_symbols(ste, &scopes, bound, &newfree, ste->type == BLOCK_CLASS)) goto done;
    if (namemap_update(free, &newfree) < 0) goto done;
    ok = 1;
done:
    namemap_clear(&local);
    namemap_clear(&scopes);
    namemap_clear(&newbound);
    namemap_clear(&newglobal);
    namemap_clear(&newfree);
    namemap_clear(&allfree);
    return ok;
}

SymTable *symtable_build(ModNode *mod, Object *filename, Arena *arena)
{
    SymTable *st = mem_calloc(1, sizeof(SymTable));
    if (!st) { err_no_memory(); return NULL; }
    st->filename = filename;
    st->arena = arena;
    st->depth = compile_depth_start();
    st->depth_limit = compile_depth_limit();
    st->s_super = str_intern_cstr("super");
    st->s_dot0 = str_intern_cstr(".0");
    st->s_class = ID(__class__);
    st->future_annotations = future_annotations(mod);
    if (!st->s_super || !st->s_dot0) goto fail;
    Pos top = { 0, 0, 0, 0 };
    if (!enter_block(st, NULL, BLOCK_MODULE, mod, top)) goto fail;
    st->top = st->cur;
    if (mod->mode == MODE_EVAL) {
        if (!visit_expr(st, mod->expr)) goto fail;
    } else if (!visit_stmts(st, mod->body)) {
        goto fail;
    }
    exit_block(st);
    NameMap free = {0}, global = {0};
    int ok = analyze_block(st, st->top, NULL, &free, &global);
    namemap_clear(&free);
    namemap_clear(&global);
    if (!ok) goto fail;
    return st;
fail:
    symtable_free(st);
    return NULL;
}
