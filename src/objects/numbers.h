/* numbers.h — int (int.c), bool (bool.c), float (float.c), complex (complex.c). */
#ifndef OURO_NUMBERS_H
#define OURO_NUMBERS_H

#include "../runtime/object.h"

/* ---- int: arbitrary precision in CPython's 30-bit digits, so sizes match ------------------- */
typedef uint32_t digit;
typedef uint64_t twodigits;
typedef int64_t  stwodigits;
#define DIGIT_SHIFT 30
#define DIGIT_BASE  ((digit)1 << DIGIT_SHIFT)
#define DIGIT_MASK  ((digit)(DIGIT_BASE - 1))

/* ob_size holds the number of digits with the sign of the value (0 for zero); digits are least
 * significant first.  sys.getsizeof(int) = 24 + 4 * max(1, |ob_size|). */
typedef struct IntObject {
    OB_VAR_HEAD;
    digit ob_digit[1];
} IntObject;

extern TypeObject IntType, BoolType;
#define IS_INT(o)        TYPE_HAS_FLAG(TYPE(o), TPFLAGS_LONG_SUBCLASS)
#define IS_INT_EXACT(o)  (TYPE(o) == &IntType)

/* The preallocated ints -5..256 (never freed; count starts at IMMORTAL_REFCNT). */
#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256
extern IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
#define SMALL_INT(v)  ((Object *)&small_ints[(v) - SMALL_INT_MIN])   /* borrowed */

/* One digit or zero: the fast path of arithmetic. */
static inline bool int_is_compact(Object *o) { ssize_t s = SIZE(o); return s >= -1 && s <= 1; }
static inline long int_compact_value(Object *o) {
    return SIZE(o) * (long)((IntObject *)o)->ob_digit[0];
}

Object *int_from_long(long v);
Object *int_from_ssize(ssize_t v);
Object *int_from_ulonglong(unsigned long long v);
Object *int_from_double(double d);           /* OverflowError/ValueError for inf/nan */
/* Python int(text, base) rules: optional sign and whitespace, underscores between digits, base 0
 * meaning a literal's prefix; ValueError "invalid literal for int() with base 10: 'x'". */
Object *int_from_string(const char *s, ssize_t len, int base);
/* A literal from the tokenizer ("0x_ff", "1_000"): the same rules, base 0, no message text. */
Object *int_from_literal(const char *s, ssize_t len);
/* int_from_string with the text shown by the error message given (orig may be NULL). */
Object *int_parse(const char *s, ssize_t len, int base, Object *orig);
/* The text of a str/bytes/bytearray as ASCII for number parsing (Unicode spaces -> ' ', decimal
 * digits -> '0'..'9', other non-ASCII -> '?'): borrowed from o or *tofree (mem_free it); NULL
 * when o is not text (no error) or on MemoryError. */
const char *num_text_ascii(Object *o, ssize_t *len, char **tofree);
/* sys.get_int_max_str_digits(): 4300 by default, 0 for no limit (sys.set_int_max_str_digits). */
extern int int_max_str_digits;
long    int_as_long(Object *o);              /* -1 + OverflowError when too large */
long    int_as_long_overflow(Object *o, int *overflow);   /* overflow: -1, 0 or 1; no error */
ssize_t int_as_ssize(Object *o);
unsigned long long int_as_ulonglong(Object *o);
double  int_as_double(Object *o);            /* OverflowError "int too large to convert to float" */
int     int_sign(Object *o);                 /* -1, 0, 1 */
size_t  int_bit_length(Object *o);
/* str(o) in base 10, or bin/oct/hex text with their 0b/0o/0x prefix for base 2, 8, 16. */
Object *int_to_base(Object *o, int base);
Object *int_to_decimal_string(Object *o);
int     int_compare(Object *a, Object *b);   /* -1, 0, 1 for exact ints */
Object *int_add(Object *a, Object *b);
Object *int_sub(Object *a, Object *b);
Object *int_mul(Object *a, Object *b);
Object *int_floordiv(Object *a, Object *b);
Object *int_mod(Object *a, Object *b);
Object *int_lshift(Object *a, Object *b);
Object *int_rshift(Object *a, Object *b);
Object *int_neg(Object *a);
Object *int_divmod(Object *a, Object *b);    /* (a // b, a % b) tuple */
Object *int_true_divide(Object *a, Object *b);   /* correctly rounded float */
Object *int_richcompare(Object *a, Object *b, int op);
Object *int_exact(Object *o);                /* an exact int equal to the int (subclass) o */
/* int(o) for one argument: __int__, __index__, __trunc__, then str/bytes text. */
Object *int_from_object(Object *o);
int64_t int_hash(Object *o);                 /* modulo 2**61 - 1, as CPython */
Object *int_from_bytes(const unsigned char *b, size_t n, bool little, bool is_signed);
int     int_to_bytes(Object *o, unsigned char *b, size_t n, bool little, bool is_signed);

/* sys.set_int_max_str_digits(): the most decimal (non-power-of-two base) digits int<->str
 * conversion accepts; 0 means no limit, otherwise at least INT_MAX_STR_DIGITS_THRESHOLD. */
#define INT_MAX_STR_DIGITS_DEFAULT   4300
#define INT_MAX_STR_DIGITS_THRESHOLD 640    /* (int_max_str_digits itself is declared above) */

/* ---- bool ---------------------------------------------------------------------------------- */
extern IntObject true_object, false_object;
#define TRUE_OBJ   ((Object *)&true_object)
#define FALSE_OBJ  ((Object *)&false_object)
#define IS_BOOL(o) (TYPE(o) == &BoolType)
static inline Object *bool_from(bool b) { Object *r = b ? TRUE_OBJ : FALSE_OBJ; r->ob_refcnt++; return r; }
#define RETURN_TRUE  return bool_from(true)
#define RETURN_FALSE return bool_from(false)

/* ---- float ----------------------------------------------------------------------------------- */
typedef struct FloatObject { OB_HEAD; double ob_fval; } FloatObject;
extern TypeObject FloatType;
#define IS_FLOAT(o)        IS_INSTANCE(o, &FloatType)
#define IS_FLOAT_EXACT(o)  (TYPE(o) == &FloatType)
#define FLOAT_VAL(o)       (((FloatObject *)(o))->ob_fval)
Object *float_from_double(double v);
double  float_as_double(Object *o);          /* float, int or __float__/__index__; -1.0 + error */
Object *float_from_string(const char *s, ssize_t len);  /* float("1e3"), ValueError text as CPython */
/* C text of d as CPython's PyOS_double_to_string: code 'r' gives repr (shortest round-trip);
 * 'e', 'f', 'g' with precision; flags below.  Returns a malloc'd string (free with mem_free). */
enum { DTOS_SIGN = 1, DTOS_ADD_DOT_0 = 2, DTOS_ALT = 4, DTOS_NO_NEG_0 = 8 };
char   *double_to_string(double d, char code, int precision, int flags);
Object *float_repr_double(double d);         /* repr(float) as a str */
/* The longest float at s[0..end): [sign] (inf | infinity | nan | digits[.digits][e[sign]digits]),
 * no underscores.  Returns the end of what was parsed (s when nothing), NULL on MemoryError. */
const char *float_parse_prefix(const char *s, const char *end, double *out);
/* Copy s[0..len) into out (len + 1 bytes) without underscores, each of which must sit between
 * two ASCII digits (PEP 515); returns the new length or -1 when one is misplaced. */
ssize_t num_strip_underscores(const char *s, ssize_t len, char *out);
int64_t hash_double(Object *inst, double v); /* CPython's _Py_HashDouble (NaN hashes by identity) */

/* ---- complex --------------------------------------------------------------------------------- */
typedef struct ComplexObject { OB_HEAD; double real, imag; } ComplexObject;
extern TypeObject ComplexType;
#define IS_COMPLEX(o) IS_INSTANCE(o, &ComplexType)
Object *complex_from_doubles(double real, double imag);

Object *complex_from_object(Object *o);      /* complex(o): complex, __complex__, float, int */

void numbers_init(void);   /* small ints, free lists */
void int_init(void);       /* small ints, digit tables (called by numbers_init) */
void bool_init(void);      /* bool's slot table (called by numbers_init) */

#endif
