/* astdump.h — the text of an AST as Python's ast.dump() writes it (astdump.c). */
#ifndef OURO_ASTDUMP_H
#define OURO_ASTDUMP_H

#include "ast.h"

/* ast.dump(tree): new reference to a str, or NULL with an exception set. */
Object *ast_dump(ModNode *m);
/* ast.dump(tree, include_attributes=True) when include_attributes is nonzero. */
Object *ast_dump_ex(ModNode *m, int include_attributes);

#endif
