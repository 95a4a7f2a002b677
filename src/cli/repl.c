/* repl.c — the interactive loop: CPython's REPL semantics on ouro.
 *
 * Each input is read with sys.ps1 (">>> ") and, while it is incomplete, sys.ps2 ("... "), then
 * compiled on its own in "single" mode as "<stdin>" — so an expression statement's value goes
 * through sys.displayhook (shown with repr, kept in builtins._, None not shown) — and run in
 * __main__.  Its syntax tree (with the constants it holds) lives until the input has run, as in
 * CPython's PyRun_InteractiveOneObject.  An exception is shown (sys.excepthook, sys.last_*) and
 * the loop goes on; SystemExit (exit(), quit()) or end of input (Ctrl-D) leaves it.
 *
 * When is an input complete?  CPython's interactive tokenizer asks for another line while a
 * bracket or a triple-quoted string is open or a line ends in a backslash, and a compound
 * statement (if/for/while/def/class/with/try/async/@decorator) goes on until an empty line.
 * Here a small scanner of the accumulated text decides the same thing (input_state below); the
 * compiler then has the last word: whatever it rejects is shown as the SyntaxError it raises.
 * A line that comes back to column 0 inside a compound statement (other than else/elif/
 * except/finally) ends the input at once, which gives CPython's immediate "invalid syntax".
 *
 * Ctrl-C: while code runs, the VM's own SIGINT handler turns it into KeyboardInterrupt; while
 * a line is being read, a handler installed only for that time interrupts the read and the loop
 * prints "KeyboardInterrupt" and starts a fresh input, as CPython does.
 *
 * Reading: when stdin and stdout are terminals and libedit or GNU readline can be opened
 * (lineedit.c loads it with dlopen when the REPL starts; ouro never links it), lines are read
 * through its callback interface (so a signal can cut the read short), with history kept in
 * ~/.ouro_history and Tab completing names of __main__, builtins and keywords.  Otherwise the
 * prompt goes to stderr and the line is read byte by byte from fd 0 (never past its newline:
 * what follows belongs to sys.stdin). */
#include "repl.h"
#include "lineedit.h"
#include "../vm/vm.h"
#include "../compiler/compiler.h"
#include "../modules/modules.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/select.h>

/* Lines of history kept in ~/.ouro_history (CPython's readline keeps 1000 too, by default). */
#define HISTORY_LINES 1000

/* ---- text ------------------------------------------------------------------------------------ */

typedef struct Text { char *s; size_t n, cap; } Text;

static int text_add(Text *t, const char *s, size_t n) {
    if (t->n + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 128;
        while (t->n + n + 1 > cap) cap *= 2;
        char *p = realloc(t->s, cap);
        if (!p) return -1;
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->n, s, n);
    t->n += n;
    t->s[t->n] = 0;
    return 0;
}

/* ---- SIGINT while reading ------------------------------------------------------------------ */

static volatile sig_atomic_t read_interrupted;

static void on_sigint_reading(int sig) {
    (void)sig;
    read_interrupted = 1;
}

/* Install the reading handler (no SA_RESTART: the blocked read or select must return EINTR),
 * keeping the VM's to put back. */
static void reading_begin(struct sigaction *saved) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint_reading;
    sigemptyset(&sa.sa_mask);
    read_interrupted = 0;
    sigaction(SIGINT, &sa, saved);
}

static void reading_end(const struct sigaction *saved) { sigaction(SIGINT, saved, NULL); }

/* Wait until fd can be read: 1, or 0 when Ctrl-C came first.  SIGINT is blocked except inside
 * pselect(), so one that arrives between the prompt and the wait is not lost. */
static int wait_readable(int fd) {
    sigset_t block, orig;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &orig);
    int r;
    for (;;) {
        if (read_interrupted) { r = 0; break; }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int n = pselect(fd + 1, &fds, NULL, NULL, NULL, &orig);
        if (n > 0 || (n < 0 && errno != EINTR)) { r = 1; break; }   /* errors: let read() say */
    }
    sigprocmask(SIG_SETMASK, &orig, NULL);
    return r;
}

/* ---- reading a line ------------------------------------------------------------------------ */

enum { READ_LINE = 1, READ_EOF = 0, READ_INTERRUPT = -1 };

/* Flush sys.stdout and sys.stderr (whatever they are now), so that output comes before the
 * prompt. */
static void flush_std(void) {
    static const char *const names[] = {"stderr", "stdout"};
    Object *saved = err_fetch();
    for (int i = 0; i < 2; i++) {
        Object *f = vm_sys_get(names[i]);
        if (!f || f == NONE) continue;
        Object *r = obj_call_method(f, "flush", NULL, 0);
        if (r) DECREF(r); else err_clear();
    }
    stream_flush_all();
    err_restore(saved);
}

/* The prompt: str(sys.ps1) or str(sys.ps2) as UTF-8 (malloc'd). */
static char *prompt_text(bool more) {
    Object *p = vm_sys_get(more ? "ps2" : "ps1");
    Object *s = p ? obj_str(p) : NULL;
    const char *u = s ? str_as_utf8(s) : NULL;
    char *r = strdup(u ? u : "");
    if (!u) err_clear();
    XDECREF(s);
    return r;
}

static int plain_read(const char *prompt, Text *line) {
    fputs(prompt, stderr);
    fflush(stderr);
    size_t start = line->n;
    for (;;) {
        char c;
        if (!wait_readable(0)) return READ_INTERRUPT;
        ssize_t n = read(0, &c, 1);
        if (n < 0 && errno == EINTR) {
            if (read_interrupted) return READ_INTERRUPT;
            continue;
        }
        if (n <= 0) return line->n > start ? READ_LINE : READ_EOF;
        if (text_add(line, &c, 1) < 0) return READ_EOF;
        if (c == '\n') return READ_LINE;
    }
}

static const LineEdit *le;      /* the line editor, when the REPL uses one */
static bool edit_ready;
static char *history_path;
static char *edit_line;         /* the line the callback handed over (malloc'd by the library) */
static bool edit_done;

static void on_edit_line(char *s) {
    edit_line = s;
    edit_done = true;
    le->callback_handler_remove();
}

/* Names for Tab: globals of __main__, builtins, keywords, that start with `text`. */
static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", NULL
};

static char *complete_name(const char *text, int state) {
    static size_t k;
    static ssize_t pos;
    static int stage;
    size_t n = strlen(text);
    if (state == 0) { k = 0; pos = 0; stage = 0; }
    while (stage < 2) {
        Object *d = stage == 0 ? MODULE_DICT(vm_main_module()) : vm_builtins();
        Object *key, *value;
        while (d && dict_next(d, &pos, &key, &value)) {
            const char *u = IS_STR(key) ? str_as_utf8(key) : NULL;
            if (u && strncmp(u, text, n) == 0) return strdup(u);
            if (!u) err_clear();
        }
        stage++;
        pos = 0;
    }
    while (keywords[k]) {
        const char *w = keywords[k++];
        if (strncmp(w, text, n) == 0) return strdup(w);
    }
    return NULL;
}

/* Are the first n bytes of the line being edited all blanks? */
static bool blank_before(int n) {
    const char *b = *le->line_buffer;
    for (int i = 0; b && i < n; i++)
        if (b[i] != ' ' && b[i] != '\t') return false;
    return true;
}

static char **complete(const char *text, int start, int end) {
    *le->attempted_completion_over = 1;         /* never file names */
    if (le->libedit && !*text && blank_before(start)) {
        /* libedit binds Tab to nothing but its completion, so tab_key's indent comes from here:
         * the one "match" (its list ends in two NULLs: libedit looks at [2]) is four blanks. */
        char **m = calloc(3, sizeof *m);
        if (m && !(m[0] = strdup("    "))) { free(m); m = NULL; }
        return m;
    }
    *le->completion_append_character = 0;       /* as CPython's rlcompleter: nothing after it */
    return le->completion_matches(text, complete_name);
}

/* Tab: with only blanks before the cursor it indents (as in CPython), else it completes. */
static int tab_key(int count, int key) {
    if (!blank_before(*le->point)) return le->complete(count, key);
    le->insert_text("    ");
    return 0;
}

static void edit_init(void) {
    edit_ready = true;
    *le->readline_name = "ouro";
    *le->instream = stdin;
    *le->outstream = stdout;
    *le->catch_signals = 0;         /* SIGINT stays ours: it must interrupt pselect() */
    *le->attempted_completion_function = complete;
    le->bind_key('\t', tab_key);
    le->using_history();
    le->stifle_history(HISTORY_LINES);
    const char *home = getenv("HOME");
    if (home && *home) {
        size_t n = strlen(home) + 32;
        history_path = malloc(n);
        if (history_path) {
            snprintf(history_path, n, "%s/.ouro_history", home);
            le->read_history(history_path);
        }
    }
}

static void edit_fini(void) {
    if (!edit_ready) return;
    if (history_path) {
        le->write_history(history_path);
        free(history_path);
        history_path = NULL;
    }
    edit_ready = false;
}

static int edit_read(const char *prompt, Text *line) {
    if (!edit_ready) edit_init();
    edit_line = NULL;
    edit_done = false;
    le->callback_handler_install(prompt, on_edit_line);
    int fd = fileno(*le->instream);
    while (!edit_done) {
        if (!wait_readable(fd)) {
            le->free_line_state();
            if (le->callback_sigcleanup) le->callback_sigcleanup();
            le->cleanup_after_signal();
            le->callback_handler_remove();
            return READ_INTERRUPT;
        }
        le->callback_read_char();
    }
    if (!edit_line) return READ_EOF;
    int ok = 0;
    if (edit_line[0]) {
        le->add_history(edit_line);
        ok = text_add(line, edit_line, strlen(edit_line));
    }
    free(edit_line);
    edit_line = NULL;
    if (ok < 0 || text_add(line, "\n", 1) < 0) return READ_EOF;
    return READ_LINE;
}

/* Read one line (with its newline unless input ended) into line. */
static int read_line(bool more, bool edit, Text *line) {
    flush_std();
    char *prompt = prompt_text(more);
    struct sigaction saved;
    reading_begin(&saved);
    int r = edit ? edit_read(prompt ? prompt : "", line) : plain_read(prompt ? prompt : "", line);
    reading_end(&saved);
    free(prompt);
    return r;
}

/* ---- is the input complete? ------------------------------------------------------------------ */

typedef struct Scan {
    int depth;                  /* open brackets */
    char quote;                 /* inside a string: its quote character, else 0 */
    bool triple;                /* ... a triple-quoted one */
    bool backslash;             /* the last line ended in a continuation backslash */
} Scan;

static bool scan_clean(const Scan *s) { return !s->depth && !s->quote && !s->backslash; }

/* Advance the scanner over one line (with its newline, if any). */
static void scan_line(Scan *s, const char *p, size_t n) {
    s->backslash = false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (s->quote) {
            if (c == '\\') {
                if (i + 1 < n && p[i + 1] != '\n' && p[i + 1] != '\r') { i++; continue; }
                s->backslash = !s->triple;      /* a continued one-line string */
                return;
            }
            if (c == '\n' && !s->triple) { s->quote = 0; return; }    /* unterminated */
            if (c != s->quote) continue;
            if (!s->triple) { s->quote = 0; continue; }
            if (i + 2 < n && p[i + 1] == c && p[i + 2] == c) { s->quote = 0; i += 2; }
            continue;
        }
        switch (c) {
        case '#': return;
        case '\'': case '"':
            s->quote = c;
            s->triple = i + 2 < n && p[i + 1] == c && p[i + 2] == c;
            if (s->triple) i += 2;
            break;
        case '(': case '[': case '{': s->depth++; break;
        case ')': case ']': case '}': if (s->depth > 0) s->depth--; break;
        case '\\':
            if (i + 1 == n || p[i + 1] == '\n' || (p[i + 1] == '\r' && i + 2 >= n - 1)) {
                s->backslash = true;
                return;
            }
            break;
        default: break;
        }
    }
}

static bool starts_word(const char *p, size_t n, const char *w) {
    size_t k = strlen(w);
    if (n < k || memcmp(p, w, k) != 0) return false;
    char c = k < n ? p[k] : ' ';
    return !(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             (c >= '0' && c <= '9') || (unsigned char)c >= 0x80);
}

/* Does a logical line starting with this text open a compound statement? */
static bool is_compound(const char *p, size_t n) {
    static const char *const heads[] = {"if", "while", "for", "try", "with", "def", "class",
                                        "async", NULL};
    if (n && p[0] == '@') return true;
    for (int i = 0; heads[i]; i++)
        if (starts_word(p, n, heads[i])) return true;
    if (starts_word(p, n, "match")) {       /* a soft keyword: only when the line ends in ':' */
        size_t e = n;
        while (e > 0 && strchr(" \t\r\n", p[e - 1])) e--;
        return e > 0 && p[e - 1] == ':';
    }
    return false;
}

static bool is_blank(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!strchr(" \t\n\r\f", p[i]) || p[i] == 0) return false;
    return true;
}

/* A line that only holds a comment (or nothing). */
static bool is_comment(const char *p, size_t n) {
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\f')) i++;
    return i == n || p[i] == '#' || p[i] == '\n' || p[i] == '\r';
}

enum { INPUT_EMPTY, INPUT_MORE, INPUT_COMPLETE };

/* What the accumulated input needs: nothing (blanks and comments only), more lines, or to be
 * compiled now. */
static int input_state(const char *s, size_t n) {
    Scan sc = {0};
    bool compound = false, started = false;
    const char *last = s;
    size_t last_n = 0;
    bool last_clean_start = true;
    for (size_t i = 0; i < n; ) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t k = nl ? (size_t)(nl - (s + i)) + 1 : n - i;
        bool clean = scan_clean(&sc);
        if (clean && !started && !is_comment(s + i, k)) {
            started = true;
            /* An indented first line is an IndentationError: compile at once. */
            compound = (s[i] != ' ' && s[i] != '\t') && is_compound(s + i, k);
        }
        scan_line(&sc, s + i, k);
        last = s + i;
        last_n = k;
        last_clean_start = clean;
        i += k;
    }
    if (!started) return sc.quote || sc.backslash || sc.depth ? INPUT_MORE : INPUT_EMPTY;
    if (!scan_clean(&sc)) return INPUT_MORE;
    if (!compound) return INPUT_COMPLETE;
    if (last == s) return INPUT_MORE;                   /* just the header so far */
    if (!last_clean_start) return INPUT_MORE;           /* the end of a multi-line construct */
    if (is_blank(last, last_n)) return INPUT_COMPLETE;
    if (is_comment(last, last_n) || last[0] == ' ' || last[0] == '\t') return INPUT_MORE;
    static const char *const go_on[] = {"else", "elif", "except", "finally", "case", "def",
                                        "class", "async", NULL};
    if (last[0] == '@') return INPUT_MORE;
    for (int i = 0; go_on[i]; i++)
        if (starts_word(last, last_n, go_on[i])) return INPUT_MORE;
    return INPUT_COMPLETE;              /* back at column 0: the compiler will say why not */
}

/* ---- running an input ---------------------------------------------------------------------- */

/* Show an exception as CPython's PyErr_Print does: sys.last_type/value/traceback set, then
 * sys.excepthook(type, value, tb).  Steals exc. */
static void show_exception(Object *exc) {
    Object *sysd = MODULE_DICT(vm_sys_module());
    Object *tb = exc_get_traceback(exc);
    if (dict_setitem_str(sysd, "last_type", (Object *)TYPE(exc)) < 0 ||
        dict_setitem_str(sysd, "last_value", exc) < 0 ||
        dict_setitem_str(sysd, "last_traceback", tb ? tb : NONE) < 0)
        err_clear();
    Object *hook = vm_sys_get("excepthook");
    Object *r = NULL;
    if (hook && hook != NONE) {
        Object *args[3] = {(Object *)TYPE(exc), exc, tb ? tb : NONE};
        r = obj_call(hook, args, 3, NULL);
    }
    if (r) {
        DECREF(r);
    } else {
        if (err_occurred()) err_clear();
        vm_print_exception(exc);
    }
    DECREF(exc);
}

/* Compile and run one input.  Returns -1, or the exit status when SystemExit was raised. */
static int run_input(const char *src, size_t len) {
    Arena *arena = arena_new();
    Object *fn = str_from_cstr("<stdin>");
    Object *code = arena && fn ? compile_source_in(src, (ssize_t)len, fn, MODE_SINGLE, arena)
                               : NULL;
    XDECREF(fn);
    Object *r = NULL;
    if (code) {
        Object *d = MODULE_DICT(vm_main_module());
        r = vm_eval_code(code, d, d);
        DECREF(code);
    }
    if (arena) arena_free(arena);
    if (r) { DECREF(r); return -1; }
    Object *exc = err_fetch();
    if (!exc) return -1;
    if (IS_INSTANCE(exc, &Exc_SystemExit)) {
        int status = cli_system_exit_status(exc);
        DECREF(exc);
        return status;
    }
    show_exception(exc);
    return -1;
}

/* sys.ps1 and sys.ps2 exist in interactive mode (a user may set their own first). */
static void set_prompts(void) {
    Object *sysd = MODULE_DICT(vm_sys_module());
    static const char *const keys[] = {"ps1", "ps2"}, *const values[] = {">>> ", "... "};
    for (int i = 0; i < 2; i++) {
        if (dict_getitem_str(sysd, keys[i])) continue;
        Object *v = str_from_cstr(values[i]);
        if (!v || dict_setitem_str(sysd, keys[i], v) < 0) err_clear();
        XDECREF(v);
    }
}

int repl_run(bool banner) {
    if (isatty(0) && isatty(1)) le = lineedit_load();
    bool edit = le != NULL;
    set_prompts();
    if (banner) {
        flush_std();
        fprintf(stderr, "ouro 0.1.0 (Python 3.11.7 compatible) on linux\n"
                        "Type \"exit()\" or Ctrl-D to leave.\n");
    }
    Text input = {0};
    int status = 0;
    for (;;) {
        bool more = input.n > 0;
        int r = read_line(more, edit, &input);
        if (r == READ_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            input.n = 0;
            continue;
        }
        int state;
        if (r == READ_EOF) {
            if (input.n == 0) {
                fputs("\n", stderr);    /* end the prompt's line, as CPython does */
                break;
            }
            fputs("\n", stderr);
            state = INPUT_COMPLETE;     /* Ctrl-D in the middle of an input runs it */
        } else {
            state = input_state(input.s, input.n);
        }
        if (state == INPUT_MORE) continue;
        /* Blank lines and comments alone are nothing to run: a fresh prompt. */
        if (state == INPUT_EMPTY || input_state(input.s, input.n) == INPUT_EMPTY) {
            input.n = 0;
            continue;
        }
        int st = run_input(input.s, input.n);
        input.n = 0;
        if (st >= 0) { status = st; break; }
        flush_std();
    }
    free(input.s);
    flush_std();
    if (edit) edit_fini();
    return status;
}
