/* parser.c — Python 3.11 source to the AST of ast.h.
 *
 * The grammar is CPython 3.11's PEG grammar (Grammar/python.gram), written by hand as a
 * recursive descent parser with backtracking over a buffer of tokens: each rule is a function
 * that returns its node, or NULL with the mark restored.  Where the alternatives of a rule can
 * be told apart by one token the code dispatches on it; left-recursive rules (binary operators,
 * primaries, t_primary) are loops.  Assignment targets are parsed by the target rules of the
 * grammar (star_targets, t_primary...), so what is accepted, and where, is CPython's.
 *
 * Errors follow CPython's two-pass scheme, which decides every message and location:
 *   pass 1 parses without the grammar's invalid_* rules; if it fails without an exception,
 *   the furthest token it fetched is remembered, the memo is cleared and pass 2 parses again
 *   with the invalid_* checks on (the code guarded by p->call_invalid).  A check that matches
 *   raises its specialised message; if none does, "invalid syntax" is reported at the token
 *   remembered from pass 1.  A syntax error raised by the parser is then overridden by any
 *   tokenizer error further on in the source (unterminated strings, unmatched brackets...).
 *   Once an exception is pending nothing more is parsed: the first error stands.
 * Results are memoised per token for the rules that pass 1 may re-enter at one position
 * (expression after a failed tuple, say), and in pass 2 also for the rules the invalid_* checks
 * parse again and again; without the memo nested brackets would cost exponential time.
 *
 * The shapes that recur in the grammar are written once, in the section "repeated shapes":
 * gathers (','.rule+ [',']), optional parts, prefix operators, item repetitions, and the
 * invalid_* hooks of pass 2 (INVALID_FIRST before a rule's alternatives, FAIL_WITH_CHECK after
 * them); nodes are built from compound literals (NEW_EXPR and friends).
 *
 * String literals are decoded here (escapes, bytes, f-strings); an f-string's expressions are
 * parsed by a nested Parser on "(expr)", shifted to their place in the source as CPython 3.11
 * does. */
#include "compiler.h"
#include "tokenizer.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/numbers.h"
#include "../objects/abstract.h"
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include <assert.h>

/* CPython's MAXSTACK: rule nesting deeper than this raises MemoryError ("too complex"); it
 * also bounds the C stack this recursive parser uses. */
#define MAXSTACK 6000
#define CURRENT_POS (-5)           /* an error column meaning "where the tokenizer is" */

typedef struct Memo {
    int type;
    void *node;
    int mark;
    struct Memo *next;
} Memo;

/* Memoised rules. */
enum {
    M_EXPRESSION = 1, M_DISJUNCTION, M_CONJUNCTION, M_INVERSION, M_BITWISE_OR, M_STAR_EXPR,
    M_FACTOR, M_PRIMARY, M_ARGUMENTS, M_BLOCK, M_INVALID_NAMED, M_STAR_TARGET, M_T_PRIMARY,
    M_TARGET_WITH_STAR_ATOM, M_STRINGS, M_CLOSED_PATTERN, M_SIMPLE_STMT, M_BITWISE_XOR,
    M_BITWISE_AND, M_SHIFT, M_SUM, M_TERM, M_POWER, M_DEL_TARGET, M_SLICES
};

typedef struct Parser {
    Tokenizer tok;
    Token **tokens;
    int fill, size, mark;
    Arena *arena;               /* the AST's */
    Arena *tmp;                 /* tokens and memo entries, freed when parsing ends */
    int error;                  /* an exception is pending: unwind */
    int call_invalid;           /* second pass: the invalid_* rules are active */
    int depth;                  /* rule nesting, bounded by MAXSTACK */
    CompileMode mode;
    int parsing_started;
    Object *filename;
    int fstring;                /* this parser reads the expression of an f-string */
    int starting_lineno;        /* f-string parser: its line 1 is the source's line this + 1 */
    int starting_col_offset;    /* f-string parser: added to the columns of its line 1 */
    int no_memo_store;          /* > 0: results are not memoised (a look-ahead parse) */
} Parser;

typedef enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;

/* ---- forward declarations ------------------------------------------------------------------ */
static Expr *expression(Parser *p);
static Expr *expression_without_invalid(Parser *p);
static Expr *named_expression(Parser *p);
static Expr *star_expressions(Parser *p);
static Expr *star_expression(Parser *p);
static Expr *star_named_expression(Parser *p);
static Seq *star_named_expressions(Parser *p);
static Expr *disjunction(Parser *p);
static Expr *bitwise_or(Parser *p);
static Expr *primary(Parser *p);
static Expr *atom(Parser *p);
static Expr *slices(Parser *p);
static Expr *lambdef(Parser *p);
static Expr *yield_expr(Parser *p);
static Expr *assignment_expression(Parser *p);
static Expr *starred_expression(Parser *p);
static Expr *expressions(Parser *p);
static Expr *strings(Parser *p);
static Expr *genexp(Parser *p);
static Expr *arguments(Parser *p);
static Seq *for_if_clauses(Parser *p);
static Expr *star_targets(Parser *p);
static Expr *star_target(Parser *p);
static Expr *t_primary(Parser *p);
static Seq *statements(Parser *p);
static Seq *block(Parser *p);
static Seq *simple_stmts(Parser *p);
static Stmt *compound_stmt(Parser *p);
static Pattern *pattern(Parser *p);
static Seq *del_targets(Parser *p);
static Expr *annotated_rhs(Parser *p);
static Arguments *params(Parser *p);
static Arguments *lambda_params(Parser *p);
static Expr *bitwise_xor(Parser *p);
static Expr *invalid_kwarg(Parser *p);

/* ---- tokens --------------------------------------------------------------------------------- */

/* Report a tokenizer failure as CPython's tokenizer_error(). */
static int tokenizer_error(Parser *p);

static int fill_token(Parser *p)
{
    if (p->fill == p->size) {
        int size = p->size ? p->size * 2 : 256;
        Token **t = mem_realloc(p->tokens, (size_t)size * sizeof(Token *));
        if (!t) { err_no_memory(); return -1; }
        p->tokens = t;
        p->size = size;
    }
    Token *t = arena_alloc(p->tmp, sizeof(Token));
    if (!t) return -1;
    int type = tok_get(&p->tok, t);
    if (p->mode == MODE_SINGLE && type == TK_ENDMARKER && p->parsing_started) {
        t->type = type = TK_NEWLINE;
        p->parsing_started = 0;
        if (p->tok.indent) {
            p->tok.pendin = -p->tok.indent;
            p->tok.indent = 0;
        }
    }
    else
        p->parsing_started = 1;
    if (p->tok.lineno == 1) {
        t->col_offset += p->starting_col_offset;
        t->end_col_offset += p->starting_col_offset;
    }
    p->tokens[p->fill++] = t;
    if (type == TK_ERRORTOKEN) return tokenizer_error(p);
    return 0;
}

/* The token at the mark, fetched if needed; NULL on error. */
static inline Token *peek(Parser *p)
{
    if (p->error) return NULL;          /* nothing is parsed once an error is pending */
    if (p->mark == p->fill && fill_token(p) < 0) {
        p->error = 1;
        return NULL;
    }
    return p->tokens[p->mark];
}

static inline int peek_type(Parser *p)
{
    Token *t = peek(p);
    return t ? t->type : -1;
}

/* Type of the token k positions after the mark (k >= 0), fetching as needed. */
static int peek_type_at(Parser *p, int k)
{
    if (p->error) return -1;
    while (p->mark + k >= p->fill) {
        if (p->error) return -1;
        if (fill_token(p) < 0) { p->error = 1; return -1; }
    }
    return p->tokens[p->mark + k]->type;
}

static inline Token *expect(Parser *p, int type)
{
    Token *t = peek(p);
    if (t && t->type == type) {
        p->mark++;
        return t;
    }
    return NULL;
}

static inline Token *last_token(Parser *p) { return p->tokens[p->mark - 1]; }

static int tok_is_soft(Token *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->type == TK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, kw, n) == 0;
}

static Token *expect_soft(Parser *p, const char *kw)
{
    Token *t = peek(p);
    if (t && tok_is_soft(t, kw)) {
        p->mark++;
        return t;
    }
    return NULL;
}

static int is_soft_keyword(Token *t)
{
    return tok_is_soft(t, "match") || tok_is_soft(t, "case") || tok_is_soft(t, "_");
}

/* ---- errors --------------------------------------------------------------------------------- */

/* Characters in the first col bytes of a line, capped as CPython's
 * _PyPegen_byte_offset_to_character_offset does. */
static int byte_to_char_offset(Object *line, int col)
{
    ssize_t len;
    const char *s = str_as_utf8_len(line, &len);
    if (!s) return -1;
    len = (ssize_t)strlen(s);
    if (col > len + 1) col = (int)len + 1;
    if (col < 0) return col;
    if (col > len) return (int)utf8_char_count(s, len) + (int)(col - len);
    return (int)utf8_char_count(s, col);
}

/* The source line `lineno` from the buffer, without its newline (CPython's
 * get_error_line_from_tokenizer_buffers). */
static Object *error_line_from_buffer(Parser *p, int lineno)
{
    const char *cur = p->tok.buf;
    int rel = lineno - p->starting_lineno;
    for (int i = 0; i < rel - 1; i++) {
        const char *nl = strchr(cur, '\n');
        if (!nl || nl + 1 > p->tok.inp) break;
        cur = nl + 1;
    }
    const char *nl = strchr(cur, '\n');
    if (!nl) nl = cur + strlen(cur);
    return str_from_utf8_lossy(cur, nl - cur);
}

/* Raise errtype at the given place.  col and end_col are 1-based byte columns, or CURRENT_POS,
 * or <= 0 for "none"; they become character offsets as CPython reports them. */
static void *raise_error_at(Parser *p, TypeObject *errtype, int lineno, int col, int end_lineno,
                            int end_col, const char *fmt, va_list va)
{
    if (p->error && err_occurred()) return NULL;    /* the first error stands */
    p->error = 1;
    int tok_lineno = p->tok.lineno + p->tok.lineno_offset;
    if (end_lineno == CURRENT_POS) end_lineno = tok_lineno;
    if (end_col == CURRENT_POS) end_col = (int)(p->tok.cur - p->tok.line_start);
    if (col == CURRENT_POS) col = (int)(p->tok.cur - p->tok.line_start);
    char msg[1024];
    int n = 0;
    if (p->fstring) n = snprintf(msg, sizeof msg, "f-string: ");
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, va);
    Object *line;
    if (tok_lineno <= lineno && p->tok.inp > p->tok.buf_line)
        line = str_from_utf8_lossy(p->tok.buf_line, p->tok.inp - p->tok.buf_line);
    else
        line = error_line_from_buffer(p, lineno);
    if (!line) return NULL;
    if (p->fstring) {
        col -= p->starting_col_offset;
        end_col -= p->starting_col_offset;
    }
    int col_number = byte_to_char_offset(line, col);
    int end_col_number = end_col;
    if (end_col_number > 0) end_col_number = byte_to_char_offset(line, end_col);
    if (col_number < 0 && col >= 0) { DECREF(line); return NULL; }
    err_syntax(errtype, msg, p->filename, lineno, col_number, line, end_lineno, end_col_number);
    DECREF(line);
    return NULL;
}

/* RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (or CURRENT_POS / -1). */
static void *raise_known(Parser *p, TypeObject *type, int lineno, int col, int end_lineno,
                         int end_col, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int c1 = col == CURRENT_POS ? CURRENT_POS : col + 1;
    int c2 = end_col == CURRENT_POS ? CURRENT_POS : end_col + 1;
    raise_error_at(p, type, lineno, c1, end_lineno, c2, fmt, va);
    va_end(va);
    return NULL;
}

/* _PyPegen_raise_error: at the last token fetched (use_mark 0) or the token at the mark. */
static void *raise_error_v(Parser *p, TypeObject *type, int use_mark, const char *fmt, va_list va)
{
    if (p->error && err_occurred()) return NULL;
    if (p->fill == 0) return raise_error_at(p, type, 0, 0, 0, -1, fmt, va);
    if (use_mark && p->mark == p->fill && fill_token(p) < 0) {
        p->error = 1;
        return NULL;
    }
    Token *t = p->tokens[use_mark ? p->mark : p->fill - 1];
    int col, end_col = -1;
    if (t->col_offset == -1) {
        if (p->tok.cur == p->tok.buf) col = 0;
        else col = (int)(p->tok.cur - p->tok.line_start);
    }
    else
        col = t->col_offset + 1;
    if (t->end_col_offset != -1) end_col = t->end_col_offset + 1;
    return raise_error_at(p, type, t->lineno, col, t->end_lineno, end_col, fmt, va);
}

static void *syntax_error(Parser *p, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    raise_error_v(p, &Exc_SyntaxError, 0, fmt, va);
    va_end(va);
    return NULL;
}

static void *indentation_error(Parser *p, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    raise_error_v(p, &Exc_IndentationError, 0, fmt, va);
    va_end(va);
    return NULL;
}

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE / _STARTING_FROM on positions. */
static void *error_range(Parser *p, Pos a, Pos b, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    raise_error_at(p, &Exc_SyntaxError, a.lineno, a.col_offset + 1, b.end_lineno,
                   b.end_col_offset + 1, fmt, va);
    va_end(va);
    return NULL;
}

static void *error_starting_from(Parser *p, Pos a, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    raise_error_at(p, &Exc_SyntaxError, a.lineno, a.col_offset + 1, CURRENT_POS, CURRENT_POS,
                   fmt, va);
    va_end(va);
    return NULL;
}

/* The place of the tokens first..last */
static Pos span(Token *first, Token *last)
{
    return (Pos){first->lineno, first->col_offset, last->end_lineno, last->end_col_offset};
}

static Pos tok_pos(Token *t)
{
    return span(t, t);
}

static void raise_unclosed_parentheses_error(Parser *p)
{
    int lineno = p->tok.parenlinenostack[p->tok.level - 1];
    int col = p->tok.parencolstack[p->tok.level - 1];
    raise_known(p, &Exc_SyntaxError, lineno, col, lineno, -1, "'%c' was never closed",
                p->tok.parenstack[p->tok.level - 1]);
}

static int tokenizer_error(Parser *p)
{
    if (err_occurred()) { p->error = 1; return -1; }
    const char *msg;
    TypeObject *type = &Exc_SyntaxError;
    int col = -1;
    switch (p->tok.done) {
    case E_EOF:
        if (p->tok.level) raise_unclosed_parentheses_error(p);
        else syntax_error(p, "unexpected EOF while parsing");
        return -1;
    case E_DEDENT:
        indentation_error(p, "unindent does not match any outer indentation level");
        return -1;
    case E_TABSPACE:
        type = &Exc_TabError;
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
    case E_TOODEEP:
        type = &Exc_IndentationError;
        msg = "too many levels of indentation";
        break;
    case E_LINECONT:
        col = (int)(p->tok.cur - p->tok.buf_line) - 1;
        msg = "unexpected character after line continuation character";
        break;
    default:
        msg = "unknown parsing error";
    }
    int line = p->tok.lineno + p->tok.lineno_offset;
    raise_known(p, type, line, col >= 0 ? col : 0, line, -1, "%s", msg);
    return -1;
}

/* ---- memo ----------------------------------------------------------------------------------- */

static int memo_get(Parser *p, int type, void **res)
{
    Token *t = peek(p);
    if (!t) { *res = NULL; return 1; }
    for (Memo *m = t->memo; m; m = m->next)
        if (m->type == type) {
            p->mark = m->mark;
            *res = m->node;
            return 1;
        }
    return 0;
}

static void memo_put(Parser *p, int start_mark, int type, void *node)
{
    if (p->error || p->no_memo_store) return;
    Memo *m = arena_alloc(p->tmp, sizeof(Memo));
    if (!m) { p->error = 1; return; }
    Token *t = p->tokens[start_mark];
    m->type = type;
    m->node = node;
    m->mark = p->mark;
    m->next = t->memo;
    t->memo = m;
}

#define ENTER(p) do { if (++(p)->depth > MAXSTACK) { (p)->depth--; (p)->error = 1; \
                       err_no_memory(); return NULL; } } while (0)
#define LEAVE(p) ((p)->depth--)
/* A rule memoised in both passes (rules that pass 1 re-enters at one position, such as
 * expression after a failed tuple, or arguments after a failed target). */
#define MEMOIZED(p, id, T, compute) do { void *r_; ENTER(p); \
        int m0_ = (p)->mark; \
        if (memo_get((p), (id), &r_)) { LEAVE(p); return (T)r_; } \
        if ((p)->error) { LEAVE(p); return NULL; } \
        T res_ = compute; \
        if (!res_) (p)->mark = m0_; \
        memo_put((p), m0_, (id), res_); \
        LEAVE(p); return res_; } while (0)

/* A rule memoised only in pass 2, where the invalid_* rules parse the same text several times;
 * pass 1 does not come back to these rules at one position, so the memo would only cost. */
#define MEMOIZED2(p, id, T, compute) do { \
        if ((p)->call_invalid) MEMOIZED(p, id, T, compute); \
        ENTER(p); T res_ = compute; LEAVE(p); return res_; } while (0)

/* Pass 2 runs a rule's invalid_* check (which raises its message or fails) before the rule's
 * own alternatives; the rule returns fail_value when it raised. */
#define INVALID_FIRST(p, check, fail_value) do { \
        if ((p)->call_invalid) { \
            int m_ = (p)->mark; \
            check; \
            if ((p)->error) return fail_value; \
            (p)->mark = m_; \
        } } while (0)
/* Or after them: the end of a rule whose alternatives all failed, returning NULL with the
 * mark restored, once pass 2 has run its check. */
#define FAIL_WITH_CHECK(p, mark, check) do { \
        if ((p)->error) return NULL; \
        (p)->mark = (mark); \
        if ((p)->call_invalid) { check; (p)->mark = (mark); } \
        return NULL; } while (0)

/* ---- node construction ---------------------------------------------------------------------- */

/* EXTRA: from the start token to the last token consumed. */
static Pos extra(Parser *p, Token *start)
{
    /* the end is that of the last token that is not NEWLINE/INDENT/DEDENT/ENDMARKER */
    Token *last = p->tokens[p->mark - 1];
    for (int m = p->mark - 1; m >= 0; m--) {
        last = p->tokens[m];
        int t = last->type;
        if (t != TK_ENDMARKER && t != TK_NEWLINE && t != TK_INDENT && t != TK_DEDENT) break;
    }
    return span(start, last);
}

static void *alloc(Parser *p, size_t n)
{
    void *r = arena_alloc(p->arena, n);
    if (!r) p->error = 1;
    return r;
}

static void *copy_node(Parser *p, const void *node, size_t size)
{
    void *r = alloc(p, size);
    if (r) memcpy(r, node, size);
    return r;
}

/* Nodes are built from compound literals copied into the arena, so that a rule names the
 * fields it sets and nothing else: NEW(p, Keyword, .arg = id, .value = v, .pos = pos), or for
 * the three node families NEW_EXPR(p, BinOp, pos, .left = a, .op = op, .right = b).  The _AS
 * forms take a kind chosen at run time (For or AsyncFor...) and the union member it uses. */
#define NEW(p, T, ...) ((T *)copy_node((p), &(T){__VA_ARGS__}, sizeof(T)))
#define NEW_EXPR_AS(p, k, member, pos_, ...) \
    NEW(p, Expr, .kind = (k), .pos = (pos_), .v.member = {__VA_ARGS__})
#define NEW_STMT_AS(p, k, member, pos_, ...) \
    NEW(p, Stmt, .kind = (k), .pos = (pos_), .v.member = {__VA_ARGS__})
#define NEW_PATTERN_AS(p, k, member, pos_, ...) \
    NEW(p, Pattern, .kind = (k), .pos = (pos_), .v.member = {__VA_ARGS__})
#define NEW_EXPR(p, K, pos_, ...) NEW_EXPR_AS(p, K##_kind, K, pos_, __VA_ARGS__)
#define NEW_STMT(p, K, pos_, ...) NEW_STMT_AS(p, K##_kind, K, pos_, __VA_ARGS__)
#define NEW_PATTERN(p, K, pos_, ...) NEW_PATTERN_AS(p, K##_kind, K, pos_, __VA_ARGS__)

static Seq *seq_new(Parser *p)
{
    return alloc(p, sizeof(Seq));
}

static int push(Parser *p, Seq *s, void *item)
{
    if (seq_push(p->arena, s, item) < 0) { p->error = 1; return -1; }
    return 0;
}

static Seq *seq1(Parser *p, void *item)
{
    Seq *s = seq_new(p);
    if (!s || push(p, s, item) < 0) return NULL;
    return s;
}

/* Appends item to *s, making the sequence on first use (the AST has NULL for empty lists). */
static int append(Parser *p, Seq **s, void *item)
{
    if (!*s && !(*s = seq_new(p))) return -1;
    return push(p, *s, item);
}

/* item*: the items of a rule returning a helper node (a comprehension clause, an except
 * clause, a case block...), arg passed on; NULL when there are none. */
static Seq *repeat(Parser *p, void *(*item)(Parser *, int), int arg)
{
    Seq *s = NULL;
    while (1) {
        void *x = item(p, arg);
        if (!x) break;
        if (append(p, &s, x) < 0) return NULL;
    }
    return p->error ? NULL : s;
}

/* ---- repeated shapes of the grammar ---------------------------------------------------------- */

typedef Expr *(*ExprRule)(Parser *);

/* [rule]: the item, or NULL with the mark restored (the caller checks p->error). */
static Expr *optional(Parser *p, ExprRule rule)
{
    int m = p->mark;
    Expr *e = rule(p);
    if (!e) p->mark = m;
    return e;
}

/* [tok rule]: the item, or NULL with the mark restored (the caller checks p->error). */
static Expr *preceded(Parser *p, int tok, ExprRule rule)
{
    int m = p->mark;
    if (!expect(p, tok)) return NULL;
    Expr *e = rule(p);
    if (!e) p->mark = m;
    return e;
}


/* (sep rule)*, the items appended to *s (made on first use): the rest of a gather once its
 * first item is in, or a list such as ('if' disjunction)*.  A separator not followed by an item
 * is consumed when `trailing` (the [','] of the grammar's gathers) and given back otherwise
 * (the 'or' of a disjunction).  -1 on error. */
static int gather_rest(Parser *p, Seq **s, int sep, ExprRule rule, int trailing)
{
    while (1) {
        int m = p->mark;
        if (!expect(p, sep)) break;
        Expr *e = rule(p);
        if (!e) {
            if (p->error) return -1;
            p->mark = trailing ? m + 1 : m;
            break;
        }
        if (append(p, s, e) < 0) return -1;
    }
    return 0;
}

/* ','.rule+ [','], or with need_comma the form of a tuple that has at least one comma; NULL
 * (mark restored) when there is no first item. */
static Seq *gather(Parser *p, ExprRule rule, int need_comma)
{
    int mark = p->mark;
    Expr *a = rule(p);
    if (!a) return NULL;
    int m = p->mark;
    Seq *s = seq1(p, a);
    if (!s || gather_rest(p, &s, TK_COMMA, rule, 1) < 0) return NULL;
    if (need_comma && p->mark == m) {
        p->mark = mark;
        return NULL;
    }
    return s;
}

/* rule (',' rule)* [','] as a Tuple in context ctx, or the lone item when no comma follows
 * it: expressions, star_expressions, star_targets. */
static Expr *tuple_of(Parser *p, ExprRule rule, ExprContext ctx)
{
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = rule(p);
    if (!a || peek_type(p) != TK_COMMA) return a;
    Seq *elts = seq1(p, a);
    if (!elts || gather_rest(p, &elts, TK_COMMA, rule, 1) < 0) return NULL;
    return NEW_EXPR(p, Tuple, extra(p, start), .elts = elts, .ctx = ctx);
}

/* first ',' [rest] where rest is a Seq rule (or NULL): the items of both in one Seq, NULL when
 * the first item or its comma is missing. */
static Seq *item_comma_rest(Parser *p, ExprRule first, Seq *(*rest)(Parser *))
{
    Expr *a = first(p);
    if (!a || !expect(p, TK_COMMA)) return NULL;
    Seq *elts = seq1(p, a);
    if (!elts) return NULL;
    int m = p->mark;
    Seq *more = rest(p);
    if (!more) {
        if (p->error) return NULL;
        p->mark = m;
        return elts;
    }
    for (int i = 0; i < more->n; i++)
        if (push(p, elts, more->a[i]) < 0) return NULL;
    return elts;
}

/* Keep an object alive with the AST; returns it (borrowed) or NULL on error. */
static Object *keep(Parser *p, Object *o)
{
    if (!o) { p->error = 1; return NULL; }
    if (arena_keep(p->arena, o) < 0) { p->error = 1; return NULL; }
    return o;
}

static Object *new_identifier(Parser *p, const char *s, ssize_t n)
{
    Object *o = str_from_utf8(s, n);
    if (!o) { p->error = 1; return NULL; }
    str_intern_in_place(&o);
    return keep(p, o);
}

static Object *token_identifier(Parser *p, Token *t)
{
    return new_identifier(p, t->start, t->end - t->start);
}

/* A NAME token as a Name expression in context ctx. */
static Expr *name_from_token(Parser *p, Token *t, ExprContext ctx)
{
    Object *id = token_identifier(p, t);
    return id ? NEW_EXPR(p, Name, tok_pos(t), .id = id, .ctx = ctx) : NULL;
}

/* NAME token as a Name expression. */
static Expr *name_token(Parser *p)
{
    Token *t = expect(p, TK_NAME);
    return t ? name_from_token(p, t, Load) : NULL;
}

static Expr *constant(Parser *p, Object *value, Pos pos)
{
    return NEW_EXPR(p, Constant, pos, .value = value);
}

/* None, True, False, Ellipsis: the arena holds a reference like for any other constant. */
static Expr *singleton(Parser *p, Object *o, Pos pos)
{
    if (!keep(p, NEWREF(o))) return NULL;
    return constant(p, o, pos);
}


/* Set the context of a target expression (and of the elements of tuples, lists, starred). */
static void set_ctx(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case Name_kind: e->v.Name.ctx = ctx; break;
    case Attribute_kind: e->v.Attribute.ctx = ctx; break;
    case Subscript_kind: e->v.Subscript.ctx = ctx; break;
    case Starred_kind: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx); break;
    case Tuple_kind: case List_kind:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < SEQ_LEN(e->v.Tuple.elts); i++)
            set_ctx(SEQ_GET(e->v.Tuple.elts, i), ctx);
        break;
    default: break;
    }
}

/* _PyPegen_get_expr_name */
static const char *expr_name(Expr *e)
{
    switch (e->kind) {
    case Attribute_kind: return "attribute";
    case Subscript_kind: return "subscript";
    case Starred_kind: return "starred";
    case Name_kind: return "name";
    case List_kind: return "list";
    case Tuple_kind: return "tuple";
    case Lambda_kind: return "lambda";
    case Call_kind: return "function call";
    case BoolOp_kind: case BinOp_kind: case UnaryOp_kind: return "expression";
    case GeneratorExp_kind: return "generator expression";
    case Yield_kind: case YieldFrom_kind: return "yield expression";
    case Await_kind: return "await expression";
    case ListComp_kind: return "list comprehension";
    case SetComp_kind: return "set comprehension";
    case DictComp_kind: return "dict comprehension";
    case Dict_kind: return "dict literal";
    case Set_kind: return "set display";
    case JoinedStr_kind: case FormattedValue_kind: return "f-string expression";
    case Constant_kind: {
        Object *v = e->v.Constant.value;
        if (v == NONE) return "None";
        if (v == FALSE_OBJ) return "False";
        if (v == TRUE_OBJ) return "True";
        if (v == ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case Compare_kind: return "comparison";
    case IfExp_kind: return "conditional expression";
    case NamedExpr_kind: return "named expression";
    default: return "???";
    }
}

/* _PyPegen_get_invalid_target */
static Expr *invalid_target(Expr *e, TargetsType type)
{
    if (!e) return NULL;
    switch (e->kind) {
    case List_kind: case Tuple_kind:
        for (int i = 0; i < SEQ_LEN(e->v.Tuple.elts); i++) {
            Expr *c = invalid_target(SEQ_GET(e->v.Tuple.elts, i), type);
            if (c) return c;
        }
        return NULL;
    case Starred_kind:
        if (type == DEL_TARGETS) return e;
        return invalid_target(e->v.Starred.value, type);
    case Compare_kind:
        if (type == FOR_TARGETS) {
            if (e->v.Compare.ops[0] == In) return invalid_target(e->v.Compare.left, type);
            return NULL;
        }
        return e;
    case Name_kind: case Subscript_kind: case Attribute_kind:
        return NULL;
    default:
        return e;
    }
}

/* RAISE_SYNTAX_ERROR_INVALID_TARGET */
static void *raise_invalid_target(Parser *p, TargetsType type, Expr *e)
{
    Expr *t = invalid_target(e, type);
    if (!t) return NULL;
    const char *msg = type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
    return error_range(p, t->pos, t->pos, msg, expr_name(t));
}

/* ---- expressions --------------------------------------------------------------------------- */

static Expr *number_token(Parser *p);
static Expr *fstring_sub_parse(Parser *p, const char *s, const char *e, Token *t);

static int is_legacy_name(Expr *e)
{
    return e->kind == Name_kind &&
           (str_eq_cstr(e->v.Name.id, "print") || str_eq_cstr(e->v.Name.id, "exec"));
}

/* invalid_expression */
static void *invalid_expression(Parser *p)
{
    int mark = p->mark;
    Token *t0 = peek(p);
    if (!t0) return NULL;
    /* !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid */
    int skip = is_soft_keyword(t0) ||
               (t0->type == TK_NAME && peek_type_at(p, 1) == TK_STRING);
    if (p->error) return NULL;
    if (!skip) {
        Expr *a = disjunction(p);
        if (a) {
            Expr *b = expression_without_invalid(p);
            if (b) {
                if (!is_legacy_name(a) && last_token(p)->level != 0)
                    return error_range(p, a->pos, b->pos,
                                       "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        if (p->error) return NULL;
    }
    p->mark = mark;
    /* a=disjunction 'if' b=disjunction !('else'|':') */
    Expr *a = disjunction(p);
    if (a && expect(p, KW_IF)) {
        Expr *b = disjunction(p);
        if (b) {
            int t = peek_type(p);
            if (t != KW_ELSE && t != TK_COLON && !p->error)
                return error_range(p, a->pos, b->pos, "expected 'else' after 'if' expression");
        }
    }
    p->mark = mark;
    return NULL;
}

/* invalid_legacy_expression: a=NAME !'(' b=star_expressions */
static void *invalid_legacy_expression(Parser *p)
{
    int mark = p->mark;
    Expr *a = name_token(p);
    if (a && peek_type(p) != TK_LPAR && !p->error) {
        Expr *b = star_expressions(p);
        if (b && is_legacy_name(a)) {
            const char *n = str_as_utf8(a->v.Name.id);
            return error_range(p, a->pos, b->pos,
                               "Missing parentheses in call to '%s'. Did you mean %s(...)?", n, n);
        }
    }
    p->mark = mark;
    return NULL;
}


/* disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static Expr *expression_body(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = disjunction(p);
    if (a) {
        int m = p->mark;
        if (expect(p, KW_IF)) {
            Expr *b = disjunction(p);
            if (b && expect(p, KW_ELSE)) {
                Expr *c = expression(p);
                if (c)
                    return NEW_EXPR(p, IfExp, extra(p, start), .test = b, .body = a,
                                    .orelse = c);

            }
            if (p->error) return NULL;
            p->mark = m;
        }
        return a;
    }
    if (p->error) return NULL;
    p->mark = mark;
    return lambdef(p);
}

static Expr *expression_compute(Parser *p)
{
    INVALID_FIRST(p, invalid_expression(p), NULL);
    INVALID_FIRST(p, invalid_legacy_expression(p), NULL);
    return expression_body(p);
}


static Expr *expression(Parser *p)
{
    MEMOIZED(p, M_EXPRESSION, Expr *, expression_compute(p));
}

static Expr *expression_without_invalid(Parser *p)
{
    int saved = p->call_invalid;
    p->call_invalid = 0;
    ENTER(p);
    Expr *r = expression_body(p);
    LEAVE(p);
    p->call_invalid = saved;
    return r;
}

/* expressions: expression (',' expression)* [','] */
static Expr *expressions(Parser *p)
{
    return tuple_of(p, expression, Load);
}

static Expr *star_expressions(Parser *p)
{
    return tuple_of(p, star_expression, Load);
}

/* A prefix operator token (op) applied to `operand`, or else `other`: '*' bitwise_or |
 * expression, 'not' inversion | comparison, '-' factor | power... */
static Expr *prefixed(Parser *p, Expr *(*build)(Parser *, Token *, Expr *), ExprRule operand,
                      ExprRule other)
{
    Token *start = peek(p);
    if (!start) return NULL;
    p->mark++;
    Expr *a = operand(p);
    if (a) return build(p, start, a);
    if (p->error) return NULL;
    p->mark--;
    return other(p);
}

static Expr *build_starred(Parser *p, Token *start, Expr *a)
{
    return NEW_EXPR(p, Starred, extra(p, start), .value = a, .ctx = Load);
}

static Expr *star_expression_compute(Parser *p)
{
    if (peek_type(p) != TK_STAR) return expression(p);
    return prefixed(p, build_starred, bitwise_or, expression);
}

static Expr *star_expression(Parser *p)
{
    MEMOIZED(p, M_STAR_EXPR, Expr *, star_expression_compute(p));
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Expr *star_named_expression(Parser *p)
{
    if (peek_type(p) != TK_STAR) return named_expression(p);
    return prefixed(p, build_starred, bitwise_or, named_expression);
}

/* ','.star_named_expression+ [','] */
static Seq *star_named_expressions(Parser *p)
{
    return gather(p, star_named_expression, 0);
}


/* assignment_expression: NAME ':=' ~ expression */
static Expr *assignment_expression(Parser *p)
{
    Token *start = peek(p);
    if (!start || start->type != TK_NAME) return NULL;
    if (peek_type_at(p, 1) != TK_COLONEQUAL) return NULL;
    int mark = p->mark;
    Expr *target = name_token(p);
    if (!target) return NULL;
    p->mark++;
    Expr *b = expression(p);
    if (!b) { p->mark = mark; return NULL; }
    target->v.Name.ctx = Store;
    return NEW_EXPR(p, NamedExpr, extra(p, start), .target = target, .value = b);
}

static int starts_list_tuple_genexp_or_const(Parser *p);

/* invalid_named_expression (memo) */
static void *invalid_named_expression_compute(Parser *p)
{
    int mark = p->mark;
    /* a=expression ':=' expression */
    Expr *a = expression(p);
    if (a && expect(p, TK_COLONEQUAL)) {
        if (expression(p))
            return error_range(p, a->pos, a->pos, "cannot use assignment expressions with %s",
                               expr_name(a));
    }
    if (p->error) return NULL;
    p->mark = mark;
    /* a=NAME '=' b=bitwise_or !('='|':=') */
    a = name_token(p);
    if (a && expect(p, TK_EQUAL)) {
        Expr *b = bitwise_or(p);
        if (b) {
            int t = peek_type(p);
            if (t != TK_EQUAL && t != TK_COLONEQUAL && !p->error)
                return error_range(p, a->pos, b->pos,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
    }
    if (p->error) return NULL;
    p->mark = mark;
    /* !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') */
    if (!starts_list_tuple_genexp_or_const(p)) {
        if (p->error) return NULL;
        p->mark = mark;
        a = bitwise_or(p);
        if (a && expect(p, TK_EQUAL)) {
            if (bitwise_or(p)) {
                int t = peek_type(p);
                if (t != TK_EQUAL && t != TK_COLONEQUAL && !p->error)
                    return error_range(p, a->pos, a->pos,
                                       "cannot assign to %s here. Maybe you meant '==' instead "
                                       "of '='?", expr_name(a));
            }
        }
    }
    if (p->error) return NULL;
    p->mark = mark;
    return NULL;
}

static void *invalid_named_expression(Parser *p)
{
    MEMOIZED(p, M_INVALID_NAMED, void *, invalid_named_expression_compute(p));
}

/* named_expression: assignment_expression | invalid_named_expression | expression !':=' */
static Expr *named_expression_compute(Parser *p)
{
    int mark = p->mark;
    Expr *e = assignment_expression(p);
    if (e || p->error) return e;
    p->mark = mark;
    INVALID_FIRST(p, invalid_named_expression(p), NULL);
    e = expression(p);
    if (e && peek_type(p) == TK_COLONEQUAL) e = NULL;
    return e;
}

static Expr *named_expression(Parser *p)
{
    ENTER(p);
    int mark = p->mark;
    Expr *e = named_expression_compute(p);
    if (!e) p->mark = mark;
    LEAVE(p);
    return e;
}


static Expr *conjunction(Parser *p);
static Expr *inversion(Parser *p);
static Expr *comparison(Parser *p);

/* disjunction: conjunction ('or' conjunction)+ | conjunction (and the same for 'and') */
static Expr *boolop_chain(Parser *p, int kw, BoolOpKind op, Expr *(*sub)(Parser *))
{
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = sub(p);
    if (!a || peek_type(p) != kw) return a;
    Seq *values = seq1(p, a);
    if (!values || gather_rest(p, &values, kw, sub, 0) < 0) return NULL;
    if (values->n == 1) return a;
    return NEW_EXPR(p, BoolOp, extra(p, start), .op = op, .values = values);
}

static Expr *disjunction(Parser *p)
{
    MEMOIZED2(p, M_DISJUNCTION, Expr *, boolop_chain(p, KW_OR, Or, conjunction));
}

static Expr *conjunction(Parser *p)
{
    MEMOIZED2(p, M_CONJUNCTION, Expr *, boolop_chain(p, KW_AND, And, inversion));
}

static Expr *build_unary(Parser *p, Token *start, Expr *a)
{
    static const UnaryOpKind ops[] = { [TK_PLUS] = UAdd, [TK_MINUS] = USub, [TK_TILDE] = Invert,
                                       [KW_NOT] = Not };
    return NEW_EXPR(p, UnaryOp, extra(p, start), .op = ops[start->type], .operand = a);
}

static Expr *inversion_compute(Parser *p)
{
    if (peek_type(p) != KW_NOT) return comparison(p);
    return prefixed(p, build_unary, inversion, comparison);
}

static Expr *inversion(Parser *p)
{
    MEMOIZED2(p, M_INVERSION, Expr *, inversion_compute(p));
}

/* One compare_op_bitwise_or_pair: the operator; 0 when none. */
static int compare_op(Parser *p)
{
    Token *t = peek(p);
    if (!t) return 0;
    switch (t->type) {
    case TK_EQEQUAL: p->mark++; return Eq;
    case TK_NOTEQUAL: p->mark++; return NotEq;
    case TK_LESSEQUAL: p->mark++; return LtE;
    case TK_LESS: p->mark++; return Lt;
    case TK_GREATEREQUAL: p->mark++; return GtE;
    case TK_GREATER: p->mark++; return Gt;
    case KW_IN: p->mark++; return In;
    case KW_NOT:
        if (peek_type_at(p, 1) == KW_IN) { p->mark += 2; return NotIn; }
        return 0;
    case KW_IS:
        if (peek_type_at(p, 1) == KW_NOT) { p->mark += 2; return IsNot; }
        p->mark++;
        return Is;
    default:
        return 0;
    }
}

static Expr *comparison(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    ENTER(p);
    Expr *a = bitwise_or(p);
    if (!a) { LEAVE(p); return NULL; }
    int n = 0, cap = 0;
    CmpOpKind *ops = NULL;
    Seq *comparators = NULL;
    while (1) {
        int m = p->mark;
        int op = compare_op(p);
        if (!op) break;
        Expr *b = bitwise_or(p);
        if (!b) {
            p->mark = m;
            break;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            CmpOpKind *nops = alloc(p, (size_t)cap * sizeof(CmpOpKind));
            if (!nops) { LEAVE(p); return NULL; }
            if (n) memcpy(nops, ops, (size_t)n * sizeof(CmpOpKind));
            ops = nops;
        }
        ops[n++] = (CmpOpKind)op;
        if (append(p, &comparators, b) < 0) { LEAVE(p); return NULL; }
    }
    LEAVE(p);
    if (p->error) return NULL;
    if (n == 0) return a;
    return NEW_EXPR(p, Compare, extra(p, start), .left = a, .nops = n, .ops = ops,
                    .comparators = comparators);
}

/* A left-associative binary level: sub (op sub)*, with its operators given by a mapping. */
typedef int (*OpMap)(int tokentype);

static int op_or(int t) { return t == TK_VBAR ? BitOr : -1; }
static int op_xor(int t) { return t == TK_CIRCUMFLEX ? BitXor : -1; }
static int op_and(int t) { return t == TK_AMPER ? BitAnd : -1; }
static int op_shift(int t) { return t == TK_LEFTSHIFT ? LShift : t == TK_RIGHTSHIFT ? RShift : -1; }
static int op_sum(int t) { return t == TK_PLUS ? Add : t == TK_MINUS ? Sub : -1; }
static int op_term(int t)
{
    switch (t) {
    case TK_STAR: return Mult;
    case TK_SLASH: return Div;
    case TK_DOUBLESLASH: return FloorDiv;
    case TK_PERCENT: return Mod;
    case TK_AT: return MatMult;
    default: return -1;
    }
}

static Expr *binary_chain(Parser *p, OpMap map, Expr *(*sub)(Parser *))
{
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = sub(p);
    if (!a) return NULL;
    while (1) {
        Token *t = peek(p);
        if (!t) return NULL;
        int op = map(t->type);
        if (op < 0) break;
        int m = p->mark;
        p->mark++;
        Expr *b = sub(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        a = NEW_EXPR(p, BinOp, extra(p, start), .left = a, .op = (OperatorKind)op, .right = b);
        if (!a) return NULL;
    }
    return a;
}

static Expr *factor(Parser *p);
static Expr *shift_expr(Parser *p);
static Expr *sum(Parser *p);
static Expr *term(Parser *p);
static Expr *bitwise_and(Parser *p);

static Expr *bitwise_or(Parser *p)
{
    MEMOIZED2(p, M_BITWISE_OR, Expr *, binary_chain(p, op_or, bitwise_xor));
}

static Expr *bitwise_xor(Parser *p)
{
    MEMOIZED2(p, M_BITWISE_XOR, Expr *, binary_chain(p, op_xor, bitwise_and));
}

static Expr *bitwise_and(Parser *p)
{
    MEMOIZED2(p, M_BITWISE_AND, Expr *, binary_chain(p, op_and, shift_expr));
}

static Expr *shift_expr(Parser *p)
{
    MEMOIZED2(p, M_SHIFT, Expr *, binary_chain(p, op_shift, sum));
}

static Expr *sum(Parser *p)
{
    MEMOIZED2(p, M_SUM, Expr *, binary_chain(p, op_sum, term));
}

static Expr *term(Parser *p)
{
    MEMOIZED2(p, M_TERM, Expr *, binary_chain(p, op_term, factor));
}

static Expr *power(Parser *p);

static Expr *factor_compute(Parser *p)
{
    int t = peek_type(p);
    if (t != TK_PLUS && t != TK_MINUS && t != TK_TILDE) return power(p);
    return prefixed(p, build_unary, factor, power);
}

static Expr *factor(Parser *p)
{
    MEMOIZED2(p, M_FACTOR, Expr *, factor_compute(p));
}

static Expr *build_await(Parser *p, Token *start, Expr *a)
{
    return NEW_EXPR(p, Await, extra(p, start), .value = a);
}

static Expr *await_primary(Parser *p)
{
    if (peek_type(p) != KW_AWAIT) return primary(p);
    return prefixed(p, build_await, primary, primary);
}

/* power: await_primary '**' factor | await_primary */
static Expr *power_compute(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = await_primary(p);
    if (!a) return NULL;
    int m = p->mark;
    if (expect(p, TK_DOUBLESTAR)) {
        Expr *b = factor(p);
        if (b) return NEW_EXPR(p, BinOp, extra(p, start), .left = a, .op = Pow, .right = b);
        if (p->error) return NULL;
        p->mark = m;
    }
    return a;
}

static Expr *power(Parser *p)
{
    MEMOIZED2(p, M_POWER, Expr *, power_compute(p));
}

static Expr *call(Parser *p, Expr *func, Seq *args, Seq *keywords, Pos pos)
{
    return NEW_EXPR(p, Call, pos, .func = func, .args = args, .keywords = keywords);
}

static Expr *attribute(Parser *p, Expr *value, Token *name, ExprContext ctx, Pos pos)
{
    Object *id = token_identifier(p, name);
    return id ? NEW_EXPR(p, Attribute, pos, .value = value, .attr = id, .ctx = ctx) : NULL;
}

static Expr *subscript(Parser *p, Expr *value, Expr *slice, ExprContext ctx, Pos pos)
{
    return NEW_EXPR(p, Subscript, pos, .value = value, .slice = slice, .ctx = ctx);
}

/* One trailer after a primary: '.' NAME | genexp | '(' [arguments] ')' | '[' slices ']'.
 * Returns the extended expression, or NULL (mark restored) when none follows. */
static Expr *trailer(Parser *p, Expr *a, Token *start)
{
    int m = p->mark;
    Token *t = peek(p);
    if (!t) return NULL;
    switch (t->type) {
    case TK_DOT: {
        p->mark++;
        Token *name = expect(p, TK_NAME);
        if (name) return attribute(p, a, name, Load, extra(p, start));
        break;
    }
    case TK_LPAR: {
        Expr *g = genexp(p);
        if (g) {
            Seq *args = seq1(p, g);
            return args ? call(p, a, args, NULL, extra(p, start)) : NULL;
        }
        if (p->error) return NULL;
        p->mark = m + 1;
        Expr *args = arguments(p);
        if (p->error) return NULL;
        if (expect(p, TK_RPAR)) {
            return call(p, a, args ? args->v.Call.args : NULL,
                        args ? args->v.Call.keywords : NULL, extra(p, start));
        }
        break;
    }
    case TK_LSQB: {
        p->mark++;
        Expr *s = slices(p);
        if (s && expect(p, TK_RSQB)) return subscript(p, a, s, Load, extra(p, start));
        break;
    }
    default:
        break;
    }
    p->mark = m;
    return NULL;
}

static Expr *primary_compute(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = atom(p);
    if (!a) return NULL;
    while (1) {
        Expr *b = trailer(p, a, start);
        if (!b) break;
        a = b;
    }
    if (p->error) return NULL;
    return a;
}

static Expr *primary(Parser *p)
{
    MEMOIZED(p, M_PRIMARY, Expr *, primary_compute(p));
}


/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Expr *slice_(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    int mark = p->mark;
    Expr *a = expression(p);
    if (p->error) return NULL;
    if (expect(p, TK_COLON)) {
        Expr *b = expression(p);
        if (p->error) return NULL;
        Expr *c = NULL;
        if (expect(p, TK_COLON)) {
            c = expression(p);
            if (p->error) return NULL;
        }
        return NEW_EXPR(p, Slice, extra(p, start), .lower = a, .upper = b, .step = c);
    }
    p->mark = mark;
    return named_expression(p);
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static Expr *slices_compute(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    int mark = p->mark;
    Expr *a = slice_(p);
    if (a && peek_type(p) != TK_COMMA) return a;
    if (p->error) return NULL;
    p->mark = mark;
    Seq *elts = NULL;
    while (1) {
        int m = p->mark;
        Expr *e = slice_(p);
        if (!e) {
            if (p->error) return NULL;
            p->mark = m;
            e = starred_expression(p);
            if (!e) {
                if (p->error) return NULL;
                p->mark = m;
                if (elts) p->mark--;        /* give back the separating comma */
                break;
            }
        }
        if (append(p, &elts, e) < 0) return NULL;
        if (!expect(p, TK_COMMA)) break;
    }
    if (!elts) return NULL;
    if (peek_type(p) == TK_COMMA) p->mark++;
    return NEW_EXPR(p, Tuple, extra(p, start), .elts = elts, .ctx = Load);

}

static Expr *slices(Parser *p)
{
    MEMOIZED2(p, M_SLICES, Expr *, slices_compute(p));
}

/* ---- atoms and displays --------------------------------------------------------------------- */

static Expr *group(Parser *p);
static Expr *tuple(Parser *p);
static Expr *list_display(Parser *p);
static Expr *listcomp(Parser *p);
static Expr *dict_display(Parser *p);
static Expr *set_display(Parser *p);
static Expr *dictcomp(Parser *p);
static Expr *setcomp(Parser *p);

static Expr *atom(Parser *p)
{
    Token *t = peek(p);
    if (!t) return NULL;
    int mark = p->mark;
    Expr *e;
    switch (t->type) {
    case TK_NAME:
        p->mark++;
        return name_from_token(p, t, Load);
    case KW_TRUE: p->mark++; return singleton(p, TRUE_OBJ, tok_pos(t));
    case KW_FALSE: p->mark++; return singleton(p, FALSE_OBJ, tok_pos(t));
    case KW_NONE: p->mark++; return singleton(p, NONE, tok_pos(t));
    case TK_ELLIPSIS: p->mark++; return singleton(p, ELLIPSIS, tok_pos(t));
    case TK_STRING: return strings(p);
    case TK_NUMBER: return number_token(p);
    case TK_LPAR:
        if ((e = tuple(p)) || p->error) return e;
        p->mark = mark;
        if ((e = group(p)) || p->error) return e;
        p->mark = mark;
        return genexp(p);
    case TK_LSQB:
        if ((e = list_display(p)) || p->error) return e;
        p->mark = mark;
        return listcomp(p);
    case TK_LBRACE:
        if ((e = dict_display(p)) || p->error) return e;
        p->mark = mark;
        if ((e = set_display(p)) || p->error) return e;
        p->mark = mark;
        if ((e = dictcomp(p)) || p->error) return e;
        p->mark = mark;
        return setcomp(p);
    default:
        return NULL;
    }
}

/* invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
static void invalid_group(Parser *p)
{
    int mark = p->mark;
    if (!expect(p, TK_LPAR)) return;
    int m = p->mark;
    Expr *a = starred_expression(p);
    if (a && expect(p, TK_RPAR)) {
        error_range(p, a->pos, a->pos, "cannot use starred expression here");
        return;
    }
    if (p->error) return;
    p->mark = m;
    Token *s = expect(p, TK_DOUBLESTAR);
    if (s && expression(p) && expect(p, TK_RPAR)) {
        error_range(p, tok_pos(s), tok_pos(s), "cannot use double starred expression here");
        return;
    }
    p->mark = mark;
}

/* group: '(' (yield_expr | named_expression) ')' | invalid_group */
static Expr *group(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TK_LPAR)) {
        Expr *a = peek_type(p) == KW_YIELD ? yield_expr(p) : named_expression(p);
        if (a && expect(p, TK_RPAR)) return a;
        if (p->error) return NULL;
    }
    FAIL_WITH_CHECK(p, mark, invalid_group(p));
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
static Expr *tuple(Parser *p)
{
    Token *start = expect(p, TK_LPAR);
    if (!start) return NULL;
    Seq *elts = NULL;
    if (!expect(p, TK_RPAR)) {
        elts = item_comma_rest(p, star_named_expression, star_named_expressions);
        if (!elts || !expect(p, TK_RPAR)) return NULL;
    }
    return NEW_EXPR(p, Tuple, extra(p, start), .elts = elts, .ctx = Load);
}

static Expr *list_display(Parser *p)
{
    Token *start = expect(p, TK_LSQB);
    if (!start) return NULL;
    Seq *elts = star_named_expressions(p);      /* restores the mark when it fails */
    if (p->error || !expect(p, TK_RSQB)) return NULL;
    return NEW_EXPR(p, List, extra(p, start), .elts = elts, .ctx = Load);
}

static Expr *set_display(Parser *p)
{
    Token *start = expect(p, TK_LBRACE);
    if (!start) return NULL;
    Seq *elts = star_named_expressions(p);
    if (!elts || !expect(p, TK_RBRACE)) return NULL;
    return NEW_EXPR(p, Set, extra(p, start), .elts = elts);
}

/* kvpair: expression ':' expression */
static int kvpair(Parser *p, Expr **k, Expr **v)
{
    int mark = p->mark;
    *k = expression(p);
    if (*k && expect(p, TK_COLON)) {
        *v = expression(p);
        if (*v) return 1;
    }
    p->mark = mark;
    return 0;
}

/* double_starred_kvpair: '**' bitwise_or | kvpair */
static int double_starred_kvpair(Parser *p, Expr **k, Expr **v)
{
    int mark = p->mark;
    if (expect(p, TK_DOUBLESTAR)) {
        *k = NULL;
        *v = bitwise_or(p);
        if (*v) return 1;
        if (p->error) return 0;
        p->mark = mark;
    }
    return kvpair(p, k, v);
}

/* Pass 2, at a dict key after a comma: CPython reports "':' expected after dictionary key" at
 * the end of the key as parsed without the invalid_* rules, before any error inside the key
 * (so "{1: 2, 3 4}" is a missing ':' and not a missing comma).  The key is parsed with the
 * checks off and without leaving memo entries, so a failed attempt changes nothing. */
static void missing_colon_check(Parser *p)
{
    int mark = p->mark;
    int saved = p->call_invalid;
    p->call_invalid = 0;
    p->no_memo_store++;
    Expr *key = expression_body(p);
    p->no_memo_store--;
    p->call_invalid = saved;
    if (key && peek_type(p) != TK_COLON && !p->error)
        raise_known(p, &Exc_SyntaxError, key->pos.lineno, key->pos.end_col_offset - 1,
                    key->pos.end_lineno, -1, "':' expected after dictionary key");
    if (!p->error) p->mark = mark;
}

/* ','.double_starred_kvpair+ [','] into keys/values; returns the count. */
static int double_starred_kvpairs(Parser *p, Seq *keys, Seq *values)
{
    int n = 0;
    while (1) {
        Expr *k, *v;
        if (n && p->call_invalid && peek_type(p) != TK_DOUBLESTAR) {
            missing_colon_check(p);
            if (p->error) return 0;
        }
        if (!double_starred_kvpair(p, &k, &v)) break;
        if (push(p, keys, k) < 0 || push(p, values, v) < 0) return 0;
        n++;
        if (!expect(p, TK_COMMA)) break;
    }
    return p->error ? 0 : n;
}

/* invalid_kvpair */
static void invalid_kvpair(Parser *p)
{
    int mark = p->mark;
    Expr *a = expression(p);
    if (!a) { p->mark = mark; return; }
    Token *c = expect(p, TK_COLON);
    if (!c) {
        if (!p->error)
            raise_known(p, &Exc_SyntaxError, a->pos.lineno, a->pos.end_col_offset - 1,
                        a->pos.end_lineno, -1, "':' expected after dictionary key");
        return;
    }
    Token *s = expect(p, TK_STAR);
    if (s && bitwise_or(p)) {
        error_starting_from(p, tok_pos(s), "cannot use a starred expression in a dictionary value");
        return;
    }
    if (p->error) return;
    p->mark = mark;
    expression(p);
    c = expect(p, TK_COLON);
    if (c) {
        int t = peek_type(p);
        if (t == TK_RBRACE || t == TK_COMMA) {
            error_range(p, tok_pos(c), tok_pos(c),
                        "expression expected after dictionary key and ':'");
            return;
        }
    }
    p->mark = mark;
}

/* invalid_double_starred_kvpairs */
static void invalid_double_starred_kvpairs(Parser *p)
{
    int mark = p->mark;
    /* ','.double_starred_kvpair+ ',' invalid_kvpair */
    int n = 0;
    while (1) {
        int m = p->mark;
        if (n && !expect(p, TK_COMMA)) break;
        Expr *k, *v;
        if (!double_starred_kvpair(p, &k, &v)) {
            p->mark = m;
            break;
        }
        n++;
    }
    if (p->error) return;
    if (n && expect(p, TK_COMMA)) {
        invalid_kvpair(p);
        if (p->error) return;
    }
    p->mark = mark;
    /* expression ':' a='*' bitwise_or | expression a=':' &('}'|',') */
    Expr *a = expression(p);
    if (a && expect(p, TK_COLON)) {
        int m = p->mark;
        Token *s = expect(p, TK_STAR);
        if (s && bitwise_or(p)) {
            error_starting_from(p, tok_pos(s),
                                "cannot use a starred expression in a dictionary value");
            return;
        }
        if (p->error) return;
        p->mark = m;
        int t = peek_type(p);
        if (t == TK_RBRACE || t == TK_COMMA) {
            Token *c = p->tokens[m - 1];
            error_range(p, tok_pos(c), tok_pos(c),
                        "expression expected after dictionary key and ':'");
            return;
        }
    }
    p->mark = mark;
}

/* dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
static Expr *dict_display(Parser *p)
{
    int mark = p->mark;
    Token *start = expect(p, TK_LBRACE);
    if (!start) return NULL;
    Seq *keys = seq_new(p), *values = seq_new(p);
    if (!keys || !values) return NULL;
    int m = p->mark;
    int n = double_starred_kvpairs(p, keys, values);
    if (p->error) return NULL;
    if (!n) p->mark = m;
    if (expect(p, TK_RBRACE))
        return NEW_EXPR(p, Dict, extra(p, start), .keys = n ? keys : NULL,
                        .values = n ? values : NULL);
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid) {
        p->mark++;
        invalid_double_starred_kvpairs(p);
        p->mark = mark;
    }
    return NULL;
}


static Comprehension *last_comprehension(Seq *gens)
{
    return SEQ_GET(gens, gens->n - 1);
}

/* _PyPegen_get_last_comprehension_item */
static Expr *last_comprehension_item(Comprehension *c)
{
    if (SEQ_LEN(c->ifs) == 0) return c->iter;
    return SEQ_GET(c->ifs, c->ifs->n - 1);
}

/* invalid_comprehension */
static void invalid_comprehension(Parser *p)
{
    int mark = p->mark;
    Token *open = peek(p);
    if (!open) return;
    if (open->type == TK_LSQB || open->type == TK_LPAR || open->type == TK_LBRACE) {
        p->mark++;
        Expr *a = starred_expression(p);
        if (a && for_if_clauses(p)) {
            error_range(p, a->pos, a->pos, "iterable unpacking cannot be used in comprehension");
            return;
        }
        if (p->error) return;
    }
    p->mark = mark;
    if (open->type == TK_LSQB || open->type == TK_LBRACE) {
        p->mark++;
        Expr *a = star_named_expression(p);
        if (a && expect(p, TK_COMMA)) {
            int m = p->mark;
            Seq *b = star_named_expressions(p);
            if (b && for_if_clauses(p)) {
                Expr *last = SEQ_GET(b, b->n - 1);
                error_range(p, a->pos, last->pos,
                            "did you forget parentheses around the comprehension target?");
                return;
            }
            if (p->error) return;
            p->mark = m;
            Token *comma = p->tokens[m - 1];
            if (for_if_clauses(p)) {
                error_range(p, a->pos, tok_pos(comma),
                            "did you forget parentheses around the comprehension target?");
                return;
            }
            if (p->error) return;
        }
        if (p->error) return;
    }
    p->mark = mark;
}

/* '[' named_expression for_if_clauses ']' and its set and generator cousins */
static Expr *comprehension_display(Parser *p, int open, int close, ExprKind kind, int genexp)
{
    int mark = p->mark;
    Token *start = expect(p, open);
    if (start) {
        Expr *a;
        if (genexp) {
            int m = p->mark;
            a = assignment_expression(p);
            if (!a && !p->error) {
                p->mark = m;
                a = expression(p);
                if (a && peek_type(p) == TK_COLONEQUAL) a = NULL;
            }
        }
        else
            a = named_expression(p);
        if (a) {
            Seq *gens = for_if_clauses(p);
            if (gens && expect(p, close))
                return NEW_EXPR_AS(p, kind, ListComp, extra(p, start), .elt = a,
                                   .generators = gens);
        }
        if (p->error) return NULL;
    }
    FAIL_WITH_CHECK(p, mark, invalid_comprehension(p));
}

static Expr *listcomp(Parser *p)
{
    return comprehension_display(p, TK_LSQB, TK_RSQB, ListComp_kind, 0);
}

static Expr *setcomp(Parser *p)
{
    return comprehension_display(p, TK_LBRACE, TK_RBRACE, SetComp_kind, 0);
}

static Expr *genexp(Parser *p)
{
    return comprehension_display(p, TK_LPAR, TK_RPAR, GeneratorExp_kind, 1);
}

/* dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
static Expr *dictcomp(Parser *p)
{
    int mark = p->mark;
    Token *start = expect(p, TK_LBRACE);
    if (start) {
        Expr *k, *v;
        if (kvpair(p, &k, &v)) {
            Seq *gens = for_if_clauses(p);
            if (gens && expect(p, TK_RBRACE))
                return NEW_EXPR(p, DictComp, extra(p, start), .key = k, .value = v,
                                .generators = gens);

        }
        if (p->error) return NULL;
    }
    p->mark = mark;
    if (p->call_invalid && expect(p, TK_LBRACE)) {
        /* invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
        Token *a = expect(p, TK_DOUBLESTAR);
        if (a && bitwise_or(p) && for_if_clauses(p) && expect(p, TK_RBRACE)) {
            error_range(p, tok_pos(a), tok_pos(a),
                        "dict unpacking cannot be used in dict comprehension");
            return NULL;
        }
        p->mark = mark;
    }
    return NULL;
}

/* invalid_for_target: ASYNC? 'for' a=star_expressions */
static void invalid_for_target(Parser *p)
{
    int mark = p->mark;
    expect(p, KW_ASYNC);
    if (expect(p, KW_FOR)) {
        Expr *a = star_expressions(p);
        if (a) {
            raise_invalid_target(p, FOR_TARGETS, a);
            if (p->error) return;
        }
    }
    p->mark = mark;
}

/* for_if_clause: a Comprehension (a repeat() item) */
static void *for_if_clause(Parser *p, int unused)
{
    int mark = p->mark;
    int is_async = expect(p, KW_ASYNC) != NULL;
    if (expect(p, KW_FOR)) {
        Expr *target = star_targets(p);
        if (target && expect(p, KW_IN)) {
            /* cut: no other alternative once 'in' is seen */
            Expr *iter = disjunction(p);
            if (!iter) { p->mark = mark; return NULL; }
            Seq *ifs = NULL;
            if (gather_rest(p, &ifs, KW_IF, disjunction, 0) < 0) return NULL;
            return NEW(p, Comprehension, .target = target, .iter = iter, .ifs = ifs,
                       .is_async = is_async);
        }
        if (p->error) return NULL;
    }
    FAIL_WITH_CHECK(p, mark, invalid_for_target(p));
}

static Seq *for_if_clauses(Parser *p)
{
    return repeat(p, for_if_clause, 0);
}

/* ---- call arguments ------------------------------------------------------------------------- */

/* starred_expression: '*' expression */
static Expr *starred_expression(Parser *p)
{
    Token *start = expect(p, TK_STAR);
    if (!start) return NULL;
    Expr *a = expression(p);
    if (!a) { p->mark--; return NULL; }
    return build_starred(p, start, a);
}

/* (assignment_expression | expression !':=') !'=' */
static Expr *positional_arg(Parser *p)
{
    int mark = p->mark;
    if (peek_type(p) == TK_STAR) return starred_expression(p);
    Expr *e = assignment_expression(p);
    if (!e && !p->error) {
        p->mark = mark;
        e = expression(p);
        if (e && peek_type(p) == TK_COLONEQUAL) e = NULL;
    }
    if (e && peek_type(p) == TK_EQUAL) e = NULL;
    if (!e) p->mark = mark;
    return e;
}

typedef struct { Expr *starred; Keyword *kw; } KwOrStarred;


/* kwarg_or_starred / kwarg_or_double_starred (double: '**' expression instead of '*'). */
static int kwarg_item(Parser *p, int double_star, KwOrStarred *out)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return 0;
    INVALID_FIRST(p, invalid_kwarg(p), 0);
    if (start->type == TK_NAME && peek_type_at(p, 1) == TK_EQUAL) {
        p->mark += 2;
        Expr *v = expression(p);
        if (v) {
            Object *id = token_identifier(p, start);
            if (!id) return 0;
            out->starred = NULL;
            out->kw = NEW(p, Keyword, .pos = extra(p, start), .arg = id, .value = v);
            return out->kw != NULL;
        }
        if (p->error) return 0;
        p->mark = mark;
    }
    if (!double_star) {
        Expr *s = starred_expression(p);
        if (s) {
            out->starred = s;
            out->kw = NULL;
            return 1;
        }
    }
    else if (expect(p, TK_DOUBLESTAR)) {
        Expr *v = expression(p);
        if (v) {
            out->starred = NULL;
            out->kw = NEW(p, Keyword, .pos = extra(p, start), .value = v);
            return out->kw != NULL;
        }
    }
    p->mark = mark;
    return 0;
}

/* ','.item+ into args/keywords; returns the count. */
static int kwarg_list(Parser *p, int double_star, Seq *args, Seq *kws)
{
    int n = 0;
    while (1) {
        int m = p->mark;
        if (n && !expect(p, TK_COMMA)) break;
        KwOrStarred it;
        if (!kwarg_item(p, double_star, &it)) {
            p->mark = m;
            break;
        }
        if (it.starred ? push(p, args, it.starred) : push(p, kws, it.kw)) return -1;
        n++;
    }
    return p->error ? -1 : n;
}

/* kwargs: the keyword part of a call; 1 if anything was parsed. */
static int kwargs(Parser *p, Seq *args, Seq *kws)
{
    int n = kwarg_list(p, 0, args, kws);
    if (n < 0) return -1;
    if (n > 0) {
        int m = p->mark;
        if (expect(p, TK_COMMA)) {
            int k = kwarg_list(p, 1, args, kws);
            if (k < 0) return -1;
            if (k == 0) p->mark = m;
        }
        return 1;
    }
    n = kwarg_list(p, 1, args, kws);
    return n < 0 ? -1 : n > 0;
}

/* ','.positional+ (a positional_arg each) appended to args: their count, -1 on error. */
static int positional_args(Parser *p, Seq *args)
{
    int n0 = args->n;
    Expr *e = positional_arg(p);
    if (!e) return p->error ? -1 : 0;
    if (push(p, args, e) < 0 || gather_rest(p, &args, TK_COMMA, positional_arg, 0) < 0)
        return -1;
    return args->n - n0;
}

/* args: positional arguments then [',' kwargs], or kwargs; a Call with no func. */
static Expr *args_rule(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    int mark = p->mark;
    Seq *args = seq_new(p), *kws = seq_new(p);
    if (!args || !kws) return NULL;
    int n = positional_args(p, args);
    if (n < 0) return NULL;
    if (n > 0) {
        int m = p->mark;
        if (expect(p, TK_COMMA)) {
            int r = kwargs(p, args, kws);
            if (r < 0) return NULL;
            if (!r) p->mark = m;
        }
    }
    else {
        p->mark = mark;
        int r = kwargs(p, args, kws);
        if (r <= 0) { p->mark = mark; return NULL; }
    }
    return call(p, NULL, args->n ? args : NULL, kws->n ? kws : NULL, extra(p, start));
}

/* invalid_kwarg */
static Expr *invalid_kwarg(Parser *p)
{
    int mark = p->mark;
    Token *a = peek(p);
    if (!a) return NULL;
    if ((a->type == KW_TRUE || a->type == KW_FALSE || a->type == KW_NONE) &&
        peek_type_at(p, 1) == TK_EQUAL) {
        Token *b = p->tokens[p->mark + 1];
        return error_range(p, tok_pos(a), tok_pos(b), "cannot assign to %.*s",
                           (int)(a->end - a->start), a->start);
    }
    if (a->type == TK_NAME && peek_type_at(p, 1) == TK_EQUAL) {
        Token *b = p->tokens[p->mark + 1];
        p->mark += 2;
        if (expression(p) && for_if_clauses(p))
            return error_range(p, tok_pos(a), tok_pos(b),
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (p->error) return NULL;
        p->mark = mark;
        return NULL;        /* !(NAME '=') fails */
    }
    if (p->error) return NULL;
    Expr *e = expression(p);
    Token *b = e ? expect(p, TK_EQUAL) : NULL;
    if (b)
        return error_range(p, e->pos, tok_pos(b),
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
    p->mark = mark;
    return NULL;
}

static void nonparen_genexp_in_call(Parser *p, Expr *a, Seq *gens)
{
    int len = SEQ_LEN(a->v.Call.args);
    if (len <= 1) return;
    Expr *last = SEQ_GET(a->v.Call.args, len - 1);
    error_range(p, last->pos, last_comprehension_item(last_comprehension(gens))->pos,
                "Generator expression must be parenthesized");
}

static void arguments_parsing_error(Parser *p, Expr *e)
{
    int unpacking = 0;
    for (int i = 0; i < SEQ_LEN(e->v.Call.keywords); i++)
        if (!((Keyword *)SEQ_GET(e->v.Call.keywords, i))->arg) unpacking = 1;
    syntax_error(p, unpacking ? "positional argument follows keyword argument unpacking"
                              : "positional argument follows keyword argument");
}

/* invalid_arguments */
static void invalid_arguments(Parser *p)
{
    int mark = p->mark;
    /* ((','.positional+ ',' kwargs) | kwargs) ',' b='*' */
    {
        Seq *args = seq_new(p), *kws = seq_new(p);
        if (!args || !kws) return;
        int n = positional_args(p, args), got = 0;
        if (n < 0) return;
        if (n > 0 && expect(p, TK_COMMA)) got = kwargs(p, args, kws) > 0;

        if (!got) {
            if (p->error) return;
            p->mark = mark;
            got = kwargs(p, args, kws) > 0;
        }
        if (got && expect(p, TK_COMMA)) {
            Token *s = expect(p, TK_STAR);
            if (s) {
                error_range(p, tok_pos(s), tok_pos(s),
                            "iterable argument unpacking follows keyword argument unpacking");
                return;
            }
        }
        if (p->error) return;
        p->mark = mark;
    }
    Expr *a;
    /* a=expression b=for_if_clauses ',' [args | expression for_if_clauses] */
    Expr *e = expression(p);
    if (e) {
        Seq *gens = for_if_clauses(p);
        if (gens && expect(p, TK_COMMA)) {
            int m = p->mark;
            if (!args_rule(p)) {
                if (p->error) return;
                p->mark = m;
                if (!(expression(p) && for_if_clauses(p))) p->mark = m;
            }
            if (p->error) return;
            error_range(p, e->pos, last_comprehension_item(last_comprehension(gens))->pos,
                        "Generator expression must be parenthesized");
            return;
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* a=NAME b='=' expression for_if_clauses */
    Token *n = peek(p);
    if (n && n->type == TK_NAME && peek_type_at(p, 1) == TK_EQUAL) {
        Token *eq = p->tokens[p->mark + 1];
        p->mark += 2;
        if (expression(p) && for_if_clauses(p)) {
            error_range(p, tok_pos(n), tok_pos(eq),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* a=args b=for_if_clauses */
    a = args_rule(p);
    if (a) {
        Seq *gens = for_if_clauses(p);
        if (gens) {
            nonparen_genexp_in_call(p, a, gens);
            if (p->error) return;
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* args ',' a=expression b=for_if_clauses */
    if (args_rule(p) && expect(p, TK_COMMA)) {
        e = expression(p);
        Seq *gens = e ? for_if_clauses(p) : NULL;
        if (gens) {
            error_range(p, e->pos, last_comprehension_item(last_comprehension(gens))->pos,
                        "Generator expression must be parenthesized");
            return;
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* a=args ',' args */
    a = args_rule(p);
    if (a && expect(p, TK_COMMA) && args_rule(p)) {
        arguments_parsing_error(p, a);
        return;
    }
    p->mark = mark;
}

/* arguments (memo): args [','] &')' | invalid_arguments */
static Expr *arguments_compute(Parser *p)
{
    int mark = p->mark;
    Expr *a = args_rule(p);
    if (a) {
        expect(p, TK_COMMA);
        if (peek_type(p) == TK_RPAR) return a;
    }
    FAIL_WITH_CHECK(p, mark, invalid_arguments(p));
}

static Expr *arguments(Parser *p)
{
    MEMOIZED(p, M_ARGUMENTS, Expr *, arguments_compute(p));
}

/* ---- yield, lambda -------------------------------------------------------------------------- */

static Expr *yield_expr(Parser *p)
{
    Token *start = expect(p, KW_YIELD);
    if (!start) return NULL;
    if (expect(p, KW_FROM)) {
        Expr *a = expression(p);
        if (a) return NEW_EXPR(p, YieldFrom, extra(p, start), .value = a);
        if (p->error) return NULL;
        p->mark--;
    }
    Expr *a = optional(p, star_expressions);
    if (p->error) return NULL;
    return NEW_EXPR(p, Yield, extra(p, start), .value = a);
}

static Arguments *empty_arguments(Parser *p)
{
    return alloc(p, sizeof(Arguments));
}

static Expr *lambdef_body(Parser *p, Token *start);

static Expr *lambdef(Parser *p)
{
    Token *start = expect(p, KW_LAMBDA);
    if (!start) return NULL;
    ENTER(p);
    Expr *e = lambdef_body(p, start);
    LEAVE(p);
    return e;
}

static Expr *lambdef_body(Parser *p, Token *start)
{
    int m = p->mark;
    Arguments *args = lambda_params(p);
    if (!args) {
        if (p->error) return NULL;
        p->mark = m;
    }
    if (!expect(p, TK_COLON)) return NULL;
    Expr *body = expression(p);
    if (!body) return NULL;
    if (!args && !(args = empty_arguments(p))) return NULL;
    return NEW_EXPR(p, Lambda, extra(p, start), .args = args, .body = body);
}


/* ---- assignment targets --------------------------------------------------------------------- */

static int t_lookahead(Parser *p)
{
    int t = peek_type(p);
    return t == TK_LPAR || t == TK_LSQB || t == TK_DOT;
}

/* t_primary: a primary that is followed by '(' '[' or '.' */
static Expr *t_primary_compute(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = atom(p);
    if (!a || !t_lookahead(p)) return NULL;
    while (1) {
        int m = p->mark;
        Expr *b = trailer(p, a, start);
        if (!b) break;
        if (!t_lookahead(p)) {
            p->mark = m;
            break;
        }
        a = b;
    }
    return p->error ? NULL : a;
}

static Expr *t_primary(Parser *p)
{
    MEMOIZED(p, M_T_PRIMARY, Expr *, t_primary_compute(p));
}

/* t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context ctx */
static Expr *subscript_attribute_target(Parser *p, ExprContext ctx)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *a = t_primary(p);
    if (!a) return NULL;
    int m = p->mark;
    if (expect(p, TK_DOT)) {
        Token *name = expect(p, TK_NAME);
        if (name && !t_lookahead(p) && !p->error)
            return attribute(p, a, name, ctx, extra(p, start));
    }
    if (p->error) return NULL;
    p->mark = m;
    if (expect(p, TK_LSQB)) {
        Expr *s = slices(p);
        if (s && expect(p, TK_RSQB) && !t_lookahead(p) && !p->error)
            return subscript(p, a, s, ctx, extra(p, start));
    }
    p->mark = mark;
    return NULL;
}

static Expr *star_atom(Parser *p);

static Expr *target_with_star_atom_compute(Parser *p)
{
    Expr *e = subscript_attribute_target(p, Store);
    if (e || p->error) return e;
    return star_atom(p);
}

static Expr *target_with_star_atom(Parser *p)
{
    MEMOIZED(p, M_TARGET_WITH_STAR_ATOM, Expr *, target_with_star_atom_compute(p));
}

/* star_atom and del_t_atom, in context ctx: NAME | '(' inner ')' | '(' [items] ')' |
 * '[' [items] ']', items being ','.item+ [','] (needing a comma inside parentheses when
 * paren_needs_comma, as star_targets_tuple_seq does). */
static Expr *target_atom(Parser *p, ExprContext ctx, ExprRule inner, ExprRule item,
                         int paren_needs_comma)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    if (start->type == TK_NAME) {
        p->mark++;
        return name_from_token(p, start, ctx);
    }
    int paren = start->type == TK_LPAR;
    if (!paren && start->type != TK_LSQB) return NULL;
    p->mark++;
    if (paren) {
        Expr *a = inner(p);
        if (a && expect(p, TK_RPAR)) {
            set_ctx(a, ctx);
            return a;
        }
        if (p->error) return NULL;
        p->mark = mark + 1;
    }
    Seq *elts = gather(p, item, paren && paren_needs_comma);
    if (!elts && p->error) return NULL;
    if (expect(p, paren ? TK_RPAR : TK_RSQB))
        return NEW_EXPR_AS(p, paren ? Tuple_kind : List_kind, Tuple, extra(p, start),
                           .elts = elts, .ctx = ctx);
    p->mark = mark;
    return NULL;
}

static Expr *star_atom(Parser *p)
{
    return target_atom(p, Store, target_with_star_atom, star_target, 1);
}

/* star_target: '*' (!'*' star_target) | target_with_star_atom */
static Expr *star_target_compute(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    if (start->type == TK_STAR) {
        p->mark++;
        if (peek_type(p) != TK_STAR) {
            Expr *a = star_target(p);
            if (a) {
                set_ctx(a, Store);
                return NEW_EXPR(p, Starred, extra(p, start), .value = a, .ctx = Store);
            }
        }
        return NULL;
    }
    return target_with_star_atom(p);
}

static Expr *star_target(Parser *p)
{
    MEMOIZED(p, M_STAR_TARGET, Expr *, star_target_compute(p));
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
static Expr *star_targets(Parser *p)
{
    return tuple_of(p, star_target, Store);
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
static Expr *single_target(Parser *p)
{
    int mark = p->mark;
    Expr *e = subscript_attribute_target(p, Store);
    if (e || p->error) return e;
    Token *t = peek(p);
    if (!t) return NULL;
    if (t->type == TK_NAME) {
        p->mark++;
        return name_from_token(p, t, Store);
    }
    if (t->type == TK_LPAR) {
        p->mark++;
        e = single_target(p);
        if (e && expect(p, TK_RPAR)) return e;
    }
    p->mark = mark;
    return NULL;
}

/* del_target (memo) */
static Expr *del_target(Parser *p);

static Expr *del_target_compute(Parser *p)
{
    Expr *e = subscript_attribute_target(p, Del);
    if (e || p->error) return e;
    return target_atom(p, Del, del_target, del_target, 0);
}

static Expr *del_target(Parser *p)
{
    MEMOIZED(p, M_DEL_TARGET, Expr *, del_target_compute(p));
}

/* del_targets: ','.del_target+ [','] */
static Seq *del_targets(Parser *p)
{
    return gather(p, del_target, 0);
}

/* ---- parameters ------------------------------------------------------------------------------ */

typedef struct { Arg *arg; Expr *value; } NameDefault;

/* A parameter set under construction. */
typedef struct {
    Seq *posonly, *args, *defaults;
    Arg *vararg, *kwarg;
    Seq *kwonly, *kw_defaults;
} ParamBuild;

/* param: NAME annotation? (lambda: NAME); star: the annotation may be a star_expression */
static Arg *param(Parser *p, int lambda, int star)
{
    Token *start = expect(p, TK_NAME);
    if (!start) return NULL;
    Expr *ann = NULL;
    if (!lambda) {
        int m = p->mark;
        if (expect(p, TK_COLON)) {
            ann = star ? star_expression(p) : expression(p);
            if (!ann) {
                if (p->error) return NULL;
                p->mark = m;
                if (star) { p->mark = m - 1; return NULL; }
            }
        }
        else if (star) {
            p->mark = m - 1;
            return NULL;
        }
    }
    Object *id = new_identifier(p, start->start, start->end - start->start);
    Arg *a = id ? alloc(p, sizeof(Arg)) : NULL;
    if (!a) return NULL;
    a->pos = extra(p, start);
    a->arg = id;
    a->annotation = ann;
    return a;
}

/* ',' or a lookahead of the closing token */
static int param_end(Parser *p, int lambda)
{
    if (expect(p, TK_COMMA)) return 1;
    return peek_type(p) == (lambda ? TK_COLON : TK_RPAR);
}

static void invalid_default_check(Parser *p)
{
    Token *eq = peek(p);
    if (eq && eq->type == TK_EQUAL) {
        int t = peek_type_at(p, 1);
        if (t == TK_RPAR || t == TK_COMMA)
            error_range(p, tok_pos(eq), tok_pos(eq), "expected default value expression");
    }
}

/* default: '=' expression | invalid_default */
static Expr *default_(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TK_EQUAL)) {
        Expr *e = expression(p);
        if (e) return e;
        if (p->error) return NULL;
    }
    p->mark = mark;
    if (p->call_invalid) invalid_default_check(p);
    return NULL;
}

/* kind 0: no default, 1: with default, 2: maybe default, 3: no default, star annotation */
static int param_item(Parser *p, int lambda, int kind, NameDefault *out)
{
    int mark = p->mark;
    Arg *a = param(p, lambda, kind == 3);
    if (!a) { p->mark = mark; return 0; }
    Expr *d = NULL;
    if (kind == 1 || kind == 2) {
        d = default_(p);
        if (p->error) return 0;
        if (!d && kind == 1) { p->mark = mark; return 0; }
    }
    if (!param_end(p, lambda)) { p->mark = mark; return 0; }
    out->arg = a;
    out->value = d;
    return 1;
}

/* item* of one kind: appends args (and defaults) to the sequences; returns the count. */
static int param_items(Parser *p, int lambda, int kind, Seq *args, Seq *defaults)
{
    int n = 0;
    NameDefault nd;
    while (param_item(p, lambda, kind, &nd)) {
        if (args && push(p, args, nd.arg) < 0) return -1;
        if (defaults && push(p, defaults, nd.value) < 0) return -1;
        n++;
    }
    return p->error ? -1 : n;
}

static int expect_slash(Parser *p, int lambda)
{
    int mark = p->mark;
    if (expect(p, TK_SLASH)) {
        if (expect(p, TK_COMMA)) return 1;
        if (peek_type(p) == (lambda ? TK_COLON : TK_RPAR)) return 1;
    }
    p->mark = mark;
    return 0;
}

/* slash_no_default: param_no_default+ '/' (',' | &')') */
static int slash_no_default(Parser *p, int lambda, Seq *posonly)
{
    int mark = p->mark;
    int n = param_items(p, lambda, 0, posonly, NULL);
    if (n > 0 && expect_slash(p, lambda)) return 1;
    p->mark = mark;
    if (posonly) posonly->n = 0;
    return 0;
}

/* slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
static int slash_with_default(Parser *p, int lambda, Seq *posonly, Seq *defaults)
{
    int mark = p->mark;
    if (param_items(p, lambda, 0, posonly, NULL) >= 0 &&
        param_items(p, lambda, 1, posonly, defaults) > 0 && expect_slash(p, lambda))
        return 1;
    p->mark = mark;
    if (posonly) posonly->n = 0;
    if (defaults) defaults->n = 0;
    return 0;
}

/* kwds: invalid_kwds | '**' param_no_default */
static int kwds(Parser *p, int lambda, Arg **kwarg);
static int star_etc(Parser *p, int lambda, ParamBuild *b);

static void invalid_kwds(Parser *p, int lambda)
{
    int mark = p->mark;
    if (expect(p, TK_DOUBLESTAR) && param(p, lambda, 0)) {
        int m = p->mark;
        Token *eq = expect(p, TK_EQUAL);
        if (eq) {
            error_range(p, tok_pos(eq), tok_pos(eq),
                        "var-keyword argument cannot have default value");
            return;
        }
        p->mark = m;
        if (expect(p, TK_COMMA)) {
            int m2 = p->mark;
            Arg *a = param(p, lambda, 0);
            if (a) {
                error_range(p, a->pos, a->pos, "arguments cannot follow var-keyword argument");
                return;
            }
            if (p->error) return;
            p->mark = m2;
            Token *t = peek(p);
            if (t && (t->type == TK_STAR || t->type == TK_DOUBLESTAR || t->type == TK_SLASH)) {
                error_range(p, tok_pos(t), tok_pos(t),
                            "arguments cannot follow var-keyword argument");
                return;
            }
        }
    }
    p->mark = mark;
}

static int kwds(Parser *p, int lambda, Arg **kwarg)
{
    int mark = p->mark;
    if (p->call_invalid) {
        invalid_kwds(p, lambda);
        if (p->error) return 0;
    }
    if (expect(p, TK_DOUBLESTAR)) {
        NameDefault nd;
        if (param_item(p, lambda, 0, &nd)) {
            *kwarg = nd.arg;
            return 1;
        }
    }
    p->mark = mark;
    return 0;
}

/* invalid_star_etc */
static void invalid_star_etc(Parser *p, int lambda)
{
    int mark = p->mark;
    int close = lambda ? TK_COLON : TK_RPAR;
    Token *star = expect(p, TK_STAR);
    if (!star) return;
    int t = peek_type(p);
    if (t == close || (t == TK_COMMA && (peek_type_at(p, 1) == close ||
                                         peek_type_at(p, 1) == TK_DOUBLESTAR))) {
        if (lambda) syntax_error(p, "named arguments must follow bare *");
        else error_range(p, tok_pos(star), tok_pos(star), "named arguments must follow bare *");
        return;
    }
    if (p->error) return;
    /* '*' param a='=' */
    int m = p->mark;
    if (param(p, lambda, 0)) {
        Token *eq = expect(p, TK_EQUAL);
        if (eq) {
            error_range(p, tok_pos(eq), tok_pos(eq),
                        "var-positional argument cannot have default value");
            return;
        }
    }
    if (p->error) return;
    p->mark = m;
    /* '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') */
    NameDefault nd;
    if (param_item(p, lambda, 0, &nd) || expect(p, TK_COMMA)) {
        if (param_items(p, lambda, 2, NULL, NULL) >= 0) {
            Token *s2 = expect(p, TK_STAR);
            if (s2 && (param_item(p, lambda, 0, &nd) || expect(p, TK_COMMA))) {
                error_range(p, tok_pos(s2), tok_pos(s2), "* argument may appear only once");
                return;
            }
        }
    }
    p->mark = mark;
}

/* star_etc */
static int star_etc(Parser *p, int lambda, ParamBuild *b)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_star_etc(p, lambda), 0);
    if (expect(p, TK_STAR)) {
        NameDefault nd;
        int m = p->mark;
        int got = param_item(p, lambda, 0, &nd);
        if (!got && !p->error && !lambda) {
            p->mark = m;
            got = param_item(p, lambda, 3, &nd);
        }
        if (got) {
            b->vararg = nd.arg;
            if (param_items(p, lambda, 2, b->kwonly, b->kw_defaults) < 0) return 0;
            kwds(p, lambda, &b->kwarg);
            return !p->error;
        }
        if (p->error) return 0;
        p->mark = m;
        if (expect(p, TK_COMMA)) {
            int n = param_items(p, lambda, 2, b->kwonly, b->kw_defaults);
            if (n < 0) return 0;
            if (n > 0) {
                kwds(p, lambda, &b->kwarg);
                return !p->error;
            }
        }
        p->mark = mark;
    }
    if (kwds(p, lambda, &b->kwarg)) return 1;
    p->mark = mark;
    return 0;
}

/* invalid_parameters (and invalid_lambda_parameters) */
static void invalid_parameters(Parser *p, int lambda)
{
    int mark = p->mark;
    /* param_no_default* invalid_parameters_helper a=param_no_default */
    if (param_items(p, lambda, 0, NULL, NULL) >= 0) {
        int m = p->mark;
        int helper = slash_with_default(p, lambda, NULL, NULL);
        if (!helper && !p->error) {
            p->mark = m;
            helper = param_items(p, lambda, 1, NULL, NULL) > 0;
        }
        if (helper) {
            int m2 = p->mark;
            NameDefault nd;
            if (param_item(p, lambda, 0, &nd)) {
                error_range(p, nd.arg->pos, nd.arg->pos,
                            "non-default argument follows default argument");
                return;
            }
            p->mark = m2;
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* param_no_default* a='(' ','.param+ ','? b=')' (lambda: lambda_param) */
    if (param_items(p, lambda, 0, NULL, NULL) >= 0) {
        Token *a = expect(p, TK_LPAR);
        if (a) {
            int n = 0;
            while (1) {
                int m = p->mark;
                if (n && !expect(p, TK_COMMA)) break;
                if (!(lambda ? expect(p, TK_NAME) != NULL : param(p, 0, 0) != NULL)) {
                    p->mark = m;
                    break;
                }
                n++;
            }
            if (n) {
                expect(p, TK_COMMA);
                Token *b = expect(p, TK_RPAR);
                if (b) {
                    error_range(p, tok_pos(a), tok_pos(b), lambda
                                ? "Lambda expression parameters cannot be parenthesized"
                                : "Function parameters cannot be parenthesized");
                    return;
                }
            }
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* a="/" ',' */
    Token *a = expect(p, TK_SLASH);
    if (a && expect(p, TK_COMMA)) {
        error_range(p, tok_pos(a), tok_pos(a), "at least one argument must precede /");
        return;
    }
    p->mark = mark;
    /* (slash_no_default | slash_with_default) param_maybe_default* a='/' */
    if (slash_no_default(p, lambda, NULL) || slash_with_default(p, lambda, NULL, NULL)) {
        if (param_items(p, lambda, 2, NULL, NULL) >= 0) {
            Token *s = expect(p, TK_SLASH);
            if (s) {
                error_range(p, tok_pos(s), tok_pos(s), "/ may appear only once");
                return;
            }
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
     * param_maybe_default* a='/' */
    if (!slash_no_default(p, lambda, NULL)) slash_with_default(p, lambda, NULL, NULL);
    if (p->error) return;
    if (param_items(p, lambda, 2, NULL, NULL) >= 0 && expect(p, TK_STAR)) {
        NameDefault nd;
        if (expect(p, TK_COMMA) || param_item(p, lambda, 0, &nd)) {
            if (param_items(p, lambda, 2, NULL, NULL) >= 0) {
                Token *s = expect(p, TK_SLASH);
                if (s) {
                    error_range(p, tok_pos(s), tok_pos(s), "/ must be ahead of *");
                    return;
                }
            }
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* param_maybe_default+ '/' a='*' */
    if (param_items(p, lambda, 2, NULL, NULL) > 0 && expect(p, TK_SLASH)) {
        Token *s = expect(p, TK_STAR);
        if (s) {
            error_range(p, tok_pos(s), tok_pos(s), "expected comma between / and *");
            return;
        }
    }
    p->mark = mark;
}

static Arguments *make_arguments(Parser *p, ParamBuild *b)
{
    Arguments *a = alloc(p, sizeof(Arguments));
    if (!a) return NULL;
    a->posonlyargs = b->posonly->n ? b->posonly : NULL;
    a->args = b->args->n ? b->args : NULL;
    a->defaults = b->defaults->n ? b->defaults : NULL;
    a->vararg = b->vararg;
    a->kwarg = b->kwarg;
    a->kwonlyargs = b->kwonly->n ? b->kwonly : NULL;
    a->kw_defaults = b->kw_defaults->n ? b->kw_defaults : NULL;
    return a;
}

static int build_init(Parser *p, ParamBuild *b)
{
    memset(b, 0, sizeof *b);
    b->posonly = seq_new(p);
    b->args = seq_new(p);
    b->defaults = seq_new(p);
    b->kwonly = seq_new(p);
    b->kw_defaults = seq_new(p);
    return b->posonly && b->args && b->defaults && b->kwonly && b->kw_defaults ? 0 : -1;
}

static void build_reset(ParamBuild *b)
{
    b->posonly->n = b->args->n = b->defaults->n = b->kwonly->n = b->kw_defaults->n = 0;
    b->vararg = b->kwarg = NULL;
}

/* parameters / lambda_parameters */
static Arguments *parameters(Parser *p, int lambda)
{
    int mark = p->mark;
    ParamBuild b;
    if (build_init(p, &b) < 0) return NULL;
    /* slash_no_default param_no_default* param_with_default* [star_etc] */
    if (slash_no_default(p, lambda, b.posonly)) {
        if (param_items(p, lambda, 0, b.args, NULL) < 0 ||
            param_items(p, lambda, 1, b.args, b.defaults) < 0) return NULL;
        star_etc(p, lambda, &b);
        return p->error ? NULL : make_arguments(p, &b);
    }
    if (p->error) return NULL;
    build_reset(&b);
    p->mark = mark;
    /* slash_with_default param_with_default* [star_etc] */
    if (slash_with_default(p, lambda, b.posonly, b.defaults)) {
        if (param_items(p, lambda, 1, b.args, b.defaults) < 0) return NULL;
        star_etc(p, lambda, &b);
        return p->error ? NULL : make_arguments(p, &b);
    }
    if (p->error) return NULL;
    build_reset(&b);
    p->mark = mark;
    /* param_no_default+ param_with_default* [star_etc] */
    int n = param_items(p, lambda, 0, b.args, NULL);
    if (n < 0) return NULL;
    if (n > 0) {
        if (param_items(p, lambda, 1, b.args, b.defaults) < 0) return NULL;
        star_etc(p, lambda, &b);
        return p->error ? NULL : make_arguments(p, &b);
    }
    /* param_with_default+ [star_etc] */
    n = param_items(p, lambda, 1, b.args, b.defaults);
    if (n < 0) return NULL;
    if (n > 0) {
        star_etc(p, lambda, &b);
        return p->error ? NULL : make_arguments(p, &b);
    }
    /* star_etc */
    if (star_etc(p, lambda, &b)) return make_arguments(p, &b);
    p->mark = mark;
    return NULL;
}

/* params: invalid_parameters | parameters */
static Arguments *params(Parser *p)
{
    INVALID_FIRST(p, invalid_parameters(p, 0), NULL);
    return parameters(p, 0);
}

static Arguments *lambda_params(Parser *p)
{
    INVALID_FIRST(p, invalid_parameters(p, 1), NULL);
    return parameters(p, 1);
}

/* ---- simple statements ---------------------------------------------------------------------- */

static Token *expect_forced(Parser *p, int type, const char *what)
{
    Token *t = peek(p);
    if (!t) return NULL;
    if (t->type != type) {
        error_range(p, tok_pos(t), tok_pos(t), "expected '%s'", what);
        return NULL;
    }
    p->mark++;
    return t;
}

static int augassign_op(int t)
{
    switch (t) {
    case TK_PLUSEQUAL: return Add;
    case TK_MINEQUAL: return Sub;
    case TK_STAREQUAL: return Mult;
    case TK_ATEQUAL: return MatMult;
    case TK_SLASHEQUAL: return Div;
    case TK_PERCENTEQUAL: return Mod;
    case TK_AMPEREQUAL: return BitAnd;
    case TK_VBAREQUAL: return BitOr;
    case TK_CIRCUMFLEXEQUAL: return BitXor;
    case TK_LEFTSHIFTEQUAL: return LShift;
    case TK_RIGHTSHIFTEQUAL: return RShift;
    case TK_DOUBLESTAREQUAL: return Pow;
    case TK_DOUBLESLASHEQUAL: return FloorDiv;
    default: return -1;
    }
}

/* annotated_rhs: yield_expr | star_expressions */
static Expr *annotated_rhs(Parser *p)
{
    if (peek_type(p) == KW_YIELD) return yield_expr(p);
    return star_expressions(p);
}

static Stmt *ann_assign(Parser *p, Token *start, Expr *target, int simple)
{
    Expr *ann = expression(p);
    if (!ann) return NULL;
    Expr *value = preceded(p, TK_EQUAL, annotated_rhs);
    if (p->error) return NULL;
    return NEW_STMT(p, AnnAssign, extra(p, start), .target = target, .annotation = ann,
                    .value = value, .simple = simple);
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
static Expr *invalid_ann_assign_target(Parser *p)
{
    int mark = p->mark;
    Expr *e = list_display(p);
    if (e || p->error) return e;
    p->mark = mark;
    e = tuple(p);
    if (e || p->error) return e;
    p->mark = mark;
    if (expect(p, TK_LPAR)) {
        e = invalid_ann_assign_target(p);
        if (e && expect(p, TK_RPAR)) return e;
    }
    p->mark = mark;
    return NULL;
}

/* invalid_assignment */
static void invalid_assignment(Parser *p)
{
    int mark = p->mark;
    Expr *a = invalid_ann_assign_target(p);
    if (a && expect(p, TK_COLON) && expression(p)) {
        error_range(p, a->pos, a->pos, "only single target (not %s) can be annotated",
                    expr_name(a));
        return;
    }
    if (p->error) return;
    p->mark = mark;
    /* star_named_expression ',' star_named_expressions* ':' expression */
    a = star_named_expression(p);
    if (a && expect(p, TK_COMMA)) {
        while (star_named_expressions(p)) {}
        if (!p->error && expect(p, TK_COLON) && expression(p)) {
            error_range(p, a->pos, a->pos, "only single target (not tuple) can be annotated");
            return;
        }
    }
    if (p->error) return;
    p->mark = mark;
    /* expression ':' expression */
    a = expression(p);
    if (a && expect(p, TK_COLON) && expression(p)) {
        error_range(p, a->pos, a->pos, "illegal target for annotation");
        return;
    }
    if (p->error) return;
    p->mark = mark;
    /* (star_targets '=')* a=star_expressions '=' */
    while (1) {
        int m = p->mark;
        if (!(star_targets(p) && expect(p, TK_EQUAL))) {
            if (p->error) return;
            p->mark = m;
            break;
        }
    }
    int after_targets = p->mark;
    a = star_expressions(p);
    if (a && expect(p, TK_EQUAL)) {
        raise_invalid_target(p, STAR_TARGETS, a);
        if (p->error) return;
    }
    if (p->error) return;
    /* (star_targets '=')* a=yield_expr '=' */
    p->mark = after_targets;
    a = yield_expr(p);
    if (a && expect(p, TK_EQUAL)) {
        error_range(p, a->pos, a->pos, "assignment to yield expression not possible");
        return;
    }
    if (p->error) return;
    p->mark = mark;
    /* a=star_expressions augassign (yield_expr | star_expressions) */
    a = star_expressions(p);
    if (a) {
        Token *t = peek(p);
        if (t && augassign_op(t->type) >= 0) {
            p->mark++;
            if (annotated_rhs(p)) {
                error_range(p, a->pos, a->pos,
                            "'%s' is an illegal expression for augmented assignment", expr_name(a));
                return;
            }
        }
    }
    p->mark = mark;
}

/* assignment */
static Stmt *assignment(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    /* NAME ':' expression ['=' annotated_rhs] */
    if (start->type == TK_NAME && peek_type_at(p, 1) == TK_COLON) {
        Expr *target = name_from_token(p, start, Store);
        if (!target) return NULL;
        p->mark += 2;
        Stmt *s = ann_assign(p, start, target, 1);
        if (s || p->error) return s;
        p->mark = mark;
    }
    if (p->error) return NULL;
    /* ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' ...] */
    {
        Expr *target = NULL;
        if (start->type == TK_LPAR) {
            p->mark++;
            target = single_target(p);
            if (!(target && expect(p, TK_RPAR))) target = NULL;
        }
        if (!target && !p->error) {
            p->mark = mark;
            target = subscript_attribute_target(p, Store);
        }
        if (target && expect(p, TK_COLON)) {
            Stmt *s = ann_assign(p, start, target, 0);
            if (s || p->error) return s;
        }
        if (p->error) return NULL;
        p->mark = mark;
    }
    /* (star_targets '=')+ (yield_expr | star_expressions) !'=' */
    {
        Seq *targets = NULL;
        while (1) {
            int m = p->mark;
            Expr *t = star_targets(p);
            if (!(t && expect(p, TK_EQUAL))) {
                if (p->error) return NULL;
                p->mark = m;
                break;
            }
            if (append(p, &targets, t) < 0) return NULL;
        }
        if (targets) {
            Expr *value = annotated_rhs(p);
            if (value && peek_type(p) != TK_EQUAL && !p->error)
                return NEW_STMT(p, Assign, extra(p, start), .targets = targets, .value = value);
            if (p->error) return NULL;
        }
        p->mark = mark;
    }
    /* single_target augassign ~ (yield_expr | star_expressions) */
    {
        Expr *target = single_target(p);
        if (target) {
            Token *t = peek(p);
            int op = t ? augassign_op(t->type) : -1;
            if (op >= 0) {
                p->mark++;
                Expr *value = annotated_rhs(p);
                if (!value) return NULL;        /* cut */
                return NEW_STMT(p, AugAssign, extra(p, start), .target = target,
                                .op = (OperatorKind)op, .value = value);
            }
        }
        if (p->error) return NULL;
        p->mark = mark;
    }
    if (p->call_invalid) {
        invalid_assignment(p);
        p->mark = mark;
    }
    return NULL;
}

static Stmt *return_stmt(Parser *p)
{
    Token *start = expect(p, KW_RETURN);
    if (!start) return NULL;
    Expr *v = optional(p, star_expressions);
    if (p->error) return NULL;
    return NEW_STMT(p, Return, extra(p, start), .value = v);
}

static Stmt *raise_stmt(Parser *p)
{
    Token *start = expect(p, KW_RAISE);
    if (!start) return NULL;
    Expr *exc = optional(p, expression), *cause = NULL;
    if (exc) cause = preceded(p, KW_FROM, expression);
    if (p->error) return NULL;
    return NEW_STMT(p, Raise, extra(p, start), .exc = exc, .cause = cause);
}

/* 'global' ','.NAME+ and 'nonlocal' ','.NAME+ */
static Stmt *names_stmt(Parser *p, int kw, StmtKind kind)
{
    Token *start = expect(p, kw);
    if (!start) return NULL;
    Seq *names = seq_new(p);
    if (!names) return NULL;
    do {
        Token *t = expect(p, TK_NAME);
        if (!t) {
            if (names->n) { p->mark--; break; }
            return NULL;
        }
        Object *id = token_identifier(p, t);
        if (!id || push(p, names, id) < 0) return NULL;
    } while (expect(p, TK_COMMA));
    return NEW_STMT_AS(p, kind, Global, extra(p, start), .names = names);
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static Stmt *del_stmt(Parser *p)
{
    int mark = p->mark;
    Token *start = expect(p, KW_DEL);
    if (!start) return NULL;
    Seq *targets = del_targets(p);
    if (targets) {
        int t = peek_type(p);
        if (t == TK_SEMI || t == TK_NEWLINE)
            return NEW_STMT(p, Delete, extra(p, start), .targets = targets);
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid) {
        p->mark++;
        Expr *a = star_expressions(p);
        if (a) raise_invalid_target(p, DEL_TARGETS, a);
        p->mark = mark;
    }
    return NULL;
}

static Stmt *assert_stmt(Parser *p)
{
    Token *start = expect(p, KW_ASSERT);
    if (!start) return NULL;
    Expr *test = expression(p);
    if (!test) return NULL;
    Expr *msg = preceded(p, TK_COMMA, expression);
    if (p->error) return NULL;
    return NEW_STMT(p, Assert, extra(p, start), .test = test, .msg = msg);
}

/* dotted_name as a str "a.b.c" (kept by the arena); NULL when none */
static Object *dotted_name(Parser *p)
{
    int first = p->mark;
    Token *t0 = expect(p, TK_NAME);
    if (!t0) return NULL;
    while (peek_type(p) == TK_DOT && peek_type_at(p, 1) == TK_NAME) p->mark += 2;
    if (p->error) return NULL;
    if (p->mark == first + 1) return token_identifier(p, t0);
    /* the names joined with '.', whatever whitespace the source had between them */
    StrBuilder sb;
    sb_init(&sb);
    for (int i = first; i < p->mark; i += 2) {
        Token *t = p->tokens[i];
        if (i != first) sb_append_cstr(&sb, ".");
        sb_append_utf8(&sb, t->start, t->end - t->start);
    }
    Object *s = sb_finish(&sb);
    if (!s) { p->error = 1; return NULL; }
    str_intern_in_place(&s);
    return keep(p, s);
}

/* ['as' NAME]: the name, or NULL (*fail set on error) */
static Object *as_name(Parser *p, int *fail)
{
    int m = p->mark;
    *fail = 0;
    if (!expect(p, KW_AS)) return NULL;
    Token *t = expect(p, TK_NAME);
    if (!t) { p->mark = m; return NULL; }
    Object *id = token_identifier(p, t);
    if (!id) *fail = 1;
    return id;
}

/* ','.dotted_as_name+ or ','.import_from_as_name+ (dotted: names may have dots) */
static Seq *as_names(Parser *p, int dotted)
{
    Seq *s = seq_new(p);
    if (!s) return NULL;
    while (1) {
        int m = p->mark;
        if (s->n && !expect(p, TK_COMMA)) break;
        Token *start = peek(p);
        if (!start) return NULL;
        Object *name;
        if (dotted) name = dotted_name(p);
        else {
            Token *t = expect(p, TK_NAME);
            name = t ? token_identifier(p, t) : NULL;
        }
        if (!name) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        int fail;
        Object *asname = as_name(p, &fail);
        if (fail) return NULL;
        Alias *a = NEW(p, Alias, .pos = extra(p, start), .name = name, .asname = asname);
        if (!a || push(p, s, a) < 0) return NULL;
    }
    return s->n ? s : NULL;
}

static Stmt *import_name(Parser *p)
{
    Token *start = expect(p, KW_IMPORT);
    if (!start) return NULL;
    Seq *names = as_names(p, 1);
    if (!names) return NULL;
    return NEW_STMT(p, Import, extra(p, start), .names = names);
}

/* import_from_targets */
static Seq *import_from_targets(Parser *p)
{
    int mark = p->mark;
    Token *t = peek(p);
    if (!t) return NULL;
    if (t->type == TK_LPAR) {
        p->mark++;
        Seq *names = as_names(p, 0);
        if (names) {
            expect(p, TK_COMMA);
            if (expect(p, TK_RPAR)) return names;
        }
        if (p->error) return NULL;
        p->mark = mark;
    }
    Seq *names = as_names(p, 0);
    if (names && peek_type(p) != TK_COMMA && !p->error) return names;
    if (p->error) return NULL;
    p->mark = mark;
    if (t->type == TK_STAR) {
        p->mark++;
        Object *star = new_identifier(p, "*", 1);
        Alias *a = star ? NEW(p, Alias, .pos = tok_pos(t), .name = star) : NULL;
        return a ? seq1(p, a) : NULL;
    }
    if (p->call_invalid) {
        /* import_from_as_names ',' NEWLINE */
        if (as_names(p, 0) && expect(p, TK_COMMA) && expect(p, TK_NEWLINE)) {
            syntax_error(p, "trailing comma not allowed without surrounding parentheses");
            return NULL;
        }
        p->mark = mark;
    }
    return NULL;
}

static Stmt *import_from(Parser *p)
{
    Token *start = expect(p, KW_FROM);
    if (!start) return NULL;
    int level = 0;
    while (1) {
        if (expect(p, TK_DOT)) level++;
        else if (expect(p, TK_ELLIPSIS)) level += 3;
        else break;
    }
    int m = p->mark;
    Object *module = dotted_name(p);
    if (!module) {
        if (p->error || level == 0) return NULL;
        p->mark = m;
    }
    if (!expect(p, KW_IMPORT)) return NULL;
    Seq *names = import_from_targets(p);
    if (!names) return NULL;
    return NEW_STMT(p, ImportFrom, extra(p, start), .module = module, .names = names,
                    .level = level);
}

static int starts_list_tuple_genexp_or_const(Parser *p)
{
    int mark = p->mark;
    Token *t = peek(p);
    if (!t) return 0;
    if (t->type == KW_TRUE || t->type == KW_NONE || t->type == KW_FALSE) return 1;
    int r = 0;
    if (t->type == TK_LSQB) r = list_display(p) != NULL;
    else if (t->type == TK_LPAR) {
        r = tuple(p) != NULL;
        if (!r && !p->error) {
            p->mark = mark;
            r = genexp(p) != NULL;
        }
    }
    p->mark = mark;
    return r;
}

static Stmt *expr_stmt(Parser *p, Expr *e, Token *start)
{
    return NEW_STMT(p, Expr, extra(p, start), .value = e);
}

/* A statement with no fields (pass, break, continue) */
static Stmt *bare_stmt(Parser *p, StmtKind kind, Pos pos)
{
    return NEW(p, Stmt, .kind = kind, .pos = pos);
}

static Stmt *simple_stmt_compute(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Stmt *s;
    switch (start->type) {
    case KW_RETURN: return return_stmt(p);
    case KW_IMPORT: return import_name(p);
    case KW_FROM: return import_from(p);
    case KW_RAISE: return raise_stmt(p);
    case KW_PASS: p->mark++; return bare_stmt(p, Pass_kind, tok_pos(start));
    case KW_BREAK: p->mark++; return bare_stmt(p, Break_kind, tok_pos(start));
    case KW_CONTINUE: p->mark++; return bare_stmt(p, Continue_kind, tok_pos(start));
    case KW_DEL: return del_stmt(p);
    case KW_ASSERT: return assert_stmt(p);
    case KW_GLOBAL: return names_stmt(p, KW_GLOBAL, Global_kind);
    case KW_NONLOCAL: return names_stmt(p, KW_NONLOCAL, Nonlocal_kind);
    case KW_YIELD:
        if (p->call_invalid) {
            assignment(p);
            if (p->error) return NULL;
            p->mark = mark;
        }
        {
            Expr *y = yield_expr(p);
            return y ? expr_stmt(p, y, start) : NULL;
        }
    default:
        break;
    }
    s = assignment(p);
    if (s || p->error) return s;
    p->mark = mark;
    Expr *e = star_expressions(p);
    if (e) return expr_stmt(p, e, start);
    return NULL;
}

static Stmt *simple_stmt(Parser *p)
{
    MEMOIZED2(p, M_SIMPLE_STMT, Stmt *, simple_stmt_compute(p));
}

/* simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
static Seq *simple_stmts(Parser *p)
{
    int mark = p->mark;
    Stmt *s = simple_stmt(p);
    if (!s) return NULL;
    Seq *seq = seq1(p, s);
    if (!seq) return NULL;
    while (1) {
        int m = p->mark;
        if (!expect(p, TK_SEMI)) break;
        Stmt *t = simple_stmt(p);
        if (!t) {
            if (p->error) return NULL;
            p->mark = m + 1;
            break;
        }
        if (push(p, seq, t) < 0) return NULL;
    }
    if (expect(p, TK_NEWLINE)) return seq;
    p->mark = mark;
    return NULL;
}

/* ---- blocks and compound statements --------------------------------------------------------- */

static Seq *block_compute(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TK_NEWLINE) && expect(p, TK_INDENT)) {
        Seq *s = statements(p);
        if (s && expect(p, TK_DEDENT)) return s;
    }
    if (p->error) return NULL;
    p->mark = mark;
    Seq *s = simple_stmts(p);
    if (s || p->error) return s;
    p->mark = mark;
    if (p->call_invalid) {
        if (expect(p, TK_NEWLINE) && peek_type(p) != TK_INDENT && !p->error)
            indentation_error(p, "expected an indented block");
        p->mark = mark;
    }
    return NULL;
}

static Seq *block(Parser *p)
{
    MEMOIZED2(p, M_BLOCK, Seq *, block_compute(p));
}

/* ':' NEWLINE !INDENT after a header: raise "expected an indented block after ..." */
static int missing_block(Parser *p, const char *what, int lineno)
{
    int m = p->mark;
    if (expect(p, TK_COLON) && expect(p, TK_NEWLINE) && peek_type(p) != TK_INDENT && !p->error) {
        indentation_error(p, "expected an indented block after %s on line %d", what, lineno);
        return 1;
    }
    p->mark = m;
    return 0;
}

/* NEWLINE where a header's ':' should be: raise "expected ':'" (1), else 0. */
static int expected_colon(Parser *p)
{
    if (!expect(p, TK_NEWLINE)) return 0;
    syntax_error(p, "expected ':'");
    return 1;
}

/* The end of a header that lacks its ':' or its indented block: 1 when it raised. */
static int invalid_block_start(Parser *p, const char *what, int lineno)
{
    return expected_colon(p) || missing_block(p, what, lineno);
}

/* A header "kw named_expression" followed by NEWLINE (expected ':') or ':' NEWLINE !INDENT. */
static int invalid_header(Parser *p, int kw, const char *what)
{
    int mark = p->mark;
    Token *a = expect(p, kw);
    if (!a) return 0;
    if (named_expression(p)) {
        char buf[64];
        snprintf(buf, sizeof buf, "'%s' statement", what);
        if (invalid_block_start(p, buf, a->lineno)) return 1;
    }
    p->mark = mark;
    return 0;
}

/* else_block / finally_block: kw ':' block, or in pass 2 kw ':' NEWLINE !INDENT raising the
 * missing block of `what`.  As an optional part of a statement: NULL when absent with the mark
 * restored (the caller checks p->error). */
static Seq *optional_block(Parser *p, int kw, const char *what)
{
    int mark = p->mark;
    if (p->call_invalid) {
        Token *a = expect(p, kw);
        if (a && missing_block(p, what, a->lineno)) return NULL;
        if (p->error) return NULL;
        p->mark = mark;
    }
    Seq *s = NULL;
    if (expect(p, kw) && expect_forced(p, TK_COLON, ":")) s = block(p);
    if (!s) p->mark = mark;
    return s;
}

/* if_stmt, elif_stmt, while_stmt: kw named_expression ':' block, then for 'if' and 'elif' an
 * elif_stmt or [else_block], for 'while' [else_block]. */
static Stmt *if_like(Parser *p, int kw)
{
    int mark = p->mark;
    if (p->call_invalid) {
        const char *what = kw == KW_IF ? "if" : kw == KW_ELIF ? "elif" : "while";
        if (invalid_header(p, kw, what) || p->error) return NULL;
        p->mark = mark;
    }
    Token *start = expect(p, kw);
    if (!start) return NULL;
    Expr *test = named_expression(p);
    if (!test || !expect(p, TK_COLON)) goto fail;
    Seq *body = block(p);
    if (!body) goto fail;
    Seq *orelse = NULL;
    if (kw != KW_WHILE && peek_type(p) == KW_ELIF) {
        Stmt *e = if_like(p, KW_ELIF);
        if (!e) goto fail;
        orelse = seq1(p, e);
        if (!orelse) return NULL;
    }
    else {
        if (p->error) return NULL;
        orelse = optional_block(p, KW_ELSE, "'else' statement");
        if (p->error) return NULL;
    }
    /* While and If share one layout */
    return NEW_STMT_AS(p, kw == KW_WHILE ? While_kind : If_kind, If, extra(p, start),
                       .test = test, .body = body, .orelse = orelse);
fail:
    p->mark = mark;
    return NULL;
}

/* invalid_for_stmt */
static int invalid_for_stmt(Parser *p)
{
    int mark = p->mark;
    expect(p, KW_ASYNC);
    Token *a = expect(p, KW_FOR);
    if (a && star_targets(p) && expect(p, KW_IN) && star_expressions(p) &&
        invalid_block_start(p, "'for' statement", a->lineno))
        return 1;
    p->mark = mark;
    return 0;
}

static Stmt *for_stmt(Parser *p)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_for_stmt(p), NULL);
    Token *start = peek(p);
    if (!start) return NULL;
    int is_async = expect(p, KW_ASYNC) != NULL;
    if (expect(p, KW_FOR)) {
        Expr *target = star_targets(p);
        if (target && expect(p, KW_IN)) {
            /* cut: after 'in' no other alternative is tried */
            Expr *iter = star_expressions(p);
            if (!iter || !expect(p, TK_COLON)) return NULL;
            Seq *body = block(p);
            if (!body) return NULL;
            Seq *orelse = optional_block(p, KW_ELSE, "'else' statement");
            if (p->error) return NULL;
            return NEW_STMT_AS(p, is_async ? AsyncFor_kind : For_kind, For, extra(p, start),
                               .target = target, .iter = iter, .body = body, .orelse = orelse);
        }
    }
    FAIL_WITH_CHECK(p, mark, invalid_for_target(p));
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
static WithItem *with_item(Parser *p)
{
    int mark = p->mark;
    Expr *e = expression(p);
    if (!e) return NULL;
    int m = p->mark;
    if (expect(p, KW_AS)) {
        Expr *t = star_target(p);
        if (t) {
            int n = peek_type(p);
            if (n == TK_COMMA || n == TK_RPAR || n == TK_COLON)
                return NEW(p, WithItem, .context_expr = e, .optional_vars = t);
        }
        if (p->error) return NULL;
        if (p->call_invalid) {
            p->mark = m + 1;
            Expr *a = expression(p);
            if (a) {
                int n = peek_type(p);
                if (n == TK_COMMA || n == TK_RPAR || n == TK_COLON) {
                    raise_invalid_target(p, STAR_TARGETS, a);
                    if (p->error) return NULL;
                }
            }
            if (p->error) return NULL;
        }
    }
    p->mark = mark;
    e = expression(p);
    return e ? NEW(p, WithItem, .context_expr = e) : NULL;
}

/* ','.with_item+ */
static Seq *with_items(Parser *p)
{
    Seq *s = NULL;
    while (1) {
        int m = p->mark;
        if (s && !expect(p, TK_COMMA)) break;
        WithItem *w = with_item(p);
        if (!w) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (append(p, &s, w) < 0) return NULL;
    }
    return s;
}

/* ','.(expression ['as' star_target])+ or, parenthesised, ','.(expressions ['as' ...])+ */
static int loose_with_items(Parser *p, int parens)
{
    int n = 0;
    while (1) {
        int m = p->mark;
        if (n && !expect(p, TK_COMMA)) break;
        Expr *e = parens ? expressions(p) : expression(p);
        if (!e) {
            if (p->error) return 0;
            p->mark = m;
            break;
        }
        int m2 = p->mark;
        if (!(expect(p, KW_AS) && star_target(p))) {
            if (p->error) return 0;
            p->mark = m2;
        }
        n++;
    }
    return n;
}

/* invalid_with_stmt_indent (indent) and invalid_with_stmt: [ASYNC] 'with' and its items, bare
 * or in parentheses, then ':' NEWLINE !INDENT (indent) or a NEWLINE where ':' should be. */
static int invalid_with(Parser *p, int indent)
{
    int mark = p->mark;
    for (int parens = 0; parens < 2; parens++) {
        p->mark = mark;
        expect(p, KW_ASYNC);
        Token *a = expect(p, KW_WITH);
        if (!a) return 0;
        if (parens && !expect(p, TK_LPAR)) continue;
        if (!loose_with_items(p, parens)) continue;
        if (parens) {
            expect(p, TK_COMMA);
            if (!expect(p, TK_RPAR)) continue;
        }
        if (indent ? missing_block(p, "'with' statement", a->lineno) : expected_colon(p))
            return 1;
    }
    if (p->error) return 1;
    p->mark = mark;
    return 0;
}

static Stmt *with_stmt(Parser *p)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_with(p, 1), NULL);
    Token *start = peek(p);
    if (!start) return NULL;
    int is_async = expect(p, KW_ASYNC) != NULL;
    if (!expect(p, KW_WITH)) { p->mark = mark; return NULL; }
    int after = p->mark;
    Seq *items = NULL;
    if (expect(p, TK_LPAR)) {
        items = with_items(p);
        if (items) {
            expect(p, TK_COMMA);
            if (!(expect(p, TK_RPAR) && expect(p, TK_COLON))) items = NULL;
        }
        if (p->error) return NULL;
    }
    if (!items) {
        p->mark = after;
        items = with_items(p);
        if (items && !expect(p, TK_COLON)) items = NULL;
        if (p->error) return NULL;
    }
    if (items) {
        Seq *body = block(p);
        if (body)
            return NEW_STMT_AS(p, is_async ? AsyncWith_kind : With_kind, With, extra(p, start),
                               .items = items, .body = body);
        if (p->error) return NULL;
    }
    FAIL_WITH_CHECK(p, mark, invalid_with(p, 0));
}

/* ['as' NAME] after an except clause's expression */
static Object *except_name(Parser *p, int *ok)
{
    int m = p->mark;
    *ok = 1;
    if (expect(p, KW_AS)) {
        Token *t = expect(p, TK_NAME);
        if (t) {
            Object *id = token_identifier(p, t);
            if (!id) *ok = 0;
            return id;
        }
    }
    p->mark = m;
    return NULL;
}

/* invalid_except_stmt */
static int invalid_except_stmt(Parser *p)
{
    int mark = p->mark;
    int ok;
    Token *a = expect(p, KW_EXCEPT);
    if (!a) return 0;
    int star = expect(p, TK_STAR) != NULL;
    Expr *e = expression(p);
    if (e && expect(p, TK_COMMA) && expressions(p)) {
        except_name(p, &ok);
        if (expect(p, TK_COLON)) {
            error_starting_from(p, e->pos, "multiple exception types must be parenthesized");
            return 1;
        }
    }
    if (p->error) return 1;
    p->mark = mark + 1;
    if (star) p->mark++;
    if (expression(p)) {
        except_name(p, &ok);
        if (expected_colon(p)) return 1;
    }
    if (p->error) return 1;
    p->mark = mark + 1;
    if (expected_colon(p)) return 1;
    p->mark = mark + 1;
    if (expect(p, TK_STAR) && (expect(p, TK_NEWLINE) || expect(p, TK_COLON))) {
        syntax_error(p, "expected one or more exception types");
        return 1;
    }
    p->mark = mark;
    return 0;
}

/* invalid_except_stmt_indent / invalid_except_star_stmt_indent */
static int invalid_except_indent(Parser *p, int star)
{
    int mark = p->mark;
    int ok;
    Token *a = expect(p, KW_EXCEPT);
    if (!a) return 0;
    if (star && !expect(p, TK_STAR)) { p->mark = mark; return 0; }
    if (expression(p)) {
        except_name(p, &ok);
        if (missing_block(p, star ? "'except*' statement" : "'except' statement", a->lineno))
            return 1;
    }
    if (p->error) return 1;
    if (!star) {
        p->mark = mark + 1;
        if (missing_block(p, "'except' statement", a->lineno)) return 1;
    }
    p->mark = mark;
    return 0;
}

/* except_block / except_star_block: an ExceptHandler (a repeat() item) */
static void *except_block(Parser *p, int star)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_except_indent(p, star), NULL);
    Token *start = expect(p, KW_EXCEPT);
    if (start) {
        int ok = 1;
        Expr *type = NULL;
        Object *name = NULL;
        if (star) {
            if (!expect(p, TK_STAR)) goto fail;
            type = expression(p);
            if (!type) goto fail;
            name = except_name(p, &ok);
        }
        else {
            type = expression(p);
            if (type) name = except_name(p, &ok);
            else if (p->error) return NULL;
        }
        if (!ok) return NULL;
        if (expect(p, TK_COLON)) {
            Seq *body = block(p);
            if (body)
                return NEW(p, ExceptHandler, .pos = extra(p, start), .type = type,
                           .name = name, .body = body);
        }
    }
fail:
    FAIL_WITH_CHECK(p, mark, invalid_except_stmt(p));
}

static Seq *except_blocks(Parser *p, int star)
{
    return repeat(p, except_block, star);
}

/* invalid_try_stmt */
static int invalid_try_stmt(Parser *p)
{
    int mark = p->mark;
    Token *a = expect(p, KW_TRY);
    if (!a) return 0;
    if (missing_block(p, "'try' statement", a->lineno)) return 1;
    if (p->error) return 1;
    p->mark = mark + 1;
    if (expect(p, TK_COLON) && block(p)) {
        int t = peek_type(p);
        if (t != KW_EXCEPT && t != KW_FINALLY && !p->error) {
            syntax_error(p, "expected 'except' or 'finally' block");
            return 1;
        }
    }
    if (p->error) return 1;
    for (int star = 0; star < 2; star++) {
        p->mark = mark + 1;
        if (!expect(p, TK_COLON)) break;
        int m = p->mark;
        if (!block(p)) p->mark = m;
        if (p->error) return 1;
        if (!except_blocks(p, star)) {
            if (p->error) return 1;
            continue;
        }
        Token *e = expect(p, KW_EXCEPT);
        if (!e) continue;
        if (!star) {
            Token *s = expect(p, TK_STAR);
            if (s && expression(p)) {
                int ok;
                except_name(p, &ok);
                if (expect(p, TK_COLON)) {
                    error_range(p, tok_pos(e), tok_pos(s),
                                "cannot have both 'except' and 'except*' on the same 'try'");
                    return 1;
                }
            }
        }
        else {
            int m2 = p->mark;
            if (expression(p)) {
                int ok;
                except_name(p, &ok);
            }
            else p->mark = m2;
            if (p->error) return 1;
            if (expect(p, TK_COLON)) {
                error_range(p, tok_pos(e), tok_pos(e),
                            "cannot have both 'except' and 'except*' on the same 'try'");
                return 1;
            }
        }
        if (p->error) return 1;
    }
    p->mark = mark;
    return 0;
}

static Stmt *try_stmt(Parser *p)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_try_stmt(p), NULL);
    Token *start = expect(p, KW_TRY);
    if (!start) return NULL;
    if (!expect_forced(p, TK_COLON, ":")) return NULL;
    Seq *body = block(p);
    if (!body) goto fail;
    int after_body = p->mark;
    /* finally_block alone */
    Seq *fin = optional_block(p, KW_FINALLY, "'finally' statement");
    if (fin) return NEW_STMT(p, Try, extra(p, start), .body = body, .finalbody = fin);
    if (p->error) return NULL;
    for (int star = 0; star < 2; star++) {
        p->mark = after_body;
        Seq *handlers = except_blocks(p, star);
        if (!handlers) {
            if (p->error) return NULL;
            continue;
        }
        Seq *orelse = optional_block(p, KW_ELSE, "'else' statement");
        if (p->error) return NULL;
        fin = optional_block(p, KW_FINALLY, "'finally' statement");
        if (p->error) return NULL;
        return NEW_STMT_AS(p, star ? TryStar_kind : Try_kind, Try, extra(p, start),
                           .body = body, .handlers = handlers, .orelse = orelse,
                           .finalbody = fin);
    }
fail:
    if (p->error) return NULL;
    p->mark = mark;
    return NULL;
}

/* decorators: ('@' named_expression NEWLINE)+ */
static Seq *decorators(Parser *p)
{
    Seq *s = NULL;
    while (1) {
        int m = p->mark;
        if (!expect(p, TK_AT)) break;
        Expr *e = named_expression(p);
        if (!e || !expect(p, TK_NEWLINE)) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (append(p, &s, e) < 0) return NULL;
    }
    return s;
}

/* invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
static int invalid_def_raw(Parser *p)
{
    int mark = p->mark;
    expect(p, KW_ASYNC);
    Token *a = expect(p, KW_DEF);
    if (a && expect(p, TK_NAME) && expect(p, TK_LPAR)) {
        int m = p->mark;
        if (!params(p)) p->mark = m;
        if (p->error) return 1;
        if (expect(p, TK_RPAR)) {
            m = p->mark;
            if (!(expect(p, TK_RARROW) && expression(p))) p->mark = m;
            if (p->error) return 1;
            if (missing_block(p, "function definition", a->lineno)) return 1;
        }
    }
    if (p->error) return 1;
    p->mark = mark;
    return 0;
}

static Stmt *function_def_raw(Parser *p)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_def_raw(p), NULL);
    Token *start = peek(p);
    if (!start) return NULL;
    int is_async = expect(p, KW_ASYNC) != NULL;
    if (!expect(p, KW_DEF)) goto fail;
    Token *n = expect(p, TK_NAME);
    if (!n) goto fail;
    if (!expect_forced(p, TK_LPAR, "(")) return NULL;
    int m = p->mark;
    Arguments *args = params(p);
    if (!args) {
        if (p->error) return NULL;
        p->mark = m;
    }
    if (!expect(p, TK_RPAR)) goto fail;
    Expr *returns = preceded(p, TK_RARROW, expression);
    if (p->error) return NULL;
    if (!expect_forced(p, TK_COLON, ":")) return NULL;
    Seq *body = block(p);
    if (!body) goto fail;
    if (!args && !(args = empty_arguments(p))) return NULL;
    Object *name = token_identifier(p, n);
    if (!name) return NULL;
    return NEW_STMT_AS(p, is_async ? AsyncFunctionDef_kind : FunctionDef_kind, FunctionDef,
                       extra(p, start), .name = name, .args = args, .body = body,
                       .returns = returns);
fail:
    if (p->error) return NULL;
    p->mark = mark;
    return NULL;
}

/* invalid_class_def_raw */
static int invalid_class_def_raw(Parser *p)
{
    int mark = p->mark;
    Token *a = expect(p, KW_CLASS);
    if (!a || !expect(p, TK_NAME)) { p->mark = mark; return 0; }
    int m = p->mark;
    if (expect(p, TK_LPAR)) {
        int m2 = p->mark;
        if (!arguments(p)) p->mark = m2;
        if (p->error) return 1;
        if (!expect(p, TK_RPAR)) p->mark = m;
    }
    if (p->error) return 1;
    if (invalid_block_start(p, "class definition", a->lineno)) return 1;
    p->mark = mark;
    return 0;
}

static Stmt *class_def_raw(Parser *p)
{
    int mark = p->mark;
    INVALID_FIRST(p, invalid_class_def_raw(p), NULL);
    Token *start = expect(p, KW_CLASS);
    if (!start) return NULL;
    Token *n = expect(p, TK_NAME);
    if (!n) goto fail;
    Expr *args = NULL;
    int m = p->mark;
    if (expect(p, TK_LPAR)) {
        int m2 = p->mark;
        args = arguments(p);
        if (!args) {
            if (p->error) return NULL;
            p->mark = m2;
        }
        if (!expect(p, TK_RPAR)) {
            if (p->error) return NULL;
            p->mark = m;
            args = NULL;
        }
    }
    if (!expect(p, TK_COLON)) goto fail;
    Seq *body = block(p);
    if (!body) goto fail;
    Object *name = token_identifier(p, n);
    if (!name) return NULL;
    return NEW_STMT(p, ClassDef, extra(p, start), .name = name,
                    .bases = args ? args->v.Call.args : NULL,
                    .keywords = args ? args->v.Call.keywords : NULL, .body = body);
fail:
    if (p->error) return NULL;
    p->mark = mark;
    return NULL;
}

static Stmt *match_stmt(Parser *p);

static Stmt *compound_stmt(Parser *p)
{
    int mark = p->mark;
    Token *t = peek(p);
    if (!t) return NULL;
    Stmt *s;
    switch (t->type) {
    case TK_AT: {
        Seq *decs = decorators(p);
        if (!decs) return NULL;
        int m = p->mark;
        s = function_def_raw(p);
        if (!s && !p->error) {
            p->mark = m;
            s = class_def_raw(p);
        }
        if (!s) { p->mark = mark; return NULL; }
        if (s->kind == ClassDef_kind) s->v.ClassDef.decorator_list = decs;
        else s->v.FunctionDef.decorator_list = decs;
        return s;
    }
    case KW_DEF: return function_def_raw(p);
    case KW_IF: return if_like(p, KW_IF);
    case KW_CLASS: return class_def_raw(p);
    case KW_WITH: return with_stmt(p);
    case KW_FOR: return for_stmt(p);
    case KW_TRY: return try_stmt(p);
    case KW_WHILE: return if_like(p, KW_WHILE);
    case KW_ASYNC:
        if ((s = function_def_raw(p)) || p->error) return s;
        p->mark = mark;
        if ((s = with_stmt(p)) || p->error) return s;
        p->mark = mark;
        return for_stmt(p);
    case TK_NAME:
        return match_stmt(p);
    default:
        return NULL;
    }
}

/* statement: compound_stmt | simple_stmts; statements: statement+ (flattened) */
static Seq *statements(Parser *p)
{
    Seq *s = NULL;
    while (1) {
        int m = p->mark;
        Stmt *c = compound_stmt(p);
        if (c) {
            if (append(p, &s, c) < 0) return NULL;
            continue;
        }

        if (p->error) return NULL;
        p->mark = m;
        Seq *simple = simple_stmts(p);
        if (!simple) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (!s) s = simple;
        else
            for (int i = 0; i < simple->n; i++)
                if (push(p, s, simple->a[i]) < 0) return NULL;
    }
    return s;
}

/* ---- match statement and patterns ----------------------------------------------------------- */

static Pattern *closed_pattern(Parser *p);
static Pattern *or_pattern(Parser *p);

/* MatchAs(pat, name) and MatchStar(name) (kind), the name from a token when there is one */
static Pattern *capture(Parser *p, PatternKind kind, Pattern *pat, Token *name, Pos pos)
{
    Object *id = name ? token_identifier(p, name) : NULL;
    if (name && !id) return NULL;
    if (kind == MatchStar_kind) return NEW_PATTERN(p, MatchStar, pos, .name = id);
    return NEW_PATTERN(p, MatchAs, pos, .pattern = pat, .name = id);
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static Token *pattern_capture_target(Parser *p)
{
    Token *t = peek(p);
    if (!t || t->type != TK_NAME || tok_is_soft(t, "_")) return NULL;
    int n = peek_type_at(p, 1);
    if (n == TK_DOT || n == TK_LPAR || n == TK_EQUAL) return NULL;
    p->mark++;
    return t;
}

/* name_or_attr: attr | NAME  (attr: name_or_attr '.' NAME) */
static Expr *name_or_attr(Parser *p)
{
    Token *start = peek(p);
    if (!start || start->type != TK_NAME) return NULL;
    p->mark++;
    Expr *e = name_from_token(p, start, Load);
    while (e && peek_type(p) == TK_DOT && peek_type_at(p, 1) == TK_NAME) {
        Token *n = p->tokens[p->mark + 1];
        p->mark += 2;
        e = attribute(p, e, n, Load, extra(p, start));
    }
    return e;
}

/* signed_number: NUMBER | '-' NUMBER */
static Expr *signed_number(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    if (start->type == TK_NUMBER) return number_token(p);
    if (start->type == TK_MINUS && peek_type_at(p, 1) == TK_NUMBER) {
        p->mark++;
        Expr *n = number_token(p);
        if (!n) return NULL;
        return build_unary(p, start, n);
    }
    return NULL;
}

/* complex_number: signed_real_number ('+' | '-') imaginary_number */
static Expr *complex_number(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *real = signed_number(p);
    if (!real) return NULL;
    Token *op = peek(p);
    if (!op || (op->type != TK_PLUS && op->type != TK_MINUS) || peek_type_at(p, 1) != TK_NUMBER) {
        p->mark = mark;
        return NULL;
    }
    Expr *r = real->kind == UnaryOp_kind ? real->v.UnaryOp.operand : real;
    if (r->kind != Constant_kind || IS_COMPLEX(r->v.Constant.value))
        return error_range(p, r->pos, r->pos, "real number required in complex literal");
    p->mark++;
    Expr *imag = number_token(p);
    if (!imag) return NULL;
    if (!IS_COMPLEX(imag->v.Constant.value))
        return error_range(p, imag->pos, imag->pos, "imaginary number required in complex literal");
    return NEW_EXPR(p, BinOp, extra(p, start), .left = real,
                    .op = op->type == TK_PLUS ? Add : Sub, .right = imag);
}

/* literal_expr (for mapping keys) and the value of a literal_pattern */
static Expr *literal_expr(Parser *p, int *is_singleton)
{
    int mark = p->mark;
    Token *t = peek(p);
    if (!t) return NULL;
    *is_singleton = 0;
    switch (t->type) {
    case KW_NONE: case KW_TRUE: case KW_FALSE:
        p->mark++;
        *is_singleton = 1;
        return singleton(p, t->type == KW_NONE ? NONE : t->type == KW_TRUE ? TRUE_OBJ : FALSE_OBJ,
                         tok_pos(t));
    case TK_STRING:
        return strings(p);
    case TK_NUMBER: case TK_MINUS: {
        Expr *n = signed_number(p);
        if (n) {
            int k = peek_type(p);
            if (k != TK_PLUS && k != TK_MINUS) return n;
        }
        if (p->error) return NULL;
        p->mark = mark;
        return complex_number(p);
    }
    default:
        return NULL;
    }
}


/* maybe_star_pattern: star_pattern | pattern */
static Pattern *maybe_star_pattern(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    if (start->type == TK_STAR) {
        p->mark++;
        Token *t = pattern_capture_target(p);
        if (t || (!p->error && expect_soft(p, "_")))
            return capture(p, MatchStar_kind, NULL, t, extra(p, start));
        if (p->error) return NULL;
        p->mark--;
        return NULL;
    }
    return pattern(p);
}

/* ','.maybe_star_pattern+ ','? */
static Seq *maybe_sequence_pattern(Parser *p)
{
    Seq *s = NULL;
    while (1) {
        Pattern *q = maybe_star_pattern(p);
        if (!q) break;
        if (append(p, &s, q) < 0) return NULL;
        if (!expect(p, TK_COMMA)) break;
    }
    return p->error ? NULL : s;
}

/* open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
static Seq *open_sequence_pattern(Parser *p)
{
    int mark = p->mark;
    Pattern *a = maybe_star_pattern(p);
    if (!a || !expect(p, TK_COMMA)) { p->mark = mark; return NULL; }
    Seq *s = seq1(p, a), *rest = NULL;
    if (!s || !(rest = maybe_sequence_pattern(p))) return p->error ? NULL : s;
    for (int i = 0; i < rest->n; i++)
        if (push(p, s, rest->a[i]) < 0) return NULL;
    return s;
}

static Pattern *mapping_pattern(Parser *p)
{
    int mark = p->mark;
    Token *start = expect(p, TK_LBRACE);
    if (!start) return NULL;
    Seq *keys = seq_new(p), *pats = seq_new(p);
    if (!keys || !pats) return NULL;
    Object *rest = NULL;
    while (1) {
        if (peek_type(p) == TK_DOUBLESTAR) {
            int m = p->mark;
            p->mark++;
            Token *t = pattern_capture_target(p);
            if (!t) { p->mark = m; break; }
            rest = token_identifier(p, t);
            if (!rest) return NULL;
            expect(p, TK_COMMA);
            break;
        }
        int m = p->mark;
        int single;
        Expr *key = literal_expr(p, &single);
        if (!key) {
            if (p->error) return NULL;
            p->mark = m;
            key = name_or_attr(p);
            if (key && key->kind != Attribute_kind) key = NULL;
        }
        if (!key || !expect(p, TK_COLON)) { p->mark = m; break; }
        Pattern *v = pattern(p);
        if (!v) { p->mark = m; break; }
        if (push(p, keys, key) < 0 || push(p, pats, v) < 0) return NULL;
        if (!expect(p, TK_COMMA)) break;
    }
    if (p->error) return NULL;
    if (!expect(p, TK_RBRACE)) { p->mark = mark; return NULL; }
    return NEW_PATTERN(p, MatchMapping, extra(p, start), .keys = keys->n ? keys : NULL,
                       .patterns = pats->n ? pats : NULL, .rest = rest);
}

/* class_pattern's argument list after '(' : positional patterns then keyword patterns */
static Pattern *class_pattern(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Expr *cls = name_or_attr(p);
    if (!cls || !expect(p, TK_LPAR)) { p->mark = mark; return NULL; }
    Seq *pats = seq_new(p), *kwd_attrs = seq_new(p), *kwd_pats = seq_new(p);
    if (!pats || !kwd_attrs || !kwd_pats) return NULL;
    while (1) {
        Token *t = peek(p);
        if (!t) return NULL;
        if (t->type == TK_NAME && peek_type_at(p, 1) == TK_EQUAL) {
            int m = p->mark;
            p->mark += 2;
            Pattern *v = pattern(p);
            if (!v) { p->mark = m; break; }
            Object *id = token_identifier(p, t);
            if (!id || push(p, kwd_attrs, id) < 0 || push(p, kwd_pats, v) < 0) return NULL;
        }
        else {
            if (kwd_attrs->n) break;
            int m = p->mark;
            Pattern *v = pattern(p);
            if (!v) { p->mark = m; break; }
            if (push(p, pats, v) < 0) return NULL;
        }
        if (!expect(p, TK_COMMA)) break;
    }
    if (p->error) return NULL;
    if (expect(p, TK_RPAR))
        return NEW_PATTERN(p, MatchClass, extra(p, start), .cls = cls,
                           .patterns = pats->n ? pats : NULL,
                           .kwd_attrs = kwd_attrs->n ? kwd_attrs : NULL,
                           .kwd_patterns = kwd_pats->n ? kwd_pats : NULL);
    if (p->call_invalid && kwd_attrs->n) {
        /* [positional_patterns ','] keyword_patterns ',' a=positional_patterns */
        int m = p->mark;
        Seq *a = seq_new(p);
        if (!a) return NULL;
        while (1) {
            if (peek_type(p) == TK_NAME && peek_type_at(p, 1) == TK_EQUAL) break;
            Pattern *v = pattern(p);
            if (!v) break;
            if (push(p, a, v) < 0) return NULL;
            int m2 = p->mark;
            if (!expect(p, TK_COMMA)) break;
            if (peek_type(p) == TK_NAME && peek_type_at(p, 1) == TK_EQUAL) {
                p->mark = m2;
                break;
            }
        }
        if (p->error) return NULL;
        if (a->n) {
            Pattern *first = a->a[0], *last = a->a[a->n - 1];
            return error_range(p, first->pos, last->pos,
                               "positional patterns follow keyword patterns");
        }
        p->mark = m;
    }
    p->mark = mark;
    return NULL;
}

static Pattern *closed_pattern_compute(Parser *p)
{
    int mark = p->mark;
    Token *t = peek(p);
    if (!t) return NULL;
    switch (t->type) {
    case TK_NUMBER: case TK_MINUS: case TK_STRING: case KW_NONE: case KW_TRUE: case KW_FALSE: {
        int single;
        Expr *v = literal_expr(p, &single);
        if (!v) return NULL;
        if (single) return NEW_PATTERN(p, MatchSingleton, v->pos, .value = v->v.Constant.value);
        return NEW_PATTERN(p, MatchValue, v->pos, .value = v);
    }
    case TK_NAME: {
        /* capture_pattern | wildcard_pattern | value_pattern | class_pattern */
        Token *c = pattern_capture_target(p);
        if (c) return capture(p, MatchAs_kind, NULL, c, tok_pos(c));
        if (p->error) return NULL;
        if (tok_is_soft(t, "_")) {
            p->mark++;
            return capture(p, MatchAs_kind, NULL, NULL, tok_pos(t));
        }
        Expr *a = name_or_attr(p);
        if (a && a->kind == Attribute_kind) {
            int n = peek_type(p);
            if (n != TK_DOT && n != TK_LPAR && n != TK_EQUAL)
                return NEW_PATTERN(p, MatchValue, a->pos, .value = a);
        }
        if (p->error) return NULL;
        p->mark = mark;
        return class_pattern(p);
    }
    case TK_LPAR: {
        /* group_pattern: '(' pattern ')' */
        p->mark++;
        Pattern *g = pattern(p);
        if (g && expect(p, TK_RPAR)) return g;
        if (p->error) return NULL;
        /* '(' open_sequence_pattern? ')' */
        p->mark = mark + 1;
    }
    /* fall through */
    case TK_LSQB: {
        /* '[' maybe_sequence_pattern? ']' */
        int paren = t->type == TK_LPAR;
        if (!paren) p->mark++;
        int m = p->mark;
        Seq *s = paren ? open_sequence_pattern(p) : maybe_sequence_pattern(p);
        if (!s && p->error) return NULL;
        if (!s) p->mark = m;
        if (!expect(p, paren ? TK_RPAR : TK_RSQB)) { p->mark = mark; return NULL; }
        return NEW_PATTERN(p, MatchSequence, extra(p, t), .patterns = s);
    }
    case TK_LBRACE:
        return mapping_pattern(p);
    default:
        return NULL;
    }
}

static Pattern *closed_pattern(Parser *p)
{
    MEMOIZED(p, M_CLOSED_PATTERN, Pattern *, closed_pattern_compute(p));
}

/* or_pattern: '|'.closed_pattern+ */
static Pattern *or_pattern(Parser *p)
{
    Token *start = peek(p);
    if (!start) return NULL;
    Pattern *a = closed_pattern(p);
    if (!a || peek_type(p) != TK_VBAR) return a;
    Seq *s = seq1(p, a);
    if (!s) return NULL;
    while (1) {
        int m = p->mark;
        if (!expect(p, TK_VBAR)) break;
        Pattern *b = closed_pattern(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (push(p, s, b) < 0) return NULL;
    }
    return NEW_PATTERN(p, MatchOr, extra(p, start), .patterns = s);
}

/* pattern: as_pattern | or_pattern */
static Pattern *pattern(Parser *p)
{
    ENTER(p);
    Token *start = peek(p);
    if (!start) { LEAVE(p); return NULL; }
    Pattern *a = or_pattern(p);
    if (!a) { LEAVE(p); return NULL; }
    int m = p->mark;
    if (expect(p, KW_AS)) {
        Token *t = pattern_capture_target(p);
        if (t) {
            LEAVE(p);
            return capture(p, MatchAs_kind, a, t, extra(p, start));
        }
        if (p->error) { LEAVE(p); return NULL; }
        if (p->call_invalid) {
            Token *u = peek(p);
            if (u && tok_is_soft(u, "_")) {
                LEAVE(p);
                return error_range(p, tok_pos(u), tok_pos(u), "cannot use '_' as a target");
            }
            if (u && u->type != TK_NAME) {
                Expr *e = expression(p);
                if (e) {
                    LEAVE(p);
                    return error_range(p, e->pos, e->pos, "invalid pattern target");
                }
            }
            if (p->error) { LEAVE(p); return NULL; }
        }
        p->mark = m;
    }
    LEAVE(p);
    return a;
}

/* patterns: open_sequence_pattern | pattern */
static Pattern *patterns(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Seq *s = open_sequence_pattern(p);
    if (s) return NEW_PATTERN(p, MatchSequence, extra(p, start), .patterns = s);
    if (p->error) return NULL;
    p->mark = mark;
    return pattern(p);
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static Expr *subject_expr(Parser *p)
{
    int mark = p->mark;
    Token *start = peek(p);
    if (!start) return NULL;
    Seq *elts = item_comma_rest(p, star_named_expression, star_named_expressions);
    if (elts) return NEW_EXPR(p, Tuple, extra(p, start), .elts = elts, .ctx = Load);
    if (p->error) return NULL;
    p->mark = mark;
    return named_expression(p);
}

/* "case" patterns guard? — returns 1 when matched; *guard_out may be NULL */
static int case_header(Parser *p, Pattern **pat, Expr **guard)
{
    if (!expect_soft(p, "case")) return 0;
    *pat = patterns(p);
    if (!*pat) return 0;
    *guard = preceded(p, KW_IF, named_expression);
    return !p->error;
}

/* case_block: a MatchCase (a repeat() item) */
static void *case_block(Parser *p, int unused)
{
    int mark = p->mark;
    Pattern *pat;
    Expr *guard;
    if (p->call_invalid) {
        Token *a = peek(p);
        if (a && case_header(p, &pat, &guard) &&
            invalid_block_start(p, "'case' statement", a->lineno))
            return NULL;
        if (p->error) return NULL;
        p->mark = mark;
    }
    if (case_header(p, &pat, &guard) && expect(p, TK_COLON)) {
        Seq *body = block(p);
        if (body) return NEW(p, MatchCase, .pattern = pat, .guard = guard, .body = body);
    }
    if (p->error) return NULL;
    p->mark = mark;
    return NULL;
}

static Stmt *match_stmt(Parser *p)
{
    int mark = p->mark;
    Token *start = expect_soft(p, "match");
    if (!start) return NULL;
    Expr *subject = subject_expr(p);
    if (subject && expect(p, TK_COLON) && expect(p, TK_NEWLINE) && expect(p, TK_INDENT)) {
        Seq *cases = repeat(p, case_block, 0);
        if (p->error) return NULL;
        if (cases && expect(p, TK_DEDENT))
            return NEW_STMT(p, Match, extra(p, start), .subject = subject, .cases = cases);
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid) {
        /* "match" subject_expr NEWLINE | "match" subject_expr ':' NEWLINE !INDENT */
        Token *a = expect_soft(p, "match");
        if (subject_expr(p) && invalid_block_start(p, "'match' statement", a->lineno))
            return NULL;
        if (p->error) return NULL;

        p->mark = mark;
    }
    return NULL;
}

/* ---- numbers --------------------------------------------------------------------------------- */

/* The value of a NUMBER token (CPython's parsenumber): int, float or imaginary complex. */
static Object *parse_number(Parser *p, Token *t)
{
    size_t n = (size_t)(t->end - t->start);
    char small[64];
    char *buf = n < sizeof small ? small : mem_alloc(n + 1);
    if (!buf) { err_no_memory(); return NULL; }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (t->start[i] != '_') buf[k++] = t->start[i];
    buf[k] = '\0';
    Object *v = NULL;
    char last = buf[k - 1];
    int radix = k > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X' || buf[1] == 'o' ||
                                          buf[1] == 'O' || buf[1] == 'b' || buf[1] == 'B');
    if (last == 'j' || last == 'J') {
        Object *f = float_from_string(buf, (ssize_t)k - 1);
        if (f) {
            v = complex_from_doubles(0.0, FLOAT_VAL(f));
            DECREF(f);
        }
    }
    else if (!radix && strpbrk(buf, ".eE"))
        v = float_from_string(buf, (ssize_t)k);
    else if (!radix && k <= 18) {
        long x = 0;
        for (size_t i = 0; i < k; i++) x = x * 10 + (buf[i] - '0');
        v = int_from_long(x);
    }
    else {
        v = int_from_string(buf, (ssize_t)k, 0);
        if (!v && err_matches(&Exc_ValueError)) {
            /* only the digit limit of int() can fail here */
            Object *exc = err_fetch();
            Object *s = exc ? obj_str(exc) : NULL;
            XDECREF(exc);
            if (s) {
                raise_known(p, &Exc_SyntaxError, t->lineno, -1, t->end_lineno, -1,
                            "%s - Consider hexadecimal for huge integer literals to avoid "
                            "decimal conversion limits.", str_as_utf8(s));
                DECREF(s);
            }
        }
    }
    if (buf != small) mem_free(buf);
    return v;
}

static Expr *number_token(Parser *p)
{
    Token *t = expect(p, TK_NUMBER);
    if (!t) return NULL;
    Object *v = parse_number(p, t);
    if (!v) { p->error = 1; return NULL; }
    if (!keep(p, v)) return NULL;
    return constant(p, v, tok_pos(t));
}

/* ---- string literals ------------------------------------------------------------------------- */

/* Raise the SyntaxError CPython makes of a codec error: "(unicode error) ..." at the last token. */
static int unicode_error(Parser *p, ssize_t start, ssize_t end, const char *reason)
{
    if (end - start == 1)
        syntax_error(p, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                        "position %zd: %s", start, reason);
    else
        syntax_error(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%zd-%zd: %s", start, end - 1, reason);
    return -1;
}

/* The one-character escapes that str and bytes literals share (0: not one of them). */
static const char simple_escapes[128] = {
    ['\\'] = '\\', ['\''] = '\'', ['"'] = '"', ['b'] = '\b', ['f'] = '\f', ['t'] = '\t',
    ['n'] = '\n', ['r'] = '\r', ['v'] = '\v', ['a'] = '\a',
};

/* An octal escape whose first digit is `first`: up to two more digits are taken from *s. */
static unsigned octal_escape(int first, const char **s, const char *end)
{
    unsigned v = (unsigned)(first - '0');
    for (int i = 0; i < 2 && *s < end && **s >= '0' && **s <= '7'; i++)
        v = v * 8 + (unsigned)(*(*s)++ - '0');
    return v;
}

/* Decode the escapes of a str literal body into sb (CPython's decode_unicode_with_escapes).
 * Error positions are counted as CPython counts them, in a buffer where each non-ASCII
 * character stands as a 10-byte "\UXXXXXXXX". */
static int decode_unicode_escapes(Parser *p, const char *s, size_t len, StrBuilder *sb)
{
    const char *end = s + len;
    ssize_t pos = 0;                 /* CPython's position of s */
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        if (c != '\\') {
            const char *q = s;
            while (q < end && *q != '\\') {
                if ((unsigned char)*q < 0x80) pos++;
                else if (((unsigned char)*q & 0xC0) != 0x80) pos += 10;
                q++;
            }
            sb_append_utf8(sb, s, q - s);
            s = q;
            continue;
        }
        ssize_t start = pos;
        s++;
        c = s < end ? (unsigned char)*s : 0x80;
        if (c >= 0x80) {
            /* a backslash before a non-ASCII character or at the end of the text (an f-string
             * literal cut at '{') stands for itself */
            sb_append_char(sb, '\\');
            pos += 6;
            continue;
        }
        s++;
        pos += 2;
        uint32_t ch;
        int count = 0;
        const char *msg = NULL;
        if (simple_escapes[c]) {
            sb_append_char(sb, (unsigned char)simple_escapes[c]);
            continue;
        }
        switch (c) {
        case '\n': continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            const char *digits = s;
            sb_append_char(sb, octal_escape(c, &s, end));
            pos += s - digits;
            continue;
        }
        case 'x': count = 2; msg = "truncated \\xXX escape"; break;
        case 'u': count = 4; msg = "truncated \\uXXXX escape"; break;
        case 'U': count = 8; msg = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
            msg = "malformed \\N character escape";
            if (s >= end) return unicode_error(p, start, pos, msg);
            if (*s == '{') {
                const char *nstart = ++s;
                pos++;
                while (s < end && *s != '}') { s++; pos++; }
                if (s >= end) return unicode_error(p, start, pos, msg);
                size_t namelen = (size_t)(s - nstart);
                if (namelen) {
                    s++;
                    pos++;
                    if (unicode_name_lookup(nstart, namelen, &ch)) {
                        sb_append_char(sb, ch);
                        continue;
                    }
                    msg = "unknown Unicode character name";
                }
            }
            return unicode_error(p, start, pos, msg);
        }
        default:
            /* an unknown escape keeps its backslash (CPython warns here) */
            sb_append_char(sb, '\\');
            sb_append_char(sb, c);
            continue;
        }
        ch = 0;
        for (; count; count--, s++, pos++) {
            if (s >= end) return unicode_error(p, start, pos, msg);
            int h = hex_digit_value((unsigned char)*s);
            if (h < 0) return unicode_error(p, start, pos, msg);
            ch = (ch << 4) + (uint32_t)h;
        }
        if (ch > 0x10FFFF) return unicode_error(p, start, pos, "illegal Unicode character");
        sb_append_char(sb, ch);
    }
    return 0;
}

typedef struct { char *buf; size_t len, cap; } ByteBuf;

static int bb_append(ByteBuf *b, const char *s, size_t n)
{
    if (n == 0) return 0;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n) cap *= 2;
        char *nb = mem_realloc(b->buf, cap);
        if (!nb) { err_no_memory(); return -1; }
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    return 0;
}

/* Decode the escapes of a bytes literal body (CPython's _PyBytes_DecodeEscape). */
static int decode_bytes_escapes(Parser *p, const char *s, size_t len, ByteBuf *out)
{
    const char *begin = s, *end = s + len;
    while (s < end) {
        if (*s != '\\') {
            const char *q = memchr(s, '\\', (size_t)(end - s));
            if (!q) q = end;
            if (bb_append(out, s, (size_t)(q - s)) < 0) return -1;
            s = q;
            continue;
        }
        s++;
        if (s >= end) {
            syntax_error(p, "(value error) Trailing \\ in string");
            return -1;
        }
        char c = *s++, o;
        switch (c) {
        case '\n': continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            o = (char)(octal_escape(c, &s, end) & 0xFF);
            break;
        case 'x':
            if (s + 1 < end) {
                int d1 = hex_digit_value((unsigned char)s[0]);
                int d2 = hex_digit_value((unsigned char)s[1]);
                if (d1 >= 0 && d2 >= 0) {
                    o = (char)((d1 << 4) + d2);
                    s += 2;
                    break;
                }
            }
            syntax_error(p, "(value error) invalid \\x escape at position %zd",
                         (ssize_t)(s - 2 - begin));
            return -1;
        default:
            if ((unsigned char)c < 0x80 && simple_escapes[(unsigned char)c]) {
                o = simple_escapes[(unsigned char)c];
                break;
            }
            if (bb_append(out, "\\", 1) < 0) return -1;
            s--;
            continue;
        }
        if (bb_append(out, &o, 1) < 0) return -1;
    }
    return 0;
}

/* The parts of a STRING token: prefix flags and the body between the quotes. */
typedef struct {
    int bytes, raw, fmode;
    const char *body;
    size_t len;
} StrParts;

static void split_string_token(Token *t, StrParts *sp)
{
    const char *s = t->start;
    sp->bytes = sp->raw = sp->fmode = 0;
    while (1) {
        char c = *s;
        if (c == 'b' || c == 'B') sp->bytes = 1;
        else if (c == 'r' || c == 'R') sp->raw = 1;
        else if (c == 'f' || c == 'F') sp->fmode = 1;
        else if (c != 'u' && c != 'U') break;
        s++;
    }
    char quote = *s;
    size_t len = (size_t)(t->end - s);
    if (len >= 6 && s[1] == quote && s[2] == quote) {
        sp->body = s + 3;
        sp->len = len - 6;
    }
    else {
        sp->body = s + 1;
        sp->len = len - 2;
    }
}

/* The f-string state of one concatenation (CPython's FstringParser). */
typedef struct {
    StrBuilder last;             /* pending literal text */
    Seq *exprs;
    int fmode;
} FState;

static void fstate_init(FState *st)
{
    sb_init(&st->last);
    st->exprs = NULL;
    st->fmode = 0;
}

/* make_str_node_and_del: the pending literal as a Constant spanning first..last. */
static Expr *make_str_node(Parser *p, FState *st, Token *first, Token *last)
{
    Object *s = sb_finish(&st->last);
    sb_init(&st->last);
    if (!s || !keep(p, s)) { p->error = 1; return NULL; }
    Expr *e = constant(p, s, span(first, last));
    if (e && first->start[0] == 'u') {
        e->v.Constant.kind = new_identifier(p, "u", 1);
        if (!e->v.Constant.kind) return NULL;
    }
    return e;
}

static int fstate_push(Parser *p, FState *st, Expr *e)
{
    if (!st->exprs && !(st->exprs = seq_new(p))) return -1;
    return push(p, st->exprs, e);
}

static Expr *fstate_finish(Parser *p, FState *st, Token *first, Token *last)
{
    if (!st->fmode) return make_str_node(p, st, first, last);
    if (st->last.len > 0) {
        Expr *s = make_str_node(p, st, first, last);
        if (!s || fstate_push(p, st, s) < 0) return NULL;
    }
    else
        sb_discard(&st->last);
    return NEW_EXPR(p, JoinedStr, span(first, last), .values = st->exprs);
}

static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                          int recurse_lvl, Token *first, Token *t, Token *last);

/* fstring_find_literal: the literal up to an undoubled brace; 1 when a doubled brace ended it. */
static int fstring_find_literal(Parser *p, FState *st, const char **str, const char *end,
                                int raw, int recurse_lvl)
{
    const char *s = *str, *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {}
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    syntax_error(p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s) {
        if (raw) sb_append_utf8(&st->last, literal_start, s - literal_start);
        else if (decode_unicode_escapes(p, literal_start, (size_t)(s - literal_start),
                                        &st->last) < 0)
            return -1;
    }
    return result;
}

/* Where the sub-parser's columns and lines start (CPython's fstring_find_expr_location). */
static void fstring_expr_location(Token *t, const char *brace, int *lines, int *cols)
{
    *lines = *cols = 0;
    int newline_after_brace = 1;
    for (const char *s = brace + 1; s < t->end && *s != '}' && *s != '\n'; s++)
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > t->start && *s != '\n') s--;
        *cols += (int)(brace - s);
        if (*s == '\n') *cols -= 1;
    }
    for (const char *s = t->start; s < brace; s++)
        if (*s == '\n') (*lines)++;
}

/* fstring_compile_expr: parse the expression text between expr_start and expr_end. */
static Expr *fstring_compile_expr(Parser *p, const char *expr_start, const char *expr_end, Token *t)
{
    const char *s;
    for (s = expr_start; s != expr_end; s++)
        if (!(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) break;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return syntax_error(p, "f-string: expression required before '%c'", *expr_end);
        return syntax_error(p, "f-string: empty expression not allowed");
    }
    return fstring_sub_parse(p, expr_start, expr_end, t);
}

/* fstring_find_expr: from '{' to the matching '}'; the FormattedValue in *out. */
static int fstring_find_expr(Parser *p, FState *st, const char **str, const char *end, int raw,
                             int recurse_lvl, Expr **out, Token *first, Token *t, Token *last)
{
    char quote_char = 0;
    int string_type = 0, nested_depth = 0, conversion = -1;
    char parenstack[TOK_MAXLEVEL];
    Expr *format_spec = NULL;
    if (recurse_lvl >= 2) {
        syntax_error(p, "f-string: expressions nested too deeply");
        return -1;
    }
    *str += 1;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            syntax_error(p, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote_char = 0;
                    }
                }
                else {
                    string_type = 0;
                    quote_char = 0;
                }
            }
        }
        else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            }
            else
                string_type = 1;
            quote_char = ch;
        }
        else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested_depth >= TOK_MAXLEVEL) {
                syntax_error(p, "f-string: too many nested parenthesis");
                return -1;
            }
            parenstack[nested_depth++] = ch;
        }
        else if (ch == '#') {
            syntax_error(p, "f-string expression part cannot include '#'");
            return -1;
        }
        else if (nested_depth == 0 &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        }
        else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested_depth) {
                syntax_error(p, "f-string: unmatched '%c'", ch);
                return -1;
            }
            nested_depth--;
            int open = parenstack[nested_depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                syntax_error(p, "f-string: closing parenthesis '%c' does not match opening "
                                "parenthesis '%c'", ch, open);
                return -1;
            }
        }
    }
    const char *expr_end = *str;
    if (quote_char) {
        syntax_error(p, "f-string: unterminated string");
        return -1;
    }
    if (nested_depth) {
        syntax_error(p, "f-string: unmatched '%c'", parenstack[nested_depth - 1]);
        return -1;
    }
    if (*str >= end) goto unexpected_end;
    Expr *simple = fstring_compile_expr(p, expr_start, expr_end, t);
    if (!simple) { p->error = 1; return -1; }
    int has_text = 0;
    if (**str == '=') {
        *str += 1;
        while (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
               **str == '\f' || **str == '\v')
            *str += 1;
        if (*str >= end) goto unexpected_end;
        sb_append_utf8(&st->last, expr_start, *str - expr_start);
        has_text = 1;
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end) goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            syntax_error(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    if (*str >= end) goto unexpected_end;
    if (**str == ':') {
        *str += 1;
        if (*str >= end) goto unexpected_end;
        FState spec;
        fstate_init(&spec);
        if (fstring_concat(p, &spec, str, end, raw, recurse_lvl + 1, first, t, last) < 0) {
            sb_discard(&spec.last);
            return -1;
        }
        format_spec = fstate_finish(p, &spec, t, t);
        if (!format_spec) return -1;
    }
    if (*str >= end || **str != '}') goto unexpected_end;
    *str += 1;
    if (has_text && !format_spec && conversion == -1) conversion = 'r';
    *out = NEW_EXPR(p, FormattedValue, span(first, last), .value = simple,
                    .conversion = conversion, .format_spec = format_spec);
    return *out ? 0 : -1;
unexpected_end:
    syntax_error(p, "f-string: expecting '}'");
    return -1;
}

/* _PyPegen_FstringParser_ConcatFstring */
static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                          int recurse_lvl, Token *first, Token *t, Token *last)
{
    st->fmode = 1;
    while (1) {
        int r = fstring_find_literal(p, st, str, end, raw, recurse_lvl);
        if (r < 0) return -1;
        if (r == 1) continue;
        if (*str >= end || **str == '}') break;
        Expr *e = NULL;
        if (fstring_find_expr(p, st, str, end, raw, recurse_lvl, &e, first, t, last) < 0)
            return -1;
        if (st->last.len > 0) {
            Expr *s = make_str_node(p, st, first, last);
            if (!s || fstate_push(p, st, s) < 0) return -1;
        }
        if (fstate_push(p, st, e) < 0) return -1;
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        syntax_error(p, "f-string: unexpected end of string");
        return -1;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
        syntax_error(p, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

/* _PyPegen_concatenate_strings over the STRING tokens first..last (indices). */
static Expr *concatenate_strings(Parser *p, int i0, int i1)
{
    Token *first = p->tokens[i0], *last = p->tokens[i1];
    FState st;
    fstate_init(&st);
    ByteBuf bytes = {0};
    int bytesmode = 0;
    Expr *result = NULL;
    for (int i = i0; i <= i1; i++) {
        Token *t = p->tokens[i];
        StrParts sp;
        split_string_token(t, &sp);
        StrBuilder piece;
        ByteBuf bpiece = {0};
        int have_piece = 0;
        if (!sp.fmode) {
            int raw = sp.raw || !memchr(sp.body, '\\', sp.len);
            if (sp.bytes) {
                for (const char *c = sp.body; c < t->end; c++)
                    if ((unsigned char)*c >= 0x80) {
                        error_range(p, tok_pos(t), tok_pos(t),
                                    "bytes can only contain ASCII literal characters");
                        goto error;
                    }
                if (raw) {
                    if (bb_append(&bpiece, sp.body, sp.len) < 0) goto error;
                }
                else if (decode_bytes_escapes(p, sp.body, sp.len, &bpiece) < 0) {
                    mem_free(bpiece.buf);
                    goto error;
                }
            }
            else {
                sb_init(&piece);
                have_piece = 1;
                if (raw) sb_append_utf8(&piece, sp.body, (ssize_t)sp.len);
                else if (decode_unicode_escapes(p, sp.body, sp.len, &piece) < 0) {
                    sb_discard(&piece);
                    goto error;
                }
            }
        }
        if (i != i0 && bytesmode != sp.bytes) {
            if (have_piece) sb_discard(&piece);
            mem_free(bpiece.buf);
            syntax_error(p, "cannot mix bytes and nonbytes literals");
            goto error;
        }
        bytesmode = sp.bytes;
        if (sp.fmode) {
            const char *s = sp.body;
            if (fstring_concat(p, &st, &s, sp.body + sp.len, sp.raw, 0, first, t, last) < 0)
                goto error;
        }
        else if (bytesmode) {
            int r = bb_append(&bytes, bpiece.buf ? bpiece.buf : "", bpiece.len);
            mem_free(bpiece.buf);
            if (r < 0) goto error;
        }
        else {
            Object *s = sb_finish(&piece);
            if (!s) goto error;
            int r = sb_append_str(&st.last, s);
            DECREF(s);
            if (r < 0) goto error;
        }
    }
    if (bytesmode) {
        sb_discard(&st.last);
        Object *b = bytes_from_data(bytes.buf ? bytes.buf : "", (ssize_t)bytes.len);
        mem_free(bytes.buf);
        if (!b || !keep(p, b)) { p->error = 1; return NULL; }
        return constant(p, b, span(first, last));
    }
    result = fstate_finish(p, &st, first, last);
    return result;
error:
    p->error = 1;
    sb_discard(&st.last);
    mem_free(bytes.buf);
    return NULL;
}

/* strings (memo): STRING+ */
static Expr *strings_compute(Parser *p)
{
    int first = p->mark;
    while (peek_type(p) == TK_STRING) p->mark++;
    if (p->error || p->mark == first) return NULL;
    return concatenate_strings(p, first, p->mark - 1);
}

static Expr *strings(Parser *p)
{
    MEMOIZED(p, M_STRINGS, Expr *, strings_compute(p));
}

/* ---- the driver ------------------------------------------------------------------------------ */

/* The start rule of the parser's mode. */
static void *parse_start(Parser *p)
{
    if (p->fstring) return star_expressions(p);
    switch (p->mode) {
    case MODE_EVAL: {
        Expr *e = expressions(p);
        if (!e) return NULL;
        while (expect(p, TK_NEWLINE)) {}
        if (!expect(p, TK_ENDMARKER)) return NULL;
        return e;
    }
    case MODE_SINGLE: {
        /* statement_newline */
        int mark = p->mark;
        Token *t = peek(p);
        if (!t) return NULL;
        Stmt *c = compound_stmt(p);
        if (c && expect(p, TK_NEWLINE)) return seq1(p, c);
        if (p->error) return NULL;
        p->mark = mark;
        Seq *s = simple_stmts(p);
        if (s || p->error) return s;
        p->mark = mark;
        if (expect(p, TK_NEWLINE)) {
            Stmt *pass = bare_stmt(p, Pass_kind, extra(p, t));
            return pass ? seq1(p, pass) : NULL;
        }
        return NULL;        /* ENDMARKER: the interactive exit, an error here */
    }
    default: {
        Seq *s = statements(p);
        if (p->error) return NULL;
        if (!expect(p, TK_ENDMARKER)) return NULL;
        if (!s && !(s = seq_new(p))) return NULL;
        return s;
    }
    }
}

/* Tokenize the rest of the source: a tokenizer error found there replaces the syntax error
 * already set (CPython's _PyPegen_tokenize_full_source_to_check_for_errors). */
static void tokenize_rest_for_errors(Parser *p)
{
    Object *saved = err_fetch();
    Token *cur = p->tokens[p->fill - 1];
    int cur_line = cur->lineno;
    for (;;) {
        Token t;
        int type = tok_get(&p->tok, &t);
        if (type == TK_ERRORTOKEN) {
            if (!err_occurred() && p->tok.level != 0) {
                int line = p->tok.parenlinenostack[p->tok.level - 1];
                if (cur_line > line) raise_unclosed_parentheses_error(p);
            }
            break;
        }
        if (type == TK_ENDMARKER) break;
    }
    if (err_occurred()) XDECREF(saved);
    else err_restore(saved);
}

static void set_syntax_error(Parser *p, Token *last)
{
    if (err_occurred()) {
        if (p->tok.done == E_OK && err_matches(&Exc_SyntaxError)) tokenize_rest_for_errors(p);
        return;
    }
    if (p->fill == 0) {
        syntax_error(p, "error at start before reading any input");
        return;
    }
    if (last->type == TK_ERRORTOKEN && p->tok.done == E_EOF) {
        if (p->tok.level) raise_unclosed_parentheses_error(p);
        else syntax_error(p, "unexpected EOF while parsing");
        return;
    }
    if (last->type == TK_INDENT || last->type == TK_DEDENT) {
        indentation_error(p, last->type == TK_INDENT ? "unexpected indent" : "unexpected unindent");
        return;
    }
    raise_known(p, &Exc_SyntaxError, last->lineno, last->col_offset, last->end_lineno,
                last->end_col_offset, "invalid syntax");
    tokenize_rest_for_errors(p);
}

/* More than one statement in 'single' mode (CPython's bad_single_statement). */
static int bad_single_statement(Parser *p)
{
    const char *cur = p->tok.cur;
    for (;;) {
        while (*cur == ' ' || *cur == '\t' || *cur == '\n' || *cur == '\014') cur++;
        if (!*cur) return 0;
        if (*cur != '#') return 1;
        while (*cur && *cur != '\n') cur++;
    }
}

static void *run_parser(Parser *p)
{
    void *res = parse_start(p);
    if (res) {
        if (p->mode == MODE_SINGLE && !p->fstring && bad_single_statement(p))
            return syntax_error(p, "multiple statements found while compiling a single statement");
        return res;
    }
    if (err_occurred() && !err_matches(&Exc_SyntaxError)) return NULL;
    if (p->fill == 0) {
        set_syntax_error(p, NULL);
        return NULL;
    }
    Token *last = p->tokens[p->fill - 1];
    if (!p->error) {
        /* second pass, with the invalid_* rules */
        for (int i = 0; i < p->fill; i++) p->tokens[i]->memo = NULL;
        p->mark = 0;
        p->call_invalid = 1;
        parse_start(p);
    }
    set_syntax_error(p, last);
    return NULL;
}

static void parser_fini(Parser *p)
{
    mem_free(p->tokens);
    tok_fini(&p->tok);
}

/* Parse the expression of an f-string replacement field: "(expr)" with a nested parser whose
 * positions are shifted onto the field's place in the source. */
static Expr *fstring_sub_parse(Parser *p, const char *s, const char *e, Token *t)
{
    size_t len = (size_t)(e - s);
    char *text = mem_alloc(len + 3);
    if (!text) { err_no_memory(); p->error = 1; return NULL; }
    text[0] = '(';
    memcpy(text + 1, s, len);
    text[len + 1] = ')';
    text[len + 2] = '\0';
    int lines, cols;
    fstring_expr_location(t, s - 1, &lines, &cols);
    Parser sub;
    memset(&sub, 0, sizeof sub);
    int r = tok_init(&sub.tok, text, (ssize_t)len + 2, p->filename, 1);
    mem_free(text);
    if (r < 0) { p->error = 1; return NULL; }
    sub.arena = p->arena;
    sub.tmp = p->tmp;
    sub.mode = MODE_EXEC;
    sub.filename = p->filename;
    sub.fstring = 1;
    sub.depth = p->depth;
    sub.starting_lineno = t->lineno + lines - 1;
    sub.starting_col_offset = lines == 0 ? t->col_offset + cols : cols;
    sub.tok.lineno_offset = sub.starting_lineno;
    Expr *res = run_parser(&sub);
    parser_fini(&sub);
    if (!res) p->error = 1;
    return res;
}

ModNode *parse_source(const char *src, ssize_t len, Object *filename, CompileMode mode,
                      Arena *arena)
{
    if (len < 0) len = (ssize_t)strlen(src);
    if (memchr(src, '\0', (size_t)len)) {
        err_set_string(&Exc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    if (tok_init(&p.tok, src, len, filename, mode == MODE_EXEC) < 0) return NULL;
    if (tok_apply_coding(&p.tok) < 0 || tok_check_utf8(&p.tok) < 0) {
        tok_fini(&p.tok);
        return NULL;
    }
    p.arena = arena;
    p.mode = mode;
    p.filename = filename;
    p.tmp = arena_new();
    if (!p.tmp) {
        tok_fini(&p.tok);
        return NULL;
    }
    void *res = run_parser(&p);
    assert(p.depth == 0);
    parser_fini(&p);
    arena_free(p.tmp);
    if (!res) return NULL;
    ModNode *m = arena_alloc(arena, sizeof(ModNode));
    if (!m) return NULL;
    m->mode = mode;
    if (mode == MODE_EVAL) m->expr = res;
    else m->body = res;
    return m;
}
