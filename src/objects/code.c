/* code.c — code objects: the compiler's output, immutable once built.
 *
 * A code object owns copies of its code units and of the per-unit source positions.  The VM may
 * write into the inline cache units that follow some instructions (see compiler/opcodes.h) and
 * keeps per-code data in co_extra (one flat mem_alloc'd block holding no references, so this file
 * can free it without knowing its layout).  Everything Python can see — co_code, ==, hash —
 * reads the cache units as zeros, so specialisation never shows.
 *
 * Code objects are not tracked by the collector (as in CPython): their constants are immutable
 * and cannot point back at them. */
#include "code.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "containers.h"
#include "numbers.h"
#include "weakref.h"
#include "../compiler/opcodes.h"
#include <string.h>

/* A copy of `t` with every str interned, when t is a tuple of str (names). */
static void intern_names(Object *t) {
    if (!t || !IS_TUPLE(t))
        return;
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
        if (IS_STR_EXACT(TUPLE_GET(t, i)))
            str_intern_in_place(&TUPLE_ITEMS(t)[i]);
}

/* co_cell2arg: for each cell variable that is also a parameter, the parameter's index. */
static int make_cell2arg(CodeObject *co) {
    ssize_t ncells = TUPLE_LEN(co->co_cellvars);
    int nargs = co->co_argcount + co->co_kwonlyargcount +
                !!(co->co_flags & CO_VARARGS) + !!(co->co_flags & CO_VARKEYWORDS);
    if (nargs > TUPLE_LEN(co->co_varnames))
        nargs = (int)TUPLE_LEN(co->co_varnames);
    int *map = NULL;
    for (ssize_t i = 0; i < ncells; i++) {
        Object *cname = TUPLE_GET(co->co_cellvars, i);
        for (int j = 0; j < nargs; j++) {
            if (!str_eq(cname, TUPLE_GET(co->co_varnames, j)))
                continue;
            if (!map) {
                map = mem_alloc(sizeof(int) * ncells);
                if (!map) {
                    err_no_memory();
                    return -1;
                }
                for (ssize_t k = 0; k < ncells; k++)
                    map[k] = -1;
            }
            map[i] = j;
            break;
        }
    }
    co->co_cell2arg = map;
    return 0;
}

/* A string made only of ASCII letters, digits and '_' (CPython's all_name_chars). */
static bool all_name_chars(Object *s) {
    if (!STR_IS_ASCII(s)) return false;
    const unsigned char *p = STR_DATA(s);
    for (ssize_t i = 0; i < STR_LEN(s); i++)
        if (!(p[i] == '_' || (p[i] >= '0' && p[i] <= '9') || ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z')))
            return false;
    return true;
}

/* Intern the identifier-like strings among the constants, nested tuples included, as CPython's
 * intern_string_constants: so "hello" in two functions, or built at run time and passed to
 * sys.intern, is the same object. */
static void intern_constants(Object *t) {
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++) {
        Object *v = TUPLE_GET(t, i);
        if (IS_STR_EXACT(v) && all_name_chars(v))
            str_intern_in_place(&TUPLE_ITEMS(t)[i]);
        else if (IS_TUPLE_EXACT(v))
            intern_constants(v);
    }
}

Object *code_new(int argcount, int posonlyargcount, int kwonlyargcount, int nlocals,
                 int stacksize, int maxblocks, int flags,
                 const CodeUnit *code, ssize_t ncode, const CodeLoc *locs,
                 Object *consts, Object *names, Object *varnames, Object *freevars,
                 Object *cellvars, Object *filename, Object *name, Object *qualname,
                 int firstlineno) {
    CodeObject *co = (CodeObject *)obj_alloc(&CodeType);
    if (!co)
        return NULL;
    co->co_code = mem_alloc(sizeof(CodeUnit) * (ncode ? ncode : 1));
    co->co_locs = mem_alloc(sizeof(CodeLoc) * (ncode ? ncode : 1));
    if (!co->co_code || !co->co_locs) {
        DECREF(co);
        return err_no_memory();
    }
    memcpy(co->co_code, code, sizeof(CodeUnit) * ncode);
    if (locs) {
        memcpy(co->co_locs, locs, sizeof(CodeLoc) * ncode);
    } else {
        for (ssize_t i = 0; i < ncode; i++)
            co->co_locs[i] = (CodeLoc){ -1, -1, -1, -1 };
    }
    co->co_ncode = ncode;
    intern_names(names);
    intern_names(varnames);
    intern_names(freevars);
    intern_names(cellvars);
    if (consts) intern_constants(consts);
    co->co_consts = NEWREF(consts ? consts : empty_tuple);
    co->co_names = NEWREF(names ? names : empty_tuple);
    co->co_varnames = NEWREF(varnames ? varnames : empty_tuple);
    co->co_freevars = NEWREF(freevars ? freevars : empty_tuple);
    co->co_cellvars = NEWREF(cellvars ? cellvars : empty_tuple);
    co->co_filename = NEWREF(filename);
    co->co_name = NEWREF(name);
    co->co_qualname = NEWREF(qualname ? qualname : name);
    co->co_exceptiontable = bytes_from_data("", 0);
    co->co_argcount = argcount;
    co->co_posonlyargcount = posonlyargcount;
    co->co_kwonlyargcount = kwonlyargcount;
    co->co_nlocals = nlocals;
    co->co_stacksize = stacksize;
    co->co_maxblocks = maxblocks;
    co->co_flags = flags;
    co->co_firstlineno = firstlineno;
    if (!co->co_exceptiontable || make_cell2arg(co) < 0) {
        DECREF(co);
        return NULL;
    }
    return (Object *)co;
}

int code_line_at(CodeObject *co, ssize_t i) {
    if (i < 0 || i >= co->co_ncode)
        return -1;
    return co->co_locs[i].line;
}

static void code_dealloc(Object *self) {
    CodeObject *co = (CodeObject *)self;
    if (co->co_weakreflist) weakref_clear_all(self);
    mem_free(co->co_code);
    mem_free(co->co_locs);
    mem_free(co->co_cell2arg);
    mem_free(co->co_extra);
    XDECREF(co->co_consts);
    XDECREF(co->co_names);
    XDECREF(co->co_varnames);
    XDECREF(co->co_freevars);
    XDECREF(co->co_cellvars);
    XDECREF(co->co_filename);
    XDECREF(co->co_name);
    XDECREF(co->co_qualname);
    XDECREF(co->co_exceptiontable);
    TYPE(self)->tp_free(self);
}

static Object *code_repr(Object *self) {
    CodeObject *co = (CodeObject *)self;
    int line = co->co_firstlineno;
    if (co->co_filename && IS_STR(co->co_filename))
        return str_from_format("<code object %U at %p, file \"%U\", line %d>",
                               co->co_name, self, co->co_filename, line);
    return str_from_format("<code object %U at %p, file ???, line %d>", co->co_name, self, line);
}

/* The unit at i as Python sees it: cache units read as zero. */
static bool is_cache_unit(CodeObject *co, ssize_t i, ssize_t *skip) {
    (void)co; (void)i;
    if (*skip > 0) {
        (*skip)--;
        return true;
    }
    return false;
}

/* co_code: the code units as little-endian bytes (opcode, argument), caches zeroed. */
static Object *code_bytes(CodeObject *co) {
    Object *b = bytes_from_data(NULL, co->co_ncode * 2);
    if (!b)
        return NULL;
    unsigned char *p = (unsigned char *)BYTES_DATA(b);
    ssize_t skip = 0;
    for (ssize_t i = 0; i < co->co_ncode; i++) {
        CodeUnit u = co->co_code[i];
        if (is_cache_unit(co, i, &skip))
            u = 0;
        else if (CU_OP(u) < OPCODE_COUNT)
            skip = op_caches[CU_OP(u)];
        p[2 * i] = (unsigned char)CU_OP(u);
        p[2 * i + 1] = (unsigned char)CU_ARG(u);
    }
    return b;
}

static bool same_units(CodeObject *a, CodeObject *b) {
    if (a->co_ncode != b->co_ncode)
        return false;
    ssize_t skip = 0;
    for (ssize_t i = 0; i < a->co_ncode; i++) {
        if (is_cache_unit(a, i, &skip))
            continue;
        if (a->co_code[i] != b->co_code[i])
            return false;
        if (CU_OP(a->co_code[i]) < OPCODE_COUNT)
            skip = op_caches[CU_OP(a->co_code[i])];
    }
    return true;
}

/* CPython compares constants with their types (so 0, 0.0 and False differ); comparing the
 * tuples of constants and their item types gives that for the common cases. */
static int same_consts(Object *a, Object *b) {
    if (TUPLE_LEN(a) != TUPLE_LEN(b))
        return 0;
    for (ssize_t i = 0; i < TUPLE_LEN(a); i++) {
        Object *x = TUPLE_GET(a, i), *y = TUPLE_GET(b, i);
        if (TYPE(x) != TYPE(y))
            return 0;
        int r = obj_richcompare_bool(x, y, CMP_EQ);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Object *code_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &CodeType)
        RETURN_NOTIMPL;
    CodeObject *x = (CodeObject *)a, *y = (CodeObject *)b;
    int eq = 1;
    if (a != b) {
        eq = x->co_argcount == y->co_argcount &&
             x->co_posonlyargcount == y->co_posonlyargcount &&
             x->co_kwonlyargcount == y->co_kwonlyargcount && x->co_flags == y->co_flags &&
             x->co_firstlineno == y->co_firstlineno && same_units(x, y);
        Object *pairs[][2] = {
            { x->co_name, y->co_name }, { x->co_names, y->co_names },
            { x->co_varnames, y->co_varnames }, { x->co_freevars, y->co_freevars },
            { x->co_cellvars, y->co_cellvars },
        };
        for (size_t i = 0; eq && i < sizeof pairs / sizeof pairs[0]; i++) {
            eq = obj_richcompare_bool(pairs[i][0], pairs[i][1], CMP_EQ);
            if (eq < 0)
                return NULL;
        }
        if (eq) {
            eq = same_consts(x->co_consts, y->co_consts);
            if (eq < 0)
                return NULL;
        }
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t code_hash(Object *self) {
    CodeObject *co = (CodeObject *)self;
    Object *parts[] = { co->co_name, co->co_consts, co->co_names, co->co_varnames,
                        co->co_freevars, co->co_cellvars };
    uint64_t h = (uint64_t)co->co_argcount ^ ((uint64_t)co->co_posonlyargcount << 8) ^
                 ((uint64_t)co->co_kwonlyargcount << 16) ^ ((uint64_t)co->co_flags << 24) ^
                 (uint64_t)co->co_ncode * 1000003u;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        int64_t x = obj_hash(parts[i]);
        if (x == -1)
            return -1;
        h = (h ^ (uint64_t)x) * 1000003u;
    }
    ssize_t skip = 0;
    for (ssize_t i = 0; i < co->co_ncode; i++) {
        if (is_cache_unit(co, i, &skip))
            continue;
        h = (h ^ co->co_code[i]) * 1099511628211u;
        if (CU_OP(co->co_code[i]) < OPCODE_COUNT)
            skip = op_caches[CU_OP(co->co_code[i])];
    }
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

static Object *code_get_code(Object *self, void *c) { return code_bytes((CodeObject *)self); }
/* co_lnotab / co_linetable: ouro keeps positions per code unit instead; empty stand-ins. */
static Object *code_get_empty_bytes(Object *self, void *c) { return bytes_from_data("", 0); }

static Object *code_positions_list(Object *self, Object *unused) {
    /* co_positions(): one (line, end_line, col, end_col) per code unit, as CPython yields them. */
    CodeObject *co = (CodeObject *)self;
    Object *l = list_new(co->co_ncode);
    if (!l)
        return NULL;
    for (ssize_t i = 0; i < co->co_ncode; i++) {
        CodeLoc *p = &co->co_locs[i];
        Object *vals[4] = { p->line < 0 ? NEWREF(NONE) : int_from_long(p->line),
                            p->end_line < 0 ? NEWREF(NONE) : int_from_long(p->end_line),
                            p->col < 0 ? NEWREF(NONE) : int_from_long(p->col),
                            p->end_col < 0 ? NEWREF(NONE) : int_from_long(p->end_col) };
        Object *t = NULL;
        if (vals[0] && vals[1] && vals[2] && vals[3])
            t = tuple_from_array(vals, 4);
        for (int k = 0; k < 4; k++)
            XDECREF(vals[k]);
        if (!t) {
            DECREF(l);
            return NULL;
        }
        LIST_SET(l, i, t);
    }
    Object *it = obj_get_iter(l);
    DECREF(l);
    return it;
}

/* code.replace(**changes): a copy with some fields changed.  Only the fields that leave the
 * frame layout as it is can change (what types.coroutine and renaming need); the others raise
 * NotImplementedError rather than make a code object the VM cannot run. */
static Object *code_replace(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = { "co_flags", "co_firstlineno", "co_name",
                                          "co_qualname", "co_filename", "co_consts",
                                          "co_names", NULL };
    CodeObject *co = (CodeObject *)self;
    Object *v[7] = { NULL };
    if (nargs) {
        err_format(&Exc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    for (ssize_t i = 0; kwnames && i < TUPLE_LEN(kwnames); i++) {
        const char *k = str_as_utf8(TUPLE_GET(kwnames, i));
        bool known = false;
        for (int j = 0; kwlist[j]; j++)
            known |= k && strcmp(k, kwlist[j]) == 0;
        if (k && !known && strncmp(k, "co_", 3) == 0) {
            err_format(&Exc_NotImplementedError, "code.replace(): %s cannot be replaced", k);
            return NULL;
        }
    }
    if (args_parse("replace", args, nargs, kwnames, kwlist, 0, 0, v) < 0)
        return NULL;
    int flags = co->co_flags, firstlineno = co->co_firstlineno;
    for (int j = 0; j < 2; j++) {
        if (!v[j])
            continue;
        long x = int_as_long(v[j]);
        if (x == -1 && err_occurred())
            return NULL;
        *(j ? &firstlineno : &flags) = (int)x;
    }
    for (int j = 2; j < 7; j++)
        if (v[j] && !(j < 5 ? IS_STR(v[j]) : IS_TUPLE(v[j]))) {
            err_format(&Exc_TypeError, "replace() argument '%s' must be %s, not %s", kwlist[j],
                       j < 5 ? "str" : "tuple", TYPE(v[j])->tp_name);
            return NULL;
        }
    return code_new(co->co_argcount, co->co_posonlyargcount, co->co_kwonlyargcount,
                    co->co_nlocals, co->co_stacksize, co->co_maxblocks, flags, co->co_code,
                    co->co_ncode, co->co_locs, v[5] ? v[5] : co->co_consts,
                    v[6] ? v[6] : co->co_names, co->co_varnames, co->co_freevars,
                    co->co_cellvars, v[4] ? v[4] : co->co_filename, v[2] ? v[2] : co->co_name,
                    v[3] ? v[3] : co->co_qualname, firstlineno);
}

static MethodDef code_methods[] = {
    { "co_positions", (void *)code_positions_list, METH_NOARGS, NULL },
    { "replace", (void *)code_replace, METH_FASTCALL | METH_KEYWORDS,
      "Return a copy of the code object with new values for the specified fields." },
    { NULL }
};

#define CO_MEMBER(name, type) { #name, type, offsetof(CodeObject, name), READONLY, NULL }
static MemberDef code_members[] = {
    CO_MEMBER(co_argcount, T_INT), CO_MEMBER(co_posonlyargcount, T_INT),
    CO_MEMBER(co_kwonlyargcount, T_INT), CO_MEMBER(co_nlocals, T_INT),
    CO_MEMBER(co_stacksize, T_INT), CO_MEMBER(co_flags, T_INT),
    CO_MEMBER(co_firstlineno, T_INT), CO_MEMBER(co_consts, T_OBJECT),
    CO_MEMBER(co_names, T_OBJECT), CO_MEMBER(co_varnames, T_OBJECT),
    CO_MEMBER(co_cellvars, T_OBJECT), CO_MEMBER(co_freevars, T_OBJECT),
    CO_MEMBER(co_filename, T_OBJECT), CO_MEMBER(co_name, T_OBJECT),
    CO_MEMBER(co_qualname, T_OBJECT), CO_MEMBER(co_exceptiontable, T_OBJECT),
    { NULL }
};

static GetSetDef code_getset[] = {
    { "co_code", code_get_code, NULL, NULL, NULL },
    { "_co_code_adaptive", code_get_code, NULL, NULL, NULL },
    { "co_lnotab", code_get_empty_bytes, NULL, NULL, NULL },
    { "co_linetable", code_get_empty_bytes, NULL, NULL, NULL },
    { NULL }
};

TypeObject CodeType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "code",
    .tp_basicsize = sizeof(CodeObject),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_hash = code_hash,
    .tp_richcompare = code_richcompare,
    .tp_weaklistoffset = offsetof(CodeObject, co_weakreflist),
    .tp_getattro = obj_generic_getattr,
    .tp_methods = code_methods,
    .tp_members = code_members,
    .tp_getset = code_getset,
    .tp_doc = "Create a code object.  Not for the faint of heart.",
};
