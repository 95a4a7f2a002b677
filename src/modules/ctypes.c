/* ctypes.c — the part of CPython's ctypes that inspecting memory needs: the simple C types, the
 * pointer and array types, and sizeof/addressof/byref/cast/POINTER/pointer and friends.
 *
 * The design is CPython's, scaled down:
 *
 *   - A C type is a class.  c_long is a heap type made by the metaclass PyCSimpleType with
 *     base _SimpleCData (itself under _CData); POINTER(c_int) is made by PyCPointerType under
 *     _Pointer, and c_int * 3 by PyCArrayType under Array.  So type(), isinstance, subclassing and
 *     reprs behave as in CPython.  What CPython keeps in a "StgDict" (size, alignment, the field
 *     accessors, the pointed-to or item type) lives here in a CTypeInfo appended to the type
 *     object itself: the metaclasses' tp_basicsize is type's plus that record (type.c allocates
 *     classes at their metaclass's tp_basicsize), so it sits right after the class's fields.
 *   - An instance (CDataObject) points at its memory: normally a buffer of its own (inline for
 *     16 bytes or less), but from_address(n), pointer.contents and friends point it anywhere.
 *     Whatever a C value references that Python must keep alive (a py_object's object, the bytes
 *     behind a c_char_p, the target of a pointer) is kept in the b_objects dict of the instance
 *     that owns the memory, keyed by offset, as CPython's _objects.
 *   - Simple values are read and written through a table of FieldDescs (one per type code, as
 *     CPython's cfield.c), always via a small local copy, so alignment never matters.  Memory
 *     the instance does not own is reached through ctypes_mem.c, which raises ValueError instead
 *     of faulting when the address is not mapped: ouro's one departure from CPython, whose
 *     `c_long.from_address(0).value` kills the process.
 *
 * Not here (yet): Structure/Union, function pointers and foreign calls (CDLL, CFUNCTYPE),
 * from_buffer, c_wchar/c_wchar_p/c_longdouble, byte-order variants. */
#include "modules.h"
#include "ctypes_mem.h"
#include "../runtime/gc.h"
#include <limits.h>
#include <stdio.h>
#include <string.h>

#define VISIT(o) do { Object *v_ = OBJ(o); int r_; \
                      if (v_ && (r_ = visit(v_, arg)) != 0) return r_; } while (0)

/* ---- the records ---------------------------------------------------------------------------- */

typedef struct FieldDesc FieldDesc;
/* get: a Python value from `size` bytes (a local, aligned copy); set: the bytes for a value,
 * plus an object to keep alive while the memory refers to it (*keep, new reference, or NULL). */
typedef Object *(*field_get)(const FieldDesc *fd, const unsigned char *mem);
typedef int (*field_set)(const FieldDesc *fd, unsigned char *mem, Object *value, Object **keep);
struct FieldDesc {
    char code;                  /* the _type_ letter */
    unsigned char size, align;
    bool is_signed;             /* for the integer codes */
    field_get get;
    field_set set;
};

enum { CT_SIMPLE = 1, CT_POINTER, CT_ARRAY };

typedef struct CTypeInfo {
    int kind;                   /* 0 until the metaclass has filled the record */
    ssize_t size, align;
    ssize_t length;             /* arrays: number of items */
    const FieldDesc *fd;        /* simple types */
    TypeObject *proto;          /* the pointed-to type or the item type (a reference), or NULL */
} CTypeInfo;

/* Where a ctypes class keeps its CTypeInfo: after the fields type.c gives every class (computed
 * from type's tp_basicsize at start-up, so a change of the class layout cannot overlap it). */
static ssize_t info_offset;
#define CLASS_INFO(t) ((CTypeInfo *)((char *)(t) + info_offset))

/* Values of up to this many bytes live inside the instance (CPython's union value). */
#define INLINE_SIZE 16

typedef struct CDataObject {
    OB_HEAD;
    char *b_ptr;                /* the memory of the C value */
    struct CDataObject *b_base; /* the instance whose memory b_ptr points into, or NULL */
    Object *b_objects;          /* dict offset -> object kept alive, or NULL */
    ssize_t b_size;
    ssize_t b_length;
    bool b_needsfree;           /* b_ptr was mem_alloc'd for this instance */
    bool b_foreign;             /* b_ptr is not memory this instance (or its base) owns */
    union { unsigned char c[INLINE_SIZE]; double d; void *p; int64_t q; } b_value;
} CDataObject;

#define CD(o) ((CDataObject *)(o))

TypeObject CDataType, SimpleCDataType, PointerType, ArrayType;
TypeObject SimpleMetaType, PointerMetaType, ArrayMetaType, CArgType;

#define IS_CDATA(o)    IS_INSTANCE(o, &CDataType)
#define IS_TYPE_OBJ(o) TYPE_HAS_FLAG(TYPE(o), TPFLAGS_TYPE_SUBCLASS)

static Object *array_cache;         /* (item type, length) -> array type */
static Object *pointer_cache;       /* type -> pointer type: ctypes._pointer_type_cache */

static bool is_ctypes_meta(TypeObject *m) {
    return type_is_subtype(m, &SimpleMetaType) || type_is_subtype(m, &PointerMetaType) ||
           type_is_subtype(m, &ArrayMetaType);
}

/* The storage record of a ctypes type (borrowed), or NULL when o is not one (abstract bases
 * and everything that is not a ctypes class). */
static CTypeInfo *type_info(Object *o) {
    if (!IS_TYPE_OBJ(o) || !(((TypeObject *)o)->tp_flags & TPFLAGS_HEAPTYPE) ||
        !is_ctypes_meta(TYPE(o)))
        return NULL;
    CTypeInfo *ti = CLASS_INFO(o);
    return ti->kind ? ti : NULL;
}

#define INFO_OF(o) type_info(OBJ(TYPE(o)))

/* A fundamental simple type (c_int, not a subclass of it): reading one out of an array, a
 * pointer or a structure gives the Python value rather than an instance, as in CPython. */
static bool is_fundamental(TypeObject *t, CTypeInfo *ti) {
    return ti->kind == CT_SIMPLE && t->tp_base == &SimpleCDataType;
}

/* ---- integers and addresses --------------------------------------------------------------- */

/* The low 64 bits of index(o) in two's complement: C's conversion to any integer type of that
 * width or less (CPython's PyLong_AsUnsignedLongMask). */
static int int_mask(Object *o, uint64_t *out) {
    Object *i = num_index(o);
    if (!i) return -1;
    ssize_t n = SIZE(i) < 0 ? -SIZE(i) : SIZE(i);
    uint64_t u = 0;
    for (ssize_t k = (n < 3 ? n : 3) - 1; k >= 0; k--)     /* 3 digits of 30 bits cover 64 */
        u = (u << DIGIT_SHIFT) | ((IntObject *)i)->ob_digit[k];
    if (SIZE(i) < 0) u = ~u + 1;
    DECREF(i);
    *out = u;
    return 0;
}

/* An int as a C address (CPython's PyLong_AsVoidPtr): negative values as long, others as
 * unsigned long, with their overflow messages. */
static int int_as_address(Object *o, uintptr_t *out) {
    if (int_sign(o) < 0) {
        int overflow;
        long v = int_as_long_overflow(o, &overflow);
        if (overflow) {
            err_set_string(&Exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        *out = (uintptr_t)v;
        return 0;
    }
    unsigned long long v = int_as_ulonglong(o);
    if (v == (unsigned long long)-1 && err_occurred()) {
        err_clear();
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = (uintptr_t)v;
    return 0;
}

/* ---- simple values: the field descriptors --------------------------------------------------- */

static Object *int_get(const FieldDesc *fd, const unsigned char *m) {
    if (fd->is_signed) {
        int64_t v;
        switch (fd->size) {
        case 1: { int8_t x; memcpy(&x, m, 1); v = x; break; }
        case 2: { int16_t x; memcpy(&x, m, 2); v = x; break; }
        case 4: { int32_t x; memcpy(&x, m, 4); v = x; break; }
        default: memcpy(&v, m, 8);
        }
        return int_from_long((long)v);
    }
    uint64_t v;
    switch (fd->size) {
    case 1: v = m[0]; break;
    case 2: { uint16_t x; memcpy(&x, m, 2); v = x; break; }
    case 4: { uint32_t x; memcpy(&x, m, 4); v = x; break; }
    default: memcpy(&v, m, 8);
    }
    return int_from_ulonglong(v);
}

static void store_uint(unsigned char *m, uint64_t u, size_t size) {
    switch (size) {
    case 1: m[0] = (unsigned char)u; break;
    case 2: { uint16_t x = (uint16_t)u; memcpy(m, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)u; memcpy(m, &x, 4); break; }
    default: memcpy(m, &u, 8);
    }
}

static int int_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    uint64_t u;
    if (int_mask(v, &u) < 0) return -1;
    store_uint(m, u, fd->size);
    return 0;
}

static Object *char_get(const FieldDesc *fd, const unsigned char *m) {
    return bytes_from_data(m, 1);
}

static int char_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    if (IS_INT(v)) {
        int overflow;
        long c = int_as_long_overflow(v, &overflow);
        if (!overflow && c >= 0 && c <= 255) { m[0] = (unsigned char)c; return 0; }
    } else if (IS_BYTES(v) || IS_BYTEARRAY(v)) {
        const char *p;
        ssize_t n;
        if (bytes_view(v, &p, &n) < 0) return -1;
        if (n == 1) { m[0] = (unsigned char)p[0]; return 0; }
    }
    err_set_string(&Exc_TypeError, "one character bytes, bytearray or integer expected");
    return -1;
}

static Object *bool_get(const FieldDesc *fd, const unsigned char *m) { return bool_from(m[0]); }

static int bool_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    int t = obj_is_true(v);
    if (t < 0) return -1;
    m[0] = (unsigned char)t;
    return 0;
}

static Object *float_get(const FieldDesc *fd, const unsigned char *m) {
    if (fd->size == sizeof(float)) {
        float f;
        memcpy(&f, m, sizeof f);
        return float_from_double(f);
    }
    double d;
    memcpy(&d, m, sizeof d);
    return float_from_double(d);
}

static int float_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    double d = float_as_double(v);
    if (d == -1.0 && err_occurred()) return -1;
    if (fd->size == sizeof(float)) {
        float f = (float)d;
        memcpy(m, &f, sizeof f);
    } else {
        memcpy(m, &d, sizeof d);
    }
    return 0;
}

static uintptr_t load_ptr(const unsigned char *m) {
    uintptr_t p;
    memcpy(&p, m, sizeof p);
    return p;
}

static void store_ptr(unsigned char *m, uintptr_t p) { memcpy(m, &p, sizeof p); }

static Object *voidp_get(const FieldDesc *fd, const unsigned char *m) {
    uintptr_t p = load_ptr(m);
    if (!p) RETURN_NONE;
    return int_from_ulonglong(p);
}

static int voidp_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    uint64_t u = 0;
    if (v != NONE) {
        if (!IS_INT(v)) {
            err_set_string(&Exc_TypeError, "cannot be converted to pointer");
            return -1;
        }
        if (int_mask(v, &u) < 0) return -1;
    }
    store_ptr(m, (uintptr_t)u);
    return 0;
}

static Object *charp_get(const FieldDesc *fd, const unsigned char *m) {
    uintptr_t p = load_ptr(m);
    if (!p) RETURN_NONE;
    return ct_mem_cstring(p);
}

static int charp_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    if (IS_BYTES(v)) {
        store_ptr(m, (uintptr_t)BYTES_DATA(v));
        *keep = NEWREF(v);
        return 0;
    }
    if (v == NONE || IS_INT(v)) return voidp_set(fd, m, v, keep);
    err_format(&Exc_TypeError, "bytes or integer address expected instead of %.200s instance",
               TYPE(v)->tp_name);
    return -1;
}

static Object *pyobj_get(const FieldDesc *fd, const unsigned char *m) {
    uintptr_t p = load_ptr(m);
    if (!p) return err_format(&Exc_ValueError, "PyObject is NULL");
    return ct_mem_object(p);
}

static int pyobj_set(const FieldDesc *fd, unsigned char *m, Object *v, Object **keep) {
    store_ptr(m, (uintptr_t)v);
    *keep = NEWREF(v);
    return 0;
}

/* The codes CPython accepts for _type_; only those in field_table are implemented. */
static const char simple_codes[] = "cbBhHiIlLdfuzZqQPXOv?g";

static const FieldDesc field_table[] = {
    {'c', 1, 1, false, char_get, char_set},
    {'b', 1, 1, true, int_get, int_set},
    {'B', 1, 1, false, int_get, int_set},
    {'h', 2, 2, true, int_get, int_set},
    {'H', 2, 2, false, int_get, int_set},
    {'i', 4, 4, true, int_get, int_set},
    {'I', 4, 4, false, int_get, int_set},
    {'l', 8, 8, true, int_get, int_set},
    {'L', 8, 8, false, int_get, int_set},
    {'q', 8, 8, true, int_get, int_set},
    {'Q', 8, 8, false, int_get, int_set},
    {'f', 4, 4, false, float_get, float_set},
    {'d', 8, 8, false, float_get, float_set},
    {'?', 1, 1, false, bool_get, bool_set},
    {'P', 8, 8, false, voidp_get, voidp_set},
    {'z', 8, 8, false, charp_get, charp_set},
    {'O', 8, 8, false, pyobj_get, pyobj_set},
};

static const FieldDesc *field_find(char code) {
    for (size_t i = 0; i < sizeof field_table / sizeof *field_table; i++)
        if (field_table[i].code == code) return &field_table[i];
    return NULL;
}

/* ---- instances and their memory ------------------------------------------------------------ */

/* Does c own [p, p + n) (its buffer, or its base's)?  Only then is the memory known good. */
static bool cd_owns(CDataObject *c, const char *p, size_t n) {
    uintptr_t a = (uintptr_t)p, lo = (uintptr_t)c->b_ptr;
    return !c->b_foreign && a >= lo && a + n <= lo + (uintptr_t)c->b_size;
}

static int cd_read(CDataObject *c, void *dst, const char *p, size_t n) {
    if (cd_owns(c, p, n)) { memcpy(dst, p, n); return 0; }
    return ct_mem_read(dst, (uintptr_t)p, n);
}

static int cd_write(CDataObject *c, char *p, const void *src, size_t n) {
    if (cd_owns(c, p, n)) { memcpy(p, src, n); return 0; }
    return ct_mem_write((uintptr_t)p, src, n);
}

/* Keep `keep` (stolen; NULL: nothing) alive for the memory at p, in the dict of the instance
 * that owns that memory, under `key` (NULL: p's offset in that memory). */
static int keep_put(CDataObject *c, const char *p, Object *key, Object *keep) {
    if (!keep) return 0;
    while (c->b_base && cd_owns(c->b_base, p, 1)) c = c->b_base;
    if (!c->b_objects && !(c->b_objects = dict_new())) { DECREF(keep); return -1; }
    Object *k = key ? NEWREF(key) : int_from_ssize((ssize_t)((uintptr_t)p - (uintptr_t)c->b_ptr));
    int r = k ? dict_setitem(c->b_objects, k, keep) : -1;
    XDECREF(k);
    DECREF(keep);
    return r;
}

/* A new instance of type with a zeroed buffer of its own. */
static Object *cdata_new_owned(TypeObject *type, CTypeInfo *ti) {
    CDataObject *c = CD(obj_alloc(type));
    if (!c) return NULL;
    c->b_size = ti->size;
    c->b_length = ti->length;
    if (ti->size <= INLINE_SIZE) {
        c->b_ptr = (char *)c->b_value.c;
    } else {
        if (!(c->b_ptr = mem_calloc(1, (size_t)ti->size))) { DECREF(c); return err_no_memory(); }
        c->b_needsfree = true;
    }
    return OBJ(c);
}

/* A new instance of type whose memory is at p, kept alive by base (may be NULL). */
static Object *cdata_at(TypeObject *type, char *p, CDataObject *base) {
    CTypeInfo *ti = type_info(OBJ(type));
    CDataObject *c = CD(obj_alloc(type));
    if (!c) return NULL;
    c->b_ptr = p;
    c->b_size = ti->size;
    c->b_length = ti->length;
    c->b_foreign = !(base && cd_owns(base, p, (size_t)ti->size));
    if (base) c->b_base = (CDataObject *)NEWREF_(base);
    return OBJ(c);
}

/* The value of a `type` at p inside (or reached from) owner: a Python value for fundamental
 * simple types, else an instance sharing the memory. */
static Object *value_get(TypeObject *type, CDataObject *owner, char *p) {
    CTypeInfo *ti = type_info(OBJ(type));
    if (is_fundamental(type, ti)) {
        unsigned char buf[INLINE_SIZE];
        if (cd_read(owner, buf, p, (size_t)ti->size) < 0) return NULL;
        return ti->fd->get(ti->fd, buf);
    }
    return cdata_at(type, p, owner);
}

/* Copy n bytes between two places either of which may be foreign. */
static int cd_copy(CDataObject *dst_owner, char *dst, CDataObject *src_owner, const char *src,
                   size_t n) {
    unsigned char small[64];
    unsigned char *buf = n <= sizeof small ? small : mem_alloc(n);
    if (!buf) { err_no_memory(); return -1; }
    int r = cd_read(src_owner, buf, src, n);
    if (r == 0) r = cd_write(dst_owner, dst, buf, n);
    if (buf != small) mem_free(buf);
    return r;
}

/* Store value as a `type` at p inside (or reached from) owner. */
static int value_set(TypeObject *type, CDataObject *owner, char *p, Object *value) {
    CTypeInfo *ti = type_info(OBJ(type));
    if (IS_CDATA(value) && type_is_subtype(TYPE(value), type)) {
        CDataObject *src = CD(value);
        if (cd_copy(owner, p, src, src->b_ptr, (size_t)ti->size) < 0) return -1;
        return keep_put(owner, p, NULL, NEWREF(value));
    }
    if (ti->kind == CT_SIMPLE) {
        unsigned char buf[INLINE_SIZE];
        Object *keep = NULL;
        if (ti->fd->set(ti->fd, buf, value, &keep) < 0) return -1;
        if (cd_write(owner, p, buf, (size_t)ti->size) < 0) { XDECREF(keep); return -1; }
        return keep_put(owner, p, NULL, keep);
    }
    if (ti->kind == CT_POINTER && IS_CDATA(value)) {
        /* An array of the pointed-to type stands for a pointer to its first item. */
        CTypeInfo *vi = INFO_OF(value);
        if (vi && vi->kind == CT_ARRAY && vi->proto == ti->proto) {
            unsigned char buf[sizeof(void *)];
            store_ptr(buf, (uintptr_t)CD(value)->b_ptr);
            if (cd_write(owner, p, buf, sizeof buf) < 0) return -1;
            return keep_put(owner, p, NULL, NEWREF(value));
        }
    }
    err_format(&Exc_TypeError, "expected %s instance, got %s", type->tp_name,
               TYPE(value)->tp_name);
    return -1;
}

/* ---- _CData ------------------------------------------------------------------------------ */

static Object *cdata_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                            Object *kwnames) {
    CTypeInfo *ti = type_info(OBJ(type));
    if (!ti) return err_format(&Exc_TypeError, "abstract class");
    return cdata_new_owned(type, ti);
}

static void cdata_dealloc(Object *self) {
    CDataObject *c = CD(self);
    gc_untrack(self);
    CLEAR(c->b_objects);
    CLEAR(c->b_base);
    if (c->b_needsfree) mem_free(c->b_ptr);
    TYPE(self)->tp_free(self);
}

static int cdata_traverse(Object *self, visitproc visit, void *arg) {
    VISIT(CD(self)->b_objects);
    VISIT(CD(self)->b_base);
    return 0;
}

/* The base stays: the memory b_ptr points at belongs to it. */
static int cdata_clear(Object *self) {
    CLEAR(CD(self)->b_objects);
    return 0;
}

static Object *cdata_get_objects(Object *self, void *c) {
    Object *o = CD(self)->b_objects;
    return NEWREF(o ? o : NONE);
}

static Object *cdata_get_base(Object *self, void *c) {
    Object *o = OBJ(CD(self)->b_base);
    return NEWREF(o ? o : NONE);
}

static Object *cdata_get_needsfree(Object *self, void *c) {
    return int_from_long(!CD(self)->b_foreign && !CD(self)->b_base);
}

static GetSetDef cdata_getsets[] = {
    {"_objects", cdata_get_objects, NULL, "internal objects tree (NEVER CHANGE THIS OBJECT!)"},
    {"_b_base_", cdata_get_base, NULL, "the base object"},
    {"_b_needsfree_", cdata_get_needsfree, NULL, "whether the object owns the memory or not"},
    {NULL}
};

TypeObject CDataType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_ctypes._CData",
    .tp_basicsize = sizeof(CDataObject),
    .tp_dealloc = cdata_dealloc,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "XXX to be provided",
    .tp_traverse = cdata_traverse,
    .tp_clear = cdata_clear,
    .tp_getset = cdata_getsets,
    .tp_new = cdata_tp_new,
};

/* ---- _SimpleCData ------------------------------------------------------------------------- */

/* Reading the value of any simple instance, subclasses included. */
static Object *simple_value(Object *self) {
    CTypeInfo *ti = INFO_OF(self);
    unsigned char buf[INLINE_SIZE];
    if (cd_read(CD(self), buf, CD(self)->b_ptr, (size_t)ti->size) < 0) return NULL;
    return ti->fd->get(ti->fd, buf);
}

static Object *simple_value_getter(Object *self, void *c) { return simple_value(self); }

static int simple_set(Object *self, Object *value) {
    CTypeInfo *ti = INFO_OF(self);
    unsigned char buf[INLINE_SIZE];
    Object *keep = NULL;
    if (ti->fd->set(ti->fd, buf, value, &keep) < 0) return -1;
    if (cd_write(CD(self), CD(self)->b_ptr, buf, (size_t)ti->size) < 0) {
        XDECREF(keep);
        return -1;
    }
    return keep_put(CD(self), CD(self)->b_ptr, NULL, keep);
}

static int simple_value_setter(Object *self, Object *value, void *c) {
    if (!value) {
        err_set_string(&Exc_TypeError, "can't delete attribute");
        return -1;
    }
    return simple_set(self, value);
}

static int simple_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (nargs > 1) {
        err_format(&Exc_TypeError, "__init__ expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    return nargs == 1 ? simple_set(self, args[0]) : 0;
}

/* c_long(5); a subclass of a simple type shows as <M object at 0x...>; c_char_p and py_object
 * have their own forms (CPython defines those two in Python). */
static Object *simple_repr(Object *self) {
    CTypeInfo *ti = INFO_OF(self);
    char code = ti->fd->code;
    if (code == 'z') {
        unsigned char buf[sizeof(void *)];
        if (cd_read(CD(self), buf, CD(self)->b_ptr, sizeof buf) < 0) return NULL;
        uintptr_t p = load_ptr(buf);
        if (!p) return str_from_format("%s(None)", TYPE(self)->tp_name);
        char num[24];
        snprintf(num, sizeof num, "%llu", (unsigned long long)p);
        return str_from_format("%s(%s)", TYPE(self)->tp_name, num);
    }
    if (code == 'O') {
        Object *v = simple_value(self);
        if (!v && err_matches(&Exc_ValueError)) {
            err_clear();
            return str_from_format("%s(<NULL>)", TYPE(self)->tp_name);
        }
        if (!v) return NULL;
        Object *r = str_from_format("%s(%R)", TYPE(self)->tp_name, v);
        DECREF(v);
        return r;
    }
    if (TYPE(self)->tp_base != &SimpleCDataType)
        return str_from_format("<%s object at %p>", TYPE(self)->tp_name, (void *)self);
    Object *v = simple_value(self);
    if (!v) return NULL;
    Object *r = str_from_format("%s(%R)", TYPE(self)->tp_name, v);
    DECREF(v);
    return r;
}

static int simple_bool(Object *self) {
    CTypeInfo *ti = INFO_OF(self);
    unsigned char buf[INLINE_SIZE];
    if (cd_read(CD(self), buf, CD(self)->b_ptr, (size_t)ti->size) < 0) return -1;
    for (ssize_t i = 0; i < ti->size; i++)
        if (buf[i]) return 1;
    return 0;
}

static Object *simple_from_outparam(Object *self, Object *unused) {
    if (TYPE(self)->tp_base != &SimpleCDataType) return NEWREF(self);
    return simple_value(self);
}

static NumberMethods simple_as_number = { .nb_bool = simple_bool };

static GetSetDef simple_getsets[] = {
    {"value", simple_value_getter, simple_value_setter, "current value"},
    {NULL}
};

static MethodDef simple_methods[] = {
    {"__ctypes_from_outparam__", simple_from_outparam, METH_NOARGS, NULL},
    {NULL}
};

TypeObject SimpleCDataType = {
    .ob_base = VAR_HEAD_INIT(&SimpleMetaType, 0),
    .tp_name = "_ctypes._SimpleCData",
    .tp_basicsize = sizeof(CDataObject),
    .tp_repr = simple_repr,
    .tp_as_number = &simple_as_number,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "XXX to be provided",
    .tp_traverse = cdata_traverse,
    .tp_clear = cdata_clear,
    .tp_methods = simple_methods,
    .tp_getset = simple_getsets,
    .tp_base = &CDataType,
    .tp_init = simple_init,
    .tp_new = cdata_tp_new,
};

/* ---- _Pointer ----------------------------------------------------------------------------- */

/* The address a pointer instance holds: 0 or -1 (error). */
static int pointer_target(Object *self, uintptr_t *out) {
    unsigned char buf[sizeof(void *)];
    if (cd_read(CD(self), buf, CD(self)->b_ptr, sizeof buf) < 0) return -1;
    *out = load_ptr(buf);
    return 0;
}

static Object *pointer_subscript(Object *self, Object *key);

static int pointer_proto(Object *self, TypeObject **proto) {
    CTypeInfo *ti = INFO_OF(self);
    if (!ti || !ti->proto) {
        err_set_string(&Exc_TypeError, "Cannot create instance: has no _type_");
        return -1;
    }
    *proto = ti->proto;
    return 0;
}

static Object *pointer_get_contents(Object *self, void *c) {
    TypeObject *proto;
    uintptr_t p;
    if (pointer_proto(self, &proto) < 0 || pointer_target(self, &p) < 0) return NULL;
    if (!p) return err_format(&Exc_ValueError, "NULL pointer access");
    return cdata_at(proto, (char *)p, CD(self));
}

static int pointer_set_contents(Object *self, Object *value, void *c) {
    TypeObject *proto;
    if (!value) {
        err_set_string(&Exc_TypeError, "Pointer does not support item deletion");
        return -1;
    }
    if (pointer_proto(self, &proto) < 0) return -1;
    if (!IS_CDATA(value)) {
        int r = obj_isinstance(value, OBJ(proto));
        if (r < 0) return -1;
        if (!r) {
            err_format(&Exc_TypeError, "expected %s instead of %s", proto->tp_name,
                       TYPE(value)->tp_name);
            return -1;
        }
    }
    unsigned char buf[sizeof(void *)];
    store_ptr(buf, (uintptr_t)CD(value)->b_ptr);
    if (cd_write(CD(self), CD(self)->b_ptr, buf, sizeof buf) < 0) return -1;
    Object *key = int_from_long(1);
    if (!key) return -1;
    int r = keep_put(CD(self), CD(self)->b_ptr, key, NEWREF(value));
    DECREF(key);
    return r;
}

static int pointer_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    if (args_check_positional("POINTER", nargs, 0, 1) < 0) return -1;
    return nargs ? pointer_set_contents(self, args[0], NULL) : 0;
}

static int pointer_bool(Object *self) {
    uintptr_t p;
    if (pointer_target(self, &p) < 0) return -1;
    return p != 0;
}

/* The address of item i of what a pointer points to. */
static char *pointer_item_addr(Object *self, Object *key, TypeObject **proto) {
    if (!num_check(key) || IS_FLOAT(key)) {
        err_set_string(&Exc_TypeError, "Pointer indices must be integer");
        return NULL;
    }
    ssize_t i = num_as_ssize(key, &Exc_IndexError);
    uintptr_t p;
    if ((i == -1 && err_occurred()) || pointer_proto(self, proto) < 0 ||
        pointer_target(self, &p) < 0)
        return NULL;
    if (!p) {
        err_set_string(&Exc_ValueError, "NULL pointer access");
        return NULL;
    }
    return (char *)(p + (uintptr_t)(i * type_info(OBJ(*proto))->size));
}

/* One bound of a pointer slice: the int, or dflt for None (-1 with an error when required). */
static int slice_bound(Object *v, ssize_t dflt, const char *missing, ssize_t *out) {
    if (v == NONE) {
        if (!missing) { *out = dflt; return 0; }
        err_set_string(&Exc_ValueError, missing);
        return -1;
    }
    *out = num_as_ssize(v, &Exc_OverflowError);
    return *out == -1 && err_occurred() ? -1 : 0;
}

/* p[start:stop:step]: there is no length, so stop is required (and start for a negative step);
 * a list of the items, or bytes when they are c_char. */
static Object *pointer_slice(Object *self, SliceObject *sl) {
    ssize_t start, stop, step, n;
    if (slice_bound(sl->step, 1, NULL, &step) < 0) return NULL;
    if (step == 0) return err_format(&Exc_ValueError, "slice step cannot be zero");
    if (slice_bound(sl->start, 0, step < 0 ? "slice start is required for step < 0" : NULL,
                    &start) < 0 ||
        slice_bound(sl->stop, 0, "slice stop is required", &stop) < 0)
        return NULL;
    if ((step > 0 && start >= stop) || (step < 0 && start <= stop)) n = 0;
    else if (step > 0) n = (stop - start - 1) / step + 1;
    else n = (start - stop - 1) / -step + 1;
    Object *r = list_new(n);
    for (ssize_t k = 0; r && k < n; k++) {
        Object *i = int_from_ssize(start + k * step);
        Object *v = i ? pointer_subscript(self, i) : NULL;
        XDECREF(i);
        if (!v) { CLEAR(r); break; }
        LIST_SET(r, k, v);
    }
    TypeObject *proto = INFO_OF(self)->proto;
    CTypeInfo *pi = proto ? type_info(OBJ(proto)) : NULL;
    if (r && pi && pi->kind == CT_SIMPLE && pi->fd->code == 'c' && is_fundamental(proto, pi)) {
        Object *b = bytes_from_data(NULL, n);
        for (ssize_t k = 0; b && k < n; k++) BYTES_DATA(b)[k] = BYTES_DATA(LIST_GET(r, k))[0];
        SETREF(r, b);
    }
    return r;
}

static Object *pointer_subscript(Object *self, Object *key) {
    if (IS_SLICE(key)) return pointer_slice(self, (SliceObject *)key);
    TypeObject *proto;
    char *p = pointer_item_addr(self, key, &proto);
    return p ? value_get(proto, CD(self), p) : NULL;
}

static int pointer_ass_subscript(Object *self, Object *key, Object *value) {
    if (!value) {
        err_set_string(&Exc_TypeError, "Pointer does not support item deletion");
        return -1;
    }
    TypeObject *proto;
    char *p = pointer_item_addr(self, key, &proto);
    return p ? value_set(proto, CD(self), p, value) : -1;
}

static NumberMethods pointer_as_number = { .nb_bool = pointer_bool };
static MappingMethods pointer_as_mapping = {
    .mp_subscript = pointer_subscript,
    .mp_ass_subscript = pointer_ass_subscript,
};

static GetSetDef pointer_getsets[] = {
    {"contents", pointer_get_contents, pointer_set_contents, "the object this pointer points to (read-write)"},
    {NULL}
};

TypeObject PointerType = {
    .ob_base = VAR_HEAD_INIT(&PointerMetaType, 0),
    .tp_name = "_ctypes._Pointer",
    .tp_basicsize = sizeof(CDataObject),
    .tp_as_number = &pointer_as_number,
    .tp_as_mapping = &pointer_as_mapping,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "XXX to be provided",
    .tp_traverse = cdata_traverse,
    .tp_clear = cdata_clear,
    .tp_getset = pointer_getsets,
    .tp_base = &CDataType,
    .tp_init = pointer_init,
    .tp_new = cdata_tp_new,
};

/* ---- Array --------------------------------------------------------------------------------- */

static TypeObject *array_item_type(Object *self) { return INFO_OF(self)->proto; }

static ssize_t array_length(Object *self) { return CD(self)->b_length; }

static char *array_item_addr(Object *self, ssize_t i) {
    return CD(self)->b_ptr + i * type_info(OBJ(array_item_type(self)))->size;
}

static Object *array_item(Object *self, ssize_t i) {
    if (i < 0 || i >= CD(self)->b_length)
        return err_format(&Exc_IndexError, "invalid index");
    return value_get(array_item_type(self), CD(self), array_item_addr(self, i));
}

static int array_ass_item(Object *self, ssize_t i, Object *value) {
    if (!value) {
        err_set_string(&Exc_TypeError, "Array does not support item deletion");
        return -1;
    }
    if (i < 0 || i >= CD(self)->b_length) {
        err_set_string(&Exc_IndexError, "invalid index");
        return -1;
    }
    return value_set(array_item_type(self), CD(self), array_item_addr(self, i), value);
}

static bool is_char_array(Object *self) {
    CTypeInfo *ii = type_info(OBJ(array_item_type(self)));
    return ii->kind == CT_SIMPLE && ii->fd->code == 'c' &&
           is_fundamental(array_item_type(self), ii);
}

/* a[i:j:k]: a list of the items, or bytes for an array of c_char. */
static Object *array_slice(Object *self, Object *slice) {
    ssize_t start, stop, step, n = slice_indices(slice, CD(self)->b_length, &start, &stop, &step);
    if (n < 0) return NULL;
    if (is_char_array(self)) {
        Object *r = bytes_from_data(NULL, n);
        for (ssize_t k = 0; r && k < n; k++)
            if (cd_read(CD(self), BYTES_DATA(r) + k, CD(self)->b_ptr + start + k * step, 1) < 0)
                CLEAR(r);
        return r;
    }
    Object *r = list_new(n);
    for (ssize_t k = 0; r && k < n; k++) {
        Object *v = array_item(self, start + k * step);
        if (!v) { CLEAR(r); break; }
        LIST_SET(r, k, v);
    }
    return r;
}

static Object *array_subscript(Object *self, Object *key) {
    if (IS_SLICE(key)) return array_slice(self, key);
    if (!num_check(key) || IS_FLOAT(key)) return err_format(&Exc_TypeError, "indices must be integers");
    ssize_t i = num_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred()) return NULL;
    if (i < 0) i += CD(self)->b_length;
    return array_item(self, i);
}

static int array_ass_subscript(Object *self, Object *key, Object *value) {
    if (!value) {
        err_set_string(&Exc_TypeError, "Array does not support item deletion");
        return -1;
    }
    if (IS_SLICE(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, CD(self)->b_length, &start, &stop, &step);
        if (n < 0) return -1;
        ssize_t len = obj_length(value);
        if (len < 0) return -1;
        if (len != n) {
            err_set_string(&Exc_ValueError, "Can only assign sequence of same size");
            return -1;
        }
        for (ssize_t k = 0; k < n; k++) {
            Object *v = seq_getitem(value, k);
            int r = v ? array_ass_item(self, start + k * step, v) : -1;
            XDECREF(v);
            if (r < 0) return -1;
        }
        return 0;
    }
    if (!num_check(key) || IS_FLOAT(key)) {
        err_set_string(&Exc_TypeError, "indices must be integers");
        return -1;
    }
    ssize_t i = num_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += CD(self)->b_length;
    return array_ass_item(self, i, value);
}

static int array_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    for (ssize_t i = 0; i < nargs; i++)
        if (array_ass_item(self, i, args[i]) < 0) return -1;
    return 0;
}

/* c_char arrays also have .value (up to the first NUL) and .raw (every byte). */
static Object *char_array_bytes(Object *self, bool to_nul) {
    Object *r = bytes_from_data(NULL, CD(self)->b_size);
    if (!r || cd_read(CD(self), BYTES_DATA(r), CD(self)->b_ptr, (size_t)CD(self)->b_size) < 0) {
        XDECREF(r);
        return NULL;
    }
    if (to_nul) {
        char *nul = memchr(BYTES_DATA(r), 0, (size_t)BYTES_LEN(r));
        if (nul) {
            Object *t = bytes_from_data(BYTES_DATA(r), nul - BYTES_DATA(r));
            DECREF(r);
            r = t;
        }
    }
    return r;
}

static Object *char_array_get_value(Object *self, void *c) { return char_array_bytes(self, true); }
static Object *char_array_get_raw(Object *self, void *c) { return char_array_bytes(self, false); }

static int char_array_store(Object *self, Object *value, bool add_nul) {
    const char *p;
    ssize_t n;
    if (!value) {
        err_set_string(&Exc_TypeError, "can't delete attribute");
        return -1;
    }
    if (add_nul && !IS_BYTES(value)) {
        err_format(&Exc_TypeError, "bytes expected instead of %.200s instance",
                   TYPE(value)->tp_name);
        return -1;
    }
    if (bytes_view(value, &p, &n) < 0) return -1;
    if (n > CD(self)->b_size) {
        err_set_string(&Exc_ValueError, "byte string too long");
        return -1;
    }
    if (cd_write(CD(self), CD(self)->b_ptr, p, (size_t)n) < 0) return -1;
    if (add_nul && n < CD(self)->b_size) return cd_write(CD(self), CD(self)->b_ptr + n, "", 1);
    return 0;
}

static int char_array_set_value(Object *self, Object *v, void *c) {
    return char_array_store(self, v, true);
}
static int char_array_set_raw(Object *self, Object *v, void *c) {
    return char_array_store(self, v, false);
}

static GetSetDef char_array_getsets[] = {
    {"value", char_array_get_value, char_array_set_value, "string value"},
    {"raw", char_array_get_raw, char_array_set_raw, "value"},
    {NULL}
};

/* Iteration goes through __getitem__ as in CPython; the explicit tp_iter keeps it working for the
 * array classes, whose inherited sq_item gives way to the mapping's __getitem__. */
static Object *array_iter(Object *self) { return seqiter_new(self); }

static SequenceMethods array_as_sequence = {
    .sq_length = array_length,
    .sq_item = array_item,
    .sq_ass_item = array_ass_item,
};
static MappingMethods array_as_mapping = {
    .mp_length = array_length,
    .mp_subscript = array_subscript,
    .mp_ass_subscript = array_ass_subscript,
};

TypeObject ArrayType = {
    .ob_base = VAR_HEAD_INIT(&ArrayMetaType, 0),
    .tp_name = "_ctypes.Array",
    .tp_basicsize = sizeof(CDataObject),
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "XXX to be provided",
    .tp_traverse = cdata_traverse,
    .tp_clear = cdata_clear,
    .tp_iter = array_iter,
    .tp_base = &CDataType,
    .tp_init = array_init,
    .tp_new = cdata_tp_new,
};

/* ---- the metaclasses ---------------------------------------------------------------------- */

/* T.from_address(n): an instance whose memory is at n (CPython trusts n; ouro checks each access). */
static Object *meta_from_address(Object *type, Object *arg) {
    CTypeInfo *ti = type_info(type);
    if (!ti) return err_format(&Exc_TypeError, "abstract class");
    if (!IS_INT(arg)) return err_format(&Exc_TypeError, "integer expected");
    uintptr_t addr;
    if (int_as_address(arg, &addr) < 0) return NULL;
    return cdata_at((TypeObject *)type, (char *)addr, NULL);
}

static Object *meta_from_buffer_copy(Object *type, Object *const *args, ssize_t nargs) {
    if (args_check_positional("from_buffer_copy", nargs, 1, 2) < 0) return NULL;
    CTypeInfo *ti = type_info(type);
    if (!ti) return err_format(&Exc_TypeError, "abstract class");
    const char *p;
    ssize_t n, offset = 0;
    if (bytes_view(args[0], &p, &n) < 0) return NULL;
    if (nargs > 1 && (offset = num_as_ssize(args[1], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    if (offset < 0)
        return err_format(&Exc_ValueError, "offset cannot be negative");
    if (ti->size > n - offset)
        return err_format(&Exc_ValueError, "Buffer size too small (%zd instead of at least %zd bytes)",
                          n, ti->size + offset);
    Object *r = cdata_new_owned((TypeObject *)type, ti);
    if (r) memcpy(CD(r)->b_ptr, p + offset, (size_t)ti->size);
    return r;
}

static Object *make_array_type(Object *itemtype, ssize_t length, const char *module);

/* T * n and n * T: the array type of n T's (CPython's sq_repeat of the metaclasses). */
static Object *meta_repeat(Object *self, ssize_t n) {
    if (n < 0) return err_format(&Exc_ValueError, "Array length must be >= 0, not %zd", n);
    return make_array_type(self, n, NULL);
}

static MethodDef meta_methods[] = {
    {"from_address", meta_from_address, METH_O, "C.from_address(integer) -> C instance\naccess a C instance at the specified address"},
    {"from_buffer_copy", meta_from_buffer_copy, METH_FASTCALL, "C.from_buffer_copy(object, offset=0) -> C instance\ncreate a C instance from a readable buffer"},
    {NULL}
};

static SequenceMethods meta_as_sequence = { .sq_repeat = meta_repeat };

static void meta_dealloc(Object *self) {
    if (((TypeObject *)self)->tp_flags & TPFLAGS_HEAPTYPE) CLEAR(CLASS_INFO(self)->proto);
    TypeType.tp_dealloc(self);
}

static int meta_traverse(Object *self, visitproc visit, void *arg) {
    if (((TypeObject *)self)->tp_flags & TPFLAGS_HEAPTYPE) VISIT(CLASS_INFO(self)->proto);
    return TypeType.tp_traverse(self, visit, arg);
}

/* Create the class as type() would, then fill its storage record with `fill`; the class is
 * dropped again when the record cannot be made. */
static Object *meta_new_with(TypeObject *meta, Object *const *args, ssize_t nargs,
                             Object *kwnames, int (*fill)(TypeObject *)) {
    Object *t = TypeType.tp_new(meta, args, nargs, kwnames);
    if (!t || !IS_TYPE_OBJ(t) || !is_ctypes_meta(TYPE(t)) || CLASS_INFO(t)->kind)
        return t;
    if (fill((TypeObject *)t) < 0) CLEAR(t);
    return t;
}

static Object *lookup_attr(TypeObject *t, const char *name) {
    Object *key = str_intern_cstr(name);
    if (!key) return NULL;
    Object *v = type_lookup(t, key);
    DECREF(key);
    return v;
}

static int simple_fill(TypeObject *t) {
    Object *code = lookup_attr(t, "_type_");
    if (!code) {
        if (!err_occurred())
            err_set_string(&Exc_AttributeError, "class must define a '_type_' attribute");
        return -1;
    }
    if (!IS_STR(code)) {
        err_set_string(&Exc_TypeError, "class must define a '_type_' string attribute");
        return -1;
    }
    const char *c = str_as_utf8(code);
    if (!c) return -1;
    if (STR_LEN(code) != 1) {
        err_set_string(&Exc_ValueError,
                       "class must define a '_type_' attribute which must be a string of length 1");
        return -1;
    }
    if (!strchr(simple_codes, c[0])) {
        err_format(&Exc_AttributeError, "class must define a '_type_' attribute which must be\n"
                   "a single character string containing one of '%s'.", simple_codes);
        return -1;
    }
    const FieldDesc *fd = field_find(c[0]);
    if (!fd) {
        err_format(&Exc_NotImplementedError, "ctypes: type code '%s' is not supported by ouro", c);
        return -1;
    }
    *CLASS_INFO(t) = (CTypeInfo){ .kind = CT_SIMPLE, .size = fd->size, .align = fd->align, .fd = fd };
    return 0;
}

static int pointer_fill(TypeObject *t) {
    Object *proto = dict_getitem_str(t->tp_dict, "_type_");
    CTypeInfo *base = type_info(OBJ(t->tp_base));
    if (proto && !type_info(proto)) {
        err_set_string(&Exc_TypeError, "_type_ must have storage info");
        return -1;
    }
    TypeObject *p = proto ? (TypeObject *)proto : base ? base->proto : NULL;
    *CLASS_INFO(t) = (CTypeInfo){ .kind = CT_POINTER, .size = sizeof(void *),
                            .align = sizeof(void *) };
    if (p) CLASS_INFO(t)->proto = (TypeObject *)NEWREF_(p);
    return 0;
}

static int array_fill(TypeObject *t) {
    Object *len = lookup_attr(t, "_length_");
    if (!len) {
        if (!err_occurred())
            err_set_string(&Exc_AttributeError, "class must define a '_length_' attribute");
        return -1;
    }
    if (!IS_INT(len)) {
        err_set_string(&Exc_TypeError, "The '_length_' attribute must be an integer");
        return -1;
    }
    int overflow;
    long n = int_as_long_overflow(len, &overflow);
    if (overflow > 0) {
        err_set_string(&Exc_OverflowError, "The '_length_' attribute is too large");
        return -1;
    }
    if (overflow < 0 || n < 0) {
        err_set_string(&Exc_ValueError, "The '_length_' attribute must not be negative");
        return -1;
    }
    Object *item = lookup_attr(t, "_type_");
    if (!item) {
        if (!err_occurred())
            err_set_string(&Exc_AttributeError, "class must define a '_type_' attribute");
        return -1;
    }
    CTypeInfo *ii = type_info(item);
    if (!ii) {
        err_set_string(&Exc_TypeError, "_type_ must have storage info");
        return -1;
    }
    if (ii->size && n > SSIZE_MAX / ii->size) {
        err_set_string(&Exc_OverflowError, "array too large");
        return -1;
    }
    if (ii->kind == CT_SIMPLE && ii->fd->code == 'c' && is_fundamental((TypeObject *)item, ii)) {
        for (GetSetDef *g = char_array_getsets; g->name; g++) {
            Object *d = descr_new_getset(t, g);
            int r = d ? dict_setitem_str(t->tp_dict, g->name, d) : -1;
            XDECREF(d);
            if (r < 0) return -1;
        }
        type_modified(t);
    }
    *CLASS_INFO(t) = (CTypeInfo){ .kind = CT_ARRAY, .size = n * ii->size, .align = ii->align,
                            .length = n, .proto = (TypeObject *)NEWREF(item) };
    return 0;
}

static Object *simple_meta_new(TypeObject *m, Object *const *a, ssize_t n, Object *kw) {
    return meta_new_with(m, a, n, kw, simple_fill);
}
static Object *pointer_meta_new(TypeObject *m, Object *const *a, ssize_t n, Object *kw) {
    return meta_new_with(m, a, n, kw, pointer_fill);
}
static Object *array_meta_new(TypeObject *m, Object *const *a, ssize_t n, Object *kw) {
    return meta_new_with(m, a, n, kw, array_fill);
}

#define META_TYPE(cname, pyname, newfunc) \
    TypeObject cname = { \
        .ob_base = VAR_HEAD_INIT(&TypeType, 0), \
        .tp_name = pyname, \
        .tp_dealloc = meta_dealloc, \
        .tp_as_sequence = &meta_as_sequence, \
        .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_TYPE_SUBCLASS, \
        .tp_doc = "metatype for C types", \
        .tp_traverse = meta_traverse, \
        .tp_methods = meta_methods, \
        .tp_base = &TypeType, \
        .tp_new = newfunc, \
    }

META_TYPE(SimpleMetaType, "_ctypes.PyCSimpleType", simple_meta_new);
META_TYPE(PointerMetaType, "_ctypes.PyCPointerType", pointer_meta_new);
META_TYPE(ArrayMetaType, "_ctypes.PyCArrayType", array_meta_new);

/* meta(name, (base,), {names[i]: values[i]...}): a new class (new reference).  Values are
 * borrowed. */
static Object *make_class(TypeObject *meta, Object *name, TypeObject *base, int n,
                          const char *const *names, Object *const *values) {
    Object *bases = tuple_pack(1, base), *ns = dict_new(), *r = NULL;
    if (!bases || !ns) goto done;
    for (int i = 0; i < n; i++)
        if (dict_setitem_str(ns, names[i], values[i]) < 0) goto done;
    Object *args[3] = { name, bases, ns };
    r = obj_call(OBJ(meta), args, 3, NULL);
done:
    XDECREF(bases);
    XDECREF(ns);
    return r;
}

static Object *make_array_type(Object *itemtype, ssize_t length, const char *module) {
    Object *n = int_from_ssize(length);
    Object *key = n ? tuple_pack(2, itemtype, n) : NULL;
    Object *r = key ? dict_getitem(array_cache, key) : NULL;
    if (r || !key) {
        XDECREF(n);
        XDECREF(key);
        return r ? NEWREF(r) : NULL;
    }
    Object *name = str_from_format("%s_Array_%zd", ((TypeObject *)itemtype)->tp_name, length);
    Object *mod = module ? str_from_cstr(module) : NULL;
    if (name && (!module || mod)) {
        static const char *const names[] = { "_length_", "_type_", "__module__" };
        Object *values[] = { n, itemtype, mod };
        r = make_class(&ArrayMetaType, name, &ArrayType, module ? 3 : 2, names, values);
    }
    if (r && dict_setitem(array_cache, key, r) < 0) CLEAR(r);
    XDECREF(name);
    XDECREF(mod);
    DECREF(n);
    DECREF(key);
    return r;
}

/* ---- byref's result ------------------------------------------------------------------------ */

typedef struct CArgObject {
    OB_HEAD;
    Object *obj;                /* the instance whose address it carries */
    uintptr_t addr;
} CArgObject;

static void carg_dealloc(Object *self) {
    CLEAR(((CArgObject *)self)->obj);
    TYPE(self)->tp_free(self);
}

static Object *carg_repr(Object *self) {
    char buf[48];
    snprintf(buf, sizeof buf, "%p", (void *)((CArgObject *)self)->addr);
    return str_from_format("<cparam 'P' (%s)>", buf);
}

static MemberDef carg_members[] = {
    {"_obj", T_OBJECT, offsetof(CArgObject, obj), READONLY, "the wrapped object"},
    {NULL}
};

TypeObject CArgType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "CArgObject",
    .tp_basicsize = sizeof(CArgObject),
    .tp_dealloc = carg_dealloc,
    .tp_repr = carg_repr,
    .tp_members = carg_members,
};

/* ---- the module's functions ---------------------------------------------------------------- */

static Object *ct_sizeof(Object *m, Object *o) {
    CTypeInfo *ti = type_info(o);
    if (ti) return int_from_ssize(ti->size);
    if (IS_CDATA(o)) return int_from_ssize(CD(o)->b_size);
    return err_format(&Exc_TypeError, "this type has no size");
}

static Object *ct_alignment(Object *m, Object *o) {
    CTypeInfo *ti = type_info(o);
    if (!ti && IS_CDATA(o)) ti = INFO_OF(o);
    if (ti) return int_from_ssize(ti->align);
    return err_format(&Exc_TypeError, "no alignment info");
}

static Object *ct_addressof(Object *m, Object *o) {
    if (!IS_CDATA(o)) return err_format(&Exc_TypeError, "invalid type");
    return int_from_ulonglong((uintptr_t)CD(o)->b_ptr);
}

static Object *ct_byref(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("byref", nargs, 1, 2) < 0) return NULL;
    Object *o = args[0];
    if (!IS_CDATA(o))
        return err_format(&Exc_TypeError, "byref() argument must be a ctypes instance, not '%s'",
                          TYPE(o)->tp_name);
    ssize_t offset = 0;
    if (nargs > 1 && (offset = num_as_ssize(args[1], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    CArgObject *a = (CArgObject *)obj_alloc(&CArgType);
    if (!a) return NULL;
    a->obj = NEWREF(o);
    a->addr = (uintptr_t)CD(o)->b_ptr + (uintptr_t)offset;
    return OBJ(a);
}

static Object *argument_error;      /* ctypes.ArgumentError */
static Object *simple_class(const char *name);

/* An argument passed where C wants a void * (what c_void_p.from_param accepts). */
static int as_void_ptr(Object *o, uintptr_t *out) {
    if (o == NONE) { *out = 0; return 0; }
    if (IS_INT(o)) {
        uint64_t u;
        if (int_mask(o, &u) < 0) return -1;
        *out = (uintptr_t)u;
        return 0;
    }
    if (IS_BYTES(o)) { *out = (uintptr_t)BYTES_DATA(o); return 0; }
    if (IS_TYPE(o, &CArgType)) { *out = ((CArgObject *)o)->addr; return 0; }
    CTypeInfo *ti = IS_CDATA(o) ? INFO_OF(o) : NULL;
    if (ti && ti->kind == CT_ARRAY) { *out = (uintptr_t)CD(o)->b_ptr; return 0; }
    if (ti && (ti->kind == CT_POINTER || (ti->kind == CT_SIMPLE && strchr("Pz", ti->fd->code)))) {
        unsigned char buf[sizeof(void *)];
        if (cd_read(CD(o), buf, CD(o)->b_ptr, sizeof buf) < 0) return -1;
        *out = load_ptr(buf);
        return 0;
    }
    err_set_string((TypeObject *)argument_error, "argument 1: TypeError: wrong type");
    return -1;
}

/* cast(obj, typ): an instance of the pointer type typ holding obj's address. */
static Object *ct_cast(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = { "obj", "typ", NULL };
    Object *a[2] = { NULL, NULL };
    /* CPython's cast is a Python function: its messages for missing arguments. */
    if (!kwnames && nargs == 1)
        return err_format(&Exc_TypeError, "cast() missing 1 required positional argument: 'typ'");
    if (!kwnames && nargs == 0)
        return err_format(&Exc_TypeError,
                          "cast() missing 2 required positional arguments: 'obj' and 'typ'");
    if (args_parse("cast", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    CTypeInfo *ti = type_info(a[1]);
    if (!ti || !(ti->kind == CT_POINTER || (ti->kind == CT_SIMPLE && strchr("PzO", ti->fd->code))))
        return err_format(&Exc_TypeError, "cast() argument 2 must be a pointer type, not %s",
                          IS_TYPE_OBJ(a[1]) ? ((TypeObject *)a[1])->tp_name
                                            : TYPE(a[1])->tp_name);
    uintptr_t addr;
    if (as_void_ptr(a[0], &addr) < 0) return NULL;
    Object *r = cdata_new_owned((TypeObject *)a[1], ti);
    if (!r) return NULL;
    store_ptr((unsigned char *)CD(r)->b_ptr, addr);
    if (IS_CDATA(a[0]) || IS_BYTES(a[0])) {
        Object *key = int_from_ulonglong((uintptr_t)a[0]);
        if (!key || keep_put(CD(r), CD(r)->b_ptr, key, NEWREF(a[0])) < 0) CLEAR(r);
        XDECREF(key);
    }
    return r;
}

static Object *ct_POINTER(Object *m, Object *cls) {
    Object *r = dict_getitem(pointer_cache, cls);
    if (r) return NEWREF(r);
    if (!IS_TYPE_OBJ(cls)) return err_format(&Exc_TypeError, "must be a ctypes type");
    Object *name = str_from_format("LP_%s", ((TypeObject *)cls)->tp_name);
    if (!name) return NULL;
    static const char *const names[] = { "_type_" };
    r = make_class(&PointerMetaType, name, &PointerType, 1, names, &cls);
    DECREF(name);
    if (r && dict_setitem(pointer_cache, cls, r) < 0) CLEAR(r);
    return r;
}

static Object *ct_pointer(Object *m, Object *obj) {
    Object *t = ct_POINTER(m, OBJ(TYPE(obj)));
    if (!t) return NULL;
    Object *r = obj_call1(t, obj);
    DECREF(t);
    return r;
}

static Object *ct_create_string_buffer(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("create_string_buffer", nargs, 1, 2) < 0) return NULL;
    Object *init = args[0], *size = nargs > 1 && args[1] != NONE ? args[1] : NULL;
    ssize_t n;
    if (IS_BYTES(init) || IS_INT(init)) {
        Object *nobj = size ? size : init;
        if (!size && IS_BYTES(init)) n = BYTES_LEN(init) + 1;
        else if ((n = num_as_ssize(nobj, &Exc_OverflowError)) == -1 && err_occurred()) return NULL;
    } else {
        err_set_object(&Exc_TypeError, init);
        return NULL;
    }
    if (n < 0) return err_format(&Exc_ValueError, "Array length must be >= 0, not %zd", n);
    Object *t = make_array_type(simple_class("c_char"), n, "ctypes");
    Object *buf = t ? obj_call0(t) : NULL;
    XDECREF(t);
    if (buf && IS_BYTES(init) && char_array_store(buf, init, true) < 0) CLEAR(buf);
    return buf;
}

static Object *ct_string_at(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("string_at", nargs, 1, 2) < 0) return NULL;
    uintptr_t addr;
    ssize_t size = -1;
    if (as_void_ptr(args[0], &addr) < 0) return NULL;
    if (nargs > 1 && (size = num_as_ssize(args[1], &Exc_OverflowError)) == -1 && err_occurred())
        return NULL;
    if (size < 0) return ct_mem_cstring(addr);
    return ct_mem_bytes(addr, size);
}

static Object *ct_memmove(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("memmove", nargs, 3, 3) < 0) return NULL;
    uintptr_t dst, src;
    ssize_t n;
    if (as_void_ptr(args[0], &dst) < 0 || as_void_ptr(args[1], &src) < 0) return NULL;
    if ((n = num_as_ssize(args[2], &Exc_OverflowError)) == -1 && err_occurred()) return NULL;
    if (n > 0) {
        char *buf = mem_alloc((size_t)n);
        if (!buf) return err_no_memory();
        int r = ct_mem_read(buf, src, (size_t)n);
        if (r == 0) r = ct_mem_write(dst, buf, (size_t)n);
        mem_free(buf);
        if (r < 0) return NULL;
    }
    return int_from_ulonglong(dst);
}

static Object *ct_memset(Object *m, Object *const *args, ssize_t nargs) {
    if (args_check_positional("memset", nargs, 3, 3) < 0) return NULL;
    uintptr_t dst;
    uint64_t c;
    ssize_t n;
    if (as_void_ptr(args[0], &dst) < 0 || int_mask(args[1], &c) < 0) return NULL;
    if ((n = num_as_ssize(args[2], &Exc_OverflowError)) == -1 && err_occurred()) return NULL;
    if (n > 0) {
        char *buf = mem_alloc((size_t)n);
        if (!buf) return err_no_memory();
        memset(buf, (int)(c & 0xff), (size_t)n);
        int r = ct_mem_write(dst, buf, (size_t)n);
        mem_free(buf);
        if (r < 0) return NULL;
    }
    return int_from_ulonglong(dst);
}

#define FAST(f) (void *)(CFunctionFast)(f)
static MethodDef ctypes_methods[] = {
    {"sizeof", ct_sizeof, METH_O, "sizeof(C type) -> integer\nsizeof(C instance) -> integer\nReturn the size in bytes of a C instance"},
    {"alignment", ct_alignment, METH_O, "alignment(C type) -> integer\nalignment(C instance) -> integer\nReturn the alignment requirements of a C instance"},
    {"addressof", ct_addressof, METH_O, "addressof(C instance) -> integer\nReturn the address of the C instance internal buffer"},
    {"byref", FAST(ct_byref), METH_FASTCALL, "byref(C instance[, offset=0]) -> byref-object\nReturn a pointer lookalike to a C instance, only usable\nas function argument"},
    {"cast", (void *)(CFunctionFastKw)ct_cast, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"POINTER", ct_POINTER, METH_O, "Create and return a new ctypes pointer type."},
    {"pointer", ct_pointer, METH_O, "Create a new pointer instance, pointing to 'obj'."},
    {"create_string_buffer", FAST(ct_create_string_buffer), METH_FASTCALL, "create_string_buffer(aBytes) -> character array\ncreate_string_buffer(anInteger) -> character array\ncreate_string_buffer(aBytes, anInteger) -> character array"},
    {"string_at", FAST(ct_string_at), METH_FASTCALL, "string_at(addr[, size]) -> string\n\nReturn the string at addr."},
    {"memmove", FAST(ct_memmove), METH_FASTCALL, NULL},
    {"memset", FAST(ct_memset), METH_FASTCALL, NULL},
    {NULL}
};

/* ---- start-up -------------------------------------------------------------------------------- */

/* The simple types, in CPython's order; the aliases follow from 64-bit Linux's sizes. */
static const struct { const char *name; const char *code; } simple_types[] = {
    {"c_byte", "b"}, {"c_ubyte", "B"}, {"c_char", "c"}, {"c_short", "h"}, {"c_ushort", "H"},
    {"c_int", "i"}, {"c_uint", "I"}, {"c_long", "l"}, {"c_ulong", "L"}, {"c_float", "f"},
    {"c_double", "d"}, {"c_void_p", "P"}, {"c_char_p", "z"}, {"c_bool", "?"},
    {"py_object", "O"},
};
#define NSIMPLE (sizeof simple_types / sizeof *simple_types)
static Object *simple_classes[NSIMPLE];

static const struct { const char *alias, *name; } simple_aliases[] = {
    {"c_longlong", "c_long"}, {"c_ulonglong", "c_ulong"}, {"c_size_t", "c_ulong"},
    {"c_ssize_t", "c_long"}, {"c_int8", "c_byte"}, {"c_uint8", "c_ubyte"},
    {"c_int16", "c_short"}, {"c_uint16", "c_ushort"}, {"c_int32", "c_int"},
    {"c_uint32", "c_uint"}, {"c_int64", "c_long"}, {"c_uint64", "c_ulong"},
    {"c_voidp", "c_void_p"},
};

static Object *make_simple(const char *name, const char *code) {
    Object *n = str_from_cstr(name), *c = str_from_cstr(code), *mod = str_from_cstr("ctypes");
    Object *r = NULL;
    if (n && c && mod) {
        static const char *const names[] = { "_type_", "__module__" };
        Object *values[] = { c, mod };
        r = make_class(&SimpleMetaType, n, &SimpleCDataType, 2, names, values);
    }
    XDECREF(n);
    XDECREF(c);
    XDECREF(mod);
    return r;
}

static Object *make_argument_error(void) {
    Object *n = str_from_cstr("ArgumentError"), *mod = str_from_cstr("ctypes");
    Object *bases = tuple_pack(1, &Exc_Exception), *ns = dict_new(), *r = NULL;
    if (n && mod && bases && ns && dict_setitem_str(ns, "__module__", mod) == 0) {
        Object *args[3] = { n, bases, ns };
        r = obj_call(OBJ(&TypeType), args, 3, NULL);
    }
    XDECREF(n);
    XDECREF(mod);
    XDECREF(bases);
    XDECREF(ns);
    return r;
}

/* The classes are made once per process, as CPython's _ctypes keeps its types; a second import
 * (after `del sys.modules['ctypes']`) shares them. */
static int ctypes_setup(void) {
    static TypeObject *const types[] = {
        &SimpleMetaType, &PointerMetaType, &ArrayMetaType, &CDataType, &SimpleCDataType,
        &PointerType, &ArrayType, &CArgType,
    };
    if (argument_error) return 0;
    info_offset = (TypeType.tp_basicsize + (ssize_t)_Alignof(CTypeInfo) - 1) &
                  -(ssize_t)_Alignof(CTypeInfo);
    SimpleMetaType.tp_basicsize = PointerMetaType.tp_basicsize = ArrayMetaType.tp_basicsize =
        info_offset + (ssize_t)sizeof(CTypeInfo);
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_ready(types[i]) < 0) return -1;
    if (!(array_cache = dict_new()) || !(pointer_cache = dict_new())) return -1;
    for (size_t i = 0; i < NSIMPLE; i++)
        if (!(simple_classes[i] = make_simple(simple_types[i].name, simple_types[i].code)))
            return -1;
    return (argument_error = make_argument_error()) ? 0 : -1;
}

static Object *simple_class(const char *name) {
    for (size_t i = 0; i < NSIMPLE; i++)
        if (strcmp(simple_types[i].name, name) == 0) return simple_classes[i];
    return NULL;
}

static int ctypes_module_init(Object *m) {
    if (ctypes_setup() < 0) return -1;
    for (size_t i = 0; i < NSIMPLE; i++)
        if (module_add(m, simple_types[i].name, NEWREF(simple_classes[i])) < 0) return -1;
    for (size_t i = 0; i < sizeof simple_aliases / sizeof *simple_aliases; i++)
        if (module_add(m, simple_aliases[i].alias,
                       NEWREF(simple_class(simple_aliases[i].name))) < 0)
            return -1;
    return module_add(m, "_SimpleCData", NEWREF_(&SimpleCDataType)) < 0 ||
           module_add(m, "_Pointer", NEWREF_(&PointerType)) < 0 ||
           module_add(m, "Array", NEWREF_(&ArrayType)) < 0 ||
           module_add(m, "ArgumentError", NEWREF(argument_error)) < 0 ||
           module_add(m, "_pointer_type_cache", NEWREF(pointer_cache)) < 0 ? -1 : 0;
}

ModuleDef ctypes_module_def = {
    "ctypes",
    "create and manipulate C data types in Python",
    ctypes_methods,
    ctypes_module_init,
};
