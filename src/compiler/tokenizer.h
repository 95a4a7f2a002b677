/* tokenizer.h — Python 3.11 source text to tokens, for the parser (parser.c).
 *
 * The tokenizer works on one in-memory copy of the source in which a UTF-8 BOM is dropped, "\r\n"
 * and "\r" are turned into "\n" and a final "\n" is added when missing (as CPython's string
 * tokenizer does), so every line ends with '\n' and the buffer ends with a NUL.  It is pulled one
 * token at a time: the parser keeps the tokens it has fetched so that it can backtrack, and a
 * tokenizer error is only seen when the parser asks for the token that contains it, exactly as in
 * CPython, so errors are reported in the same order. */
#ifndef OURO_TOKENIZER_H
#define OURO_TOKENIZER_H

#include "../runtime/object.h"

/* Token types.  Every operator has its own type; keywords are recognised by the tokenizer and
 * given their own types too (soft keywords "match", "case" and "_" stay NAMEs). */
typedef enum {
    TK_ENDMARKER = 0, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT, TK_DEDENT,
    TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_COLON, TK_COMMA, TK_SEMI, TK_PLUS, TK_MINUS,
    TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS, TK_GREATER, TK_EQUAL, TK_DOT, TK_PERCENT,
    TK_LBRACE, TK_RBRACE, TK_EQEQUAL, TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE,
    TK_CIRCUMFLEX, TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL, TK_MINEQUAL,
    TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL, TK_VBAREQUAL,
    TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL, TK_RIGHTSHIFTEQUAL, TK_DOUBLESTAREQUAL,
    TK_DOUBLESLASH, TK_DOUBLESLASHEQUAL, TK_AT, TK_ATEQUAL, TK_RARROW, TK_ELLIPSIS,
    TK_COLONEQUAL,
    TK_OP,              /* any other character CPython passes on as an operator: $ ? ! ` <> */
    TK_ERRORTOKEN,
    /* keywords */
    KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT, KW_BREAK,
    KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR,
    KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR,
    KW_PASS, KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
    TK_NTYPES
} TokType;

#define TOK_IS_KEYWORD(t) ((t) >= KW_FALSE && (t) <= KW_YIELD)

/* A token.  Columns are UTF-8 byte offsets in their line, -1 when the token has no text (INDENT,
 * DEDENT, ENDMARKER and error tokens, as in CPython). */
typedef struct Token {
    int type;
    int lineno, col_offset, end_lineno, end_col_offset;
    int level;                    /* bracket depth after the token */
    const char *start, *end;      /* its text in the tokenizer's buffer (NULL when none) */
    struct Memo *memo;            /* the parser's memo of rule results starting here */
} Token;

/* Why the tokenizer stopped (CPython's E_* codes that the parser turns into messages). */
enum {
    E_OK = 0, E_EOF, E_ERROR,      /* E_ERROR: a SyntaxError is already set */
    E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT
};

#define TOK_MAXINDENT 100     /* CPython's MAXINDENT: "too many levels of indentation" */
#define TOK_MAXLEVEL  200     /* CPython's MAXLEVEL: "too many nested parentheses" */

typedef struct Tokenizer {
    char *buf;                    /* the normalised source (owned, mem_alloc'd), NUL-terminated */
    const char *end;              /* buf + its length */
    const char *cur;              /* next character to read */
    const char *inp;              /* end of the line being read (just past its '\n') */
    const char *line_start;       /* start of the line being read */
    const char *buf_line;         /* start of the line where the current token began */
    const char *start;            /* start of the current token, or NULL between tokens */
    int lineno;                   /* line of `cur`, 1-based; 0 before the first read */
    int first_lineno;             /* line where the current (string) token began */
    const char *multi_line_start; /* start of that line */
    int done;                     /* E_* */
    int atbol;                    /* at the beginning of a line */
    int pendin;                   /* pending INDENT (> 0) or DEDENT (< 0) tokens */
    int indent;                   /* index of the current indentation level */
    int indstack[TOK_MAXINDENT];  /* columns of the indentation levels, tabs to multiples of 8 */
    int altindstack[TOK_MAXINDENT];   /* the same, counting a tab as one column */
    int level;                    /* bracket depth */
    char parenstack[TOK_MAXLEVEL];
    int parenlinenostack[TOK_MAXLEVEL];
    int parencolstack[TOK_MAXLEVEL];
    int cont_line;                /* the line is a backslash continuation */
    int lineno_offset;            /* added to reported lines (an f-string's nested tokenizer) */
    Object *filename;             /* borrowed */
} Tokenizer;

/* Set up a tokenizer on a copy of src (len bytes; len < 0 means NUL-terminated): the BOM is
 * dropped, newlines translated and, when exec_input is true (statements, as CPython's
 * file_input), a final newline added if missing.  -1 with MemoryError. */
int  tok_init(Tokenizer *tok, const char *src, ssize_t len, Object *filename, int exec_input);
void tok_fini(Tokenizer *tok);
/* The next token into *t; returns its type.  TK_ERRORTOKEN means failure: either a SyntaxError
 * is set (tok->done == E_ERROR) or tok->done says what went wrong for the parser to report. */
int  tok_get(Tokenizer *tok, Token *t);

/* Fail with a SyntaxError if the buffer is not UTF-8 (after any coding cookie was applied). */
int  tok_check_utf8(Tokenizer *tok);
/* Apply a PEP 263 coding declaration: latin-1 sources are converted to UTF-8; a source that is
 * already valid UTF-8 is kept as it is.  -1 with SyntaxError for an unsupported encoding. */
int  tok_apply_coding(Tokenizer *tok);

/* UTF-8 helpers shared with the parser's error reporting. */
/* Number of characters in the first n bytes of s (a cut sequence at the end counts as one). */
ssize_t utf8_char_count(const char *s, ssize_t n);

#endif
