/* lineedit.h — the line-editing library of the REPL, loaded when the REPL starts.
 *
 * libedit or GNU readline is opened with dlopen() (never linked: ouro needs only libc and libm),
 * and the part of readline's interface the REPL uses — the callback reader, history, completion —
 * is reached through the pointers below.  libedit's readline emulation exports the same names
 * with the same types, so one table serves both.  The prototypes are written here rather than
 * taken from <readline/readline.h>, so building needs no development package. */
#ifndef OURO_CLI_LINEEDIT_H
#define OURO_CLI_LINEEDIT_H

#include <stdbool.h>
#include <stdio.h>

/* readline's rl_vcpfunc_t, rl_compentry_func_t, rl_completion_func_t and rl_command_func_t. */
typedef void LeLineFn(char *line);
typedef char *LeEntryFn(const char *text, int state);
typedef char **LeCompletionFn(const char *text, int start, int end);
typedef int LeCommandFn(int count, int key);

typedef struct LineEdit {
    const char *soname;             /* the library that was opened */
    bool libedit;                   /* libedit's emulation (rl_bind_key binds only rl_insert) */
    /* functions */
    void (*callback_handler_install)(const char *prompt, LeLineFn *fn);
    void (*callback_handler_remove)(void);
    void (*callback_read_char)(void);
    void (*callback_sigcleanup)(void);          /* NULL when absent (readline < 7, libedit) */
    void (*free_line_state)(void);
    void (*cleanup_after_signal)(void);
    int (*insert_text)(const char *text);
    int (*complete)(int count, int key);
    char **(*completion_matches)(const char *text, LeEntryFn *fn);
    int (*bind_key)(int key, LeCommandFn *fn);
    void (*using_history)(void);
    void (*stifle_history)(int max);
    int (*read_history)(const char *path);
    int (*write_history)(const char *path);
    void (*add_history)(const char *line);      /* libedit's returns an int: ignored */
    /* variables */
    char **line_buffer;
    int *point;
    LeCompletionFn **attempted_completion_function;
    int *attempted_completion_over;
    int *completion_append_character;
    const char **readline_name;
    FILE **instream, **outstream;
    int *catch_signals;
    const char **library_version;
} LineEdit;

/* The library, opened on the first call: the one the build named (OURO_LINEEDIT_SONAME), else
 * the first of a list of common ones that opens and has every required symbol.  NULL when there
 * is none (or the build has OURO_LINEEDIT_NONE): the REPL then reads plain lines. */
const LineEdit *lineedit_load(void);

#endif
