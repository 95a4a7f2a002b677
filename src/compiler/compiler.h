/* compiler.h — source text to code object: tokenizer (tokenizer.c) -> parser (parser.c, an AST
 * of ast.h) -> AST optimiser (astopt.c: constant folding) -> symbol table (symtable.c) -> code
 * generator and assembler (codegen.c).  The compiler knows objects, not the eval loop. */
#ifndef OURO_COMPILER_H
#define OURO_COMPILER_H

#include "ast.h"

/* Parse UTF-8 source.  On error: NULL with SyntaxError/IndentationError/TabError pending, its
 * filename, lineno, offset, text, end_lineno, end_offset as CPython reports them. */
ModNode *parse_source(const char *src, ssize_t len, Object *filename, CompileMode mode, Arena *arena);

/* Fold constants in place, exactly as CPython 3.11's ast_opt.c. */
int ast_optimize(ModNode *mod, Arena *arena);

/* Compile a parsed module to a code object (new reference). */
Object *compile_mod(ModNode *mod, Object *filename, Arena *arena);

/* The whole pipeline: compile(source, filename, mode). */
Object *compile_source(const char *src, ssize_t len, Object *filename, CompileMode mode);
/* The same, leaving the AST and its objects in `arena` (the caller frees it): how the main
 * script is compiled, its arena kept until the script has run. */
Object *compile_source_in(const char *src, ssize_t len, Object *filename, CompileMode mode,
                          Arena *arena);

/* PEP 563 (unparse.c).  Does the module begin (after its docstring) with
 * `from __future__ import annotations`?  Then annotations are neither folded (astopt.c) nor
 * analysed as uses of names (symtable.c), and compile to the strings unparse_expr makes. */
bool future_annotations(ModNode *mod);
/* The source text of an expression as CPython 3.11's compiler writes an annotation under
 * PEP 563 (a new str; NULL with an exception set). */
Object *unparse_expr(Expr *e);

#endif
