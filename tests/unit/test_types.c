/* test_types.c — the type system and the object protocol through the C API: classes made with
 * type(name, bases, dict), layouts, MRO, slots set from dunders, super, error messages. */
#include "objects/objects.h"
#include "vm/vm.h"
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void check(bool ok, const char *what) {
    if (ok) passed++;
    else { failed++; printf("FAIL: %s\n", what); }
}

/* The text of str(o) (consumes o; "<NULL: message>" when o is NULL, clearing the error). */
static char buf[512];
static const char *text(Object *o) {
    if (!o) {
        Object *e = err_fetch();
        Object *s = e ? obj_str(e) : NULL;
        snprintf(buf, sizeof buf, "<%s: %s>", e ? TYPE(e)->tp_name : "NULL",
                 s ? str_as_utf8(s) : "?");
        XDECREF(s);
        XDECREF(e);
        return buf;
    }
    Object *s = obj_str(o);
    snprintf(buf, sizeof buf, "%s", s ? str_as_utf8(s) : "<str failed>");
    if (!s) err_clear();
    XDECREF(s);
    DECREF(o);
    return buf;
}

static void check_text(Object *o, const char *want, const char *what) {
    const char *got = text(o);
    if (strcmp(got, want) == 0) { passed++; return; }
    failed++;
    printf("FAIL: %s\n   got:  %s\n   want: %s\n", what, got, want);
}

static Object *S(const char *s) { return str_from_cstr(s); }

/* type(name, bases, ns) with ns given as alternating C names and objects (borrowed). */
static Object *make_class(const char *name, Object *bases, int n, ...) {
    Object *ns = dict_new();
    va_list va;
    va_start(va, n);
    for (int i = 0; i < n; i++) {
        const char *k = va_arg(va, const char *);
        Object *v = va_arg(va, Object *);
        dict_setitem_str(ns, k, v);
    }
    va_end(va);
    Object *nm = S(name);
    Object *args[3] = { nm, bases, ns };
    Object *r = obj_call(OBJ(&TypeType), args, 3, NULL);
    DECREF(nm);
    DECREF(ns);
    return r;
}

static Object *attr(Object *o, const char *name) { return obj_getattr_str(o, name); }

/* C functions to put in class dicts (not descriptors: called without self). */
static Object *c_seven(Object *self, Object *const *args, ssize_t nargs) {
    return int_from_long(7);
}
static Object *c_true(Object *self, Object *const *args, ssize_t nargs) { RETURN_TRUE; }
static Object *c_fail(Object *self, Object *const *args, ssize_t nargs) {
    err_set_string(&Exc_ValueError, "boom");
    return NULL;
}
static MethodDef def_fail = { "fail", (void *)c_fail, METH_FASTCALL, NULL };
static MethodDef def_seven = { "seven", (void *)c_seven, METH_FASTCALL, NULL };
static MethodDef def_true = { "yes", (void *)c_true, METH_FASTCALL, NULL };

int main(void) {
    if (vm_init(0, NULL) < 0) { printf("vm_init failed\n"); return 1; }
    Object *one = int_from_long(1), *a_str = S("a");

    /* ---- built-in types ---- */
    check_text(obj_repr(OBJ(&IntType)), "<class 'int'>", "repr(int)");
    check_text(obj_repr(OBJ(&TypeType)), "<class 'type'>", "repr(type)");
    check_text(obj_call1(OBJ(&TypeType), one), "<class 'int'>", "type(1)");
    check_text(attr(OBJ(&IntType), "__add__"), "<slot wrapper '__add__' of 'int' objects>",
               "int.__add__");
    check_text(attr(OBJ(&BaseObjectType), "__init__"),
               "<slot wrapper '__init__' of 'object' objects>", "object.__init__");
    check_text(attr(OBJ(&BoolType), "__mro__"), "(<class 'bool'>, <class 'int'>, <class 'object'>)",
               "bool.__mro__");
    check_text(obj_repr(NONE), "None", "repr(None)");
    check_text(obj_repr(ELLIPSIS), "Ellipsis", "repr(...)");
    check_text(obj_repr(NOTIMPL), "NotImplemented", "repr(NotImplemented)");
    check_text(attr(OBJ(&ListType), "__hash__"), "None", "list.__hash__");
    check_text(obj_call(OBJ(&NoneType), &one, 1, NULL),
               "<TypeError: NoneType takes no arguments>", "NoneType(1)");
    check_text(obj_call(OBJ(&BaseObjectType), &one, 1, NULL),
               "<TypeError: object() takes no arguments>", "object(1)");
    check_text(num_add(one, a_str),
               "<TypeError: unsupported operand type(s) for +: 'int' and 'str'>", "1 + 'a'");
    check_text(num_binary_op(one, a_str, 13),
               "<TypeError: unsupported operand type(s) for +=: 'int' and 'str'>", "1 += 'a'");
    check_text(num_negative(a_str), "<TypeError: bad operand type for unary -: 'str'>", "-'a'");
    check_text(obj_richcompare(one, a_str, CMP_LT),
               "<TypeError: '<' not supported between instances of 'int' and 'str'>", "1 < 'a'");
    check_text(obj_richcompare(one, a_str, CMP_EQ), "False", "1 == 'a'");
    check_text(obj_getattr_str(one, "x"), "<AttributeError: 'int' object has no attribute 'x'>",
               "getattr(1, 'x')");
    check_text(obj_getattr_str(OBJ(&IntType), "x"),
               "<AttributeError: type object 'int' has no attribute 'x'>", "int.x");
    check(obj_setattr_str(OBJ(&IntType), "x", one) < 0, "int.x = 1 fails");
    check_text(NULL, "<TypeError: cannot set 'x' attribute of immutable type 'int'>", "int.x = 1");
    check_text(obj_getitem(one, one), "<TypeError: 'int' object is not subscriptable>", "1[1]");
    check_text(obj_getitem(OBJ(&IntType), one), "<TypeError: type 'int' is not subscriptable>",
               "int[1]");
    check(obj_length(one) < 0, "len(1) fails");
    check_text(NULL, "<TypeError: object of type 'int' has no len()>", "len(1)");
    check_text(obj_get_iter(one), "<TypeError: 'int' object is not iterable>", "iter(1)");
    check_text(obj_call0(one), "<TypeError: 'int' object is not callable>", "1()");
    check(obj_contains(one, one) < 0, "1 in 1 fails");
    check_text(NULL, "<TypeError: argument of type 'int' is not iterable>", "1 in 1");
    Object *l = list_new(0);
    check(obj_hash(l) == -1, "hash([]) fails");
    check_text(NULL, "<TypeError: unhashable type: 'list'>", "hash([])");
    Object *fl = float_from_double(1.5);
    check_text(num_multiply(l, fl),
               "<TypeError: can't multiply sequence by non-int of type 'float'>", "[] * 1.5");
    check_text(num_index(fl), "<TypeError: 'float' object cannot be interpreted as an integer>",
               "index(1.5)");
    check(obj_isinstance(one, OBJ(&IntType)) == 1, "isinstance(1, int)");
    check(obj_isinstance(TRUE_OBJ, OBJ(&IntType)) == 1, "isinstance(True, int)");
    check(obj_isinstance(one, one) < 0, "isinstance(1, 1) fails");
    check_text(NULL, "<TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union>",
               "isinstance(1, 1)");
    check(obj_issubclass(OBJ(&BoolType), OBJ(&IntType)) == 1, "issubclass(bool, int)");

    /* ---- classes ---- */
    Object *A = make_class("A", empty_tuple, 1, "__module__", S("__main__"));
    check_text(NEWREF(A), "<class '__main__.A'>", "repr(A)");
    check_text(attr(A, "__basicsize__"), "24", "A.__basicsize__");
    check_text(attr(A, "__dictoffset__"), "-48", "A.__dictoffset__");
    check_text(attr(A, "__weakrefoffset__"), "16", "A.__weakrefoffset__");
    check((((TypeObject *)A)->tp_flags & ~(unsigned long)TPFLAGS_VALID_VERSION_TAG) == 0x5610,
          "A.__flags__ == 0x5610 (version tag aside)");
    check_text(attr(A, "__mro__"), "(<class '__main__.A'>, <class 'object'>)", "A.__mro__");
    check_text(attr(A, "__doc__"), "None", "A.__doc__");
    check_text(attr(A, "__name__"), "A", "A.__name__");
    Object *a = obj_call0(A);
    check(a && TYPE(a) == (TypeObject *)A, "A()");
    Object *r = obj_repr(a);
    check(r && strncmp(str_as_utf8(r), "<__main__.A object at 0x", 24) == 0, "repr(A())");
    XDECREF(r);
    check(obj_setattr_str(a, "x", one) == 0, "a.x = 1");
    check_text(attr(a, "x"), "1", "a.x");
    check_text(attr(a, "__dict__"), "{'x': 1}", "a.__dict__");
    check_text(attr(a, "y"), "<AttributeError: 'A' object has no attribute 'y'>", "a.y");
    check_text(obj_call(A, &one, 1, NULL), "<TypeError: A() takes no arguments>", "A(1)");
    check(obj_hash(a) != -1, "hash(a)");
    check(obj_richcompare_bool(a, a, CMP_EQ) == 1, "a == a");

    Object *bases = tuple_pack(1, A);
    Object *B = make_class("B", bases, 1, "__module__", S("__main__"));
    check_text(attr(B, "__mro__"), "(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)",
               "B.__mro__");
    check_text(type_subclasses_list((TypeObject *)A), "[<class '__main__.B'>]",
               "A.__subclasses__()");
    Object *b = obj_call0(B);
    Object *sargs[2] = { B, b };
    Object *su = obj_call(OBJ(&SuperType), sargs, 2, NULL);
    check_text(obj_repr(su), "<super: <class 'B'>, <B object>>", "repr(super(B, b))");
    XDECREF(su);
    Object *ab = tuple_pack(2, A, B);
    check_text(make_class("C", ab, 0),
               "<TypeError: Cannot create a consistent method resolution\norder (MRO) for "
               "bases A, B>",
               "class C(A, B)");
    Object *aa = tuple_pack(2, A, A);
    check_text(make_class("C", aa, 0), "<TypeError: duplicate base class A>", "class C(A, A)");
    Object *is = tuple_pack(2, &IntType, &StrType);
    check_text(make_class("C", is, 0), "<TypeError: multiple bases have instance lay-out conflict>",
               "class C(int, str)");
    Object *bb = tuple_pack(1, &BoolType);
    check_text(make_class("C", bb, 0), "<TypeError: type 'bool' is not an acceptable base type>",
               "class C(bool)");

    /* __slots__ */
    Object *slots = tuple_pack(2, S("b"), S("a"));
    Object *Sl = make_class("S", empty_tuple, 1, "__slots__", slots);
    check_text(attr(Sl, "__basicsize__"), "32", "S.__basicsize__");
    check_text(attr(Sl, "__dictoffset__"), "0", "S.__dictoffset__");
    Object *s = obj_call0(Sl);
    check_text(attr(s, "a"), "<AttributeError: 'S' object has no attribute 'a'>", "s.a unset");
    check(obj_setattr_str(s, "a", one) == 0, "s.a = 1");
    check_text(attr(s, "a"), "1", "s.a");
    check(obj_setattr_str(s, "z", one) < 0, "s.z = 1 fails");
    check_text(NULL, "<AttributeError: 'S' object has no attribute 'z'>", "s.z = 1");
    DECREF(s);

    /* slots from dunders, and updates after the class exists */
    Object *seven = cfunction_new(&def_seven, NULL, NULL);
    Object *yes = cfunction_new(&def_true, NULL, NULL);
    Object *L = make_class("L", empty_tuple, 1, "__len__", seven);
    Object *lo = obj_call0(L);
    check(obj_length(lo) == 7, "len(L()) via __len__");
    check(obj_is_true(lo) == 1, "bool(L())");
    check(obj_setattr_str(L, "__add__", seven) == 0, "L.__add__ = ...");
    check_text(num_add(lo, one), "7", "L() + 1 after setting __add__");
    check_text(num_add(one, lo), "<TypeError: unsupported operand type(s) for +: 'int' and 'L'>",
               "1 + L()");
    check(obj_setattr_str(L, "__radd__", seven) == 0, "L.__radd__ = ...");
    check_text(num_add(one, lo), "7", "1 + L() after setting __radd__");
    check(obj_setattr_str(L, "__add__", NULL) == 0, "del L.__add__");
    check_text(num_add(lo, lo), "<TypeError: unsupported operand type(s) for +: 'L' and 'L'>",
               "L() + L(): no __radd__ between equal types");
    check(obj_setattr_str(L, "__eq__", yes) == 0, "L.__eq__ = ...");
    check(obj_richcompare_bool(lo, one, CMP_EQ) == 1, "L() == 1 via __eq__");

    Object *E = make_class("E", empty_tuple, 1, "__eq__", yes);
    check_text(attr(E, "__hash__"), "None", "E.__hash__ is None");
    Object *eo = obj_call0(E);
    check(obj_hash(eo) == -1, "hash(E()) fails");
    check_text(NULL, "<TypeError: unhashable type: 'E'>", "hash(E())");

    /* subclass of a built-in */
    Object *ib = tuple_pack(1, &IntType);
    Object *I = make_class("I", ib, 0);
    check_text(attr(I, "__basicsize__"), "32", "I.__basicsize__");
    check_text(attr(I, "__dictoffset__"), "-8", "I.__dictoffset__");
    Object *five = int_from_long(5);
    Object *io = obj_call1(I, five);
    check(io && TYPE(io) == (TypeObject *)I, "I(5)");
    check_text(num_add(io, one), "6", "I(5) + 1");
    check(io && obj_setattr_str(io, "tag", one) == 0, "I(5).tag = 1");
    check_text(io ? attr(io, "tag") : NULL, "1", "I(5).tag");
    XDECREF(io);

    /* metaclass conflict */
    Object *tb = tuple_pack(1, &TypeType);
    Object *M1 = make_class("M1", tb, 0), *M2 = make_class("M2", tb, 0);
    Object *P = obj_call(M1, (Object *[]){ S("P"), empty_tuple, dict_new() }, 3, NULL);
    Object *Q = obj_call(M2, (Object *[]){ S("Q"), empty_tuple, dict_new() }, 3, NULL);
    check(P && TYPE(P) == (TypeObject *)M1, "class P(metaclass=M1)");
    Object *pq = tuple_pack(2, P, Q);
    check_text(make_class("R", pq, 0), "<TypeError: metaclass conflict: the metaclass of a derived "
               "class must be a (non-strict) subclass of the metaclasses of all its bases>",
               "class R(P, Q)");

    /* the method cache follows class attribute changes, also in subclasses */
    Object *two = int_from_long(2);
    check(obj_setattr_str(A, "v", one) == 0, "A.v = 1");
    check_text(attr(b, "v"), "1", "b.v (inherited)");
    check_text(attr(B, "v"), "1", "B.v");
    check(obj_setattr_str(A, "v", two) == 0, "A.v = 2");
    check_text(attr(b, "v"), "2", "b.v after A.v = 2");
    check_text(attr(B, "v"), "2", "B.v after A.v = 2");
    check(obj_setattr_str(A, "v", NULL) == 0, "del A.v");
    check_text(attr(b, "v"), "<AttributeError: 'B' object has no attribute 'v'>", "b.v deleted");
    check(obj_setattr_str(A, "v", NULL) < 0, "del A.v again fails");
    check_text(NULL, "<AttributeError: type object 'A' has no attribute 'v'>", "del A.v again");

    /* __getattr__ is called for missing attributes only */
    check(obj_setattr_str(A, "__getattr__", seven) == 0, "A.__getattr__ = ...");
    check_text(attr(b, "missing"), "7", "b.missing via __getattr__");
    check(obj_setattr_str(b, "present", one) == 0, "b.present = 1");
    check_text(attr(b, "present"), "1", "b.present (no __getattr__)");
    check(obj_setattr_str(A, "__getattr__", NULL) == 0, "del A.__getattr__");
    check_text(attr(b, "missing"), "<AttributeError: 'B' object has no attribute 'missing'>",
               "b.missing after del A.__getattr__");

    /* super() walks past the class in the instance's MRO */
    check(obj_setattr_str(A, "w", one) == 0 && obj_setattr_str(B, "w", two) == 0, "A.w, B.w");
    su = obj_call(OBJ(&SuperType), sargs, 2, NULL);
    check_text(attr(su, "w"), "1", "super(B, b).w");
    check_text(attr(su, "__thisclass__"), "<class '__main__.B'>", "super.__thisclass__");
    XDECREF(su);
    check_text(obj_call(OBJ(&SuperType), (Object *[]){ B, one }, 2, NULL),
               "<TypeError: super(type, obj): obj must be an instance or subtype of type>",
               "super(B, 1)");
    check_text(obj_call(OBJ(&SuperType), &one, 1, NULL),
               "<TypeError: super() argument 1 must be a type, not int>", "super(1)");

    /* __class__ assignment */
    Object *A2 = make_class("A2", empty_tuple, 0);
    Object *a2 = obj_call0(A2);
    check(obj_setattr_str(a2, "__class__", A) == 0, "a2.__class__ = A");
    check(TYPE(a2) == (TypeObject *)A, "a2 is now an A");
    check(obj_setattr_str(a2, "__class__", OBJ(&IntType)) < 0, "a2.__class__ = int fails");
    check_text(NULL, "<TypeError: __class__ assignment only supported for mutable types or "
               "ModuleType subclasses>", "a2.__class__ = int");
    check(obj_setattr_str(a2, "__class__", Sl) < 0, "a2.__class__ = S fails");
    check_text(NULL, "<TypeError: __class__ assignment: 'S' object layout differs from 'A'>",
               "a2.__class__ = S");
    DECREF(a2);

    /* isinstance / issubclass */
    Object *tup = tuple_pack(2, &StrType, A);
    check(obj_isinstance(b, tup) == 1, "isinstance(b, (str, A))");
    check(obj_isinstance(one, tup) == 0, "not isinstance(1, (str, A))");
    check(obj_issubclass(B, A) == 1, "issubclass(B, A)");
    check(obj_issubclass(A, B) == 0, "not issubclass(A, B)");
    check(obj_issubclass(one, A) < 0, "issubclass(1, A) fails");
    check_text(NULL, "<TypeError: issubclass() arg 1 must be a class>", "issubclass(1, A)");

    /* format and ascii */
    Object *xspec = S("x");
    check_text(obj_format(b, xspec),
               "<TypeError: unsupported format string passed to B.__format__>", "format(b, 'x')");
    check_text(obj_format(one, NULL), "1", "format(1)");
    Object *nonascii = str_from_utf8("\xc3\xa9\xe2\x82\xac", -1);
    check_text(obj_ascii(nonascii), "'\\xe9\\u20ac'", "ascii('\\xe9\\u20ac')");
    check(obj_is_true(NOTIMPL) == 1 && obj_is_true(NONE) == 0, "bool(NotImplemented), bool(None)");

    /* dir() */
    Object *d = obj_dir(b);
    check(d && obj_contains(d, S("present")) == 1 && obj_contains(d, S("w")) == 1 &&
          obj_contains(d, S("__init__")) == 1, "dir(b) has instance, class and object names");
    XDECREF(d);

    /* __init_subclass__ gets the class keywords; __set_name__ errors are wrapped */
    Object *kwx = tuple_pack(1, S("x"));
    check_text(obj_call(OBJ(&TypeType), (Object *[]){ S("X"), empty_tuple, dict_new(), one }, 3,
                        kwx),
               "<TypeError: X.__init_subclass__() takes no keyword arguments>", "type(..., x=1)");
    Object *fail = cfunction_new(&def_fail, NULL, NULL);
    Object *Dc = make_class("D", empty_tuple, 1, "__set_name__", fail);
    Object *dinst = obj_call0(Dc);
    Object *r2 = make_class("X", empty_tuple, 1, "attr", dinst);
    Object *exc = r2 ? NULL : err_fetch();
    check(exc && IS_INSTANCE(exc, &Exc_RuntimeError), "__set_name__ error is a RuntimeError");
    if (exc) {
        err_restore(NEWREF(exc));
        check_text(NULL, "<RuntimeError: Error calling __set_name__ on 'D' instance 'attr' in 'X'>",
                   "__set_name__ error message");
        Object *cause = ((BaseExceptionObject *)exc)->cause;
        check(cause && IS_INSTANCE(cause, &Exc_ValueError), "__set_name__ error has the cause");
        DECREF(exc);
    }
    XDECREF(r2);

    /* argument parsing */
    static const char *const kw[] = { "sep", "maxsplit", NULL };
    Object *out[2];
    Object *three[3] = { one, one, one };
    check(args_parse("split", three, 3, NULL, kw, 0, 2, out) < 0, "split(1,1,1) fails");
    check_text(NULL, "<TypeError: split() takes at most 2 arguments (3 given)>", "split(1,1,1)");
    Object *kwn = tuple_pack(1, S("x"));
    check(args_parse("split", three, 0, kwn, kw, 0, 2, out) < 0, "split(x=1) fails");
    check_text(NULL, "<TypeError: 'x' is an invalid keyword argument for split()>", "split(x=1)");
    check(args_check_positional("divmod", 1, 2, 2) < 0, "divmod(1) fails");
    check_text(NULL, "<TypeError: divmod expected 2 arguments, got 1>", "divmod(1)");

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
