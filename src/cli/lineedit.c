/* lineedit.c — open libedit or GNU readline at run time (see lineedit.h).
 *
 * The build asks pkg-config which library the system has (libedit first, then readline) and
 * passes its shared-object name as OURO_LINEEDIT_SONAME; that one is tried first, then the usual
 * names of both, so a build made without pkg-config still finds one.  A library is taken only
 * when every required symbol resolves; otherwise it is closed and the next is tried.  The
 * symbols are a table of (name, where the pointer goes), filled with dlsym().  dlopen() lives in
 * libc itself since glibc 2.34 and in musl; the Makefile adds -ldl only where it does not. */
#include "lineedit.h"

#if defined(OURO_LINEEDIT_NONE)

const LineEdit *lineedit_load(void) { return NULL; }

#else

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

#ifndef OURO_LINEEDIT_SONAME
#define OURO_LINEEDIT_SONAME ""
#endif

/* Names tried after the build's own: libedit's (Linux, FreeBSD, macOS), then readline 8, 7, 6. */
static const char *const fallback_sonames[] = {
    "libedit.so.2", "libedit.so.0", "libedit.so.8", "libedit.3.dylib",
    "libreadline.so.8", "libreadline.so.7", "libreadline.so.6", NULL
};

static const struct Symbol {
    const char *name;
    size_t field;               /* offsetof(LineEdit, ...) */
    bool optional;
} symbols[] = {
#define SYM(name, field) {name, offsetof(LineEdit, field), false}
#define OPT(name, field) {name, offsetof(LineEdit, field), true}
    SYM("rl_callback_handler_install", callback_handler_install),
    SYM("rl_callback_handler_remove", callback_handler_remove),
    SYM("rl_callback_read_char", callback_read_char),
    OPT("rl_callback_sigcleanup", callback_sigcleanup),
    SYM("rl_free_line_state", free_line_state),
    SYM("rl_cleanup_after_signal", cleanup_after_signal),
    SYM("rl_insert_text", insert_text),
    SYM("rl_complete", complete),
    SYM("rl_completion_matches", completion_matches),
    SYM("rl_bind_key", bind_key),
    SYM("using_history", using_history),
    SYM("stifle_history", stifle_history),
    SYM("read_history", read_history),
    SYM("write_history", write_history),
    SYM("add_history", add_history),
    SYM("rl_line_buffer", line_buffer),
    SYM("rl_point", point),
    SYM("rl_attempted_completion_function", attempted_completion_function),
    SYM("rl_attempted_completion_over", attempted_completion_over),
    SYM("rl_completion_append_character", completion_append_character),
    SYM("rl_readline_name", readline_name),
    SYM("rl_instream", instream),
    SYM("rl_outstream", outstream),
    SYM("rl_catch_signals", catch_signals),
    OPT("rl_library_version", library_version),
#undef SYM
#undef OPT
};

static LineEdit le;

_Static_assert(sizeof(void (*)(void)) == sizeof(void *), "function pointers are stored via void *");

/* Open soname and fill le from it: true, or false with nothing kept open. */
static bool try_open(const char *soname) {
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) return false;
    LineEdit got = {0};
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
        void *p = dlsym(h, symbols[i].name);
        if (!p && !symbols[i].optional) {
            dlclose(h);
            return false;
        }
        /* POSIX: a function's address fits a void * (as dlsym itself presumes). */
        memcpy((char *)&got + symbols[i].field, &p, sizeof p);
    }
    got.soname = soname;
    got.libedit = got.library_version && *got.library_version &&
                  strncmp(*got.library_version, "EditLine", 8) == 0;
    le = got;
    return true;
}

const LineEdit *lineedit_load(void) {
    static int state;           /* 0: not tried yet, 1: loaded, -1: none */
    if (state) return state > 0 ? &le : NULL;
    state = -1;
    const char *own = OURO_LINEEDIT_SONAME;
    if (*own && try_open(own)) {
        state = 1;
        return &le;
    }
    for (int i = 0; fallback_sonames[i]; i++) {
        if (strcmp(fallback_sonames[i], own) != 0 && try_open(fallback_sonames[i])) {
            state = 1;
            return &le;
        }
    }
    return NULL;
}

#endif
