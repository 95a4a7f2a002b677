/* call.c — binding a call's arguments to a Python function's parameters, in a new frame.
 *
 * The fast path (only positional arguments, exactly as many as the function has parameters,
 * no *args, **kwargs or keyword-only parameters) copies the arguments into the fast locals,
 * moving the caller's references when it gives them up (CALL does), so no count changes hands
 * twice.
 * Everything else takes the general path, which follows CPython 3.11's initialize_locals step by
 * step (so the same error wins when several apply): positionals, *args, keywords, too many
 * positionals, missing positionals and defaults, keyword-only defaults and missing ones.  The
 * general path takes new references; when the caller gave its references up they are released
 * once binding is done. */
#include "frame.h"
#include "../objects/abstract.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/containers.h"
#include "../objects/funcobj.h"

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" — CPython's list of missing names. */
static Object *join_names(Object *names) {
    ssize_t n = LIST_LEN(names);
    StrBuilder sb;
    sb_init(&sb);
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        sb_append_format(&sb, "%R", LIST_GET(names, i));
    }
    return sb_finish(&sb);
}

/* TypeError for missing parameters among slots [start, end) that are still NULL. */
static void missing_arguments(FunctionObject *fn, CodeObject *co, Object **slots, ssize_t start,
                              ssize_t end, const char *kind) {
    Object *names = list_new(0);
    if (!names)
        return;
    for (ssize_t i = start; i < end; i++)
        if (!slots[i] && list_append(names, TUPLE_GET(co->co_varnames, i)) < 0) {
            DECREF(names);
            return;
        }
    Object *joined = join_names(names);
    if (joined)
        err_format(&Exc_TypeError, "%U() missing %zd required %s argument%s: %U",
                   fn->func_qualname, LIST_LEN(names), kind, LIST_LEN(names) == 1 ? "" : "s",
                   joined);
    XDECREF(joined);
    DECREF(names);
}

static void too_many_positional(FunctionObject *fn, CodeObject *co, ssize_t given,
                                Object **slots) {
    ssize_t kwonly_given = 0;
    for (int i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++)
        kwonly_given += slots[i] != NULL;
    ssize_t defcount = fn->func_defaults ? TUPLE_LEN(fn->func_defaults) : 0;
    Object *sig = defcount
        ? str_from_format("from %zd to %d", co->co_argcount - defcount, co->co_argcount)
        : str_from_format("%d", co->co_argcount);
    bool plural = defcount || co->co_argcount != 1;
    Object *kwsig = kwonly_given
        ? str_from_format(" positional argument%s (and %zd keyword-only argument%s)",
                          given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
        : str_from_format("");
    if (sig && kwsig)
        err_format(&Exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                   fn->func_qualname, sig, plural ? "s" : "", given, kwsig,
                   given == 1 && !kwonly_given ? "was" : "were");
    XDECREF(sig);
    XDECREF(kwsig);
}

/* 1 with the TypeError set when some keyword names a positional-only parameter, else 0. */
static int posonly_as_keyword(FunctionObject *fn, CodeObject *co, Object *kwnames) {
    Object *names = list_new(0);
    if (!names)
        return -1;
    for (ssize_t k = 0; k < TUPLE_LEN(kwnames); k++) {
        Object *kw = TUPLE_GET(kwnames, k);
        for (int j = 0; j < co->co_posonlyargcount; j++) {
            if (str_eq(kw, TUPLE_GET(co->co_varnames, j))) {
                if (list_append(names, kw) < 0) {
                    DECREF(names);
                    return -1;
                }
                break;
            }
        }
    }
    if (LIST_LEN(names) == 0) {
        DECREF(names);
        return 0;
    }
    Object *sep = str_from_cstr(", ");
    Object *joined = sep ? str_join(sep, names) : NULL;
    if (joined)
        err_format(&Exc_TypeError, "%U() got some positional-only arguments passed as keyword "
                   "arguments: '%U'", fn->func_qualname, joined);
    XDECREF(sep);
    XDECREF(joined);
    DECREF(names);
    return 1;
}

/* The parameter slot a keyword names, or -1.  Names are interned, so identity nearly always
 * decides; the text comparison is the fallback. */
static int keyword_slot(CodeObject *co, Object *kw, int total) {
    Object **names = TUPLE_ITEMS(co->co_varnames);
    for (int j = co->co_posonlyargcount; j < total; j++)
        if (names[j] == kw)
            return j;
    for (int j = co->co_posonlyargcount; j < total; j++)
        if (str_eq(names[j], kw))
            return j;
    return -1;
}

/* The general binding; new references are taken.  0, or -1 with TypeError set. */
static int bind_general(Frame *f, FunctionObject *fn, CodeObject *co, Object *const *args,
                        ssize_t nargs, Object *kwnames) {
    Object **slots = f->localsplus;
    int total = co->co_argcount + co->co_kwonlyargcount;
    Object *kwdict = NULL;
    if (co->co_flags & CO_VARKEYWORDS) {
        if (!(kwdict = dict_new()))
            return -1;
        slots[total + !!(co->co_flags & CO_VARARGS)] = kwdict;
    }
    ssize_t n = nargs < co->co_argcount ? nargs : co->co_argcount;
    for (ssize_t i = 0; i < n; i++)
        slots[i] = NEWREF(args[i]);
    if (co->co_flags & CO_VARARGS) {
        Object *t = tuple_from_array(args + n, nargs - n);
        if (!t)
            return -1;
        slots[total] = t;
    }
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        Object *kw = TUPLE_GET(kwnames, k), *value = args[nargs + k];
        if (!IS_STR(kw)) {
            err_format(&Exc_TypeError, "%U() keywords must be strings", fn->func_qualname);
            return -1;
        }
        int j = keyword_slot(co, kw, total);
        if (j < 0) {
            if (kwdict) {
                if (dict_setitem(kwdict, kw, value) < 0)
                    return -1;
                continue;
            }
            if (co->co_posonlyargcount && posonly_as_keyword(fn, co, kwnames) != 0)
                return -1;
            err_format(&Exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                       fn->func_qualname, kw);
            return -1;
        }
        if (slots[j]) {
            err_format(&Exc_TypeError, "%U() got multiple values for argument '%S'",
                       fn->func_qualname, kw);
            return -1;
        }
        slots[j] = NEWREF(value);
    }
    if (nargs > co->co_argcount && !(co->co_flags & CO_VARARGS)) {
        too_many_positional(fn, co, nargs, slots);
        return -1;
    }
    if (nargs < co->co_argcount) {
        ssize_t defcount = fn->func_defaults ? TUPLE_LEN(fn->func_defaults) : 0;
        ssize_t m = co->co_argcount - defcount;
        for (ssize_t i = nargs; i < m; i++) {
            if (!slots[i]) {
                missing_arguments(fn, co, slots, 0, m, "positional");
                return -1;
            }
        }
        for (ssize_t i = n > m ? n - m : 0; i < defcount; i++)
            if (!slots[m + i])
                slots[m + i] = NEWREF(TUPLE_GET(fn->func_defaults, i));
    }
    if (co->co_kwonlyargcount > 0) {
        ssize_t missing = 0;
        for (int i = co->co_argcount; i < total; i++) {
            if (slots[i])
                continue;
            if (fn->func_kwdefaults) {
                Object *def = dict_getitem(fn->func_kwdefaults, TUPLE_GET(co->co_varnames, i));
                if (def) {
                    slots[i] = NEWREF(def);
                    continue;
                }
                if (err_occurred())
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(fn, co, slots, co->co_argcount, total, "keyword-only");
            return -1;
        }
    }
    return 0;
}

Frame *frame_for_call(Object *func, Object *const *args, ssize_t nargs, Object *kwnames,
                      bool steal) {
    FunctionObject *fn = (FunctionObject *)func;
    CodeObject *co = (CodeObject *)fn->func_code;
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    Frame *f = frame_alloc(co);
    if (!f)
        goto fail_release;
    f->func = steal ? func : NEWREF(func);
    f->globals = fn->func_globals;
    f->builtins = fn->func_builtins;
    if (nkw == 0 && nargs == co->co_argcount &&
        !(co->co_flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->co_kwonlyargcount == 0) {
        Object **slots = f->localsplus;
        if (steal) {
            for (ssize_t i = 0; i < nargs; i++)
                slots[i] = args[i];
        } else {
            for (ssize_t i = 0; i < nargs; i++)
                slots[i] = NEWREF(args[i]);
        }
    } else {
        int r = bind_general(f, fn, co, args, nargs, kwnames);
        if (steal)
            for (ssize_t i = 0; i < nargs + nkw; i++)
                DECREF(args[i]);
        if (r < 0) {
            frame_release(f);
            return NULL;
        }
    }
    /* Cells and free variables follow the locals: none for most functions. */
    if (f->nlocalsplus != co->co_nlocals && frame_init_cells(f, fn->func_closure) < 0) {
        frame_release(f);
        return NULL;
    }
    return f;

fail_release:
    if (steal) {
        for (ssize_t i = 0; i < nargs + nkw; i++)
            DECREF(args[i]);
        DECREF(func);
    }
    return NULL;
}
