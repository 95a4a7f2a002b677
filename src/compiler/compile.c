/* compile.c — the compiler's front door: source text to code object (compile() of Python).
 *
 * parse -> fold constants -> symbol table + code generation, all within one arena that holds
 * the AST and every object it refers to; the arena is freed before returning, so the code
 * object keeps only what it took references to. */
#include "compiler.h"
#include "symtable.h"

Object *compile_source(const char *src, ssize_t len, Object *filename, CompileMode mode)
{
    Arena *arena = arena_new();
    if (!arena) return NULL;
    Object *co = NULL;
    ModNode *mod = parse_source(src, len, filename, mode, arena);
    if (mod && ast_optimize(mod, arena) == 0)
        co = compile_mod_src(mod, filename, arena, src, len);
    arena_free(arena);
    return co;
}
