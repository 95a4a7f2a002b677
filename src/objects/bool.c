/* bool.c — the two static bool objects.
 *
 * True and False are IntObjects of type bool (one digit of 1, and no digits), so every int slot
 * applies to them unchanged; bool only replaces repr and the three bitwise operators, which keep
 * bool-ness when both operands are bools.  bool lacks TPFLAGS_BASETYPE, so type.c refuses
 * subclasses ("type 'bool' is not an acceptable base type").  Their counts start at 1 like
 * CPython's static True/False; reaching zero means a reference-counting bug somewhere. */
#include "numbers.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

IntObject true_object = { .ob_base = { COUNTED_HEAD_INIT(&BoolType, BOOL_INITIAL_REFCNT), 1 }, .ob_digit = { 1 } };
IntObject false_object = { .ob_base = { COUNTED_HEAD_INIT(&BoolType, BOOL_INITIAL_REFCNT), 0 }, .ob_digit = { 0 } };

static Object *true_str, *false_str;     /* the repr texts, made once */

static Object *bool_repr(Object *self)
{
    Object **cache = self == TRUE_OBJ ? &true_str : &false_str;
    if (!*cache && !(*cache = str_from_cstr(self == TRUE_OBJ ? "True" : "False"))) return NULL;
    return NEWREF(*cache);
}

static void bool_dealloc(Object *self)
{
    fprintf(stderr, "Fatal error: deallocating %s (reference count bug)\n",
            self == TRUE_OBJ ? "True" : "False");
    abort();
}

/* bool(x): the truth of x. */
static Object *bool_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (args_no_kwargs("bool", kwnames) < 0) return NULL;
    if (args_check_positional("bool", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) RETURN_FALSE;
    int t = obj_is_true(args[0]);
    return t < 0 ? NULL : bool_from(t);
}

static Object *bool_vectorcall(Object *callable, Object *const *args, ssize_t nargs,
                               Object *kwnames)
{
    return bool_new((TypeObject *)callable, args, nargs, kwnames);
}

/* & | ^ of two bools is a bool; anything else is int arithmetic. */
static Object *bool_and(Object *a, Object *b)
{
    if (IS_BOOL(a) && IS_BOOL(b)) return bool_from(a == TRUE_OBJ && b == TRUE_OBJ);
    return IntType.tp_as_number->nb_and(a, b);
}

static Object *bool_or(Object *a, Object *b)
{
    if (IS_BOOL(a) && IS_BOOL(b)) return bool_from(a == TRUE_OBJ || b == TRUE_OBJ);
    return IntType.tp_as_number->nb_or(a, b);
}

static Object *bool_xor(Object *a, Object *b)
{
    if (IS_BOOL(a) && IS_BOOL(b)) return bool_from((a == TRUE_OBJ) != (b == TRUE_OBJ));
    return IntType.tp_as_number->nb_xor(a, b);
}

/* Filled in bool_init from int's table, so bool has every int slot whatever type_ready
 * inherits; only the bitwise operators differ. */
static NumberMethods bool_as_number;

TypeObject BoolType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "bool",
    .tp_basicsize = offsetof(IntObject, ob_digit),
    .tp_itemsize = sizeof(digit),
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = &bool_as_number,
    .tp_flags = TPFLAGS_LONG_SUBCLASS,
    .tp_doc = "bool(x) -> bool\n\n"
              "Returns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
    .tp_base = &IntType,
    .tp_new = bool_new,
    .tp_vectorcall = bool_vectorcall,
};

void bool_init(void)
{
    bool_as_number = *IntType.tp_as_number;
    bool_as_number.nb_and = bool_and;
    bool_as_number.nb_or = bool_or;
    bool_as_number.nb_xor = bool_xor;
}
