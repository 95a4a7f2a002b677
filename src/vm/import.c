/* import.c — finding and loading modules.
 *
 * `import a.b` imports `a`, then `a.b`, each looked up first in sys.modules, then among the
 * built-in modules (modules/modules.c), then as a .py file (or a package folder with
 * __init__.py) along sys.path.  A module goes into sys.modules before its code runs, so circular
 * imports see the partly initialised module, as in CPython. */
#include "vm.h"
#include "builtins.h"
#include "../compiler/compiler.h"
#include "../modules/modules.h"
#include "frozen.h"
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

Object *vm_sys_modules(void) {
    Object *m = vm_sys_get("modules");
    return m && IS_DICT(m) ? m : NULL;
}

/* Read a whole file; malloc'd text via mem_alloc, NUL-terminated; NULL + OSError. */
char *vm_read_file(const char *path, ssize_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        Object *fn = str_from_cstr(path);
        err_from_errno(&Exc_OSError, fn);
        XDECREF(fn);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = mem_alloc(cap);
    for (;;) {
        if (!buf) { fclose(f); err_no_memory(); return NULL; }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        char *b = mem_realloc(buf, cap * 2);
        if (!b) mem_free(buf);
        buf = b;
        cap *= 2;
    }
    fclose(f);
    buf[n] = 0;
    *len = (ssize_t)n;
    return buf;
}

static const FrozenModule *frozen_find(const char *name) {
    for (const FrozenModule *f = frozen_modules; f->name; f++)
        if (strcmp(f->name, name) == 0) return f;
    return NULL;
}

/* Compile and run `src` as the body of `module`; 0 or -1. */
static int exec_source_in(Object *module, const char *src, ssize_t len, const char *filename) {
    Object *fname = str_from_cstr(filename);
    Object *code = fname ? compile_source(src, len, fname, MODE_EXEC) : NULL;
    XDECREF(fname);
    if (!code) return -1;
    Object *d = MODULE_DICT(module);
    Object *r = vm_eval_code(code, d, d);
    DECREF(code);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Compile and run `path` as the body of `module`; 0 or -1. */
int vm_exec_file_in(Object *module, const char *path) {
    ssize_t len;
    char *src = vm_read_file(path, &len);
    if (!src) return -1;
    int r = exec_source_in(module, src, len, path);
    mem_free(src);
    return r;
}

static bool is_file(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISREG(st.st_mode); }

/* Find `name` (the last part of a dotted name) in the folders of `path` (a list of str):
 * a module file or a package's __init__.py.  Writes the file into out; 1 found (is_pkg set), 0 not. */
static int find_source(Object *path, const char *name, char *out, size_t outsz, bool *is_pkg) {
    if (!path || !IS_LIST(path)) return 0;
    for (ssize_t i = 0; i < LIST_LEN(path); i++) {
        Object *dir = LIST_GET(path, i);
        if (!IS_STR(dir)) continue;
        const char *d = str_as_utf8(dir);
        if (!d) { err_clear(); continue; }
        const char *sep = *d ? "/" : "";
        snprintf(out, outsz, "%s%s%s/__init__.py", d, sep, name);
        if (is_file(out)) { *is_pkg = true; return 1; }
        snprintf(out, outsz, "%s%s%s.py", d, sep, name);
        if (is_file(out)) { *is_pkg = false; return 1; }
    }
    return 0;
}

/* A module of src/lib shipped in the binary: no __file__, like CPython's frozen modules. */
static Object *load_frozen_module(Object *fullname, const FrozenModule *fm, Object *modules) {
    Object *m = module_new(fullname);
    if (!m) return NULL;
    Object *d = MODULE_DICT(m);
    const char *full = fm->name, *dot = strrchr(full, '.');
    Object *pkg = fm->is_package ? NEWREF(fullname) : str_from_utf8(full, dot ? dot - full : 0);
    int bad = !pkg || dict_setitem(d, ID(__package__), pkg) < 0;
    XDECREF(pkg);
    if (!bad && fm->is_package) {
        Object *pathlist = list_new(0);
        bad = !pathlist || dict_setitem(d, ID(__path__), pathlist) < 0;
        XDECREF(pathlist);
    }
    if (bad || dict_setitem(modules, fullname, m) < 0) { DECREF(m); return NULL; }
    char filename[300];
    snprintf(filename, sizeof filename, "<frozen %s>", fm->name);
    if (exec_source_in(m, fm->source, (ssize_t)fm->size, filename) < 0) {
        Object *exc = err_fetch();
        if (dict_delitem(modules, fullname) < 0) err_clear();
        err_restore(exc);
        DECREF(m);
        return NULL;
    }
    DECREF(m);
    m = dict_getitem(modules, fullname);
    if (!m) return err_format(&Exc_ImportError, "Loaded module %U not found in sys.modules", fullname);
    return NEWREF(m);
}

static Object *load_source_module(Object *fullname, const char *file, bool is_pkg, Object *modules) {
    Object *m = module_new(fullname);
    if (!m) return NULL;
    Object *d = MODULE_DICT(m), *f = str_from_cstr(file);
    if (!f || dict_setitem(d, ID(__file__), f) < 0) goto fail;
    if (is_pkg) {
        const char *slash = strrchr(file, '/');
        Object *dir = str_from_utf8(file, slash ? slash - file : 0);
        Object *pathlist = dir ? list_new(0) : NULL;
        int bad = !pathlist || list_append(pathlist, dir) < 0 ||
                  dict_setitem(d, ID(__path__), pathlist) < 0 ||
                  dict_setitem(d, ID(__package__), fullname) < 0;
        XDECREF(dir); XDECREF(pathlist);
        if (bad) goto fail;
    } else {
        const char *full = str_as_utf8(fullname);
        const char *dot = full ? strrchr(full, '.') : NULL;
        Object *pkg = str_from_utf8(full ? full : "", dot ? dot - full : 0);
        int bad = !pkg || dict_setitem(d, ID(__package__), pkg) < 0;
        XDECREF(pkg);
        if (bad) goto fail;
    }
    if (dict_setitem(modules, fullname, m) < 0) goto fail;
    if (vm_exec_file_in(m, file) < 0) {
        Object *exc = err_fetch();
        if (dict_delitem(modules, fullname) < 0) err_clear();
        err_restore(exc);
        goto fail;
    }
    XDECREF(f);
    DECREF(m);
    /* What the module's code left in sys.modules is the module (it may have replaced itself). */
    m = dict_getitem(modules, fullname);
    if (!m) return err_format(&Exc_ImportError, "Loaded module %U not found in sys.modules", fullname);
    return NEWREF(m);
fail:
    XDECREF(f);
    DECREF(m);
    return NULL;
}

static Object *not_found(Object *fullname) {
    Object *msg = str_from_format("No module named %R", fullname);
    if (!msg) return NULL;
    Object *exc = exc_new(&Exc_ModuleNotFoundError, &msg, 1);
    DECREF(msg);
    if (!exc) return NULL;
    ImportErrorObject *ie = (ImportErrorObject *)exc;
    SETREF(ie->name, NEWREF(fullname));
    err_restore(exc);
    return NULL;
}

/* Import one fully qualified module whose parent (if any) is already imported. */
static Object *import_one(Object *fullname, Object *parent, const char *lastname) {
    Object *modules = vm_sys_modules();
    if (!modules) return err_format(&Exc_RuntimeError, "sys.modules is not a dict");
    Object *m = dict_getitem(modules, fullname);
    if (m) return NEWREF(m);
    if (err_occurred()) return NULL;
    if (!parent) {
        ModuleDef *def = builtin_module_find(lastname);
        if (def) {
            m = module_from_def(def);
            if (!m) return NULL;
            if (dict_setitem(modules, fullname, m) < 0) { DECREF(m); return NULL; }
            return m;
        }
    }
    const char *fulltext = str_as_utf8(fullname);
    const FrozenModule *fm = fulltext ? frozen_find(fulltext) : NULL;
    if (fm) return load_frozen_module(fullname, fm, modules);
    Object *path = NULL;
    if (parent) {
        if (obj_lookup_attr(parent, ID(__path__), &path) < 0) return NULL;
        if (!path) {
            const char *pn = str_as_utf8(((ModuleObject *)parent)->md_name ? ((ModuleObject *)parent)->md_name : fullname);
            Object *msg = str_from_format("No module named %R; '%s' is not a package", fullname, pn ? pn : "?");
            if (!msg) return NULL;
            Object *exc = exc_new(&Exc_ModuleNotFoundError, &msg, 1);
            DECREF(msg);
            if (exc) err_restore(exc);
            return NULL;
        }
    } else {
        path = vm_sys_get("path");
        XINCREF(path);
    }
    char file[4096];
    bool is_pkg = false;
    int found = find_source(path, lastname, file, sizeof file, &is_pkg);
    XDECREF(path);
    if (!found) return not_found(fullname);
    return load_source_module(fullname, file, is_pkg, modules);
}

/* The package a relative import starts from: __package__, else derived from __name__. */
static Object *resolve_relative(Object *name, Object *globals, int level) {
    Object *pkg = globals && IS_DICT(globals) ? dict_getitem(globals, ID(__package__)) : NULL;
    Object *base = NULL;
    if (pkg && pkg != NONE) {
        base = NEWREF(pkg);
    } else if (globals && IS_DICT(globals)) {
        Object *modname = dict_getitem(globals, ID(__name__));
        if (modname && IS_STR(modname)) {
            if (dict_getitem(globals, ID(__path__))) {
                base = NEWREF(modname);
            } else {
                ssize_t dot = -1;
                for (ssize_t i = STR_LEN(modname) - 1; i >= 0; i--)
                    if (STR_AT(modname, i) == '.') { dot = i; break; }
                if (dot >= 0) base = str_substring(modname, 0, dot);
            }
        }
    }
    if (!base || STR_LEN(base) == 0) {
        XDECREF(base);
        return err_format(&Exc_ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        ssize_t dot = -1;
        for (ssize_t j = STR_LEN(base) - 1; j >= 0; j--)
            if (STR_AT(base, j) == '.') { dot = j; break; }
        if (dot < 0) { DECREF(base); return err_format(&Exc_ImportError, "attempted relative import beyond top-level package"); }
        SETREF(base, str_substring(base, 0, dot));
        if (!base) return NULL;
    }
    if (!name || STR_LEN(name) == 0) return base;
    Object *r = str_from_format("%U.%U", base, name);
    DECREF(base);
    return r;
}

/* `from package import name`: a name the package does not define may be a submodule, which is
 * imported then (CPython's _handle_fromlist).  A missing one is left for IMPORT_FROM to report. */
static int import_fromlist(Object *pkg, Object *fromlist) {
    Object *path;
    if (obj_lookup_attr(pkg, ID(__path__), &path) < 0) return -1;
    if (!path) return 0;
    DECREF(path);
    Object *pkgname = ((ModuleObject *)pkg)->md_name;
    Object *it = obj_get_iter(fromlist), *item;
    if (!it) return -1;
    while ((item = iter_next(it))) {
        Object *have = NULL;
        int r = (IS_STR(item) && !str_eq_cstr(item, "*") && pkgname)
                ? obj_lookup_attr(pkg, item, &have) : 1;
        if (r == 0) {
            Object *full = str_from_format("%U.%U", pkgname, item);
            Object *sub = full ? vm_import(full, NULL, NULL, 0) : NULL;
            XDECREF(full);
            if (sub) DECREF(sub);
            else if (err_matches(&Exc_ModuleNotFoundError)) err_clear();
            else r = -1;
        }
        XDECREF(have);
        DECREF(item);
        if (r < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

Object *vm_import(Object *name, Object *globals, Object *fromlist, int level) {
    if (!IS_STR(name)) return err_format(&Exc_TypeError, "module name must be str, not %.100s", TYPE(name)->tp_name);
    if (level < 0) return err_format(&Exc_ValueError, "level must be >= 0");
    Object *full = level > 0 ? resolve_relative(name, globals, level) : NEWREF(name);
    if (!full) return NULL;
    if (STR_LEN(full) == 0) { DECREF(full); return err_format(&Exc_ValueError, "Empty module name"); }
    const char *text = str_as_utf8(full);
    if (!text) { DECREF(full); return NULL; }
    /* Import each prefix a, a.b, a.b.c in turn. */
    Object *top = NULL, *parent = NULL, *mod = NULL;
    const char *p = text;
    for (;;) {
        const char *dot = strchr(p, '.');
        ssize_t upto = dot ? dot - text : (ssize_t)strlen(text);
        Object *prefix = str_from_utf8(text, upto);
        char last[256];
        snprintf(last, sizeof last, "%.*s", (int)((dot ? dot : p + strlen(p)) - p), p);
        mod = prefix ? import_one(prefix, parent, last) : NULL;
        if (mod && parent) {
            /* Bind the submodule as an attribute of its package. */
            Object *lastobj = str_from_cstr(last);
            if (!lastobj || obj_setattr(parent, lastobj, mod) < 0) CLEAR(mod);
            XDECREF(lastobj);
        }
        XDECREF(prefix);
        XDECREF(parent);
        if (!mod) { XDECREF(top); DECREF(full); return NULL; }
        if (!top) top = NEWREF(mod);
        if (!dot) break;
        parent = mod;
        p = dot + 1;
    }
    DECREF(full);
    bool want_leaf = (fromlist && fromlist != NONE && obj_is_true(fromlist) > 0);
    if (want_leaf) {
        DECREF(top);
        if (import_fromlist(mod, fromlist) < 0) CLEAR(mod);
        return mod;
    }
    DECREF(mod);
    return top;
}

Object *vm_import_cstr(const char *name) {
    Object *n = str_from_cstr(name);
    if (!n) return NULL;
    Object *m = vm_import(n, NULL, NULL, 0);
    DECREF(n);
    return m;
}
