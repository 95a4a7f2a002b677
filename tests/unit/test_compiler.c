/* test_compiler.c — the code generator against facts read from CPython 3.11: co_consts,
 * co_varnames, co_cellvars, co_freevars, co_names, co_flags, and the SyntaxErrors of the
 * symbol table and code generator.  (Each expected value was printed by python3.11.) */
#include "compiler/compiler.h"
#include "objects/code.h"
#include "objects/errors.h"
#include "objects/strings.h"
#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/abstract.h"
#include "vm/vm.h"
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void check(bool ok, const char *what, const char *got)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s: got %s\n", what, got ? got : "(null)");
    }
}

/* repr of a tuple with code objects shown as <code NAME>. */
static void tuple_text(Object *t, char *buf, size_t n)
{
    size_t len = 0;
    len += (size_t)snprintf(buf + len, n - len, "(");
    for (ssize_t i = 0; i < TUPLE_LEN(t) && len < n; i++) {
        Object *x = TUPLE_GET(t, i);
        if (i) len += (size_t)snprintf(buf + len, n - len, ", ");
        if (len >= n) break;
        if (TYPE(x) == &CodeType) {
            len += (size_t)snprintf(buf + len, n - len, "<code %s>",
                                    str_as_utf8(((CodeObject *)x)->co_name));
        } else {
            Object *r = obj_repr(x);
            len += (size_t)snprintf(buf + len, n - len, "%s", r ? str_as_utf8(r) : "?");
            XDECREF(r);
        }
    }
    if (len < n) snprintf(buf + len, n - len, TUPLE_LEN(t) == 1 ? ",)" : ")");
}

static Object *compile(const char *src)
{
    Object *fn = str_from_cstr("<test>");
    Object *co = compile_source(src, (ssize_t)strlen(src), fn, MODE_EXEC);
    DECREF(fn);
    return co;
}

static CodeObject *nested(Object *co, int index)
{
    Object *x = TUPLE_GET(((CodeObject *)co)->co_consts, index);
    return (CodeObject *)x;
}

static void expect_tuple(Object *t, const char *want, const char *what)
{
    char buf[1024];
    tuple_text(t, buf, sizeof buf);
    check(strcmp(buf, want) == 0, what, buf);
}

static void expect_consts(const char *src, const char *want)
{
    Object *co = compile(src);
    if (!co) {
        err_clear();
        check(false, src, "compile error");
        return;
    }
    expect_tuple(((CodeObject *)co)->co_consts, want, src);
    DECREF(co);
}

static void expect_error(const char *src, const char *msg, int lineno, int offset)
{
    Object *co = compile(src);
    if (co) {
        DECREF(co);
        check(false, src, "no error");
        return;
    }
    Object *exc = err_fetch();
    SyntaxErrorObject *se = (SyntaxErrorObject *)exc;
    const char *m = se->msg ? str_as_utf8(se->msg) : NULL;
    check(IS_INSTANCE(exc, &Exc_SyntaxError) && m && strcmp(m, msg) == 0, src, m);
    check(se->lineno && int_as_long(se->lineno) == lineno, "lineno", m);
    check(se->offset && int_as_long(se->offset) == offset, "offset", m);
    DECREF(exc);
}

int main(void)
{
    vm_init(0, NULL);

    expect_consts("def f(a=1,b=2): pass", "(1, 2, <code f>, None, (1, 2))");
    expect_consts("x = [1,2,3]; y = [1,2]; z = {1,2,3}; w = {'a':1, 'b':2}",
                  "((1, 2, 3), 1, 2, frozenset({1, 2, 3}), ('a', 'b'), None)");
    expect_consts("x = -0.0, 0.0, 0, False, 1, 1.0, True",
                  "((-0.0, 0.0, 0, False, 1, 1.0, True), None)");
    expect_consts("x = 2**100; y = 2**10; z = 'a'*4097; w = (1,)*257; v = 1<<200",
                  "(2, 100, 1024, 'a', 4097, (1,), 257, 1, 200, None)");
    expect_consts("x = not 1\nif 0:\n  y = 5\nelse:\n  y = 6", "(False, 0, 5, 6, None)");
    expect_consts("while True: pass", "(True,)");
    expect_consts("f(a=1, b=2)\no.m(3, k=4)", "(1, 2, ('a', 'b'), 3, 4, ('k',), None)");
    expect_consts("import a.b as c\nfrom . import (x, y)", "(0, None, 1, ('x', 'y'))");
    expect_consts("x = 'fmt: %r' % (w,)", "('fmt: ', None)");

    Object *co = compile("def f(b, a, *args, k, **kw):\n    c = 1\n    def g():\n"
                         "        return a, b, c\n    return\n    x = 1\n");
    if (co) {
        CodeObject *f = nested(co, 0), *g = nested((Object *)f, 2);
        expect_tuple(f->co_varnames, "('b', 'a', 'k', 'args', 'kw', 'g', 'x')", "varnames");
        expect_tuple(f->co_cellvars, "('b', 'a', 'c')", "cellvars");
        expect_tuple(f->co_consts, "(None, 1, <code g>)", "f consts");
        expect_tuple(g->co_freevars, "('a', 'b', 'c')", "freevars");
        check(f->co_flags == 0xf && g->co_flags == 0x13, "flags", NULL);
        check(f->co_argcount == 2 && f->co_kwonlyargcount == 1, "argcount", NULL);
        check(strcmp(str_as_utf8(g->co_qualname), "f.<locals>.g") == 0, "qualname",
              str_as_utf8(g->co_qualname));
        DECREF(co);
    } else {
        err_clear();
        check(false, "closure compile", NULL);
    }

    co = compile("class A:\n    def __p(self): self.__q = __r\n    def m(self): super()\n");
    if (co) {
        CodeObject *a = nested(co, 0);
        expect_tuple(a->co_names, "('__name__', '__module__', '__qualname__', '_A__p', 'm', "
                     "'__classcell__')", "class names");
        expect_tuple(a->co_cellvars, "('__class__',)", "class cell");
        expect_tuple(nested((Object *)a, 1)->co_names, "('_A__r', '_A__q')", "mangled");
        DECREF(co);
    } else {
        err_clear();
        check(false, "class compile", NULL);
    }

    expect_error("x=1\nreturn 1", "'return' outside function", 2, 1);
    expect_error("break", "'break' outside loop", 1, 1);
    expect_error("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1);
    expect_error("def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration",
                 3, 3);
    expect_error("def f(a,a): pass", "duplicate argument 'a' in function definition", 1, 9);
    expect_error("def f():\n  def g():\n    nonlocal q", "no binding for nonlocal 'q' found", 3, 5);
    expect_error("f(a=1, a=2)", "keyword argument repeated: a", 1, 8);
    expect_error("yield 1", "'yield' outside function", 1, 1);

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
