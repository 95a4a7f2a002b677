/* dis.c — disassembly of code objects, in the layout of Python's dis module:
 *
 *     <line>  <offset> <OPNAME>  <arg> (<what the argument names>)
 *
 * EXTENDED_ARG prefixes are shown as their own instructions and their value folded into the
 * next argument; inline CACHE units are skipped.  Offsets are in code units (jump arguments
 * are code-unit indexes, so they can be read against this column). */
#include "dis.h"
#include "opcodes.h"
#include "../objects/code.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/containers.h"

static const char *const binop_names[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};
static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

static void print_obj(FILE *f, Object *o)
{
    Object *r = obj_repr(o);
    const char *s = r ? str_as_utf8(r) : NULL;
    fputs(s ? s : "<repr failed>", f);
    if (!s) err_clear();
    XDECREF(r);
}

static void print_name(FILE *f, Object *tuple, int i)
{
    if (tuple && i >= 0 && i < TUPLE_LEN(tuple)) {
        const char *s = str_as_utf8(TUPLE_GET(tuple, i));
        fputs(s ? s : "?", f);
    } else {
        fprintf(f, "<%d out of range>", i);
    }
}

static void print_deref(FILE *f, CodeObject *co, int i)
{
    ssize_t ncells = TUPLE_LEN(co->co_cellvars);
    if (i < ncells) print_name(f, co->co_cellvars, i);
    else print_name(f, co->co_freevars, (int)(i - ncells));
}

/* Does the argument of op refer to something worth showing? */
static bool has_detail(int op)
{
    switch (op) {
    case LOAD_CONST: case KW_NAMES: case LOAD_NAME: case STORE_NAME: case DELETE_NAME:
    case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_ATTR: case STORE_ATTR:
    case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM: case LOAD_FAST:
    case STORE_FAST: case DELETE_FAST: case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF:
    case LOAD_CLASSDEREF: case LOAD_CLOSURE: case BINARY_OP: case COMPARE_OP: case IS_OP:
    case CONTAINS_OP:
        return true;
    default:
        return op_has_jump(op);
    }
}

/* What the argument of op means, in parentheses. */
static void print_arg(FILE *f, CodeObject *co, int op, int arg)
{
    switch (op) {
    case LOAD_CONST:
    case KW_NAMES:
        if (arg < TUPLE_LEN(co->co_consts)) print_obj(f, TUPLE_GET(co->co_consts, arg));
        else fprintf(f, "<%d out of range>", arg);
        return;
    case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_GLOBAL: case STORE_GLOBAL:
    case DELETE_GLOBAL: case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD:
    case IMPORT_NAME: case IMPORT_FROM:
        print_name(f, co->co_names, arg);
        return;
    case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
        print_name(f, co->co_varnames, arg);
        return;
    case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLASSDEREF:
    case LOAD_CLOSURE:
        print_deref(f, co, arg);
        return;
    case BINARY_OP:
        if (arg < 13) fprintf(f, "%s", binop_names[arg]);
        else if (arg < 26) fprintf(f, "%s=", binop_names[arg - 13]);
        return;
    case COMPARE_OP:
        if (arg < 6) fputs(cmp_names[arg], f);
        return;
    case IS_OP: fputs(arg ? "is not" : "is", f); return;
    case CONTAINS_OP: fputs(arg ? "not in" : "in", f); return;
    default:
        if (op_has_jump(op)) fprintf(f, "to %d", arg);
        return;
    }
}

static bool has_arg(int op)
{
    switch (op) {
    case NOP: case POP_TOP: case PUSH_NULL: case UNARY_POSITIVE: case UNARY_NEGATIVE:
    case UNARY_NOT: case UNARY_INVERT: case BINARY_SUBSCR: case STORE_SUBSCR:
    case DELETE_SUBSCR: case CHECK_EXC_MATCH: case LIST_TO_TUPLE: case GET_ITER:
    case CHECK_EG_MATCH: case PREP_RERAISE_STAR:
    case RETURN_VALUE: case LOAD_BUILD_CLASS: case IMPORT_STAR: case POP_BLOCK:
    case POP_EXCEPT: case LOAD_ASSERTION_ERROR: case BEFORE_WITH: case WITH_EXCEPT_START:
    case SETUP_ANNOTATIONS: case PRINT_EXPR: case LOAD_LOCALS: case RETURN_GENERATOR:
    case YIELD_VALUE: case GET_YIELD_FROM_ITER: case YIELD_FROM: case GET_AITER:
    case GET_ANEXT: case END_ASYNC_FOR: case BEFORE_ASYNC_WITH: case ASYNC_GEN_WRAP:
        return false;
    default:
        return true;
    }
}

static void dis_one(CodeObject *co, FILE *f)
{
    const char *name = str_as_utf8(co->co_qualname);
    fprintf(f, "Disassembly of <code object %s, line %d> (stack %d, blocks %d):\n",
            name ? name : "?", co->co_firstlineno, co->co_stacksize, co->co_maxblocks);
    int ext = 0, lastline = -2;
    for (ssize_t i = 0; i < co->co_ncode; i++) {
        int op = CU_OP(co->co_code[i]);
        int arg = ext | CU_ARG(co->co_code[i]);
        int line = co->co_locs ? co->co_locs[i].line : -1;
        if (op == CACHE) continue;
        if (line != lastline) {
            fprintf(f, "%s%4d ", lastline == -2 ? "" : "\n", line);
            lastline = line;
        } else {
            fputs("     ", f);
        }
        fprintf(f, "%6zd %-22s", i, op < OPCODE_COUNT ? op_names[op] : "<unknown>");
        if (has_arg(op)) {
            fprintf(f, " %5d", arg);
            if (has_detail(op)) {
                fputs(" (", f);
                print_arg(f, co, op, arg);
                fputc(')', f);
            }
        }
        fputc('\n', f);
        ext = op == EXTENDED_ARG ? arg << 8 : 0;
    }
}

void code_dis(Object *code, FILE *f)
{
    CodeObject *co = (CodeObject *)code;
    dis_one(co, f);
    for (ssize_t i = 0; i < TUPLE_LEN(co->co_consts); i++) {
        Object *c = TUPLE_GET(co->co_consts, i);
        if (TYPE(c) == &CodeType) {
            fputc('\n', f);
            code_dis(c, f);
        }
    }
}
