/* cell.c — cells: the boxes that hold variables shared between a function and the functions
 * nested in it (closures).  A cell may be empty (ob_ref NULL): a variable not yet assigned, or
 * deleted. */
#include "funcobj.h"
#include "abstract.h"
#include "errors.h"
#include "strings.h"
#include "numbers.h"
#include "../runtime/gc.h"

Object *cell_new(Object *v) {
    CellObject *c = (CellObject *)obj_alloc(&CellType);
    if (!c)
        return NULL;
    XINCREF(v);
    c->ob_ref = v;
    return (Object *)c;
}

void cell_set(Object *c, Object *v) {
    XINCREF(v);
    SETREF(((CellObject *)c)->ob_ref, v);
}

static void cell_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((CellObject *)self)->ob_ref);
    TYPE(self)->tp_free(self);
}

static int cell_traverse(Object *self, visitproc visit, void *arg) {
    Object *v = CELL_GET(self);
    return v ? visit(v, arg) : 0;
}

static int cell_clear(Object *self) {
    CLEAR(((CellObject *)self)->ob_ref);
    return 0;
}

static Object *cell_repr(Object *self) {
    Object *v = CELL_GET(self);
    if (!v)
        return str_from_format("<cell at %p: empty>", self);
    return str_from_format("<cell at %p: %s object at %p>", self, TYPE(v)->tp_name, v);
}

/* Cells compare by contents; an empty cell sorts before any full one. */
static Object *cell_richcompare(Object *a, Object *b, int op) {
    if (!IS_CELL(b))
        RETURN_NOTIMPL;
    Object *x = CELL_GET(a), *y = CELL_GET(b);
    if (x && y)
        return obj_richcompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0 :
             op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_from(r);
}

static Object *cell_get_contents(Object *self, void *c) {
    Object *v = CELL_GET(self);
    if (!v) {
        err_set_string(&Exc_ValueError, "Cell is empty");
        return NULL;
    }
    return NEWREF(v);
}

static int cell_set_contents(Object *self, Object *v, void *c) {
    cell_set(self, v);
    return 0;
}

static GetSetDef cell_getset[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL, NULL },
    { NULL }
};

/* cell([contents]) */
static Object *cell_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                           Object *kwnames) {
    if (args_no_kwargs("cell", kwnames) < 0 || args_check_positional("cell", nargs, 0, 1) < 0)
        return NULL;
    return cell_new(nargs ? args[0] : NULL);
}

TypeObject CellType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(CellObject),
    .tp_flags = TPFLAGS_HAVE_GC,
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_hash = obj_hash_not_implemented,
    .tp_getattro = obj_generic_getattr,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getset,
    .tp_new = cell_tp_new,
    .tp_doc = "Create a new cell object.",
};
