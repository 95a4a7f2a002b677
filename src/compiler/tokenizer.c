/* tokenizer.c — Python 3.11 tokens from UTF-8 source.
 *
 * The algorithm is CPython's tok_get(): indentation is measured at the start of each logical
 * line twice, once with tabs to multiples of 8 and once counting a tab as one column; the two
 * must agree on the ordering of levels or the line is a TabError.  Lines holding only blanks and
 * comments, and newlines inside brackets, produce no tokens.  Pending INDENT/DEDENT tokens are
 * handed out one per call.  Brackets are matched here (so "unmatched ')'" is a tokenizer error),
 * and every literal is only delimited here: the parser decodes strings and numbers.
 *
 * Line numbers follow CPython's reading model: a line is "entered" when its first character is
 * read, so after the '\n' of line n the tokenizer is still on line n until the next read; the
 * positions of ENDMARKER and DEDENT tokens and of error messages depend on that. */
#include "tokenizer.h"
#include "../objects/errors.h"
#include "../objects/strings.h"
#include "../objects/unicodedb.h"
#include <string.h>
#include <stdarg.h>
#include <stdio.h>

#define TABSIZE 8        /* a tab advances to the next multiple of 8 columns */
#define EOF_CHAR (-1)

/* ---- UTF-8 helpers ------------------------------------------------------------------------- */

static int utf8_seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
}

ssize_t utf8_char_count(const char *s, ssize_t n)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < n; count++) {
        int k = utf8_seq_len((unsigned char)s[i]);
        i += k ? k : 1;
    }
    return count;
}

/* Decode one code point at s (valid UTF-8 assumed); *len receives its byte length. */
static uint32_t utf8_decode(const char *s, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    int k = utf8_seq_len(u[0]);
    *len = k ? k : 1;
    switch (k) {
    case 2: return ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    case 3: return ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    case 4: return ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) |
                   (u[3] & 0x3F);
    default: return u[0];
    }
}

static int utf8_encode(uint32_t c, char *out)
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Offset of the first byte that is not valid UTF-8, or -1. */
static ssize_t utf8_invalid_at(const unsigned char *s, ssize_t n)
{
    for (ssize_t i = 0; i < n; ) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; continue; }
        int k = utf8_seq_len(c);
        if (k == 0 || i + k > n) return i;
        for (int j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80) return i;
        if (k == 3) {
            uint32_t cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        }
        else if (k == 4) {
            uint32_t cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12);
            if (cp < 0x10000 || cp > 0x10FFFF) return i;
        }
        i += k;
    }
    return -1;
}

static int char_is_printable(uint32_t c)
{
    return unicode_isprintable(c);
}

/* ---- set-up ------------------------------------------------------------------------------ */

int tok_init(Tokenizer *tok, const char *src, ssize_t len, Object *filename, int exec_input)
{
    memset(tok, 0, sizeof *tok);
    if (len < 0) len = (ssize_t)strlen(src);
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *b = mem_alloc((size_t)len + 2);
    if (!b) { err_no_memory(); return -1; }
    ssize_t n = 0;
    for (ssize_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            b[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        }
        else
            b[n++] = c;
    }
    if (exec_input && (n == 0 || b[n - 1] != '\n')) b[n++] = '\n';
    b[n] = '\0';
    tok->buf = b;
    tok->end = b + n;
    tok->cur = tok->inp = tok->line_start = tok->buf_line = b;
    tok->atbol = 1;
    tok->filename = filename;
    return 0;
}

void tok_fini(Tokenizer *tok)
{
    mem_free(tok->buf);
    tok->buf = NULL;
}

/* ---- reading characters ---------------------------------------------------------------------- */

static int nextc(Tokenizer *tok)
{
    if (tok->cur == tok->inp) {
        if (tok->done != E_OK) return EOF_CHAR;
        if (tok->inp == tok->end) {
            tok->done = E_EOF;
            return EOF_CHAR;
        }
        const char *nl = memchr(tok->inp, '\n', (size_t)(tok->end - tok->inp));
        tok->inp = nl ? nl + 1 : tok->end;
        if (tok->start == NULL) tok->buf_line = tok->cur;
        tok->line_start = tok->cur;
        tok->lineno++;
    }
    return (unsigned char)*tok->cur++;
}

static void backup(Tokenizer *tok, int c)
{
    if (c != EOF_CHAR) tok->cur--;
}

/* ---- errors -------------------------------------------------------------------------------- */

/* Raise a SyntaxError (or subclass) at the tokenizer's position.  col/end_col are 1-based
 * character offsets; -1 means "where cur is".  The text is the current line without '\n'. */
static int tok_error_v(Tokenizer *tok, TypeObject *type, int col, int end_col,
                       const char *fmt, va_list va)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, va);
    if (col == -1) col = (int)utf8_char_count(tok->line_start, tok->cur - tok->line_start);
    if (end_col == -1) end_col = col;
    const char *nl = memchr(tok->line_start, '\n', (size_t)(tok->end - tok->line_start));
    ssize_t line_len = nl ? nl - tok->line_start : tok->end - tok->line_start;
    Object *text = str_from_utf8_lossy(tok->line_start, line_len);
    if (text) {
        int line = tok->lineno + tok->lineno_offset;
        err_syntax(type, msg, tok->filename, line, col, text, line, end_col);
        DECREF(text);
    }
    tok->done = E_ERROR;
    return TK_ERRORTOKEN;
}

static int syntaxerror(Tokenizer *tok, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    tok_error_v(tok, &Exc_SyntaxError, -1, -1, fmt, va);
    va_end(va);
    return TK_ERRORTOKEN;
}

/* Columns given as byte offsets used directly (CPython passes them through unconverted). */
static int syntaxerror_range(Tokenizer *tok, int col, int end_col, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    tok_error_v(tok, &Exc_SyntaxError, col, end_col, fmt, va);
    va_end(va);
    return TK_ERRORTOKEN;
}

static int indenterror(Tokenizer *tok)
{
    tok->done = E_TABSPACE;
    tok->cur = tok->inp;
    return TK_ERRORTOKEN;
}

/* ---- identifiers and keywords ------------------------------------------------------------- */

static inline int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static inline int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

typedef struct { const char *name; int type; } Keyword;
static const Keyword keywords[] = {
    {"False", KW_FALSE}, {"None", KW_NONE}, {"True", KW_TRUE}, {"and", KW_AND}, {"as", KW_AS},
    {"assert", KW_ASSERT}, {"async", KW_ASYNC}, {"await", KW_AWAIT}, {"break", KW_BREAK},
    {"class", KW_CLASS}, {"continue", KW_CONTINUE}, {"def", KW_DEF}, {"del", KW_DEL},
    {"elif", KW_ELIF}, {"else", KW_ELSE}, {"except", KW_EXCEPT}, {"finally", KW_FINALLY},
    {"for", KW_FOR}, {"from", KW_FROM}, {"global", KW_GLOBAL}, {"if", KW_IF},
    {"import", KW_IMPORT}, {"in", KW_IN}, {"is", KW_IS}, {"lambda", KW_LAMBDA},
    {"nonlocal", KW_NONLOCAL}, {"not", KW_NOT}, {"or", KW_OR}, {"pass", KW_PASS},
    {"raise", KW_RAISE}, {"return", KW_RETURN}, {"try", KW_TRY}, {"while", KW_WHILE},
    {"with", KW_WITH}, {"yield", KW_YIELD},
};

static int keyword_type(const char *s, size_t n)
{
    /* Keywords are 2..8 ASCII letters; a first-character test rejects most names at once. */
    if (n < 2 || n > 8) return TK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const char *k = keywords[i].name;
        if (k[0] == s[0] && strlen(k) == n && memcmp(k, s, n) == 0) return keywords[i].type;
    }
    return TK_NAME;
}

/* Check a name holding non-ASCII characters (CPython's verify_identifier): the first character
 * must be XID_Start or '_', the others XID_Continue.  (CPython also NFKC-normalises such names
 * in the parser; ouro has no normalisation tables, so names are kept as written.) */
static int verify_identifier(Tokenizer *tok)
{
    const char *p = tok->start;
    uint32_t ch = 0;
    int first = 1;
    while (p < tok->cur) {
        int len;
        ch = utf8_decode(p, &len);
        int ok = first ? (ch == '_' || unicode_isxidstart(ch)) : unicode_isxidcontinue(ch);
        p += len;
        first = 0;
        if (!ok) {
            if (p < tok->cur) tok->cur = p;
            if (char_is_printable(ch)) {
                char enc[5];
                enc[utf8_encode(ch, enc)] = '\0';
                syntaxerror(tok, "invalid character '%s' (U+%04X)", enc, (unsigned)ch);
            }
            else
                syntaxerror(tok, "invalid non-printable character U+%04X", (unsigned)ch);
            return 0;
        }
    }
    return 1;
}

/* ---- numbers ------------------------------------------------------------------------------- */

static int lookahead(Tokenizer *tok, const char *test)
{
    const char *s = test;
    int res = 0;
    while (1) {
        int c = nextc(tok);
        if (*s == 0) {
            res = !is_id_char(c);
        }
        else if (c == *s) {
            s++;
            continue;
        }
        backup(tok, c);
        while (s != test) backup(tok, *--s);
        return res;
    }
}

/* A number must not run into a name ("1abc").  CPython 3.11 lets keywords that can follow a
 * number in valid code ("1if x else y") through with a warning; ouro has no warnings here. */
static int verify_end_of_number(Tokenizer *tok, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') r = lookahead(tok, "nd");
    else if (c == 'e') r = lookahead(tok, "lse");
    else if (c == 'f') r = lookahead(tok, "or");
    else if (c == 'i') {
        int c2 = nextc(tok);
        if (c2 == 'f' || c2 == 'n' || c2 == 's') r = 1;
        backup(tok, c2);
    }
    else if (c == 'o') r = lookahead(tok, "r");
    else if (c == 'n') r = lookahead(tok, "ot");
    if (r) return 1;
    if (c < 128 && is_id_char(c)) {     /* CPython 3.11 lets a non-ASCII name follow */
        backup(tok, c);
        syntaxerror(tok, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

static inline int is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Digits with single underscores between them; returns the character after, 0 on error. */
static int decimal_tail(Tokenizer *tok)
{
    int c;
    while (1) {
        do c = nextc(tok); while (is_digit(c));
        if (c != '_') break;
        c = nextc(tok);
        if (!is_digit(c)) {
            backup(tok, c);
            syntaxerror(tok, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* Radix literal after "0x"/"0o"/"0b"; c is the character after the prefix letter. */
static int radix_tail(Tokenizer *tok, int c, int radix, const char *kind)
{
    do {
        if (c == '_') c = nextc(tok);
        int ok = radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c))
                return syntaxerror(tok, "invalid digit '%c' in %s literal", c, kind);
            backup(tok, c);
            return syntaxerror(tok, "invalid %s literal", kind);
        }
        do c = nextc(tok);
        while (radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c))
        return syntaxerror(tok, "invalid digit '%c' in %s literal", c, kind);
    if (!verify_end_of_number(tok, c, kind)) return TK_ERRORTOKEN;
    backup(tok, c);
    return TK_NUMBER;
}

/* The number starting at tok->start; c is its first character (already read). */
static int read_number(Tokenizer *tok, int c)
{
    if (c == '.') goto fraction_start;
    if (c == '0') {
        c = nextc(tok);
        if (c == 'x' || c == 'X') return radix_tail(tok, nextc(tok), 16, "hexadecimal");
        if (c == 'o' || c == 'O') return radix_tail(tok, nextc(tok), 8, "octal");
        if (c == 'b' || c == 'B') return radix_tail(tok, nextc(tok), 2, "binary");
        int nonzero = 0;
        while (1) {
            if (c == '_') {
                c = nextc(tok);
                if (!is_digit(c)) {
                    backup(tok, c);
                    return syntaxerror(tok, "invalid decimal literal");
                }
            }
            if (c != '0') break;
            c = nextc(tok);
        }
        const char *zeros_end = tok->cur;
        if (is_digit(c)) {
            nonzero = 1;
            c = decimal_tail(tok);
            if (c == 0) return TK_ERRORTOKEN;
        }
        if (c == '.') {
            c = nextc(tok);
            goto fraction;
        }
        if (c == 'e' || c == 'E') goto exponent;
        if (c == 'j' || c == 'J') goto imaginary;
        if (nonzero) {
            backup(tok, c);
            return syntaxerror_range(tok, (int)(tok->start + 1 - tok->line_start),
                                     (int)(zeros_end - tok->line_start),
                                     "leading zeros in decimal integer literals are not "
                                     "permitted; use an 0o prefix for octal integers");
        }
        if (!verify_end_of_number(tok, c, "decimal")) return TK_ERRORTOKEN;
        backup(tok, c);
        return TK_NUMBER;
    }
    backup(tok, c);
    c = decimal_tail(tok);
    if (c == 0) return TK_ERRORTOKEN;
    if (c == '.') {
        c = nextc(tok);
        goto fraction;
    }
    goto after_fraction;

fraction_start:
    c = nextc(tok);          /* the digit after the leading '.' */
fraction:
    if (is_digit(c)) {
        backup(tok, c);
        c = decimal_tail(tok);
        if (c == 0) return TK_ERRORTOKEN;
    }
after_fraction:
    if (c == 'e' || c == 'E') {
        int e;
exponent:
        e = c;
        c = nextc(tok);
        if (c == '+' || c == '-') {
            c = nextc(tok);
            if (!is_digit(c)) {
                backup(tok, c);
                return syntaxerror(tok, "invalid decimal literal");
            }
        }
        else if (!is_digit(c)) {
            backup(tok, c);
            if (!verify_end_of_number(tok, e, "decimal")) return TK_ERRORTOKEN;
            backup(tok, e);
            return TK_NUMBER;
        }
        backup(tok, c);
        c = decimal_tail(tok);
        if (c == 0) return TK_ERRORTOKEN;
    }
    if (c == 'j' || c == 'J') {
imaginary:
        c = nextc(tok);
        if (!verify_end_of_number(tok, c, "imaginary")) return TK_ERRORTOKEN;
    }
    else if (!verify_end_of_number(tok, c, "decimal"))
        return TK_ERRORTOKEN;
    backup(tok, c);
    return TK_NUMBER;
}

/* ---- strings --------------------------------------------------------------------------------- */

/* The string literal whose opening quote `quote` was just read (prefix letters before it). */
static int read_string(Tokenizer *tok, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    tok->first_lineno = tok->lineno;
    tok->multi_line_start = tok->line_start;
    int c = nextc(tok);
    if (c == quote) {
        c = nextc(tok);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1;        /* the empty string */
    }
    if (c != quote) backup(tok, c);
    while (end_quote_size != quote_size) {
        c = nextc(tok);
        if (c == EOF_CHAR || (quote_size == 1 && c == '\n')) {
            /* Report from the start of the literal, naming the line where the end was missed. */
            int detected = tok->lineno;
            tok->cur = tok->start + 1;
            tok->line_start = tok->multi_line_start;
            tok->lineno = tok->first_lineno;
            if (quote_size == 3)
                return syntaxerror(tok, "unterminated triple-quoted string literal "
                                        "(detected at line %d)", detected);
            return syntaxerror(tok, "unterminated string literal (detected at line %d)",
                               detected);
        }
        if (c == quote)
            end_quote_size++;
        else {
            end_quote_size = 0;
            if (c == '\\') nextc(tok);      /* the escaped character, even a newline */
        }
    }
    return TK_STRING;
}

/* ---- operators ----------------------------------------------------------------------------- */

static int one_char(int c)
{
    switch (c) {
    case '%': return TK_PERCENT;  case '&': return TK_AMPER;    case '(': return TK_LPAR;
    case ')': return TK_RPAR;     case '*': return TK_STAR;     case '+': return TK_PLUS;
    case ',': return TK_COMMA;    case '-': return TK_MINUS;    case '.': return TK_DOT;
    case '/': return TK_SLASH;    case ':': return TK_COLON;    case ';': return TK_SEMI;
    case '<': return TK_LESS;     case '=': return TK_EQUAL;    case '>': return TK_GREATER;
    case '@': return TK_AT;       case '[': return TK_LSQB;     case ']': return TK_RSQB;
    case '^': return TK_CIRCUMFLEX; case '{': return TK_LBRACE; case '|': return TK_VBAR;
    case '}': return TK_RBRACE;   case '~': return TK_TILDE;
    default: return TK_OP;
    }
}

static int two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return TK_NOTEQUAL; break;
    case '%': if (c2 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TK_AMPEREQUAL; break;
    case '*': if (c2 == '*') return TK_DOUBLESTAR; if (c2 == '=') return TK_STAREQUAL; break;
    case '+': if (c2 == '=') return TK_PLUSEQUAL; break;
    case '-': if (c2 == '=') return TK_MINEQUAL; if (c2 == '>') return TK_RARROW; break;
    case '/': if (c2 == '/') return TK_DOUBLESLASH; if (c2 == '=') return TK_SLASHEQUAL; break;
    case ':': if (c2 == '=') return TK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return TK_LEFTSHIFT;
        if (c2 == '=') return TK_LESSEQUAL;
        if (c2 == '>') return TK_OP;        /* "<>": a NOTEQUAL only for Barry as FLUFL */
        break;
    case '=': if (c2 == '=') return TK_EQEQUAL; break;
    case '>': if (c2 == '=') return TK_GREATEREQUAL; if (c2 == '>') return TK_RIGHTSHIFT; break;
    case '@': if (c2 == '=') return TK_ATEQUAL; break;
    case '^': if (c2 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TK_VBAREQUAL; break;
    }
    return -1;
}

static int three_chars(int c1, int c2, int c3)
{
    if (c3 != '=') {
        if (c1 == '.' && c2 == '.' && c3 == '.') return TK_ELLIPSIS;
        return -1;
    }
    if (c1 == '*' && c2 == '*') return TK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return TK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TK_RIGHTSHIFTEQUAL;
    return -1;
}

/* ---- the main loop --------------------------------------------------------------------------- */

/* After a backslash: the newline it escapes must follow, and the source must go on. */
static int continuation_line(Tokenizer *tok)
{
    int c = nextc(tok);
    if (c != '\n') {
        tok->done = E_LINECONT;
        return -1;
    }
    c = nextc(tok);
    if (c == EOF_CHAR) {
        tok->done = E_EOF;
        tok->cur = tok->inp;
        return -1;
    }
    backup(tok, c);
    return c;
}

/* Measure the indentation of a new line and queue INDENT/DEDENT tokens; returns 1 if the line
 * is blank (only whitespace and a comment), 0 otherwise, or TK_ERRORTOKEN's negation on error. */
static int continuation_line(Tokenizer *tok);

static int read_indentation(Tokenizer *tok)
{
    int col = 0, altcol = 0, c, cont_line_col = 0;
    for (;;) {
        c = nextc(tok);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
        }
        else if (c == '\014') col = altcol = 0;    /* form feed resets, for Emacs users */
        else if (c == '\\') {
            /* Indentation cannot be split over lines with backslashes: the column of the first
             * backslash is the indentation of what follows. */
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(tok) < 0) return -TK_ERRORTOKEN;
        }
        else break;
    }
    backup(tok, c);
    if (c == '#' || c == '\n') return 1;
    if (tok->level != 0) return 0;
    if (cont_line_col) col = altcol = cont_line_col;
    if (col == tok->indstack[tok->indent]) {
        if (altcol != tok->altindstack[tok->indent]) return -indenterror(tok);
    }
    else if (col > tok->indstack[tok->indent]) {
        if (tok->indent + 1 >= TOK_MAXINDENT) {
            tok->done = E_TOODEEP;
            tok->cur = tok->inp;
            return -TK_ERRORTOKEN;
        }
        if (altcol <= tok->altindstack[tok->indent]) return -indenterror(tok);
        tok->pendin++;
        tok->indent++;
        tok->indstack[tok->indent] = col;
        tok->altindstack[tok->indent] = altcol;
    }
    else {
        while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
            tok->pendin--;
            tok->indent--;
        }
        if (col != tok->indstack[tok->indent]) {
            tok->done = E_DEDENT;
            tok->cur = tok->inp;
            return -TK_ERRORTOKEN;
        }
        if (altcol != tok->altindstack[tok->indent]) return -indenterror(tok);
    }
    return 0;
}

static int track_bracket(Tokenizer *tok, int c)
{
    switch (c) {
    case '(': case '[': case '{':
        if (tok->level >= TOK_MAXLEVEL) return syntaxerror(tok, "too many nested parentheses");
        tok->parenstack[tok->level] = (char)c;
        tok->parenlinenostack[tok->level] = tok->lineno + tok->lineno_offset;
        tok->parencolstack[tok->level] = (int)(tok->start - tok->line_start);
        tok->level++;
        break;
    case ')': case ']': case '}': {
        if (!tok->level) return syntaxerror(tok, "unmatched '%c'", c);
        tok->level--;
        int open = tok->parenstack[tok->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (tok->parenlinenostack[tok->level] != tok->lineno + tok->lineno_offset)
                return syntaxerror(tok, "closing parenthesis '%c' does not match opening "
                                   "parenthesis '%c' on line %d", c, open,
                                   tok->parenlinenostack[tok->level]);
            return syntaxerror(tok, "closing parenthesis '%c' does not match opening "
                               "parenthesis '%c'", c, open);
        }
        break;
    }
    }
    return 0;
}

static int tok_get_raw(Tokenizer *tok, const char **p_start, const char **p_end)
{
    int c, blankline = 0;
    *p_start = *p_end = NULL;
nextline:
    tok->start = NULL;
    blankline = 0;
    if (tok->atbol) {
        tok->atbol = 0;
        int r = read_indentation(tok);
        if (r < 0) return -r;
        blankline = r;
    }
    tok->start = tok->cur;
    if (tok->pendin != 0) {
        if (tok->pendin < 0) { tok->pendin++; return TK_DEDENT; }
        tok->pendin--;
        return TK_INDENT;
    }
again:
    tok->start = NULL;
    do c = nextc(tok); while (c == ' ' || c == '\t' || c == '\014');
    tok->start = tok->cur - (c == EOF_CHAR ? 0 : 1);
    if (c == '#')
        while (c != EOF_CHAR && c != '\n') c = nextc(tok);
    if (c == EOF_CHAR) {
        if (tok->level) return TK_ERRORTOKEN;
        return tok->done == E_EOF ? TK_ENDMARKER : TK_ERRORTOKEN;
    }

    if (is_id_start(c)) {
        /* String prefixes: any case of b, r, u, f in the combinations Python allows. */
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0, nonascii = 0;
        while (1) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = 1;
            else break;
            c = nextc(tok);
            if (c == '"' || c == '\'') {
                int r = read_string(tok, c);
                *p_start = tok->start;
                *p_end = tok->cur;
                return r;
            }
        }
        while (is_id_char(c)) {
            if (c >= 128) nonascii = 1;
            c = nextc(tok);
        }
        backup(tok, c);
        if (nonascii && !verify_identifier(tok)) return TK_ERRORTOKEN;
        *p_start = tok->start;
        *p_end = tok->cur;
        return TK_NAME;
    }

    if (c == '\n') {
        tok->atbol = 1;
        if (blankline || tok->level > 0) goto nextline;
        *p_start = tok->start;
        *p_end = tok->cur - 1;          /* the '\n' is not part of the token's text */
        tok->cont_line = 0;
        return TK_NEWLINE;
    }

    if (c == '.') {
        c = nextc(tok);
        if (is_digit(c)) {
            backup(tok, c);
            int r = read_number(tok, '.');
            *p_start = tok->start;
            *p_end = tok->cur;
            return r;
        }
        if (c == '.') {
            c = nextc(tok);
            if (c == '.') {
                *p_start = tok->start;
                *p_end = tok->cur;
                return TK_ELLIPSIS;
            }
            backup(tok, c);
            backup(tok, '.');
        }
        else
            backup(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return TK_DOT;
    }

    if (is_digit(c)) {
        int r = read_number(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return r;
    }

    if (c == '\'' || c == '"') {
        int r = read_string(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return r;
    }

    if (c == '\\') {
        if (continuation_line(tok) < 0) return TK_ERRORTOKEN;
        tok->cont_line = 1;
        goto again;
    }

    {
        int c2 = nextc(tok);
        int t2 = two_chars(c, c2);
        if (t2 >= 0) {
            int c3 = nextc(tok);
            int t3 = three_chars(c, c2, c3);
            if (t3 >= 0) t2 = t3;
            else backup(tok, c3);
            *p_start = tok->start;
            *p_end = tok->cur;
            return t2;
        }
        backup(tok, c2);
    }

    if (track_bracket(tok, c) == TK_ERRORTOKEN) return TK_ERRORTOKEN;

    if (c < 0x20 || c == 0x7F)
        return syntaxerror(tok, "invalid non-printable character U+%04X", c);

    *p_start = tok->start;
    *p_end = tok->cur;
    return one_char(c);
}

int tok_get(Tokenizer *tok, Token *t)
{
    const char *start, *end;
    int type = tok_get_raw(tok, &start, &end);
    const char *line_start = type == TK_STRING ? tok->multi_line_start : tok->line_start;
    t->type = type == TK_NAME ? keyword_type(start, (size_t)(end - start)) : type;
    t->memo = NULL;
    t->start = start;
    t->end = end;
    t->level = tok->level;
    t->lineno = (type == TK_STRING ? tok->first_lineno : tok->lineno) + tok->lineno_offset;
    t->end_lineno = tok->lineno + tok->lineno_offset;
    t->col_offset = (start && start >= line_start) ? (int)(start - line_start) : -1;
    t->end_col_offset = (end && end >= tok->line_start) ? (int)(end - tok->line_start) : -1;
    return t->type;
}

/* Checked once at parse start: the whole source must be valid UTF-8.  The message is the one
 * CPython gives when it runs a script file (a SyntaxError without location). */
int tok_check_utf8(Tokenizer *tok)
{
    ssize_t bad = utf8_invalid_at((const unsigned char *)tok->buf, tok->end - tok->buf);
    if (bad < 0) return 0;
    int line = 1;
    for (const char *p = tok->buf; p < tok->buf + bad; p++)
        if (*p == '\n') line++;
    Object *m = str_from_format("Non-UTF-8 code starting with '\\x%x' in file %s on line %d, "
                                "but no encoding declared; see https://peps.python.org/pep-0263/"
                                " for details", (unsigned)(unsigned char)tok->buf[bad],
                                tok->filename && IS_STR(tok->filename)
                                    ? str_as_utf8(tok->filename) : "<unknown>", line);
    if (m) {
        err_set_object(&Exc_SyntaxError, m);
        DECREF(m);
    }
    return -1;
}

/* ---- coding declarations (PEP 263) -------------------------------------------------------- */

/* The encoding named by a "coding[:=]name" comment in line 1 or 2, normalised as CPython's
 * get_normal_name ("utf-8", "iso-8859-1" or the name as written); 0 if there is none. */
static int coding_spec(const char *s, ssize_t len, char *name, size_t cap)
{
    const char *end = s + len;
    for (int line = 0; line < 2 && s < end; line++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *le = nl ? nl : end;
        const char *p = s;
        while (p < le && (*p == ' ' || *p == '\t' || *p == '\014')) p++;
        if (p < le && *p == '#') {
            for (const char *q = p; q + 6 < le; q++) {
                if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '=')) continue;
                const char *b = q + 7;
                while (b < le && (*b == ' ' || *b == '\t')) b++;
                const char *e = b;
                while (e < le && (((*e | 32) >= 'a' && (*e | 32) <= 'z') ||
                                  (*e >= '0' && *e <= '9') || *e == '-' || *e == '_' ||
                                  *e == '.'))
                    e++;
                if (e == b) break;
                size_t n = (size_t)(e - b) < cap - 1 ? (size_t)(e - b) : cap - 1;
                char low[16];
                size_t k;
                for (k = 0; k < n && k < sizeof low - 1; k++) {
                    char c = b[k];
                    low[k] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
                }
                low[k] = '\0';
                if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0)
                    snprintf(name, cap, "utf-8");
                else if (strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 ||
                         strcmp(low, "iso-latin-1") == 0 || strncmp(low, "latin-1-", 8) == 0 ||
                         strncmp(low, "iso-8859-1-", 11) == 0 ||
                         strncmp(low, "iso-latin-1-", 12) == 0)
                    snprintf(name, cap, "iso-8859-1");
                else {
                    memcpy(name, b, n);
                    name[n] = '\0';
                }
                return 1;
            }
        }
        else if (p < le)
            return 0;          /* line 1 is code: line 2 is not looked at */
        if (!nl) break;
        s = nl + 1;
    }
    return 0;
}

int tok_apply_coding(Tokenizer *tok)
{
    char name[64];
    if (!coding_spec(tok->buf, tok->end - tok->buf, name, sizeof name)) return 0;
    if (strcmp(name, "utf-8") == 0) return 0;
    if (utf8_invalid_at((const unsigned char *)tok->buf, tok->end - tok->buf) < 0)
        return 0;             /* already UTF-8 (a str source keeps its cookie as a comment) */
    if (strcmp(name, "iso-8859-1") != 0) {
        char msg[128];
        snprintf(msg, sizeof msg, "unknown encoding: %s", name);
        err_set_string(&Exc_SyntaxError, msg);
        return -1;
    }
    size_t n = (size_t)(tok->end - tok->buf), extra = 0;
    for (size_t i = 0; i < n; i++) extra += (unsigned char)tok->buf[i] >= 0x80;
    char *b = mem_alloc(n + extra + 1);
    if (!b) { err_no_memory(); return -1; }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)tok->buf[i];
        if (c < 0x80) b[k++] = (char)c;
        else {
            b[k++] = (char)(0xC0 | (c >> 6));
            b[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    b[k] = '\0';
    mem_free(tok->buf);
    tok->buf = b;
    tok->end = b + k;
    tok->cur = tok->inp = tok->line_start = tok->buf_line = b;
    return 0;
}
