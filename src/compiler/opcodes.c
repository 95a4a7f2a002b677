/* opcodes.c — tables derived from OPCODE_LIST, shared by the code generator and the VM. */
#include "opcodes.h"

const unsigned char op_caches[OPCODE_COUNT] = {
#define OPCODE_CACHES_(name, caches) caches,
    OPCODE_LIST(OPCODE_CACHES_)
#undef OPCODE_CACHES_
};

const char *const op_names[OPCODE_COUNT] = {
#define OPCODE_NAME_(name, caches) #name,
    OPCODE_LIST(OPCODE_NAME_)
#undef OPCODE_NAME_
};
