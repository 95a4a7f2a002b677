/* dis.h — a disassembler for code objects (debugging aid, like Python's dis module). */
#ifndef OURO_DIS_H
#define OURO_DIS_H

#include <stdio.h>
#include "../runtime/object.h"

/* Print the instructions of a code object, then those of the code objects among its
 * constants, one per line: line number, offset, name, argument and what it refers to. */
void code_dis(Object *code, FILE *f);

#endif
