/* repl.h — the interactive loop (repl.c), and what the parts of the `ouro` command share. */
#ifndef OURO_CLI_REPL_H
#define OURO_CLI_REPL_H

#include "../runtime/object.h"
#include <stdbool.h>

/* Read, compile ("single" mode), run and show statements in __main__ until end of input,
 * exit() or SystemExit; returns the exit status.  banner: print the greeting first (plain
 * `ouro` on a terminal).  Reads with line editing when libedit or readline can be loaded at run time and
 * stdin is a terminal. */
int repl_run(bool banner);

/* main.c: the exit status for SystemExit instance exc (its code; a code that is neither None
 * nor an int is printed on stderr and gives 1). */
int cli_system_exit_status(Object *exc);

#endif
