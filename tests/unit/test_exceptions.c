/* test_exceptions.c — exceptions, the error indicator, built-in functions and descriptors. */
#include "objects/objects.h"
#include "vm/vm.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
static int pass, fail;
/* Checks that o (a new reference, or NULL) is a str equal to want. */
static void check_str(const char *what, Object *o, const char *want) {
    const char *got = o ? str_as_utf8(o) : NULL;
    if (got && strcmp(got, want) == 0) {
        pass++;
    } else {
        fail++;
        printf("FAIL %s: got [%s] want [%s]\n", what, got ? got : "NULL", want);
        if (!o && err_occurred()) {
            Object *e = err_fetch(), *s = obj_str(e);
            printf("   pending %s: %s\n", TYPE(e)->tp_name, s ? str_as_utf8(s) : "?");
        }
    }
    XDECREF(o);
}
/* Checks that r is NULL with an exception of exactly type t and message msg pending. */
static void check_err(const char *what, Object *r, TypeObject *t, const char *msg) {
    if (r) {
        fail++;
        printf("FAIL %s: no error\n", what);
        DECREF(r);
        return;
    }
    Object *e = err_fetch();
    if (!e) {
        fail++;
        printf("FAIL %s: NULL without exception\n", what);
        return;
    }
    Object *s = obj_str(e);
    if (TYPE(e) == t && strcmp(str_as_utf8(s), msg) == 0)
        pass++;
    else {
        fail++;
        printf("FAIL %s: got %s [%s] want %s [%s]\n", what, TYPE(e)->tp_name, str_as_utf8(s),
               t->tp_name, msg);
    }
    DECREF(s);
    DECREF(e);
}
static Object *S(const char *s) { return str_from_cstr(s); }
static Object *I(long v) { return int_from_long(v); }
static Object *f_o(Object *self, Object *a) { return NEWREF(a); }
static Object *f_noargs(Object *self, Object *a) { RETURN_NONE; }
static MethodDef md_len = {
    "len", f_o, METH_O, "len($module, obj, /)\n--\n\nReturn the number of items in a container."};
static MethodDef md_append = {"append", f_o, METH_O, NULL};
static MethodDef md_keys = {"keys", f_noargs, METH_NOARGS, NULL};
typedef struct {
    OB_HEAD;
    Object *x;
} AObj;
static MemberDef amem = {"x", T_OBJECT_EX, offsetof(AObj, x), 0, NULL};
static TypeObject AType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0), .tp_name = "A", .tp_basicsize = sizeof(AObj)};

int main(void) {
    if (vm_init(0, NULL) < 0) {
        printf("0 passed, 1 failed\n");
        return 1;
    }
    Object *x = S("x");
    Object *e = exc_new(&Exc_ValueError, &x, 1);
    check_str("repr", obj_repr(e), "ValueError('x')");
    check_str("str", obj_str(e), "x");
    DECREF(e);
    e = exc_new(&Exc_ValueError, NULL, 0);
    check_str("repr0", obj_repr(e), "ValueError()");
    check_str("str0", obj_str(e), "");
    DECREF(e);
    Object *a2[2] = {I(1), I(2)};
    e = exc_new(&Exc_KeyError, a2, 2);
    check_str("repr2", obj_repr(e), "KeyError(1, 2)");
    check_str("str2", obj_str(e), "(1, 2)");
    DECREF(e);
    e = exc_new(&Exc_KeyError, &x, 1);
    check_str("keyerror", obj_str(e), "'x'");
    DECREF(e);
    Object *oa[3] = {I(2), S("No such file or directory"), S("x")};
    e = exc_new(&Exc_OSError, oa, 3);
    check_str("oserror type", S(TYPE(e)->tp_name), "FileNotFoundError");
    check_str("oserror str", obj_str(e), "[Errno 2] No such file or directory: 'x'");
    check_str("oserror args", obj_repr(e), "FileNotFoundError(2, 'No such file or directory')");
    DECREF(e);
    e = exc_new(&Exc_OSError, oa, 1);
    check_str("oserror1", obj_str(e), "2");
    DECREF(e);
    errno = 13;
    check_err("errno", err_from_errno(&Exc_OSError, x), &Exc_PermissionError,
              "[Errno 13] Permission denied: 'x'");
    err_syntax(&Exc_SyntaxError, "invalid syntax", S("/a/x.py"), 3, 5, NULL, 3, 6);
    e = err_fetch();
    check_str("syntax", obj_str(e), "invalid syntax (x.py, line 3)");
    check_str("syntax repr", obj_repr(e),
              "SyntaxError('invalid syntax', ('/a/x.py', 3, 5, None, 3, 6))");
    DECREF(e);
    check_err("udecode", err_unicode_decode("utf-8", "\xff", 1, 0, 1, "invalid start byte"),
              &Exc_UnicodeDecodeError,
              "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    check_err(
        "uencode", err_unicode_encode("ascii", S("\xc3\xa9"), 0, 1, "ordinal not in range(128)"),
        &Exc_UnicodeEncodeError,
        "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    check_err("fmt", err_format(&Exc_TypeError, "bad %R", x), &Exc_TypeError, "bad 'x'");
    e = exc_new(&Exc_KeyError, NULL, 0);
    Object *tup = tuple_pack(2, (Object *)&Exc_IndexError, (Object *)&Exc_LookupError);
    if (exc_matches(e, tup) == 1 && exc_matches(e, (Object *)&Exc_IndexError) == 0)
        pass++;
    else {
        fail++;
        printf("FAIL exc_matches\n");
    }
    check_err("matches bad", exc_matches(e, x) < 0 ? NULL : NONE, &Exc_TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
    /* context cycles */
    Object *e2 = exc_new(&Exc_ValueError, NULL, 0);
    exc_set_context(e2, NEWREF(e));
    exc_set_context(e, NEWREF(e2));
    if (((BaseExceptionObject *)e2)->context == NULL)
        pass++;
    else {
        fail++;
        printf("FAIL context cycle\n");
    }
    DECREF(e2);
    DECREF(e);
    /* cfunction */
    Object *len = cfunction_new(&md_len, NULL, NULL);
    check_str("cf repr", obj_repr(len), "<built-in function len>");
    check_err("cf args", obj_call(len, a2, 2, NULL), &Exc_TypeError,
              "len() takes exactly one argument (2 given)");
    Object *kwn = tuple_pack(1, x);
    check_err("cf kw", obj_call(len, a2, 1, kwn), &Exc_TypeError,
              "len() takes no keyword arguments");
    check_str("cf ok", obj_call(len, &x, 1, NULL), "x");
    Object *l = list_new(0);
    Object *app = cfunction_new(&md_append, l, NULL);
    check_err("bound args", obj_call(app, NULL, 0, NULL), &Exc_TypeError,
              "list.append() takes exactly one argument (0 given)");
    Object *keys = cfunction_new(&md_keys, l, NULL);
    check_err("noargs", obj_call(keys, a2, 1, NULL), &Exc_TypeError,
              "list.keys() takes no arguments (1 given)");
    Object *r = obj_repr(app);
    if (r && strncmp(str_as_utf8(r), "<built-in method append of list object at 0x", 44) == 0)
        pass++;
    else {
        fail++;
        printf("FAIL bound repr\n");
    }
    XDECREF(r);
    /* method descriptor */
    Object *md = descr_new_method(&ListType, &md_append);
    check_str("md repr", obj_repr(md), "<method 'append' of 'list' objects>");
    check_err("md noargs", obj_call(md, NULL, 0, NULL), &Exc_TypeError,
              "unbound method list.append() needs an argument");
    check_err("md type", obj_call(md, a2, 2, NULL), &Exc_TypeError,
              "descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    Object *la[2] = {l, x};
    check_str("md call", obj_call(md, la, 2, NULL), "x");
    Object *b = TYPE(md)->tp_descr_get(md, l, NULL);
    check_str("md bound", S(TYPE(b)->tp_name), "builtin_function_or_method");
    DECREF(b);
    /* member */
    type_ready(&AType);
    Object *ao = obj_alloc(&AType);
    Object *mem = descr_new_member(&AType, &amem);
    check_str("mem repr", obj_repr(mem), "<member 'x' of 'A' objects>");
    check_err("mem missing", TYPE(mem)->tp_descr_get(mem, ao, NULL), &Exc_AttributeError,
              "'A' object has no attribute 'x'");
    check_err("mem del", TYPE(mem)->tp_descr_set(mem, ao, NULL) < 0 ? NULL : NONE,
              &Exc_AttributeError, "x");
    TYPE(mem)->tp_descr_set(mem, ao, x);
    check_str("mem get", TYPE(mem)->tp_descr_get(mem, ao, NULL), "x");
    check_err("mem wrong", TYPE(mem)->tp_descr_get(mem, x, NULL), &Exc_TypeError,
              "descriptor 'x' for 'A' objects doesn't apply to a 'str' object");
    /* property */
    Object *pa[1] = {len};
    Object *p = obj_alloc(&PropertyType);
    PropertyType.tp_init(p, pa, 1, NULL);
    check_str("prop get", TYPE(p)->tp_descr_get(p, x, NULL), "x");
    check_err("prop set", TYPE(p)->tp_descr_set(p, ao, x) < 0 ? NULL : NONE, &Exc_AttributeError,
              "property of 'A' object has no setter");
    /* staticmethod / classmethod */
    Object *sm = staticmethod_new(len);
    check_str("sm repr", obj_repr(sm), "<staticmethod(<built-in function len>)>");
    check_str("sm call", obj_call(sm, &x, 1, NULL), "x");
    printf("%d passed, %d failed\n", pass, fail);
    return fail != 0;
}
