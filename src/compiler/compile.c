/* compile.c — the compiler's front door: source text to code object (compile() of Python).
 *
 * parse -> fold constants -> symbol table + code generation, all within one arena that holds
 * the AST and every object it refers to.  compile() frees the arena before returning, so the
 * code object keeps only what it took references to; running a script keeps it until the
 * script ends (compile_source_in), as CPython does — which is why a constant seen from
 * running __main__ code has one reference more than the same constant after compile(). */
#include "compiler.h"

Object *compile_source_in(const char *src, ssize_t len, Object *filename, CompileMode mode,
                          Arena *arena)
{
    ModNode *mod = parse_source(src, len, filename, mode, arena);
    if (!mod || ast_optimize(mod, arena) < 0) return NULL;
    return compile_mod(mod, filename, arena);
}

Object *compile_source(const char *src, ssize_t len, Object *filename, CompileMode mode)
{
    Arena *arena = arena_new();
    if (!arena) return NULL;
    Object *co = compile_source_in(src, len, filename, mode, arena);
    arena_free(arena);
    return co;
}
