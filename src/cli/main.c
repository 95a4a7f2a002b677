/* main.c — the `ouro` command: run a script, a -c command or standard input, as `python3` does;
 * the interactive loop (repl.c) on a terminal or with -i; notebooks (.ipynb, or .py files with
 * `# %%` cell markers) cell by cell (notebook.c).
 *
 * Exit status: 0 on success, 1 on an uncaught exception (its traceback on stderr) or a failed
 * notebook cell, the code of SystemExit, 2 on bad usage. */
#include "../vm/vm.h"
#include "../vm/builtins.h"
#include "../compiler/compiler.h"
#include "../compiler/astdump.h"
#include "../compiler/dis.h"
#include "../modules/modules.h"
#include "notebook.h"
#include "repl.h"
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OURO_VERSION_TEXT "ouro 0.1.0 (Python 3.11.7 compatible)"

static const char usage_text[] =
    "usage: ouro [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the version number and exit (also --version)\n"
    "--dump-ast file : print ast.dump() of the file's tree and exit\n"
    "--dis file      : disassemble the file's code and exit\n"
    "--notebook-out=out.ipynb : with a notebook, also write the executed notebook there\n"
    "file   : program read from script file; a notebook (.ipynb, or .py with '# %%'\n"
    "         cell markers) runs cell by cell\n"
    "-      : program read from stdin (default; interactive mode if stdin is a terminal)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

/* -i: SystemExit of the script is shown as an exception, and the REPL follows. */
static bool inspect_after;

int cli_system_exit_status(Object *exc) {
    Object *code = ((SystemExitObject *)exc)->code;
    if (!code || code == NONE) return 0;
    if (IS_INT(code)) {
        long v = int_as_long(code);
        if (v == -1 && err_occurred()) err_clear();
        return (int)(v & 0xff);
    }
    /* Any other code is printed to stderr, and the status is 1. */
    Object *s = obj_str(code);
    const char *t = s ? str_as_utf8(s) : NULL;
    stream_flush_all();
    if (t) fprintf(stderr, "%s\n", t);
    else err_clear();
    XDECREF(s);
    return 1;
}

/* The exit status for an exception that reached the top: SystemExit's code, else print the
 * traceback and give 1. */
static int handle_exception(void) {
    Object *exc = err_fetch();
    if (!exc) return 1;
    int status = 1;
    if (IS_INSTANCE(exc, &Exc_SystemExit) && !inspect_after) {
        status = cli_system_exit_status(exc);
    } else {
        /* As CPython's PyErr_Print: kept for a post-mortem (ouro -i, then sys.last_value). */
        Object *sysd = MODULE_DICT(vm_sys_module());
        Object *tb = exc_get_traceback(exc);
        if (dict_setitem_str(sysd, "last_type", (Object *)TYPE(exc)) < 0 ||
            dict_setitem_str(sysd, "last_value", exc) < 0 ||
            dict_setitem_str(sysd, "last_traceback", tb ? tb : NONE) < 0)
            err_clear();
        vm_print_exception(exc);
    }
    DECREF(exc);
    return status;
}

/* Compile and run the main program.  Its parser arena lives until the program ends, as in
 * CPython's pyrun_file (see compiler/compile.c). */
static int run_source(const char *src, ssize_t len, const char *filename) {
    Arena *arena = arena_new();
    Object *fn = str_from_cstr(filename);
    Object *code = (fn && arena) ? compile_source_in(src, len, fn, MODE_EXEC, arena) : NULL;
    XDECREF(fn);
    int status = 0;
    if (code) {
        Object *d = MODULE_DICT(vm_main_module());
        Object *r = vm_eval_code(code, d, d);
        DECREF(code);
        if (r) DECREF(r);
        else status = handle_exception();
    } else {
        status = handle_exception();
    }
    if (arena) arena_free(arena);
    return status;
}

static char *read_all_stdin(ssize_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) return NULL;
        size_t got = fread(buf + n, 1, cap - n - 1, stdin);
        n += got;
        if (got == 0) break;
        if (n == cap - 1) { char *b = realloc(buf, cap *= 2); if (!b) free(buf); buf = b; }
    }
    buf[n] = 0;
    *len = (ssize_t)n;
    return buf;
}

/* sys.path[0]: the script's folder (absolute), or "" for -c and stdin. */
static int set_path0(const char *script) {
    char dir[PATH_MAX] = "";
    if (script) {
        char real[PATH_MAX];
        if (realpath(script, real)) {
            char *slash = strrchr(real, '/');
            if (slash) { *slash = 0; snprintf(dir, sizeof dir, "%s", real[0] ? real : "/"); }
        }
    }
    Object *path = vm_sys_get("path"), *s = str_from_cstr(dir);
    int r = (path && s && IS_LIST(path)) ? list_insert(path, 0, s) : -1;
    XDECREF(s);
    return r;
}

/* --dump-ast / --dis: developer views of the compiler's work. */
static int inspect_file(const char *what, const char *path) {
    ssize_t len;
    char *src = vm_read_file(path, &len);
    if (!src) return handle_exception();
    Object *fn = str_from_cstr(path);
    int status = 0;
    if (strcmp(what, "--dis") == 0) {
        Object *code = compile_source(src, len, fn, MODE_EXEC);
        if (code) { code_dis(code, stdout); DECREF(code); } else status = handle_exception();
    } else {
        Arena *arena = arena_new();
        ModNode *mod = arena ? parse_source(src, len, fn, MODE_EXEC, arena) : NULL;
        Object *text = mod ? ast_dump(mod) : NULL;
        const char *t = text ? str_as_utf8(text) : NULL;
        if (t) printf("%s\n", t); else status = handle_exception();
        XDECREF(text);
        if (arena) arena_free(arena);
    }
    XDECREF(fn);
    mem_free(src);
    return status;
}

/* Plain `ouro`, `ouro -` and `ouro -i`: the REPL on a terminal (or with -i), else stdin as a
 * script, as CPython decides. */
static int run_stdin(bool interactive, bool quiet) {
    set_path0(NULL);
    if (interactive || isatty(0))
        return repl_run(!quiet && !interactive && isatty(0));
    ssize_t len;
    char *src = read_all_stdin(&len);
    if (!src) { fprintf(stderr, "ouro: cannot read stdin\n"); return 1; }
    int status = run_source(src, len, "<stdin>");
    free(src);
    return status;
}

static int run_script(const char *prog, const char *script) {
    /* CPython 3.11 names the script by its absolute path, made by prefixing the current folder
     * without normalising (python3 ./x.py shows "/cwd/./x.py"), in tracebacks, __file__ and
     * the can't-open message. */
    char cwd[PATH_MAX] = "", abs_script[2 * PATH_MAX + 2];
    if (script[0] != '/' && getcwd(cwd, sizeof cwd))
        snprintf(abs_script, sizeof abs_script, "%s/%s", cwd, script);
    else
        snprintf(abs_script, sizeof abs_script, "%s", script);
    FILE *probe = fopen(script, "rb");
    if (!probe) {
        int e = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, abs_script, e, strerror(e));
        return 2;
    }
    fclose(probe);
    ssize_t len;
    char *src = vm_read_file(script, &len);
    if (!src) return handle_exception();
    set_path0(script);
    script = abs_script;
    Object *fn = str_from_cstr(script);
    if (fn) dict_setitem(MODULE_DICT(vm_main_module()), ID(__file__), fn);
    XDECREF(fn);
    int status = run_source(src, len, script);
    mem_free(src);
    return status;
}

int main(int argc, char **argv) {
    int i = 1;
    const char *command = NULL, *script = NULL, *inspect = NULL, *nb_out = NULL;
    bool interactive = false, quiet = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) { puts(OURO_VERSION_TEXT); return 0; }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(a, "--dump-ast") == 0 || strcmp(a, "--dis") == 0) {
            if (i + 1 >= argc) { fprintf(stderr, "Argument expected for the %s option\n", a); return 2; }
            inspect = a;
            script = argv[++i];
            i++;
            break;
        }
        if (strncmp(a, "--notebook-out", 14) == 0 && (a[14] == '=' || a[14] == 0)) {
            if (a[14] == 0 && i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the --notebook-out option\n");
                return 2;
            }
            nb_out = a[14] ? a + 15 : argv[++i];
            if (!*nb_out) { fprintf(stderr, "ouro: --notebook-out needs a file name\n"); return 2; }
            continue;
        }
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n%s", usage_text);
                return 2;
            }
            command = argv[++i];
            break;
        }
        if (strcmp(a, "-") == 0 || a[0] != '-') break;
        if (strcmp(a, "-i") == 0) { interactive = true; continue; }
        if (strcmp(a, "-q") == 0) { quiet = true; continue; }
        if (strcmp(a, "-u") == 0) { stream_unbuffered = true; continue; }
        if (strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 ||
            strcmp(a, "-s") == 0 || strcmp(a, "-S") == 0)
            continue;   /* accepted for compatibility; no effect in ouro */
        fprintf(stderr, "Unknown option: %s\n%s", a, usage_text);
        return 2;
    }
    /* sys.argv: ['-c', args...] for -c, [script, args...] for a file, [''] or ['-'] for stdin. */
    int sargc;
    char **sargv;
    char dash_c[] = "-c";
    if (command) {
        sargc = argc - i;
        sargv = argv + i;
        sargv[0] = dash_c;
    } else if (i < argc && !inspect) {
        script = argv[i];
        sargc = argc - i;
        sargv = argv + i;
    } else {
        sargc = 0;
        sargv = NULL;
    }
    bool from_file = script && !inspect && strcmp(script, "-") != 0;
    Notebook *nb = NULL;
    if (from_file && notebook_detect(script)) {
        nb = notebook_load(script, nb_out);
        if (!nb) return 1;
    } else if (nb_out) {
        fprintf(stderr, "ouro: --notebook-out needs a notebook to run (a .ipynb file, or a .py "
                "file with '# %%%%' cells)\n");
        return 2;
    }
    inspect_after = interactive && (command || from_file);
    if (vm_init(sargc, sargv) < 0) {
        fprintf(stderr, "ouro: start-up failed\n");
        if (err_occurred()) handle_exception();
        return 1;
    }
    if (inspect) return inspect_file(inspect, script);
    int status;
    if (nb) {
        set_path0(script);
        status = notebook_run(nb);
    } else if (command) {
        set_path0(NULL);
        status = run_source(command, (ssize_t)strlen(command), "<string>");
    } else if (from_file) {
        status = run_script(argv[0], script);
        if (status == 2 && inspect_after) return 2;     /* no such file: CPython stops too */
    } else {
        status = run_stdin(interactive, quiet);
    }
    if (inspect_after) {
        inspect_after = false;
        status = repl_run(false);
    }
    vm_fini();
    if (err_occurred()) err_clear();
    return status;
}
